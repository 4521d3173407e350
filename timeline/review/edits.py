"""What an analyst may change on an event, how a change is checked, and how decisions apply."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from typing import Any, Mapping

from timeline.errors import ReviewError
from timeline.model import EVENT_STATUSES, PRECISIONS, Constraint, Event, Mention
from timeline.store.session import REVIEWABLE_FIELDS as EDITABLE_FIELDS  # the fields the app can edit

_TYPE = re.compile(r"[A-Z][A-Z_]{1,39}")
_MAX_TEXT = 2_000


def check_changes(changes: Any, event: Event) -> dict[str, Any]:
    """``changes`` from the browser as clean JSON values; raises ReviewError naming the bad field.

    Dates are ISO days; a start without an end means that single day; a range without a precision
    gets the precision its bounds describe (a whole month is "month").
    """
    if not isinstance(changes, Mapping) or not changes:
        raise ReviewError("no changes given", "change at least one field")
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise ReviewError(f"cannot edit {', '.join(unknown)}", f"editable fields: {', '.join(EDITABLE_FIELDS)}")
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key in ("date_start", "date_end"):
            out[key] = _check_day(key, value)
        elif key == "precision":
            if value not in PRECISIONS:
                raise ReviewError(f"precision '{value}' is not known", f"use one of: {', '.join(PRECISIONS)}")
            out[key] = value
        elif key == "status":
            if value not in EVENT_STATUSES:
                raise ReviewError(f"status '{value}' is not known", f"use one of: {', '.join(EVENT_STATUSES)}")
            out[key] = value
        elif key == "type":
            if not isinstance(value, str) or not _TYPE.fullmatch(value.strip().upper()):
                raise ReviewError(f"type {value!r} is not an event type", "use an upper-case word such as CONSULT or AGREE")
            out[key] = value.strip().upper()
        elif key == "actors":
            if isinstance(value, str):
                value = [v for v in re.split(r"[;,]", value)]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ReviewError("actors must be a list of names", "separate names with commas")
            names = []
            for v in value:
                v = " ".join(v.split())
                if v and v not in names:
                    names.append(_check_text("actors", v))
            out[key] = names
        else:  # free text: summary, location, source_actor, target_actor
            if value is not None and not isinstance(value, str):
                raise ReviewError(f"{key} must be text", f"type the {key} as words")
            value = " ".join(value.split()) if value else None
            if key == "summary" and not value:
                raise ReviewError("the summary is empty", "write what happened in a few words")
            out[key] = _check_text(key, value) if value else None
    if "date_start" in out or "date_end" in out:
        start = out.get("date_start", event.date_start.isoformat() if event.date_start else None)
        end = out.get("date_end") if "date_end" in out else (start if "date_start" in out else None)
        if end is None:
            end = start
        if start is None and end is not None:
            start = end
        if start and end and end < start:
            raise ReviewError(f"the date range ends ({end}) before it starts ({start})", "swap the two dates")
        out["date_start"], out["date_end"] = start, end
        if "precision" not in out:
            out["precision"] = infer_precision(start, end)
    return out


def _check_day(key: str, value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ReviewError(f"{key} {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2025-10-16") from None


def _check_text(key: str, value: str) -> str:
    if len(value) > _MAX_TEXT:
        raise ReviewError(f"{key} is longer than {_MAX_TEXT} characters", "shorten it")
    return value


def infer_precision(start: str | None, end: str | None) -> str:
    """The precision a range of days describes: one day, a week, a whole month, quarter or year."""
    if not start or not end:
        return "unknown"
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    if a == b:
        return "day"
    whole_month_end = b.day == monthrange(b.year, b.month)[1] and a.day == 1
    if whole_month_end and a.year == b.year:
        if a.month == 1 and b.month == 12:
            return "year"
        if a.month == b.month:
            return "month"
        if b.month - a.month == 2 and a.month in (1, 4, 7, 10):
            return "quarter"
    if (b - a).days == 6:
        return "week"
    return "unknown"


def apply_edits(event: Event, edits: Mapping[str, Any], *, reviewer: str | None = None) -> Event:
    """``event`` with an analyst's edits applied. A date set by an analyst has basis "analyst"."""
    if not edits:
        return event
    changes: dict[str, Any] = {}
    for key, value in edits.items():
        if key in ("date_start", "date_end"):
            changes[key] = date.fromisoformat(value) if value else None
        elif key == "actors":
            changes[key] = tuple(value)
        elif key in EDITABLE_FIELDS:
            changes[key] = value
    if "date_start" in edits or "date_end" in edits:
        who = f" by {reviewer}" if reviewer else ""
        was = event.date_start.isoformat() if event.date_start else "undated"
        if event.date_end and event.date_end != event.date_start:
            was += f"..{event.date_end.isoformat()}"
        changes["date_basis"] = "analyst" if changes.get("date_start") else "none"
        changes["date_derivation"] = edits.get("date_derivation") or (
            f"set in review{who} (extraction said {was}: {event.date_derivation or 'no derivation'})"
        )
    return event.with_(**changes)


def merge_evidence(kept: Event, duplicates: list[Event]) -> Event:
    """The kept event with its duplicates' mentions added as evidence."""
    mentions = list(kept.mentions) or [Mention(kept.start, kept.end, kept.trigger, kept.sentence_start, kept.sentence_end)]
    seen = {(m.start, m.end) for m in mentions}
    for dup in duplicates:
        for m in dup.mentions or (Mention(dup.start, dup.end, dup.trigger, dup.sentence_start, dup.sentence_end),):
            if (m.start, m.end) not in seen and dup.doc == kept.doc:
                mentions.append(m)
                seen.add((m.start, m.end))
    actors = list(kept.actors)
    for dup in duplicates:
        actors.extend(a for a in dup.actors if a not in actors)
    return kept.with_(mentions=tuple(mentions), actors=tuple(actors))


def merge_constraint(kept_id: str, duplicate_id: str, doc: str) -> Constraint:
    """A merged duplicate happened the same day as the event it was merged into."""
    return Constraint(kept_id, duplicate_id, 0, 0, "same_day", "merged as a duplicate in review", doc)
