"""Linking benchmark: report groups (one real-world event told by several articles) against the
hand-checked groups of ``bench/linking/gold.jsonl``.

Runs ``read_inputs`` and ``build_timeline`` on every bench corpus (``bench/*/articles``), the sample
articles (``data/``) and the linking fixtures (``tests/fixtures/linking``) at once, so reports of
one event in different corpora meet, as twenty articles of one story would. Then:

* pairs: every two reports (of different documents) that the tool puts in one group, against every
  two reports of one gold group; precision = right pairs / linked pairs, recall = right pairs /
  gold pairs whose two reports were both extracted (a report the event layer missed is counted
  apart: linking cannot find it);
* every link the gold does not have is printed (a false link costs an analyst more than a miss),
  and every gold pair left apart, with the reason the criteria give;
* cost: milliseconds to link the whole batch, and the share of the pipeline's time it takes.

Each gold line: ``{"event": words, "reports": [{"doc", "type", "says": sentence words, "date":
first day, "summary": the event's summary}]}``; a report is the extracted event of that document and type whose
sentence contains ``says`` (when given), whose first day is ``date`` (when given) and whose summary is ``summary``
(when given: two events told in one sentence). The gold lists every group the
author found by reading the corpora's near misses (same participants, dates within days), so a link
outside it is a false one.

Usage::

    python bench/bench_linking.py
"""

from __future__ import annotations

import glob
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _match(events, report):
    for e in events:
        if e.doc != report["doc"] or e.type != report["type"]:
            continue
        if report.get("says") and report["says"] not in e.sentence:
            continue
        if report.get("summary") and report["summary"] != e.summary:
            continue  # (two events told in one sentence)
        own = e.report_date or e  # (the report's own date: linking may date it by a more precise report)
        if report.get("date") and (own.date_start is None or own.date_start.isoformat() != report["date"]):
            continue
        return e
    return None


def main() -> int:
    from timeline.ingest import read_inputs
    from timeline.pipeline import build_timeline, link_timeline

    folders = sorted(glob.glob(str(ROOT / "bench" / "*" / "articles"))) + [
        str(ROOT / "data"), str(ROOT / "tests" / "fixtures" / "linking" / "reports"),
        str(ROOT / "tests" / "fixtures" / "linking" / "episode")]
    documents, errors = read_inputs(folders)
    t0 = time.process_time()
    unlinked = build_timeline(documents, title="linking", link=False)
    t1 = time.process_time()
    rounds = 20
    for _ in range(rounds):
        timeline = link_timeline(unlinked)
    link_ms = (time.process_time() - t1) / rounds * 1000

    gold = [json.loads(line) for line in (ROOT / "bench" / "linking" / "gold.jsonl").read_text("utf-8").splitlines() if line.strip()]
    events = timeline.events
    gold_pairs: set[frozenset[str]] = set()
    not_extracted = []
    for group in gold:
        found = []
        for report in group["reports"]:
            e = _match(events, report)
            if e is None:
                not_extracted.append(f"{group['event']}: {report['doc']} {report['type']}")
            else:
                found.append(e.id)
        gold_pairs.update(frozenset(p) for p in itertools.combinations(found, 2))
    by_id = {e.id: e for e in events}
    linked_pairs = {frozenset((e.id, other)) for e in events for other in e.linked_events}
    right = linked_pairs & gold_pairs
    precision = len(right) / len(linked_pairs) if linked_pairs else 1.0
    recall = len(right) / len(gold_pairs) if gold_pairs else 1.0
    groups = {e.report_group for e in events if e.reports > 1}
    flagged = {e.report_group for e in events if any(f.startswith("reports_disagree") for f in e.flags)}

    print(f"documents               {len(timeline.documents)} ({len(errors)} unreadable), {len(events)} events")
    print(f"report groups           {len(groups)} ({sum(1 for e in events if e.reports > 1)} reports), {len(flagged)} with reports that disagree")
    print(f"pair precision          {precision:.3f}   ({len(right)} of {len(linked_pairs)} linked pairs are in the gold)")
    print(f"pair recall             {recall:.3f}   ({len(right)} of {len(gold_pairs)} gold pairs linked; "
          f"{len(not_extracted)} gold reports not extracted)")
    print(f"cost                    {link_ms:.1f} ms to link the batch, {link_ms / 1000 / max(t1 - t0, 1e-9):.2%} of the pipeline's time "
          f"({t1 - t0:.1f} s CPU)")
    for pair in sorted(linked_pairs - gold_pairs, key=sorted):
        a, b = (by_id[i] for i in sorted(pair))
        print(f"  FALSE LINK  {a.doc} {a.type} {a.date_start} | {b.doc} {b.type} {b.date_start}: {a.summary}")
    for pair in sorted(gold_pairs - linked_pairs, key=sorted):
        a, b = (by_id[i] for i in sorted(pair))
        why = _why_apart(a, b)
        print(f"  MISSED      {a.doc} {a.type} {a.date_start}..{a.date_end} ({a.date_basis}) | "
              f"{b.doc} {b.type} {b.date_start}..{b.date_end} ({b.date_basis}): {why}")
    for words in not_extracted:
        print(f"  NOT EXTRACTED  {words}")
    return 0


def _why_apart(a, b) -> str:
    from timeline.linking import _fits, _linkable, _participants, load_link_rules

    rules = load_link_rules()
    for e in (a, b):
        if not _linkable(e, rules):
            return f"{e.doc}: not linkable (type {e.type}, status {e.status}, date basis {e.date_basis})"
        if _participants(e, rules) is None:
            return f"{e.doc}: fewer than two participants"
    if _participants(a, rules) != _participants(b, rules):
        return f"participants differ: {_participants(a, rules)} / {_participants(b, rules)}"
    if _fits(a, b, rules) is None:
        return "mode, place, date or status do not fit"
    for e in (a, b):
        if _linkable(e, rules) == "join":
            return (f"{e.doc}: dated from tense only (basis {e.date_basis}): it joins only a group dated to less than "
                    f"{rules.join_days} days that ends at most {rules.join_days} days before its publication")
    return "ambiguous: another group fits as well"


if __name__ == "__main__":
    raise SystemExit(main())
