"""The pipeline: documents in, a Timeline out. Stages, in order:

1. ``timeline.temporal.tag_text``: every temporal expression, normalized (TIMEX3) and explained;
2. ``timeline.events.extract_events``: events, actors and date constraints of one document;
3. ``timeline.reasoning.propagate``: constraints propagated across events; contradictions flagged;
4. ``timeline.linking.link_reports``: events of different documents that tell one real-world event
   linked into report groups; reports that disagree flagged (``link=False`` leaves this out).

Library code: it never prints or exits. A document that fails becomes a ``DocumentError`` and the
others still go through.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from timeline.errors import DCTError, TimelineError
from timeline.model import Actor, Constraint, Document, DocumentError, Event, Timeline, Timex


def tag_document(doc: Document, *, narrative: bool = False, tokens=None) -> tuple[Timex, ...]:
    """The document's temporal expressions. A news document without a DCT whose text needs one
    (relative expressions) is an error, unless ``narrative`` (resolve against earlier dates). ``tokens``: the
    text's token table when the caller made one (shared with the later stages)."""
    from timeline.temporal import tag_text

    timexes = tag_text(doc.text, doc.dct, narrative=narrative or doc.dct is None, tokens=tokens)
    if doc.dct is None and not narrative:
        relative = list(dict.fromkeys(t.text for t in timexes if t.anchored_to in ("unresolved", "dct")))
        if relative:
            shown = ", ".join(f"'{r}'" for r in relative[:3])
            raise DCTError(
                f"{doc.path or doc.id}: no publication date, and the text has relative dates ({shown})",
                _how_to_date(doc),
            )
    return timexes


def extract_timeline(
    documents: Iterable[Document],
    *,
    title: str = "Timeline",
    errors: Iterable[DocumentError] = (),
    actors_file: Path | None = None,
    narrative: bool = False,
    progress: Callable[[Document], None] | None = None,
) -> Timeline:
    """Stages 1 and 2 for every document: events as the extractor dated them, before propagation.

    A review session keeps these, so that after an analyst's correction it can propagate again
    from the extractor's own dates."""
    from timeline.actors import load_gazetteer
    from timeline.actors.tokens import TokenTable
    from timeline.events import extract_events

    gazetteer = load_gazetteer(actors_file)
    docs: list[Document] = []
    all_errors: list[DocumentError] = list(errors)
    events: list[Event] = []
    constraints: list[Constraint] = []
    actors: dict[str, Actor] = {}
    timexes: list[tuple[str, tuple[Timex, ...]]] = []
    warnings: list[str] = []
    with _fewer_collections():
        for doc in documents:
            if progress:
                progress(doc)
            try:
                table = TokenTable(doc.text)  # (the document tokenised once, for every stage)
                tx = tag_document(doc, narrative=narrative, tokens=table)
                extraction = extract_events(doc, tx, gazetteer, tokens=table)
            except TimelineError as err:
                all_errors.append(DocumentError(doc.path or doc.id, err.line()))
                continue
            except MemoryError:
                raise
            except Exception as err:  # a bug on one article must not cost the analyst the other articles
                if os.environ.get("TIMELINE_DEBUG"):
                    raise
                all_errors.append(DocumentError(doc.path or doc.id, _internal_error_line(doc, err)))
                continue
            docs.append(doc)
            timexes.append((doc.id, tx))
            events.extend(extraction.events)
            constraints.extend(extraction.constraints)
            for actor in extraction.actors:
                actors.setdefault(actor.id, actor)
            if doc.dct is None:
                warnings.append(f"{doc.path or doc.id}: no publication date; dates resolved against earlier dates in the text")
    warnings.extend(_same_text_warnings(docs))
    return Timeline(
        title=title,
        documents=tuple(docs),
        events=tuple(events),
        actors=tuple(sorted(actors.values(), key=lambda a: a.name)),
        constraints=tuple(constraints),
        timexes=tuple(timexes),
        errors=tuple(all_errors),
        warnings=tuple(warnings),
    )


def _internal_error_line(doc: Document, err: Exception) -> str:
    """One line for a document the analysis failed on (a bug), naming it so the batch's other documents still count."""
    return (
        f"{doc.path or doc.id}: internal error while analysing this document: {type(err).__name__}: {err} "
        "(this is a bug: please report it with the document; TIMELINE_DEBUG=1 shows the traceback; "
        "the other documents were processed)"
    )


