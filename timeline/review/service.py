"""The review session as the app sees it: events with decisions applied and dates re-propagated,
what a change would move, decisions, and the reviewed timeline for export. No HTTP here."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from timeline.errors import ReviewError, TimelineError
from timeline.pipeline import event_order
from timeline.model import Actor, Constraint, Event, Timeline
from timeline.review.edits import apply_edits, check_changes, merge_constraint, merge_evidence
from timeline.store import Decision, ReviewStore, StoredEvent
from timeline.text import sentence_at, split_sentences

#: ``timeline.reasoning.propagate``'s signature: (events, constraints, *, dcts) -> (events, warnings)
Propagate = Callable[..., tuple[tuple[Event, ...], tuple[str, ...]]]

#: Decision labels the export writes in its "review" column.
REVIEW_LABELS = ("reviewed", "edited", "unreviewed")

#: The edit that takes an event out of its report group (value: the group it was split from).
#: It is a decision like any other: audited, undone by undo, cleared by "back to unreviewed".
SPLIT_EDIT = "split_from_group"


def _default_propagate(events: tuple[Event, ...], constraints: tuple[Constraint, ...], *, dcts=None):
    from timeline.reasoning import propagate

    return propagate(events, constraints, dcts=dcts)


class ReviewSession:
    """Decisions in, reviewed events out. Thread-safe: the store serializes writes and the
    derived state is cached per store revision."""

    def __init__(self, store: ReviewStore, *, propagate: Propagate | None = None, link: bool | None = None) -> None:
        self.store = store
        self._propagate = propagate or _default_propagate
        self._lock = threading.Lock()
        self._cache: tuple[int, dict[str, Any]] | None = None
        self._dcts: dict[str, date] = {}
        self._docs: tuple = ()
        #: link reports of one event across documents (default: as the session was started)
        self._link = store.links_reports() if link is None else link

    # --- derived state ----------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Everything derived from the store at one revision (cached until the next write)."""
        with self._lock:
            revision = self.store.revision()
            if self._cache and self._cache[0] == revision:
                return self._cache[1]
            # an event whose decision followed it to its new id after an edit of its article is that event
            stored = {s.event.id: s for s in self.store.events() if not s.carried_to}
            decisions = self.store.decisions()
            constraints = self.store.constraints()
            self._docs = self.store.documents()
            self._dcts = {d.id: d.dct for d in self._docs if d.dct}
            events, warnings = self._derive(stored, decisions, constraints)
            state = {
                "stored": stored, "decisions": decisions, "constraints": constraints,
                "events": events, "warnings": warnings,
            }
            self._cache = (revision, state)
            return state

    def _derive(
        self,
        stored: dict[str, StoredEvent],
        decisions: dict[str, Decision],
        constraints: tuple[Constraint, ...],
    ) -> tuple[dict[str, Event], tuple[str, ...]]:
        """Events with edits applied, merges folded in, dates propagated."""
        edited = {
            eid: apply_edits(_own_dated(s.base), decisions[eid].edits, reviewer=decisions[eid].reviewer)
            if eid in decisions else _own_dated(s.base)
            for eid, s in stored.items()
        }
        merged: dict[str, list[Event]] = {}
        extra: list[Constraint] = []
        for eid, d in decisions.items():
            if d.status == "merged" and d.merged_into in edited and eid in edited:
                merged.setdefault(d.merged_into, []).append(edited[eid])
                extra.append(merge_constraint(d.merged_into, eid, edited[eid].doc))
        for kept, dups in merged.items():
            edited[kept] = merge_evidence(edited[kept], dups)
        known = set(edited)
        usable = tuple(c for c in constraints + tuple(extra) if _endpoint_ok(c.source, known) and _endpoint_ok(c.target, known))
        try:
            result, warnings = self._propagate(tuple(edited.values()), usable, dcts=self._dcts)
        except ImportError:
            return edited, ("dates are not re-propagated: timeline.reasoning is not available",)
        out = dict(edited)
        for e in result:
            if e.id in out:
                out[e.id] = e
        if not self._link:
            return out, tuple(warnings)
        from timeline.linking import link_reports

        # an event an analyst split off, rejected or merged away stands alone; so does one that no
        # longer extracts and nobody confirmed
        alone = {
            eid for eid, s in stored.items()
            if (eid in decisions and (decisions[eid].status in ("rejected", "merged") or decisions[eid].edits.get(SPLIT_EDIT)))
            or (s.missing_since is not None and (eid not in decisions or decisions[eid].status == "unreviewed"))
        }
        linked, link_warnings = link_reports(out.values(), self._docs, exclude=alone)
        return {e.id: e for e in linked}, tuple(warnings) + link_warnings

    # --- reading ----------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        st = self.state()
        decisions = st["decisions"]
        active = [eid for eid, s in st["stored"].items() if _active(s, decisions.get(eid))]
        reviewed = sum(1 for eid in active if decisions.get(eid) and decisions[eid].status != "unreviewed")
        documents = [
            {"id": d.id, "title": d.title or d.path or d.id, "dct": d.dct.isoformat() if d.dct else None,
             "dct_source": d.dct_source, "url": d.url, "outlet": d.outlet}
            for d in self.store.documents()
        ]
        runs = self.store.runs()
        return {
            "title": self.store.title(),
            "revision": self.store.revision(),
            "progress": {"reviewed": reviewed, "total": len(active)},
            "documents": documents,
            "runs": [{k: r[k] for k in ("id", "started_at", "documents", "events", "new_events", "missing_events")} for r in runs],
            "warnings": list(st["warnings"]) + _not_carried_warnings(st["stored"]),
        }

    def event_views(self) -> list[dict[str, Any]]:
        st = self.state()
        texts = {d.id: d.text for d in self.store.documents()}
        spans: dict[str, tuple] = {}
        notes: dict[str, list] = {}
        for n in self.store.notes():
            notes.setdefault(n["event_id"], []).append(n)
        merged_from: dict[str, list[str]] = {}
        for eid, d in st["decisions"].items():
            if d.status == "merged" and d.merged_into:
                merged_from.setdefault(d.merged_into, []).append(eid)
        ordered = sorted(st["events"].values(), key=event_order)
        return [
            self._view(e, st, texts, spans, notes.get(e.id, []), merged_from.get(e.id, []))
            for e in ordered
        ]

    def event_view(self, event_id: str) -> dict[str, Any]:
        st = self.state()
        if event_id not in st["events"]:
            raise ReviewError(f"no event {event_id!r} in this session", "reload the page")
        texts = {d.id: d.text for d in self.store.documents()}
        merged_from = [eid for eid, d in st["decisions"].items() if d.status == "merged" and d.merged_into == event_id]
        return self._view(st["events"][event_id], st, texts, {}, self.store.notes(event_id), merged_from)

    def _view(self, event: Event, st, texts, spans, notes, merged_from) -> dict[str, Any]:
        stored: StoredEvent = st["stored"][event.id]
        decision: Decision = st["decisions"].get(event.id) or Decision(event.id)
        text = texts.get(event.doc, "")
        if event.doc not in spans:
            spans[event.doc] = split_sentences(text) if text else ()
        record = event.to_record()
        record.update(
            date_basis=event.date_basis, date_start_offset=event.date_start_offset,
            date_end_offset=event.date_end_offset,
        )
        return {
            "id": event.id,
            "record": record,
            "extracted": stored.event.to_record(),
            "decision": decision.to_dict(),
            "review": decision.review,
            "missing_since": stored.missing_since,
            "carry_note": stored.carry_note,
            "evidence": _evidence(event, text, spans[event.doc]),
            "notes": notes,
            "merged_from": merged_from,
        }

    # --- changes ----------------------------------------------------------------------------

    def preview(self, event_id: str, changes: Any) -> dict[str, Any]:
        """What saving ``changes`` would move: every event whose dates would change."""
        st = self.state()
        if event_id not in st["stored"]:
            raise ReviewError(f"no event {event_id!r} in this session", "reload the page")
        decision = st["decisions"][event_id]
        clean = self._clean(event_id, changes, st)
        edits = {**decision.edits, **clean}
        trial = dict(st["decisions"])
        trial[event_id] = Decision(event_id, decision.status, edits, decision.merged_into, decision.version, decision.reviewer)
        after, warnings = self._derive(st["stored"], trial, st["constraints"])
        return {"changes": clean, "moves": _moves(st["events"], after, first=event_id), "warnings": [w for w in warnings if w not in st["warnings"]]}

    def decide(self, event_id: str, action: str, *, version: int, reviewer: str) -> dict[str, Any]:
        status = {"accept": "accepted", "reject": "rejected", "reset": "unreviewed"}.get(action)
        if status is None:
            raise ReviewError(f"unknown action '{action}'", "use accept, reject or reset")
        # back to unreviewed is a clean slate: the analyst's edits go too (undo brings them back)
        edits = {} if action == "reset" else None
        self.store.decide(event_id, version=version, reviewer=reviewer, action=action, status=status, edits=edits)
        return self.event_view(event_id)

    def edit(self, event_id: str, changes: Any, *, version: int, reviewer: str) -> dict[str, Any]:
        """Apply ``changes`` (an edit is also an acceptance) and re-propagate dates."""
        before = self.state()["events"]
        decision = self.store.decision(event_id)
        clean = self._clean(event_id, changes, self.state())
        extracted = self.store.event(event_id).event.to_record()
        edits = {**decision.edits, **clean}
        if "date_start" in clean or "date_end" in clean:
            edits.pop("date_derivation", None)  # a date set now is explained as set now
        for key in list(edits):  # a value set back to what extraction said is no edit
            if key in extracted and _same(extracted[key], edits[key]) and key not in ("date_start", "date_end", "precision"):
                del edits[key]
        status = "accepted" if decision.status in ("unreviewed", "accepted") else decision.status
        self.store.decide(event_id, version=version, reviewer=reviewer, action="edit", status=status if status != "merged" else None,
                          edits=edits, detail={"changes": clean})
        after = self.state()["events"]
        view = self.event_view(event_id)
        view["moved"] = _moves(before, after, first=event_id)
        return view

    def merge(self, kept_id: str, duplicate_id: str, *, kept_version: int, duplicate_version: int, reviewer: str) -> dict[str, Any]:
        self.store.merge(kept_id, duplicate_id, kept_version=kept_version, duplicate_version=duplicate_version, reviewer=reviewer)
        return self.event_view(kept_id)

    def split(self, event_id: str, *, version: int, reviewer: str) -> dict[str, Any]:
        """Take ``event_id`` out of its report group: a wrong link (two reports that tell different
        events). The other reports stay linked to each other; the decision persists like an edit."""
        st = self.state()
        if event_id not in st["events"]:
            raise ReviewError(f"no event {event_id!r} in this session", "reload the page")
        current = st["events"][event_id]
        decision = self.store.decision(event_id)
        if decision.edits.get(SPLIT_EDIT):
            raise ReviewError(f"event {event_id} is already split from its report group", "undo the split to link it again")
        if current.reports < 2:
            raise ReviewError(f"event {event_id} is not linked to reports in other documents", "only a linked report can be split off")
        edits = {**decision.edits, SPLIT_EDIT: current.report_group}
        self.store.decide(event_id, version=version, reviewer=reviewer, action="split", edits=edits,
                          detail={"split_from": current.report_group, "was_linked_to": list(current.linked_events)})
        return self.event_view(event_id)

    def add_note(self, event_id: str, text: Any, *, reviewer: str) -> dict[str, Any]:
        if not isinstance(text, str):
            raise ReviewError("the note must be text", "type the note")
        self.store.add_note(event_id, text, reviewer=reviewer)
        return self.event_view(event_id)

    def undo(self, *, reviewer: str, audit_id: int | None = None) -> dict[str, Any]:
        done = self.store.undo(reviewer=reviewer, audit_id=audit_id)
        return {"undid": done["undid"], "audit_id": done["audit_id"], "event": self.event_view(done["event_id"])}

    def _clean(self, event_id: str, changes: Any, st) -> dict[str, Any]:
        current = st["events"][event_id]
        return check_changes(changes, current)

    # --- export -----------------------------------------------------------------------------

    def reviewed_timeline(self, *, include_rejected: bool = False) -> tuple[Timeline, dict[str, str]]:
        """The timeline as reviewed: edits applied, merged duplicates folded into the event they
        duplicate, rejected events left out (unless asked), events that no longer extract kept
        only if an analyst confirmed them. Also returns event id -> review label."""
        st = self.state()
        events: list[Event] = []
        labels: dict[str, str] = {}
        for eid, event in st["events"].items():
            d = st["decisions"].get(eid) or Decision(eid)
            if d.status == "merged":
                continue
            if d.status == "rejected" and not include_rejected:
                continue
            if st["stored"][eid].missing_since is not None and d.status == "unreviewed":
                continue
            events.append(event)
            labels[eid] = d.review
        ids = {e.id for e in events}
        constraints = tuple(c for c in st["constraints"] if c.source in ids and c.target in ids)
        actors = self.store.actors()
        known = {a.name for a in actors}
        typed = {n for e in events for n in (*e.actors, e.source_actor, e.target_actor) if n and n not in known}
        timeline = Timeline(
            title=self.store.title(),
            documents=self.store.documents(),
            events=tuple(sorted(events, key=event_order)),
            actors=tuple(sorted(actors + _gazetteer_actors(typed, self.store.actors_file()), key=lambda a: a.name)),
            constraints=constraints,
            warnings=tuple(st["warnings"]),
            meta={"review": labels},
        )
        return timeline, labels


