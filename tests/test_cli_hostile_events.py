"""Hostile text INSIDE extracted event sentences (tests/fixtures/hostile/payload-in-events.md: a
<script>, an <img onerror>, quotes that would break an attribute, an </script> that would close the
page's data block, cells that start with = + - @, a javascript: URL), built through the CLI: the
HTML carries it only as text (no injected element or attribute, no raw '<' in the embedded JSON,
the chart's hover text escaped for plotly's HTML), the CSV neutralizes formula cells, and the JSON
keeps every sentence verbatim."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from browser import chromium_context, chromium_page  # noqa: F401  (pytest fixtures)
from timeline.cli import app

ARTICLE = Path(__file__).parent / "fixtures" / "hostile" / "payload-in-events.md"
#: the article's lines of text, each one sentence of one or more events
SENTENCES = [line for line in ARTICLE.read_text("utf-8").split("---\n", 2)[2].splitlines() if line.strip()]
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "' onmouseover='alert(3)'",
            '"><svg onload=alert(4)>', "</script><script>alert(5)</script>")
FORMULA_START = ("=", "+", "-", "@")
#: the tags plotly's hover and label text may hold: the page's own formatting, never the article's
PLOTLY_MARKUP = {"b", "br", "i", "em", "sup", "sub", "span", "extra"}


def _build(out: Path, plotlyjs: str = "cdn") -> Path:
    result = CliRunner().invoke(app, ["build", str(ARTICLE), "--out", str(out), "--plotlyjs", plotlyjs])
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("hostile"))


class _Page(HTMLParser):
    """What a browser's tokenizer makes of the page: its elements, attributes, scripts and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.text: list[str] = []
        self._script: tuple[dict, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)
        if tag == "script":
            self._script = (dict(attrs), [])

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None

    def handle_data(self, data):
        (self._script[1] if self._script is not None else self.text).append(data)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _json_events(built: Path) -> list[dict]:
    return json.loads((built / "payload-in-events.events.json").read_text("utf-8"))["events"]


def test_cli_hostile_fixture_puts_every_payload_in_an_event_sentence(built):
    sentences = {e["sentence"] for e in _json_events(built)}
    for payload in PAYLOADS:
        assert any(payload in s for s in sentences), payload
    assert {s[0] for s in sentences} >= set(FORMULA_START)


def test_cli_hostile_event_text_keeps_verbatim_in_json(built):
    events = _json_events(built)
    assert {e["sentence"] for e in events} == set(SENTENCES)  # every line of the article, byte for byte
    data = json.loads((built / "payload-in-events.events.json").read_text("utf-8"))
    (doc,) = data["documents"]
    assert doc["title"] == "Talks \"resume\" <img src=x onerror=alert('title')>"
    assert doc["outlet"] == "=cmd|' /C calc'!A0"


def test_cli_hostile_event_text_is_only_text_in_the_html(built):
    html = (built / "payload-in-events.html").read_text("utf-8")
    page = _Page()
    page.feed(html)
    page.close()
    # no element or attribute the article brought: no img/svg, no event handler, no javascript: link
    assert not {"img", "svg", "iframe", "object", "embed"} & set(page.tags)
    assert [a for a in page.attributes if a[1].startswith("on")] == []
    assert [a for a in page.attributes if "alert(" in a[1] or "alert(" in a[2]] == []
    assert [a for a in page.attributes if a[2].strip().lower().startswith("javascript:")] == []
    # three scripts, all the page's own: plotly, the data block, the page's code (the article's
    # "</script><script>" closed nothing and opened nothing)
    kinds = [("src" in attrs, attrs.get("type")) for attrs, _ in page.scripts]
    assert sorted(kinds, key=str) == sorted([(True, None), (False, "application/json"), (False, None)], key=str)
    code = next(body for attrs, body in page.scripts if "src" not in attrs and attrs.get("type") is None)
    assert "alert(" not in code
    blob = next(body for attrs, body in page.scripts if attrs.get("type") == "application/json")
    assert "<" not in blob and ">" not in blob  # JSON in a script: no character the HTML tokenizer reads
    data = json.loads(blob)
    # the table's rows (drawn with textContent) carry each sentence verbatim
    assert {e["sentence"] for e in data["events"]} == set(SENTENCES)
    # the chart's hover and custom data are read by plotly as HTML: the article's markup escaped there
    chart = [s for part in ("figure", "network") for s in _strings(data[part]) if "alert(" in s]
    assert chart, "the chart's hover text shows the sentences"
    for text in chart:
        assert set(re.findall(r"<\s*/?\s*([a-zA-Z]+)", text)) <= PLOTLY_MARKUP, text
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in text for text in chart)
    # and the header shows the title as text, not as an element
    assert "Talks \"resume\" <img src=x onerror=alert('title')>" in "".join(page.text)


def test_cli_hostile_event_cells_are_neutralized_in_csv(built):
    raw = (built / "payload-in-events.events.csv").read_text("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    events = {e["id"]: e for e in _json_events(built)}
    assert rows and {r["id"] for r in rows} == set(events)
    for row in rows:
        for name, value in row.items():
            assert not value.startswith(FORMULA_START), (name, value)
        sentence = events[row["id"]]["sentence"]
        # kept whole: only a leading apostrophe added where the cell would start a formula
        assert row["sentence"] == ("'" + sentence if sentence.startswith(FORMULA_START) else sentence)
        assert row["doc_outlet"] == "'=cmd|' /C calc'!A0"
    assert {r["sentence"][:2] for r in rows} >= {"'=", "'+", "'-", "'@"}


@pytest.mark.browser
def test_cli_hostile_event_text_fires_no_dialog_in_chromium(chromium_page, tmp_path):
    page = chromium_page
    out = _build(tmp_path / "inline", plotlyjs="inline")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((out / "payload-in-events.html").as_uri())
    page.wait_for_selector("#chart .main-svg")
    page.wait_for_selector("#events-table tbody tr")
    # every event's hover label drawn once (plotly renders hover text as HTML)
    shown = page.evaluate("""async () => {
        const chart = document.getElementById('chart'), seen = [];
        for (const [c, trace] of chart.data.entries()) {
            for (let p = 0; p < (trace.x || []).length; p++) {
                Plotly.Fx.hover('chart', [{curveNumber: c, pointNumber: p}]);
                seen.push(chart.querySelector('.hoverlayer').textContent);
                await new Promise(r => setTimeout(r, 80));  // (plotly draws one hover per 50 ms at most)
            }
        }
        return seen;
    }""")
    # the hover label shows the markup as text
    assert any("<img src=x onerror=alert('title')>" in text for text in shown), shown
    assert any("<script>alert(1)</script>" in text for text in shown), shown
    cells = page.eval_on_selector_all("#events-table td.evidence", "tds => tds.map(td => td.innerText)")
    assert set(cells) == set(SENTENCES)
    assert page.locator("img, svg image, iframe").count() == 0
    assert page.evaluate("() => document.querySelectorAll('[onerror], [onload], [onmouseover]').length") == 0
    assert dialogs == [], "article text ran as code"
    assert page.problems.errors == [] and page.problems.external == []
