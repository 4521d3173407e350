"""An act done by saying it (accepting, criticising, calling on, warning, dismissing) with no date of its own takes the
date of the actor's own saying that follows it in the sentence ("..., its foreign ministry said on Tuesday"); an act
the saying only reports ("freed two prisoners, France said"), or a saying by media or another side, does not date it."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

THURSDAY = date(2025, 5, 15)
TUESDAY = date(2025, 5, 13)


@pytest.mark.parametrize("text, trigger", [
    ("Brazil criticised the new export controls, a spokesman for its foreign ministry said on Tuesday.", "criticised"),
    ("Kenya accepted a proposal by the East African Community for talks with the rebels, the president's office "
     "said on Tuesday.", "accepted"),
    ("India urged both Armenia and Azerbaijan to show restraint, its foreign ministry said on Tuesday.", "urged"),
    ("Beijing dismissed the report as baseless, the Chinese foreign ministry said on Tuesday.", "dismissed"),
    ("Canada condemned the arrest of the journalist in a statement on Tuesday.", "condemned"),
    ("Iran rejected the proposal, its foreign ministry said on Tuesday.", "rejected"),
    ("Mexico criticised the tariffs, which it said on Tuesday were a breach of the trade agreement.", "criticised"),
    ("Japan expressed concern over the missile launch, a spokesman for the government in Tokyo said on Tuesday.",
     "concern"),
])
def test_dating_own_saying_dates_the_act(text, trigger):
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, TUESDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Iran freed two French citizens, the French foreign ministry said on Tuesday.", "freed"),
    ("Brazil criticised the new export controls, the Argentine foreign ministry said on Tuesday.", "criticised"),
    ("Pyongyang warned of a nuclear response if the drills went ahead, state media said on Tuesday.", "warned"),
    # an unnamed speaker of another side, or of no side, only reports the act
    ("Iran rejected the proposal, a European diplomat said on Tuesday.", "rejected"),
    ("Iran rejected the proposal, two Western officials said on Tuesday.", "rejected"),
    ("Hungary criticised the sanctions package, diplomats said on Tuesday.", "criticised"),
    # an act that is no saying: only reported by the actor's own ministry or by another state
    ("Russia expelled two British diplomats, the foreign ministry said on Tuesday.", "expelled"),
    ("Iran freed two prisoners, France said on Tuesday.", "freed"),
])
def test_dating_own_saying_not_for_a_report(text, trigger):
    # reported on Tuesday, so done by then: any time up to Tuesday
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert e.date_end == TUESDAY and e.date_start < TUESDAY and e.date_basis == "tense", e.date_derivation