def _gazetteer_actors(names: set[str], actors_file: str | None = None) -> tuple[Actor, ...]:
    """The gazetteer's actors whose names an analyst typed exactly ("Egypt" added to an event's
    actors): the graph then links the event to the state Egypt (EGY), as if extracted, not to a
    new actor of unknown kind. The gazetteer is the shipped one extended by the session's user
    file (``--actors``) when that file is still there. A name neither knows exactly stays as typed."""
    if not names:
        return ()
    try:
        from timeline.actors import find_actor_mentions, load_gazetteer

        extra = Path(actors_file) if actors_file and Path(actors_file).is_file() else None
        try:
            gazetteer = load_gazetteer(extra)
        except TimelineError:  # the user file changed into something unreadable: the shipped one still serves
            gazetteer = load_gazetteer()
    except (ImportError, TimelineError):
        return ()
    found: dict[str, Actor] = {}
    for name in sorted(names):
        mentions = find_actor_mentions(name, gazetteer)
        if len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(name)) and mentions[0].actor.name == name:
            found.setdefault(mentions[0].actor.id, mentions[0].actor)
    return tuple(found.values())


def _not_carried_warnings(stored: dict[str, StoredEvent]) -> list[str]:
    """A decision that could not follow its event after an edit of the article (two events alike):
    the analyst must see it, on the old event, to decide on the right new one."""
    return [
        f"event {eid} no longer extracts since run {s.missing_since}: {s.carry_note}"
        for eid, s in stored.items() if s.carry_note and s.missing_since is not None
    ]


