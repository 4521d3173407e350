"""`timeline tag`: one article, TimeML output, and the JSONL batch mode."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from timeline.cli import app
from timeline.temporal.timeml import parse_timeml

ARTICLE = "The White House announced Tuesday that there are no plans for a summit in the coming weeks.\n"


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


def test_temporal_cli_tag_json(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    result = _run("tag", str(path), "--dct", "2025-10-21")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["dct"] == "2025-10-21"
    values = [(t["text"], t["value"]) for t in record["timexes"]]
    assert values == [("Tuesday", "2025-10-21"), ("the coming weeks", "FUTURE_REF")]
    first = record["timexes"][0]
    assert ARTICLE[first["start"]:first["end"]] == "Tuesday"
    assert {"start", "end", "text", "type", "value", "precision", "earliest", "latest", "derivation", "anchor"} <= set(first)


def test_temporal_cli_tag_timeml_reads_back(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    result = _run("tag", str(path), "--dct", "2025-10-21", "--format", "timeml")
    assert result.exit_code == 0, result.stderr
    doc = parse_timeml(result.stdout)
    assert str(doc.dct) == "2025-10-21"
    assert [(g.text, g.value) for g in doc.timexes] == [("Tuesday", "2025-10-21"), ("the coming weeks", "FUTURE_REF")]
    assert doc.text.strip() == ARTICLE.strip()


def test_temporal_cli_tag_without_dct_says_how_to_fix(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    result = _run("tag", str(path))
    assert result.exit_code == 1
    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert "'Tuesday'" in line and "--dct" in line
    assert "Traceback" not in result.stderr


def test_temporal_cli_tag_jsonl_reports_bad_lines_and_keeps_going():
    lines = [
        {"doc": "a", "dct": "2025-10-21", "text": "They met on Thursday."},
        "not json",
        {"doc": "c", "dct": "2025-13-45", "text": "x"},
        {"doc": "d", "text": "In 2022 the war began; in September it spread."},
        {"doc": "e", "dct": "2025-10-21"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = _run("tag", "--jsonl", "-", stdin=stdin)
    assert result.exit_code == 1
    out = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert [o["doc"] for o in out] == ["a", "d"]
    assert [(t["text"], t["value"]) for t in out[0]["timexes"]] == [("Thursday", "2025-10-16")]
    assert [(t["text"], t["value"]) for t in out[1]["timexes"]] == [("2022", "2022"), ("September", "2022-09")]
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert [e.split(":")[2] for e in errors] == ["2", "3", "5"]
    assert "not valid JSON" in errors[0] and "'text'" in errors[2]


def test_temporal_cli_tag_needs_an_input():
    result = _run("tag")
    assert result.exit_code == 2
    assert "Error:" in result.stderr and "--jsonl" in result.stderr


def test_temporal_cli_tag_jsonl_bad_encoding_names_the_line(tmp_path: Path):
    path = tmp_path / "in.jsonl"
    good = json.dumps({"doc": "a", "dct": "2025-10-21", "text": "They met on Thursday."}).encode()
    path.write_bytes(good + b"\n" + b'{"doc": "b", "text": "caf\xe9"}\n' + good + b"\n")
    result = _run("tag", "--jsonl", str(path))
    assert result.exit_code == 1
    assert [json.loads(ln)["doc"] for ln in result.stdout.splitlines()] == ["a", "a"]
    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert line == f"Error: {path}:2: not UTF-8 text (save the file as UTF-8)"


def test_temporal_cli_tag_jsonl_path_is_read_as_the_batch_format(tmp_path: Path):
    path = tmp_path / "corpus.JSONL"
    lines = [{"doc": "kyiv-1", "dct": "2024-06-20", "text": "The envoy told reporters on Monday that the deal would hold."},
             {"doc": "kyiv-2", "dct": "2024-06-21", "text": "Nothing was dated."}]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    result = _run("tag", str(path))
    assert result.exit_code == 0, result.stderr
    out = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert [o["doc"] for o in out] == ["kyiv-1", "kyiv-2"]
    assert [(t["text"], t["value"]) for t in out[0]["timexes"]] == [("Monday", "2024-06-17")]
    assert out[1]["timexes"] == []


def test_temporal_cli_tag_jsonl_path_refuses_a_dct(tmp_path: Path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"doc": "a", "dct": "2024-06-20", "text": "On Monday."}) + "\n", "utf-8")
    result = _run("tag", str(path), "--dct", "2024-06-20")
    assert result.exit_code == 2
    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert "DCT from each line" in line and "drop --dct" in line
