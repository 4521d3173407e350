"""What an anchored expression ("a day later", "the next day", a weekday in a narrative) refers to."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text


def _found(text: str, dct: date | None, *, narrative: bool = False):
    return {t.text: t for t in tag_text(text, dct, narrative=narrative)}


@pytest.mark.parametrize(
    "text,extent,amount,unit",
    [
        # a day after a year could be any day of it (or the first of the next): no date is claimed
        ("The border war broke out in 1962. India protested a day later.", "a day", 1, "day"),
        ("The two sides signed a deal in 2020. Beijing confirmed the agreement a day later.", "a day", 1, "day"),
        # a week after a month: no date either
        ("The ceasefire was agreed in March 2016. Two weeks later, both sides reported violations.", "Two weeks", 2, "week"),
        ("The truce was agreed in 2016. Three days earlier, both sides had met.", "Three days", -3, "day"),
    ],
)
def test_temporal_anchored_reference_offset_finer_than_the_reference_claims_no_date(text, extent, amount, unit):
    tx = _found(text, date(2024, 10, 24))[extent]
    assert (tx.earliest, tx.latest) == (None, None), tx.derivation
    assert tx.anchored_to == "event"  # left to the event it follows, with the offset recorded
    assert (tx.anchor.amount, tx.anchor.unit) == (amount, unit)


@pytest.mark.parametrize(
    "text,extent,earliest,latest,precision",
    [
        # a day after a day stays a day
        ("The ceasefire was agreed on March 3, 2016. Two days later, both sides reported violations.", "Two days",
         date(2016, 3, 5), date(2016, 3, 5), "day"),
        # a year after a month is that month a year on
        ("The truce began in March 2016. Two years later it collapsed.", "Two years",
         date(2018, 3, 1), date(2018, 3, 31), "month"),
    ],
)
def test_temporal_anchored_reference_offset_keeps_the_reference_precision(text, extent, earliest, latest, precision):
    tx = _found(text, date(2024, 10, 24))[extent]
    assert (tx.earliest, tx.latest, tx.precision) == (earliest, latest, precision), tx.derivation


@pytest.mark.parametrize("later", ["the following day", "the next day"])
def test_temporal_anchored_reference_following_day_after_a_year_claims_no_date(later):
    tx = _found(f"Fighting erupted in 2008, and {later} the president spoke.", date(2024, 10, 24))[later]
    assert (tx.value, tx.earliest, tx.latest) == ("XXXX-XX-XX", None, None), tx.derivation
    assert (tx.anchor.amount, tx.anchor.unit) == (1, "day")


@pytest.mark.parametrize(
    "text,extent,value,earliest,latest",
    [
        ("The deal was signed in October 1998, and that same day the talks ended.", "that same day",
         "1998-10-XX", date(1998, 10, 1), date(1998, 10, 31)),
        ("The deal was signed in 1998, and that same day the talks ended.", "that same day",
         "1998-XX-XX", date(1998, 1, 1), date(1998, 12, 31)),
    ],
)
def test_temporal_anchored_reference_same_period_stays_within_the_reference(text, extent, value, earliest, latest):
    tx = _found(text, date(2024, 10, 24))[extent]
    assert (tx.value, tx.earliest, tx.latest) == (value, earliest, latest), tx.derivation


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
