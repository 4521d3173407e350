"""A crowd gathered outside (or in front of) a building is a protest; delegations or ministers gathered in a city,
or outside one, are a meeting."""

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
