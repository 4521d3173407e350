"""Temporal engine speed and memory on the TempEval-3 TBAQ corpus (TimeBank + AQUAINT).

Reads the raw TEXT of every .tml file (DCT = its CREATION_TIME TIMEX3), then tags the whole corpus
with ``timeline.temporal.tag_text`` on one core, repeating it until the run lasts ``--min-seconds``.
Reports apart: Python start-up (a bare interpreter), importing the engine, loading and compiling the
rules (first call), and the steady tagging speed in words per second (target >= 100,000). Memory: the
traced peak while tagging the corpus once and then ``--memory-repeats`` times over, which must stay flat
(the engine keeps nothing per document).

Usage::

    python bench/bench_temporal_speed.py
    python bench/bench_temporal_speed.py --corpus ../shared/corpora/tempeval3-tbaq --min-seconds 5 --json out.json
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tempeval3-tbaq"
TARGET = 100_000


def _startup_seconds() -> tuple[float, float]:
    """(bare interpreter, interpreter + import of the engine), best of three runs each."""
    def best(code: str) -> float:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
            times.append(time.perf_counter() - t)
        return min(times)

    return best("pass"), best("import timeline.temporal.engine")


def _load(corpus: Path) -> list[tuple[str, date | None]]:
    from timeline.temporal.timeml import find_timeml_files, read_timeml

    docs = []
    for path in find_timeml_files(corpus):
        doc = read_timeml(path)
        docs.append((doc.text, doc.dct))
    if not docs:
        raise SystemExit(f"no .tml files under {corpus}")
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--min-seconds", type=float, default=3.0, help="repeat the corpus until tagging lasts this long")
    ap.add_argument("--memory-repeats", type=int, default=5)
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()

    bare, with_import = _startup_seconds()
    docs = _load(args.corpus)
    words = sum(len(text.split()) for text, _ in docs)

    from timeline.temporal import engine, tag_text

    t = time.perf_counter()
    engine.default_engine()
    compile_s = time.perf_counter() - t

    for text, dct in docs:  # warm-up pass
        tag_text(text, dct)
    runs = 0
    found = 0
    t = time.perf_counter()
    while True:
        for text, dct in docs:
            found += len(tag_text(text, dct))
        runs += 1
        elapsed = time.perf_counter() - t
        if elapsed >= args.min_seconds:
            break
    wps = words * runs / elapsed

    def peak(repeats: int) -> int:
        gc.collect()
        tracemalloc.start()
        for _ in range(repeats):
            for text, dct in docs:
                tag_text(text, dct)
        peak_bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak_bytes

    one = peak(1)
    many = peak(args.memory_repeats)
    flat = many <= one * 1.2 + 64 * 1024

    figures = {
        "corpus": str(args.corpus), "documents": len(docs), "words": words,
        "python_startup_s": round(bare, 3), "import_engine_s": round(with_import - bare, 3),
        "load_and_compile_rules_s": round(compile_s, 3),
        "runs": runs, "tagging_s": round(elapsed, 3), "timexes_per_run": found // runs,
        "words_per_second": int(wps), "target_words_per_second": TARGET, "speed_ok": wps >= TARGET,
        "memory_peak_1x_kib": one // 1024, f"memory_peak_{args.memory_repeats}x_kib": many // 1024, "memory_flat": flat,
    }
    print(f"corpus: {len(docs)} documents, {words:,} words ({args.corpus})")
    print(f"python start-up: {bare:.3f} s; importing the engine: {with_import - bare:.3f} s; "
          f"loading + compiling the rules: {compile_s:.3f} s (all reported apart)")
    print(f"tagging: {runs} run(s) in {elapsed:.2f} s, {found // runs} expressions per run")
    print(f"speed: {int(wps):,} words/s on one core (target {TARGET:,}): {'OK' if wps >= TARGET else 'BELOW TARGET'}")
    print(f"memory: traced peak {one // 1024:,} KiB tagging the corpus once, {many // 1024:,} KiB tagging it "
          f"{args.memory_repeats} times: {'flat' if flat else 'GROWING'}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
