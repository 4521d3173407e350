"""The publication date (DCT): how it is read, where it comes from, and that it never comes from
the clock."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import DCTError
from timeline.ingest import date_from_url, parse_dct, read_inputs, resources

OCT21 = date(2025, 10, 21)


@pytest.mark.parametrize(
    "text",
    [
        "2025-10-21", " 2025-10-21 ", "2025-10-21T09:30:00", "2025-10-21T23:59:59+02:00", "2025-10-21T00:10:00Z",
        "2025-10-21 14:00", "20251021", "2025/10/21",
        "October 21, 2025", "Oct 21, 2025", "Oct. 21, 2025", "21 Oct 2025", "21 October 2025",
        "Tuesday, October 21, 2025", "Tuesday 21 October 2025", "October 21st, 2025", "the 21st of October, 2025",
    ],
)
def test_ingest_parse_dct_reads_unambiguous_forms(text):
    assert parse_dct(text) == OCT21


@pytest.mark.parametrize(
    "text",
    [
        "", "yesterday", "today", "now", "last Tuesday", "2 days ago", "October 2025", "21 October", "Tuesday",
        "10/21/2025", "21/10/2025", "03/04/2025", "21/10/2025x", "2025-13-45", "2025-02-30", "2025-10",
        "October 21, 2025 or 22", "next week 2025", "soon",
    ],
)
def test_ingest_parse_dct_refuses_anything_else(text):
    with pytest.raises(DCTError) as info:
        parse_dct(text)
    assert info.value.what == f"cannot read the date '{text}'"
    assert info.value.fix == "write it as YYYY-MM-DD"


def test_ingest_parse_dct_leap_day():
    assert parse_dct("2024-02-29") == date(2024, 2, 29)
    with pytest.raises(DCTError):
        parse_dct("2025-02-29")


@pytest.mark.parametrize("rule", resources.url_dates(), ids=lambda r: f"line{r.line}")
def test_ingest_url_date_rules_match_their_examples(rule):
    assert date_from_url(rule.example) == date.fromisoformat(rule.expected)


@pytest.mark.parametrize(
    "url",
    [
        None, "", "https://news.example/world/summit-canceled", "https://news.example/2025/10/summit",  # month only
        "https://news.example/2025/13/45/bad", "https://news.example/story/123456789",
        "https://news.example/world/summit?date=2025-10-21",  # a query string is not the article's path
        "https://2025-10-21.example.com/world/summit",  # nor is the host
    ],
)
def test_ingest_url_without_a_day_gives_no_date(url):
    assert date_from_url(url) is None


def _one(inputs, **kwargs):
    documents, errors = read_inputs(inputs, **kwargs)
    assert errors == []
    (doc,) = documents
    return doc


@pytest.mark.parametrize(
    "name, dct, source",
    [
        ("meta-date.html", date(2025, 8, 8), "html-metadata"),
        ("jsonld-date.html", date(2025, 8, 8), "html-metadata"),
        ("url-date.html", date(2025, 8, 8), "url"),
        ("front-matter.md", date(2025, 3, 12), "front-matter"),
        ("elpais-budapest-summit-canceled.txt", None, "none"),
    ],
)
def test_ingest_dct_source(fixtures, name, dct, source):
    doc = _one([str(fixtures / "ingest" / name)])
    assert (doc.dct, doc.dct_source) == (dct, source)


@pytest.mark.parametrize("name", ["meta-date.html", "url-date.html", "front-matter.md", "elpais-budapest-summit-canceled.txt"])
def test_ingest_cli_dct_wins(fixtures, name):
    doc = _one([str(fixtures / "ingest" / name)], dct=OCT21)
    assert (doc.dct, doc.dct_source) == (OCT21, "cli")


def test_ingest_front_matter_beats_url(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2025-10-22\nurl: https://news.example/2025/10/21/summit\n---\nThe ministers met on Monday.\n")
    doc = _one([str(path)])
    assert (doc.dct, doc.dct_source) == (date(2025, 10, 22), "front-matter")


def test_ingest_front_matter_url_gives_date_when_no_date_key(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\nurl: https://english.elpais.com/international/2025-10-21/summit.html\n---\nThe ministers met on Monday.\n")
    doc = _one([str(path)])
    assert (doc.dct, doc.dct_source, doc.url) == (OCT21, "url", "https://english.elpais.com/international/2025-10-21/summit.html")


@pytest.mark.parametrize("key", ["published", "dct", "date"])
@pytest.mark.parametrize("value", ["2025-10-21", "'2025-10-21'", "2025-10-21T08:00:00Z", "October 21, 2025"])
def test_ingest_front_matter_date_keys(tmp_path, key, value):
    path = tmp_path / "a.md"
    path.write_text(f"---\n{key}: {value}\n---\nThe ministers met on Monday.\n")
    doc = _one([str(path)])
    assert (doc.dct, doc.dct_source) == (OCT21, "front-matter")


def test_ingest_metadata_beats_url_in_html(tmp_path, fixtures):
    html = (fixtures / "ingest" / "meta-date.html").read_text(encoding="utf-8")
    html = html.replace("diplomacy/armenia-azerbaijan-peace-deal", "diplomacy/2025/08/07/armenia-azerbaijan-peace-deal")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = _one([str(path)])
    assert (doc.dct, doc.dct_source) == (date(2025, 8, 8), "html-metadata")


def test_ingest_html_date_only_in_body_is_not_used(tmp_path, fixtures):
    # a date in the byline or the text is not the page's metadata: no DCT rather than a guess
    html = (fixtures / "ingest" / "meta-date.html").read_text(encoding="utf-8")
    html = html.replace('  <meta property="article:published_time" content="2025-08-08T21:40:00+00:00">\n', "")
    html = html.replace('  <meta property="article:modified_time" content="2025-08-11T09:15:00+00:00">\n', "")
    html = html.replace("By a staff reporter", "By a staff reporter, published August 8, 2025 <time>2025-08-08</time>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = _one([str(path)])
    assert (doc.dct, doc.dct_source) == (None, "none")


def test_ingest_jsonl_dct_fields(fixtures):
    documents, _ = read_inputs([str(fixtures / "ingest" / "corpus.jsonl")])
    assert [(d.id, d.dct, d.dct_source) for d in documents] == [
        ("talks-1", date(2025, 3, 12), "jsonl"),
        ("corpus-2", date(2025, 5, 8), "url"),  # an html record whose canonical URL is dated
        ("corpus-8", date(2025, 3, 13), "jsonl"),
    ]


def test_ingest_undated_text_has_no_dct_never_today():
    doc = _one(["-"], stdin=io.StringIO("The two presidents spoke by phone on Tuesday and agreed to meet next week.\n"))
    assert (doc.dct, doc.dct_source) == (None, "none")

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 5))
def test_ingest_parse_dct_reads_back_any_date_in_any_supported_form(day, form):
    month = _MONTHS[day.month - 1]
    written = [
        day.isoformat(),
        f"{day.isoformat()}T12:00:00Z",
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{month[:3]} {day.day}, {day.year}",
        f"{day.year}{day.month:02d}{day.day:02d}",
    ][form]
    assert parse_dct(written) == day
