"""A reaction to "<state>'s decision to <act>" or "the <state adjective> decision to <act>": the act is the deciding
state's (never the reacting side's), and the reaction is aimed at the deciding state; neither summary inverts who
does what ("Egypt opens Israel" was the reading of "Egypt welcomed the Israeli decision to open the crossing")."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, reaction, reactor, act, doer, summary", [
    ("Egypt welcomed the Israeli decision to open the crossing.", "welcomed", "Egypt", "open", "Israel",
     "Israel opens the crossing"),
    ("France criticised the Italian decision to close ports.", "criticised", "France", "close", "Italy",
     "Italy closes ports"),
    ("Germany welcomed Trump's decision to postpone the tariffs.", "welcomed", "Germany", "postpone", "Donald Trump",
     "Trump postpones the tariffs"),
])
def test_events_decided_act_is_the_deciders(text, reaction, reactor, act, doer, summary):
    events = events_of(text)
    said = the_event(events, None, reaction)
    done = the_event(events, None, act)
    assert (said.source_actor, said.target_actor) == (reactor, doer)
    assert done.source_actor == doer
    assert done.summary == summary or done.summary.startswith(summary + " (on "), done.summary
