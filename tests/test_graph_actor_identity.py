"""Actor nodes of the graph are keyed by the actor's identity (what ``timeline.actors`` resolved),
not its display name: two actors of one name in two documents are two nodes, each labelled with
the name; a name an event has no id for (an analyst's edit) is still found by name."""

from __future__ import annotations

from datetime import date

from timeline.graph import build_graph, read_node_link, write_node_link
from timeline.ingest import read_inputs
from timeline.model import Actor, Document, Event, Timeline
from timeline.pipeline import build_timeline
from timeline.store.codec import dump_event, load_event


def _event(eid: str, doc: str, source: str, source_id: str | None, target: str, target_id: str | None) -> Event:
    ids = tuple((n, i) for n, i in ((source, source_id), (target, target_id)) if i)
    return Event(id=eid, doc=doc, type="REJECT", trigger="rejected", start=0, end=8, sentence="x", sentence_start=0,
                 sentence_end=1, summary=f"{source} rejects {target}", actors=(source, target), source_actor=source,
                 target_actor=target, actor_ids=ids)


def _sources(g, event_id: str) -> list[str]:
    return sorted(u for u, v, k in g.in_edges(f"event:{event_id}", keys=True) if k == "source_of")


def test_two_actors_of_one_name_are_two_nodes():
    court_a = Actor("supreme-court-doca", "Supreme Court", "organization", source="document")
    court_b = Actor("supreme-court-docb", "Supreme Court", "organization", source="document")
    ecuador = Actor("ECU", "Ecuador", "state", "ECU")
    timeline = Timeline(
        title="t", documents=(Document("a", "x", date(2025, 10, 23)), Document("b", "x", date(2025, 10, 23))),
        events=(_event("e1", "a", "Supreme Court", "supreme-court-doca", "Ecuador", "ECU"),
                _event("e2", "b", "Supreme Court", "supreme-court-docb", "Ecuador", "ECU")),
        actors=(ecuador, court_a, court_b))
    g = build_graph(timeline)
    assert _sources(g, "e1") == ["actor:supreme-court-doca"] and _sources(g, "e2") == ["actor:supreme-court-docb"]
    assert g.nodes["actor:supreme-court-doca"]["label"] == g.nodes["actor:supreme-court-docb"]["label"] == "Supreme Court"
    # one actor told in both documents stays one node
    assert {u for u, _, k in g.in_edges(["event:e1", "event:e2"], keys=True) if k == "target_of"} == {"actor:ECU"}


def test_a_name_without_an_id_is_found_by_name():
    court = Actor("supreme-court-doca", "Supreme Court", "organization", source="document")
    timeline = Timeline(title="t", documents=(Document("a", "x", date(2025, 10, 23)),),
                        events=(_event("e1", "a", "Supreme Court", None, "Ruritania", None),), actors=(court,))
    g = build_graph(timeline)
    assert _sources(g, "e1") == ["actor:supreme-court-doca"]
    assert g.nodes["actor:ruritania"]["label"] == "Ruritania"  # an actor no document resolved


def test_extracted_stateless_courts_of_two_articles_stay_apart(tmp_path):
    for name, who in (("a", "Chevron against Ecuador"), ("b", "Gazprom against Norway")):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: {name}\npublished: 2025-10-23\n---\n\nThe Supreme Court on Tuesday rejected an appeal by {who}.\n",
            encoding="utf-8")
    documents, errors = read_inputs([str(tmp_path)])
    assert not errors
    timeline = build_timeline(documents)
    courts = [e for e in timeline.events if e.source_actor == "Supreme Court"]
    assert len(courts) == 2 and len({e.actor_id("Supreme Court") for e in courts}) == 2
    g = build_graph(timeline)
    assert len({tuple(_sources(g, e.id)) for e in courts}) == 2
    # the ids survive the store and the graph file
    assert all(load_event(dump_event(e)) == e for e in courts)
    path = tmp_path / "g.json"
    write_node_link(g, path)
    assert sorted(n for n in read_node_link(path) if n.startswith("actor:supreme-court")) == sorted(
        f"actor:{e.actor_id('Supreme Court')}" for e in courts)
