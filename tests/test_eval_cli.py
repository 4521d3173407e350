"""``timeline eval``: scores printed from gold TimeML files, with a stub tagger."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import timeline.temporal
from timeline.cli import app
from timeline.model import Timex

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"

#: what the stub "tagger" finds: (surface, type, value); a right tagger would differ on purpose
STUB = {
    date(2025, 3, 7): [
        ("Monday, March 3", "DATE", "2025-03-03"),  # strict, right
        ("two days", "DURATION", "P2D"),  # relaxed, wrong type and value
        ("April", "DATE", "2025-04"),  # relaxed, right type and value
        ("again", "DATE", "PRESENT_REF"),  # spurious; "three days" is missed
    ],
    date(2024, 11, 5): [
        ("Monday morning", "TIME", "2024-11-04TMO"),  # overlaps gold "Monday" (wrong type/value); "morning" missed
    ],
}


def _stub_tag_text(text, dct, *, narrative=False):
    out = []
    for surface, type_, value in STUB[dct]:
        start = text.index(surface)
        out.append(Timex(start, start + len(surface), surface, type_, value, "day", None, None, "stub", "stub"))
    return tuple(sorted(out, key=lambda t: t.start))


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setattr(timeline.temporal, "tag_text", _stub_tag_text, raising=False)
    return CliRunner()


def test_eval_json_prints_tempeval3_scores_computed_by_hand(runner):
    result = runner.invoke(app, ["eval", str(FIXTURES), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    # gold 6, system 5; strict 1, relaxed 4; type and value right on 2 of the 4 pairs
    assert (data["gold"], data["system"], data["strict_matches"], data["relaxed_matches"]) == (6, 5, 1, 4)
    assert data["strict_f1"] == pytest.approx(2 / 11, abs=1e-4)
    assert data["relaxed_precision"] == pytest.approx(0.8)
    assert data["relaxed_recall"] == pytest.approx(4 / 6, abs=1e-4)
    assert data["relaxed_f1"] == pytest.approx(8 / 11, abs=1e-4)
    assert data["value_accuracy"] == pytest.approx(0.5)
    assert data["value_f1"] == pytest.approx(4 / 11, abs=1e-4)
    assert data["type_f1"] == pytest.approx(4 / 11, abs=1e-4)
    per_doc = {d["doc"]: d["relaxed_f1"] for d in data["per_document"]}
    assert per_doc == pytest.approx({"ministers": 0.75, "talks": 2 / 3}, abs=1e-4)


def test_eval_json_errors_lists_misses_spurious_and_wrong_values(runner):
    result = runner.invoke(app, ["eval", str(FIXTURES), "--json", "--errors"])
    data = json.loads(result.stdout)
    assert sorted(m["text"] for m in data["misses"]) == ["morning", "three days"]
    assert [s["text"] for s in data["spurious"]] == ["again"]
    assert sorted((w["gold"]["value"], w["system"]["value"]) for w in data["wrong_values"]) == [
        ("2024-11-04", "2024-11-04TMO"), ("2025-03-05", "P2D"),
    ]


def test_eval_table_output_has_scores_and_documents(runner):
    result = runner.invoke(app, ["eval", str(FIXTURES), "--errors"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "relaxed extent" in out and "72.73" in out  # relaxed F1 8/11
    assert "ministers" in out and "talks" in out
    assert "MISS" in out and "three days" in out
    assert "SPURIOUS" in out and "again" in out
    assert "VALUE" in out and "P2D" in out


def test_eval_folder_without_tml_files_is_a_one_line_error(runner, tmp_path):
    (tmp_path / "notes.txt").write_text("nothing here", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path}: no .tml files in this folder (give a folder holding TimeML .tml files (searched recursively))"
    ]


def test_eval_malformed_file_names_the_file(runner, tmp_path):
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>Monday</TimeML>", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.tml" in result.stderr and "not well-formed" in result.stderr


def test_eval_accepts_a_single_file(runner):
    result = runner.invoke(app, ["eval", str(FIXTURES / "talks.tml"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["documents"], data["gold"], data["system"], data["relaxed_matches"]) == (1, 2, 1, 1)
