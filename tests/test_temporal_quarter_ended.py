"""A quarter named by the day it ended ("the quarter ended July 31") and a comparison "a year earlier"
that follows it: the calendar quarter holding most of the three months, unless the report has just
named its quarter as the company numbers it; and the comparison is with that quarter a year before,
as "a year ago" is, not with the closing day. Sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import calendar as cal
from timeline.temporal import tag_text


def _tags(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, date.fromisoformat(dct))]


@pytest.mark.parametrize(
    ("end", "quarter"),
    [
        ("1989-09-30", "1989-Q3"),  # July to September
        ("1989-07-31", "1989-Q2"),  # May to July: two months in Q2
        ("1989-08-26", "1989-Q3"),  # June to August: two months in Q3
        ("1989-10-01", "1989-Q3"),  # ends with September (the period closes on the 1st)
        ("2025-01-31", "2024-Q4"),  # November to January: across the year
        ("2025-12-31", "2025-Q4"),
    ],
)
def test_calendar_quarter_of_a_period_ending_on_a_day(end, quarter):
    assert cal.quarter_ending(date.fromisoformat(end)) == quarter


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("In the quarter ended July 31, the shipping group lost $2 million.", "1989-10-30", "1989-Q2"),
        ("The airline earned $40 million in the quarter ended Sept. 30.", "1989-10-26", "1989-Q3"),
        ("Steel output fell 3% in the quarter ending Jan. 31, the ministry said.", "2025-03-10", "2024-Q4"),
        ("For the latest quarter ended Aug. 26, the retailer earned $4 million.", "1989-11-01", "1989-Q3"),
    ],
)
def test_quarter_ended_is_the_calendar_quarter_of_those_months(text, dct, value):
    assert ("the quarter" if "the quarter" in text else "the latest quarter", "DATE", value) in _tags(text, dct)


def test_quarter_ended_keeps_the_number_the_report_gave_it():
    # the report has just named the company's fiscal first quarter: "the quarter" after it is that one
    text = "The airline reported fiscal first-quarter profit. For the quarter ended Sept. 30, it earned $133 million."
    assert ("the quarter", "DATE", "1989-Q1") in _tags(text, "1989-10-26")


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # the day only closes the quarter reported: the comparison is that quarter a year before
        ("The maker had sales of $538 million for the quarter ended Sept. 29, up 39% from $388 million a year earlier.",
         "1989-10-26", "1988-Q3"),
        ("It earned $9 million in the fiscal first quarter ended Sept. 30. Sales were $348 million, against $307 million a year earlier.",
         "1989-10-26", "1988-Q1"),
    ],
)
def test_a_year_earlier_after_a_quarter_ended_is_that_quarter_a_year_before(text, dct, value):
    assert ("a year earlier", "DATE", value) in _tags(text, dct)


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a day that closes no quarter stays the reference of "a year earlier"
        ("Exports fell in the third quarter. The ceasefire was signed on Sept. 30; a year earlier, the two armies had fought for the city.",
         "1989-10-26", "1988-09-30"),
        # "the year ended" is not a quarter: the day keeps its own granularity
        ("Profit for the year ended Sept. 30 rose to $4 million from $3 million a year earlier.",
         "1989-11-02", "1988-09-30"),
    ],
)
def test_a_year_earlier_after_other_days_is_unchanged(text, dct, value):
    assert ("a year earlier", "DATE", value) in _tags(text, dct)
