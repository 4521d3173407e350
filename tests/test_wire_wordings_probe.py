"""The wire-wordings probe: 379 one-act sentences of our own in the style of wires and readouts
(tests/fixtures/events/wire_wordings_probe.jsonl), about 15 per PLOVER type, worded the way wires vary an act ("held a
phone conversation", "paid a state visit", "inked", "walked away from", "broke away from", "blacklisted", "put its
forces on alert", "gave its blessing", "railed against", "voted down", "blew himself up" ...), and 66 sentences that
use the same words for no diplomatic or conflict act ("A powerful storm struck the coast", "The film was shot in
Paris", "The company's results met expectations", "The summit of the mountain was shrouded in cloud").

Each line gives the sentence, its publication date, the type an analyst would record (null: no event at all) and the
word or phrase that names the act. A sentence with a type passes when an event of that type overlaps the phrase or,
failing that, when its sentence gives an event of that type ("struck a trade deal" read at "deal"); one with no type
passes when the sentence gives no event. Lines marked ``known_miss`` are what the extractor still gets wrong (wordings
left for later: most are undated sayings' verbs that cost precision on unseen news, unknown subjects, or a type another
reading takes): they are not test cases here; ``bench/bench_wire_probe.py`` prints how many of them and of the rest
pass, and lists the misses, so a change that mends one can unmark it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from event_helpers import events_of

PROBE = Path(__file__).parent / "fixtures" / "events" / "wire_wordings_probe.jsonl"
ROWS = [json.loads(line) for line in PROBE.read_text("utf-8").splitlines() if line.strip()]


def test_wire_wordings_probe_is_well_formed():
    assert len(ROWS) >= 300
    assert sum(r["type"] is None for r in ROWS) >= 60
    typed = {r["type"] for r in ROWS if r["type"] is not None}
    assert len(typed) == 20, sorted(typed)
    for r in ROWS:
        assert r["trigger"] in r["text"], r
    # most of the probe passes: the known misses stay a minority
    assert sum(bool(r.get("known_miss")) for r in ROWS) < len(ROWS) // 5


def verdict(row: dict) -> tuple[bool, list]:
    """Does the extractor read the row's sentence as the row says? (and the (type, trigger) pairs it found)"""
    events = events_of(row["text"], date.fromisoformat(row["dct"]))
    found = [(e.type, e.trigger) for e in events]
    if row["type"] is None:
        return not events, found
    start = row["text"].find(row["trigger"])
    end = start + len(row["trigger"])
    over = [e for e in events if e.type == row["type"] and (
        any(m.start < end and start < m.end for m in e.mentions) or (e.start < end and start < e.end))]
    return bool(over) or any(e.type == row["type"] for e in events), found


@pytest.mark.parametrize("row", [pytest.param(r, id=f"{r['type'] or 'NONE'}-{r['trigger']}-{i}")
                                 for i, r in enumerate(ROWS) if not r.get("known_miss")])
def test_wire_wording(row):
    ok, found = verdict(row)
    assert ok, (row["type"], row["text"], found)
