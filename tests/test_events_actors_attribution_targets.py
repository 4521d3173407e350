"""A trailing attribution (", a spokesman for the Turkish foreign ministry said") tells who reports an act, never whom
the act is aimed at: no target is read past its comma, whether or not the act's doer is known. An unnamed plural
"officials" or "diplomats" attribution is nobody's own speaker (as the dating stage reads it too): the saying gives the
act no source of its own and is no statement of the doer's."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, source, summary", [
    ("Iran rejected the proposal, a spokesman for the Turkish foreign ministry said.", "rejected", "Iran",
     "Iran rejects the proposal"),
    ("Russia accepted the offer, Ukrainian officials said on Tuesday.", "accepted", "Russia",
     "Russia accepts the offer"),
    ("Egypt condemned the raid, a senior Qatari diplomat said.", "condemned", "Egypt", "Egypt condemns the raid"),
    ("Serbia rejected the resolution, a Croatian official said on Wednesday.", "rejected", "Serbia",
     "Serbia rejects the resolution"),
    ("Donald Tusk condemned the attack, a spokesman for the German foreign ministry said on Monday.", "condemned",
     "Donald Tusk", "Tusk condemns the attack"),
])
def test_events_attribution_party_is_not_the_acts_target(text, trigger, source, summary):
    """The state the attribution names reports the act; the act itself names no one it is aimed at."""
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor, event.summary) == (source, None, summary)


@pytest.mark.parametrize("text, trigger, source, target, summary", [
    # the target told before the comma stays: only what lies past it is the attribution's
    ("Russia expelled two British diplomats, a spokeswoman for the Turkish foreign ministry said.", "expelled",
     "Russia", "United Kingdom", "Russia expels two British diplomats (on United Kingdom)"),
    ("China imposed sanctions on Lithuania, a spokesman for the Polish foreign ministry said on Monday.", "imposed",
     "China", "Lithuania", "China imposes sanctions on Lithuania"),
])
def test_events_target_before_the_attribution_comma_stands(text, trigger, source, target, summary):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


@pytest.mark.parametrize("text, state", [
    ("The mayor condemned the attack, a spokesman for the Polish ministry said on Monday.", "Poland"),
    ("Władysław Kosiniak-Kamysz condemned the attack, a spokesman for the Polish ministry said on Monday.", "Poland"),
    ("The governor rejected the plan, a spokeswoman for the Kenyan interior ministry said on Tuesday.", "Kenya"),
])
def test_events_unknown_doer_does_not_make_the_attributions_state_a_target(text, state):
    """A doer the gazetteer lacks leaves the act without a known party; the attribution's state is neither the act's
    target nor (it reports the act, it is no bare title of it) its source."""
    assert [(e.type, e.source_actor, e.target_actor) for e in events_of(text) if state in e.actors] == []


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Russia expelled two British diplomats, officials told reporters on Tuesday.", "expelled", "Russia",
     "United Kingdom"),
    ("Iran freed two French citizens, diplomats told reporters on Tuesday.", "freed", "Iran", "France"),
])
def test_events_unnamed_officials_are_nobodys_own_speaker(text, trigger, source, target):
    """"..., officials told reporters": the act is the doer's; the saying is no statement of the doer's (it was a
    "Russia tells" event before: the speaker rule read unnamed officials as the doer's own, the dating rule did not)."""
    events = events_of(text)
    act = the_event(events, None, trigger)
    assert (act.source_actor, act.target_actor) == (source, target)
    assert [(e.type, e.source_actor) for e in events] == [(act.type, source)]


@pytest.mark.parametrize("text, trigger, source", [
    ("Japan protested to China, a government spokesman told reporters on Monday.", "told", "Japan"),
    ("Hezbollah warned the United States of a harsh response, its spokesman told reporters on Sunday.", "told",
     "Hezbollah"),
])
def test_events_own_spokesman_still_speaks_for_the_doer(text, trigger, source):
    """The counterpart: a spokesman (no "officials", no "diplomats") is the acting side's own."""
    assert the_event(events_of(text), "STATEMENT", trigger).source_actor == source
