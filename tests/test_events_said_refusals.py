"""A named speaker saying that something will not happen ("said he would not sign the accord", "said the region would
not agree to new pacts") makes the saying the event; the act the words refuse is no event of its own. A plan said
("said Pakistan would boycott the session") stays the news, the saying only telling it."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_saying_he_would_not_sign_is_the_statement():
    events = events_of("Serbian President Aleksandar Vucic said that he would not sign the agreement.")
    the_event(events, "STATEMENT", "said")
    assert not [e for e in events if e.status == "denied"], [(e.type, e.trigger) for e in events]


def test_saying_another_party_would_not_agree_is_the_statement():
    events = events_of("Prime Minister Keir Starmer said the region put security first and would not agree to new "
                       "pacts without it.")
    assert the_event(events, "STATEMENT", "said").source_actor == "Keir Starmer"
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.trigger) for e in events]


def test_saying_a_plan_leaves_the_plan_the_news():
    events = events_of("Prime Minister Keir Starmer said Britain would boycott the session.")
    assert [(e.type, e.trigger, e.status) for e in events] == [("SANCTION", "boycott", "planned")]


def test_others_saying_a_party_would_not_attend_talks_is_no_planned_meeting():
    events = events_of("Officials said Iran would not attend the talks in Vienna next week.")
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger, e.status) for e in events]


def test_a_party_that_would_attend_talks_keeps_the_planned_meeting():
    events = events_of("Officials said Iran would attend the talks in Vienna next week.")
    assert the_event(events, "CONSULT", "talks").status == "planned"


def test_a_summit_a_party_will_not_join_is_no_event():
    events = events_of("Diplomats said Hungary won't join the summit in Brussels next month.")
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger, e.status) for e in events]
