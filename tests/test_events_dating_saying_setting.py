"""The setting of a saying between its verb and its day ("said in a statement on Tuesday", "said in an interview on
Tuesday", "told reporters at a news conference on Tuesday") changes nothing about what the day dates: an act only
reported is done by then (a bound); an act done by saying it, by the actor's own side, is done that day."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

THURSDAY = date(2025, 5, 15)
TUESDAY = date(2025, 5, 13)


@pytest.mark.parametrize("text, trigger", [
    ("Russia expelled two British diplomats, the ministry said in a statement on Tuesday.", "expelled"),
    ("Russia expelled two British diplomats, the ministry said in an interview on Tuesday.", "expelled"),
    ("Iran freed two prisoners, France said in a statement on Tuesday.", "freed"),
    ("Israel closed the crossing, the army said in a statement on Tuesday.", "closed"),
])
def test_events_saying_setting_bounds_a_reported_act(text, trigger):
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert e.date_end == TUESDAY and e.date_start < TUESDAY and e.date_basis == "tense", e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Germany criticised the verdict, its foreign ministry said in a statement on Tuesday.", "criticised"),
    ("Iran rejected the proposal, its foreign minister said in an interview on Tuesday.", "rejected"),
    ("Japan protested the missile launch, a government spokesman told reporters at a news conference on Tuesday.",
     "protested"),
])
def test_events_saying_setting_dates_an_own_saying(text, trigger):
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, TUESDAY), e.date_derivation
