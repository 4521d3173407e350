"""Subjects the gazetteer does not know: a group description keeps its capitalised modifier ("Nordic governments",
"Several Arab diplomats"); "each side"/"both sides" are the two parties told just before, and "accused the other" /
"each other" makes the second of them the target; a state's body or spokesman named by no one ("A foreign ministry
spokesman urged", "The defence ministry said") is the state the sentence before is about. Our own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _event(text: str, type_: str, trigger: str) -> Event:
    return the_event(_events(text), type_, trigger)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "group"),
    [
        ("Nordic governments welcomed the decision on Monday.", "SUPPORT", "welcomed", "Nordic governments"),
        ("Several Arab diplomats praised the speech on Monday.", "SUPPORT", "praised", "Arab diplomats"),
        ("The separatist authorities accepted the terms on Wednesday.", "AGREE", "accepted", "separatist authorities"),
    ],
)
def test_events_group_description_keeps_its_modifiers(text, type_, trigger, group):
    event = _event(text, type_, trigger)
    assert event.source_actor is None and group in event.summary


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel and Hamas agreed to a truce on Friday. Each side accused the other of violating it on Sunday.",
         "Israel", "Hamas"),
        ("Armenia and Azerbaijan held talks in Almaty on Monday. Both sides accused each other of shelling villages.",
         "Armenia", "Azerbaijan"),
    ],
)
def test_events_each_side_is_the_two_parties_told_before(text, source, target):
    event = _event(text, "DISAPPROVE", "accused")
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source"),
    [
        ("China was more cautious. A foreign ministry spokesman urged all sides to exercise restraint.",
         "DEMAND", "urged", "China"),
        ("Russia launched a wave of drones at Kyiv on Monday. Later, the defence ministry said the strikes had hit "
         "military targets.", "STATEMENT", "said", "Russia"),
    ],
)
def test_events_unnamed_body_is_the_state_of_the_sentence_before(text, type_, trigger, source):
    assert _event(text, type_, trigger).source_actor == source


def test_events_unnamed_body_after_a_sentence_about_no_state_stays_unnamed():
    text = "The talks ended without a deal. A foreign ministry spokesman urged all sides to exercise restraint."
    assert _event(text, "DEMAND", "urged").source_actor is None


def test_events_owned_body_in_its_own_sentence_keeps_its_owner():
    text = "China was more cautious. Russia's foreign ministry rejected the criticism on Tuesday."
    assert _event(text, "REJECT", "rejected").source_actor == "Russia"
