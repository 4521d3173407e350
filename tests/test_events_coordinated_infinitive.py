"""A base-form verb coordinated after an infinitive shares that infinitive's "to" and the cue that governs it, even
with a date or an adverb between the cue's verb and "to": "agreed on Friday to restore relations and reopen their
embassies" plans the reopening; "managed to free the ships and reopen the port" tells it done."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

SUN = date(2023, 3, 12)


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies.", "reopen"),
        ("The two governments promised on Tuesday to resume talks and reopen the border crossing.", "reopen"),
        ("Ankara and Damascus pledged again to restore ties and reopen their embassies.", "reopen"),
    ],
)
def test_coordinated_infinitive_after_a_dated_plan_cue_is_planned(text, trigger):
    assert the_event(events_of(text, SUN), None, trigger).status == "planned"


def test_coordinated_infinitive_without_a_plan_cue_keeps_its_own_status():
    text = "Kyiv managed to free the detained crews and reopen the port of Odesa on Thursday."
    assert the_event(events_of(text, SUN), None, "reopen").status == "occurred"


def test_coordinated_verb_after_a_past_verb_is_not_an_infinitive():
    text = "Saudi Arabia restored diplomatic relations with Iran on Friday and reopened its embassy in Tehran."
    assert the_event(events_of(text, SUN), None, "reopened").status == "occurred"


def test_coordinated_infinitive_under_a_refusal_is_content_too():
    """"refused to lift the blockade and free the ships": neither the lifting nor the freeing happened; the refusal is
    the event (as with "refused to free the ships" alone)."""
    events = events_of("Russia refused on Monday to lift the blockade and free the detained ships.", SUN)
    assert [e.type for e in events] == ["REJECT"]


def test_infinitive_after_managed_is_an_act_done():
    events = events_of("Kyiv managed to free the detained crews on Thursday.", SUN)
    assert the_event(events, None, "free").status == "occurred"
