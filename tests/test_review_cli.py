"""``timeline export`` honours decisions; ``timeline review`` fails cleanly without a session."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.store import ReviewStore
from timeline.store.codec import load_timeline

MET, SUMMONED, RESUME = "ev-e78324171b68", "ev-81e2e4ad261a", "ev-624b7c1b28b5"


@pytest.fixture
def db(tmp_path, fixtures):
    path = tmp_path / "session.db"
    store = ReviewStore(path)
    store.ingest(load_timeline(json.loads((fixtures / "review" / "ministers.json").read_text("utf-8"))))
    store.decide(MET, version=0, reviewer="ana", action="edit", status="accepted",
                 edits={"date_start": "2025-03-11", "date_end": "2025-03-11", "precision": "day"})
    store.decide(SUMMONED, version=0, reviewer="ana", action="reject", status="rejected")
    return path


def _rows(text: str) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}


def test_review_cli_export_csv_leaves_rejected_out_and_applies_edits(db):
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = _rows(result.stdout)
    assert set(rows) == {MET, RESUME}
    assert rows[MET]["date_start"] == "2025-03-11" and rows[MET]["review"] == "edited"
    assert rows[RESUME]["review"] == "unreviewed"


def test_review_cli_export_include_rejected_keeps_them_marked(db, tmp_path):
    out = tmp_path / "out" / "reviewed.csv"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "csv", "--out", str(out), "--include-rejected"])
    assert result.exit_code == 0, result.stderr
    rows = _rows(out.read_text("utf-8"))
    assert rows[SUMMONED]["review"] == "rejected"
    # the event anchored "a day before" the edited meeting moved with it
    assert rows[SUMMONED]["date_start"] == "2025-03-10"


def test_review_cli_export_json_says_review_for_every_event(db):
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    events = {e["id"]: e for e in json.loads(result.stdout)["events"]}
    assert {e: events[e]["review"] for e in events} == {MET: "edited", RESUME: "unreviewed"}


def test_review_cli_export_html_is_a_page_without_rejected_events(db, tmp_path):
    out = tmp_path / "reviewed.html"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "html", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    page = out.read_text("utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "summons the Italian ambassador" not in page
    assert '"review":"edited"' in page  # the table and the hover show the review label


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["export", "--db", "{tmp}/absent.db"], "no review session"),
        (["review", "--db", "{tmp}/absent.db", "--no-browser"], "no review session"),
        (["review", "--no-browser"], "give articles to review"),
    ],
)
def test_review_cli_missing_session_is_one_error_line(tmp_path, monkeypatch, args, needle):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and needle in errors[0], result.stderr
    assert "Traceback" not in result.stderr


def test_review_cli_reopens_a_session_and_prints_its_url(db):
    import subprocess
    import sys
    import urllib.request

    code = "import sys; from timeline.cli import main; sys.argv = ['timeline'] + sys.argv[1:]; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "review", "--db", str(db), "--port", "0", "--no-browser", "--reviewer", "ana"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        with urllib.request.urlopen(url + "api/session", timeout=10) as resp:
            session = json.loads(resp.read())
        assert session["progress"] == {"reviewed": 2, "total": 3}
        assert session["reviewer"] == "ana"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("fmt", ["graph", "graphml"])
def test_review_cli_export_graph_honours_decisions(db, tmp_path, fmt):
    """The graph is an export like the others: edits applied, rejected events left out, and each
    event node says how it was reviewed."""
    import networkx as nx

    out = tmp_path / f"reviewed.{fmt}"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    if fmt == "graphml":
        graph = nx.read_graphml(out)
    else:
        graph = nx.node_link_graph(json.loads(out.read_text("utf-8")), edges="links")
    events = {n: d for n, d in graph.nodes(data=True) if d.get("kind") == "event"}
    assert {n: d["review"] for n, d in events.items()} == {f"event:{MET}": "edited", f"event:{RESUME}": "unreviewed"}
    assert str(events[f"event:{MET}"]["date_start"]) == "2025-03-11"


def test_review_cli_export_csv_names_the_article_of_every_event(db):
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    row = _rows(result.stdout)[MET]
    assert (row["doc_title"], row["doc_outlet"], row["doc_published"]) == ("Ministers meet in Paris", "Example Wire", "2025-03-12")
    assert list(row)[-8:] == ["doc_title", "doc_outlet", "doc_published", "doc_dct_source", "doc_url", "review", "reviewer",
                              "review_notes"]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_review_cli_export_says_who_decided_and_keeps_the_notes(db, fmt):
    """An analyst's note ("checked against the ministry's readout") is part of the review: it
    reaches the export, with who decided, instead of staying in the session file."""
    store = ReviewStore(db)
    store.add_note(MET, "Checked against the ministry's readout; Monday confirmed", reviewer="ben")
    store.add_note(MET, "Second source: =HYPERLINK(x)", reviewer="ana")
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    if fmt == "csv":
        rows = _rows(result.stdout)
        notes = rows[MET]["review_notes"].split("\n")
        assert (rows[MET]["reviewer"], rows[RESUME]["reviewer"], rows[RESUME]["review_notes"]) == ("ana", "", "")
    else:
        events = {e["id"]: e for e in json.loads(result.stdout)["events"]}
        notes = events[MET]["review_notes"]
        assert (events[MET]["reviewer"], events[RESUME]["reviewer"], events[RESUME]["review_notes"]) == ("ana", None, [])
    assert notes == ["ben: Checked against the ministry's readout; Monday confirmed", "ana: Second source: =HYPERLINK(x)"]


def test_review_cli_stops_cleanly_when_terminated(db):
    """``kill`` stops the server as Ctrl-C does: exit 0 and a line saying where the decisions are."""
    import signal
    import subprocess
    import sys

    code = "import sys; from timeline.cli import main; sys.argv = ['timeline'] + sys.argv[1:]; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "review", "--db", str(db), "--port", "0", "--no-browser", "--reviewer", "ana"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout.readline().startswith("http://127.0.0.1:")
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert f"Stopped. Decisions are saved in {db}" in err


def test_review_cli_export_csv_has_a_byte_order_mark_in_a_file_not_in_a_pipe(db, tmp_path):
    """Excel needs the mark to read UTF-8; a pipe into another program must not get it glued to
    the first column's name (as with ``timeline events --format csv``)."""
    piped = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "csv"])
    assert piped.exit_code == 0 and piped.stdout.startswith("id,doc,")
    out = tmp_path / "reviewed.csv"
    saved = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert saved.exit_code == 0 and out.read_text("utf-8").startswith("\ufeffid,doc,")
