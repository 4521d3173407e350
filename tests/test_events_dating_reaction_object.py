"""A date after a reaction's object: "Beijing praised the summit on Thursday" dates the praise when the summit was told
before (the object names that event, held on its own day); told for the first time, the noun may keep the date.
Sentences of our own, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2023, 11, 16)  # a Thursday
LEAD = "Biden and Xi met in Woodside on Wednesday on the sidelines of the APEC summit. "


def _by_trigger(events):
    return {e.trigger: e for e in events}


@pytest.mark.parametrize(
    ("second", "verb"),
    [
        ("Beijing praised the summit on Thursday.", "praised"),
        ('Beijing called the summit "positive and constructive" on Thursday.', "called"),
        ("Moscow criticised the summit on Thursday.", "criticised"),
    ],
)
def test_reaction_to_an_event_told_before_takes_the_date_not_the_event(second, verb):
    events = events_of(LEAD + second, DCT)
    reaction = next(e for e in events if e.trigger == verb)
    assert reaction.date_start == date(2023, 11, 16)
    summit = next(e for e in events if e.trigger == "summit")
    assert summit.date_start == date(2023, 11, 15)  # the summit's own day, where the meeting was held


def test_first_mention_after_a_reaction_verb_is_not_changed():
    # near miss: no summit told before; "the summit on Thursday" stays a possible reading of the summit's day
    events = events_of("Beijing praised the summit on Thursday.", DCT)
    assert any(e.trigger == "praised" and e.date_start == date(2023, 11, 16) for e in events)
