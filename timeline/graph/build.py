"""The timeline as a networkx graph of actors, events, places, times and documents.

Node ids are prefixed by kind (``actor:``, ``event:``, ``place:``, ``time:``, ``doc:``); every node has
``kind`` and ``label``. Edges are typed (the edge key and its ``type`` attribute):

* ``source_of``, ``target_of``, ``participant_in``: actor -> event; an actor node is keyed by the
  actor's identity (``actor:<id>``, as ``timeline.actors`` resolved it), its display name is its
  ``label``: two actors of one name (a stateless "Supreme Court" in two documents) are two nodes
* ``located_in``: event -> place; ``dated``: event -> time; ``reported_in``: event -> document
* ``before`` / ``after``: event -> event (or the document's publication date), from constraints
  (``origin`` "constraint") and from dated order within a constraint component (``origin`` "dates")
* ``same_day``: event -> event; ``cancels``: event -> the event it cancels or denies
* ``same_event``: event -> event, both ways: two reports (in different documents) of one real-world
  event, linked by ``timeline.linking`` (``group`` the report group's id); event nodes carry
  ``report_group`` and ``reports``

Every attribute is GraphML-safe: str, int, float or bool; lists joined with "; "; no None.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from timeline.errors import OutputError
from timeline.model import LIST_SEPARATOR, Actor, Constraint, Event, Timeline

__all__ = ["build_graph", "write_node_link", "write_graphml", "read_node_link", "NODE_KINDS", "EDGE_TYPES"]

NODE_KINDS = ("actor", "event", "place", "time", "document")
EDGE_TYPES = (
    "source_of", "target_of", "participant_in", "located_in", "dated", "before", "after", "same_day",
    "cancels", "reported_in", "same_event",
)


def _safe(value: Any) -> Any:
    """A GraphML-safe value (None is dropped by the caller)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return LIST_SEPARATOR.join(str(_safe(v)) for v in value)
    return str(value)


def _attrs(**attrs: Any) -> dict[str, Any]:
    return {k: _safe(v) for k, v in attrs.items() if v is not None}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"


def actor_node(actor_id: str) -> str:
    return f"actor:{actor_id}"


def event_node(event_id: str) -> str:
    return f"event:{event_id}"


def build_graph(timeline: Timeline) -> nx.MultiDiGraph:
    """Actors, events, places, times and documents of ``timeline`` with typed edges."""
    g = nx.MultiDiGraph(title=timeline.title)
    for doc in timeline.documents:
        g.add_node(
            f"doc:{doc.id}",
            **_attrs(kind="document", label=doc.title or doc.path or doc.id, doc=doc.id, title=doc.title or "",
                     dct=doc.dct or "", dct_source=doc.dct_source, url=doc.url or "", outlet=doc.outlet or "",
                     path=doc.path or ""),
        )
    by_name: dict[str, str] = {}
    for actor in timeline.actors:
        _add_actor(g, actor)
        by_name.setdefault(actor.name, actor_node(actor.id))
    known = {actor.id for actor in timeline.actors}

    events = {e.id: e for e in timeline.events}
    for e in timeline.events:
        node = event_node(e.id)
        g.add_node(node, **_event_attrs(e))
        _link_actors(g, e, node, by_name, known)
        if e.location:
            place = f"place:{_slug(e.location)}"
            if place not in g:
                g.add_node(place, kind="place", label=e.location, name=e.location)
            g.add_edge(node, place, key="located_in", type="located_in")
        _link_time(g, e, node, timeline)
        doc = f"doc:{e.doc}"
        if doc not in g:
            g.add_node(doc, kind="document", label=e.doc, doc=e.doc)
        g.add_edge(node, doc, key="reported_in", type="reported_in")
    for e in timeline.events:
        if e.cancels and e.cancels in events:
            g.add_edge(event_node(e.id), event_node(e.cancels), key="cancels", type="cancels",
                       status=e.status)
    _link_constraints(g, timeline.constraints, events)
    _link_dated_order(g, timeline.constraints, events)
    _link_reports(g, timeline.events, events)
    return g


