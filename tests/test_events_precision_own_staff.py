"""Sending one's own staff home is no expulsion: "ordered its diplomats to leave Kabul" is an evacuation,
"ordered 60 Russian diplomats out of the country" a SANCTION."""

from __future__ import annotations

import pytest
from event_helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The State Department on Monday ordered non-emergency diplomats to leave Kyiv.",
        "Britain ordered its diplomats to leave Kabul on Sunday.",
        "Both governments ordered their envoys to leave the capital on Friday.",
        "Canada ordered non-essential staff and diplomats to leave Haiti on Tuesday.",
    ],
)
def test_events_ordering_ones_own_diplomats_out_is_no_sanction(text: str) -> None:
    assert [e.type for e in events_of(text) if e.type == "SANCTION"] == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Washington ordered 60 Russian diplomats out of the country on Monday.", "United States", "Russia"),
        ("Poland ordered two Belarusian diplomats to leave on Friday.", "Poland", "Belarus"),
    ],
)
def test_events_ordering_anothers_diplomats_out_is_a_sanction(text: str, source: str, target: str) -> None:
    (event,) = [e for e in events_of(text) if e.type == "SANCTION"]
    assert (event.source_actor, event.target_actor) == (source, target)
