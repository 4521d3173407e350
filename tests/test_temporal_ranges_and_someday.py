"""Ranges of durations ("two to three weeks") and the unspecified day ("will one day join")."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

DCT = date(2025, 10, 21)


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Shipments resume within two to three weeks.", "two to three weeks", "P2W"),
        ("He was jailed for 10 to 15 years.", "10 to 15 years", "P10Y"),
        ("It lasted 5-7 days.", "5-7 days", "P5D"),
        ("The truce may hold for a week or two.", "a week or two", "P1W"),
        ("talks lasting two or three days", "two or three days", "P2D"),
    ],
)
def test_temporal_ranges_duration_range_is_one_expression(text, extent, value):
    found = tag_text(text, DCT)
    assert [(t.text, t.type, t.value) for t in found] == [(extent, "DURATION", value)]


@pytest.mark.parametrize(
    "text,extent,typ,value",
    [
        ("Islam will one day be the second largest religion.", "one day", "DATE", "FUTURE_REF"),
        ("Israel and Saudi Arabia may someday normalize ties.", "someday", "DATE", "FUTURE_REF"),
        ("One day in May, he left.", "One day", "DATE", "PAST_REF"),
        # durations and offsets stay what they are
        ("The strike lasted one day.", "one day", "DURATION", "P1D"),
        ("It took one day to agree.", "one day", "DURATION", "P1D"),
        ("Leaders held a one day summit.", "one day", "DURATION", "P1D"),
    ],
)
def test_temporal_ranges_one_day_is_a_vague_day_or_a_duration(text, extent, typ, value):
    tx = {t.text: t for t in tag_text(text, DCT)}[extent]
    assert (tx.type, tx.value) == (typ, value), tx.derivation
