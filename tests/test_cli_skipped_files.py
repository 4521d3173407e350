"""A folder's files that are not articles are named in a note, never passed over in silence."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from timeline.cli import app
from timeline.ingest import skipped_files

ARTICLE = "---\ndate: 2024-03-05\n---\nThe foreign ministers of Chile and Peru met in Lima on Monday.\n"


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    (tmp_path / "brief.pdf").write_bytes(b"%PDF-1.4\n")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    return tmp_path


def test_ingest_skipped_files_lists_unsupported_files_below_folders(tmp_path):
    folder = _folder(tmp_path)
    assert sorted(p.name for p in skipped_files([str(folder)])) == ["brief.pdf", "notes.docx"]
    assert skipped_files([str(folder / "a.md"), "-"]) == []


def test_cli_events_notes_skipped_files_and_still_succeeds(tmp_path):
    result = CliRunner().invoke(app, ["events", str(_folder(tmp_path)), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    note = [line for line in result.stderr.splitlines() if line.startswith("Note: skipped")]
    assert len(note) == 1 and "2 files" in note[0] and ".pdf" in note[0] and ".docx" in note[0]
    assert "Lima" in result.stdout
