"""A crowd gathered outside (or in front of) a building is a protest; delegations or ministers gathered in a city,
or outside one, are a meeting. Sanctions kept, renewed or extended are a sanction of their own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from event_helpers import types_of  # noqa: E402


@pytest.mark.parametrize(("text", "types"), [
    ("Hundreds of students gathered outside the parliament in Belgrade on Sunday.", ["PROTEST"]),
    ("Thousands assembled in front of the Chinese embassy in Manila on Friday.", ["PROTEST"]),
    ("Delegations from Armenia and Azerbaijan gathered in Almaty on Friday.", ["CONSULT"]),
    # a city is no protest site
    ("Foreign ministers gathered outside Brussels for an informal meeting on Monday.", ["CONSULT"]),
])
def test_events_gathering_outside_a_building_is_a_protest(text, types):
    assert types_of(text) == types


@pytest.mark.parametrize(("text", "source", "target", "status"), [
    ("The Security Council renewed the arms embargo on South Sudan on Friday.", "UN Security Council", "South Sudan",
     "occurred"),
    ("Washington kept its sanctions on Venezuela in place.", "United States", "Venezuela", "occurred"),
    ("The EU said on Tuesday it would keep its sanctions on Russia in place.", "European Union", "Russia", "planned"),
])
def test_events_sanctions_kept_in_place_are_a_sanction(text, source, target, status):
    from event_helpers import events_of

    found = [(e.source_actor, e.target_actor, e.status) for e in events_of(text) if e.type == "SANCTION"]
    assert found == [(source, target, status)]


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Washington announced sanctions relief for Syria on Tuesday.", "CONCEDE", "Syria"),
    ("The EU announced new sanctions on Iran on Tuesday.", "SANCTION", "Iran"),
])
def test_events_sanctions_relief_is_no_sanction(text, type_, target):
    from event_helpers import events_of

    assert [(e.type, e.target_actor) for e in events_of(text)] == [(type_, target)]
