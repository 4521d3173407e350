"""A capital that names an accord, a format or a process ("the Minsk agreements", "the Paris climate accord")
is part of that name, not its state; a capital that acts, or two capitals paired by a hyphen, still are."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer

sys.path.insert(0, str(Path(__file__).parent))
from event_helpers import events_of  # noqa: E402

GAZ = load_gazetteer()


def actors_in(text: str) -> list[str]:
    return [m.actor.name for m in find_actor_mentions(text, GAZ)]


@pytest.mark.parametrize("text, expected", [
    ("Moscow would not accept any change to the Minsk agreements.", ["Russia"]),
    ("Both sides said they remained committed to the Oslo Accords.", []),
    ("The United States rejoined the Paris climate accord in February.", ["United States"]),
    ("Talks in the Astana format resumed without the Astana process's founders.", []),
    ("Ankara backed the Istanbul Convention before it left it.", ["Türkiye"]),
])
def test_resolve_capital_naming_an_accord_is_no_actor(text, expected):
    assert actors_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Paris agreed to the plan on Monday.", ["France"]),
    ("The Washington-Moscow agreement of 1987 still stood.", ["United States", "Russia"]),
    ("Minsk signed the agreement with Moscow.", ["Belarus", "Russia"]),
])
def test_resolve_capital_that_acts_stays_its_state(text, expected):
    assert actors_in(text) == expected


def test_events_accord_named_for_a_capital_gives_that_state_no_role():
    events = events_of("Putin warned on Monday that Moscow would not accept any change to the Minsk agreements.",
                       date(2019, 12, 10))
    threats = [e for e in events if e.type == "THREATEN"]
    assert len(threats) == 1, [(e.type, e.summary) for e in events]
    assert threats[0].source_actor == "Vladimir Putin"
    assert "Belarus" not in threats[0].actors
    assert threats[0].date_start == threats[0].date_end == date(2019, 12, 9)
