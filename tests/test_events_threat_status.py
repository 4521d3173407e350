"""A threat is made when it is uttered: "said it would respond in kind" is a THREATEN event that occurred (on the
day of the saying), even though what it threatens lies ahead. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document
from timeline.pipeline import build_timeline

DCT = date(2024, 5, 16)  # a Thursday


def _threats(text: str):
    events = build_timeline([Document(id="t", text=text, dct=DCT, dct_source="cli")]).events
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats, [(e.type, e.trigger, e.status) for e in events]
    return threats


@pytest.mark.parametrize(
    "text",
    [
        "Belarusian Foreign Minister Sergei Aleinik called the expulsions a hostile act on Wednesday and said Minsk "
        "would respond in kind.",
        "Turkish President Recep Tayyip Erdogan said on Monday that Ankara would respond in kind.",
    ],
)
def test_events_threat_in_a_future_clause_occurred_when_uttered(text):
    assert all(e.status == "occurred" for e in _threats(text))


def test_events_threat_joined_to_a_dated_act_takes_its_day():
    text = ("Belarusian Foreign Minister Sergei Aleinik called the expulsions a hostile act on Wednesday and said Minsk "
            "would respond in kind.")
    assert [(e.date_start, e.date_end) for e in _threats(text)] == [(date(2024, 5, 15), date(2024, 5, 15))]
