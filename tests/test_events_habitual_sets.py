"""A verb in the simple present followed in its clause by a set of times ("meets his counterpart every month", "meet
weekly", "visits Paris each year") tells a habit, no act on a day: no event. A commitment to do it again and again
("agreed to hold a summit every year") and an act told in the past stay events."""

from __future__ import annotations

from datetime import date

from event_helpers import extracted_of

_DCT = date(2024, 5, 10)  # a Friday


def test_a_meeting_repeated_every_month_is_no_event():
    text = "Japanese Prime Minister Fumio Kishida meets South Korean President Yoon Suk Yeol every month.\n"
    assert not extracted_of(text, _DCT), [(e.trigger, e.type) for e in extracted_of(text, _DCT)]


def test_ministers_who_meet_weekly_hold_no_meeting_on_a_day():
    text = "The French and German foreign ministers meet weekly to coordinate their policy on Ukraine.\n"
    assert not [e for e in extracted_of(text, _DCT) if e.type == "CONSULT"], [(e.trigger, e.type) for e in extracted_of(text, _DCT)]


def test_a_commitment_to_meet_every_year_is_kept():
    text = "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Friday to hold a summit every year.\n"
    events = extracted_of(text, _DCT)
    assert any(e.type == "AGREE" and e.date_start == _DCT for e in events), [(e.trigger, e.type) for e in events]


def test_a_meeting_told_in_the_past_is_kept():
    text = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Monday.\n"
    events = extracted_of(text, _DCT)
    assert [(e.type, e.date_start) for e in events] == [("CONSULT", date(2024, 5, 6))], [(e.trigger, e.type) for e in events]
