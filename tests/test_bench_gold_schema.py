"""Every gold folder under bench/ (each folder with an events.jsonl: bench/gold, the tuning set, and
bench/heldout, the held-out set) is well formed, and its annotations point at real words of its articles.

Articles are Markdown with YAML front matter, or saved HTML pages whose publication date is only in
their metadata (the article text is the paragraphs of ``<div class="story-body">``)."""

from __future__ import annotations

import calendar
import html
import json
import re
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parents[1] / "bench"
FOLDERS = sorted(p.parent for p in BENCH.glob("*/events.jsonl"))
# (articles, events) a folder must hold at least; issue 4 asks 6/80 of the gold, the held-out brief 5/60
MINIMUMS = {"gold": (6, 80), "heldout": (5, 60), "heldout2": (6, 150), "gold2": (7, 150), "gold3": (7, 150), "gold4": (6, 150), "heldout3": (6, 150), "heldout4": (6, 150), "heldout5": (6, 150), "heldout6": (6, 150), "gold5": (6, 100), "gold6": (6, 130), "gold7": (6, 110), "gold8": (6, 110), "probe": (220, 300), "gold9": (6, 130), "gold10": (6, 110), "gold11": (6, 110), "gold12": (6, 110), "gold13": (6, 110), "gold14": (6, 110)}
# probe folders: short snippets (1-4 sentences) with their own outlet; snippets named none-* have no event
PROBES = {"probe": "timeline probe (written for the project)"}

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


