"""Which clause a day belongs to, and how its tense reads it. A bare day name after the infinitive plan of a verb in the
simple past ("agreed to free the detainees on Monday") dates the act told, read as the most recent such day; a plan in
the future tense ("will meet ... on Monday, his office said") takes the next one, and the trailing attribution takes
none; a participle adjunct (", pulling back from ...") shares the main verb's day; a verb coordinated by "and" keeps a
date of its own ("built ... in 2022 and deployed ... last month"), and the pluperfect of the first verb's object ("the
licence it had granted") does not stop the sharing; "the same evening and ..." is the evening of the day told. Short
texts in our own words, through the whole pipeline; each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document, Event
from timeline.pipeline import build_timeline

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str, type_: str) -> list[Event]:
    timeline = build_timeline([Document(id="t", text=text, dct=DCT, dct_source="cli")])
    return [e for e in timeline.events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        ("Venezuela agreed to release the two journalists on Tuesday, its foreign minister said.", "AGREE",
         date(2025, 3, 4)),
        # the engine reads Wednesday as past: still the offer's day, not a withdrawal's
        ("Ghana offered to withdraw its troops from the border on Wednesday.", "COOPERATE", date(2025, 3, 5)),
        # the day read before the plan: the act's too
        ("Venezuela agreed on Tuesday to release the two journalists.", "AGREE", date(2025, 3, 4)),
    ],
)
def test_extract_plan_day_dates_the_past_act(text: str, type_: str, day: date) -> None:
    found = _events(text, type_)
    assert [(e.date_start, e.date_end) for e in found] == [(day, day)]
    plans = [e for e in _events(text, "CONCEDE") + _events(text, "RETREAT") if e.status == "planned"]
    assert all(e.date_basis != "expression" for e in plans)  # the day told is the act's, not the plan's


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        # a plan in the future tense: its own Monday, the next one
        ("Venezuela will release the two journalists on Monday, its foreign minister said.", "CONCEDE",
         date(2025, 3, 10)),
        # "next Tuesday" is to come: the release's day, not the agreement's
        ("Venezuela agreed to release the two journalists next Tuesday.", "CONCEDE", date(2025, 3, 11)),
    ],
)
def test_extract_day_to_come_stays_with_the_plan(text: str, type_: str, day: date) -> None:
    found = _events(text, type_)
    assert [(e.date_start, e.date_end) for e in found] == [(day, day)]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the pluperfect of the first verb's object ("it had granted") is no earlier time for the verb coordinated after
        ("On Wednesday Chile revoked the licence it had granted the company and expelled two Peruvian diplomats.",
         "expelled", date(2025, 3, 5)),
        ("On Tuesday Ghana suspended the permit it had given the mission and summoned the French ambassador.",
         "summoned", date(2025, 3, 4)),
    ],
)
def test_extract_coordinated_verb_shares_the_day_past_an_object_clause(text: str, trigger: str, day: date) -> None:
    timeline = build_timeline([Document(id="t", text=text, dct=DCT, dct_source="cli")])
    found = [e for e in timeline.events if e.trigger == trigger]
    assert [(e.date_start, e.date_end) for e in found] == [(day, day)]


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        # the engine reads Monday against the past saying; the plan in the future tense is on the next Monday
        ("Macron will meet the German Chancellor Friedrich Merz and the Polish president in Berlin on Monday, his office "
         "said.", "CONSULT", date(2025, 3, 10)),
        ("Kallas will discuss the new sanctions with the NATO Secretary-General Mark Rutte in Brussels on Monday, her "
         "office said.", "CONSULT", date(2025, 3, 10)),
    ],
)
def test_extract_future_tense_plan_takes_the_next_day(text: str, type_: str, day: date) -> None:
    timeline = build_timeline([Document(id="t", text=text, dct=DCT, dct_source="cli")])
    plans = [e for e in timeline.events if e.type == type_]
    assert [(e.status, e.date_start, e.date_end) for e in plans] == [("planned", day, day)]
    # the trailing attribution ("her office said") is not on the plan's day, nor on the Monday before
    sayings = [e for e in timeline.events if e.type == "STATEMENT"]
    assert all(e.date_basis != "expression" for e in sayings)


@pytest.mark.parametrize(
    ("text", "trigger", "start", "end"),
    [
        # a participle adjunct after a comma tells the same occasion as the verb before it (past its infinitive plan)
        ("Chile and Peru agreed on Tuesday to reopen the border crossings, pulling back from a bitter dispute.",
         "pulling back", date(2025, 3, 4), date(2025, 3, 4)),
        # a verb coordinated by "and" with a date of its own later in its clause takes that date, not the one before "and"
        ("Hungary built a fence along the border in 2015 and deployed about 2,000 police officers there last month.",
         "deployed", date(2025, 2, 1), date(2025, 2, 28)),
    ],
)
def test_extract_clause_shares_or_keeps_its_date(text: str, trigger: str, start: date, end: date) -> None:
    timeline = build_timeline([Document(id="t", text=text, dct=DCT, dct_source="cli")])
    found = [e for e in timeline.events if e.trigger == trigger]
    assert [(e.date_start, e.date_end) for e in found] == [(start, end)]


def test_extract_same_evening_before_and_is_the_day_told() -> None:
    # "the same evening" followed by "and <verb>" is still one expression: the evening of the last day told
    text = ("On Tuesday morning, the Chilean foreign minister landed in Lima.\n\n"
            "She met the Peruvian president the same evening and signed a fisheries accord.")
    timeline = build_timeline([Document(id="t", text=text, dct=DCT, dct_source="cli")])
    found = [e for e in timeline.events if e.trigger == "signed"]
    assert [(e.date_start, e.date_end) for e in found] == [(date(2025, 3, 4), date(2025, 3, 4))]
