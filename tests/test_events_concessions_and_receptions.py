"""Concessions, receptions and criticism the gold10 wave found missed or misread, and dates of background acts: a fee
or visa waived, a government that backed down (no support), an envoy named in apposition who "was received by" a host,
a decision "attacked" (criticism, not an assault), remarks called "offensive"; a meeting dated "on August 11, and the
two agreed to restore consultations" (the date is the meeting's, not the planned consultations'), and an act told
"back then" / "at the time" (the date of the act told before it). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from event_helpers import FRIDAY, events_of, the_event

TUESDAY = date(2025, 3, 4)


def test_waived_fees_and_visas_are_concessions():
    waived = the_event(events_of("Ghana waived visa fees for Caribbean visitors on Tuesday.\n"), "CONCEDE", "waived")
    assert waived.date_start == TUESDAY and waived.source_actor == "Ghana"
    assert not [e for e in events_of("The striker waived his right to a hearing on Tuesday.\n") if e.type == "CONCEDE"]


def test_backing_down_is_a_concession_not_support():
    events = events_of("The Kenyan government backed down on Tuesday and restored the fuel subsidy.\n")
    down = the_event(events, "CONCEDE", "backed down")
    assert down.date_start == TUESDAY
    assert not [e for e in events if e.type == "SUPPORT"]
    assert the_event(events_of("Brussels backed the plan on Tuesday.\n"), "SUPPORT", "backed").date_start == TUESDAY


def test_envoy_named_in_apposition_received_by_a_host():
    events = events_of("The new ambassador, Ana Ruiz, was received by President Gabriel Boric at the palace on "
                       "Tuesday.\n")
    received = the_event(events, "CONSULT", "received")
    assert received.date_start == TUESDAY
    assert {received.source_actor, received.target_actor} == {"Gabriel Boric", "Ana Ruiz"}
    assert not [e for e in events_of("The new plan, drafted in Lima, was received by the committee on Tuesday.\n")
                if e.type == "CONSULT"]


def test_a_date_before_comma_and_dates_the_clause_it_closes():
    events = events_of("Peru's foreign minister, Ana Rojas, met her Chilean counterpart, Luis Pena, in Arica on "
                       "March 4, and the two agreed to restore consultations step by step.\n")
    met = the_event(events, "CONSULT", "met")
    assert (met.date_start, met.date_end) == (TUESDAY, TUESDAY)
    agreed = the_event(events, "AGREE", "agreed")
    assert agreed.date_start == TUESDAY
    planned = [e for e in events if e.status == "planned"]
    assert all(e.date_start != TUESDAY or e.date_end != TUESDAY for e in planned)


def test_an_act_told_at_the_time_takes_the_date_of_the_act_before():
    events = events_of("Ecuador and Peru reopened their border on Tuesday.\n\nPeru also recalled its ambassador from "
                       "Quito in 2019. Ecuador protested back then.\n")
    protested = the_event(events, "DISAPPROVE", "protested")
    assert (protested.date_start, protested.date_end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_attacking_a_decision_is_criticism_not_an_assault():
    criticism = the_event(events_of("Algeria attacked Spain's decision on Tuesday.\n"), None, "attacked")
    assert criticism.type == "DISAPPROVE" and criticism.date_start == TUESDAY
    strike = the_event(events_of("Rebels attacked the convoy near Goma on Tuesday.\n"), None, "attacked")
    assert strike.type == "ASSAULT"


def test_calling_remarks_offensive_or_baseless_is_criticism():
    offensive = the_event(events_of("Russia called the envoy's remarks offensive on Tuesday.\n"), None, "called")
    assert offensive.type == "DISAPPROVE"
    baseless = the_event(events_of("France called the charges baseless on Tuesday.\n"), None, "called")
    assert baseless.type == "DISAPPROVE"
    praise = the_event(events_of("Yoon called the meeting a historic milestone on Tuesday.\n"), None, "called")
    assert praise.type != "DISAPPROVE"


def test_hours_after_for_are_a_length_not_an_offset():
    from timeline.temporal import tag_text

    found = {t.text: t for t in tag_text("The two leaders met for three hours before holding a news conference. They "
                                         "talked for more than an hour after the dinner. The talks began two hours "
                                         "before the dinner.", TUESDAY)}
    assert found["three hours"].anchor is None and found["three hours"].value == "PT3H"
    assert found["more than an hour"].anchor is None
    assert found["two hours"].anchor is not None and found["two hours"].anchor.amount == -2


def test_talks_that_lasted_hours_before_a_dinner_take_the_story_day():
    events = events_of("Chile and Peru signed a fisheries accord in Lima on Tuesday.\n\nThe two presidents, Gabriel "
                       "Boric and Dina Boluarte, met for three hours before holding a news conference.\n")
    met = the_event(events, "CONSULT", "met")
    assert (met.date_start, met.date_end) == (TUESDAY, TUESDAY)
