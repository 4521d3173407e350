"""Joint acts and organizations: a joint act of three or more parties has its first party as source and no
target ("Russia, China and Iran agreed"); a group named as governments stands for their states; envoys "from"
a list of states act for the first; the organization whose summit someone attends is the one met ("attended a
NATO summit"), and its own summit when no one is named; talks "with" someone whose other side is not named keep
them as the target. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)


def _event(text: str, type_: str, trigger: str) -> Event:
    return the_event(events_of(text, DCT), type_, trigger)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia, China and Iran agreed on Monday to hold joint naval drills.", "Russia"),
        ("Macron hosted Scholz and Tusk in Paris on Friday, and the three governments agreed to share intelligence.",
         "France"),
    ],
)
def test_events_joint_act_of_three_has_the_first_party_and_no_target(text, source):
    event = _event(text, "AGREE", "agreed")
    assert (event.source_actor, event.target_actor) == (source, None)


def test_events_joint_act_of_two_keeps_both_parties():
    event = _event("Putin and Trump agreed on Monday to meet again.", "AGREE", "agreed")
    assert (event.source_actor, event.target_actor) == ("Vladimir Putin", "Donald Trump")


def test_events_envoys_from_a_list_of_states_act_for_the_first():
    text = ("Envoys from the United States, China, Pakistan and other countries meeting in Doha said on Thursday that "
            "they would not recognize a government imposed by force.")
    event = _event(text, "CONSULT", "meeting")
    assert (event.source_actor, event.target_actor) == ("United States", None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Trump attended a NATO summit in Brussels on Wednesday.", "Donald Trump", "NATO"),
        ("Biden flew to Geneva from Brussels, where he had attended a NATO summit on Monday.", "Joe Biden", "NATO"),
        # no one named as attending: the organization's own summit
        ("The tour began with a NATO summit in Brussels on Wednesday.", "NATO", None),
    ],
)
def test_events_organization_of_a_summit_is_the_one_met(text, source, target):
    event = _event(text, "CONSULT", "summit")
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_talks_with_someone_and_no_named_doer_keep_them_as_target():
    event = _event("Talks with Hamas resumed in Cairo on Monday.", "CONSULT", "talks")
    assert (event.source_actor, event.target_actor) == (None, "Hamas")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Indian Foreign Minister Sushma Swaraj is due to address a meeting of the Organisation of Islamic Cooperation "
         "in Abu Dhabi on Friday.", "Sushma Swaraj", "Organisation of Islamic Cooperation"),
        # no verb governs the meeting: the organization's own
        ("He is due in Rome on Wednesday, before a meeting of the Group of Seven in Sicily on Friday.", "G7", None),
    ],
)
def test_events_meeting_of_an_organization_is_the_one_attended(text, source, target):
    event = _event(text, "CONSULT", "meeting")
    assert (event.source_actor, event.target_actor) == (source, target)