class _Page(HTMLParser):
    """Meta properties, JSON-LD, canonical link, all visible text and the story-body paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.canonical = ""
        self.visible: list[str] = []
        self.paragraphs: list[str] = []
        self._skip: str | None = None
        self._ld = False
        self._body_depth = 0  # div nesting inside the story body (0: outside)
        self._para: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip = tag
            self._ld = a.get("type") == "application/ld+json"
        elif tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[a.get("property") or a.get("name")] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href", "")
        elif tag == "div" and (self._body_depth or "story-body" in (a.get("class") or "").split()):
            self._body_depth += 1
        elif tag == "p" and self._body_depth:
            self._para = []

    def handle_endtag(self, tag):
        if tag == self._skip:
            self._skip, self._ld = None, False
        elif tag == "div" and self._body_depth:
            self._body_depth -= 1
        elif tag == "p" and self._para is not None:
            self.paragraphs.append("".join(self._para).strip())
            self._para = None

    def handle_data(self, data):
        if self._ld:
            self.jsonld.append(data)
        elif self._skip is None:
            self.visible.append(data)
            if self._para is not None:
                self._para.append(data)


def _article_paths(folder: Path) -> list[Path]:
    return sorted([*(folder / "articles").glob("*.md"), *(folder / "articles").glob("*.html"),
                   *(folder / "articles").glob("*.txt")])


# a wire dateline at the head of a plain-text article: "VLADIVOSTOK, Russia, April 26, 2019 —"
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:, [A-Z][\w .'-]+)*, ([A-Z][a-z]+) (\d{1,2}), (\d{4}) [—–-] ", re.M)


def _split(path: Path) -> tuple[dict, str]:
    """(metadata with title, published, url, outlet; the article text the annotations count in)."""
    raw = path.read_text("utf-8")
    if path.suffix == ".html":
        page = _Page()
        page.feed(raw)
        meta = {
            "title": page.meta.get("og:title", ""),
            "published": date.fromisoformat(page.meta["article:published_time"][:10]),
            "url": page.canonical,
            "outlet": page.meta.get("og:site_name", ""),
            "_page": page,
        }
        return meta, "\n".join(page.paragraphs)
    if path.suffix == ".txt":  # headline, then a wire dateline that gives the DCT; no metadata
        m = _DATELINE.search(raw)
        assert m, f"{path.name}: no wire dateline"
        published = datetime.strptime(" ".join(m.groups()), "%B %d %Y").date()
        return {"title": raw.split("\n", 1)[0], "published": published, "url": None, "outlet": None}, raw
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    assert m, f"{path.name}: no YAML front matter"
    meta = yaml.safe_load(m.group(1))
    meta.setdefault("published", meta.get("date"))  # blog-style front matter gives the DCT as `date:`, as ingest reads it
    return meta, raw[m.end():]


def _records(folder: Path) -> list[tuple[int, dict]]:
    lines = (folder / "events.jsonl").read_text("utf-8").splitlines()
    return [(n, json.loads(line)) for n, line in enumerate(lines, 1) if line.strip()]


RECORDS = [(folder, n, r) for folder in FOLDERS for n, r in _records(folder)]
ARTICLES = [(folder, path) for folder in FOLDERS for path in _article_paths(folder)]
RECORD_IDS = [f"{folder.name}-line{n}-{r.get('doc')}-{r.get('trigger')}" for folder, n, r in RECORDS]
ARTICLE_IDS = [f"{folder.name}-{path.name}" for folder, path in ARTICLES]


def _find(text: str, trigger: str, occurrence: int) -> tuple[int, int] | None:
    hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", text)]
    return hits[occurrence - 1] if 0 < occurrence <= len(hits) else None


def test_bench_gold_folders_found():
    assert {f.name for f in FOLDERS} >= {"gold", "heldout"}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_bench_gold_has_enough_articles_and_events(folder: Path):
    paths = _article_paths(folder)
    records = _records(folder)
    min_articles, min_events = MINIMUMS.get(folder.name, (1, 1))
    assert len(paths) >= min_articles
    assert len(records) >= min_events
    stems = [p.stem for p in paths]
    assert len(stems) == len(set(stems)), "one file per article id"
    docs = {r["doc"] for _, r in records}
    if folder.name in PROBES:
        assert docs <= set(stems) and all(s.startswith("none-") for s in set(stems) - docs), \
            "every snippet but the no-event ones (none-*) is annotated, every annotation has a snippet"
    else:
        assert docs == set(stems), "every article is annotated, every annotation has an article"
    (folder / "README.md").read_text("utf-8")  # every gold folder says what it is


def test_bench_gold_heldout_has_a_saved_page_and_no_tuning_article():
    paths = _article_paths(BENCH / "heldout")
    assert any(p.suffix == ".html" for p in paths) and any(p.suffix == ".md" for p in paths)
    tuned = {p.stem for p in _article_paths(BENCH / "gold")}
    assert not tuned & {p.stem for p in paths}, "the held-out set shares no article with the tuning set"


@pytest.mark.parametrize(("folder", "path"), ARTICLES, ids=ARTICLE_IDS)
def test_bench_gold_article_front_matter_and_length(folder: Path, path: Path):
    meta, body = _split(path)
    assert isinstance(meta["published"], date)
    assert meta["title"].strip()
    if path.suffix == ".txt":
        assert _DATELINE.search(body[:2000]), "a plain-text article opens with its wire dateline"
    elif path.suffix == ".html":
        assert meta["outlet"] == OUTLET
        assert ".example/" in meta["url"], "an illustrative URL"
    else:
        assert meta["outlet"] == PROBES.get(folder.name, OUTLET)
        assert "(illustrative)" in meta["url"]
    low, high = (5, 150) if folder.name in PROBES else (400, 900)
    assert low <= len(body.split()) <= high


@pytest.mark.parametrize(("folder", "path"), [a for a in ARTICLES if a[1].suffix == ".html"],
                         ids=[i for i, a in zip(ARTICLE_IDS, ARTICLES) if a[1].suffix == ".html"])
def test_bench_gold_html_date_only_in_metadata(folder: Path, path: Path):
    meta, body = _split(path)
    page = meta["_page"]
    published = meta["published"]
    assert json.loads("".join(page.jsonld))["datePublished"][:10] == published.isoformat()
    assert published.strftime("/%Y/%m/%d/") in page.canonical
    visible = html.unescape(" ".join(page.visible))
    month = published.strftime("%B")
    assert str(published.year) not in visible
    assert not re.search(rf"{month}\s+{published.day}\b|\b{published.day}\s+{month}", visible)
    assert re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last (?:week|month))\b", body), \
        "the text dates its events relative to the publication date"


@pytest.mark.parametrize(("folder", "line", "record"), RECORDS, ids=RECORD_IDS)
def test_bench_gold_record_fields(folder: Path, line: int, record: dict):
    assert KEYS <= set(record), f"{folder.name}/events.jsonl:{line}: missing {KEYS - set(record)}"
    assert set(record) <= KEYS | {"also"}, f"{folder.name}/events.jsonl:{line}: unknown {set(record) - KEYS - {'also'}}"
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


@pytest.mark.parametrize(("folder", "line", "record"), RECORDS, ids=RECORD_IDS)
def test_bench_gold_dates_match_precision(folder: Path, line: int, record: dict):
    start, end, precision = record["date_start"], record["date_end"], record["precision"]
    if start is None or end is None:
        assert start is None and end is None and precision == "unknown", f"{folder.name}/events.jsonl:{line}"
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


def _published(folder: Path, doc: str) -> date:
    path = next(p for p in _article_paths(folder) if p.stem == doc)
    return _split(path)[0]["published"]


@pytest.mark.parametrize(("folder", "line", "record"), RECORDS, ids=RECORD_IDS)
def test_bench_gold_occurred_events_not_after_publication(folder: Path, line: int, record: dict):
    published = _published(folder, record["doc"])
    if record["status"] == "occurred" and record["date_start"]:
        assert date.fromisoformat(record["date_start"]) <= published, f"{folder.name}/events.jsonl:{line}"
    if record["status"] == "ongoing" and record["date_end"]:
        assert date.fromisoformat(record["date_end"]) >= published - timedelta(days=1)


@pytest.mark.parametrize(("folder", "path"), ARTICLES, ids=ARTICLE_IDS)
def test_bench_gold_triggers_are_words_of_the_article(folder: Path, path: Path):
    _, body = _split(path)
    taken: dict[tuple[int, int], int] = {}
    for _, line, record in (r for r in RECORDS if r[0] == folder):
        if record["doc"] != path.stem:
            continue
        mentions = [(record["trigger"], record["occurrence"])]
        mentions += [(a["trigger"], a["occurrence"]) for a in record.get("also", [])]
        for trigger, occurrence in mentions:
            span = _find(body, trigger, occurrence)
            assert span is not None, f"{folder.name}/events.jsonl:{line}: '{trigger}' occurrence {occurrence} not in {path.name}"
            for other, owner in taken.items():
                if owner != line and span[0] < other[1] and other[0] < span[1]:
                    pytest.fail(f"{folder.name}/events.jsonl:{line}: '{trigger}' overlaps a mention of events.jsonl:{owner}")
            taken[span] = line
