"""What an anchored expression ("a day later", "the next day", a weekday in a narrative) refers to."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text


def _found(text: str, dct: date | None, *, narrative: bool = False):
    return {t.text: t for t in tag_text(text, dct, narrative=narrative)}


@pytest.mark.parametrize(
    "text,extent,earliest,latest,precision",
    [
        # a day after a year is somewhere in that year (or the first day of the next), never January 2
        ("The border war broke out in 1962. India protested a day later.", "a day", date(1962, 1, 2), date(1963, 1, 1), "year"),
        # a week after a month: the month shifted by a week, not its first day
        ("The ceasefire was agreed in March 2016. Two weeks later, both sides reported violations.", "Two weeks",
         date(2016, 3, 15), date(2016, 4, 14), "month"),
        # a day after a day stays a day
        ("The ceasefire was agreed on March 3, 2016. Two days later, both sides reported violations.", "Two days",
         date(2016, 3, 5), date(2016, 3, 5), "day"),
    ],
)
def test_temporal_anchored_reference_offset_keeps_the_reference_precision(text, extent, earliest, latest, precision):
    tx = _found(text, date(2024, 10, 24))[extent]
    assert (tx.earliest, tx.latest, tx.precision) == (earliest, latest, precision), tx.derivation


@pytest.mark.parametrize("later", ["the following day", "the next day"])
def test_temporal_anchored_reference_following_day_after_a_year_is_that_year(later):
    tx = _found(f"Fighting erupted in 2008, and {later} the president spoke.", date(2024, 10, 24))[later]
    assert tx.value == "2008", tx.derivation


def test_temporal_anchored_reference_past_offset_skips_a_future_date():
    text = ("Negotiators met in Geneva on Tuesday. A new round will open next month. "
            "Three days later, the foreign minister called the talks useful.")
    found = _found(text, date(2022, 9, 16))  # a Friday
    tx = found["Three days"]
    assert tx.anchored_to == f"timex:{found['Tuesday'].start}"
    assert tx.earliest == tx.latest == date(2022, 9, 16), tx.derivation


def test_temporal_anchored_reference_past_offset_never_lands_after_the_dct():
    text = "The envoy met Hamas officials on Thursday. Two days later, he returned to Cairo."
    tx = _found(text, date(2023, 11, 17))["Two days"]  # Thursday is the DCT itself
    assert tx.earliest is None or tx.earliest <= date(2023, 11, 17), tx.derivation
    assert tx.anchor is not None and (tx.anchor.amount, tx.anchor.unit) == (2, "day")


def test_temporal_anchored_reference_next_day_follows_the_date_told():
    text = "The summit opened on Monday, May 13, 2024. The next day, the leaders issued a statement."
    tx = _found(text, date(2024, 5, 20))["The next day"]
    assert tx.value == "2024-05-14", tx.derivation


def test_temporal_anchored_reference_future_next_day_follows_the_future_date():
    text = "The summit will open on June 3, 2024. The next day, the leaders will issue a statement."
    tx = _found(text, date(2024, 5, 20))["The next day"]
    assert tx.value == "2024-06-04", tx.derivation


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # a narrative moves forward from the date just told, whatever the tense
        ("On Tuesday, April 1, 2025, the convoy left Mosul. Three days later, on Friday, it reached the border.", "Friday", "2025-04-04"),
        ("On Tuesday, April 1, 2025, the convoy left Mosul. On Thursday it reached the border.", "Thursday", "2025-04-03"),
        # the chain of offsets is followed: two weeks on, then the Thursday of that week
        ("On Monday, March 3, 2025, the talks began. Two weeks later, on Thursday, they ended.", "Thursday", "2025-03-20"),
        # looking back in the past perfect: the one before
        ("On Friday, April 4, 2025, the convoy reached the border. It had left Mosul on Tuesday.", "Tuesday", "2025-04-01"),
        # a weekday in the week just told
        ("The week of March 10, 2025 was tense; on Wednesday the border closed.", "Wednesday", "2025-03-12"),
        # after a bare year, which Monday is unknowable
        ("In 2019 the protests began. On Monday, police fired tear gas.", "Monday", "XXXX-WXX-1"),
    ],
)
def test_temporal_anchored_reference_narrative_weekday(text, extent, value):
    tx = _found(text, None, narrative=True)[extent]
    assert tx.value == value, tx.derivation


@pytest.mark.parametrize(
    "text,extent,amount,signal",
    [
        ("The cabinet met on June 2, 2024. The next day the premier resigned.", "The next day", 1, "following"),
        ("The cabinet met on June 2, 2024, and the following day the premier resigned.", "the following day", 1, "following"),
        ("The cabinet met on June 2, 2024; the premier had resigned the day before.", "the day before", -1, "preceding"),
    ],
)
def test_temporal_anchored_reference_day_after_a_date_carries_its_offset(text, extent, amount, signal):
    found = _found(text, date(2024, 6, 10))
    tx = found[extent]
    assert tx.anchored_to == f"timex:{found['June 2, 2024'].start}"
    assert (tx.anchor.amount, tx.anchor.unit, tx.anchor.signal) == (amount, "day", signal)
    assert tx.value == (date(2024, 6, 2) + (date(2024, 6, 3) - date(2024, 6, 2)) * amount).isoformat()
