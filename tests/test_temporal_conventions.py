"""Values that rest on news conventions: tense cues, "the year", earnings comparisons.

Each row is (expected value, publication date, sentence with the expression in braces): what an
analyst would write down for that sentence on that day."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

TABLE = [
    # tense: a fronted date takes the tense of the main verb, not of a later "plans to"
    ("1989-09", date(1989, 10, 30), "In {September}, it announced plans to acquire the company."),
    ("2025-10-17", date(2025, 10, 21), "On {Friday}, the ministers agreed to meet again next month."),
    # a deadline that "had been" due lies in the past; "until" ahead of a day points forward
    ("1989-10-27", date(1989, 10, 30), "The offer had been due to expire {Friday}."),
    ("2000-04-04", date(2000, 3, 30), "Officials postponed until {Tuesday} any action on the case."),
    # "is heard", "are held": present passives are not past tense
    ("2000-05", date(2000, 3, 29), "He may stay if they lose when the case is heard in {May}."),
    # "since" looks back; news without a tense marker leans to the past
    ("1998-10-23", date(1999, 5, 6), "Police have searched for him since the {Oct. 23} slaying."),
    ("1997-08-06", date(1998, 2, 6), "The index closed within 70 points of its record high set on {Aug. 6}."),
    # relative words
    ("1998-03-08", date(1998, 3, 5), "Women's Day is {this coming Sunday}."),
    ("1989-10-20", date(1989, 10, 30), "Stocks closed on Friday, down 4.5% from {the previous Friday}."),
    ("2000-W10", date(2000, 2, 24), "It may be resolved in a hearing {the week of March 6}."),
    ("1998-08-07T10:35", date(1998, 8, 8), "The blast occurred at {10:35 a.m.} (0735 GMT) Friday."),
    # "the year" of a report is the current one; "the latest fiscal year" the last complete one
    ("1989", date(1989, 10, 30), "The stock rose to a high for {the year} in June."),
    ("1989", date(1989, 11, 2), "Sales for {the full year} were $6.6 billion."),
    ("1988", date(1989, 10, 26), "It had a third of its sales in {the latest fiscal year}."),
    ("1990", date(1989, 11, 2), "The plant will be closed over {the next year or so}."),
    ("1989-H2", date(1989, 10, 26), "It warned of lower earnings for {the last half of 1989}."),
    ("1994-WI", date(1998, 2, 23), "Prices fell to the level of {the winter of nineteen ninety-four}."),
    ("FUTURE_REF", date(1989, 10, 30), "The losses will cut tax payments in {future quarters}."),
    ("PRESENT_REF", date(1989, 10, 30), "It delayed the plant because of {current} market conditions."),
]

CASES = [pytest.param(value, dct, form, id=f"{value}:{form[:40]}") for value, dct, form in TABLE]


@pytest.mark.parametrize("value,dct,form", CASES)
def test_temporal_conventions_table(value, dct, form):
    extent = form[form.index("{") + 1:form.index("}")]
    text = form.replace("{", "").replace("}", "")
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not found: {list(found)}"
    assert found[extent].value == value, found[extent].derivation


EARNINGS = (
    "Kimberly-Clark posted a 20% gain in third-quarter net income. Net rose to $108.8 million from "
    "$90.5 million a year ago. After a flat second quarter, results continued to be depressed. Costs "
    "were also lower in the 1989 period than a year ago. In the year-earlier period, it took charges."
)


def test_temporal_conventions_a_year_ago_compares_with_the_quarter_reported():
    found = [t for t in tag_text(EARNINGS, date(1989, 11, 1)) if t.text in ("a year ago", "the year-earlier period")]
    # the reported quarter is the latest completed one, not "a flat second quarter" told in passing,
    # and one comparison does not become the reference of the next
    assert [t.value for t in found] == ["1988-Q3", "1988-Q3", "1988-Q3"]


def test_temporal_conventions_comparison_looks_back_from_what_was_reported():
    text = ("Third-quarter profit fell. Analysts expect losses through the third quarter of 1990. "
            "In the year-ago period, the company earned $101 million.")
    found = {t.text: t for t in tag_text(text, date(1989, 10, 26))}
    assert found["the year-ago period"].value == "1988-Q3"


def test_temporal_conventions_year_ago_after_an_earlier_year_names_that_period():
    text = "Net was $306 million, against a loss of $195 million in the 1988 period. The year-ago results included a charge."
    found = {t.text: t for t in tag_text(text, date(1989, 11, 2))}
    assert found["The year-ago"].value == "1988"


def test_temporal_conventions_as_soon_as_is_a_conjunction_not_a_date():
    found = [t.text for t in tag_text("They will leave as soon as the talks end, and soon after that.", date(2025, 10, 21))]
    assert found == []
