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


# a quarter named as the company numbers it ("the fiscal second quarter") is the quarter the report is
# about even when a later calendar quarter was named before it (another company's third quarter): "the
# latest period" and "a year ago" after it follow that quarter, not the calendar one told earlier
_TWO_REPORTS = (
    "Steelmaker profit fell in the third quarter, the company said. "
    "Its parent posted net income for the fiscal second quarter of $8.6 million. "
    "Sales rose to $747 million from $623 million a year ago. The latest period includes a gain of $9 million."
)


def test_a_fiscal_quarter_becomes_the_quarter_reported():
    tags = _tags(_TWO_REPORTS, "1989-10-26")
    assert ("the fiscal second quarter", "DATE", "1989-Q2") in tags
    assert ("The latest period", "DATE", "1989-Q2") in tags
    assert ("a year ago", "DATE", "1988-Q2") in tags


def test_a_calendar_quarter_told_after_a_later_one_does_not_become_the_quarter_reported():
    # without "fiscal" the latest completed quarter told stays the one a comparison looks back from
    text = _TWO_REPORTS.replace("the fiscal second quarter", "a flat second quarter")
    tags = _tags(text, "1989-10-26")
    assert ("a flat second quarter", "DATE", "1989-Q2") not in tags  # the extent leaves "a flat" out
    assert ("second quarter", "DATE", "1989-Q2") in tags
    assert ("a year ago", "DATE", "1988-Q3") in tags


# a reporting period that "ended" on a day is over when the report tells of it: the day written without its
# year is the most recent such one on or before the publication date, even a few days before it; the quarter
# so closed is in the year of that day; and the day does not replace the quarter as the period in focus
@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("A year earlier, in the second quarter ended Oct. 31, the group lost $12 million.", "1989-10-27", "Oct. 31", "1988-10-31"),
        ("For the six months ended Nov. 2, the chain earned $6 million.", "1989-10-30", "Nov. 2", "1988-11-02"),
        ("In the year ended March 31, revenue was $980 million.", "1989-10-27", "March 31", "1989-03-31"),
        ("Profit for the third quarter ended Sept. 30 rose 5%.", "1989-10-27", "Sept. 30", "1989-09-30"),
    ],
)
def test_a_day_that_closed_a_reporting_period_is_not_after_the_report(text, dct, extent, value):
    assert (extent, "DATE", value) in _tags(text, dct)


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("The strike ended Oct. 31, the union said.", "1989-10-27", "Oct. 31", "1989-10-31"),  # an event: by tense
        ("Results for the quarter ending Nov. 30 will be released in January.", "1989-10-27", "Nov. 30", "1989-11-30"),
    ],
)
def test_other_days_after_ended_or_ending_keep_the_nearest_year(text, dct, extent, value):
    assert (extent, "DATE", value) in _tags(text, dct)


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("A year earlier, in the second quarter ended Oct. 31, the group lost $12 million.", "1989-10-27", "the second quarter", "1988-Q2"),
        ("It earned $9 million for the fourth quarter ended Sept. 30, 1988.", "1989-10-27", "the fourth quarter", "1988-Q4"),
        ("It earned $9 million for the fiscal first quarter ended Sept. 30.", "1989-10-27", "the fiscal first quarter", "1989-Q1"),
        ("Sun reported a loss for its fourth quarter ended June 30.", "1989-10-26", "fourth quarter", "1989-Q4"),
    ],
)
def test_a_quarter_that_ended_on_a_day_is_in_the_year_of_that_day(text, dct, extent, value):
    assert (extent, "DATE", value) in _tags(text, dct)


def test_the_day_that_closed_a_quarter_leaves_that_quarter_in_focus():
    text = ("In the second quarter ended Oct. 31, the group lost $12 million. "
            "Results for that quarter included a $30 million write-down.")
    assert ("that quarter", "DATE", "1988-Q2") in _tags(text, "1989-10-27")
