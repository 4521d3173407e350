"""'The two sides' (parties, delegations) may be a state and an armed or political group; go-betweens who mediated
are never the two sides. A verb after ", and" that follows a saying goes with the saying."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from event_helpers import events_of  # noqa: E402


@pytest.mark.parametrize(("text", "type_", "pair"), [
    ("Israel and Hamas agreed a ceasefire on Monday, after talks mediated by Egypt and Qatar. The two sides "
     "exchanged prisoners on Tuesday.", "CONCEDE", ("Israel", "Hamas")),
    ("Egypt and Qatar mediated talks between Israel and Hamas on Monday. The two sides agreed a truce.", "AGREE",
     ("Israel", "Hamas")),
    ("Colombia and the ELN held talks in Havana on Monday. The two sides agreed a ceasefire on Tuesday.", "AGREE",
     ("Colombia", "National Liberation Army")),
])
def test_events_two_sides_are_the_parties_not_the_mediators(text, type_, pair):
    found = [(e.source_actor, e.target_actor) for e in events_of(text) if e.type == type_]
    assert found == [pair]


@pytest.mark.parametrize(("text", "source"), [
    # after a comma, the verb goes with the saying: its doer is the sayer
    ("Ukraine said Russia had shelled Kherson, and demanded a UN inquiry.", "Ukraine"),
    ("Poland said Belarus had sent migrants to the border, and closed two crossings on Monday.", "Poland"),
])
def test_events_verb_after_comma_goes_with_the_saying(text, source):
    acts = [e for e in events_of(text) if e.type in ("DEMAND", "SANCTION")]
    assert [e.source_actor for e in acts] == [source], [(e.type, e.source_actor, e.summary) for e in events_of(text)]
