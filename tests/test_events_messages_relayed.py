"""A go-between that passes or relays messages between two sides: a third-party consultation (not "relayed the news
to reporters", nor "passed the bill")."""

from __future__ import annotations

from event_helpers import events_of


def _consults(text):
    return [(e.type, e.mode, e.source_actor) for e in events_of(text) if e.type == "CONSULT"]


def test_passed_a_message_is_a_go_between_consultation():
    assert _consults("Egypt passed a message from the militants to Jerusalem on Wednesday.") == [
        ("CONSULT", "third-party", "Egypt")]


def test_relayed_messages_between_two_capitals():
    events = [e for e in events_of("Oman relayed messages between Tehran and Washington on Monday.") if e.type == "CONSULT"]
    assert [(e.mode, e.source_actor) for e in events] == [("third-party", "Oman")]
    assert {"Iran", "United States"} <= set(events[0].actors), events[0].actors


def test_relaying_news_or_passing_a_law_is_no_consultation():
    assert _consults("The ministry relayed the news to reporters on Monday.") == []
    assert _consults("The Czech parliament passed the budget on Monday.") == []
