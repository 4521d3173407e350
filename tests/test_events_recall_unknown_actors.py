"""An act by a body or a person the gazetteer lacks keeps its doer: the organization named by its head, or the person
introduced by a relation, is the event's source (or target)."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

MONDAY = date(2024, 6, 3)


@pytest.mark.parametrize("text, type_, trigger, source, target, day", [
    ("The Stimson Center condemned Russia on Friday.", "DISAPPROVE", "condemned", "Stimson Center", "Russia", date(2024, 5, 31)),
    ("The Georgian Young Lawyers Association accused Georgia of vote rigging on Saturday.", "DISAPPROVE", "accused",
     "Georgian Young Lawyers Association", "Georgia", date(2024, 6, 1)),
    ("The Committee to Protect Journalists criticized Moscow on Sunday.", "DISAPPROVE", "criticized",
     "Committee to Protect Journalists", "Russia", date(2024, 6, 2)),
    ("The Peace and Reconciliation Commission urged Colombia to free the hostages on Friday.", "DEMAND", "urged",
     "Peace and Reconciliation Commission", "Colombia", date(2024, 5, 31)),
    ("The Supreme Electoral Tribunal declared the incumbent the winner on Sunday.", "ANNOUNCE", "declared",
     "Supreme Electoral Tribunal", None, date(2024, 6, 2)),
    ("Macron met the dissident's wife, Marina Petrova, in Paris on Saturday.", "CONSULT", "met",
     "Emmanuel Macron", "Marina Petrova", date(2024, 6, 1)),
])
def test_events_unknown_actor_keeps_its_act(text, type_, trigger, source, target, day):
    event = the_event(events_of(text, MONDAY), type_, trigger)
    assert (event.status, event.source_actor, event.target_actor) == ("occurred", source, target)
    assert event.date_start == event.date_end == day
