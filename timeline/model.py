"""The data model shared by every stage.

Frozen dataclasses with slots; tuples, not lists. Every annotation is a pair of character offsets
into its document's ``text`` (``text[start:end]``), so evidence can always be shown.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from operator import attrgetter
from typing import Any

# --- vocabularies -----------------------------------------------------------------------------

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

#: Precision of a timex (how wide the named period is). Events use the same words.
PRECISIONS = (
    "minute", "hour", "part_of_day", "day", "week", "weekend", "month", "quarter", "half",
    "season", "year", "decade", "century", "unknown",
)

EVENT_STATUSES = ("occurred", "planned", "cancelled", "denied", "hypothetical", "ongoing")

#: Where a document's creation time (DCT) came from.
DCT_SOURCES = ("cli", "front-matter", "html-metadata", "url", "dateline", "jsonl", "timeml", "none", "html-time")

#: Separator used to join list fields (actors, flags) in CSV cells.
LIST_SEPARATOR = "; "


def stable_id(*parts: object, prefix: str = "", length: int = 12) -> str:
    """A short hash of ``parts``: the same input always gives the same id."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:length]}"


# --- documents --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``text`` is the main text only (boilerplate removed); offsets refer to it."""

    id: str
    text: str
    dct: date | None
    dct_source: str = "none"  # one of DCT_SOURCES
    path: str | None = None  # where it was read from ("-" for stdin); never used to write
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str = "en"
    removed: tuple[str, ...] = ()  # what ingestion dropped, in words ("12 lines of non-English boilerplate")


# --- temporal expressions ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Anchor:
    """An offset whose anchor is an event, not a date: "four days after Trump revealed plans".

    ``amount`` is signed (+4 for "four days after", -1 for "a day before"); ``unit`` is day, week,
    month or year; ``clause_start``/``clause_end`` span the clause the expression points to (the
    anchoring event), or are None when it points back to something earlier in the text ("two days
    later").
    """

    amount: int
    unit: str
    signal: str  # after, before, later, earlier, following, preceding
    clause_start: int | None = None
    clause_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount, "unit": self.unit, "signal": self.signal,
            "clause_start": self.clause_start, "clause_end": self.clause_end,
        }


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text and normalized to TIMEX3."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2025-10-21, 2025-W42, P2W, PRESENT_REF, XXXX-10-21 ...
    precision: str  # one of PRECISIONS
    earliest: date | None  # first day the expression can denote (DATE/TIME); None if unknowable
    latest: date | None  # last day it can denote
    rule: str  # id of the rule that found it
    derivation: str  # in words, how the value was obtained
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, MORE_THAN ...
    anchor: Anchor | None = None  # for event-anchored offsets
    anchored_to: str = "none"  # explicit, dct, timex:<start>, event, none
    tid: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value, "precision": self.precision,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "mod": self.mod, "rule": self.rule, "derivation": self.derivation,
            "anchored_to": self.anchored_to,
            "anchor": self.anchor.to_dict() if self.anchor else None,
        }


# --- actors -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actor:
    """A state, organization, person or group. ``id`` is stable (gazetteer id or a slug)."""

    id: str
    name: str  # canonical display name: "Russia", "Vladimir Putin", "NATO"
    kind: str  # state, igo, person, group, organization
    country: str | None = None  # ISO 3166 alpha-3 code for persons and states
    role: str | None = None  # "President", "Foreign Minister", "spokesperson" ...
    source: str = "gazetteer"  # gazetteer, user, document (introduced in the text with a title)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One place in a text that refers to an actor."""

    start: int
    end: int
    text: str
    actor: Actor
    via: str  # name, alias, surname, adjective, metonym, title, description, demonym