def _same_text_warnings(docs: list[Document]) -> list[str]:
    from timeline.ingest.repeats import same_text_warnings

    return same_text_warnings(docs)


#: the garbage collector's first threshold while documents are analysed (Python's default is 700):
#: analysis allocates many short-lived objects and few cycles, and the default makes the collector
#: run several times per article, re-scanning what the batch has kept (3-5% of the time; speed only)
_GC_THRESHOLD = 20_000
_gc_lock = threading.Lock()
_gc_depth = 0
_gc_saved: tuple[int, ...] = ()
_gc_froze = False  # whether this module froze the objects that existed when the analysis began


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect garbage less often while documents are analysed; the caller's thresholds are restored
    after (nested or concurrent uses restore them once, when the last one ends). The objects that
    exist when the analysis begins (lexicons, gazetteer, rules, the input documents) are set aside
    from collection meanwhile (``gc.freeze``, unless the caller froze some: then left as they are),
    so that an older-generation collection in a large batch does not re-scan them all (speed only)."""
    global _gc_depth, _gc_saved, _gc_froze
    with _gc_lock:
        if _gc_depth == 0:
            _gc_saved = gc.get_threshold()
            if _gc_saved[0]:  # (0: the caller turned automatic collection off; leave it so)
                gc.set_threshold(max(_gc_saved[0], _GC_THRESHOLD), *_gc_saved[1:])
                _gc_froze = gc.get_freeze_count() == 0
                if _gc_froze:
                    gc.freeze()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0:
                gc.set_threshold(*_gc_saved)
                if _gc_froze:
                    _gc_froze = False
                    gc.unfreeze()


def propagate_timeline(extracted: Timeline) -> Timeline:
    """Stage 3: propagate the constraints between events; events come out in date order."""
    from timeline.reasoning import propagate

    reasoned, conflicts = propagate(
        extracted.events, extracted.constraints, dcts={d.id: d.dct for d in extracted.documents if d.dct}
    )
    return replace(
        extracted,
        events=tuple(sorted(reasoned, key=event_order)),
        warnings=extracted.warnings + tuple(conflicts),
    )


def link_timeline(timeline: Timeline) -> Timeline:
    """Stage 4: reports of one event in different documents linked into report groups; linked
    reports that disagree are flagged, and each disagreement is a warning."""
    from timeline.linking import link_reports

    linked, warnings = link_reports(timeline.events, timeline.documents)
    return replace(timeline, events=linked, warnings=timeline.warnings + warnings)


def _how_to_date(doc: Document) -> str:
    """How to give this kind of document a publication date."""
    where = (doc.path or "").lower()
    if where.endswith((".md", ".markdown", ".txt")):
        return "pass --dct YYYY-MM-DD, or add 'published: YYYY-MM-DD' front matter"
    if where.endswith((".html", ".htm")):
        return "pass --dct YYYY-MM-DD: the page has no publication date in its metadata, a <time> element or its URL"
    if ".jsonl:" in where or where.endswith(".jsonl"):
        return "add a 'published' field to the line, or pass --dct YYYY-MM-DD"
    return "pass --dct YYYY-MM-DD"


def build_timeline(
    documents: Iterable[Document],
    *,
    title: str = "Timeline",
    errors: Iterable[DocumentError] = (),
    actors_file: Path | None = None,
    narrative: bool = False,
    progress: Callable[[Document], None] | None = None,
    link: bool = True,
) -> Timeline:
    """Documents in, a propagated Timeline out; with ``link`` (the default), reports of one event
    in several documents linked (``timeline.linking``)."""
    with _fewer_collections():  # (over every stage: one collection when done, not more in propagation and linking)
        timeline = propagate_timeline(
            extract_timeline(
                documents, title=title, errors=errors, actors_file=actors_file, narrative=narrative, progress=progress
            )
        )
        return link_timeline(timeline) if link else timeline


def event_order(event: Event) -> tuple:
    """Dated events first, by start then end; undated at the end; ties by document position."""
    far = date.max
    return (event.date_start or far, event.date_end or far, event.doc, event.start)
