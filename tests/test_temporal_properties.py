"""Properties of tag_text that hold for any input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import engine, tag_text


@pytest.fixture(autouse=True, scope="module")
def _strict_resolution():
    """A resolver error must fail the test, not turn into an unresolved value."""
    engine._STRICT = True
    yield
    engine._STRICT = False

FRAGMENTS = [
    "The talks collapsed on Friday", "last week", "in September 2022", "two days later", "a year earlier",
    "four days after the vote", "a day before Trump met Zelenskiy", "78% of the land", "We said", "now",
    "the coming weeks", "more than a decade", "every Tuesday", "at 3:30 p.m. ET", "early 2022", "the 1990s",
    "between May and July 2024", "from 2019 to 2022", "Christmas", "the third quarter", "tonight", "2,000 troops",
    "Oct. 21", "21 Oct 2025", "10/21/2025", "yesterday morning", "mid-1996", "the day before", "three years ago",
    "May", "march", "the future of Ukraine", "Tu suscripción", ".", ",", "\n", "  ", "“", "’s",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), max_size=12),
    dct=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))),
    narrative=st.booleans(),
)
def test_temporal_properties_offsets_order_and_ranges(parts, dct, narrative):
    text = " ".join(parts)
    found = tag_text(text, dct, narrative=narrative)
    end = -1
    for tx in found:
        assert text[tx.start:tx.end] == tx.text
        assert tx.start >= end, "sorted and non-overlapping"
        end = tx.end
        assert tx.value and tx.rule and tx.derivation
        assert tx.type in ("DATE", "TIME", "DURATION", "SET")
        if tx.earliest is not None and tx.latest is not None:
            assert tx.earliest <= tx.latest
        if tx.anchor is not None and tx.anchor.clause_start is not None:
            assert tx.end <= tx.anchor.clause_start < tx.anchor.clause_end <= len(text)


@settings(max_examples=200, deadline=None)
@given(d=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), form=st.integers(0, 4))
def test_temporal_properties_written_date_extracts_back_to_itself(d, form):
    written = [
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        d.isoformat(),
        f"{d.month}/{d.day}/{d.year}",
        f"{ABBR[d.month - 1]} {d.day}, {d.year}",
    ][form]
    (tx,) = tag_text(f"The agreement was signed on {written} in Geneva.", date(2100, 1, 1))
    assert tx.text == written
    assert (tx.type, tx.value, tx.earliest, tx.latest) == ("DATE", d.isoformat(), d, d)
    assert tx.anchored_to == "explicit"


@settings(max_examples=150, deadline=None)
@given(dct=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), wd=st.integers(0, 6))
def test_temporal_properties_past_weekday_is_within_the_week_before(dct, wd):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    (tx,) = tag_text(f"The minister said {name} that talks had failed.", dct)
    assert tx.earliest.weekday() == wd
    assert dct - timedelta(days=6) <= tx.earliest <= dct


@settings(max_examples=150, deadline=None)
@given(dct=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), wd=st.integers(0, 6))
def test_temporal_properties_future_weekday_is_within_the_week_after(dct, wd):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    (tx,) = tag_text(f"The ministers will meet on {name}.", dct)
    assert tx.earliest.weekday() == wd
    assert dct <= tx.earliest <= dct + timedelta(days=6)
