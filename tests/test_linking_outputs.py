"""What a user sees of linked reports: one marker per event told by several articles (every report
on demand), a hover listing the reports (escaped), the new record fields in CSV and JSON, typed
``same_event`` edges in the graph files, the report count in the terminal table, ``--no-link``."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import networkx as nx
import pytest
from rich.console import Console
from typer.testing import CliRunner

from timeline.cli import app
from timeline.graph import build_graph, read_node_link, write_graphml, write_node_link
from timeline.linking import link_reports
from timeline.model import Document, Event, Timeline
from timeline.render import events_json, events_table, timeline_figure, with_sources, write_events_csv
from timeline.render.figure import HOVER_FIELDS
from timeline.render.page import render_html

HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"


def _event(eid: str, doc: str, day: str, sentence: str = "Japan and India met.") -> Event:
    d = date.fromisoformat(day)
    return Event(id=eid, doc=doc, type="CONSULT", trigger="met", start=0, end=3, sentence=sentence, sentence_start=0,
                 sentence_end=len(sentence), summary="Japan and India meet", actors=("Japan", "India"),
                 source_actor="Japan", target_actor="India", date_start=d, date_end=d, precision="day",
                 date_text="Tuesday", date_basis="expression")


def _timeline(sentence: str = "Japan and India met.", outlet: str = "Harbor Post", second_day: str = "2025-10-21") -> Timeline:
    docs = (Document(id="x", text="", dct=date(2025, 10, 22), title="Leaders meet", outlet=outlet),
            Document(id="y", text="", dct=date(2025, 10, 23), title="Talks in Tokyo", outlet="Meridian Wire"),
            Document(id="z", text="", dct=date(2025, 10, 23), title="Other", outlet="Other"))
    events = (_event("a", "x", "2025-10-21", sentence), _event("b", "y", second_day), _event("c", "z", "2025-12-01"))
    linked, warnings = link_reports(events, docs)
    return Timeline(title="T", documents=docs, events=linked, warnings=warnings)


def _visible_points(fig) -> list[str]:
    return [row[0] for t in fig.data if t.customdata is not None and t.visible is not False for row in t.customdata]


def test_linking_outputs_chart_draws_one_marker_per_group_and_every_report_on_demand():
    timeline = _timeline()
    records = with_sources([e.to_record() for e in timeline.events], timeline)
    grouped = _visible_points(timeline_figure(records))
    assert sorted(grouped) == ["a", "c"]  # one marker for the meeting (its first report), one for the other event
    each = _visible_points(timeline_figure(records, reports="each"))
    assert sorted(each) == ["a", "b", "c"]
    # the hidden view is in the figure for the page's switch
    fig = timeline_figure(records)
    hidden = [row[0] for t in fig.data if t.customdata is not None and t.visible is False for row in t.customdata]
    assert sorted(hidden) == ["a", "b"] and {t.meta["reports"] for t in fig.data if t.visible is False} == {"each"}


def test_linking_outputs_hover_lists_every_report_with_source_date_and_sentence():
    timeline = _timeline()
    fig = timeline_figure(with_sources([e.to_record() for e in timeline.events], timeline))
    column = HOVER_FIELDS.index("reports")
    hover = {row[0]: row[column] for t in fig.data if t.customdata is not None and t.visible is not False for row in t.customdata}
    assert "Told by 2 reports" in hover["a"]
    assert "Harbor Post, ‘Leaders meet’ (published 22 Oct 2025)" in hover["a"]
    assert "Meridian Wire, ‘Talks in Tokyo’ (published 23 Oct 2025)" in hover["a"]
    assert hover["a"].count("Japan and India met.") == 2
    assert hover["c"] == ""  # told once: nothing more to say
    assert all(f"customdata[{column}]" in t.hovertemplate for t in fig.data if t.customdata is not None)


def test_linking_outputs_hostile_report_text_is_escaped_in_the_hover_and_the_page():
    timeline = _timeline(sentence=f"Japan met India. {HOSTILE}", outlet=f"Wire {HOSTILE}")
    fig = timeline_figure(with_sources([e.to_record() for e in timeline.events], timeline))
    column = HOVER_FIELDS.index("reports")
    words = next(row[column] for t in fig.data if t.customdata is not None for row in t.customdata if row[column])
    assert "<img" not in words and "<script" not in words
    assert "&lt;img src=x onerror=alert(1)&gt;" in words and "&lt;script&gt;" in words
    page = render_html(timeline, plotlyjs="cdn")
    assert "<img src=x" not in page and "<script>alert" not in page
    assert page.count("<script") == 3  # plotly from its CDN, the data block, the page's script


def test_linking_outputs_csv_and_json_carry_group_count_and_other_reports():
    timeline = _timeline()
    buf = io.StringIO(newline="")
    write_events_csv(with_sources([e.to_record() for e in timeline.events], timeline), buf, bom=False)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert rows["a"]["report_group"] == rows["b"]["report_group"] != rows["c"]["report_group"]
    assert (rows["a"]["reports"], rows["b"]["reports"], rows["c"]["reports"]) == ("2", "2", "1")
    assert (rows["a"]["linked_events"], rows["b"]["linked_events"], rows["c"]["linked_events"]) == ("b", "a", "")
    data = events_json(timeline)
    by_id = {r["id"]: r for r in data["events"]}
    assert by_id["a"]["linked_events"] == ["b"] and by_id["a"]["reports"] == 2


def test_linking_outputs_disagreeing_reports_are_outlined_and_counted_in_the_page():
    timeline = _timeline(second_day="2025-10-22")
    assert timeline.warnings and all(e.flags for e in timeline.events[:2])
    fig = timeline_figure(with_sources([e.to_record() for e in timeline.events], timeline))
    assert any(t.meta and t.meta.get("conflict") and t.visible is not False for t in fig.data)
    assert any(t.name and "reports disagree" in t.name for t in fig.data)
    page = render_html(timeline, plotlyjs="cdn")
    assert "whose reports disagree" in page


def test_linking_outputs_graph_has_same_event_edges_in_node_link_and_graphml(tmp_path):
    graph = build_graph(_timeline())
    assert graph.has_edge("event:a", "event:b", key="same_event") and graph.has_edge("event:b", "event:a", key="same_event")
    assert not graph.has_edge("event:a", "event:c", key="same_event")
    back = read_node_link(write_node_link(graph, tmp_path / "g.json"))
    assert back.has_edge("event:a", "event:b", key="same_event")
    gml = nx.read_graphml(write_graphml(graph, tmp_path / "g.graphml"))
    kinds = {(u, v, d.get("type")) for u, v, d in gml.edges(data=True)}
    assert ("event:a", "event:b", "same_event") in kinds
    assert gml.nodes["event:a"]["reports"] == 2


def test_linking_outputs_terminal_table_shows_the_report_count():
    console = Console(width=140, record=True)
    console.print(events_table([e.to_record() for e in _timeline().events]))
    text = console.export_text()
    assert "Rep." in text
    counts = [line.split()[-1] for line in text.splitlines() if "Japan and India meet" in line]
    assert counts == ["2", "2", "1"]


@pytest.mark.parametrize("command", ["build", "events", "review"])
def test_linking_outputs_no_link_is_documented_in_help(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "--no-link" in result.output


def test_linking_outputs_build_writes_the_new_fields_and_no_link_leaves_them_alone(fixtures, tmp_path):
    folder = fixtures / "linking" / "reports"
    inputs = [str(folder / "harbor-post-tuesday.md"), str(folder / "meridian-yesterday.md")]
    runner = CliRunner()
    result = runner.invoke(app, ["build", *inputs, "-o", str(tmp_path / "on"), "--name", "t", "--plotlyjs", "cdn"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "on" / "t.events.csv").read_text("utf-8-sig"))))
    meetings = [r for r in rows if r["type"] == "CONSULT"]
    assert [r["reports"] for r in meetings] == ["2", "2"] and len({r["report_group"] for r in meetings}) == 1
    result = runner.invoke(app, ["build", *inputs, "-o", str(tmp_path / "off"), "--name", "t", "--plotlyjs", "cdn", "--no-link"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "off" / "t.events.json").read_text("utf-8"))
    assert all(r["reports"] == 1 and r["linked_events"] == [] for r in data["events"])
