"""Events on articles about other episodes (tests/fixtures/events/, written for these tests), through
the whole pipeline: the events an analyst would list, with their real dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Document, Event
from timeline.pipeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures" / "events"
ARTICLES = {
    "iran_israel_ceasefire": date(2025, 6, 24),  # a Tuesday
    "india_ukraine_modi_visit": date(2024, 8, 24),  # a Saturday
    "armenia_azerbaijan_declaration": date(2025, 8, 9),  # a Saturday
    "ankara_prisoner_exchange": date(2024, 8, 2),  # a Friday
}


@pytest.fixture(scope="module")
def timelines():
    docs = [Document(id=name, text=(FIXTURES / f"{name}.txt").read_text("utf-8"), dct=dct, dct_source="cli")
            for name, dct in ARTICLES.items()]
    timeline = build_timeline(docs, title="fixtures")
    return {name: [e for e in timeline.events if e.doc == name] for name in ARTICLES} | {"_all": timeline}


def _find(events: list[Event], type_: str, *actors: str, trigger: str | None = None) -> Event:
    found = [
        e for e in events
        if e.type == type_ and all(any(a in name for name in e.actors) for a in actors)
        and (trigger is None or any(trigger in m.trigger.lower() for m in e.mentions))
    ]
    assert found, f"no {type_} with {actors} ({trigger}) in {[e.summary for e in events]}"
    return found[0]


def _day(event: Event) -> tuple[date | None, date | None]:
    return event.date_start, event.date_end


@pytest.mark.parametrize(
    ("type_", "actors", "trigger", "day"),
    [
        ("ANNOUNCE", ("Trump",), "announce", date(2025, 6, 23)),  # "late on Monday"
        ("AGREE", ("Israel", "Iran"), "ceasefire", date(2025, 6, 24)),  # "on Tuesday"
        ("ASSAULT", ("Israel",), "strikes", date(2025, 6, 13)),  # "Israeli strikes ... on June 13"
        ("ASSAULT", ("Iran",), "fired", date(2025, 6, 23)),  # "on Monday"
        ("ASSAULT", ("United States",), "struck", date(2025, 6, 22)),  # "a day after" the missiles: reasoning
        ("DISAPPROVE", ("Trump",), "accused", date(2025, 6, 24)),
    ],
)
def test_events_fixture_iran_israel_dates(timelines, type_, actors, trigger, day):
    event = _find(timelines["iran_israel_ceasefire"], type_, *actors, trigger=trigger)
    assert _day(event) == (day, day)
    assert event.status == "occurred"


def test_events_fixture_called_off_talks_keep_their_planned_date_and_place(timelines):
    talks = _find(timelines["iran_israel_ceasefire"], "CONSULT", "Iran", "United States", trigger="talks")
    assert talks.status == "cancelled"
    assert talks.location == "Muscat"
    assert _day(talks) == (date(2025, 6, 15), date(2025, 6, 15))
    assert talks.mode == "third-party"  # in Oman, between Iran and the United States
    assert len(talks.mentions) == 2  # "talks ..., which Oman had planned to host"


@pytest.mark.parametrize(
    ("type_", "actors", "trigger", "day", "location"),
    [
        ("CONSULT", ("Modi", "Ukraine"), "visit", date(2024, 8, 23), "Kyiv"),
        ("CONSULT", ("Modi", "Tusk"), "met", date(2024, 8, 22), "Warsaw"),
        ("CONSULT", ("Modi", "Putin"), "met", date(2024, 7, 9), "Moscow"),  # "travelled to Moscow, where he met"
        ("ASSAULT", ("Russia",), "struck", date(2024, 7, 8), "Kyiv"),
        # (the host's words on the day of the visit: where the visit is, occasion_places.py)
        ("DEMAND", ("Zelensky", "India"), "urged", date(2024, 8, 23), "Kyiv"),
    ],
)
def test_events_fixture_modi_visit_dates(timelines, type_, actors, trigger, day, location):
    event = _find(timelines["india_ukraine_modi_visit"], type_, *actors, trigger=trigger)
    assert _day(event) == (day, day)
    assert event.location == location


def test_events_fixture_modi_trip_to_moscow_is_dated_through_where_clause(timelines):
    trip = _find(timelines["india_ukraine_modi_visit"], "CONSULT", "Modi", "Russia", trigger="travelled")
    # "travelled to Moscow, where he met ... Putin on July 9"; "six weeks after" is consistent with it
    assert _day(trip) == (date(2024, 7, 9), date(2024, 7, 9))
    assert trip.mode == "visit"
    assert not any("contradict" in f for e in timelines["india_ukraine_modi_visit"] for f in e.flags)


def test_events_fixture_modi_visit_merges_its_mentions(timelines):
    visit = _find(timelines["india_ukraine_modi_visit"], "CONSULT", "Modi", "Ukraine", trigger="visit")
    triggers = [m.trigger.lower() for m in visit.mentions]
    assert triggers.count("visit") + triggers.count("visits") + triggers.count("visited") >= 2


def test_events_fixture_armenia_azerbaijan_signing(timelines):
    events = timelines["armenia_azerbaijan_declaration"]
    hosted = _find(events, "CONSULT", "Trump", "Aliyev", trigger="hosted")
    assert _day(hosted) == (date(2025, 8, 8), date(2025, 8, 8))
    assert hosted.source_actor == "Donald Trump"
    assert "Nikol Pashinyan" in hosted.actors
    assert hosted.location == "Washington" and hosted.mode == "host"  # (the White House: a seat in the capital)
    signing = _find(events, "AGREE", "Armenia", "Azerbaijan", trigger="sign")
    # "at the White House on Friday, where the two leaders signed": same day as the hosting
    assert _day(signing) == (date(2025, 8, 8), date(2025, 8, 8))
    assert signing.date_basis == "constraint"


def test_events_fixture_armenia_azerbaijan_earlier_meeting(timelines):
    met = _find(timelines["armenia_azerbaijan_declaration"], "CONSULT", "Aliyev", "Pashinyan", trigger="met")
    assert _day(met) == (date(2025, 7, 10), date(2025, 7, 10))
    assert met.location == "Abu Dhabi"
    # "a month before the Washington summit": a range of 28 to 31 days back from it
    constraint = next(c for c in timelines["_all"].constraints if c.target == met.id)
    assert (constraint.lo_days, constraint.hi_days) == (-31, -28)


def test_events_fixture_boilerplate_makes_no_event(timelines):
    text = (FIXTURES / "armenia_azerbaijan_declaration.txt").read_text("utf-8")
    cut = text.index("Sign up for our newsletter")
    assert all(m.start < cut for e in timelines["armenia_azerbaijan_declaration"] for m in e.mentions)


def test_events_fixture_no_contradictions(timelines):
    assert not [w for w in timelines["_all"].warnings if "contradict" in w.lower()]


@pytest.mark.parametrize(
    ("type_", "actors", "trigger", "day", "carried"),
    [
        ("CONCEDE", ("Russia", "United States"), "exchanged", date(2024, 8, 1), False),  # "on Thursday"
        ("SUPPORT", ("Biden",), "welcomed", date(2024, 8, 1), False),  # "late on Thursday"
        ("SUPPORT", ("Biden", "Germany"), "thanked", date(2024, 8, 1), True),  # the next sentence, same occasion
    ],
)
def test_events_fixture_prisoner_exchange_dates(timelines, type_, actors, trigger, day, carried):
    event = _find(timelines["ankara_prisoner_exchange"], type_, *actors, trigger=trigger)
    assert _day(event) == (day, day)
    assert ("date_from_previous_sentence" in event.flags) == carried


def test_events_fixture_prisoner_exchange_headline_joins_the_event_it_names(timelines):
    swap = _find(timelines["ankara_prisoner_exchange"], "CONCEDE", "Russia", trigger="exchanged")
    assert len(swap.mentions) == 2  # the title line and the first sentence
    assert "on Thursday" in swap.sentence  # the evidence is the mention with the date, not the title
    assert swap.location == "Ankara"


def test_events_fixture_prisoner_exchange_undated_paragraph_takes_only_the_story_day(timelines):
    """Scholz's meeting is told in a paragraph with no date, after a paragraph of background (March 2023, July 19): no
    day of another paragraph is carried over to it; as an act of the story that answers nothing (he met the released
    citizens), it takes the lead's day, Thursday, flagged and of low confidence (story_day.py)."""
    met = _find(timelines["ankara_prisoner_exchange"], "CONSULT", "Scholz", trigger="met")
    assert (met.date_start, met.date_end) == (date(2024, 8, 1), date(2024, 8, 1))
    assert "date_from_story_day" in met.flags and met.confidence <= 0.5
    assert "date_from_previous_sentence" not in met.flags
    defended = _find(timelines["ankara_prisoner_exchange"], "STATEMENT", "Scholz", trigger="defended")
    assert [m.trigger for m in defended.mentions] == ["defended", "saying"]  # ", saying that": the same statement
