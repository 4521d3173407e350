""""the junta", "the military rulers": the state whose rulers the document named with the same words before, else
the state whose capital is the dateline; no one otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer


def _rulers(text: str) -> list[str]:
    return [m.actor.name for m in find_actor_mentions(text, load_gazetteer(), dct=date(2023, 9, 1))
            if m.text.lower().startswith("the ") and m.via == "description"]


@pytest.mark.parametrize("text, state", [
    ("Mali's junta expelled the French envoy on Monday. On Tuesday the junta closed the border.", "Mali"),
    ("The Burkinabe junta suspended two radio stations. Later the junta banned protests.", "Burkina Faso"),
    ("Gabon's military rulers named a new cabinet on Friday. The military rulers also freed prisoners.", "Gabon"),
    ("NIAMEY - The junta ordered the ambassador to leave on Friday.", "Niger"),
])
def test_actors_rulers_are_the_state_named_with_them(text, state):
    assert _rulers(text) == [state]


@pytest.mark.parametrize("text", [
    "The junta ordered the ambassador to leave on Friday.",
    "Officials in Paris criticised France's partners. The junta ordered the ambassador to leave on Friday.",
])
def test_actors_rulers_of_no_state_named_so_are_no_one(text):
    assert _rulers(text) == []