def _link_reports(g: nx.MultiDiGraph, ordered: Iterable[Event], events: Mapping[str, Event]) -> None:
    """``same_event`` edges between the reports of one report group (both ways)."""
    for e in ordered:
        for other in e.linked_events:
            if other in events and other != e.id:
                disagree = any(f.startswith("reports_disagree") for f in e.flags)
                g.add_edge(event_node(e.id), event_node(other), key="same_event", type="same_event",
                           group=e.report_group or "", disagree=disagree)


def _add_actor(g: nx.MultiDiGraph, actor: Actor) -> None:
    g.add_node(
        actor_node(actor.id),
        **_attrs(kind="actor", label=actor.name, name=actor.name, actor_kind=actor.kind,
                 country=actor.country or "", role=actor.role or "", source=actor.source),
    )


def _event_attrs(e: Event) -> dict[str, Any]:
    return _attrs(
        kind="event", label=e.summary or e.trigger, type=e.type, status=e.status, mode=e.mode or "",
        trigger=e.trigger, summary=e.summary, doc=e.doc, start=e.start, end=e.end, sentence=e.sentence,
        date_start=e.date_start or "", date_end=e.date_end or "", precision=e.precision,
        timex=e.timex or "", date_text=e.date_text or "", date_basis=e.date_basis,
        date_derivation=e.date_derivation, confidence=float(e.confidence), actors=e.actors,
        source_actor=e.source_actor or "", target_actor=e.target_actor or "", location=e.location or "",
        flags=e.flags, contradiction=any(f.startswith("contradiction") for f in e.flags),
        mentions=len(e.mentions) or 1, cancels=e.cancels or "",
        report_group=e.report_group or "", reports=e.reports,
    )


def _link_actors(g: nx.MultiDiGraph, e: Event, node: str, by_name: dict[str, str], known: set[str]) -> None:
    """Edges from the event's actors, each keyed by its identity (the id ``timeline.actors`` resolved
    in the event's document, ``Event.actor_ids``), so two actors of one display name stay two nodes;
    by display name for a name the event has no id for (an analyst's edit)."""
    def actor_for(name: str) -> str:
        actor_id = e.actor_id(name)
        if actor_id is not None:
            anode = actor_node(actor_id)
            if actor_id not in known and anode not in g:  # (an actor the timeline does not list)
                g.add_node(anode, kind="actor", label=name, name=name, actor_kind="unknown", country="", role="",
                           source="event")
            return anode
        if name not in by_name:
            anode = actor_node(_slug(name))
            if anode not in g:
                g.add_node(anode, kind="actor", label=name, name=name, actor_kind="unknown", country="", role="",
                           source="event")
            by_name[name] = anode
        return by_name[name]

    roles: dict[str, str] = {}
    if e.source_actor:
        roles[actor_for(e.source_actor)] = "source_of"
    if e.target_actor:
        roles.setdefault(actor_for(e.target_actor), "target_of")
    for name in e.actors:
        roles.setdefault(actor_for(name), "participant_in")
    for anode, role in roles.items():
        g.add_edge(anode, node, key=role, type=role)


def _link_time(g: nx.MultiDiGraph, e: Event, node: str, timeline: Timeline) -> None:
    value = e.timex
    if not value and e.date_start and e.date_start == e.date_end:
        value = e.date_start.isoformat()  # a day derived from constraints or tense
    if not value:
        return
    earliest, latest = e.date_start, e.date_end
    if e.date_start_offset is not None:
        for tx in timeline.timexes_of(e.doc):
            if tx.start == e.date_start_offset and tx.value == value:
                earliest, latest = tx.earliest or earliest, tx.latest or latest
                break
    tnode = f"time:{value}"
    if tnode not in g:
        g.add_node(tnode, kind="time", label=value, value=value,
                   earliest=earliest.isoformat() if earliest else "", latest=latest.isoformat() if latest else "")
    else:
        attrs = g.nodes[tnode]
        if earliest and (not attrs["earliest"] or earliest.isoformat() < attrs["earliest"]):
            attrs["earliest"] = earliest.isoformat()
        if latest and (not attrs["latest"] or latest.isoformat() > attrs["latest"]):
            attrs["latest"] = latest.isoformat()
    g.add_edge(node, tnode, key="dated", type="dated", basis=e.date_basis, date_text=e.date_text or "")


