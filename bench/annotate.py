"""Shared helpers of the gold sets' annotation scripts (bench/gold2/make_events.py, bench/gold3/make_events.py).

An annotation names its trigger and a short, unique piece of the article around it (``ctx``);
:func:`occurrence` counts which whole-word occurrence of the trigger that is (the occurrence the
format wants), and the date helpers compute every date with ``datetime`` from the rule a note gives
("on Friday" before the DCT, "a day later", "last month"), so no occurrence number or weekday is
typed by hand."""

from __future__ import annotations

import calendar
import json
import re
import sys
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]



class _StoryBody(HTMLParser):
    """The paragraphs of <div class="story-body"> (the text the format tests count in)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.para, self.paragraphs = 0, None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and (self.depth or "story-body" in (a.get("class") or "").split()):
            self.depth += 1
        elif tag == "p" and self.depth:
            self.para = []

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.para is not None:
            self.paragraphs.append("".join(self.para).strip())
            self.para = None

    def handle_data(self, data):
        if self.para is not None:
            self.para.append(data)


def body_of(path: Path) -> str:
    raw = path.read_text("utf-8")
    if path.suffix == ".md":
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        return raw[m.end():]
    if path.suffix == ".html":
        page = _StoryBody()
        page.feed(raw)
        return "\n".join(page.paragraphs)
    return raw  # .txt wire copy: the whole file
def occurrence(text: str, trigger: str, ctx: str) -> int:
    """Which whole-word match of trigger (from 1) is the first one inside the unique ctx."""
    assert text.count(ctx) == 1, f"context {ctx!r} found {text.count(ctx)} times"
    where = text.index(ctx)
    inner = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", ctx)]
    assert inner, f"{trigger!r} not a whole word in {ctx!r}"
    start = where + inner[0]
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", text)]
    return hits.index(start) + 1


# ---- dates ---------------------------------------------------------------------------------
def d(iso: str) -> date:
    return date.fromisoformat(iso)


def past(dct: date, day: str) -> date:
    """'on <day>' in a past clause: the latest such day on or before the DCT."""
    return dct - timedelta(days=(dct.weekday() - DAYS.index(day)) % 7)


def future(dct: date, day: str) -> date:
    """'on <day>' in a future clause: the next such day after the DCT (the DCT itself if it is that day)."""
    return dct + timedelta(days=(DAYS.index(day) - dct.weekday()) % 7)


def of_last_week(dct: date, day: str) -> date:
    monday = dct - timedelta(days=dct.weekday() + 7)
    return monday + timedelta(days=DAYS.index(day))


def day(x: date):
    return (x, x, "day")


def span(a: date, b: date):
    assert a < b
    return (a, b, "unknown")


def week(x: date):
    monday = x - timedelta(days=x.weekday())
    return (monday, monday + timedelta(days=6), "week")


def month(y: int, m: int):
    return (date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month")


def year(y: int):
    return (date(y, 1, 1), date(y, 12, 31), "year")


NONE = (None, None, "unknown")


def E(t, c, type_, src, tgt, actors, status, when, note, *, mode=None, loc=None, also=()):
    return dict(t=t, c=c, type=type_, mode=mode, source=src, target=tgt, actors=list(actors),
                status=status, when=when, location=loc, note=note, also=list(also))


def build(articles: dict, here: Path, dry: bool = False) -> list[dict]:
    """The gold records of ``articles`` (id -> (DCT, annotations)); written to ``here``/events.jsonl unless ``dry``."""
    records = []
    for doc, (dct, events) in articles.items():
        path = next(p for p in (here / "articles").iterdir() if p.stem == doc)
        text = body_of(path)
        for e in events:
            start, end, precision = e["when"]
            assert e["status"] != "occurred" or start is None or start <= dct, (doc, e["t"], e["c"])
            rec = {"doc": doc, "trigger": e["t"], "occurrence": occurrence(text, e["t"], e["c"]),
                   "type": e["type"], "mode": e["mode"], "source": e["source"], "target": e["target"],
                   "actors": e["actors"], "status": e["status"],
                   "date_start": start.isoformat() if start else None,
                   "date_end": end.isoformat() if end else None, "precision": precision,
                   "location": e["location"], "note": e["note"]}
            if e["also"]:
                rec["also"] = [{"trigger": t, "occurrence": occurrence(text, t, c)} for t, c in e["also"]]
            records.append(rec)
            wd = f"{start:%a}" if start else "   "
            print(f"{doc[:22]:22} {e['t'][:18]:18} {rec['occurrence']:2} {e['type']:10} {e['status']:9} "
                  f"{rec['date_start']} {wd} {rec['date_end']} {precision}", file=sys.stderr)
    if not dry:
        with open(here / "events.jsonl", "w", encoding="utf-8") as fp:
            for rec in records:
                fp.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records
