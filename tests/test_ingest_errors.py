"""Every input that cannot be read gives one DocumentError: one line saying what is wrong and how to
fix it, naming the file (and line); the other inputs of the batch still come out."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import InputError, LanguageError, UsageError
from timeline.ingest import read_document, read_inputs

FIX_USE = "(use .txt, .md, .html or .jsonl)"


def _errors(*inputs: str, **kwargs) -> list[str]:
    documents, errors = read_inputs(list(inputs), **kwargs)
    assert documents == []
    return [e.message for e in errors]


def test_ingest_missing_file_exact_line(tmp_path):
    missing = str(tmp_path / "nope.txt")
    assert _errors(missing) == [f"{missing}: no such file (check the path)"]


def test_ingest_unknown_extension_exact_line(fixtures):
    pdf = str(fixtures / "ingest" / "report.pdf")
    assert _errors(pdf) == [f"{pdf}: unsupported file type .pdf {FIX_USE}"]


def test_ingest_no_extension_is_unsupported(tmp_path):
    bare = tmp_path / "article"
    bare.write_text("The ministers met on Monday.\n")
    assert _errors(str(bare)) == [f"{bare}: unsupported file type (no extension) {FIX_USE}"]


def test_ingest_latin1_is_not_utf8_exact_line(fixtures):
    latin = str(fixtures / "ingest" / "latin1.txt")
    assert _errors(latin) == [f"{latin}: not UTF-8 text (re-save it as UTF-8)"]


@pytest.mark.parametrize("encoding, text", [
    ("iso-8859-7", "Ο υπουργός Εξωτερικών συναντήθηκε με τον ομόλογό του τη Δευτέρα."),
    ("koi8-r", "Министр иностранных дел встретился с коллегой в понедельник."),
    ("shift_jis", "外務大臣は月曜日に会談した。"),
])
def test_ingest_legacy_encodings_are_not_utf8(tmp_path, encoding, text):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert _errors(str(path)) == [f"{path}: not UTF-8 text (re-save it as UTF-8)"]


def test_ingest_undecodable_utf16_without_bom_is_refused(tmp_path):
    # UTF-16 without a BOM: NUL bytes everywhere, so it is refused as binary, never read as garbage
    odd = tmp_path / "odd.txt"
    odd.write_bytes("The ministers met on Monday.".encode("utf-16-le"))
    (message,) = _errors(str(odd))
    assert message.startswith(f"{odd}: ") and ("binary" in message or "UTF-8" in message)


@pytest.mark.parametrize("name", ["empty.txt"])
def test_ingest_empty_file(fixtures, name):
    path = str(fixtures / "ingest" / name)
    assert _errors(path) == [f"{path}: empty file (add the article text, or leave the file out)"]


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", "\ufeff\n".encode("utf-8")])
def test_ingest_blank_files_are_empty(tmp_path, content):
    path = tmp_path / "blank.md"
    path.write_bytes(content)
    (message,) = _errors(str(path))
    assert message.startswith(f"{path}: empty")


@pytest.mark.parametrize(
    "content",
    [
        None,  # the binary fixture (a PNG header)
        bytes(range(256)) * 8,
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 50 + b"some text",
        bytes((i * 37) % 256 for i in range(4096)),
    ],
)
def test_ingest_binary_file(fixtures, tmp_path, content):
    if content is None:
        path = fixtures / "ingest" / "binary.txt"
    else:
        path = tmp_path / "blob.txt"
        path.write_bytes(content)
    assert _errors(str(path)) == [f"{path}: binary file, not text (give a .txt, .md, .html or .jsonl article)"]


def test_ingest_malformed_html_without_text(fixtures):
    path = str(fixtures / "ingest" / "malformed.html")
    assert _errors(path) == [
        f"{path}: no article text found in the HTML (save the full article page, or paste its text into a .txt file)"
    ]


@pytest.mark.parametrize("html", ["", "<html></html>", "<<<>>>", "<html><body><script>var x = 1;</script></body></html>"])
def test_ingest_html_with_no_text_is_an_error_not_a_crash(tmp_path, html):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (message,) = _errors(str(path))
    assert message.startswith(f"{path}: ") and ("empty" in message or "no article text" in message)


def test_ingest_folder_without_supported_files(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "notes.csv").write_text("a,b\n")
    assert _errors(str(folder)) == [
        f"{folder}: no .txt, .md, .html or .jsonl files in this folder (point to a folder of articles, or to a file)"
    ]


def test_ingest_bad_yaml_front_matter_names_file_and_line(fixtures):
    path = str(fixtures / "ingest" / "bad-front-matter.md")
    (message,) = _errors(path)
    # line 3 of the file holds the unclosed quote
    assert message.startswith(f"{path}:3: bad front matter: ")
    assert message.endswith("(fix the YAML between the --- lines, e.g. 'published: 2025-10-21')")


def test_ingest_bad_front_matter_date(fixtures):
    path = str(fixtures / "ingest" / "bad-date-front-matter.txt")
    assert _errors(path) == [
        f"{path}: front matter 'published': cannot read the date 'last Tuesday' (write it as YYYY-MM-DD)"
    ]


@pytest.mark.parametrize("value", ["2024-13-45", "2023-02-30"])
def test_ingest_front_matter_date_shaped_but_impossible(tmp_path, value):
    # YAML reads these as timestamps and fails on the calendar: still a one-line date error, not a crash
    path = tmp_path / "impossible.md"
    path.write_text(f"---\npublished: {value}\n---\nThey met on Monday.\n", "utf-8")
    assert _errors(str(path)) == [
        f"{path}: front matter 'published': cannot read the date '{value}' (write it as YYYY-MM-DD)"
    ]


def test_ingest_front_matter_without_text(tmp_path):
    path = tmp_path / "only-meta.md"
    path.write_text("---\npublished: 2025-03-12\ntitle: Nothing below\n---\n\n")
    assert _errors(str(path)) == [f"{path}: no article text after the front matter (add the text below the closing ---)"]


def test_ingest_jsonl_bad_lines_reported_good_lines_kept(fixtures):
    path = str(fixtures / "ingest" / "corpus.jsonl")
    documents, errors = read_inputs([path])
    assert [d.id for d in documents] == ["talks-1", "corpus-2", "corpus-8"]
    assert [e.source for e in errors] == [f"{path}:3", f"{path}:5", f"{path}:6", f"{path}:7"]
    fix = '(write one JSON object a line: {"id": ..., "text": ..., "published": "YYYY-MM-DD"})'
    assert errors[0].message == f"{path}:3: bad JSON at column 58: expecting property name enclosed in double quotes {fix}"
    assert errors[1].message == f"{path}:5: no 'text' or 'html' field with the article {fix}"
    assert errors[2].message == f"{path}:6: 'published': cannot read the date 'next Friday' (write it as YYYY-MM-DD)"
    assert errors[3].message == f"{path}:7: expected a JSON object, found list {fix}"


def test_ingest_jsonl_with_only_blank_lines_is_empty(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n\n  \n")
    (message,) = _errors(str(path))
    assert message.startswith(f"{path}: empty")


def test_ingest_jsonl_non_english_line(tmp_path, fixtures):
    spanish = (fixtures / "ingest" / "spanish.txt").read_text(encoding="utf-8")
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "es", "text": spanish, "published": "2025-03-12"}) + "\n", encoding="utf-8")
    assert _errors(str(path)) == [f"{path}:1: looks like Spanish, not English (the engine reads English only)"]


def test_ingest_batch_reports_bad_and_keeps_good(fixtures, tmp_path):
    folder = fixtures / "ingest" / "folder"
    missing = str(tmp_path / "missing.txt")
    documents, errors = read_inputs([str(folder), missing, str(fixtures / "ingest" / "empty.txt")])
    assert [d.id for d in documents] == ["a", "b"]
    assert [e.source for e in errors] == [missing, str(fixtures / "ingest" / "empty.txt")]
    for error in errors:
        assert error.message.startswith(error.source + ": ")
        assert error.message.endswith(")") and "\n" not in error.message


def test_ingest_no_inputs_is_a_usage_error():
    with pytest.raises(UsageError) as info:
        read_inputs([])
    assert str(info.value) == "no input given (pass an article file, a folder, or - to read standard input)"


@pytest.mark.parametrize("stdin", [io.StringIO(""), io.StringIO("  \n\n"), None])
def test_ingest_empty_stdin(stdin):
    (message,) = _errors("-", stdin=stdin)
    assert message.startswith("stdin: ")


def test_ingest_read_document_raises_the_error_read_inputs_reports(fixtures, tmp_path):
    with pytest.raises(InputError) as info:
        read_document(tmp_path / "gone.md")
    assert info.value.line() == f"{tmp_path / 'gone.md'}: no such file (check the path)"
    with pytest.raises(LanguageError):
        read_document(fixtures / "ingest" / "spanish.txt")


def test_ingest_unreadable_file_says_permissions(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("The ministers met on Monday.\n")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert _errors(str(path)) == [f"{path}: cannot read the file: permission denied (check its permissions)"]


def test_ingest_stdin_binary_and_undecodable():
    assert _errors("-", stdin=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00\x00")) == [
        "stdin: binary file, not text (give a .txt, .md, .html or .jsonl article)"
    ]
    assert _errors("-", stdin=io.BytesIO("Le ministre a déclaré à Genève.".encode("latin-1"))) == [
        "stdin: not UTF-8 text (re-save it as UTF-8)"
    ]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_ingest_stdin_from_a_terminal_is_not_waited_for():
    assert _errors("-", stdin=_Terminal("")) == [
        "stdin: no article piped in (pipe one in, e.g. timeline build - < article.txt, or give a file)"
    ]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=600),
    st.text(max_size=600).map(lambda t: t.encode("utf-8")),
    st.lists(st.sampled_from(["<p>", "</p>", "<html>", "<div>", "---\n", "published: x\n", "\x00", "é", "The talks resumed. ", "\n"]), max_size=60).map(lambda p: "".join(p).encode("utf-8")),
))
def test_ingest_any_input_gives_a_document_or_one_error_line(data):
    documents, errors = read_inputs(["-"], stdin=io.BytesIO(data))
    assert len(documents) + len(errors) == 1
    for error in errors:
        assert error.source == "stdin"
        assert error.message.startswith("stdin") and "\n" not in error.message
    for doc in documents:
        assert doc.text.strip() and doc.id == "stdin"
