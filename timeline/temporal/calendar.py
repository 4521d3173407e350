"""Pure date arithmetic on TIMEX3 values: shifting, formatting at a precision, and the range of days
a value denotes. No text, no rules: everything here is a function of dates and value strings."""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        raise OverflowError("year out of range")
    month = m + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def iso_week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def shift(d: date, unit: str, amount: int) -> date:
    """``d`` moved by ``amount`` units (day, week, weekend, month, quarter, half, season, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=amount)
    if unit == "month":
        return add_months(d, amount)
    if unit == "quarter":
        return add_months(d, 3 * amount)
    if unit == "half":
        return add_months(d, 6 * amount)
    if unit == "season":
        return add_months(d, 3 * amount)
    if unit == "year":
        return add_months(d, 12 * amount)
    if unit == "decade":
        return add_months(d, 120 * amount)
    if unit == "century":
        return add_months(d, 1200 * amount)
    if unit in ("hour", "minute", "part_of_day"):
        return d
    raise ValueError(f"unknown unit {unit}")


def quarter_ending(d: date) -> str:
    """The calendar quarter of a three-month period that ends on ``d`` ("the quarter ended July 31"):
    the quarter of its middle month, which holds at least two of its three months; a period ending in
    a month's first half ("ended Oct. 1") ends with the month before."""
    last = d if d.day >= 15 else d.replace(day=1) - timedelta(days=1)
    middle = add_months(last.replace(day=1), -1)
    return f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"


def season_of(d: date) -> tuple[int, str]:
    """(year, season code) of a day; winter belongs to the year it starts in."""
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


def format_at(d: date, unit: str) -> str:
    """The TIMEX3 value naming the ``unit`` that contains ``d``."""
    if unit in ("day", "hour", "minute", "part_of_day"):
        return d.isoformat()
    if unit == "week":
        return iso_week_value(d)
    if unit == "weekend":
        return iso_week_value(d) + "-WE"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if unit == "season":
        y, s = season_of(d)
        return f"{y:04d}-{s}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown unit {unit}")


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) ISO ``weekday`` (1 = Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, _cal.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holiday_date(spec: str, year: int) -> date:
    """A holiday in ``year`` from its spec: ``MM-DD``, ``easter[+/-N]``, ``nth:MONTH:WEEKDAY:N``."""
    if re.fullmatch(r"\d\d-\d\d", spec):
        return date(year, int(spec[:2]), int(spec[3:]))
    m = re.fullmatch(r"easter([+-]\d+)?", spec)
    if m:
        return easter(year) + timedelta(days=int(m.group(1) or 0))
    m = re.fullmatch(r"nth:(\d+):(\d):(-?\d)([+-]\d+)?", spec)
    if m:
        return nth_weekday(year, int(m.group(1)), int(m.group(2)), int(m.group(3))) + timedelta(days=int(m.group(4) or 0))
    raise ValueError(f"bad holiday spec {spec!r}")


_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d:\d\d|MO|MI|AF|EV|NI|DT))?")


def value_range(value: str, mod: str | None = None, parts: Parts | None = None) -> tuple[str, date | None, date | None]:
    """(precision, earliest, latest) of a DATE/TIME value; ``unknown``/None when not a calendar date."""
    try:
        return _value_range(value, mod, parts)
    except (ValueError, OverflowError):
        return "unknown", None, None


#: early / mid / late as a clean partition of each kind of period, in its sub-units (the packaged
#: table lives in lexicons.yaml, ``period_parts``, and is passed to ``value_range``):
#: year, half, quarter, season: months 1-based within the period; month: days; week: ISO weekdays;
#: decade, century: years counted from 0 within the period
PERIOD_SUBUNIT = {"year": "month", "half": "month", "quarter": "month", "season": "month", "month": "day",
                  "week": "day", "decade": "year", "century": "year"}
_PERIOD_SIZE = {"year": 12, "half": 6, "quarter": 3, "season": 3, "month": 31, "week": 7, "decade": 9, "century": 99}
Parts = dict[str, tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]


def parse_period_parts(unit: str, spec: str) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """'1-4 5-8 9-12' -> ((1, 4), (5, 8), (9, 12)): early, mid, late; they must follow each other
    without gap or overlap and cover the whole period. Raises ValueError saying what is wrong."""
    if unit not in PERIOD_SUBUNIT:
        raise ValueError(f"unknown period '{unit}' (one of {', '.join(PERIOD_SUBUNIT)})")
    parts = []
    for item in str(spec).split():
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", item)
        if not m:
            raise ValueError(f"'{item}' is not a range such as 1-4")
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        if b < a:
            raise ValueError(f"'{item}' ends before it starts")
        parts.append((a, b))
    if len(parts) != 3:
        raise ValueError(f"give three ranges (early, mid, late), not {len(parts)}")
    first = 0 if unit in ("decade", "century") else 1
    if parts[0][0] != first or parts[2][1] != _PERIOD_SIZE[unit]:
        raise ValueError(f"the ranges must cover {first}-{_PERIOD_SIZE[unit]}")
    if parts[1][0] != parts[0][1] + 1 or parts[2][0] != parts[1][1] + 1:
        raise ValueError("the ranges must follow each other without gap or overlap")
    return tuple(parts)  # type: ignore[return-value]