# --- events -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an event: trigger offsets and its sentence."""

    start: int
    end: int
    trigger: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class ReportDate:
    """What one report's own text dates its event to (the ``Event`` date fields of the same names),
    kept when linking dates the event by a more precise report of the same event."""

    date_start: date | None
    date_end: date | None
    precision: str = "unknown"
    timex: str | None = None
    date_text: str | None = None
    date_start_offset: int | None = None
    date_end_offset: int | None = None
    date_derivation: str = ""
    date_basis: str = "none"

    def to_dict(self) -> dict[str, Any]:
        return {
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "precision": _event_precision(self.precision), "timex": self.timex, "date_text": self.date_text,
            "date_derivation": self.date_derivation, "date_basis": self.date_basis,
        }


@dataclass(frozen=True, slots=True)
class Event:
    id: str  # stable: stable_id(doc, trigger offsets, type)
    doc: str
    type: str  # PLOVER type (AGREE, CONSULT ...) or ANNOUNCE / STATEMENT
    trigger: str
    start: int  # offsets of the trigger in the document text
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    summary: str
    status: str = "occurred"  # one of EVENT_STATUSES
    mode: str | None = None  # CONSULT mode: phone, visit, host, third-party
    actors: tuple[str, ...] = ()  # display names of every actor taking part
    source_actor: str | None = None
    target_actor: str | None = None
    location: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    precision: str = "unknown"
    timex: str | None = None  # TIMEX3 value of the expression that dated it
    date_text: str | None = None  # the expression as written
    date_start_offset: int | None = None  # offsets of that expression in the text (for highlighting)
    date_end_offset: int | None = None
    date_derivation: str = ""
    #: what the date rests on: "expression" (a date expression in the event's clause), "tense"
    #: (only tense against the DCT: a wide range), "constraint" (derived from other events through
    #: the temporal graph), "analyst" (set in review), "none". An expression or tense date that
    #: other events narrow keeps its basis (the derivation says "narrowed by other events from ...")
    date_basis: str = "none"
    confidence: float = 0.5
    flags: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    cancels: str | None = None  # id of the event this one cancels / denies
    #: cross-document linking (``timeline.linking``): the id of the report group this event belongs
    #: to (one real-world event told by several articles; stable across runs; None when linking did
    #: not run), how many reports (documents) the group holds, and the ids of the other reports
    report_group: str | None = None
    reports: int = 1
    linked_events: tuple[str, ...] = ()
    #: the report's own date when linking dated it by another report of the same event (the group's
    #: most precise date that every report allows; the derivation then says "per <article>: ..."):
    #: kept as evidence, shown in every view of the reports; None when the date is the report's own
    report_date: "ReportDate | None" = None
    #: (display name, actor id) of each actor the event names (``actors``, ``source_actor``,
    #: ``target_actor``), as ``timeline.actors`` resolved it in the event's document: two actors of
    #: one display name ("Supreme Court" of two documents) are two ids; a name missing here (an
    #: analyst's edit) is looked up by name
    actor_ids: tuple[tuple[str, str], ...] = ()

    def actor_id(self, name: str) -> str | None:
        """The id of the actor this event calls ``name``, or None when the event does not know it."""
        for shown, actor_id in self.actor_ids:
            if shown == name:
                return actor_id
        return None

    def with_(self, **changes: Any) -> "Event":
        values = list(_EVENT_VALUES(self))  # (= replace(self, **changes), without re-reading every field's spec:
        at = _EVENT_AT  # propagation and linking copy every event of a batch)
        for name, value in changes.items():
            k = at.get(name)
            if k is None:
                return replace(self, **changes)  # (an unknown field: replace's own error)
            values[k] = value
        return Event(*values)

    def to_record(self) -> dict[str, Any]:
        """The one event schema shared by JSON and CSV (documented in the README)."""
        return {
            "id": self.id,
            "doc": self.doc,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "precision": _event_precision(self.precision),
            "timex": self.timex,
            "date_text": self.date_text,
            "date_derivation": self.date_derivation,
            "date_basis": self.date_basis,
            "type": self.type,
            "mode": self.mode,
            "trigger": self.trigger,
            "summary": self.summary,
            "actors": list(self.actors),
            "source_actor": self.source_actor,
            "target_actor": self.target_actor,
            "location": self.location,
            "status": self.status,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "flags": list(self.flags),
            "cancels": self.cancels,
            "report_group": self.report_group,
            "reports": self.reports,
            "linked_events": list(self.linked_events),
            "report_date": self.report_date.to_dict() if self.report_date else None,
        }


