"""Recall round 7: ordinary phrasal wordings of acts (sending inspectors or a fact-finding mission, putting an army
on alert or readiness, pulling troops out, cutting "its" ties) are events of their type (sentences of our own)."""

from __future__ import annotations

import pytest

from event_helpers import events_of


@pytest.mark.parametrize(
    ("text", "type_", "source", "status"),
    [
        ("The IAEA sent inspectors to the Khmelnytskyi plant on Tuesday.", "INVESTIGATE",
         "International Atomic Energy Agency", "occurred"),
        ("The OSCE will send a fact-finding mission to Armenia next week.", "INVESTIGATE",
         "Organization for Security and Co-operation in Europe", "planned"),
        ("Armenia put its armed forces on full combat readiness on Sunday.", "MOBILIZE", "Armenia", "occurred"),
        ("Spain began pulling its troops out of Iraq on Monday.", "RETREAT", "Spain", "occurred"),
        ("Nicaragua cut its ties with Taiwan on Friday.", "SANCTION", "Nicaragua", "occurred"),
    ],
)
def test_extract_phrasal_act_is_event(text, type_, source, status):
    events = events_of(text)
    assert [e.type for e in events] == [type_]
    record = events[0].to_record()
    assert (record["source_actor"], record["status"]) == (source, status)
