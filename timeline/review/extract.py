"""Extraction for a review session: the timeline ``build_timeline`` would give, plus the events as
the extractor gave them BEFORE propagation.

A session re-propagates dates after every correction, and keeps the extractor's own dates to start
from: what an analyst changes is then the only difference from a fresh extraction. The stages are
the pipeline's (``extract_timeline`` then ``propagate_timeline``), as in ``build_timeline``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from timeline.model import Document, DocumentError, Event, Timeline


def extract_for_review(
    documents: Iterable[Document],
    *,
    title: str = "Review session",
    errors: Iterable[DocumentError] = (),
    actors_file: Path | None = None,
    narrative: bool = False,
    progress: Callable[[Document], None] | None = None,
    link: bool = True,
) -> tuple[Timeline, tuple[Event, ...]]:
    """(the propagated timeline, its reports of one event linked unless ``link`` is False; the
    events before propagation)."""
    from timeline.pipeline import extract_timeline, link_timeline, propagate_timeline

    extracted = extract_timeline(
        documents, title=title, errors=errors, actors_file=actors_file, narrative=narrative, progress=progress
    )
    timeline = propagate_timeline(extracted)
    return (link_timeline(timeline) if link else timeline), extracted.events
