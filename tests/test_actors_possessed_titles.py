"""A person introduced by a possessive title in apposition ("its spokesman, Wang Wenbin,") takes the state the
possessive refers to, named in the same sentence or, after a quotation, in the sentence before."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer


@pytest.mark.parametrize("text, name, country", [
    ('China condemned the tariffs on Monday. "This is bullying," its spokesman, Lin Haoyu, told reporters.',
     "Lin Haoyu", "CHN"),
    ("Brazil recalled its ambassador, Carla Moreira Santos, on Friday.", "Carla Moreira Santos", "BRA"),
    ('Norway criticised the decision. "It is a mistake," its envoy, Ingrid Solberg Haugen, said.',
     "Ingrid Solberg Haugen", "NOR"),
])
def test_actors_possessed_title_takes_the_state_named_before(text, name, country):
    found = [m for m in find_actor_mentions(text, load_gazetteer(), dct=date(2025, 3, 7)) if m.text == name]
    assert found and found[0].actor.country == country, found
