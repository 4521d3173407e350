"""More of the ways news tells a meeting, and the words that only look like one: an encounter, an audience, a call paid
on someone, dining together; a meeting placed and dated with no party named in its sentence; a person titled by the
company they serve ("Microsoft co-founder Bill Gates") met; a meeting planned or ruled out "for X to meet"; and none
for "meeting the demands", "greeted with applause", "addressed a joint meeting of the United States Congress", "an
encounter with rebels", talks asked for ("called for talks"), a refused meeting told as one held. Sentences of our own."""

from __future__ import annotations

import pytest

from event_helpers import events_of


def _consults(text: str):
    return [e for e in events_of(text) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The Lavrov-Blinken encounter in Geneva on Tuesday lasted two hours.", "encounter"),
        ("Milei had an audience with Pope Francis at the Vatican on Thursday.", "audience with"),
        ("Pope Francis granted an audience to Milei on Thursday.", "granted an audience"),
        ("Blinken huddled with Arab foreign ministers in Amman on Saturday.", "huddled with"),
        ("The new Indian ambassador paid a call on Prime Minister Tshering Tobgay in Thimphu on Monday.",
         "paid a call on"),
        ("Macron and Xi dined together in Guangzhou on Thursday.", "dined"),
    ],
)
def test_more_words_for_a_meeting(text, trigger):
    found = [e for e in _consults(text) if trigger in e.trigger]
    assert len(found) == 1 and found[0].status == "occurred", [(e.type, e.trigger) for e in events_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops had a brief encounter with Russian soldiers near Bakhmut on Monday.",
        "Macron told an audience of students in Lyon on Thursday that the war would be long.",
        "The minister dined alone in his hotel on Thursday.",
        "Kyiv said the plan fell short of meeting the demands of Ukrainians, Zelensky said on Monday.",
        "Turkey is meeting its inflation targets, the central bank said on Monday.",
        "The Ukrainian president was greeted with repeated standing ovations on Wednesday.",
        "Modi addressed a joint meeting of the United States Congress on Thursday.",
    ],
)
def test_no_meeting_in_words_that_only_look_like_one(text):
    assert _consults(text) == [], [(e.type, e.trigger) for e in _consults(text)]


def test_a_meeting_placed_and_dated_is_news_with_no_party_named():
    """The parties were named before; the noun placed ("at", "in") and dated by its own phrase is still a meeting."""
    text = "The treaty was signed after talks at the state guest house on Wednesday."
    found = _consults(text)
    assert [e.trigger for e in found] == ["talks"]
    assert found[0].date_start is not None and found[0].date_start.isoformat() == "2025-03-05"


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted three hours.",  # (no date and no place of its own)
        "After the talks, the ministers left.",
    ],
)
def test_an_unplaced_or_undated_meeting_with_no_party_stays_none(text):
    assert _consults(text) == []


def test_a_summit_that_frames_a_meeting_verb_is_no_second_meeting():
    text = "Zelensky met Biden on the final day of the Group of Seven summit in Hiroshima on Sunday."
    assert [e.trigger for e in _consults(text)] == ["met"]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan sat down with Microsoft co-founder Bill Gates in Ankara on Friday.",
        "Erdogan met Tesla chief executive Elon Musk in New York on Sunday.",
    ],
)
def test_a_person_titled_by_a_company_is_met(text):
    assert len(_consults(text)) == 1


def test_no_one_met_when_a_company_is_only_named():
    assert _consults("Erdogan met Tesla's targets for the plant in Ankara on Friday.") == []


@pytest.mark.parametrize(
    "text, status",
    [
        ("There are no plans for Xi to meet Kishida at the summit, a spokesman said on Friday.", "denied"),
        ("The Kremlin announced plans for Putin to visit Pyongyang next month.", "planned"),
    ],
)
def test_a_meeting_planned_or_ruled_out_for_someone(text, status):
    found = _consults(text)
    assert [e.status for e in found] == [status], [(e.type, e.trigger, e.status) for e in events_of(text)]


def test_an_infinitive_after_for_someone_with_no_plan_stays_content():
    assert _consults("It is time for Kyiv to negotiate with Moscow, Orban said on Friday.") == []


@pytest.mark.parametrize(
    "text, demand",
    [
        ("Biden called for talks between Israel and Hamas on Monday.", "called for"),
        ("Guterres urged direct talks between Kyiv and Moscow on Monday.", "urged"),
    ],
)
def test_talks_asked_for_are_the_demand_only(text, demand):
    events = events_of(text)
    assert [e.type for e in events] == ["DEMAND"], [(e.type, e.trigger) for e in events]
    assert demand in events[0].trigger


def test_talks_held_are_still_a_meeting():
    assert [e.type for e in events_of("Blinken held talks with Wang Yi in Beijing on Sunday.")] == ["CONSULT"]


@pytest.mark.parametrize(
    "text, status",
    [
        ("Scholz declined an invitation to visit Kyiv, his spokesman said on Tuesday.", "denied"),
        ("The junta's refusal to let the mediators land in Niamey on Monday surprised diplomats.", "denied"),
    ],
)
def test_a_meeting_refused_is_not_told_as_held(text, status):
    assert [e.status for e in _consults(text)] == [status], [(e.type, e.trigger, e.status) for e in events_of(text)]
