"""Each supported input shape becomes Documents with the right text, id and metadata."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from timeline.ingest import SUPPORTED, read_inputs


def _read(inputs, **kwargs):
    documents, errors = read_inputs([str(i) for i in inputs], **kwargs)
    assert errors == [], errors
    return documents


def test_ingest_front_matter_fields_and_markdown(fixtures):
    (doc,) = _read([fixtures / "ingest" / "front-matter.md"])
    assert doc.id == "armenia-talks"  # the front matter's id
    assert doc.title == "Armenia and Azerbaijan agree to keep talking"
    assert doc.url == "https://news.example/europe/armenia-azerbaijan-talks"
    assert doc.outlet == "News Example"
    assert doc.dct == date(2025, 3, 12)
    assert doc.language == "en"
    # markup gone, words kept; the unknown key 'section' is ignored
    assert doc.text == (
        "Armenia and Azerbaijan agree to keep talking\n\n"
        "The foreign ministers of Armenia and Azerbaijan met in Washington on Monday and agreed to continue "
        "the talks next month.\n\n"
        "Both sides said the text of a peace treaty was almost ready."
    )


def test_ingest_plain_text_without_front_matter_is_kept_verbatim(tmp_path):
    text = "The ministers met in Geneva on Monday.\n\nThey agreed to meet again - perhaps in March.\n---\nA line after a rule.\n"
    path = tmp_path / "note.txt"
    path.write_text(text)
    (doc,) = _read([path])
    assert doc.id == "note"
    assert doc.text == text.rstrip("\n")


def test_ingest_line_endings_and_invisible_characters_normalized(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("The ministers met\u00a0on Monday.\r\nThey agreed\u200b to talk.\r\n".encode("utf-8"))
    (doc,) = _read([path])
    assert doc.text == "The ministers met on Monday.\nThey agreed to talk."


@pytest.mark.parametrize("name", ["utf16.txt", "utf8-bom.txt"])
def test_ingest_unicode_with_bom(fixtures, name):
    (doc,) = _read([fixtures / "ingest" / name])
    assert doc.text == "The foreign ministers met in Genève on Monday and agreed to resume talks next month."
    assert doc.removed == ()


def test_ingest_cp1252_recognized_and_said(fixtures):
    (doc,) = _read([fixtures / "ingest" / "cp1252.txt"])
    assert "\u201cWe agreed to resume talks next month,\u201d" in doc.text
    assert "\u2018constructive\u2019" in doc.text
    assert doc.removed == ("read as Windows-1252, not UTF-8 (re-save it as UTF-8 to be sure)",)


def test_ingest_html_main_text_only(fixtures):
    (doc,) = _read([fixtures / "ingest" / "meta-date.html"])
    assert doc.id == "meta-date"
    assert doc.title == "Armenia and Azerbaijan initial peace deal at the White House"
    assert doc.url == "https://worlddesk.example/diplomacy/armenia-azerbaijan-peace-deal"
    assert doc.removed[0] == "the page's navigation, menus, sidebars and footer (kept the main text only)"
    for sentence in (
        "The leaders of Armenia and Azerbaijan initialed a peace agreement at the White House on Friday",
        "signed a joint declaration alongside President Donald Trump",
        "A proposed transit corridor through southern Armenia would connect Azerbaijan with its exclave of Nakhchivan.",
        "The agreement still needs to be signed and ratified.",
        "expected to meet again in the coming weeks to finalize the text, officials said.",
    ):
        assert sentence in doc.text
    for boilerplate in (
        "Home", "Subscribe", "cookies", "Sign up", "newsletter", "Related", "Five things to know",
        "Why the corridor matters", "Markets rally", "All rights reserved", "Privacy policy",
    ):
        assert boilerplate not in doc.text, boilerplate


def test_ingest_folder_recursive_sorted_supported_only(fixtures):
    documents = _read([fixtures / "ingest" / "folder"])
    # notes.csv skipped silently, .draft.txt (hidden) skipped, sub/b.md found
    assert [(d.id, d.dct) for d in documents] == [("a", date(2025, 5, 8)), ("b", date(2025, 5, 9))]
    assert documents[1].path.endswith("sub/b.md")


def test_ingest_ids_unique_in_batch(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "talks.txt").write_text("The ministers met on Monday.\n")
    (tmp_path / "y" / "talks.md").write_text("The ministers met again on Tuesday.\n")
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "talks.txt").write_text("The ministers met on Wednesday.\n")
    # (x/talks.txt given a second time by name is the same file: read once, see test_ingest_repeats)
    documents = _read([tmp_path / "x", tmp_path / "y", tmp_path / "x" / "talks.txt", tmp_path / "z"])
    assert [d.id for d in documents] == ["talks", "talks-2", "talks-3"]
    assert [d.text for d in documents] == [
        "The ministers met on Monday.", "The ministers met again on Tuesday.", "The ministers met on Wednesday.",
    ]
    assert [d.path for d in documents] == [str(tmp_path / p) for p in ("x/talks.txt", "y/talks.md", "z/talks.txt")]


def test_ingest_ids_stable_across_runs(fixtures):
    inputs = [fixtures / "ingest" / "folder", fixtures / "ingest" / "meta-date.html"]
    first = [d.id for d in _read(inputs)]
    second = [d.id for d in _read(inputs)]
    assert first == second == ["a", "b", "meta-date"]


def test_ingest_jsonl_records(fixtures):
    documents, _ = read_inputs([str(fixtures / "ingest" / "corpus.jsonl")])
    talks, xi, again = documents
    assert (talks.id, talks.title, talks.url) == ("talks-1", "Talks", "https://news.example/talks")
    assert talks.text == "The foreign ministers of Armenia and Azerbaijan met in Washington on Monday."
    assert xi.id == "corpus-2"  # no id: <stem>-<line>
    assert xi.title == "Xi in Moscow"
    assert "Chinese President Xi Jinping arrived in Moscow on Wednesday" in xi.text
    assert xi.path.endswith("corpus.jsonl:2")
    assert again.id == "corpus-8"


@pytest.mark.parametrize(
    "stdin, text, dct",
    [
        ("The ministers met on Monday.\n", "The ministers met on Monday.", None),
        ("---\npublished: 2025-01-02\ntitle: T\n---\nThe ministers met on Monday.\n", "The ministers met on Monday.", date(2025, 1, 2)),
        (
            "<!DOCTYPE html><html><head><meta property='article:published_time' content='2025-01-02'></head><body><article>"
            "<p>The foreign ministers of the two countries met in Geneva on Monday and agreed to resume the talks "
            "that broke down last year, a spokesperson for the ministry said in a statement.</p></article></body></html>",
            "The foreign ministers of the two countries met in Geneva on Monday",
            date(2025, 1, 2),
        ),
    ],
)
def test_ingest_stdin(stdin, text, dct):
    (doc,) = _read(["-"], stdin=io.StringIO(stdin))
    assert (doc.id, doc.path, doc.dct) == ("stdin", "-", dct)
    assert doc.text.startswith(text)


def test_ingest_stdin_bytes_stream():
    (doc,) = _read(["-"], stdin=io.BytesIO("The ministers met in Genève on Monday.\n".encode("utf-8")))
    assert doc.text == "The ministers met in Genève on Monday."


def test_ingest_supported_suffixes():
    assert {".txt", ".md", ".html", ".htm", ".jsonl"} <= set(SUPPORTED)


def test_ingest_jsonl_html_record_uses_its_url_field(tmp_path):
    record = {
        "html": "<html><body><article><p>The foreign ministers of the two countries met in Geneva on Monday and "
        "agreed to resume the talks that broke down last year, a spokesperson said.</p></article></body></html>",
        "url": "https://news.example/2025/01/06/talks",
    }
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(record) + "\n")
    (doc,) = _read([path])
    assert (doc.url, doc.dct, doc.dct_source) == ("https://news.example/2025/01/06/talks", date(2025, 1, 6), "url")


def test_ingest_saved_page_under_a_text_name_is_read_as_html(tmp_path, fixtures):
    path = tmp_path / "saved.txt"
    path.write_text((fixtures / "ingest" / "meta-date.html").read_text(encoding="utf-8"), encoding="utf-8")
    (doc,) = _read([path])
    assert doc.dct == date(2025, 8, 8)
    assert "<p>" not in doc.text and "initialed a peace agreement" in doc.text


def test_ingest_jsonl_text_field_holding_html_is_read_as_html(tmp_path):
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><article><p>The foreign ministers of the two countries met in "
        "Geneva on Monday and agreed to resume the talks that broke down last year, a spokesperson said.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "g", "text": html, "published": "2025-01-06"}) + "\n")
    (doc,) = _read([path])
    assert doc.text.startswith("The foreign ministers of the two countries met in Geneva on Monday")
    assert "<" not in doc.text and "Home" not in doc.text


def test_ingest_html_in_its_declared_encoding(tmp_path, fixtures):
    html = (fixtures / "ingest" / "meta-date.html").read_text(encoding="utf-8")
    html = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    html = html.replace("the South Caucasus", "the South Caucasus, from Yerevan to Bakú")
    path = tmp_path / "latin.html"
    path.write_bytes(html.encode("latin-1"))
    (doc,) = _read([path])
    assert "from Yerevan to Bakú" in doc.text
    assert doc.removed[0] == "read as Windows-1252, the encoding the page declares"


def test_ingest_xhtml_with_xml_declaration(tmp_path, fixtures):
    html = (fixtures / "ingest" / "meta-date.html").read_text(encoding="utf-8")
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + html.replace("<!DOCTYPE html>\n", "")
    path = tmp_path / "page.xhtml"
    path.write_text(html, encoding="utf-8")
    (doc,) = _read([path])
    assert doc.dct == date(2025, 8, 8)
    assert "initialed a peace agreement" in doc.text


def test_ingest_front_matter_with_windows_line_endings(tmp_path):
    path = tmp_path / "win.md"
    path.write_bytes(b"---\r\npublished: 2025-03-12\r\ntitle: Talks\r\n---\r\nThe ministers met on Monday.\r\n")
    (doc,) = _read([path])
    assert (doc.dct, doc.title, doc.text) == (date(2025, 3, 12), "Talks", "The ministers met on Monday.")


def test_ingest_jsonl_doc_key_names_the_document_as_in_tag_records(tmp_path):
    from timeline.ingest import read_inputs

    path = tmp_path / "corpus.jsonl"
    path.write_text('{"doc": "geneva-1", "dct": "2024-03-05", "text": "The ministers met on Monday."}\n'
                    '{"id": "kept", "doc": "ignored", "dct": "2024-03-05", "text": "They met again."}\n', "utf-8")
    documents, errors = read_inputs([str(path)])
    assert errors == []
    assert [d.id for d in documents] == ["geneva-1", "kept"]


@pytest.mark.parametrize(("text", "title"), [
    ("Gulf states agree to reopen borders\n\nDOHA, Jan 5, 2021 - Saudi Arabia and Qatar signed a deal on Tuesday.\n",
     "Gulf states agree to reopen borders"),
    ("# Talks resume in Geneva\n\nThe envoys met on Monday.\n", "Talks resume in Geneva"),
    # a first line that is a sentence, one that runs on into the paragraph, or a one-word line is no headline
    ("The envoys met on Monday.\n\nThey agreed to meet again.\n", None),
    ("Talks resume in Geneva\nas envoys meet on Monday.\n", None),
    ("Geneva\n\nThe envoys met on Monday.\n", None),
    ("October 21, 2025\n\nThe envoys met on Monday.\n", None),
])
def test_ingest_plain_text_headline_becomes_the_title(tmp_path, text, title):
    path = tmp_path / "wire.md"
    path.write_text(text)
    (doc,) = _read([path], dct=date(2021, 1, 6))
    assert doc.title == title
    assert doc.text.startswith(text.lstrip("# ").split("\n")[0])  # the headline stays in the text


@pytest.mark.parametrize(("text", "outlet"), [
    ("KHARTOUM, Sudan (AP) — The army and the RSF agreed to a truce on Saturday.\n", "AP"),
    ("Ceasefire holds\n\nGENEVA, May 6, 2023 (Reuters) - Envoys met on Friday.\n", "Reuters"),
    ("---\npublished: 2023-05-06\noutlet: Example News\n---\nGENEVA (Reuters) - Envoys met on Friday.\n", "Example News"),
    # a dateline without a credit, or brackets in a sentence, name no outlet
    ("GENEVA, May 6, 2023 — Envoys met on Friday.\n", None),
    ("The envoys (two of them) - met on Friday.\n", None),
    ("EU (European Union): leaders met on Friday.\n", None),
])
def test_ingest_dateline_credit_becomes_the_outlet(tmp_path, text, outlet):
    path = tmp_path / "wire.md"
    path.write_text(text)
    (doc,) = _read([path], dct=date(2023, 5, 6))
    assert doc.outlet == outlet
