"""Targets told inside the object of a reaction: the adjective or possessive of the party that made or did the thing
reacted to ("rejected a Chinese plan", "criticised Hungary's veto"), or its agent after "by"; never the victim after
"of", never the reacting side's own, never "Libya's warring parties" (others than the owner)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Kyiv rejected a Chinese peace plan on Monday.", "rejected", "Ukraine", "China"),
    ("Egypt condemned the Israeli strikes on the city on Thursday.", "condemned", "Egypt", "Israel"),
    ("The European Commission criticised Hungary's veto of the aid package on Tuesday.", "criticised",
     "European Commission", "Hungary"),
    ("Britain welcomed the return of two detained journalists by Iran on Wednesday.", "welcomed", "United Kingdom",
     "Iran"),
    ("Seoul expressed regret over Japan's decision to restrict exports on Tuesday.", "regret", "South Korea", "Japan"),
])
def test_events_object_owner_is_the_target_of_a_reaction(text, trigger, source, target):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text, trigger, source", [
    ("Iran condemned the killing of an Iraqi commander on Monday.", "condemned", "Iran"),  # the victim's state
    ("France welcomed the French court's ruling on Tuesday.", "welcomed", "France"),  # its own side
    ("The European Union called on Sudan's warring parties to stop fighting on Monday.", "called on", "European Union"),
])
def test_events_object_owner_is_not_a_victim_nor_the_own_side(text, trigger, source):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, None)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Japan shipped 50 tonnes of emergency supplies to Türkiye on Monday.", "shipped", "Japan", "Türkiye"),
    ("Kenya suspended border talks with Somalia on Friday.", "suspended", "Kenya", "Somalia"),
    ("Ethiopia sent food and medicine to Somalia on Monday.", "sent", "Ethiopia", "Somalia"),
])
def test_events_object_noun_lends_the_party_after_it(text, trigger, source, target):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)
