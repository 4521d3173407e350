"""An event with no date of its own whose occasion the next sentence opens on ("The summit will take place in Cairo on
October 4", "The talks were held in Muscat on Saturday") takes the date that sentence gives its noun; not when that
sentence tells an act of its own, nor across a paragraph."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)


@pytest.mark.parametrize("text, trigger, day", [
    ("Egypt announced on Monday that it would host a summit on Gaza. The summit will take place in Cairo on April 4.",
     "host", date(2025, 4, 4)),
    ("Egypt will host a summit on Gaza. The summit will be held in Cairo on April 4.", "host", date(2025, 4, 4)),
    ("China will host a summit of Arab leaders. The summit is set for March 20.", "host", date(2025, 3, 20)),
])
def test_events_next_naming_dates_the_occasion(text, trigger, day):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


def test_events_next_naming_not_across_paragraphs():
    e = the_event(events_of("Egypt will host a summit on Gaza.\n\nThe summit will be held in Cairo on April 4.", FRIDAY),
                  None, "host")
    assert (e.date_start, e.date_end) != (date(2025, 4, 4), date(2025, 4, 4)), e.date_derivation
