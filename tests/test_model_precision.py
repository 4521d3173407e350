"""A date range reports a named precision only when it is exactly that period."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import period_precision


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2025-10-21", "2025-10-21", "day"),
        ("2025-10-13", "2025-10-19", "week"),  # ISO week 42, Monday to Sunday
        ("2025-10-14", "2025-10-20", "unknown"),  # seven days, but not a calendar week
        ("2024-02-01", "2024-02-29", "month"),  # leap February
        ("2023-02-01", "2023-02-28", "month"),
        ("2025-07-01", "2025-09-30", "quarter"),
        ("2025-08-01", "2025-10-31", "unknown"),  # three months, not a quarter
        ("2022-01-01", "2022-12-31", "year"),
        ("1990-01-01", "1999-12-31", "decade"),
        ("2020-08-13", "2020-09-15", "unknown"),
        ("2025-10-21", "2025-11-04", "unknown"),  # "within two weeks"
        ("2024-12-30", "2025-01-05", "week"),  # a week across a year end
    ],
)
def test_model_period_precision(start, end, expected):
    assert period_precision(date.fromisoformat(start), date.fromisoformat(end)) == expected


def test_model_period_precision_open_or_reversed_range_is_unknown():
    assert period_precision(None, date(2025, 1, 1)) == "unknown"
    assert period_precision(date(2025, 1, 2), date(2025, 1, 1)) == "unknown"
