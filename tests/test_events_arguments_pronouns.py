"""Whom a sentence-initial "he"/"she" stands for: the subject of the sentence before when that is a person (not the
last person named, who may be a spokesman two paragraphs up), else the subject of the one before that; a later
main clause of the sentence before ("..., and the Kremlin spokesman said") is its last subject; the subject of what
was said inside it is not. Short texts in our own words, through the whole pipeline."""

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
    ("text", "type_", "trigger", "source"),
    [
        # the previous sentence's subject has no event of its own ("flew on"), a spokesman spoke before it
        ("Foreign ministry spokeswoman Mao Ning told reporters on Monday that China welcomed the talks.\n\n"
         "Macron flew on to Tokyo after the meeting. He met Prime Minister Shigeru Ishiba on Wednesday.",
         "CONSULT", "met", "Emmanuel Macron"),
        # a fronted phrase before the subject of the sentence before ("At a news conference after visiting Kyiv,")
        ("Zelenskiy's spokesman, Serhiy Nykyforov, said the talks were useful.\n\n"
         "At a news conference after visiting Kyiv, Merz said Germany would send more air defence systems. "
         "He praised Zelenskiy for his courage.",
         "SUPPORT", "praised", "Friedrich Merz"),
        # the sentence before is about a state; its own subject before that is the person
        ("Lavrov met Wang Yi in Beijing on Tuesday. Russia wants closer ties with Asia. He said the talks had been frank.",
         "STATEMENT", "said", "Sergey Lavrov"),
        # a second main clause after ", and": its subject is the last one told
        ("Lavrov said on Thursday that the ambassador would return, and the Kremlin spokesman, Dmitry Peskov, "
         "welcomed the talks. He warned that sanctions would not help.",
         "THREATEN", "warned", "Dmitry Peskov"),
    ],
)
def test_events_sentence_initial_pronoun_is_the_previous_subject(text, type_, trigger, source):
    assert _event(text, type_, trigger).source_actor == source


def test_events_pronoun_is_not_a_subject_inside_what_was_said_before():
    text = ("Wang Yi demanded that the United States lift its sanctions on Chinese companies and stop interfering. "
            "He warned that there was no room for compromise on Taiwan.")
    assert _event(text, "STATEMENT", "warned").source_actor == "Wang Yi"


def test_events_pronoun_after_a_person_in_its_own_sentence_keeps_that_person():
    text = ("Starmer met Zelenskiy in London on Saturday. Trump said on Sunday that he had spoken with Putin by phone.")
    event = _event(text, "CONSULT", "spoken")
    assert event.source_actor == "Donald Trump"


def test_events_pronoun_in_a_later_clause_is_the_subject_of_its_own_sentence():
    text = ("Iran's foreign minister, Abbas Araghchi, said the visit was a show. Macron will fly on Monday to Cairo, "
            "where he is due to meet President Abdel Fattah al-Sisi.")
    event = _event(text, "CONSULT", "meet")
    assert (event.source_actor, event.target_actor) == ("Emmanuel Macron", "Abdel Fattah el-Sisi")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a third person named after the pair ("with Trump looking on") is not one of "the two leaders"
        ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Avdullah Hoti signed the documents on Friday, "
         "with President Donald Trump looking on. The two leaders are due to meet again in Brussels on Monday.",
         "Aleksandar Vučić", "Avdullah Hoti"),
        # in its own sentence "the two men" are the last two named
        ("Macron and Merkel hosted a video summit with Serbian President Aleksandar Vucic and Kosovo Prime Minister "
         "Avdullah Hoti on July 10, and the two men met face to face in Brussels on July 16.",
         "Aleksandar Vučić", "Avdullah Hoti"),
    ],
)
def test_events_the_two_leaders_are_the_pair_that_last_acted_together(text, source, target):
    found = [e for e in _events(text) if e.type == "CONSULT" and e.trigger.lower() in ("meet", "met")]
    assert [(e.source_actor, e.target_actor) for e in found] == [(source, target)]