def _endpoint(g: nx.MultiDiGraph, name: str, events: Mapping[str, Event]) -> str | None:
    if name in events:
        return event_node(name)
    if name.startswith("dct:") and f"doc:{name[4:]}" in g:
        return f"doc:{name[4:]}"
    return None


def _order_edges(g: nx.MultiDiGraph, first: str, second: str, origin: str, **attrs: Any) -> None:
    """``first`` before ``second`` (and ``second`` after ``first``)."""
    if not g.has_edge(first, second, key="before"):
        g.add_edge(first, second, key="before", type="before", origin=origin, **_attrs(**attrs))
    if not g.has_edge(second, first, key="after"):
        g.add_edge(second, first, key="after", type="after", origin=origin, **_attrs(**attrs))


def _link_constraints(g: nx.MultiDiGraph, constraints: Iterable[Constraint], events: Mapping[str, Event]) -> None:
    for c in constraints:
        src, tgt = _endpoint(g, c.source, events), _endpoint(g, c.target, events)
        if src is None or tgt is None or src == tgt:
            continue
        attrs = dict(evidence=c.evidence, constraint=c.kind, lo_days=c.lo_days, hi_days=c.hi_days)
        if c.lo_days is not None and c.lo_days > 0:
            _order_edges(g, src, tgt, "constraint", **attrs)
        elif c.hi_days is not None and c.hi_days < 0:
            _order_edges(g, tgt, src, "constraint", **attrs)
        elif c.lo_days == 0 and c.hi_days == 0 and not g.has_edge(src, tgt, key="same_day"):
            g.add_edge(src, tgt, key="same_day", type="same_day", origin="constraint", **_attrs(**attrs))


def _link_dated_order(g: nx.MultiDiGraph, constraints: Iterable[Constraint], events: Mapping[str, Event]) -> None:
    """Within each constraint component, consecutive events whose ranges do not overlap are ordered."""
    links = nx.Graph()
    links.add_edges_from((c.source, c.target) for c in constraints if c.source in events and c.target in events)
    for component in nx.connected_components(links):
        dated = sorted(
            (events[eid] for eid in component if events[eid].date_start and events[eid].date_end),
            key=lambda e: (e.date_start, e.date_end, e.id),
        )
        for a, b in zip(dated, dated[1:]):
            if a.date_end < b.date_start:
                _order_edges(g, event_node(a.id), event_node(b.id), "dates",
                             evidence=f"{a.date_end.isoformat()} < {b.date_start.isoformat()}")


# --- files ---------------------------------------------------------------------------------------


def _node_link_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    try:
        return nx.node_link_data(graph, edges="links")
    except TypeError:  # networkx < 3.4 has no ``edges`` keyword; "links" is its default
        return nx.node_link_data(graph)


def write_node_link(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write networkx node-link JSON (edges under "links")."""
    path = Path(path)
    data = _node_link_data(graph)
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    except OSError as err:
        raise OutputError(f"{path}: cannot write the graph ({err.strerror or err})",
                          "choose a writable output folder") from None
    return path


def read_node_link(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_node_link`."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    try:
        return nx.node_link_graph(data, edges="links")
    except TypeError:  # networkx < 3.4
        return nx.node_link_graph(data)


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GraphML (readable by Gephi, yEd, Cytoscape and ``networkx.read_graphml``)."""
    path = Path(path)
    try:
        nx.write_graphml(graph, path, encoding="utf-8")
    except OSError as err:
        raise OutputError(f"{path}: cannot write the graph ({err.strerror or err})",
                          "choose a writable output folder") from None
    return path
