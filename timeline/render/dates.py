"""How dates are shown to a reader: one formatter shared by the chart, the table and the terminal.

A record's dates are ISO strings (``date_start``, ``date_end``: first and last day the event can
fall on). A span is named for what it is ("October 2025", "Q3 2025", "week of Mon 13 Oct 2025"),
so an analyst sees at a glance whether a date is a day or a period.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

_PERIODS = ("week", "month", "quarter", "year", "decade")


def parse_iso(value: Any) -> date | None:
    """A record's date field as a date; None for empty or unparseable values."""
    if isinstance(value, date):
        return value
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def record_span(record: dict[str, Any]) -> tuple[date | None, date | None]:
    """(first, last) day of a record; one missing end is taken as the other (a single day)."""
    start, end = parse_iso(record.get("date_start")), parse_iso(record.get("date_end"))
    if start is None:
        start = end
    if end is None:
        end = start
    if start and end and end < start:
        start, end = end, start
    return start, end


#: the words :func:`timeline.reasoning.propagate` writes into the derivation of an event whose own
#: date (expression or tense) it narrowed with other events' dates
_NARROWED = "narrowed by other events from "


def is_estimate(record: dict[str, Any]) -> bool:
    """True when the date rests on tense (a guess from the verb, not a date expression), whether
    or not other events then narrowed it: narrowed, it is a tighter estimate, still an estimate."""
    return record.get("date_basis") == "tense"


def is_narrowed(record: dict[str, Any]) -> bool:
    """True when other events narrowed the event's own date (the record's counterpart of
    :func:`timeline.reasoning.is_narrowed`)."""
    return record.get("date_basis") in ("expression", "tense") and _NARROWED in str(record.get("date_derivation") or "")


def basis_note(record: dict[str, Any]) -> str:
    """What the date rests on, in a few words for a reader ("" when the text gives it outright):
    "dated by another report of the same event" (linking), "estimated from tense only", "estimated from tense, narrowed by other events", "derived from
    other events", "narrowed by other events", "set by an analyst"."""
    own = record.get("report_date")
    if isinstance(own, dict) and (own.get("date_start"), own.get("date_end")) != (record.get("date_start"), record.get("date_end")):
        return "dated by another report of the same event"
    basis = record.get("date_basis")
    if basis == "tense":
        return "estimated from tense, narrowed by other events" if is_narrowed(record) else "estimated from tense only"
    if basis == "constraint":
        return "derived from other events"
    if basis == "analyst":
        return "set by an analyst"
    if basis == "expression" and is_narrowed(record):
        return "narrowed by other events"
    return ""


def date_kind(record: dict[str, Any]) -> str:
    """How the date is known: "undated", "day" (one exact day), "range" (exact first and last day),
    "period" (somewhere within a week, month, year ...), "estimate" (from tense only) or
    "narrowed" (from tense, then narrowed by other events: a tighter estimate)."""
    start, end = record_span(record)
    if start is None:
        return "undated"
    if is_estimate(record):
        return "narrowed" if is_narrowed(record) else "estimate"
    if start == end:
        return "day"
    if record.get("precision") in _PERIODS or record.get("precision") == "unknown":
        return "period"
    return "range"


def _day(d: date, *, weekday: bool = True, year: bool = True) -> str:
    text = f"{d.day} {d:%b}"
    if weekday:
        text = f"{d:%a} {text}"
    return f"{text} {d.year}" if year else text


def _whole_month(start: date, end: date) -> bool:
    return start.day == 1 and end.year == start.year and end.month == start.month and \
        end.day == calendar.monthrange(end.year, end.month)[1]


def _whole_quarter(start: date, end: date) -> bool:
    return start.day == 1 and start.month in (1, 4, 7, 10) and end.year == start.year and \
        end.month == start.month + 2 and end.day == calendar.monthrange(end.year, end.month)[1]


def format_span(record: dict[str, Any]) -> str:
    """The date in words: "Tue 21 Oct 2025", "week of Mon 13 Oct 2025 (13–19 Oct)", "October 2025",
    "Q3 2025", "2025", "13–19 Oct 2025", "undated". Estimates from tense start with "about"."""
    start, end = record_span(record)
    if start is None or end is None:
        return "undated"
    prefix = "about " if is_estimate(record) and start == end else ""
    if is_estimate(record) and start != end:
        prefix = "sometime "
    if start == end:
        return prefix + _day(start)
    if _whole_month(start, end):
        text = f"{start:%B} {start.year}"
    elif _whole_quarter(start, end):
        text = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        text = str(start.year)
    elif start.year == end.year and start.month == 1 and start.day == 1 and end.month == 6 and end.day == 30:
        text = f"H1 {start.year}"
    elif start.year == end.year and start.month == 7 and start.day == 1 and end.month == 12 and end.day == 31:
        text = f"H2 {start.year}"
    elif (end - start).days == 6 and start.weekday() == 0 and record.get("precision") == "week":
        text = f"week of {_day(start)} ({_range(start, end, year=False)})"
    else:
        text = _range(start, end)
    return prefix + text


def _range(start: date, end: date, *, year: bool = True) -> str:
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{end.day} {end:%b}" + (f" {end.year}" if year else "")
    if start.year == end.year:
        return f"{_day(start, weekday=False, year=False)} – {_day(end, weekday=False, year=year)}"
    return f"{_day(start, weekday=False, year=year)} – {_day(end, weekday=False, year=year)}"


def format_span_short(record: dict[str, Any]) -> str:
    """A compact ISO form for narrow columns: 2025-10-21, 2025-10, 2025-Q3, 2025, 2025-10-13/19,
    2025-09-29/10-05, 2025-12-28/2026-01-03; "undated"."""
    start, end = record_span(record)
    if start is None or end is None:
        return "undated"
    if start == end:
        return start.isoformat()
    if _whole_month(start, end):
        return f"{start:%Y-%m}"
    if _whole_quarter(start, end):
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return str(start.year)
    if start.year == end.year and start.month == end.month:
        return f"{start.isoformat()}/{end.day:02d}"
    if start.year == end.year:  # ISO 8601 lets the end drop what it shares with the start
        return f"{start.isoformat()}/{end:%m-%d}"
    return f"{start.isoformat()}/{end.isoformat()}"


def precision_mark(record: dict[str, Any]) -> str:
    """A short word for how precise the date is: day, week, month, ..., "range", "tense?",
    "tense (narrowed)", "—"."""
    kind = date_kind(record)
    if kind == "undated":
        return "—"
    if kind == "estimate":
        return "tense?"
    if kind == "narrowed":
        return "tense (narrowed)"
    if kind == "range":
        return "range"
    return str(record.get("precision") or "day") if kind == "period" else "day"
