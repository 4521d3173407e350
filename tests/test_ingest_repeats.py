"""Inputs given twice: a file reached twice (a folder and again by name, a symlink) is read once
with one note; the same document (id, date and text) twice is read once; documents that only share
their text are all kept, and one warning names them, in the summary, the JSON and the HTML."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from timeline.cli import app
from timeline.ingest import read_inputs, read_inputs_with_notes
from timeline.ingest.repeats import same_text_warnings
from timeline.model import Document

TRUCE = ("---\npublished: 2023-11-22\n---\n"
         "Israel and Hamas agreed on Wednesday to a four-day truce brokered by Qatar.\n")
VETO = "The United States vetoed a Security Council resolution on Friday."
CORPUS = (json.dumps({"id": "k1", "published": "2023-12-09", "text": VETO}) + "\n"
          + json.dumps({"id": "k2", "published": "2023-12-05", "text": "Qatar said on Tuesday that talks continue."}) + "\n"
          + '{"id": "k3", broken\n')


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(TRUCE, "utf-8")
    (folder / "b.jsonl").write_text(CORPUS, "utf-8")
    return folder


def test_ingest_file_in_a_folder_and_by_name_is_read_once(tmp_path):
    folder = _folder(tmp_path)
    once, once_errors = read_inputs([str(folder)])
    twice, errors, notes = read_inputs_with_notes([str(folder), str(folder / "b.jsonl")])
    assert [d.id for d in twice] == [d.id for d in once] == ["a", "k1", "k2"]
    assert errors == once_errors and len(errors) == 1  # the broken line, reported once
    assert notes == [f"1 file given more than once was read once: {folder / 'b.jsonl'}"]


def test_ingest_symlink_and_second_path_to_one_file_are_read_once_in_first_seen_order(tmp_path):
    folder = _folder(tmp_path)
    (tmp_path / "link.md").symlink_to(folder / "a.md")
    inputs = [str(folder / "b.jsonl"), str(tmp_path / "link.md"), str(folder / "sub" / ".." / "a.md"), str(folder)]
    (folder / "sub").mkdir()
    documents, errors, notes = read_inputs_with_notes(inputs)
    assert [d.id for d in documents] == ["k1", "k2", "link"]  # first place wins: the symlink's name
    assert len(errors) == 1
    (note,) = notes
    assert note.startswith("2 files given more than once were read once: ")
    assert f"{tmp_path / 'link.md'} (again as {folder / 'sub' / '..' / 'a.md'}) (again as {folder / 'a.md'})" in note


def test_ingest_same_document_twice_is_read_once_but_same_text_under_two_ids_is_kept(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir(), second.mkdir()
    (first / "a.md").write_text(TRUCE, "utf-8")
    (second / "a.md").write_text(TRUCE.replace("four-day truce", "four-day   truce"), "utf-8")  # whitespace aside
    (second / "a-copy.md").write_text(TRUCE, "utf-8")  # another id: another outlet's copy, kept
    (second / "b.md").write_text(TRUCE.replace("2023-11-22", "2023-11-23"), "utf-8")  # another date: kept
    documents, errors, notes = read_inputs_with_notes([str(first), str(second)])
    assert errors == []
    assert [(d.id, d.path) for d in documents] == [
        ("a", str(first / "a.md")), ("a-copy", str(second / "a-copy.md")), ("b", str(second / "b.md"))]
    assert notes == [f"1 document with the same id, date and text as another was read once: "
                     f"{second / 'a.md'} (same as {first / 'a.md'})"]


def test_ingest_same_id_other_text_is_kept_and_renamed(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "a.md").write_text(TRUCE, "utf-8")
    (tmp_path / "x" / "a.md").write_text(TRUCE.replace("Qatar", "Egypt"), "utf-8")
    documents, _errors, notes = read_inputs_with_notes([str(tmp_path)])
    assert [d.id for d in documents] == ["a", "a-2"] and notes == []


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, dct=None, path=f"{doc_id}.md")


def test_ingest_same_text_warnings_name_each_group_once():
    docs = [_doc("a", VETO), _doc("b", "Other text."), _doc("c", VETO.replace(" ", "\n  ")), _doc("d", "Other text.")]
    assert same_text_warnings(docs) == [
        "a.md and c.md have the same text: both kept, so each event they tell is listed twice "
        "(leave the copies out if they are one article)",
        "b.md and d.md have the same text: both kept, so each event they tell is listed twice "
        "(leave the copies out if they are one article)",
    ]
    many = same_text_warnings([_doc(f"c{n:03d}", VETO) for n in range(200)])
    assert many == ["200 documents (c000.md, c001.md, c002.md and 197 more) have the same text: all kept, "
                    "so each event they tell is listed 200 times (leave the copies out if they are one article)"]
    assert same_text_warnings([_doc("a", VETO), _doc("b", VETO + " More.")]) == []


def test_cli_build_folder_and_file_given_twice(tmp_path):
    folder = _folder(tmp_path)
    (folder / "a-copy.md").write_text(TRUCE, "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), str(folder / "b.jsonl"), "--out", str(out), "--plotlyjs", "cdn"])
    assert result.exit_code == 1, result.stderr  # the broken line is a failure
    lines = result.stderr.splitlines()
    assert sum("bad JSON" in line for line in lines) == 1
    assert [line for line in lines if line.startswith("Note: ")] == [
        f"Note: 1 file given more than once was read once: {folder / 'b.jsonl'}"]
    warning = f"{folder / 'a-copy.md'} and {folder / 'a.md'} have the same text"
    assert sum(line.startswith(f"Warning: {warning}") for line in lines) == 1
    assert any(line.startswith("4 documents, ") for line in lines), lines
    data = json.loads((out / "timeline.events.json").read_text("utf-8"))
    assert [d["id"] for d in data["documents"]] == ["a-copy", "a", "k1", "k2"]
    assert sum(w.startswith(warning) for w in data["warnings"]) == 1
    assert len(data["errors"]) == 1
    rows = list(csv.DictReader(io.StringIO((out / "timeline.events.csv").read_text("utf-8-sig"))))
    assert sum(r["doc"] == "k1" for r in rows) == sum(r["doc"] == "k1" for r in rows if "vetoed" in r["sentence"]) >= 1
    assert not any(r["doc"].endswith("-2") for r in rows)
    page = (out / "timeline.html").read_text("utf-8")
    assert "have the same text: both kept" in page
