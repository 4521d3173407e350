"""Targets read from a person's part in the story or from the pair told before (timeline/events/actor_sides.py): a
named envoy summoned or expelled stands for the state that sent them, "his guest" is the visitor told arriving, a
passive verb joined to the verb before acts on that verb's doer, "the two governments" / "both forces" are the pair
named together, an agreement made "to restore ties with X" is made with X, and an act noun after a passive keeps the
passive's subject as the one hit. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, type_, trigger, source, target", [
    ("Moscow summoned the British ambassador, Deborah Bronnert, on Wednesday.",
     "DISAPPROVE", "summoned", "Russia", "United Kingdom"),
    ("The Swedish ambassador, Karl Lindqvist, was summoned to the Foreign Ministry in Moscow on Tuesday.",
     "DISAPPROVE", "summoned", None, "Sweden"),
    ("Ghana ordered French Ambassador Paul Renard on Monday to leave the country within 72 hours.",
     "SANCTION", "ordered", "Ghana", "France"),
    ("Ghana ordered the ambassador, Paul Renard, to leave the country on Monday after a row with France.",
     "SANCTION", "ordered", "Ghana", "Paul Renard"),
    ("China expelled the Japanese envoy, Hideo Tarumi, on Friday.", "SANCTION", "expelled", "China", "Japan"),
])
def test_events_named_envoy_summoned_or_expelled_stands_for_their_state(text, type_, trigger, source, target):
    event = the_event(events_of(text), type_, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_summoned_person_told_as_no_envoy_is_not_made_a_state():
    event = the_event(events_of("Moscow summoned Deborah Bronnert, a British journalist, on Wednesday."),
                      "DISAPPROVE", "summoned")
    assert event.target_actor != "United Kingdom"


def test_events_expelled_envoy_of_a_body_is_not_made_their_nationality():
    event = the_event(events_of("Sudan expelled the UN envoy, Volker Perthes, on Thursday."), "SANCTION", "expelled")
    assert event.target_actor in {"Volker Perthes", "United Nations"}


def test_events_criticized_ambassador_keeps_her_name():
    # a reproach of an envoy's own words is aimed at the envoy; only summons, expulsions and orders to leave are the
    # state's
    event = the_event(events_of("Moscow criticized the British ambassador, Deborah Bronnert, on Wednesday."),
                      "DISAPPROVE", "criticized")
    assert event.target_actor == "Deborah Bronnert"


def test_events_his_guest_is_the_visitor_told_arriving():
    text = "Erdogan flew to Moscow on Monday. Putin told his guest that the two countries were close."
    event = the_event(events_of(text), "STATEMENT", "told")
    assert (event.source_actor, event.target_actor) == ("Vladimir Putin", "Recep Tayyip Erdoğan")


def test_events_his_guest_with_no_visit_told_names_no_one():
    events = events_of("Putin told his guest on Monday that the two countries were close.")
    event = the_event(events, "STATEMENT", "told")
    assert (event.source_actor, event.target_actor) == ("Vladimir Putin", None)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The Kenyan foreign minister arrived in Addis Ababa on Tuesday and was received by Abiy.",
     "received", "Abiy Ahmed", "Kenya"),
    ("Lavrov met Wang Yi in Beijing and was praised by Xi.", "praised", "Xi Jinping", "Sergey Lavrov"),
])
def test_events_passive_joined_to_a_verb_before_acts_on_its_doer(text, trigger, source, target):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text, target", [
    ("Fighting between the Ethiopian army and the Tigray People's Liberation Front resumed on Monday. On Tuesday, "
     "Blinken urged both forces to respect the ceasefire.", "Ethiopia"),
    ("Fighting between Sudan's army and the Rapid Support Forces resumed on Monday. On Tuesday, Guterres urged the two "
     "warring parties to respect the truce.", "Sudan"),
    ("Kenya and Uganda applied to join the bloc in May. Tanzania blocked the talks the same day, accusing the two "
     "governments of harboring rebels.", "Kenya"),
    ("Norway and Denmark applied to join the bloc after Russia invaded Georgia. Hungary blocked the talks the same "
     "day, accusing the two governments of harboring militants.", "Norway"),
])
def test_events_pair_aimed_at_is_the_pair_named_together(text, target):
    event = [e for e in events_of(text) if e.type in ("DEMAND", "DISAPPROVE")][-1]
    assert event.target_actor == target


@pytest.mark.parametrize("text, target", [
    ("Fighting between Armenia and Azerbaijan resumed on Monday. Iran urged the two countries on Tuesday to respect "
     "the ceasefire.", "Armenia"),
    ("Iran invaded Iraq in May. On Monday Turkey urged the two countries to respect the ceasefire.", "Iran"),
])
def test_events_pair_description_still_reads_the_last_pair_told(text, target):
    event = the_event(events_of(text), "DEMAND", "urged")
    assert event.target_actor == target


@pytest.mark.parametrize("text, target", [
    ("Israel signed an agreement on Tuesday to restore diplomatic ties with Morocco.", "Morocco"),
    ("Israel signed agreements on Tuesday to establish full diplomatic relations with Morocco and Bahrain.", "Morocco"),
])
def test_events_agreement_noun_made_to_deal_with_a_party_is_made_with_it(text, target):
    event = the_event(events_of(text), "AGREE", "agreement")
    assert (event.source_actor, event.target_actor) == ("Israel", target)


@pytest.mark.parametrize("text, source, target", [
    ("Four Indian soldiers were killed in an ambush in Kashmir on Monday.", None, "India"),
    ("Two Kenyan policemen were killed on Monday in an attack near the border.", None, "Kenya"),
    ("Four Indian soldiers were killed in a raid by Pakistani forces.", "Pakistan", "India"),
])
def test_events_act_noun_after_a_passive_keeps_its_subject_as_the_one_hit(text, source, target):
    event = the_event(events_of(text), "ASSAULT", "killed", how="mention")
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_act_noun_after_an_active_verb_keeps_its_doer():
    event = the_event(events_of("India attacked Pakistan in a raid on Monday."), "ASSAULT", "raid", how="mention")
    assert (event.source_actor, event.target_actor) == ("India", "Pakistan")


def test_events_people_of_a_pair_spoken_with_are_the_pair_first_named():
    text = ("India and Pakistan exchanged fire on Monday. Pompeo said he had spoken with the foreign ministers of both "
            "countries on Wednesday.")
    event = the_event(events_of(text), "CONSULT", "spoken")
    assert (event.source_actor, event.target_actor) == ("Mike Pompeo", "India")

