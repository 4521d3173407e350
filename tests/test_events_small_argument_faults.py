"""Small argument faults, each with its other side: an object pronoun right after the verb is its object, so the
target search stops there ("praised them and Russia condemned Iran"); an object named after a preposition may come
past the words that modify it ("with new sanctions", "with 25% tariffs"); and a consultation the text tells with
no phone is summarised with no phone ("Biden and Xi speak"). Sentences of our own, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2024, 3, 1)  # a Friday


@pytest.mark.parametrize("pronoun", ["them", "him", "it"])
def test_an_object_pronoun_stops_the_target_search(pronoun):
    events = events_of(f"Germany praised {pronoun} and Russia condemned Iran on Monday.", DCT)
    praised = the_event(events, None, "praised")
    assert praised.target_actor != "Russia"
    condemned = the_event(events, "DISAPPROVE", "condemned")
    assert (condemned.source_actor, condemned.target_actor) == ("Russia", "Iran")


def test_a_named_object_is_still_the_target():
    events = events_of("Germany praised France and Russia condemned Iran on Monday.", DCT)
    assert the_event(events, None, "praised").target_actor == "France"


def test_her_before_a_noun_is_a_possessive_not_an_object():
    events = events_of("Baerbock criticised her Russian counterpart Sergei Lavrov on Monday.", DCT)
    assert the_event(events, None, "criticised").target_actor == "Sergey Lavrov"


@pytest.mark.parametrize(
    "text",
    [
        "Washington targeted officials with new sanctions on Monday.",
        "Washington targeted officials with sweeping new sanctions on Monday.",
    ],
)
def test_targeted_with_modified_sanctions_is_a_sanction(text):
    types = [e.type for e in events_of(text, DCT)]
    assert "SANCTION" in types and "ASSAULT" not in types


def test_targeted_with_strikes_is_still_an_assault():
    assert [e.type for e in events_of("Israel targeted Hezbollah with airstrikes on Monday.", DCT)] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump hit Canada with 25% tariffs on Tuesday.",
        "Trump hit Canada with new tariffs on Tuesday.",
        "Trump hit Canada with tariffs on Tuesday.",
    ],
)
def test_hit_with_tariffs_is_a_sanction(text):
    events = events_of(text, DCT)
    hit = the_event(events, "SANCTION", "", how="mention")  # (the verb "hit" and its noun "tariffs": one act)
    assert (hit.source_actor, hit.target_actor) == ("Donald Trump", "Canada")
    assert "strikes" not in hit.summary


def test_hit_positions_is_still_an_assault_and_hit_with_a_name_is_nothing():
    assert [e.type for e in events_of("Russian missiles hit positions in Kharkiv on Sunday.", DCT)] == ["ASSAULT"]
    assert not [e for e in events_of("Trump hit Canada with Mexico's help on Tuesday.", DCT) if e.type == "SANCTION"]


def test_spoke_with_tells_no_phone_it_was_not_told():
    events = events_of("WASHINGTON (Reuters) - Biden spoke with Xi on Tuesday about trade.", DCT)
    spoke = the_event(events, "CONSULT", "spoke")
    assert "phone" not in spoke.summary
    assert spoke.summary.startswith("Biden and Xi")


@pytest.mark.parametrize(
    "text",
    [
        "Macron spoke with Scholz by phone on Monday.",
        "Modi spoke to Putin in a phone call on Friday.",
        "Erdogan phoned Zelenskiy on Monday.",
    ],
)
def test_a_told_phone_call_is_still_summarised_by_phone(text):
    events = events_of(text, DCT)
    assert any(e.type == "CONSULT" and "by phone" in e.summary for e in events)
