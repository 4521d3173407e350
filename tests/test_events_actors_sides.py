"""Sides told by reference to an act before: an attack "on its forces" is aimed at the party acting in the clause (its
doer unnamed), and "the parties"/"the two sides" acting on a definite event noun are the parties of that event, not of
whatever was told last."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, target", [
    ("Ukraine closed the crossing on Monday after a drone attack on its border posts.", "attack", "Ukraine"),
    ("Israel halted the talks on Friday after a rocket attack on its northern towns.", "attack", "Israel"),
])
def test_events_attack_on_its_own_forces_is_aimed_at_it(text, trigger, target):
    event = the_event(events_of(text), "ASSAULT", trigger)
    assert (event.source_actor, event.target_actor) == (None, target)


@pytest.mark.parametrize("text, source, target", [
    ("Armenia and Azerbaijan signed a ceasefire in May. Qatar hosted talks with Iran in June. In July the two sides "
     "extended the ceasefire.", "Armenia", "Azerbaijan"),
    ("Sudan and South Sudan signed an oil deal in March. Egypt hosted Ethiopian officials in April. In May the parties "
     "renewed the deal.", "Sudan", "South Sudan"),
])
def test_events_parties_acting_on_a_told_event_are_its_parties(text, source, target):
    event = [e for e in events_of(text) if e.type == "AGREE"][-1]
    assert (event.source_actor, event.target_actor) == (source, target)
