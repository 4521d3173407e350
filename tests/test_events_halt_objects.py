"""'halt' is a sanction when what it stops is an exchange between states: trade, flights, purchases, a bus
service; halting an army's advance is none."""

from event_helpers import events_of


def test_halting_purchases_or_a_service_is_a_sanction():
    evs = events_of("China halted purchases of coal from Australia on Monday.")
    assert [(e.trigger, e.type) for e in evs] == [("halted", "SANCTION")]
    evs = events_of("On Tuesday Pakistan halted a bus service that linked the two countries.")
    assert [(e.trigger, e.type) for e in evs] == [("halted", "SANCTION")]


def test_halting_an_advance_is_no_sanction():
    evs = events_of("The army halted its advance near the river on Wednesday.")
    assert not any(e.trigger == "halted" for e in evs)
