"""A trigger word that is a noun or a verb ("sanctions", "strikes", "talks") is read by the words around it:
a verb is never followed straight by an auxiliary, so "X sanctions will be lifted" holds a noun."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2024, 5, 10)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


@pytest.mark.parametrize(
    ("text", "absent_type"),
    [
        ("Under the deal, American and European sanctions will be lifted once inspectors confirm compliance.", "SANCTION"),
        ("If Moscow breaks the deal, sanctions can be restored within 65 days.", "SANCTION"),
    ],
)
def test_events_noun_before_an_auxiliary_is_no_act_of_its_subject(text, absent_type):
    # the noun is what the next verb acts on: no sanctions are imposed and no strike is told as done here
    assert not [e for e in _events(text) if e.type == absent_type and e.status == "occurred"], \
        [(e.type, e.status, e.summary) for e in _events(text)]


def test_events_verb_before_an_object_stays_a_verb():
    found = [e for e in _events("The European Union sanctions Russian banks on Monday.") if e.type == "SANCTION"]
    assert len(found) == 1 and found[0].source_actor == "European Union"
