"""Calling an event off in reported speech ("said on Monday that he would cancel his visit", "announced the
decision late on Tuesday, saying he would be postponing the meeting") is the cancellation itself: it happened,
on the day of the saying. A plan in reported speech stays a plan, and a conditional stays unsettled."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2024, 5, 10)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Macron said on Monday that he would cancel his visit to China.", date(2024, 5, 6)),
        ("Trump announced the decision on Twitter late on Tuesday, saying that he would be postponing the meeting "
         "with Frederiksen.", date(2024, 5, 7)),
    ],
)
def test_events_reported_calling_off_happened_on_the_day_of_the_saying(text, day):
    found = [e for e in _events(text) if e.type == "REJECT"]
    assert len(found) == 1, [(e.type, e.status, e.summary) for e in _events(text)]
    assert found[0].status == "occurred"
    assert (found[0].date_start, found[0].date_end) == (day, day)


def test_events_reported_plan_stays_planned():
    found = [e for e in _events("Macron said on Monday that he would visit China next month.") if e.type == "CONSULT"]
    assert [e.status for e in found] == ["planned"]
    assert (found[0].date_start, found[0].date_end) == (date(2024, 6, 1), date(2024, 6, 30))


def test_events_conditional_calling_off_is_not_a_cancellation():
    found = [e for e in _events("If the talks fail, Macron would cancel his visit to China.") if e.type == "REJECT"]
    assert all(e.status != "occurred" for e in found)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russia and Ukraine agreed to a ceasefire in March.", "occurred"),  # "to" a noun: the agreement is made
        ("Russia and Ukraine agreed to meet next week.", "planned"),  # "to" a verb: the meeting is a plan
    ],
)
def test_events_agreed_to_a_noun_is_made_and_to_a_verb_is_planned(text, status):
    types = {"occurred": "AGREE", "planned": "CONSULT"}
    found = [e for e in _events(text) if e.type == types[status]]
    assert found and all(e.status == status for e in found), [(e.type, e.status, e.summary) for e in _events(text)]


def test_events_denied_past_event_is_dated_in_the_past():
    found = [e for e in _events("The Kremlin denied that Putin had met Trump.") if e.type == "CONSULT"]
    assert [e.status for e in found] == ["denied"]
    assert found[0].date_end <= DCT  # "had met": a past that is denied, not a plan


def test_events_its_forces_stand_for_the_state_just_told():
    text = "Azerbaijan shelled the town on Tuesday. Baku denied that its forces had targeted civilians."
    found = [e for e in _events(text) if e.type == "ASSAULT" and e.status == "denied"]
    assert len(found) == 1 and found[0].source_actor == "Azerbaijan"
