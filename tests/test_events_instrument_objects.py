"""Sanctions as the instrument of an act: "targeted Russian officials with a new round of sanctions" is a sanction,
and "hit Moscow with sweeping new sanctions" is one event (the plural after "with" and two modifiers is a noun, the
instrument of "hit", not a verb "sanctions" with its own subject)."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_instrument_after_a_measure_noun_types_the_act():
    text = "The United States targeted Russian officials with a new round of sanctions on Thursday."
    assert the_event(events_of(text), None, "targeted").type == "SANCTION"


def test_targeting_without_sanctions_stays_an_attack():
    text = "Russian drones targeted energy facilities in Kharkiv on Thursday."
    assert the_event(events_of(text), None, "targeted").type == "ASSAULT"


def test_plural_after_with_and_two_modifiers_is_the_instrument_noun():
    text = "The EU hit Moscow with sweeping new sanctions on Friday."
    events = events_of(text)
    assert [e.type for e in events] == ["SANCTION"]
    assert the_event(events, "SANCTION", "hit").target_actor == "Russia"
