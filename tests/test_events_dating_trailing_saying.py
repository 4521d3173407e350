"""A saying that closes its sentence as the attribution of a dated act ("India and Pakistan agreed on Saturday to a
ceasefire, Trump announced") and has no date of its own was made on or after the act's day: its range runs from that
day to the publication date, not over the whole year before it."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

SUNDAY = date(2025, 5, 11)
SATURDAY = date(2025, 5, 10)


@pytest.mark.parametrize("text, trigger", [
    ("India and Pakistan agreed on Saturday to an immediate ceasefire, US President Donald Trump announced, in a sudden "
     "end to the fighting.", "announced"),
    ("Armenia and Azerbaijan agreed on Saturday to reopen transport links, the Russian president announced.",
     "announced"),
])
def test_events_trailing_saying_is_on_or_after_the_act(text, trigger):
    e = the_event(events_of(text, SUNDAY), None, trigger)
    assert (e.date_start, e.date_end) == (SATURDAY, SUNDAY), e.date_derivation
