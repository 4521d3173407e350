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


def export_csv(session: ReviewSession, fp: TextIO, *, include_rejected: bool = False) -> int:
    """Write the reviewed events as CSV (the event columns, then ``review``); returns the count."""
    from timeline.render import write_events_csv

    timeline, labels = session.reviewed_timeline(include_rejected=include_rejected)
    records = review_records(timeline, labels)
    write_events_csv(records, fp)
    return len(records)


def export_json(session: ReviewSession, *, include_rejected: bool = False) -> dict[str, Any]:
    """``timeline.render.events_json`` of the reviewed timeline, each event with ``review``."""
    from timeline.render import events_json

    timeline, labels = session.reviewed_timeline(include_rejected=include_rejected)
    data = events_json(timeline)
    for record in _event_records(data):
        if isinstance(record, dict) and "id" in record:
            record[REVIEW_FIELD] = labels.get(record["id"], "unreviewed")
    data.setdefault("review", {"include_rejected": include_rejected, "labels": _count(labels)})
    return data


def export_html(session: ReviewSession, *, include_rejected: bool = False, plotlyjs: str = "inline") -> str:
    """``timeline.render.render_html`` of the reviewed timeline, each event with its review label."""
    from timeline.render import render_html

    timeline, labels = session.reviewed_timeline(include_rejected=include_rejected)
    return render_html(timeline, plotlyjs=plotlyjs, review=labels)


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


__all__ = ["REVIEW_FIELD", "export_csv", "export_html", "export_json", "review_records"]
