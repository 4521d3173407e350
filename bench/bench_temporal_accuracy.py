"""Accuracy of the temporal tagger on TempEval-3 TBAQ (TimeBank, AQUAINT, both), TE3 scoring.

    python bench/bench_temporal_accuracy.py [CORPUS_DIR] [--json]

CORPUS_DIR defaults to ../shared/corpora/tempeval3-tbaq relative to the repository root. Prints
relaxed/strict P/R/F1, type and value F1 for each part and for both together, against the targets
(relaxed >= .93, strict >= .87, value >= .85 on both) and HeidelTime's reference (.92/.84/.77).
Exit code 0 whether or not targets are met (a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "tempeval3-tbaq"

TARGETS = {"relaxed_f1": 0.93, "strict_f1": 0.87, "value_f1": 0.85}
HEIDELTIME = {"relaxed_f1": 0.92, "strict_f1": 0.84, "value_f1": 0.77}


def _parts(corpus: Path) -> list[tuple[str, list[Path]]]:
    from timeline.temporal.timeml import find_timeml_files

    parts = []
    for sub in sorted(p for p in corpus.iterdir() if p.is_dir()):
        files = find_timeml_files(sub)
        if files:
            parts.append((sub.name, files))
    both = find_timeml_files(corpus)
    if not both:
        raise SystemExit(f"no .tml files under {corpus}")
    parts.append(("both", both))
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus folder not found: {corpus}", file=sys.stderr)
        return 2

    from timeline.errors import TimelineError

    t0 = time.perf_counter()
    try:
        from timeline.temporal import tag_text  # import and rule loading reported apart
        from timeline.temporal.scoring import evaluate_timeml

        tag_text("warm-up on Monday", None, narrative=True)
        import_seconds = time.perf_counter() - t0

        results = {}
        for name, files in _parts(corpus):
            score = evaluate_timeml(files)
            figures = score.counts.figures()
            figures.update(documents=len(score.documents), words=score.words, tagging_seconds=round(score.seconds, 3))
            results[name] = figures
    except TimelineError as err:
        print(f"Error: {err.line()}", file=sys.stderr)
        return 1

    if args.json:
        print(json.dumps({"corpus": str(corpus), "import_seconds": round(import_seconds, 3), "parts": results,
                          "targets": TARGETS, "heideltime": HEIDELTIME}))
        return 0

    print(f"TempEval-3 TIMEX3 accuracy on {corpus} (import + warm-up {import_seconds:.2f}s, not counted)")
    header = f"{'part':<10} {'docs':>5} {'gold':>5} {'sys':>5}  {'relaxed P/R/F1':>20}  {'strict P/R/F1':>20}  {'type F1':>7} {'value F1':>8} {'val acc':>7}"
    print(header)
    print("-" * len(header))
    for name, f in results.items():
        print(
            f"{name:<10} {f['documents']:>5} {f['gold']:>5} {f['system']:>5}  "
            f"{f['relaxed_precision']:.3f}/{f['relaxed_recall']:.3f}/{f['relaxed_f1']:.3f}  "
            f"{f['strict_precision']:>6.3f}/{f['strict_recall']:.3f}/{f['strict_f1']:.3f}  "
            f"{f['type_f1']:>7.3f} {f['value_f1']:>8.3f} {f['value_accuracy']:>7.3f}"
        )
    both = results["both"]
    if both["tagging_seconds"]:
        print(f"tagging speed (both, inside this run, not the speed benchmark): "
              f"{both['words'] / both['tagging_seconds']:,.0f} words/s over {both['words']:,} words")
    print()
    print(f"{'measure (both)':<16} {'ours':>6} {'target':>7} {'HeidelTime':>11}")
    for key, label in (("relaxed_f1", "relaxed F1"), ("strict_f1", "strict F1"), ("value_f1", "value F1")):
        mark = "ok" if both[key] >= TARGETS[key] else "BELOW TARGET"
        print(f"{label:<16} {both[key]:>6.3f} {TARGETS[key]:>7.2f} {HEIDELTIME[key]:>11.2f}  {mark}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
