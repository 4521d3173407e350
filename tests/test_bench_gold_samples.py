"""The sample articles in data/ have the shapes the README and issue 2 promise."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "data"
MARKDOWN = sorted(DATA.glob("*.md"))
HTML = sorted(DATA.glob("*.html"))


def _front_matter(path: Path) -> dict:
    m = re.match(r"---\n(.*?)\n---\n", path.read_text("utf-8"), re.S)
    assert m, f"{path.name}: no YAML front matter"
    return yaml.safe_load(m.group(1))


class _Page(HTMLParser):
    """Visible text, meta properties, JSON-LD blocks and the canonical link of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.visible: list[str] = []
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.canonical = ""
        self._skip: str | None = None
        self._ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip = tag
            self._ld = a.get("type") == "application/ld+json"
        elif tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[a.get("property") or a.get("name")] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href", "")

    def handle_endtag(self, tag):
        if tag == self._skip:
            self._skip, self._ld = None, False

    def handle_data(self, data):
        if self._ld:
            self.jsonld.append(data)
        elif self._skip is None:
            self.visible.append(data)


def test_bench_gold_samples_three_shapes():
    assert len(MARKDOWN) >= 2 and len(HTML) >= 1
    assert not list(DATA.glob("*.jsonl")), "data/ holds articles only: the README builds everything in it"


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.stem)
def test_bench_gold_samples_front_matter(path: Path):
    meta = _front_matter(path)
    assert isinstance(meta["published"], date)
    for key in ("title", "url", "outlet"):
        assert str(meta[key]).strip()


def test_bench_gold_samples_seed_copy_carries_its_facts():
    meta = _front_matter(DATA / "elpais-budapest-summit-canceled.md")
    assert meta["published"] == date(2025, 10, 21)
    assert meta["outlet"] == "EL PAÍS USA Edition"
    assert "/2025-10-21/" in meta["url"]
    assert "Most viewed" in (DATA / "elpais-budapest-summit-canceled.md").read_text("utf-8")


@pytest.mark.parametrize("path", HTML, ids=lambda p: p.stem)
def test_bench_gold_samples_html_date_only_in_metadata(path: Path):
    page = _Page()
    page.feed(path.read_text("utf-8"))
    published = date.fromisoformat(page.meta["article:published_time"][:10])
    ld = json.loads("".join(page.jsonld))
    assert ld["datePublished"][:10] == published.isoformat()
    assert published.strftime("/%Y/%m/%d/") in page.canonical
    visible = " ".join(page.visible)
    month = published.strftime("%B")
    assert str(published.year) not in visible
    assert not re.search(rf"{month}\s+{published.day}\b|\b{published.day}\s+{month}", visible)
    assert re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last month)\b", visible)


def test_bench_gold_samples_one_article_dense_with_anchored_dates():
    anchored = re.compile(
        r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:day|week|month|year)s? "
        r"(?:later|earlier|before|after)|that same (?:day|morning|evening|night)|"
        r"the (?:following|previous) (?:day|week|month)|(?:later|earlier) that (?:day|week|month)|"
        r"the same (?:day|evening|morning)|a day earlier|a day later)\b", re.I)
    counts = {p.stem: len(anchored.findall(p.read_text("utf-8"))) for p in MARKDOWN}
    assert max(counts.values()) >= 6, counts
