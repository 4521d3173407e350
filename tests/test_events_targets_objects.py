"""Whom a meeting, an acceptance or a refusal names as its other side past the words right after the verb: "met on
Tuesday in Geneva with Wang Yi", "accepted an invitation from Xi", "rejected a proposal from Kyiv". Short texts in our
own words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


def _pair(text: str, type_: str, trigger: str) -> tuple[str | None, str | None]:
    event = the_event(events_of(text), type_, trigger, how="prefix")
    return event.source_actor, event.target_actor


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        # a date and a place between the verb and "with"
        ("Blinken met on Tuesday with Wang Yi.", "CONSULT", "met", "Antony Blinken", "Wang Yi"),
        ("Blinken met today in Geneva with Foreign Minister Wang Yi.", "CONSULT", "met", "Antony Blinken", "Wang Yi"),
        # the person a string of titles after a state's name introduces
        ("Blinken met on Tuesday with PRC State Councilor and Foreign Minister Wang Yi.",
         "CONSULT", "met", "Antony Blinken", "Wang Yi"),
        # whoever the accepted or refused object comes from
        ("Modi accepted an invitation from Xi to visit China.", "AGREE", "accepted", "Narendra Modi", "Xi Jinping"),
        ("Moscow rejected a new proposal from Kyiv on Monday.", "REJECT", "rejected", "Russia", "Ukraine"),
    ],
)
def test_events_other_side_named_past_the_verb(text, type_, trigger, source, target):
    assert _pair(text, type_, trigger) == (source, target)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "target"),
    [
        # a state named alone after "with" stays the other side
        ("Blinken met on Tuesday with China.", "CONSULT", "met", "China"),
        # no one the object comes from
        ("Moscow rejected a proposal on Monday.", "REJECT", "rejected", None),
    ],
)
def test_events_other_side_only_when_named(text, type_, trigger, target):
    assert _pair(text, type_, trigger)[1] == target


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # the matter of a conference is no side of it
        ("Germany will host a conference on Libya in Berlin next month.", "conference", "Germany", None),
        # past the matter, the side named after "with"
        ("Moscow held talks on Ukraine with Turkey on Monday.", "held", "Russia", "Türkiye"),
    ],
)
def test_events_matter_of_a_meeting_is_no_side(text, trigger, source, target):
    assert _pair(text, "CONSULT", trigger) == (source, target)


def test_events_fronted_talks_are_held_by_the_subject_after_the_comma():
    text = "Orban flew to Kyiv on Tuesday. In talks with President Zelensky, he urged a ceasefire."
    assert _pair(text, "CONSULT", "talks") == ("Viktor Orbán", "Volodymyr Zelensky")


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        # a noun of the verb's own type in its object does not end the object: the same act told twice
        ("Japan pledged $2 billion in aid to Ukraine on Friday.", "AID", "pledged", "Japan", "Ukraine"),
    ],
)
def test_events_own_type_noun_in_the_object_keeps_the_recipient(text, type_, trigger, source, target):
    assert _pair(text, type_, trigger) == (source, target)


def test_events_agreement_noun_of_a_joint_signing_keeps_the_pair():
    # the terms of an agreement two sides sign name no one it is aimed at
    text = "The United States and Vietnam sign an agreement under which American troops are to leave Vietnam within a year."
    assert _pair(text, "AGREE", "sign") == ("United States", "Vietnam")


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky called on Ukraine's allies on Monday to respond firmly.",
        "Putin called on Libya's warring parties on Wednesday to stop fighting.",
    ],
)
def test_events_owner_of_others_named_in_relation_to_it_is_no_target(text):
    # the allies, the warring parties: others in relation to the owner, not the owner
    assert _pair(text, "DEMAND", "called")[1] is None


def test_events_owner_of_its_own_people_stays_the_target():
    assert _pair("Macron called on Russia's leaders on Monday to stop the war.", "DEMAND", "called")[1] == "Russia"