#: Column order of the event record (CSV header, README table).
EVENT_FIELDS = (
    "id", "doc", "date_start", "date_end", "precision", "timex", "date_text", "date_derivation",
    "date_basis", "type", "mode", "trigger", "summary", "actors", "source_actor", "target_actor", "location",
    "status", "sentence", "start", "end", "confidence", "flags", "cancels", "report_group", "reports",
    "linked_events", "report_date",
)

_EVENT_PRECISION = {
    "minute": "day", "hour": "day", "part_of_day": "day", "day": "day", "week": "week",
    "weekend": "week", "month": "month", "quarter": "quarter", "half": "quarter",
    "season": "quarter", "year": "year", "decade": "decade", "century": "decade",
}


def period_precision(earliest: date | None, latest: date | None) -> str:
    """The named period that [earliest, latest] is exactly: "day", "week" (an ISO week, Monday to
    Sunday), "month", "quarter", "year" or "decade"; "unknown" for any other range (a derived
    13 Aug - 15 Sep is no "year"). An open range is "unknown"."""
    if earliest is None or latest is None or latest < earliest:
        return "unknown"
    a, b = earliest, latest
    if a == b:
        return "day"
    after = date.fromordinal(b.toordinal() + 1)
    if a.weekday() == 0 and (b - a).days == 6:
        return "week"
    if a.day == 1 and after.day == 1:
        months = (b.year - a.year) * 12 + b.month - a.month + 1
        if months == 1:
            return "month"
        if months == 3 and a.month in (1, 4, 7, 10):
            return "quarter"
        if a.month == 1 and b.month == 12:
            if a.year == b.year:
                return "year"
            if a.year % 10 == 0 and b.year == a.year + 9:
                return "decade"
    return "unknown"


#: ``Event.with_``: every field's value in order, and each field's place
_EVENT_VALUES = attrgetter(*(f.name for f in fields(Event)))
_EVENT_AT = {f.name: k for k, f in enumerate(fields(Event))}


def _event_precision(precision: str) -> str:
    """Events report one of: day, week, month, quarter, year, decade, unknown."""
    return _EVENT_PRECISION.get(precision, "unknown")


@dataclass(frozen=True, slots=True)
class Constraint:
    """A temporal constraint between two nodes (event ids, or "dct:<doc>").

    Semantics: ``date(target) - date(source)`` lies in ``[lo_days, hi_days]`` (None = unbounded).
    "B four days after A": source A, target B, lo = hi = 4. "A before B": lo = 1, hi = None.
    "same day": lo = hi = 0.
    """

    source: str
    target: str
    lo_days: int | None
    hi_days: int | None
    kind: str  # offset, before, after, same_day, during
    evidence: str  # the words that say so ("four days after", with the sentence)
    doc: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the event layer found in one document."""

    events: tuple[Event, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    actors: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A document that could not be read or processed, reported in a batch."""

    source: str  # the path or "<file>:<line>" that failed
    message: str  # one line: what is wrong and how to fix it


@dataclass(frozen=True, slots=True)
class Timeline:
    title: str
    documents: tuple[Document, ...] = ()
    events: tuple[Event, ...] = ()
    actors: tuple[Actor, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    timexes: tuple[tuple[str, tuple[Timex, ...]], ...] = ()  # (doc id, timexes) pairs
    errors: tuple[DocumentError, ...] = ()
    warnings: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def timexes_of(self, doc_id: str) -> tuple[Timex, ...]:
        for d, tx in self.timexes:
            if d == doc_id:
                return tx
        return ()

    def document(self, doc_id: str) -> Document | None:
        for d in self.documents:
            if d.id == doc_id:
                return d
        return None
