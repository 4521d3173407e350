"""The reviewed timeline written out: decisions honoured, a "review" field on every event
(reviewed, edited or unreviewed; rejected when rejected events are included)."""

from __future__ import annotations

from typing import Any, TextIO

from timeline.model import Timeline
from timeline.review.service import ReviewSession

#: The column exports add after the event record's own.
REVIEW_FIELD = "review"


def review_records(timeline: Timeline, labels: dict[str, str]) -> list[dict[str, Any]]:
    """Event records (``Event.to_record``) with their review label."""
    return [{**e.to_record(), REVIEW_FIELD: labels.get(e.id, "unreviewed")} for e in timeline.events]


#: What exports add after ``review``: who made the last decision on the event, and the analysts'
#: notes on it ("reviewer: text", oldest first; in CSV one a line): what a colleague needs before
#: publishing.
DECISION_FIELDS = ("reviewer", "review_notes")


def _with_decisions(session: ReviewSession, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    decisions = session.state()["decisions"]
    notes: dict[str, list[str]] = {}
    for note in session.store.notes():
        notes.setdefault(note["event_id"], []).append(f"{note['reviewer']}: {note['text']}")
    for record in records:
        decision = decisions.get(record.get("id"))
        record["reviewer"] = decision.reviewer if decision is not None and decision.version else None
        record["review_notes"] = notes.get(record.get("id"), [])
    return records


def export_csv(session: ReviewSession, fp: TextIO, *, include_rejected: bool = False, bom: bool = True) -> int:
    """Write the reviewed events as CSV (the event columns, the article's, then ``review``,
    ``reviewer`` and ``review_notes``); returns the count. ``bom``: start with a byte order mark
    (for a file a spreadsheet opens; not for a pipe)."""
    from timeline.render import with_sources, write_events_csv

    timeline, labels = session.reviewed_timeline(include_rejected=include_rejected)
    records = _with_decisions(session, with_sources(review_records(timeline, labels), timeline))
    for record in records:  # one note a line: a note may itself contain "; "
        record["review_notes"] = "\n".join(record["review_notes"])
    write_events_csv(records, fp, bom=bom)
    return len(records)


def export_json(session: ReviewSession, *, include_rejected: bool = False) -> dict[str, Any]:
    """``timeline.render.events_json`` of the reviewed timeline, each event with ``review``."""
    from timeline.render import events_json

    timeline, labels = session.reviewed_timeline(include_rejected=include_rejected)
    data = events_json(timeline)
    for record in _event_records(data):
        if isinstance(record, dict) and "id" in record:
            record[REVIEW_FIELD] = labels.get(record["id"], "unreviewed")
    _with_decisions(session, [r for r in _event_records(data) if isinstance(r, dict)])
    data.setdefault("review", {"include_rejected": include_rejected, "labels": _count(labels)})
    return data


def export_html(session: ReviewSession, *, include_rejected: bool = False, plotlyjs: str = "inline") -> str:
    """``timeline.render.render_html`` of the reviewed timeline, each event with its review label."""
    from timeline.render import render_html

    timeline, labels = session.reviewed_timeline(include_rejected=include_rejected)
    return render_html(timeline, plotlyjs=plotlyjs, review=labels)


def export_graph(session: ReviewSession, *, include_rejected: bool = False) -> Any:
    """``timeline.graph.build_graph`` of the reviewed timeline (edits applied, rejected events left
    out unless ``include_rejected``), each event node with its ``review`` label."""
    from timeline.graph import build_graph
    from timeline.graph.build import event_node

    timeline, labels = session.reviewed_timeline(include_rejected=include_rejected)
    graph = build_graph(timeline)
    for event in timeline.events:
        node = event_node(event.id)
        if node in graph:
            graph.nodes[node][REVIEW_FIELD] = labels.get(event.id, "unreviewed")
    return graph


def _event_records(data: Any) -> list[Any]:
    if isinstance(data, dict):
        events = data.get("events")
        if isinstance(events, list):
            return events
    return []


def _count(labels: dict[str, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for label in labels.values():
        out[label] = out.get(label, 0) + 1
    return out


__all__ = ["DECISION_FIELDS", "REVIEW_FIELD", "export_csv", "export_graph", "export_html", "export_json", "review_records"]
