"""Precision round 4: an event noun in the object of a verb of its own type is what that verb does, one event ("pledged
500 million euros in military aid"); a word in -s after a preposition and one describing word is a noun ("200 tonnes of
relief supplies"), never a second act (sentences of our own)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, types_of


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Norway pledged 200 million crowns in humanitarian aid to Sudan on Tuesday.", ["AID"]),
        ("Japan sent 50 tonnes of emergency supplies to Turkey on Monday.", ["AID"]),
        # acts of two types stay two events
        ("Norway pledged aid to Sudan on Tuesday and condemned the attacks on civilians.", ["AID", "DISAPPROVE"]),
    ],
)
def test_extract_objects_of_the_same_act(text, types):
    assert types_of(text) == types


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # "the signing of the accord": the signing is the act told, the accord its mention
        ("The signing of the border treaty between Peru and Ecuador took place in Brasilia on Friday.",
         "signing", "Peru", "Ecuador"),
    ],
)
def test_extract_act_on_a_thing_of_its_type_leads(text, trigger, source, target):
    events = [e for e in events_of(text) if e.type == "AGREE"]
    assert [(e.trigger, e.source_actor, e.target_actor) for e in events] == [(trigger, source, target)]
