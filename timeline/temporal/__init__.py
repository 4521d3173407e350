"""The temporal engine: find every temporal expression in a text and normalize it to TIMEX3.

``tag_text(text, dct, narrative=False)`` returns the expressions sorted by start, without overlaps,
each with its TIMEX3 type/value/mod, precision, earliest/latest days, the rule that found it, what
it was resolved against (``anchored_to``) and a derivation in words. Rules are data
(``timeline/resources/temporal/``); see ``timeline.temporal.resources``.
"""

from __future__ import annotations

from datetime import date

from timeline.model import Timex


def tag_text(text: str, dct: date | None, *, narrative: bool = False) -> tuple[Timex, ...]:
    """Every temporal expression of ``text``, resolved against ``dct`` (news) or, when
    ``narrative`` (or there is no DCT), against the last date mentioned before it."""
    from timeline.temporal.engine import default_engine, tag

    return tag(default_engine(), text, dct, narrative=narrative or dct is None)


__all__ = ["tag_text"]
