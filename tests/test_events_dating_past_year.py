"""A day and month with no year ("on April 13") that the engine reads as the one to come, dating a verb in the simple
past told as done, is the one before the publication date (a year back); not a date of what a saying says is to come
("said the ceasefire would expire on October 31")."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)


@pytest.mark.parametrize("text, trigger, day", [
    ("Iran fired missiles at Israel on April 13. Israel retaliated six days later.", "fired", date(2024, 4, 13)),
    ("On 13 April, Iran fired missiles at Israel.", "fired", date(2024, 4, 13)),
    ("Iran said on Tuesday that it fired missiles at Israel on April 13.", "fired", date(2024, 4, 13)),
    ("Iran fired missiles at Israel on April 13, and Israel struck Isfahan six days later.", "struck",
     date(2024, 4, 19)),
])
def test_events_past_year_reading(text, trigger, day):
    e = the_event(events_of(text, DCT), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


def test_events_past_year_reading_not_for_what_is_to_come():
    e = the_event(events_of("Santos said on Tuesday that Bogota would host talks with the rebels on April 13.", DCT),
                  None, "talks")
    assert (e.date_start, e.date_end) == (date(2025, 4, 13), date(2025, 4, 13)), e.date_derivation
