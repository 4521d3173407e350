"""The reply rule: a reproach or a denial that names no one it is aimed at answers the act told just before it, unless
its object names a party of its own, even one the gazetteer lacks ("accused Western governments of ...", a "that"
clause naming another capital): then it is not aimed at the previous doer. Short texts in our own words, through the
whole pipeline; each case states the source, target and summary an analyst would give."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target", "summary"),
    [
        # a group of states the gazetteer does not name: not the one who thanked others in the sentence before
        ("Borrell thanked the countries that had sent aid. Lavrov accused Western governments of prolonging the "
         "war.", "DISAPPROVE", "accused", "Sergey Lavrov", None, "Lavrov accuses Western governments"),
        ("Macron praised the nations that backed the resolution. Wang Yi criticised Western powers for their "
         "sanctions.", "DISAPPROVE", "criticised", "Wang Yi", None, "Wang Yi criticizes Western powers"),
        # a denial whose "that" clause names the other side: aimed at it, not at whoever acted before
        ("Sunak greeted the freed Britons at Brize Norton. Lavrov told reporters that he denied that the deal "
         "signalled a rapprochement with London.", "STATEMENT", "denied", "Sergey Lavrov", "United Kingdom",
         "Lavrov denies"),
        # an object that brings in no one: the reply to the act just told
        ("Russia annexed Crimea on Tuesday. The White House condemned the move within hours.", "DISAPPROVE",
         "condemned", "United States", "Russia", "White House condemns the move"),
    ],
)
def test_extract_reply_is_not_aimed_past_a_party_of_its_own(text, type_, trigger, source, target, summary) -> None:
    e = the_event(events_of(text), type_, trigger)
    assert (e.source_actor, e.target_actor) == (source, target)
    assert e.summary.startswith(summary)
    assert target is not None or "(on " not in e.summary
