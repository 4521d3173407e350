"""Speed on hostile input: seconds per input size for text that is not tidy news prose, and how the time grows.

Article text is scraped: a table, a transcript or a list with no full stops makes one huge "sentence", and a page can
be very long. Every stage must stay near-linear in the length of the text, so that one page of a folder never takes
minutes. Four kinds of input, each built at several sizes (in words):

* ``sentence``: one sentence of clauses joined by commas (subjects, reporting clauses, attacks, deals, weekdays);
* ``list``: a dated list with no full stops ("March 3: Iran and Oman held talks in Muscat; March 4: ...");
* ``article``: ordinary news sentences (the bodies of the gold articles, repeated);
* ``dates``: one line of the same date written again and again.

For each input it prints the CPU seconds of each stage (temporal tagging, actor mentions, events, reasoning) and of
the whole, and the growth ratio from the size before (time ratio / size ratio: about 1 when the time grows linearly,
about 4 at each fourfold step when it grows quadratically).

Usage::

    python bench/bench_hostile.py                          # every kind at 1k, 4k and 16k words
    python bench/bench_hostile.py --kinds sentence --sizes 1000,5000
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("sentence", "list", "article", "dates")
DCT = date(2025, 3, 7)

_CLAUSE = ("Russia condemned the Israeli raid on the camp, a spokesman for the Turkish foreign ministry said on Monday, "
           "and Iran and Sweden struck a deal between them")
_PAIRS = (("Iran", "Oman", "Muscat"), ("France", "Germany", "Paris"), ("Japan", "India", "Tokyo"),
          ("Egypt", "Qatar", "Cairo"), ("Brazil", "Argentina", "Brasilia"), ("Poland", "Ukraine", "Warsaw"))
_ACTS = ("held talks in", "signed a trade agreement in", "met in")


def dated_list(entries: int, start: date = date(2024, 1, 1)) -> tuple[str, list[tuple[str, str, str, date]]]:
    """A list with no full stops, one dated meeting per entry: the text, and per entry (first party, second party,
    act, date)."""
    parts, facts = [], []
    for i in range(entries):
        a, b, place = _PAIRS[i % len(_PAIRS)]
        act = _ACTS[(i // len(_PAIRS)) % len(_ACTS)]
        day = start + timedelta(days=i)
        parts.append(f"{day:%B} {day.day}, {day.year}: {a} and {b} {act} {place}")
        facts.append((a, b, act, day))
    return "; ".join(parts), facts


def _gold_bodies() -> list[str]:
    bodies = []
    for folder in sorted(HERE.glob("gold*/articles")):
        for path in sorted(folder.iterdir()):
            text = path.read_text(encoding="utf-8")
            if text.startswith("---"):
                text = text.split("\n---", 1)[-1]
            text = re.sub(r"<[^>]+>", " ", text)  # (an HTML article: its words, roughly)
            bodies.append(text.strip())
    return bodies


def make_input(kind: str, words: int) -> str:
    """A text of ``kind`` (see the module docstring) with about ``words`` words."""
    if kind == "sentence":
        per = len(_CLAUSE.split())
        return ", ".join([_CLAUSE] * max(1, words // per)) + "."
    if kind == "list":
        return dated_list(max(1, words // 9))[0]
    if kind == "dates":
        return "March 3, 2025 " * max(1, words // 3)
    if kind == "article":
        bodies, out, n = _gold_bodies(), [], 0
        while n < words:
            for body in bodies:
                out.append(body)
                n += len(body.split())
                if n >= words:
                    break
        return "\n\n".join(out)
    raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")


def time_stages(text: str) -> dict[str, float]:
    """CPU seconds of each stage of the pipeline on ``text`` (published on ``DCT``)."""
    from timeline.actors import find_actor_mentions, load_gazetteer
    from timeline.events.extract import extract_with_mentions
    from timeline.events.lexicon import load_lexicon
    from timeline.model import Document
    from timeline.reasoning import propagate
    from timeline.temporal import tag_text

    gazetteer, lex = load_gazetteer(), load_lexicon()
    doc = Document(id="hostile", text=text, dct=DCT, dct_source="cli")
    out = {}
    t = time.process_time()
    timexes = tag_text(text, DCT)
    out["temporal"] = time.process_time() - t
    t = time.process_time()
    mentions = tuple(sorted(find_actor_mentions(text, gazetteer, dct=DCT), key=lambda m: (m.start, -m.end)))
    out["actors"] = time.process_time() - t
    t = time.process_time()
    extraction = extract_with_mentions(doc, timexes, mentions, lex, gazetteer)
    out["events"] = time.process_time() - t
    t = time.process_time()
    propagate(extraction.events, extraction.constraints, dcts={doc.id: DCT})
    out["reasoning"] = time.process_time() - t
    out["total"] = sum(out.values())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    ap.add_argument("--sizes", default="1000,4000,16000", help="comma-separated sizes in words")
    args = ap.parse_args(argv)
    from timeline.temporal import tag_text

    tag_text("On Monday.", DCT)  # (load the resources once, outside the figures)
    time_stages(make_input("sentence", 50))
    sizes = [int(s) for s in args.sizes.split(",")]
    stages = ("temporal", "actors", "events", "reasoning", "total")
    print(f"{'kind':9} {'words':>7} {'chars':>8} " + " ".join(f"{s:>9}" for s in stages) + "   growth")
    for kind in args.kinds.split(","):
        before = None
        for size in sizes:
            text = make_input(kind, size)
            n = len(text.split())
            secs = time_stages(text)
            growth = ""
            if before is not None and before[1]["total"] > 0.05:
                growth = f"{(secs['total'] / before[1]['total']) / (n / before[0]):.2f}"
            print(f"{kind:9} {n:7d} {len(text):8d} " + " ".join(f"{secs[s]:9.2f}" for s in stages) + f"   {growth}")
            sys.stdout.flush()
            before = (n, secs)
    print("(CPU seconds; growth = time ratio / size ratio to the size before: ~1 linear, ~4 per fourfold step quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
