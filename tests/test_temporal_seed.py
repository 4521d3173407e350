"""The seed article's sentences (DCT 2025-10-21, a Tuesday): the dates an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

DCT = date(2025, 10, 21)

SENTENCES = {
    "announce": "The White House announced Tuesday that, following a conversation between U.S. Secretary of State "
                "Marco Rubio and his Russian counterpart, Sergey Lavrov, “there are no plans” for a summit in Budapest "
                "in the coming weeks.",
    "four_days": "The announcement comes just four days after U.S. President Donald Trump had, with much fanfare, "
                 "revealed plans for a second meeting with the Kremlin leader within two months.",
    "thursday": "The proposed meeting in the Hungarian capital had been agreed upon during a phone call between the "
                "two leaders on Thursday, a day before Trump met at the White House with Ukrainian President "
                "Volodymyr Zelenskiy, whom he reportedly pressured to cede the eastern Donbas region to Russia.",
    "two_weeks": "The Rubio-Lavrov call was intended to prepare the summit Trump had said would take place “within "
                 "two weeks or so.”",
    "sunday": "“I think 78% of the land [in Donetsk] is already taken by Russia,” Trump said Sunday after speaking "
              "with Putin by phone.",
    "last_week": "Putin and Trump agreed last week that the Rubio-Lavrov meeting would prepare a potential summit.",
    "september": "the four Ukrainian regions are part of Russia after Putin incorporated them into the Russian "
                 "Constitution in September 2022.",
    "years": "At the start of its full-scale invasion in 2022, Putin emphasized his objectives, even though the "
             "Ukrainian government was recognized by the Kremlin after the 2019 presidential elections.",
    "immediate": "there are no plans for President Trump to meet with President Putin in the immediate future.",
    "we": "“We cannot postpone what has not been agreed upon,” Deputy Foreign Minister Sergey Ryabkov said.",
    "spanish": "Tu suscripción se está usando en otro dispositivo. ¿Quieres añadir otro usuario a tu suscripción?",
}


def _by_text(key: str):
    return {t.text: t for t in tag_text(SENTENCES[key], DCT)}


@pytest.mark.parametrize(
    "key,extent,type_,value,earliest,latest",
    [
        ("announce", "Tuesday", "DATE", "2025-10-21", date(2025, 10, 21), date(2025, 10, 21)),
        ("announce", "the coming weeks", "DATE", "FUTURE_REF", DCT, None),
        ("thursday", "Thursday", "DATE", "2025-10-16", date(2025, 10, 16), date(2025, 10, 16)),
        ("sunday", "Sunday", "DATE", "2025-10-19", date(2025, 10, 19), date(2025, 10, 19)),
        ("last_week", "last week", "DATE", "2025-W42", date(2025, 10, 13), date(2025, 10, 19)),
        ("september", "September 2022", "DATE", "2022-09", date(2022, 9, 1), date(2022, 9, 30)),
        ("years", "2022", "DATE", "2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("years", "2019", "DATE", "2019", date(2019, 1, 1), date(2019, 12, 31)),
        ("four_days", "two months", "DURATION", "P2M", None, None),
    ],
)
def test_temporal_seed_values(key, extent, type_, value, earliest, latest):
    tx = _by_text(key)[extent]
    assert (tx.type, tx.value, tx.earliest, tx.latest) == (type_, value, earliest, latest)
    assert tx.derivation and tx.rule


def test_temporal_seed_within_two_weeks_is_a_duration():
    (tx,) = [t for t in tag_text(SENTENCES["two_weeks"], DCT) if t.type == "DURATION"]
    assert tx.text.startswith("two weeks") and tx.value == "P2W"


def test_temporal_seed_four_days_after_carries_its_event_anchor():
    text = SENTENCES["four_days"]
    tx = _by_text("four_days")["four days"]
    assert (tx.type, tx.value, tx.anchored_to) == ("DURATION", "P4D", "event")
    a = tx.anchor
    assert (a.amount, a.unit, a.signal) == (4, "day", "after")
    assert text[a.clause_start:a.clause_end] == (
        "U.S. President Donald Trump had, with much fanfare, revealed plans for a second meeting with the "
        "Kremlin leader within two months")


def test_temporal_seed_a_day_before_carries_its_event_anchor():
    text = SENTENCES["thursday"]
    tx = _by_text("thursday")["a day"]
    assert (tx.type, tx.value, tx.anchored_to) == ("DURATION", "P1D", "event")
    a = tx.anchor
    assert (a.amount, a.unit, a.signal) == (-1, "day", "before")
    assert text[a.clause_start:a.clause_end] == "Trump met at the White House with Ukrainian President Volodymyr Zelenskiy"


@pytest.mark.parametrize("key", ["immediate", "we", "spanish"])
def test_temporal_seed_no_false_positives(key):
    assert tag_text(SENTENCES[key], DCT) == ()


def test_temporal_seed_percent_is_not_a_year():
    assert [t.text for t in tag_text(SENTENCES["sunday"], DCT)] == ["Sunday"]


def test_temporal_seed_a_second_meeting_is_not_a_duration():
    assert "a second" not in {t.text for t in tag_text(SENTENCES["four_days"], DCT)}

