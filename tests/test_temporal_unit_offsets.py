""""the day after the vote", "the week before the summit": one unit from an event. Tagged as
TimeBank tags "the day before the stock market plunge": the DATE "the day", whose date only the
event gives, with an Anchor record (signed amount, unit, signal, clause span) for the event layer;
against a date when the clause starts with one, or the date it stands in apposition to."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Anchor
from timeline.temporal import tag_text

DCT = date(2025, 10, 21)


@pytest.mark.parametrize(
    "text,extent,value,amount,unit,signal,clause",
    [
        ("Protesters marched the day after the vote.", "the day", "XXXX-XX-XX", 1, "day", "after", "the vote"),
        ("The talks collapsed the day after the first deal was announced.", "the day", "XXXX-XX-XX", 1, "day", "after",
         "the first deal was announced"),
        ("Envoys met the week before the summit.", "the week", "XXXX-WXX", -1, "week", "before", "the summit"),
        ("Sanctions were eased the month after the elections, officials said.", "the month", "XXXX-XX", 1, "month", "after",
         "the elections"),
        ("The day before the referendum, the president addressed the nation.", "The day", "XXXX-XX-XX", -1, "day", "before",
         "the referendum"),
        ("Troops pulled back the year after the war ended.", "the year", "XXXX", 1, "year", "after", "the war ended"),
    ],
)
def test_temporal_unit_offsets_from_an_event_carry_an_anchor(text, extent, value, amount, unit, signal, clause):
    tx = {t.text: t for t in tag_text(text, DCT)}[extent]
    assert (tx.type, tx.value, tx.anchored_to) == ("DATE", value, "event"), tx.derivation
    assert (tx.earliest, tx.latest) == (None, None)  # no date is claimed: the event gives it
    a = tx.anchor
    assert (a.amount, a.unit, a.signal) == (amount, unit, signal)
    assert text[a.clause_start:a.clause_end] == clause


@pytest.mark.parametrize(
    "text,value,earliest,latest",
    [
        ("The talks collapsed the day after March 3, 2024.", "2024-03-04", date(2024, 3, 4), date(2024, 3, 4)),
        ("Fighting flared the day before June 1, 2024.", "2024-05-31", date(2024, 5, 31), date(2024, 5, 31)),
        # the week after a Wednesday: the following calendar week
        ("Envoys returned the week after Wednesday, June 5, 2024.", "2024-W24", date(2024, 6, 10), date(2024, 6, 16)),
    ],
)
def test_temporal_unit_offsets_from_a_date_resolve_against_it(text, value, earliest, latest):
    tx = next(t for t in tag_text(text, DCT) if t.text.lower().startswith("the "))
    target = next(t for t in tag_text(text, DCT) if t is not tx and t.start > tx.start)
    assert (tx.type, tx.value, tx.earliest, tx.latest) == ("DATE", value, earliest, latest), tx.derivation
    assert tx.anchored_to == f"timex:{target.start}"


def test_temporal_unit_offsets_apposition_names_the_date_just_told():
    text = "He was arrested on May 4, 2024, the day before the rally."
    tx = {t.text: t for t in tag_text(text, DCT)}["the day"]
    assert (tx.value, tx.earliest, tx.latest) == ("2024-05-04", date(2024, 5, 4), date(2024, 5, 4)), tx.derivation
    assert tx.anchored_to == f"timex:{text.index('May 4')}"
    assert tx.anchor == Anchor(-1, "day", "before", text.index("the rally"), text.index("the rally") + len("the rally"))


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Talks resume the day after tomorrow.", "the day after tomorrow", "2025-10-23"),
        ("He arrived on May 2, 2024, and had called the day before.", "the day before", "2024-05-01"),
    ],
)
def test_temporal_unit_offsets_leave_other_day_phrases_to_their_rules(text, extent, value):
    tx = {t.text: t for t in tag_text(text, DCT)}[extent]
    assert tx.value == value, tx.derivation


def test_temporal_unit_offsets_later_in_the_day_is_no_offset():
    """"later in the day before returning": the day in focus (here the publication date), not a day
    before the event "returning"."""
    found = tag_text("She flew on to Kampala later in the day before returning home.", DCT)
    day = {t.text: t for t in found}["later in the day"]
    assert (day.value, day.anchor, day.anchored_to, day.mod) == (DCT.isoformat(), None, "dct", "END")