def _own_dated(event: Event) -> Event:
    """A stored event as its own text dates it: an event stored after linking (a timeline read back
    without the extractor's events) may carry the date of another report of its group, and dates are
    propagated from each report's own date before linking dates the group again."""
    if event.report_date is None:
        return event
    from timeline.linking import unlink_reports

    return unlink_reports(event)


def _endpoint_ok(node: str, known: set[str]) -> bool:
    return node in known or ":" in node  # "dct:<doc>" nodes are the engine's, events must exist


def _active(stored: StoredEvent, decision: Decision | None) -> bool:
    """Counted in progress: not merged away, not vanished-and-unreviewed."""
    if decision and decision.status == "merged":
        return False
    if stored.missing_since is not None and (decision is None or decision.status == "unreviewed"):
        return False
    return True


def _same(a: Any, b: Any) -> bool:
    return (list(a) if isinstance(a, tuple) else a) == (list(b) if isinstance(b, tuple) else b)


def _moves(before: dict[str, Event], after: dict[str, Event], *, first: str | None = None) -> list[dict[str, Any]]:
    """Events whose dates (or contradiction flags) differ, ``first`` (the edited one) first."""
    out = []
    for eid, new in after.items():
        old = before.get(eid)
        if old is None:
            continue
        if (old.date_start, old.date_end) != (new.date_start, new.date_end) or set(old.flags) != set(new.flags):
            out.append({
                "id": eid, "summary": new.summary, "type": new.type,
                "from": [_iso(old.date_start), _iso(old.date_end)],
                "to": [_iso(new.date_start), _iso(new.date_end)],
                "basis": new.date_basis, "derivation": new.date_derivation,
                "flags_added": sorted(set(new.flags) - set(old.flags)),
                "flags_removed": sorted(set(old.flags) - set(new.flags)),
            })
    out.sort(key=lambda m: (m["id"] != first, m["to"][0] or "9999", m["id"]))
    return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _evidence(event: Event, text: str, spans: tuple) -> dict[str, Any]:
    """The sentence with the trigger and the date expression as sentence-relative offsets; the
    date expression's own sentence when it lies elsewhere; further mentions (merged duplicates)."""
    s0, s1 = event.sentence_start, event.sentence_end
    sentence = text[s0:s1] if text and 0 <= s0 < s1 <= len(text) else event.sentence
    out: dict[str, Any] = {
        "sentence": sentence,
        "trigger": _relative(event.start, event.end, s0, len(sentence)),
        "date": None,
        "date_sentence": None,
        "mentions": [],
    }
    ds, de = event.date_start_offset, event.date_end_offset
    if ds is not None and de is not None:
        inside = _relative(ds, de, s0, len(sentence))
        if inside:
            out["date"] = inside
        elif text and 0 <= ds < de <= len(text):
            a, b = sentence_at(spans, ds)
            if a <= ds and de <= b:
                out["date_sentence"] = {"sentence": text[a:b], "date": [ds - a, de - a]}
    for m in event.mentions:
        if (m.start, m.end) == (event.start, event.end) or not text:
            continue
        if 0 <= m.sentence_start < m.sentence_end <= len(text):
            sent = text[m.sentence_start:m.sentence_end]
            out["mentions"].append({"sentence": sent, "trigger": _relative(m.start, m.end, m.sentence_start, len(sent))})
    return out


def _relative(start: int, end: int, base: int, length: int) -> list[int] | None:
    a, b = start - base, end - base
    if 0 <= a < b <= length:
        return [a, b]
    return None
