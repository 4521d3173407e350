"""CONSULT events in the shapes unseen news tells them, as an analyst would count them: a letter is never more of a
meeting, a meal after a greeting is an occasion of its own, "a White House meeting" is a noun (but "the EU meeting
its targets" no meeting), and "talks under it took place in April 1993" is an event told by its own predicate.
Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import load_gazetteer
from timeline.events import extract_events
from timeline.model import Document, Event
from timeline.temporal import tag_text

DCT = date(2025, 3, 7)  # a Friday


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _consults(text: str, gazetteer) -> list[Event]:
    doc = Document(id="t", text=text, dct=DCT, dct_source="cli")
    return [e for e in extract_events(doc, tag_text(text, DCT), gazetteer).events if e.type == "CONSULT"]


def _holding(events: list[Event], word: str) -> list[Event]:
    return [e for e in events if any(word in m.trigger for m in e.mentions)]


@pytest.mark.parametrize(
    "text",
    [
        "Macron and Scholz first met in Berlin in May 2019. Macron said on Tuesday that he had received a warm "
        "letter from Scholz.",
        "Modi and Sharif met in Tashkent in June 2022. Sharif said on Monday he had received a letter from Modi.",
    ],
)
def test_extract_consult_letter_is_not_the_meeting(text, gazetteer):
    events = _consults(text, gazetteer)
    met, letter = _holding(events, "met"), _holding(events, "letter")
    assert len(met) == 1 and len(letter) == 1, [(e.trigger, [m.trigger for m in e.mentions]) for e in events]
    assert met[0].id != letter[0].id


@pytest.mark.parametrize(
    ("text", "meal"),
    [
        ("Xi Jinping and Lula greeted each other at the airport on Tuesday. The two presidents then had dinner "
         "together.", "dinner"),
        ("Macron welcomed Scholz at the Elysee on Monday. The two leaders later had lunch together.", "lunch"),
    ],
)
def test_extract_consult_meal_after_greeting_is_its_own_event(text, meal, gazetteer):
    events = _consults(text, gazetteer)
    meals = _holding(events, meal)
    assert len(meals) == 1, [(e.trigger, [m.trigger for m in e.mentions]) for e in events]
    assert all(meal in m.trigger for m in meals[0].mentions)
    assert len(events) == 2



@pytest.mark.parametrize(
    "text",
    [
        "A White House meeting between Vucic and Kurti had been set for June 27 but was called off.",
        "A first Kremlin meeting between Putin and Erdogan was called off on Tuesday.",
    ],
)
def test_extract_consult_meeting_after_a_named_modifier_is_a_noun(text, gazetteer):
    events = _consults(text, gazetteer)
    assert [e.trigger for e in events] == ["meeting"]
    assert events[0].status == "cancelled"


def test_extract_consult_meeting_with_an_object_is_no_meeting(gazetteer):
    assert _consults("The EU meeting its climate targets is unlikely, Borrell said on Monday.", gazetteer) == []


def test_extract_consult_participle_after_of_the_name_stays_the_gathering(gazetteer):
    events = _consults("Leaders of the African Union meeting in Addis Ababa on Monday condemned the coup.", gazetteer)
    assert len(events) == 1
    assert events[0].status == "occurred" and events[0].date_start == events[0].date_end == date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The first formal talks under it took place in Geneva in April 1993.", (1993, 4)),
        ("The last round of negotiations under the old framework took place in Oslo in May 2001.", (2001, 5)),
    ],
)
def test_extract_consult_noun_told_by_its_predicate_after_under_phrase(text, month, gazetteer):
    events = _consults(text, gazetteer)
    assert len(events) == 1
    e = events[0]
    assert e.status == "occurred"
    assert (e.date_start.year, e.date_start.month) == month == (e.date_end.year, e.date_end.month)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The two delegations sat down for talks in Doha on Monday.", date(2025, 3, 3)),
        ("Russian and Ukrainian negotiators sat down for direct talks in Istanbul on Tuesday.", date(2025, 3, 4)),
        ("Macron sat down with Scholz in Paris on Wednesday.", date(2025, 3, 5)),
    ],
)
def test_extract_consult_sat_down_for_talks(text, day, gazetteer):
    events = _consults(text, gazetteer)
    assert len(events) == 1
    assert events[0].status == "occurred" and events[0].date_start == events[0].date_end == day


def test_extract_consult_sat_down_with_no_party_is_no_meeting(gazetteer):
    assert _consults("Biden sat down with a book on Monday.", gazetteer) == []


@pytest.mark.parametrize("hedge", ["would probably", "will likely", "would likely"])
def test_extract_consult_hedged_take_place_is_planned_and_dates_the_talks(hedge, gazetteer):
    text = f"Blinken and Wang Yi agreed to hold talks in Vienna. Officials said the talks {hedge} take place next month."
    events = _consults(text, gazetteer)
    assert len(events) == 1
    e = events[0]
    assert e.status == "planned" and len(e.mentions) == 2
    assert (e.date_start, e.date_end) == (date(2025, 4, 1), date(2025, 4, 30))


def test_extract_consult_planned_talks_are_not_an_invitation_to_visit(gazetteer):
    text = ("Erdogan said on Monday that he had invited Putin to visit Ankara. Fidan said the talks would probably "
            "take place in mid-April.")
    invited = [e for e in _consults(text, gazetteer) if e.trigger == "invited"]
    assert len(invited) == 1
    assert [m.trigger for m in invited[0].mentions] == ["invited"]


@pytest.mark.parametrize(
    ("text", "travel", "talks"),
    [
        ("Blinken landed in Beijing on Sunday morning. Later that day he held five hours of talks at the state "
         "guesthouse.", "landed in", "held five hours of talks"),
        ("Scholz arrived in Tokyo on Monday. On Monday evening he held talks at the Akasaka Palace.", "arrived in",
         "held talks"),
    ],
)
def test_extract_consult_talks_held_on_a_trip_are_not_the_arrival(text, travel, talks, gazetteer):
    events = _consults(text, gazetteer)
    assert sorted([m.trigger for m in e.mentions] for e in events) == sorted([[travel], [talks]])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Macron met leaders of the Gulf states in Riyadh on Tuesday.", date(2025, 3, 4)),
        ("Rubio met officials of the Syrian government in Damascus on Monday.", date(2025, 3, 3)),
        ("Lammy met counterparts from the Nordic states in Oslo on Wednesday.", date(2025, 3, 5)),
    ],
)
def test_extract_consult_met_a_described_group(text, day, gazetteer):
    events = _consults(text, gazetteer)
    assert [e.trigger for e in events] == ["met"]
    assert events[0].status == "occurred" and events[0].date_start == events[0].date_end == day


def test_extract_consult_met_expectations_is_no_meeting(gazetteer):
    assert _consults("The proposal met officials' expectations on Monday.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "In May 2016 the heads of the two cabinet-level agencies met in Vienna.",
        "The two foreign ministries met in Vienna in May 2016.",
        "In May 2016 the two long-estranged delegations met in Vienna.",
    ],
)
def test_extract_consult_group_of_agencies_meets(text, gazetteer):
    events = _consults(text, gazetteer)
    assert [e.trigger for e in events] == ["met"]
    assert (events[0].date_start, events[0].date_end) == (date(2016, 5, 1), date(2016, 5, 31))


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("On Wednesday Macron is due at the Vatican to meet Pope Francis.", "Pope Francis"),
        ("Macron is due in Beijing to meet Xi Jinping.", "Xi Jinping"),
    ],
)
def test_extract_consult_due_at_a_place_to_meet_is_planned(text, partner, gazetteer):
    events = _consults(text, gazetteer)
    assert [e.trigger for e in events] == ["meet"]
    assert events[0].status == "planned" and events[0].target_actor == partner
