"""The "to" complements of a commitment verb ("agreed to hold a summit, to stage exercises and to ...") are
planned acts of the parties that committed. Short sentences in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


@pytest.mark.parametrize(
    ("text", "type_", "trigger_word"),
    [
        # the second and third of coordinated infinitives are events too, with the committing parties
        ("Poland and Lithuania agreed to hold a summit every year, to stage military exercises together "
         "and to expand trade.", "MOBILIZE", "exercises"),
        ("Poland and Lithuania agreed to hold a summit every year, to stage military exercises together "
         "and to expand trade.", "CONSULT", "summit"),
        # an unnamed group that committed ("the leaders") resolves to the parties named before
        ("Egypt and Jordan met in Cairo on Monday. The leaders pledged to hold talks with Qatar and to "
         "stage joint exercises.", "MOBILIZE", "exercises"),
    ],
)
def test_events_commitment_complements_are_planned_acts_of_the_same_parties(text, type_, trigger_word):
    found = [e for e in _events(text) if e.type == type_ and trigger_word in e.trigger]
    assert len(found) == 1, [(e.type, e.trigger, e.status, e.actors) for e in _events(text)]
    assert found[0].status == "planned"
    assert found[0].source_actor is not None


@pytest.mark.parametrize(
    "text",
    [
        # "to" + an article is a preposition: the agreed thing, not a new planned act
        "Poland and Lithuania agreed to a ceasefire on Monday.",
        # a new clause after "but" is no complement
        "Poland and Lithuania agreed to hold talks, but rebels attacked Vilnius on Monday.",
    ],
)
def test_events_commitment_complements_stop_at_prepositions_and_new_clauses(text):
    events = _events(text)
    assert not any(e.type in ("AGREE", "ASSAULT") and e.status == "planned" and e.trigger != "hold talks"
                   for e in events), [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        # a verb in the past after ", and" is told as fact, outside the "would" of the clause before
        ("Germany said it would send more tanks, and criticized Russia for the attacks.", "DISAPPROVE", "occurred"),
        ("Japan said it would lift the tariffs, and also condemned North Korea.", "DISAPPROVE", "occurred"),
        # a base form after ", and" stays inside the modal's scope
        ("Germany said it would send more tanks, and criticize Russia in a joint letter.", "DISAPPROVE", "planned"),
    ],
)
def test_events_past_verb_after_comma_and_leaves_the_modal_scope(text, type_, status):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger, e.status) for e in _events(text)]
    assert found[0].status == status
