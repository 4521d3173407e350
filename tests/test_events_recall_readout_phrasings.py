"""Recall round 7: readout phrasings of a meeting held by video ("spoke by video link", "met by videoconference"), an
agreement or talks told in a dated passive with no agent ("The accord was signed in Hanoi on Thursday"), and a
predicative saying that blames ("called the move unconscionable") is a disapproval, while one that praises stays
a statement (sentences of our own)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event, types_of


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target", "day"),
    [
        ("Macron spoke by video link with Zelensky on Tuesday.", "video", "Emmanuel Macron", "Volodymyr Zelensky",
         "2025-03-04"),
        ("Modi and Albanese met by videoconference on Monday.", "video", "Narendra Modi", "Anthony Albanese",
         "2025-03-03"),
        ("Putin talked by video with Xi on Friday.", "video", "Vladimir Putin", "Xi Jinping", "2025-03-07"),
    ],
)
def test_extract_video_meeting_is_consultation(text, trigger, source, target, day):
    record = the_event(events_of(text), "CONSULT", trigger).to_record()
    assert (record["source_actor"], record["target_actor"], record["date_start"]) == (source, target, day)


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        ("The trade accord was signed in Hanoi on Thursday.", "AGREE", "2025-03-06"),
        ("The border agreement was signed in Astana on Monday.", "AGREE", "2025-03-03"),
        ("Talks were held in Doha on Sunday.", "CONSULT", "2025-03-02"),
    ],
)
def test_extract_dated_agentless_passive_is_event(text, type_, day):
    events = events_of(text)
    assert [e.type for e in events] == [type_]
    assert events[0].to_record()["date_start"] == day


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("China called the move unconscionable on Tuesday.", ["DISAPPROVE"]),
        ("Kyiv called the Russian strikes barbaric on Sunday.", ["DISAPPROVE"]),
        ("Ankara called the sanctions unjustified on Monday.", ["DISAPPROVE"]),
        # praise or a neutral description stays a statement
        ("Yoon called the meeting a historic milestone on Friday.", ["STATEMENT"]),
        ("Lula called the talks productive on Monday.", []),
        ("Macron called the proposal acceptable on Monday.", []),
    ],
)
def test_extract_predicative_blame_is_disapproval(text, types):
    assert types_of(text) == types
