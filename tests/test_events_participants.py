"""Who does what to whom: territories are places, not parties; an act with no named agent names no invented
one; targets after the verb in the patterns news uses ("the leaders of X and Y", "flew to Baku to meet X",
"recalled its ambassador from Moscow", "a proposal Kyiv rejected"), not across a new clause. Short texts in
our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _event(text: str, type_: str) -> Event:
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "source", "location"),
    [
        ("Russia annexed Crimea in March 2014.", "COERCE", "Russia", "Crimea"),
        ("Israeli jets struck the Gaza Strip on Monday.", "ASSAULT", "Israel", "Gaza Strip"),
        ("Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday.", "ASSAULT", "Azerbaijan", "Nagorno-Karabakh"),
    ],
)
def test_events_territory_is_a_location_never_a_party(text, type_, source, location):
    event = _event(text, type_)
    assert event.source_actor == source
    assert event.target_actor is None
    assert event.location == location


def test_events_territory_government_acts():
    # the territory's own government is a party, the territory itself is not
    event = _event("Greenland's government rejected the offer on Tuesday.", "REJECT")
    assert event.source_actor == "Greenland"


@pytest.mark.parametrize(
    ("text", "type_", "target", "summary"),
    [
        ("Two Chinese soldiers were killed on Monday.", "ASSAULT", "China", "soldiers of China killed"),
        ("Israeli soldiers were attacked near the border on Tuesday.", "ASSAULT", "Israel", "soldiers of Israel attacked"),
        ("On Monday, missiles struck Kyiv.", "ASSAULT", "Ukraine", "Kyiv struck"),
    ],
)
def test_events_no_agent_keeps_the_target_and_invents_no_actor(text, type_, target, summary):
    event = _event(text, type_)
    assert event.source_actor is None
    assert event.target_actor == target
    assert event.summary == summary
    assert "Unnamed" not in event.summary


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        # "the leaders of X and Y": those people are the ones hosted, X first
        ("President Emmanuel Macron hosted the leaders of Germany and Poland in Paris on Monday.", "CONSULT",
         "Emmanuel Macron", "Germany"),
        # a trip made "to meet X" visits X
        ("Turkish President Recep Tayyip Erdogan flew to Baku on Monday to meet Azerbaijani President Ilham Aliyev.",
         "CONSULT", "Recep Tayyip Erdoğan", "Ilham Aliyev"),
        # the country left by a recalled ambassador
        ("Armenia recalled its ambassador from Moscow on Monday.", "SANCTION", "Armenia", "Russia"),
        # "a proposal Kyiv rejected": the rejection is of the one who proposed
        ("Russia proposed a ceasefire on Monday, a proposal Kyiv rejected.", "REJECT", "Ukraine", "Russia"),
        # an actor after ", and" starts a new clause: no target of the condemnation
        ("Iran condemned the agreement on Monday, and Turkey said it would review its ties.", "DISAPPROVE", "Iran",
         None),
        # two who arrive together are travellers, not host and guest
        ("Fumio Kishida and Yoon Suk Yeol arrived in Washington on Friday.", "CONSULT", "Fumio Kishida",
         "United States"),
    ],
)
def test_events_target_patterns(text, type_, source, target):
    event = _event(text, type_)
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("Turkish President Recep Tayyip Erdogan flew to Baku on Monday to meet Azerbaijani President Ilham Aliyev.",
         "Erdoğan visits Aliyev in Baku"),
        ("Fumio Kishida and Yoon Suk Yeol arrived in Washington on Friday.", "Kishida arrives in Washington"),
        # a long organisation name shortens to its acronym
        ("The Organization for Security and Co-operation in Europe condemned Russia on Monday.", "OSCE condemns Russia"),
    ],
)
def test_events_summaries_use_short_names(text, summary):
    assert [e.summary for e in _events(text)] == [summary]


def test_events_separate_meetings_are_not_the_summit():
    text = ("Chancellor Olaf Scholz hosted the summit in Berlin on Monday. Scholz also held separate meetings with "
            "Macron and Tusk on Monday.")
    meetings = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(meetings) == 2
