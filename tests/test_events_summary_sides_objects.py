"""Summaries an analyst can use: both sides of an act between two parties, whole object phrases, the verb voted for."""

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, type_, source, sides, summary", [
    ("Turkey coordinated the exchange of prisoners between Russia and Ukraine on Monday.", "coordinated", "COOPERATE",
     "Türkiye", {"Russia", "Ukraine"}, "Türkiye coordinates the exchange of prisoners between Russia and Ukraine"),
    ("Egypt and Qatar mediated between Israel and Hamas on Monday.", "mediated", "CONSULT",
     "Egypt", {"Israel", "Hamas", "Qatar"}, "Egypt mediates between Israel and Hamas"),
    ("Kuwait mediated between Saudi Arabia and Qatar on Thursday.", "mediated", "CONSULT",
     "Kuwait", {"Saudi Arabia", "Qatar"}, "Kuwait mediates between Saudi Arabia and Qatar"),
])
def test_events_act_between_two_sides_names_both(text, trigger, type_, source, sides, summary):
    event = the_event(events_of(text), type_, trigger)
    assert (event.source_actor, event.target_actor, event.summary) == (source, None, summary)
    assert sides <= set(event.actors)


def test_events_talks_between_two_sides_keep_their_pair():
    event = the_event(events_of("Talks between Russia and Ukraine were held in Istanbul on Monday."), "CONSULT", "talks")
    assert {event.source_actor, event.target_actor} == {"Russia", "Ukraine"}


@pytest.mark.parametrize("text, summary", [
    ("A court in Paris convicted a Syrian officer of war crimes on Monday.",
     "France convicts a Syrian officer of war crimes in Paris"),
    ("Lavrov accused Western media outlets of being biased on Monday.",
     "Lavrov accuses Western media outlets of being biased"),
    ("Lavrov accused Western media of being deliberately biased on Monday.",
     "Lavrov accuses Western media of being biased"),
])
def test_events_summary_object_is_never_cut_mid_phrase(text, summary):
    (event,) = events_of(text)
    assert event.summary == summary


@pytest.mark.parametrize("text, summary", [
    ("The UN General Assembly voted to demand an immediate ceasefire on Tuesday.", "UNGA demands an immediate ceasefire"),
    ("The Security Council voted overwhelmingly to demand a halt to the fighting.", "UNSC demands a halt"),
    ("The UN General Assembly voted on Monday to demand that Russia withdraw its troops.", "UNGA demands of Russia"),
])
def test_events_vote_to_demand_says_the_demand_once(text, summary):
    (event,) = events_of(text)
    assert (event.type, event.summary) == ("DEMAND", summary)


@pytest.mark.parametrize("text", [
    "Qatar hosted talks between the United States and the Taliban in Doha on Monday.",
    "Norway hosted talks between Colombia and the rebels in Oslo on Monday.",
])
def test_events_summary_names_each_side_once(text):
    for event in events_of(text):
        for side in ("Taliban", "United States", "Colombia"):
            assert event.summary.count(side) <= 1, event.summary
