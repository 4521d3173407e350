"""Publication dates (the DCT): reading a date a user or a file gives, and dates in URLs.

Never today: nothing here fills a missing day, month or year from the clock.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from timeline.errors import DCTError
from timeline.ingest import resources

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_DATETIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", re.IGNORECASE)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")

#: dateparser settings that never fill a missing part from today
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
#: weekday names and ordinal suffixes may sit beside a written date ("Tuesday, October 21st, 2025")
_ALLOWED_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "st nd rd th of the".split()
)


def parse_dct(text: str) -> date:
    """A publication date as written: ISO (``2025-10-21``, or a full ISO datetime: its date), or an
    unambiguous written form with a month name, a day and a four-digit year ("October 21, 2025",
    "21 Oct 2025"). Anything else raises ``DCTError``; the clock is never consulted."""
    raw = text if isinstance(text, str) else str(text)
    value = raw.strip()
    for pattern in (_ISO_DATE, _ISO_DATETIME, _COMPACT, _YEAR_FIRST):
        m = pattern.fullmatch(value)
        if m:
            return _make_date(raw, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    written = _parse_written(value)
    if written is None:
        raise _cannot_read(raw)
    return written


def _cannot_read(raw: str) -> DCTError:
    shown = raw if len(raw) <= 60 else raw[:57] + "..."
    return DCTError(f"cannot read the date '{shown}'", "write it as YYYY-MM-DD")


def _make_date(raw: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _cannot_read(raw) from None


def _parse_written(value: str) -> date | None:
    """A written date with a month name, a day and a four-digit year; None otherwise."""
    month_names = resources.months()
    words = [w.lower() for w in _WORD.findall(value)]
    months = [w for w in words if w in month_names]
    numbers = _NUMBER.findall(value)
    if len(months) != 1 or len(numbers) != 2 or len(value) > 60:
        return None
    if any(w not in month_names and w not in _ALLOWED_WORDS for w in words):
        return None
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != 1:
        return None
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        return None
    expected = (int(years[0]), month_names[months[0]], int(days[0]))
    if (parsed.year, parsed.month, parsed.day) != expected:
        return None
    return parsed.date()


def coerce_dct(value: object) -> date:
    """A date from a front-matter or JSON field: a YAML date, a datetime, or a string for parse_dct."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return parse_dct(str(value))
    raise _cannot_read(str(value))


#: how many non-empty lines at the head of a text may hold its dateline or "Published" line
_HEAD_LINES = 4


def date_from_text(text: str) -> date | None:
    """The publication day a text states at its head: a wire dateline ("OHRID, North Macedonia,
    March 19, 2023 —") or a "Published ..." line, from ``resources/ingest/text_dates.tsv``;
    None if the first few lines state none."""
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()][:_HEAD_LINES]
    for line in lines:
        found = _first_date(resources.text_dates(), line)
        if found is not None:
            return found
    return None


def credit_from_text(text: str) -> str | None:
    """The agency a wire dateline credits ("WASHINGTON (Reuters) -", "OHRID, March 19, 2023 (AFP) —"),
    on one of the first few lines of the text; None if there is none."""
    for line in [line.strip() for line in text[:2000].splitlines() if line.strip()][:_HEAD_LINES]:
        m = _DATELINE_CREDIT.match(line)
        if m is not None:
            return m.group("credit").strip()
    return None


#: a dateline: the place in capitals, perhaps a region and a date, then the agency in brackets and a dash
_DATELINE_CREDIT = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{1,40})(?:,[^()\n]{1,60})?[ ]*\((?P<credit>[A-Z][\w.&'’ -]{0,30})\)[ ]*[-—–]")


def _first_date(rules, value: str, *, search: bool = False) -> date | None:
    month_names = resources.months()
    for rule in rules:
        for m in (rule.pattern.finditer(value) if search else filter(None, [rule.pattern.match(value)])):
            groups = m.groupdict()
            if groups.get("mon") is not None:
                month = month_names.get(groups["mon"].lower())
                if month is None:
                    continue
            else:
                month = int(groups["m"])
            try:
                return date(int(groups["y"]), month, int(groups["d"]))
            except ValueError:
                continue
    return None


def date_from_url(url: str | None) -> date | None:
    """The publication day written in an article URL (``/2025-10-21/``, ``/2025/10/21/``,
    ``/20251021/``, ``/2025/oct/21/`` ...), from ``resources/ingest/url_dates.tsv``; None if none."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.IGNORECASE)
    path = path.split("?", 1)[0].split("#", 1)[0]
    return _first_date(resources.url_dates(), path, search=True)
