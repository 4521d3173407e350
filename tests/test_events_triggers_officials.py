"""A verb that needs an actor after it ("met", "briefed", "received") takes people named by their office as a group
("the four European leaders", "the two delegations"): ``TriggerMixin._officials_after``."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_briefing_a_group_of_leaders_is_an_event():
    ev = the_event(events_of("After the call ended, Biden briefed the four European leaders on Tuesday."), "CONSULT", "briefed")
    assert ev.status == "occurred" and ev.date_start is not None and ev.date_start.isoformat() == "2025-03-04"


def test_receiving_two_delegations_is_an_event():
    ev = the_event(events_of("The Vatican received the two delegations in October for a final round."), "CONSULT", "received")
    assert ev.date_start is not None and ev.date_start.month == 10


def test_a_planned_briefing_of_the_other_leaders():
    ev = the_event(events_of("Officials said Orban would brief the other leaders in writing."), "CONSULT", "brief")
    assert ev.status == "planned"


def test_no_group_of_officials_after_it_makes_no_meeting():
    assert not [e for e in events_of("The minister met the deadline on Monday. Biden briefed the press on trade.")
                if e.type == "CONSULT"]
    # (a preposition before the group word: "received support from the leaders" names no one received)
    assert not [e for e in events_of("Kyiv received the support of European leaders on Monday.") if e.type == "CONSULT"]
