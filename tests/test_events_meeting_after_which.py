"""A meeting told only as what an act came after ("agreed on Thursday ..., after a tense meeting on the island", "after
four hours of talks in Sochi") is the subject's meeting: an event of its own, held by the parties of the main clause,
never after the act it precedes. Sentences of our own, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2023, 12, 15)  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "Venezuelan President Nicolás Maduro and Guyanese President Irfaan Ali agreed on Thursday not to use force, "
        "after a tense meeting on the Caribbean island.",
        "Putin and Erdogan agreed on Thursday to set up a buffer zone in Idlib, after four hours of talks in Sochi.",
    ],
)
def test_meeting_the_agreement_came_after_is_the_parties_meeting(text):
    events = events_of(text, DCT)
    agree = next(e for e in events if e.type == "AGREE")
    meeting = next(e for e in events if e.type == "CONSULT")
    assert {meeting.source_actor, meeting.target_actor} == {agree.source_actor, agree.target_actor}
    assert meeting.date_end <= agree.date_start == date(2023, 12, 14)


def test_a_meeting_of_others_keeps_its_own_parties():
    # near miss: the meeting names its own body
    events = events_of("China condemned the strike on Thursday after a meeting of its security council.", DCT)
    assert not [e for e in events if e.type == "CONSULT" and e.target_actor is not None]
