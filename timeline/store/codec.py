"""Model objects to JSON-ready dicts and back, losslessly (the store keeps whole objects)."""

from __future__ import annotations

from datetime import date
from typing import Any

from timeline.model import Actor, Constraint, Document, Event, Mention, ReportDate, Timeline


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def dump_event(event: Event) -> dict[str, Any]:
    """Every field of ``event``; dates as ISO strings, tuples as lists."""
    return {
        "id": event.id, "doc": event.doc, "type": event.type, "trigger": event.trigger,
        "start": event.start, "end": event.end, "sentence": event.sentence,
        "sentence_start": event.sentence_start, "sentence_end": event.sentence_end,
        "summary": event.summary, "status": event.status, "mode": event.mode,
        "actors": list(event.actors), "source_actor": event.source_actor,
        "target_actor": event.target_actor, "location": event.location,
        "date_start": _iso(event.date_start), "date_end": _iso(event.date_end),
        "precision": event.precision, "timex": event.timex, "date_text": event.date_text,
        "date_start_offset": event.date_start_offset, "date_end_offset": event.date_end_offset,
        "date_derivation": event.date_derivation, "date_basis": event.date_basis,
        "confidence": event.confidence, "flags": list(event.flags),
        "mentions": [
            [m.start, m.end, m.trigger, m.sentence_start, m.sentence_end] for m in event.mentions
        ],
        "cancels": event.cancels,
        "report_group": event.report_group, "reports": event.reports,
        "linked_events": list(event.linked_events),
        "report_date": _dump_report_date(event.report_date),
        "actor_ids": [list(pair) for pair in event.actor_ids],
    }


def _dump_report_date(own: ReportDate | None) -> dict[str, Any] | None:
    if own is None:
        return None
    return {
        "date_start": _iso(own.date_start), "date_end": _iso(own.date_end), "precision": own.precision,
        "timex": own.timex, "date_text": own.date_text, "date_start_offset": own.date_start_offset,
        "date_end_offset": own.date_end_offset, "date_derivation": own.date_derivation, "date_basis": own.date_basis,
    }


def _load_report_date(data: dict[str, Any] | None) -> ReportDate | None:
    if not data:
        return None
    return ReportDate(
        date_start=_day(data.get("date_start")), date_end=_day(data.get("date_end")),
        precision=data.get("precision", "unknown"), timex=data.get("timex"), date_text=data.get("date_text"),
        date_start_offset=data.get("date_start_offset"), date_end_offset=data.get("date_end_offset"),
        date_derivation=data.get("date_derivation", ""), date_basis=data.get("date_basis", "none"),
    )


def load_event(data: dict[str, Any]) -> Event:
    return Event(
        id=data["id"], doc=data["doc"], type=data["type"], trigger=data["trigger"],
        start=data["start"], end=data["end"], sentence=data["sentence"],
        sentence_start=data["sentence_start"], sentence_end=data["sentence_end"],
        summary=data["summary"], status=data.get("status", "occurred"), mode=data.get("mode"),
        actors=tuple(data.get("actors") or ()), source_actor=data.get("source_actor"),
        target_actor=data.get("target_actor"), location=data.get("location"),
        date_start=_day(data.get("date_start")), date_end=_day(data.get("date_end")),
        precision=data.get("precision", "unknown"), timex=data.get("timex"),
        date_text=data.get("date_text"), date_start_offset=data.get("date_start_offset"),
        date_end_offset=data.get("date_end_offset"),
        date_derivation=data.get("date_derivation", ""), date_basis=data.get("date_basis", "none"),
        confidence=float(data.get("confidence", 0.5)), flags=tuple(data.get("flags") or ()),
        mentions=tuple(Mention(*m) for m in data.get("mentions") or ()),
        cancels=data.get("cancels"),
        report_group=data.get("report_group"), reports=int(data.get("reports") or 1),
        linked_events=tuple(data.get("linked_events") or ()),
        report_date=_load_report_date(data.get("report_date")),
        actor_ids=tuple((str(name), str(actor_id)) for name, actor_id in data.get("actor_ids") or ()),
    )


def dump_document(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "dct": _iso(doc.dct), "dct_source": doc.dct_source, "path": doc.path,
        "url": doc.url, "title": doc.title, "outlet": doc.outlet, "language": doc.language,
        "removed": list(doc.removed),
    }


def load_document(data: dict[str, Any], text: str) -> Document:
    return Document(
        id=data["id"], text=text, dct=_day(data.get("dct")), dct_source=data.get("dct_source", "none"),
        path=data.get("path"), url=data.get("url"), title=data.get("title"),
        outlet=data.get("outlet"), language=data.get("language", "en"),
        removed=tuple(data.get("removed") or ()),
    )


def dump_actor(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
        "role": actor.role, "source": actor.source,
    }


def load_actor(data: dict[str, Any]) -> Actor:
    return Actor(
        id=data["id"], name=data["name"], kind=data["kind"], country=data.get("country"),
        role=data.get("role"), source=data.get("source", "gazetteer"),
    )


def load_constraint(row: Any) -> Constraint:
    return Constraint(
        source=row["source"], target=row["target"], lo_days=row["lo_days"], hi_days=row["hi_days"],
        kind=row["kind"], evidence=row["evidence"], doc=row["doc"],
    )


def dump_timeline(timeline: Timeline) -> dict[str, Any]:
    """A whole timeline (documents with their text, events, constraints, actors) as JSON data."""
    return {
        "title": timeline.title,
        "documents": [{**dump_document(d), "text": d.text} for d in timeline.documents],
        "events": [dump_event(e) for e in timeline.events],
        "constraints": [
            {"source": c.source, "target": c.target, "lo_days": c.lo_days, "hi_days": c.hi_days,
             "kind": c.kind, "evidence": c.evidence, "doc": c.doc}
            for c in timeline.constraints
        ],
        "actors": [dump_actor(a) for a in timeline.actors],
    }


def load_timeline(data: dict[str, Any]) -> Timeline:
    """The inverse of :func:`dump_timeline`."""
    return Timeline(
        title=data.get("title", "Timeline"),
        documents=tuple(load_document(d, d["text"]) for d in data.get("documents", ())),
        events=tuple(load_event(e) for e in data.get("events", ())),
        constraints=tuple(load_constraint(c) for c in data.get("constraints", ())),
        actors=tuple(load_actor(a) for a in data.get("actors", ())),
    )
