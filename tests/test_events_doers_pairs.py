"""Whom "the two sides" / "the two governments" stand for. When no pair acted together in the sentences just before,
they are the story's pair (the first two parties told acting together), not the last two states named; and a state
named only as the modifier of a thing inside a prepositional phrase ("on Turkish support for Russia's defence
industry") is never one of them. Short texts in our own words, through the whole pipeline; each case states the
parties an analyst would give."""

from __future__ import annotations

import pytest

from event_helpers import events_of


@pytest.mark.parametrize(
    ("text", "pair", "summary"),
    [
        # the states named inside "on ... support for ...'s industry" are what was pressed about, not parties
        ("Scholz pressed Erdogan on Turkish support for Russia's defence industry. The two sides also agreed to hold "
         "regular talks on migration.", ("Germany", "Türkiye"), "Germany and Türkiye reach agreement"),
        # the story's pair, told four sentences before, not the last two states named or the speaker's
        ("Japan and South Korea agreed on Monday to resume regular security talks. The deal followed months of "
         "tension. A dispute over wartime labour had held up the talks for years. Seoul has also faced pressure from "
         "China and Russia over its missile defences. Blinken said the two governments had also agreed to share data "
         "on missile launches.", ("Japan", "South Korea"), "Japan and South Korea reach agreement"),
    ],
)
def test_extract_two_sides_are_the_storys_pair(text: str, pair: tuple[str, str], summary: str) -> None:
    agreements = [e for e in events_of(text) if e.type == "AGREE"]
    assert agreements
    assert {(e.source_actor, e.target_actor, e.summary) for e in agreements} == {(*pair, summary)}
