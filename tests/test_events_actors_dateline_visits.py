"""A visit the text tells with no place or host of its own ("The Japanese prime minister arrived on Sunday") in a
story filed from a dateline city: a recent arrival of a visitor from another state happened there, and the state of
the dateline hosted it (its target); never an arrival long before, nor one of the dateline's own side."""

from __future__ import annotations

from event_helpers import events_of, the_event

_LEAD = "SEOUL - South Korea and Japan pledged on Thursday to deepen their security ties.\n\n"


def test_events_recent_arrival_of_a_visitor_is_hosted_by_the_dateline_state():
    event = the_event(events_of(_LEAD + "Fumio Kishida arrived on Wednesday for a two-day visit, the first by a "
                                        "Japanese leader in five years."), "CONSULT", "arrived")
    assert (event.source_actor, event.target_actor, event.location) == ("Fumio Kishida", "South Korea", "Seoul")
    assert event.summary.startswith("Kishida arrives in Seoul")


def test_events_arrival_long_before_the_story_is_not_placed_at_the_dateline():
    event = the_event(events_of(_LEAD + "Fumio Kishida arrived in March 2019 for a two-day visit."), "CONSULT",
                      "arrived")
    assert (event.target_actor, event.location) == (None, None)


def test_events_arrival_of_the_dateline_states_own_leader_has_no_host():
    event = the_event(events_of(_LEAD + "Yoon Suk Yeol arrived on Wednesday for a two-day visit."), "CONSULT",
                      "arrived")
    assert event.target_actor is None