#: the units a vague offset ("months ago") may be counted in
VAGUE_OFFSET_UNITS = ("minute", "hour", "day", "week", "month", "quarter", "year", "decade")


def parse_vague_offset(unit: str, spec: str) -> tuple[int, int]:
    """'2-12' -> (2, 12): how many ``unit``s an unstated number of them is taken to be. Raises
    ValueError saying what is wrong."""
    if unit not in VAGUE_OFFSET_UNITS:
        raise ValueError(f"unknown unit '{unit}' (one of {', '.join(VAGUE_OFFSET_UNITS)})")
    m = re.fullmatch(r"(\d+)-(\d+)", str(spec).strip())
    if not m:
        raise ValueError(f"'{spec}' is not a range such as 2-12")
    a, b = int(m.group(1)), int(m.group(2))
    if not 0 < a <= b:
        raise ValueError(f"'{spec}' must be two whole numbers, the first at least 1 and not above the second")
    return a, b


def _narrow(first: date, last: date, mod: str | None, unit: str, parts: Parts | None) -> tuple[date, date]:
    """early/mid/late: a part of the period from the partition table (e.g. a year's months 1-4,
    5-8, 9-12), so that the three parts never overlap; without a table entry, thirds of its days."""
    if mod not in ("START", "MID", "END"):
        return first, last
    idx = {"START": 0, "MID": 1, "END": 2}[mod]
    part = (parts or {}).get(unit)
    if part is not None:
        a, b = part[idx]
        sub = PERIOD_SUBUNIT[unit]
        if sub == "month":
            lo = add_months(first, a - 1)
            hi = add_months(first.replace(day=1), b) - timedelta(days=1)
        elif sub == "day":
            lo = first + timedelta(days=a - 1)
            hi = first + timedelta(days=b - 1)
        else:
            lo = date(max(first.year + a, 1), 1, 1)
            hi = date(first.year + b, 12, 31)
        return max(lo, first), min(hi, last)
    span = (last - first).days + 1
    if span < 3:
        return first, last
    third = span // 3
    if mod == "START":
        return first, first + timedelta(days=third - 1)
    if mod == "MID":
        return first + timedelta(days=third), last - timedelta(days=third)
    return last - timedelta(days=third - 1), last


def _value_range(value: str, mod: str | None, parts: Parts | None) -> tuple[str, date | None, date | None]:
    m = _DAY.fullmatch(value)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        t = m.group(4)
        prec = "day" if not t else ("minute" if ":" in t else "part_of_day")
        return prec, d, d
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        if m.group(3):
            return "weekend", start + timedelta(days=5), start + timedelta(days=6)
        first, last = _narrow(start, start + timedelta(days=6), mod, "week", parts)
        return "week", first, last
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        first, last = _narrow(date(y, mo, 1), date(y, mo, _cal.monthrange(y, mo)[1]), mod, "month", parts)
        return "month", first, last
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        first = date(y, 3 * q - 2, 1)
        last = add_months(first, 3) - timedelta(days=1)
        return ("quarter",) + _narrow(first, last, mod, "quarter", parts)
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        first = date(y, 6 * h - 5, 1)
        return ("half",) + _narrow(first, add_months(first, 6) - timedelta(days=1), mod, "half", parts)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y, s = int(m.group(1)), m.group(2)
        a, b = SEASON_MONTHS[s]
        first = date(y, a, 1)
        last_year = y + 1 if s == "WI" else y
        last = date(last_year, b, _cal.monthrange(last_year, b)[1])
        return ("season",) + _narrow(first, last, mod, "season", parts)
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        y = int(value)
        return ("year",) + _narrow(date(y, 1, 1), date(y, 12, 31), mod, "year", parts)
    m = re.fullmatch(r"(\d{3})", value)
    if m:
        y = int(value) * 10
        return ("decade",) + _narrow(date(max(y, 1), 1, 1), date(y + 9, 12, 31), mod, "decade", parts)
    m = re.fullmatch(r"(\d{2})", value)
    if m:
        y = int(value) * 100
        return ("century",) + _narrow(date(max(y, 1), 1, 1), date(y + 99, 12, 31), mod, "century", parts)
    return "unknown", None, None


def duration_precision(value: str) -> str:
    """The unit of a duration value (P4D -> day)."""
    m = re.fullmatch(r"P(?:T)?[\dX.]*([A-Z]+)", value)
    if not m:
        return "unknown"
    code = m.group(1)
    if value.startswith("PT"):
        return {"H": "hour", "M": "minute", "S": "minute"}.get(code, "unknown")
    return {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "century", "Q": "quarter",
            "WE": "weekend", "E": "century"}.get(code, "unknown")
