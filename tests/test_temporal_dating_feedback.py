"""Phrases the event-dating layer found the engine getting wrong (its notes to the temporal engine):
anchor clauses across appositions, a scheduled present joined to a past verb, plans told in the past,
"overnight" as no reference, the same evening, time stamps opening a paragraph, "late on Tuesday of
last week", clock times with a city's time and a weekday, a past verb after "Sunday night"."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text


def _one(text: str, extent: str, dct: date):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not tagged in {text!r}: {list(found)}"
    return found[extent]


@pytest.mark.parametrize(
    "text,extent,clause",
    [
        ("Khan announced the release on Thursday, a day after the pilot, Wing Commander Abhinandan Varthaman, was taken "
         "prisoner.", "a day", "the pilot, Wing Commander Abhinandan Varthaman, was taken prisoner"),
        ("They met on Monday, two days after the general, who is 70, was released from prison.", "two days",
         "the general, who is 70, was released from prison"),
        # a fronted offset still ends at its comma
        ("Five days after the signing, Zelensky, visibly tired, said the deal would hold.", "Five days", "the signing"),
        ("The envoys met on Friday, a day after the talks, and issued a statement.", "a day", "the talks"),
    ],
)
def test_temporal_dating_feedback_anchor_clause_runs_past_an_apposition(text, extent, clause):
    tx = _one(text, extent, date(2019, 3, 1))
    assert text[tx.anchor.clause_start:tx.anchor.clause_end] == clause


@pytest.mark.parametrize(
    "text,dct,extent,value",
    [
        ("The summit opened on Tuesday evening in Madrid and ends on Thursday.", date(2022, 6, 29), "Thursday", "2022-06-30"),
        # a plan told in the past: the nearest such month, gone by or ahead
        ("The trip had been due to take place in early February, but Blinken postponed it.", date(2023, 6, 19),
         "early February", "2023-02"),
        ("The visit, which had been due to take place in early February, has been cancelled.", date(2024, 12, 11),
         "early February", "2025-02"),
        ("The ministry announced it late on Tuesday of last week, and the army confirmed it the next morning.",
         date(2015, 11, 14), "late on Tuesday of last week", "2015-11-03"),
        ("The ministry announced it late on Tuesday of last week, and the army confirmed it the next morning.",
         date(2015, 11, 14), "the next morning", "2015-11-04"),
        ("The truce took effect at 9:45 p.m. Khartoum time on Monday, 48 hours after the signing.", date(2023, 5, 23),
         "9:45 p.m. Khartoum time on Monday", "2023-05-22T21:45"),
        ("On Sunday night Santos said he would not give up.", date(2016, 10, 8), "Sunday night", "2016-10-02TNI"),
        ("On Saturday morning, Trump wrote that he would meet Kim. Hours later, Pyongyang replied. Trump flew to "
         "Seoul the same evening.", date(2019, 7, 1), "the same evening", "2019-06-29TEV"),
    ],
)
def test_temporal_dating_feedback_values(text, dct, extent, value):
    assert _one(text, extent, dct).value == value


def test_temporal_dating_feedback_overnight_is_no_reference_for_later_offsets():
    text = ("July 2: American forces hand over Bagram Air Base to the Afghan government, after leaving overnight. "
            "Six days later Biden says the mission will end on August 31.")
    tx = _one(text, "Six days", date(2021, 9, 2))
    assert tx.earliest == tx.latest == date(2021, 7, 8)


@pytest.mark.parametrize(
    "text,value",
    [
        # a stamp opening a paragraph is the page's own time, not the day last told
        ("Hoti recalled the talks of July 16.\n\n**16:50 GMT** -- Hoti told reporters the talks had gone well.", "2020-09-04T16:50"),
        ("Hoti recalled the talks of July 16.\n\nUpdated 16:50 GMT. Hoti told reporters the talks had gone well.", "2020-09-04T16:50"),
        # in running text, the day in focus
        ("The talks on July 16 ended at 16:50 GMT.", "2020-07-16T16:50"),
    ],
)
def test_temporal_dating_feedback_time_stamps(text, value):
    assert _one(text, "16:50 GMT", date(2020, 9, 4)).value == value
