"""A lapse with no number before "before"/"after" and an event ("Hours before the meeting", "days after the vote")
ties the event it governs to that event: hours away, the same day; days away, one to nine days before or after."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

MONDAY = date(2025, 3, 24)
LATER = date(2025, 3, 28)


@pytest.mark.parametrize("text, trigger", [
    ("Antony Blinken and Wang Yi met in Munich on Monday. Hours before the meeting, Blinken had phoned Dmitro Kuleba.",
     "phoned"),
    ("Emmanuel Macron hosted Olaf Scholz in Paris on Monday. Hours before the talks, Macron had spoken with Joe Biden.",
     "spoken"),
])
def test_dating_short_lapse_hours_same_day(text, trigger):
    e = the_event(events_of(text, LATER), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Antony Blinken and Wang Yi met in Munich on March 3. Days after the meeting, China expelled two American "
     "diplomats.", "expelled"),
])
def test_dating_short_lapse_days_after(text, trigger):
    e = the_event(events_of(text, LATER), None, trigger)
    assert (e.date_start, e.date_end) == (date(2025, 3, 4), date(2025, 3, 12)), e.date_derivation
