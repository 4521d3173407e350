"""A complaint is a disapproval: "<actor> complained that ..." / "complained to <actor> about ..." is a DISAPPROVE
event by the one who complains; a complaint by no actor ("Farmers have long complained") is no event."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_complained_that_is_disapproval():
    event = the_event(events_of("German Chancellor Olaf Scholz complained on Thursday that France had not "
                                "consulted Berlin."), "DISAPPROVE", "complain")
    assert event.source_actor == "Olaf Scholz"


def test_complained_to_a_body_names_it():
    event = the_event(events_of("Poland complained to the European Commission on Thursday about the import ban."),
                      "DISAPPROVE", "complain")
    assert (event.source_actor, event.target_actor) == ("Poland", "European Commission")


def test_complaint_by_no_actor_is_no_event():
    assert not [e for e in events_of("Farmers have long complained about low prices.") if e.type == "DISAPPROVE"]
