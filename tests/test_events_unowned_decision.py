"""An act after "the decision to" that names no owner is a decision of others: the side that speaks of it, or
reacts to it, is not its doer."""

from __future__ import annotations

from event_helpers import events_of


def test_the_side_that_speaks_of_an_unowned_decision_does_not_hold_the_talks():
    events = events_of("The Kremlin said the decision to open talks could destabilise the bloc.")
    assert not [e for e in events if e.type == "CONSULT" and e.source_actor == "Russia"], \
        [(e.type, e.trigger, e.source_actor) for e in events]


def test_a_decision_the_subject_takes_itself_keeps_its_doer():
    events = events_of("Russia made the decision to open talks with Ukraine.")
    assert [(e.type, e.source_actor) for e in events if e.type == "CONSULT"] == [("CONSULT", "Russia")]
