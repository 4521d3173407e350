"""What many events tests need: the events the whole pipeline gives for a text, and the one event among them
that a trigger names (an assertion error lists what was found instead)."""

from __future__ import annotations

from datetime import date

from timeline.actors import load_gazetteer
from timeline.events import extract_events
from timeline.model import Document, Event
from timeline.pipeline import build_timeline
from timeline.temporal import tag_text

#: a Friday; the publication date most events tests write their sentences against
FRIDAY = date(2025, 3, 7)


def events_of(text: str, dct: date = FRIDAY) -> tuple[Event, ...]:
    """The events of ``text`` published on ``dct``, after propagation."""
    return build_timeline([Document(id="t", text=text, dct=dct, dct_source="cli")]).events


def extracted_of(text: str, dct: date = FRIDAY) -> tuple[Event, ...]:
    """The events the extractor gives for ``text`` published on ``dct``, before the whole pipeline's propagation."""
    doc = Document(id="t", text=text, dct=dct, dct_source="cli")
    return extract_events(doc, tag_text(text, doc.dct), load_gazetteer()).events


def types_of(text: str, dct: date = FRIDAY) -> list[str]:
    """The sorted types of the events of ``text`` published on ``dct``."""
    return sorted(e.type for e in events_of(text, dct))


def the_event(events, type_: str | None, trigger: str, *, how: str = "in") -> Event:
    """The one event of ``type_`` (None: any type) that ``trigger`` names: ``how`` "in" (inside the event's
    trigger), "prefix" (the event's trigger starts with it) or "mention" (one of its mentions starts with it)."""
    def names(e: Event) -> bool:
        if how == "in":
            return trigger in e.trigger.lower()
        if how == "prefix":
            return e.trigger.lower().startswith(trigger)
        return any(m.trigger.lower().startswith(trigger) for m in e.mentions)

    found = [e for e in events if type_ in (None, e.type) and names(e)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events]
    return found[0]
