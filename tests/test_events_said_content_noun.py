"""What is said has its own subject: "X said the decision had nothing to do with an attack" makes X no attacker.
And a territory named by its adjective ("the Crimean bridge") is placed by its name, not the adjective."""

from __future__ import annotations

from event_helpers import events_of


def test_the_speaker_is_not_the_doer_of_an_attack_named_in_what_he_says():
    text = "Dmitry Peskov said the decision had nothing to do with an attack on Thursday on a bridge near Kerch."
    assert not [e for e in events_of(text) if e.type == "ASSAULT" and e.source_actor == "Dmitry Peskov"]


def test_a_trip_told_with_with_is_still_its_subject_s():
    trips = [e for e in events_of("Fumio Kishida returned the gesture with a trip to Seoul in May.")
             if e.trigger.lower() == "trip"]
    assert [e.source_actor for e in trips] == ["Fumio Kishida"]


def test_a_territory_named_by_its_adjective_is_placed_by_its_name():
    strikes = [e for e in events_of("Ukraine struck the Crimean bridge on Monday.") if e.type == "ASSAULT"]
    assert [e.location for e in strikes] == ["Crimea"], [(e.trigger, e.location, e.summary) for e in strikes]
