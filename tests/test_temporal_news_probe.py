"""Fresh wire-copy sentences (diplomacy and conflict, publication dates on every weekday) with the
value an analyst gives each temporal expression, written before the tagger was run on them:
tests/fixtures/temporal/news_probe.jsonl. Each line: {dct, text, expect: [{extent, type, value,
mod?, earliest?, latest?, anchored?, anchor?: [amount, unit, signal], clause?}], none?: true}.
A list of values (or types) says that TimeML allows each of them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import tag_text

_PROBE = Path(__file__).parent / "fixtures" / "temporal" / "news_probe.jsonl"
_CASES = [json.loads(line) for line in _PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _id(case: dict) -> str:
    return f"{case['dct']}:{case['text'][:60]}"


def _one_of(got, want) -> bool:
    return got in want if isinstance(want, list) else got == want


def test_temporal_news_probe_is_large_and_varied():
    assert len(_CASES) >= 120
    weekdays = {date.fromisoformat(c["dct"]).weekday() for c in _CASES}
    assert weekdays == set(range(7))


@pytest.mark.parametrize("case", _CASES, ids=_id)
def test_temporal_news_probe_values(case):
    text, dct = case["text"], date.fromisoformat(case["dct"])
    found = tag_text(text, dct)
    if case.get("none"):
        assert found == (), [(t.text, t.value) for t in found]
        return
    by_text = {t.text: t for t in found}
    for want in case["expect"]:
        extent = want["extent"]
        assert extent in by_text, f"{extent!r} not tagged: {[(t.text, t.value) for t in found]}"
        tx = by_text[extent]
        assert _one_of(tx.type, want["type"]), (tx.type, tx.derivation)
        assert _one_of(tx.value, want["value"]), (tx.value, tx.derivation)
        if "mod" in want:
            assert tx.mod == want["mod"], (tx.mod, tx.derivation)
        if "earliest" in want:
            assert (tx.earliest, tx.latest) == (date.fromisoformat(want["earliest"]), date.fromisoformat(want["latest"])), tx.derivation
        if "anchored" in want:
            assert tx.anchored_to.startswith(want["anchored"]), (tx.anchored_to, tx.derivation)
        if "anchor" in want:
            assert tx.anchor is not None, tx.derivation
            assert [tx.anchor.amount, tx.anchor.unit, tx.anchor.signal] == want["anchor"]
        if "clause" in want:
            assert text[tx.anchor.clause_start:tx.anchor.clause_end] == want["clause"]
