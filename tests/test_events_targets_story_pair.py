"""Whom unnamed talks and visits are with: "the formal talks were held on Tuesday" are the talks of the pair that last
met, told just before; a visit named with no destination ("is in Ethiopia on his first visit") is a visit to the state
its clause puts the visitor in. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. The formal talks "
         "were held on Tuesday.", "Xi Jinping", "Vladimir Putin"),
        ("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in New Delhi on Monday. The "
         "negotiations took place on Tuesday.", "Fumio Kishida", "Narendra Modi"),
    ],
)
def test_events_unnamed_talks_are_the_last_pair_s(text, source, target):
    event = next(e for e in events_of(text) if e.type == "CONSULT" and e.trigger.lower() in ("talks", "negotiations"))
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # no pair told before: no one to give them
        "The formal talks were held on Tuesday.",
        # the pair met too long before
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. Trade grew by a third. "
        "Prices rose. Wages fell. Rain fell in the north. The formal talks were held on Tuesday.",
    ],
)
def test_events_unnamed_talks_with_no_recent_pair_have_no_parties(text):
    talks = [e for e in events_of(text) if e.type == "CONSULT" and e.trigger.lower() == "talks"]
    assert all(e.source_actor is None and e.target_actor is None for e in talks)


@pytest.mark.parametrize(
    ("text", "target", "location"),
    [
        ("Eritrea's President Isaias Afwerki is in Ethiopia this weekend on his first visit in two decades.",
         "Ethiopia", "Ethiopia"),
        ("Indian Prime Minister Narendra Modi was in Poland on Thursday on the first visit by an Indian leader in 45 "
         "years.", "Poland", "Poland"),
    ],
)
def test_events_visit_without_destination_is_to_where_the_visitor_is(text, target, location):
    event = the_event(events_of(text), "CONSULT", "visit", how="prefix")
    assert (event.target_actor, event.location, event.mode) == (target, location, "visit")
