"""A saved page without a publication date in its metadata: the date its body marks up
(``itemprop="datePublished"``, ``<time pubdate>``, a ``<time datetime>`` in the header or standing
apart from the text) is its DCT (source ``html-time``); metadata and front matter beat it, it beats
the URL; a ``<time>`` among a paragraph's words or marked as an update is never used."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.ingest import read_inputs

BODY = ("<p>The foreign ministers of Chile and Peru met in Lima on Friday and agreed to reopen the border "
        "crossing, officials said.</p>")
DEC1 = date(2023, 12, 1)


def _page(tmp_path, body: str, head: str = "", name: str = "page.html") -> tuple[date | None, str]:
    path = tmp_path / name
    path.write_text(f"<!DOCTYPE html><html><head><title>Border reopens</title>{head}</head><body>{body}</body></html>",
                    encoding="utf-8")
    documents, errors = read_inputs([str(path)])
    assert errors == []
    (doc,) = documents
    return doc.dct, doc.dct_source


@pytest.mark.parametrize(
    "body",
    [
        f'<article><h1>Border reopens</h1>{BODY}<time datetime="2023-12-01">1 December 2023</time></article>',
        f'<article><header><h1>Border reopens</h1><time datetime="2023-12-01T08:30:00+01:00">Dec 1</time></header>{BODY}</article>',
        f'<article><p class="byline">By a staff reporter, <time datetime="2023-12-01">1 Dec</time></p>{BODY}</article>',
        f'<article><span itemprop="datePublished" content="2023-12-01"></span>{BODY}</article>',
        f'<article>{BODY}<time pubdate>1 December 2023</time></article>',
        # the marked one wins over an earlier plain one; the header's over a later standalone one
        f'<article><div><time datetime="2023-11-20">x</time></div><time itemprop="datePublished" datetime="2023-12-01">y</time>{BODY}</article>',
        f'<article>{BODY}<div><time datetime="2023-11-20">x</time></div><header><time datetime="2023-12-01">y</time></header></article>',
    ],
    ids=["after-text", "in-header", "in-byline", "itemprop", "pubdate", "marked-first", "header-first"],
)
def test_ingest_html_time_element_dates_a_page_without_metadata(tmp_path, body):
    assert _page(tmp_path, body) == (DEC1, "html-time")


@pytest.mark.parametrize(
    "body",
    [
        # among a paragraph's words: the date of what the sentence tells, not of the page
        "<article><p>The foreign ministers of Chile and Peru met in Lima on <time datetime=\"2023-12-01\">Friday</time> "
        "and agreed to reopen the border crossing, officials said.</p></article>",
        f'<article>{BODY}<p>Updated <time datetime="2023-12-01">1 Dec</time></p></article>',
        f'<article>{BODY}<time class="updated" datetime="2023-12-01">1 Dec</time></article>',
        f'<article>{BODY}<time itemprop="dateModified" datetime="2023-12-01">1 Dec</time></article>',
        f'<article>{BODY}<time datetime="2023-12">December</time><time datetime="12:30">noon</time></article>',
        f'<article>{BODY}<time>2023-12-01</time></article>',  # no datetime, not marked as the publication
        # other articles' dates: a related-stories list, the site's footer, a link
        f'<article>{BODY}</article><aside><h2>Related</h2><div><time datetime="2023-12-01">1 Dec</time></div></aside>',
        f'<article>{BODY}<ul><li><a href="/x">Talks stall</a> <time itemprop="datePublished" datetime="2023-12-01">1 Dec</time></li></ul></article>',
        f'<article>{BODY}</article><footer><time datetime="2023-12-01">1 Dec</time></footer>',
        f'<article>{BODY}<a href="/y"><time datetime="2023-12-01">1 Dec</time> Talks stall</a></article>',
    ],
    ids=["in-sentence", "updated-text", "updated-class", "modified-itemprop", "not-a-day", "no-datetime",
         "related-aside", "link-list", "footer", "in-link"],
)
def test_ingest_html_time_element_that_does_not_date_the_page_is_not_used(tmp_path, body):
    assert _page(tmp_path, body) == (None, "none")


def test_ingest_html_metadata_beats_time_element_which_beats_the_url(tmp_path):
    body = f'<article>{BODY}<time datetime="2023-12-01">1 December 2023</time></article>'
    meta = '<meta property="article:published_time" content="2023-11-30T10:00:00Z">'
    assert _page(tmp_path, body, head=meta) == (date(2023, 11, 30), "html-metadata")
    url = '<link rel="canonical" href="https://news.example/2023/11/29/border">'
    assert _page(tmp_path, body, head=url) == (DEC1, "html-time")
    assert _page(tmp_path, BODY, head=url) == (date(2023, 11, 29), "url")


def test_cli_build_dates_a_saved_page_by_its_time_element(tmp_path):
    path = tmp_path / "a4.html"
    path.write_text("<html><head><title>Truce collapses</title></head><body><article><h1>Truce collapses</h1>"
                    "<p>Fighting resumed on Friday after the truce expired, Israel said.</p>"
                    '<time datetime="2023-12-01">1 December 2023</time></article></body></html>', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(path), "--out", str(tmp_path / "out"), "--plotlyjs", "cdn"])
    assert result.exit_code == 0, result.stderr
    assert f"{path}: published 2023-12-01 (from html-time)" in result.stderr
    page = (tmp_path / "out" / "a4.html").read_text("utf-8")
    assert "date marked up in the page (&lt;time&gt;)" in page
