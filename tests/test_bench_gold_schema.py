"""The gold annotations in bench/gold/ are well formed and point at real words of their articles."""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).resolve().parents[1] / "bench" / "gold"
ARTICLES = GOLD / "articles"

TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
    "ANNOUNCE", "STATEMENT",
}
MODES = {"phone", "visit", "host", "third-party", None}
STATUSES = {"occurred", "planned", "cancelled", "denied", "hypothetical", "ongoing"}
PRECISIONS = {"day", "week", "month", "quarter", "year", "decade", "unknown"}
KEYS = {"doc", "trigger", "occurrence", "type", "mode", "source", "target", "actors", "status",
        "date_start", "date_end", "precision", "location", "note"}
OUTLET = "timeline gold (written for the project)"


def _split(path: Path) -> tuple[dict, str]:
    raw = path.read_text("utf-8")
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    assert m, f"{path.name}: no YAML front matter"
    return yaml.safe_load(m.group(1)), raw[m.end():]


def _records() -> list[tuple[int, dict]]:
    lines = (GOLD / "events.jsonl").read_text("utf-8").splitlines()
    return [(n, json.loads(line)) for n, line in enumerate(lines, 1) if line.strip()]


RECORDS = _records()
ARTICLE_PATHS = sorted(ARTICLES.glob("*.md"))


def _find(text: str, trigger: str, occurrence: int) -> tuple[int, int] | None:
    hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", text)]
    return hits[occurrence - 1] if 0 < occurrence <= len(hits) else None


def _ids(records):
    return [f"line{n}-{r.get('doc')}-{r.get('trigger')}" for n, r in records]


def test_bench_gold_has_enough_articles_and_events():
    assert len(ARTICLE_PATHS) >= 6
    assert len(RECORDS) >= 80
    docs = {r["doc"] for _, r in RECORDS}
    assert docs == {p.stem for p in ARTICLE_PATHS}, "every article is annotated, every annotation has an article"


@pytest.mark.parametrize("path", ARTICLE_PATHS, ids=lambda p: p.stem)
def test_bench_gold_article_front_matter_and_length(path: Path):
    meta, body = _split(path)
    assert isinstance(meta["published"], date)
    assert meta["title"].strip()
    assert meta["outlet"] == OUTLET
    assert "(illustrative)" in meta["url"]
    assert 400 <= len(body.split()) <= 900


@pytest.mark.parametrize(("line", "record"), RECORDS, ids=_ids(RECORDS))
def test_bench_gold_record_fields(line: int, record: dict):
    assert KEYS <= set(record), f"events.jsonl:{line}: missing {KEYS - set(record)}"
    assert set(record) <= KEYS | {"also"}, f"events.jsonl:{line}: unknown {set(record) - KEYS - {'also'}}"
    assert record["type"] in TYPES
    assert record["mode"] in MODES
    assert record["mode"] is None or record["type"] == "CONSULT", "mode is for CONSULT events only"
    assert record["status"] in STATUSES
    assert record["precision"] in PRECISIONS
    assert isinstance(record["occurrence"], int) and record["occurrence"] >= 1
    assert isinstance(record["actors"], list)
    assert record["note"].strip(), "every annotation says how its date follows from the text"
    for name in (record["source"], record["target"], record["location"], *record["actors"]):
        assert name is None or (isinstance(name, str) and name == name.strip() and name)


@pytest.mark.parametrize(("line", "record"), RECORDS, ids=_ids(RECORDS))
def test_bench_gold_dates_match_precision(line: int, record: dict):
    start, end, precision = record["date_start"], record["date_end"], record["precision"]
    if start is None or end is None:
        assert start is None and end is None and precision == "unknown", f"events.jsonl:{line}"
        return
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    assert a <= b
    if precision == "day":
        assert a == b
    elif precision == "week":
        assert a.weekday() == 0 and b == a + timedelta(days=6), "a week runs Monday to Sunday"
    elif precision == "month":
        assert a.day == 1 and b == a.replace(day=calendar.monthrange(a.year, a.month)[1])
    elif precision == "quarter":
        assert a.day == 1 and a.month in (1, 4, 7, 10)
    elif precision == "year":
        assert (a.month, a.day, b.month, b.day, a.year) == (1, 1, 12, 31, b.year)
    elif precision == "unknown":
        assert a < b, "a single known day has precision 'day'"


@pytest.mark.parametrize(("line", "record"), RECORDS, ids=_ids(RECORDS))
def test_bench_gold_occurred_events_not_after_publication(line: int, record: dict):
    meta, _ = _split(ARTICLES / f"{record['doc']}.md")
    if record["status"] == "occurred" and record["date_start"]:
        assert date.fromisoformat(record["date_start"]) <= meta["published"], f"events.jsonl:{line}"
    if record["status"] == "ongoing" and record["date_end"]:
        assert date.fromisoformat(record["date_end"]) >= meta["published"] - timedelta(days=1)


@pytest.mark.parametrize("path", ARTICLE_PATHS, ids=lambda p: p.stem)
def test_bench_gold_triggers_are_words_of_the_article(path: Path):
    _, body = _split(path)
    taken: dict[tuple[int, int], int] = {}
    for line, record in RECORDS:
        if record["doc"] != path.stem:
            continue
        mentions = [(record["trigger"], record["occurrence"])]
        mentions += [(a["trigger"], a["occurrence"]) for a in record.get("also", [])]
        for trigger, occurrence in mentions:
            span = _find(body, trigger, occurrence)
            assert span is not None, f"events.jsonl:{line}: '{trigger}' occurrence {occurrence} not in {path.name}"
            for other, owner in taken.items():
                if owner != line and span[0] < other[1] and other[0] < span[1]:
                    pytest.fail(f"events.jsonl:{line}: '{trigger}' overlaps a mention of events.jsonl:{owner}")
            taken[span] = line
