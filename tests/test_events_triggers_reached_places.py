"""Reaching a place is arriving there: "<actor> reached <state or capital>" is a visit (CONSULT) to that state;
reaching an agreement or a deadlock is no visit."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_reached_a_capital_is_a_visit():
    event = the_event(events_of("On Wednesday, French Foreign Minister Jean-Noel Barrot reached Hanoi, where he "
                                "met the prime minister."), "CONSULT", "reached")
    assert event.target_actor == "Vietnam"


def test_reached_an_agreement_or_a_deadlock_is_no_visit():
    events = events_of("Japan and South Korea reached an agreement on fishing on Wednesday. The talks reached a "
                       "deadlock.")
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]
