""""The pair" after an event of two parties stands for those two, like "the two leaders"."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_the_pair_stands_for_the_two_parties_just_told():
    text = "Emmanuel Macron and Olaf Scholz met in Paris on Tuesday. The pair announced a joint defence fund."
    e = the_event(events_of(text), "ANNOUNCE", "announced")
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(e.actors), e.actors
