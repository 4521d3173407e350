""""issued a call for restraint", "made a call for calm": a call for something is an appeal (DEMAND), never a phone
call; "held a call on Monday", "had a call with Putin" stay phone calls."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)


def test_issued_a_call_for_restraint_is_a_demand():
    evs = events_of("The European Union issued a call for restraint on Monday.", DCT)
    e = the_event(evs, "DEMAND", "call")
    assert e.source_actor == "European Union"
    assert str(e.date_start) == "2025-03-03"
    assert not any(x.type == "CONSULT" for x in evs)


def test_made_a_call_for_calm_is_a_demand():
    evs = events_of("Germany made a call for calm on Tuesday.", DCT)
    assert the_event(evs, "DEMAND", "call").source_actor == "Germany"
    assert not any(x.type == "CONSULT" for x in evs)


def test_a_call_on_a_party_to_act_is_no_phone_call():
    evs = events_of("The United Nations made a call on Israel to halt the strikes on Monday.", DCT)
    assert not any(x.type == "CONSULT" for x in evs)


def test_phone_calls_with_a_light_verb_stay_phone_calls():
    e = the_event(events_of("Biden and Xi held a call on Monday.", DCT), "CONSULT", "call")
    assert e.mode == "phone"
    e = the_event(events_of("Macron had a call with Putin on Friday.", DCT), "CONSULT", "call")
    assert e.mode == "phone"
