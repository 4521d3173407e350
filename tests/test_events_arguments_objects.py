"""Whom an act is aimed at, read from the object of its verb: a state's adjective inside the object of an act done
to people or property ("downed a Pakistani jet"), the subject of a that-clause after a demand or a protest
("demanded that the United States stop"), the other party of an event noun that is the object ("suspended talks
with the ELN"). Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)


def _event(text: str, type_: str, trigger: str) -> Event:
    return the_event(events_of(text, DCT), type_, trigger, how="prefix")


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ("Israel said it had downed a Syrian helicopter near the border on Sunday.", "ASSAULT", "downed", "Israel", "Syria"),
        ("Germany expelled two Russian diplomats on Monday.", "SANCTION", "expelled", "Germany", "Russia"),
        ("Iran seized a British oil tanker in the Gulf on Friday.", "COERCE", "seized", "Iran", "United Kingdom"),
        ("Moscow freed a detained American journalist on Thursday.", "CONCEDE", "freed", "Russia", "United States"),
    ],
)
def test_events_state_adjective_in_the_object_names_the_target(text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # words about a thing are not aimed at the state that owns it
        ("Macron praised the German budget on Monday.", "SUPPORT", "praised"),
        # a place on the way is no target of the trip
        ("Erdogan flew to the Azerbaijani exclave of Nakhchivan on Monday.", "CONSULT", "flew"),
    ],
)
def test_events_state_adjective_of_a_thing_or_place_is_no_target(text, type_, trigger):
    assert _event(text, type_, trigger).target_actor is None


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ("Beijing demanded on Monday that the United States stop arming Taiwan.", "DEMAND", "demanded", "China", "United States"),
        ("Tokyo protested on Friday that Chinese vessels had entered its waters.", "DISAPPROVE", "protested", "Japan", "China"),
    ],
)
def test_events_subject_of_the_that_clause_is_the_target(text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_said_that_names_no_target():
    # a statement about someone is not addressed to them
    event = _event("Macron said on Monday that Russia would lose the war.", "STATEMENT", "said")
    assert event.target_actor is None


def test_events_object_event_noun_gives_its_other_party():
    event = _event("Trump announced a trade deal with Japan on Monday.", "ANNOUNCE", "announced")
    assert (event.source_actor, event.target_actor) == ("Donald Trump", "Japan")


def test_events_object_event_noun_without_a_party_gives_no_target():
    event = _event("Trump announced a trade deal on Monday.", "ANNOUNCE", "announced")
    assert event.target_actor is None


def test_events_outsider_welcoming_a_joint_act_aims_at_no_party():
    text = "Xi Jinping met Ma Ying-jeou in Singapore on Saturday. Washington welcomed the meeting on Sunday."
    assert _event(text, "SUPPORT", "welcomed").target_actor is None


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "target"),
    [
        ("Blinken telephoned Aliyev on Tuesday and warned him against an offensive.", "THREATEN", "warned", "Ilham Aliyev"),
        ("Macron met Scholz in Berlin on Monday. Macron said he had warned him that the plan would fail.",
         "THREATEN", "warned", "Olaf Scholz"),
    ],
)
def test_events_object_pronoun_is_the_last_other_person(text, type_, trigger, target):
    assert _event(text, type_, trigger).target_actor == target


def test_events_object_pronoun_her_before_a_noun_is_a_possessive():
    text = "Merkel met Macron on Monday. Macron praised her budget on Tuesday."
    assert _event(text, "SUPPORT", "praised").target_actor is None


def test_events_person_named_in_apposition_to_an_owned_title_is_the_target():
    text = "Tillerson urged Iran's newly re-elected president, Hassan Rouhani, to end the missile tests."
    assert _event(text, "DEMAND", "urged").target_actor == "Hassan Rouhani"


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # a subordinate clause after the object has a subject of its own
        ("Riyadh said it would not normalize relations until a Palestinian state is established.", "COOPERATE", "normalize"),
        # a free relative: the actor inside names the thing, is not hit by it
        ("Indian jets bombed what Foreign Secretary Vijay Gokhale called a training camp.", "ASSAULT", "bombed"),
        # the next verb has its own object
        ("The United States suspended its diplomatic presence in Kabul and moved it to Doha.", "SANCTION", "suspended"),
    ],
)
def test_events_object_stops_at_a_new_clause(text, type_, trigger):
    assert _event(text, type_, trigger).target_actor is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Putin denied on Monday that the Russian state had ever interfered in American affairs.", "United States"),
        ("Lavrov denied that Moscow wanted to divide Ukraine.", "Ukraine"),
        ("Vucic denied that Belgrade had agreed to anything that amounted to recognising Kosovo.", "Kosovo"),
    ],
)
def test_events_denial_is_aimed_at_the_other_side_its_clause_names(text, target):
    assert _event(text, "STATEMENT", "denied").target_actor == target  # (a denial of a clause: a statement)


def test_events_denial_naming_only_its_own_side_has_no_target():
    text = "Azerbaijan launched an offensive on Tuesday. Baku denied that its forces had targeted civilians."
    assert _event(text, "STATEMENT", "denied").target_actor is None


def test_events_that_clause_naming_the_speakers_own_side_is_no_target():
    text = "Blinken urged both forces to respect the truce and warned that Washington would hold violators accountable."
    assert _event(text, "THREATEN", "warned").target_actor is None


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ("Bahrain said on Monday it would open an embassy in Israel within months.", "COOPERATE", "open an embassy",
         "Bahrain", "Israel"),
        ("Russia closed its embassy in Kyiv on Monday.", "SANCTION", "closed", "Russia", "Ukraine"),
    ],
)
def test_events_embassy_in_a_state_is_aimed_at_that_state(text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_object_after_a_joined_noun_is_still_reached():
    text = "Washington imposed travel bans and asset freezes on Russian officials on Monday."
    assert _event(text, "SANCTION", "imposed").target_actor == "Russia"


def test_events_state_adjective_before_a_military_branch_names_the_target():
    text = "Pakistan is due to hand back a captured Indian Air Force pilot on Friday."
    assert _event(text, "CONCEDE", "hand back").target_actor == "India"
