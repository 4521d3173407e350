"""Targets a clause gives away from the verb's object: a material act told in the passive is aimed at the state whose
adjective stands right before its noun ("three American detainees freed by the North"; not "a Filipino who were
freed"); a trip's destination may follow a date ("will fly on Monday to Israel"); a letter "from" an actor was sent by
that actor unless "to <actor>" follows. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Pompeo returned from Pyongyang last month with three American detainees freed by the North.", "freed",
         "North Korea", "United States"),
        ("Two Russian diplomats were expelled by Poland on Monday.", "expelled", "Poland", "Russia"),
    ],
)
def test_events_passive_act_on_a_state_adjectives_noun_targets_that_state(text, trigger, source, target):
    (event,) = [e for e in _events(text) if e.trigger.lower() == trigger]
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_relative_pronoun_after_a_demonym_is_no_noun_of_it():
    text = ("On the first day of the truce, 13 Israelis were handed over to the Red Cross along with ten Thai workers "
            "and a Filipino who were freed under a separate arrangement, and Israel released 39 Palestinians.")
    assert "Philippines" not in {e.target_actor for e in _events(text)}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Trump will fly on Monday to Israel.", "Israel"),
        ("Macron flew on Saturday to Seoul.", "South Korea"),
    ],
)
def test_events_trip_destination_after_a_date_is_its_target(text, target):
    (event,) = [e for e in _events(text) if e.type == "CONSULT"]
    assert event.target_actor == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the writer is the one after "from", the one who received it the subject
        ("Putin received a letter from Xi on Monday.", "Xi Jinping", "Vladimir Putin"),
        # with "to <actor>" after it, the subject carried it to that actor
        ("Trump met Kim Jong Un in Singapore. On June 1, Kim Yong Chol, the North Korean leader's closest aide, "
         "delivered a letter from Kim to Trump in the Oval Office.", "Kim Yong Chol", "Donald Trump"),
    ],
)
def test_events_letter_from_an_actor_is_sent_by_that_actor(text, source, target):
    found = [e for e in _events(text) if "letter" in e.trigger.lower()]
    assert [(e.source_actor, e.target_actor) for e in found] == [(source, target)]
