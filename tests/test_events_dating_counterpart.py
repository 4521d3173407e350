"""What one side of a meeting told the other: "In his opening remarks, Xi told Biden that ...", "Rubio said he had told
Lavrov that ..." with no date of its own, paragraphs after the meeting, was said at that meeting: its day, tied to the
meeting (basis "constraint"). A telling to someone who was not at the meeting ("told reporters") is not tied to it.
Short texts in our own words, through the whole pipeline; each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the opening remarks of a meeting told two paragraphs later: Wednesday's meeting
        ("Chinese President Xi Jinping met U.S. President Joe Biden in Woodside on Wednesday, their first meeting in "
         "a year.\n\nMarkets in Asia rose on Thursday.\n\nIn his opening remarks, Xi told Biden that the two countries "
         "must not turn their backs on each other.", date(2025, 3, 5)),
        # reported in a saying of a later day: what he told the other side was told at Tuesday's talks
        ("Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held talks in Riyadh on Tuesday.\n\n"
         "The talks lasted four and a half hours.\n\nRubio said on Thursday that he had told Lavrov that sanctions "
         "would stay in place.", date(2025, 3, 4)),
        # the other way round, the hearer named first in the meeting
        ("Russian Foreign Minister Sergei Lavrov received Secretary of State Marco Rubio in Moscow on Monday.\n\n"
         "Neither side gave details of the agenda.\n\nLavrov told Rubio that Moscow wanted the embassies fully "
         "staffed again.", date(2025, 3, 3)),
    ],
)
def test_events_dating_telling_the_other_side_is_at_the_meeting(text, day):
    told = the_event(events_of(text, DCT), "STATEMENT", "told")
    assert (told.date_start, told.date_end) == (day, day)
    assert told.date_basis == "constraint"


def test_events_dating_telling_reporters_is_not_at_the_meeting():
    """"Lavrov told reporters ...": no side of the meeting hears it; no tie to the meeting, only the report's story
    day (story_day.py: a party to the lead acts in the body), flagged and with a low confidence."""
    text = ("Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held talks in Riyadh on Tuesday."
            "\n\nThe talks lasted four and a half hours.\n\nLavrov told reporters that sanctions would stay in place.")
    told = the_event(events_of(text, DCT), "STATEMENT", "told")
    assert told.date_basis != "constraint" and "meeting" not in told.date_derivation
    assert "date_from_story_day" in told.flags and told.confidence <= 0.5


def test_events_dating_telling_long_after_the_meeting_is_not_at_it():
    """A meeting weeks before the paper is no longer the occasion of an undated telling."""
    text = ("Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held talks in Riyadh on "
            "February 3.\n\nThe talks lasted four and a half hours.\n\nRubio told Lavrov that sanctions would stay in "
            "place.")
    told = the_event(events_of(text, DCT), "STATEMENT", "told")
    # an answer to the news the article reports: from the talks to the paper, not the talks' day
    assert (told.date_start, told.date_end, told.date_basis) == (date(2025, 2, 3), DCT, "tense")


def test_events_dating_telling_before_the_meeting_is_not_at_it():
    # "had previously told": the telling came before the meeting just told, so it does not take the meeting's day
    text = ("Erdogan met Putin in Sochi on Monday. Putin had previously told Erdogan that Russia would not extend the "
            "grain deal.")
    told = [e for e in events_of(text, date(2025, 10, 21)) if any(m.trigger == "told" for m in e.mentions)]
    assert all(e.date_start != date(2025, 10, 20) or e.date_end != date(2025, 10, 20) for e in told)
