"""Shared helpers for temporal-engine tests (tests/ is on sys.path: `from temporal_helpers import ...`)."""

from __future__ import annotations

from datetime import date

from timeline.temporal import tag_text


def value_of(text: str, extent: str, dct: date) -> str:
    """The TIMEX3 value the engine gives the expression whose text is exactly `extent`."""
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, [t.text for t in tag_text(text, dct)]
    return found[extent].value
