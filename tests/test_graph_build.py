"""The graph: every node kind, typed edges, GraphML-safe attributes, round trips through files."""

from __future__ import annotations

import json
from datetime import date

import networkx as nx
import pytest

from timeline.errors import OutputError
from timeline.graph import EDGE_TYPES, NODE_KINDS, build_graph, read_node_link, write_graphml, write_node_link
from timeline.model import Actor, Constraint, Document, Event, Timeline, Timex
from timeline.reasoning import propagate

TEXT = "The White House announced on Tuesday that the summit in Budapest was off. Four days earlier Trump had revealed plans."
DCT = date(2025, 10, 21)


def _event(eid, type_, trigger, summary, **kw) -> Event:
    start = TEXT.index(trigger)
    return Event(id=eid, doc="seedlike", type=type_, trigger=trigger, start=start, end=start + len(trigger),
                 sentence=TEXT, sentence_start=0, sentence_end=len(TEXT), summary=summary, confidence=0.7, **kw)


def make_timeline() -> Timeline:
    usa = Actor("USA", "United States", "state", "USA")
    trump = Actor("trump", "Donald Trump", "person", "USA", "President")
    putin = Actor("putin", "Vladimir Putin", "person", "RUS", "President")
    tuesday = Timex(TEXT.index("Tuesday"), TEXT.index("Tuesday") + 7, "Tuesday", "DATE", "2025-10-21", "day",
                    DCT, DCT, "date_weekday", "weekday 'Tuesday' -> 2025-10-21", anchored_to="dct")
    announce = _event("ann", "ANNOUNCE", "announced", "US announces the summit is off", source_actor="United States",
                      actors=("United States",), date_start=DCT, date_end=DCT, precision="day", timex="2025-10-21",
                      date_text="Tuesday", date_start_offset=tuesday.start, date_end_offset=tuesday.end,
                      date_basis="expression")
    summit = _event("sum", "CONSULT", "summit", "Trump-Putin summit in Budapest", status="cancelled",
                    mode="third-party", actors=("Donald Trump", "Vladimir Putin"), source_actor="Donald Trump",
                    target_actor="Vladimir Putin", location="Budapest")
    revealed = _event("rev", "ANNOUNCE", "revealed", "Trump reveals plans for a summit", source_actor="Donald Trump",
                      actors=("Donald Trump", "Hungary"))
    cancel = _event("can", "REJECT", "off", "Summit called off", status="occurred", cancels="sum",
                    date_start=DCT, date_end=DCT, precision="day", date_basis="expression", timex="2025-10-21")
    constraints = (Constraint("rev", "ann", 4, 4, "offset", "Four days earlier", "seedlike"),
                   Constraint("ann", "can", 0, 0, "same_day", "announced ... was off", "seedlike"))
    events, warnings = propagate((announce, summit, revealed, cancel), constraints)
    doc = Document("seedlike", TEXT, DCT, "cli", path="seedlike.txt", title=None)
    return Timeline("Test", documents=(doc,), events=events, actors=(putin, trump, usa), constraints=constraints,
                    timexes=(("seedlike", (tuesday,)),), warnings=warnings)


@pytest.fixture(scope="module")
def graph():
    return build_graph(make_timeline())


def kinds(g):
    return {data["kind"] for _, data in g.nodes(data=True)}


def test_graph_has_every_node_kind(graph):
    assert kinds(graph) == set(NODE_KINDS)


@pytest.mark.parametrize(
    "u, v, key",
    [
        ("actor:trump", "event:sum", "source_of"),
        ("actor:putin", "event:sum", "target_of"),
        ("actor:USA", "event:ann", "source_of"),
        ("actor:hungary", "event:rev", "participant_in"),  # a name not in the actor list still gets a node
        ("event:sum", "place:budapest", "located_in"),
        ("event:ann", "time:2025-10-21", "dated"),
        ("event:rev", "time:2025-10-17", "dated"),  # derived day
        ("event:rev", "event:ann", "before"),
        ("event:ann", "event:rev", "after"),
        ("event:ann", "event:can", "same_day"),
        ("event:can", "event:sum", "cancels"),
        ("event:ann", "doc:seedlike", "reported_in"),
    ],
)
def test_graph_typed_edges(graph, u, v, key):
    assert graph.has_edge(u, v, key=key)
    assert graph.edges[u, v, key]["type"] == key
    assert key in EDGE_TYPES


def test_graph_event_and_time_attributes(graph):
    ann = graph.nodes["event:ann"]
    assert (ann["type"], ann["status"], ann["date_start"], ann["date_end"], ann["doc"]) == (
        "ANNOUNCE", "occurred", "2025-10-21", "2025-10-21", "seedlike")
    assert ann["actors"] == "United States"
    assert graph.nodes["event:rev"]["date_start"] == "2025-10-17"
    assert graph.nodes["event:rev"]["date_basis"] == "constraint"
    assert graph.nodes["time:2025-10-21"]["earliest"] == graph.nodes["time:2025-10-21"]["latest"] == "2025-10-21"
    trump = graph.nodes["actor:trump"]
    assert (trump["actor_kind"], trump["country"], trump["role"]) == ("person", "USA", "President")


def test_graph_attributes_are_graphml_safe(graph):
    allowed = (str, int, float, bool)
    for _, data in graph.nodes(data=True):
        assert all(isinstance(v, allowed) for v in data.values()), data
    for _, _, data in graph.edges(data=True):
        assert all(isinstance(v, allowed) for v in data.values()), data


def _signature(g):
    nodes = {n: dict(d) for n, d in g.nodes(data=True)}
    edges = sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True))
    return nodes, edges


def test_graph_round_trips_through_graphml(graph, tmp_path):
    path = write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert kinds(back) == set(NODE_KINDS)
    assert _signature(back) == _signature(graph)


def test_graph_round_trips_through_node_link_json(graph, tmp_path):
    path = write_node_link(graph, tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "links" in data and data["multigraph"] is True
    back = read_node_link(path)
    assert kinds(back) == set(NODE_KINDS)
    assert _signature(back) == _signature(graph)


def test_graph_dated_order_inside_a_component():
    day = lambda d: dict(date_start=date(2025, 3, d), date_end=date(2025, 3, d), precision="day", date_basis="expression")  # noqa: E731
    a = _event("a", "CONSULT", "summit", "a", **day(1))
    b = _event("b", "CONSULT", "announced", "b", **day(5))
    c = _event("c", "CONSULT", "revealed", "c", **day(3))
    cons = (Constraint("a", "b", 0, None, "before", "x", "seedlike"), Constraint("b", "c", None, None, "during", "y", "seedlike"))
    g = build_graph(Timeline("t", events=(a, b, c), constraints=cons))
    assert g.has_edge("event:a", "event:c", key="before")
    assert g.edges["event:a", "event:c", "before"]["origin"] == "dates"
    assert g.has_edge("event:c", "event:b", key="before")


def test_graph_unwritable_path_is_an_output_error(graph, tmp_path):
    with pytest.raises(OutputError):
        write_graphml(graph, tmp_path / "missing" / "g.graphml")
    with pytest.raises(OutputError):
        write_node_link(graph, tmp_path / "missing" / "g.json")
