"""Dates as a reader sees them: a day reads as a day, a period as the period it is."""

from __future__ import annotations

import pytest

from timeline.render.dates import date_kind, format_span, format_span_short, precision_mark


def _rec(start, end, precision="day", basis="expression"):
    return {"date_start": start, "date_end": end, "precision": precision, "date_basis": basis}


@pytest.mark.parametrize("record, words, short", [
    (_rec("2025-10-21", "2025-10-21"), "Tue 21 Oct 2025", "2025-10-21"),
    (_rec("2025-10-13", "2025-10-19", "week"), "week of Mon 13 Oct 2025 (13–19 Oct)", "2025-10-13/19"),
    (_rec("2025-10-01", "2025-10-31", "month"), "October 2025", "2025-10"),
    (_rec("2024-02-01", "2024-02-29", "month"), "February 2024", "2024-02"),
    (_rec("2023-07-01", "2023-09-30", "quarter"), "Q3 2023", "2023-Q3"),
    (_rec("2023-01-01", "2023-12-31", "year"), "2023", "2023"),
    (_rec("2022-08-01", "2022-08-05"), "1–5 Aug 2022", "2022-08-01/05"),
    (_rec("2022-11-28", "2022-12-02"), "28 Nov – 2 Dec 2022", "2022-11-28/12-02"),
    (_rec("2024-12-30", "2025-01-05", "week"), "week of Mon 30 Dec 2024 (30 Dec – 5 Jan)", "2024-12-30/2025-01-05"),
    (_rec("2025-10-21", None), "Tue 21 Oct 2025", "2025-10-21"),
    (_rec(None, None, "unknown", "none"), "undated", "undated"),
    (_rec("2025-09-01", "2025-10-20", "unknown", "tense"), "sometime 1 Sep – 20 Oct 2025", "2025-09-01/10-20"),
])
def test_render_dates_format_span(record, words, short):
    assert format_span(record) == words
    assert format_span_short(record) == short


@pytest.mark.parametrize("record, kind, mark", [
    (_rec("2025-10-21", "2025-10-21"), "day", "day"),
    (_rec("2025-10-21", "2025-10-21", basis="constraint"), "day", "day"),
    (_rec("2022-08-01", "2022-08-05"), "range", "range"),
    (_rec("2025-10-13", "2025-10-19", "week"), "period", "week"),
    (_rec("2025-10-01", "2025-10-31", "month"), "period", "month"),
    (_rec("2025-09-01", "2025-10-20", "unknown", "tense"), "estimate", "tense?"),
    (_rec(None, None, "unknown", "none"), "undated", "—"),
])
def test_render_dates_kind_and_precision_mark(record, kind, mark):
    assert date_kind(record) == kind
    assert precision_mark(record) == mark
