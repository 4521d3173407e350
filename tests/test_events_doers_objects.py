"""A state's adjective or demonym in the object. The doer's own nationals are no side it acts on ("Modi met the
evacuated Indians": no target); another state's adjective names the target, and the summary keeps the object's words
("seizes a Chinese fishing boat", never "seizes China"). Short texts in our own words, through the whole pipeline;
each case states the source, target and summary an analyst would give."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target", "summary"),
    [
        # the doer's own people: met, not a party met
        ("Modi met the evacuated Indians in New Delhi on Friday.", "CONSULT", "met", "Narendra Modi", None,
         "Modi meets the evacuated Indians in New Delhi"),
        # another state's boat, jet or ship: aimed at that state, told by what was done to what
        ("Japan seized a Chinese fishing boat on Monday.", "COERCE", "seized", "Japan", "China",
         "Japan seizes a Chinese fishing boat (on China)"),
        ("Turkey shot down a Russian fighter jet near the Syrian border in November.", "ASSAULT", "shot down",
         "Türkiye", "Russia", "Türkiye shoots down a Russian fighter jet"),
        ("South Korea detained a North Korean cargo ship on Tuesday.", "COERCE", "detained", "South Korea",
         "North Korea", "South Korea detains a North Korean cargo ship"),
    ],
)
def test_extract_object_adjective_target_and_summary(text, type_, trigger, source, target, summary) -> None:
    e = the_event(events_of(text), type_, trigger)
    assert (e.source_actor, e.target_actor, e.summary) == (source, target, summary)


def test_extract_object_adjective_summary_keeps_one_preposition() -> None:
    text = ("Algeria's government recalled its ambassador from Paris on Tuesday. Trade talks had stalled for months. "
            "The foreign ministry said it was closing its airspace to French military planes.")
    e = the_event(events_of(text), "SANCTION", "closing")
    assert (e.source_actor, e.target_actor) == ("Algeria", "France")
    assert e.summary == "Algeria closes airspace to French military planes (ongoing)"
