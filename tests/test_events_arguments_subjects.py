"""Who acted: the head of a subject with an apposition ("Saudi Arabia, Iran's main rival, said"), the subject
shared by a second verb after an auxiliary ("had raised ... and had pressed"), the "by" agent of an event noun
after its target ("a visit to Taiwan by Mike Pompeo"), and a broker who is a third party, not the doer ("a
ceasefire brokered by Moscow"). Short texts in our own words, through the whole pipeline."""

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
        ("Saudi Arabia, Iran's main regional rival, criticized the deal on Monday.", "DISAPPROVE", "criticized", "Saudi Arabia"),
        ("Egypt, the main mediator of the talks with Hamas, said on Tuesday that it was hopeful.", "STATEMENT", "said", "Egypt"),
        ("India, Pakistan's larger neighbour, has condemned the attack.", "DISAPPROVE", "condemned", "India"),
    ],
)
def test_events_subject_is_the_head_before_its_apposition(text, type_, trigger, source):
    assert _event(text, type_, trigger).source_actor == source


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source"),
    [
        # an apposition that is a name is the subject itself
        ("Russia's foreign minister, Sergei Lavrov, met Marco Rubio in Riyadh on Tuesday.", "CONSULT", "met", "Sergey Lavrov"),
        # a list is no apposition
        ("Germany, France and Italy criticized the plan on Monday.", "DISAPPROVE", "criticized", "Germany"),
    ],
)
def test_events_name_apposition_and_lists_keep_their_subject(text, type_, trigger, source):
    assert _event(text, type_, trigger).source_actor == source


def test_events_second_verb_after_an_auxiliary_shares_the_subject():
    text = "Rubio met Wang Yi in Beijing on Monday. He said he had raised the detentions and had pressed Beijing to act."
    event = _event(text, "DEMAND", "pressed")
    assert (event.source_actor, event.target_actor) == ("Marco Rubio", "China")


def test_events_by_agent_after_the_target_of_an_event_noun_is_its_source():
    event = _event("China cut off military talks in August after a visit to Taiwan by Mike Pompeo.", "CONSULT", "visit")
    assert (event.source_actor, event.target_actor) == ("Mike Pompeo", "Taiwan")


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("The war ended in November with a ceasefire brokered by Moscow.", "AGREE", "ceasefire"),
        ("The deal followed four years of negotiations hosted by Norway.", "CONSULT", "negotiations"),
    ],
)
def test_events_broker_is_a_third_party_not_the_source(text, type_, trigger):
    event = _event(text, type_, trigger)
    assert event.source_actor is None and event.target_actor is None


def test_events_coordinated_subject_with_a_name_apposition_keeps_its_first_party():
    text = "Tillerson and the Saudi foreign minister, Adel al-Jubeir, told a news conference on Saturday that ties were strong."
    (event,) = [e for e in _events(text) if e.type == "STATEMENT"]
    assert event.source_actor == "Rex Tillerson"


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source"),
    [
        ("Indian Mirage jets crossed the border and bombed a camp on Tuesday.", "ASSAULT", "bombed", "India"),
        ("Russian Su-34 bombers struck the port on Monday.", "ASSAULT", "struck", "Russia"),
    ],
)
def test_events_state_adjective_before_a_model_name_and_its_head_is_the_actor(text, type_, trigger, source):
    assert _event(text, type_, trigger).source_actor == source


def test_events_apposition_after_a_fronted_date_keeps_the_named_head():
    text = "On June 1, Kim Yong Chol, the North Korean leader's closest aide, delivered a letter to Trump."
    assert _event(text, "AID", "delivered").source_actor == "Kim Yong Chol"


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Imran Khan addressed parliament on Thursday and repeated his offer to hold talks with Narendra Modi.",
         "CONSULT", "talks"),
        ("Imran Khan addressed parliament on Thursday and repeated his offer to hold a meeting with Narendra Modi.",
         "CONSULT", "meeting"),
    ],
)
def test_events_owner_of_an_offer_is_the_doer_of_what_it_offers(text, type_, trigger):
    event = _event(text, type_, trigger)
    assert (event.source_actor, event.target_actor) == ("Imran Khan", "Narendra Modi")


def test_events_possessive_points_back_to_an_actor_named_before():
    text = "Imran Khan toured Lahore on Monday and on Thursday repeated his offer to hold a meeting with Narendra Modi."
    assert _event(text, "COOPERATE", "offer").source_actor == "Imran Khan"


def test_events_participle_after_a_comma_takes_the_main_clause_doer_not_its_object():
    event = _event("Armed men stormed a Ukrainian army base in Crimea, killing a soldier.", "ASSAULT", "stormed")
    assert (event.source_actor, event.target_actor) == (None, "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "The same day Sudan's army and the paramilitary Rapid Support Forces signed a ceasefire in Jeddah.",
        "Fighting broke out despite a ceasefire that Sudan's army and the paramilitary Rapid Support Forces signed.",
    ],
)
def test_events_body_of_a_state_coordinated_with_a_group_are_both_parties(text):
    event = _event(text, "AGREE", "signed")
    assert (event.source_actor, event.target_actor) == ("Sudan", "Rapid Support Forces")


def test_events_coordinated_subject_right_after_a_saying_keeps_its_first_party():
    text = ("Chinese officials said Commerce Secretary Gina Raimondo and Treasury Secretary Janet Yellen could travel "
            "to Beijing in the coming weeks.")
    event = _event(text, "CONSULT", "travel")
    assert (event.source_actor, event.target_actor) == ("Gina Raimondo", "China")


def test_events_pronoun_subject_before_a_planned_verb_group():
    text = "Trump will fly on Monday to Israel, where he is due to meet Prime Minister Benjamin Netanyahu."
    event = _event(text, "CONSULT", "meet")
    assert (event.source_actor, event.target_actor) == ("Donald Trump", "Benjamin Netanyahu")
