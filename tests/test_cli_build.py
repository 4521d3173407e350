"""`timeline build` and `timeline events` end to end on the sample article (issue 2's done-when)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.model import EVENT_FIELDS

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "elpais-budapest-summit-canceled.md"
BOILERPLATE_START = "Sign up for our weekly newsletter"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["build", str(SEED), "--out", str(out), "--plotlyjs", "cdn"])
    assert result.exit_code == 0, result.stderr
    return {"out": out, "result": result, "json": json.loads((out / f"{SEED.stem}.events.json").read_text("utf-8"))}


def _events(built) -> list[dict]:
    return built["json"]["events"]


def test_cli_build_writes_every_output(built):
    out = built["out"]
    for suffix in (".html", ".events.csv", ".events.json", ".graph.json", ".graphml"):
        path = out / f"{SEED.stem}{suffix}"
        assert path.is_file() and path.stat().st_size > 0, path
        assert str(path) in built["result"].stdout


def test_cli_build_summary_names_the_dct_source(built):
    stderr = built["result"].stderr
    assert "published 2025-10-21 (from front-matter)" in stderr
    assert "1 document" in stderr


def test_cli_build_announcement_dated_on_publication_day(built):
    announcements = [
        e for e in _events(built)
        if e["type"] == "ANNOUNCE" and e["date_text"] == "Tuesday" and "United States" in e["actors"]
    ]
    assert announcements, [e["summary"] for e in _events(built)]
    assert announcements[0]["date_start"] == "2025-10-21" == announcements[0]["date_end"]
    assert announcements[0]["precision"] == "day"
    assert announcements[0]["status"] == "occurred"


def test_cli_build_sunday_remarks_dated_2025_10_19(built):
    remarks = [e for e in _events(built) if "Trump said Sunday" in e["sentence"] and e["date_text"] == "Sunday"]
    assert remarks, [(e["trigger"], e["date_text"]) for e in _events(built)]
    assert all(e["date_start"] == "2025-10-19" for e in remarks)


def test_cli_build_last_week_agreement_is_the_calendar_week(built):
    agreed = [e for e in _events(built) if e["date_text"] == "last week" and "agreed last week" in e["sentence"]]
    assert agreed
    assert agreed[0]["date_start"] == "2025-10-13" and agreed[0]["date_end"] == "2025-10-19"
    assert agreed[0]["precision"] == "week"
    assert agreed[0]["timex"] == "2025-W42"


def test_cli_build_nothing_from_boilerplate(built):
    text = SEED.read_text("utf-8")
    body = text[: text.index(BOILERPLATE_START)]
    for event in _events(built):
        assert event["sentence"] in body, event["sentence"]


def test_cli_build_csv_matches_json(built):
    raw = (built["out"] / f"{SEED.stem}.events.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0].keys())[: len(EVENT_FIELDS)] == EVENT_FIELDS
    assert [r["id"] for r in rows] == [e["id"] for e in _events(built)]


def test_cli_build_graph_files_load(built):
    out = built["out"]
    data = json.loads((out / f"{SEED.stem}.graph.json").read_text("utf-8"))
    graph = nx.node_link_graph(data, edges="links")
    kinds = {attrs.get("kind") for _, attrs in graph.nodes(data=True)}
    assert {"actor", "event"} <= kinds
    graphml = nx.read_graphml(out / f"{SEED.stem}.graphml")
    assert graphml.number_of_nodes() == graph.number_of_nodes()


def test_cli_build_ids_stable_across_runs(built, tmp_path):
    result = CliRunner().invoke(app, ["events", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    again = json.loads(result.stdout)
    assert [e["id"] for e in again] == [e["id"] for e in _events(built)]
    assert len({e["id"] for e in again}) == len(again)


def test_cli_events_dct_flag_overrides_front_matter(tmp_path):
    result = CliRunner().invoke(app, ["events", str(SEED), "--format", "jsonl", "--dct", "2025-10-22"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    remarks = [e for e in records if e["date_text"] == "Sunday" and "Trump said Sunday" in e["sentence"]]
    # Wednesday 2025-10-22: the past Sunday is still 2025-10-19
    assert remarks and remarks[0]["date_start"] == "2025-10-19"
    announced = [e for e in records if e["type"] == "ANNOUNCE" and e["date_text"] == "Tuesday"]
    assert announced and announced[0]["date_start"] == "2025-10-21"


def test_cli_events_table_and_csv(tmp_path):
    table = CliRunner().invoke(app, ["events", str(SEED)])
    assert table.exit_code == 0, table.stderr
    assert "2025-10-21" in table.stdout
    as_csv = CliRunner().invoke(app, ["events", str(SEED), "--format", "csv"])
    assert as_csv.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout.lstrip("\ufeff"))))
    assert rows and all(r["doc"] == SEED.stem for r in rows)
    dated = [date.fromisoformat(r["date_start"]) for r in rows if r["date_start"]]
    assert dated == sorted(dated), "events come out in date order"


def test_cli_events_from_stdin(tmp_path):
    text = SEED.read_text("utf-8")
    result = CliRunner().invoke(app, ["events", "-", "--format", "json"], input=text)
    assert result.exit_code == 0, result.stderr
    assert any(e["date_start"] == "2025-10-21" for e in json.loads(result.stdout))
