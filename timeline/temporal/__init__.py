"""The temporal engine: find every temporal expression in a text and normalize it to TIMEX3.

``tag_text(text, dct, narrative=False)`` returns the expressions sorted by start, without overlaps,
each with its TIMEX3 type/value/mod, precision, earliest/latest days, the rule that found it, what
it was resolved against (``anchored_to``) and a derivation in words. Rules are data
(``timeline/resources/temporal/``); see ``timeline.temporal.resources``.
"""

from __future__ import annotations

from datetime import date

from timeline.model import Timex


def tag_text(text: str, dct: date | None, *, narrative: bool = False, tokens=None) -> tuple[Timex, ...]:
    """Every temporal expression of ``text``, resolved against ``dct`` (news) or, when
    ``narrative`` (or there is no DCT), against the last date mentioned before it. In news, a section
    under a date line of its own ("*November 10, 2021*") is resolved against that date
    (:mod:`timeline.temporal.sections`). ``tokens``: the text's token table
    (``timeline.actors.tokens.TokenTable``) when the caller made one, to find trigger words without a regex."""
    from timeline.temporal.engine import default_engine, tag
    from timeline.temporal.sections import resolve_sections

    engine = default_engine()
    if narrative or dct is None:
        return tag(engine, text, dct, narrative=True, tokens=tokens)
    # a page of dated sections (readouts, a live page over several days): each section against its date line
    return resolve_sections(text, tag(engine, text, dct, tokens=tokens), dct,
                            lambda section, day: tag(engine, section, day, limit=dct))


def named_period(timex: Timex) -> tuple[date, date] | None:
    """The whole period a DATE or TIME names, whatever its mod: for "earlier this month" (2025-10,
    mod START, said on the 21st) ``timex.earliest``/``latest`` hold the narrowed range (October 1-21)
    and this gives the whole month (October 1-31); "late last year" (2024, END): 2024-01-01..2024-12-31.
    None for durations, sets, vague references (PAST_REF ...) and values with no calendar period."""
    from timeline.temporal.calendar import value_range

    if timex.type not in ("DATE", "TIME"):
        return None
    _precision, first, last = value_range(timex.value)
    return (first, last) if first is not None and last is not None else None


def vague_offset_span(unit: str) -> tuple[int, int] | None:
    """How many ``unit``s an unstated number of them ("days after the attack", "months ago") is
    taken to be: (least, most), from the packaged ``vague_offset`` lexicon ("day": (2, 13)); None
    for a unit it does not cover."""
    from timeline.temporal.engine import default_engine

    return default_engine().vague_offsets.get(unit)


__all__ = ["named_period", "tag_text", "vague_offset_span"]
