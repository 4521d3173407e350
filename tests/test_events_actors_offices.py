"""Officials and bodies the text does not name. An office told only by its title ("The German chancellor") acts for
its state however often the title is repeated ("The chancellor signed ..."): the gazetteer's holder is a guess the text
never makes (timeline/resources/actors/README.md); a person the text names with the title stays. The spelling of a
title does not decide the actor ("UN secretary-general", "UN Secretary General"). An unnamed body of a state that acts
at home ("The army fired at protesters in Yangon", "A court in Moscow sentenced ...") is the state the sentence places
it in, when that is clear; else it stays unnamed."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, source", [
    ("The German chancellor met Donald Tusk in Warsaw on Monday. The chancellor signed a defence pact with Poland on "
     "Tuesday.", "Germany"),
    ("German Chancellor Friedrich Merz met Donald Tusk in Warsaw on Monday. The chancellor signed a defence pact with "
     "Poland on Tuesday.", "Friedrich Merz"),
])
def test_events_repeated_title_acts_for_whom_the_text_names(text, source):
    events = events_of(text)
    met, pact = the_event(events, "CONSULT", "met"), the_event(events, "AGREE", "pact")
    assert (met.source_actor, met.target_actor) == (source, "Donald Tusk")
    assert (pact.source_actor, pact.target_actor) == (source, "Poland")


@pytest.mark.parametrize("text", [
    "The UN secretary-general condemned the attack on Monday.",
    "The UN Secretary General condemned the attack on Monday.",
    "The UN Secretary-General condemned the attack on Monday.",
])
def test_events_title_spelling_does_not_decide_the_actor(text):
    event = the_event(events_of(text), "DISAPPROVE", "condemned")
    assert (event.source_actor, event.summary) == ("United Nations", "UN condemns the attack")


def test_events_title_after_the_named_holder_is_the_holder():
    text = ("UN Secretary-General Antonio Guterres arrived in Kyiv on Monday. The secretary-general condemned the "
            "attack on Tuesday.")
    assert the_event(events_of(text), "DISAPPROVE", "condemned").source_actor == "António Guterres"


@pytest.mark.parametrize("text, trigger, source, target, summary", [
    ("The army fired at protesters in Yangon on Sunday.", "fired", "Myanmar", None,
     "Myanmar fires on protesters in Yangon"),
    ("Police detained opposition leaders in Tbilisi on Monday.", "detained", "Georgia", None,
     "Georgia detains opposition leaders in Tbilisi"),
    ("A court in Moscow sentenced the American reporter to 16 years on Friday.", "sentenced", "Russia",
     "United States", "Russia sentences the American reporter (on United States) in Moscow"),
    # a court or the police act only at home: the place of the act tells their state, whoever they act on
    ("A court sentenced the American reporter to 16 years in Yekaterinburg on Friday.", "sentenced", "Russia",
     "United States", "Russia sentences the American reporter (on United States) in Yekaterinburg"),
    ("The police detained two Russian journalists in Tbilisi on Monday.", "detained", "Georgia", "Russia",
     "Georgia detains two Russian journalists in Tbilisi"),
])
def test_events_unnamed_body_acting_at_home_is_the_state_it_is_placed_in(text, trigger, source, target, summary):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


def test_events_unnamed_body_placed_in_a_listed_city_is_that_citys_state():
    event = the_event(events_of("A court in New York convicted two Russian nationals on Friday."), None, "convicted")
    assert (event.source_actor, event.target_actor) == ("United States", "Russia")


@pytest.mark.parametrize("text", [
    "A court in", "The army fired at protesters in", "The withdrawal of foreign forces from",
    "The United States imposed tariffs on Canadian and", "The deal was signed on Thursday by Vietnam and",
    "Iran rejected the proposal, a spokesman for the", "Police in", "India and France began joint",
])
def test_events_cut_off_text_on_these_readings_is_read_without_error(text):
    """A truncated scrape ending inside one of these constructions still gives its events (no exception)."""
    assert all(e.type for e in events_of(text))


@pytest.mark.parametrize("text, trigger, target, summary", [
    # the place struck is the target's; whose army struck it the sentence does not say
    ("The army shelled Kharkiv on Monday.", "shelled", "Ukraine", "Kharkiv shelled"),
    # placed nowhere: no state can be told
    ("The court ruled on Monday that the election was valid.", "ruled", None, "The court rules"),
])
def test_events_unnamed_body_not_placed_stays_unnamed(text, trigger, target, summary):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor, event.summary) == (None, target, summary)
