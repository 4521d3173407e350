"""How many sentences of the wire-wordings probe the extractor reads right, by PLOVER type, known misses included.

    python bench/bench_wire_probe.py [--misses]

The probe (tests/fixtures/events/wire_wordings_probe.jsonl) holds one-act sentences of our own in wire and readout
style and sentences that use the same words for no act. tests/test_wire_wordings_probe.py checks every line not marked
``known_miss``; this benchmark scores all of them, so it shows what is still missed and whether a change mended a
known miss (then unmark it). ``--misses`` lists each sentence read wrong with what was found.
Exit code 0 whatever the score (a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "fixtures" / "events" / "wire_wordings_probe.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list each sentence read wrong")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT))
    from event_helpers import events_of  # noqa: PLC0415 - the tests' own reading of a sentence

    rows = [json.loads(line) for line in PROBE.read_text("utf-8").splitlines() if line.strip()]
    right: Counter = Counter()
    total: Counter = Counter()
    known_mended = 0
    for row in rows:
        kind = row["type"] or "no event"
        events = events_of(row["text"], date.fromisoformat(row["dct"]))
        if row["type"] is None:
            ok = not events
        else:
            ok = any(e.type == row["type"] for e in events)
        total[kind] += 1
        right[kind] += ok
        known_mended += ok and bool(row.get("known_miss"))
        if not ok and args.misses:
            print(f"MISS {kind:<12} {row['text']}  -> {[(e.type, e.trigger) for e in events]}")
    n, r = sum(total.values()), sum(right.values())
    print(f"wire-wordings probe: {r}/{n} sentences read right ({r / n:.1%}); "
          f"known misses now right: {known_mended} (unmark them in the fixture)")
    for kind in sorted(total):
        print(f"  {kind:<12} {right[kind]:>3}/{total[kind]:<3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
