"""An attribution that names whose act it is ("The president condemned the attack, a Polish diplomat said on Monday":
the doer is only a title, the attribution supplies the state) tells who did it, not that the act was done in that
saying: the act was done by the day of the report (a bound), not on it."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

THURSDAY = date(2025, 5, 15)
MONDAY = date(2025, 5, 12)


@pytest.mark.parametrize("text, trigger, source", [
    ("The president condemned the attack, a Polish diplomat said on Monday.", "condemned", "Poland"),
    ("The prime minister rejected the proposal, a Greek official said on Monday.", "rejected", "Greece"),
    ("The government criticised the verdict, an Indian diplomat said on Monday.", "criticised", "India"),
])
def test_events_attribution_source_bounds_not_dates(text, trigger, source):
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert e.source_actor == source
    assert e.date_end == MONDAY and e.date_start < MONDAY and e.date_basis == "tense", e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    # the doer named in its own clause, and the attribution its own side: the act is what was said that day
    ("Poland condemned the attack, a Polish diplomat said on Monday.", "condemned"),
    ("Greece rejected the proposal, its foreign ministry said on Monday.", "rejected"),
])
def test_events_attribution_own_side_still_dates(text, trigger):
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation
