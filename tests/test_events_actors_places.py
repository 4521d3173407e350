"""An attack, a seizure or a pullback aimed at a place is aimed at the state the place lies in ("Russian drones hit
Kharkiv": Ukraine), named by its city, its capital or its adjective before a place; never the doer's own state, never
a place inside a longer name ("the Gulf of Oman"), never read past the act's clause."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Russian drones hit Kharkiv overnight on Sunday.", "drones", "Russia", "Ukraine"),
    ("Israeli jets bombed sites near Damascus on Tuesday.", "bombed", "Israel", "Syria"),
    ("Russian artillery shelled a school in the Ukrainian town of Kupiansk on Monday.", "shelled", "Russia", "Ukraine"),
    ("Azerbaijan withdrew its troops from positions near the Armenian border on Friday.", "withdrew", "Azerbaijan",
     "Armenia"),
])
def test_events_struck_place_is_aimed_at_its_state(text, trigger, source, target):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text, trigger, source", [
    ("Iranian commandos seized a tanker in the Gulf of Oman on Friday.", "seized", "Iran"),  # a sea, not Oman
    ("Russian jets struck targets in Russia's Belgorod region on Monday.", "struck", "Russia"),  # its own state
])
def test_events_struck_place_is_not_a_longer_name_nor_the_own_state(text, trigger, source):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, None)
