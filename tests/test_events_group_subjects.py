"""A plural subject that names a group nobody named ("the separatist authorities", "rebels", "protesters")
still makes the event, with the noun phrase as its group and a plural summary verb; a singular or
unrelated noun does not."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2024, 5, 10)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


@pytest.mark.parametrize(
    ("text", "type_", "summary_start", "day"),
    [
        ("On Wednesday, the separatist authorities accepted a ceasefire.", "AGREE",
         "The separatist authorities accept", date(2024, 5, 8)),
        ("Rebels seized the airport on Monday.", "COERCE", "Rebels seize", date(2024, 5, 6)),
        ("On Tuesday the militants attacked a police station.", "ASSAULT", "The militants attack", date(2024, 5, 7)),
    ],
)
def test_events_unnamed_group_subject_makes_the_event(text, type_, summary_start, day):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    e = found[0]
    assert e.summary.startswith(summary_start), e.summary
    assert (e.date_start, e.date_end) == (day, day)
    assert e.source_actor is None  # a group, never an invented actor


def test_events_group_noun_as_object_makes_no_group_subject():
    # "the rebels" is what was condemned, not who acted: no event without an actor
    assert not [e for e in _events("On Monday the statement condemned the rebels.") if e.summary.lower().startswith("the rebels")]


def test_events_group_right_before_the_verb_is_its_subject_not_an_earlier_name():
    text = "Kishida made a trip to Seoul in March, and later that month the three leaders met briefly in Hiroshima."
    met = [e for e in _events(text) if e.type == "CONSULT" and any(m.trigger == "met" for m in e.mentions)]
    assert len(met) == 1, [(e.type, e.summary) for e in _events(text)]
    assert met[0].source_actor != "Fumio Kishida"
    assert met[0].summary.startswith("The three leaders meet")
    trip = [e for e in _events(text) if e.type == "CONSULT" and any(m.trigger.endswith("trip") for m in e.mentions)]
    assert len(trip) == 1 and trip[0] is not met[0]  # "later that month": no relative "that", two events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("On Tuesday, 13 Israelis were handed over to the Red Cross.", "Israel"),
        ("On Monday, two Americans were released in Gaza.", "United States"),
    ],
)
def test_events_plural_demonym_is_the_people_an_act_befalls(text, target):
    found = [e for e in _events(text) if e.type == "CONCEDE"]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    assert found[0].target_actor == target and found[0].source_actor is None


def test_events_participle_before_a_date_is_passive():
    found = [e for e in _events("Hamas has released hostages before. Two Americans freed on May 6 flew home.")
             if e.type == "CONCEDE" and any(m.trigger == "freed" for m in e.mentions)]
    assert len(found) == 1
    assert found[0].target_actor == "United States" and found[0].source_actor != "United States"
