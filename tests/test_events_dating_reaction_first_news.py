"""A reaction with no date of its own that answers the news of the sentence before, told as a short run of dated acts
("announced it on Monday, and X confirmed it the next day. Y criticised ..."), comes on or after the FIRST of them (the
earliest it can have come), up to the publication date; a time of background a week or more before is no such news."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)


@pytest.mark.parametrize("text, trigger, first", [
    ("Germany announced the sale of tanks to Poland on Monday, and Poland confirmed it the next morning. Russia "
     "condemned the sale.", "condemned", date(2025, 3, 3)),
    ("Japan imposed sanctions on North Korea on Tuesday, and South Korea followed on Wednesday. China criticised the "
     "measures.", "criticised", date(2025, 3, 4)),
    ("Egypt announced the talks on Monday, and Qatar confirmed them the next day. Israel denounced the secrecy.",
     "denounced", date(2025, 3, 3)),
])
def test_dating_reaction_first_news_lower_bound(text, trigger, first):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (first, FRIDAY), e.date_derivation
