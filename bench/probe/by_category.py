"""Count the probe's errors by category (the snippet id prefix: ``consult``, ``dating``, ``none`` ...).

Runs the same pipeline and scoring as ``bench/bench_events.py --gold bench/probe`` and prints, per
prefix: snippets, gold events, extracted, matched, misses, spurious, and on matched events the wrong
types, statuses, sources, targets, CONSULT modes and dates (the text dates the event and the extracted
range is not exactly the gold one), plus undated gold events given a date presented as read from the
text. ``bench_events.py`` scores only documents that have gold events; here the events extracted from
the no-event snippets (``none-*``) are counted as spurious too.

Run: python bench/probe/by_category.py  [--json out.json]"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import bench_events as bench  # noqa: E402

COLUMNS = ["snippets", "gold", "extracted", "matched", "missed", "spurious", "type", "status", "source",
           "target", "mode", "date", "overdated"]


def category(doc: str) -> str:
    return doc.rsplit("-", 1)[0]


def count_by_category(folder: Path = HERE) -> dict[str, dict[str, int]]:
    from timeline.ingest import read_inputs
    from timeline.pipeline import build_timeline

    gold = bench.load_gold(folder / "events.jsonl")
    docs, errors = read_inputs([str(folder / "articles")])
    timeline = build_timeline(docs, title="probe", errors=errors)
    try:
        canon = bench.gazetteer_names()
    except Exception:  # noqa: BLE001 - fall back as bench_events does
        canon = bench.norm_name
    s = bench.score(gold, timeline, canon)
    rows: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))
    key_of = {d.id: bench.doc_key(d) for d in timeline.documents}
    for p in (folder / "articles").glob("*.md"):
        rows[category(p.stem)]["snippets"] += 1
    gold_docs = {g.doc for g in gold}
    for g in gold:
        rows[category(g.doc)]["gold"] += 1
    for ev in timeline.events:
        key = key_of.get(ev.doc, "?")
        rows[category(key)]["extracted"] += 1
        if key not in gold_docs:  # a snippet with no event: every extracted event is spurious
            rows[category(key)]["spurious"] += 1
    for g, _ in s.misses:
        rows[category(g.doc)]["missed"] += 1
    for key, _ in s.spurious:
        rows[category(key)]["spurious"] += 1
    rows_matched = defaultdict(int)
    for g, ev, _ in s.wrong_dates:
        rows[category(g.doc)]["date"] += 1
    for g, ev, wrong in s.wrong_other:
        for w in wrong:
            rows[category(g.doc)][w.split()[0]] += 1
    for cat, row in rows.items():
        row["matched"] = row["gold"] - row["missed"]
        rows_matched[cat] = row["matched"]
    # undated gold events given a date presented as read from the text
    matched_pairs = _matched_undated(gold, timeline, s)
    for g in matched_pairs:
        rows[category(g.doc)]["overdated"] += 1
    return dict(sorted(rows.items()))


def _matched_undated(gold, timeline, s) -> list:
    """Undated gold events matched to an event dated by expression/constraint (not tense or none)."""
    missed = {id(g) for g, _ in s.misses}
    docs = {bench.doc_key(d): d for d in timeline.documents}
    by_doc = defaultdict(list)
    for ev in timeline.events:
        by_doc[ev.doc].append(ev)
    out = []
    for key in sorted({g.doc for g in gold}):
        doc = docs.get(key)
        if doc is None:
            continue
        here = [g for g in gold if g.doc == key]
        located = [(g, [sp for sp in (bench.find_occurrence(doc.text, t, o) for t, o in [(g.trigger, g.occurrence), *g.also]) if sp])
                   for g in here]
        extracted = by_doc.get(doc.id, [])
        for gi, ei in bench.match_document(located, extracted):
            g, ev = located[gi][0], extracted[ei]
            if not g.dated and id(g) not in missed and ev.date_start is not None and ev.date_basis not in ("tense", "none"):
                out.append(g)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="also write the table to this JSON file")
    args = ap.parse_args(argv)
    rows = count_by_category()
    print(f"{'category':12}" + "".join(f"{c:>10}" for c in COLUMNS))
    total = dict.fromkeys(COLUMNS, 0)
    for cat, row in rows.items():
        print(f"{cat:12}" + "".join(f"{row[c]:>10}" for c in COLUMNS))
        for c in COLUMNS:
            total[c] += row[c]
    print(f"{'all':12}" + "".join(f"{total[c]:>10}" for c in COLUMNS))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
