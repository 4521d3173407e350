"""A paragraph that opens on a past day with an act the lexicon does not know ("North Korea tested a new missile on
Monday.") frames the paragraph; an answer told in it ("the United States called the launch a provocation") is on or
after that day, up to the publication date, not on it."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
MONDAY = date(2025, 3, 3)


@pytest.mark.parametrize("text, trigger", [
    ("North Korea tested a new missile on Monday. Japan and South Korea protested, and the United States called the "
     "launch a provocation.", "called"),
    ("North Korea tested a new missile on Monday. Japan and South Korea protested, and the United States called the "
     "launch a provocation.", "protested"),
])
def test_events_framed_answer_is_on_or_after_the_day(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, FRIDAY), e.date_derivation
