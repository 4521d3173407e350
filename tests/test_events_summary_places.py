"""Summaries name a place only when it adds to the act: the visited state told by another of its names ("Turkey" for
Türkiye) is not repeated as the place. Sentences of our own, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2025, 4, 9)


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        # the visited state named by another of its names is no place of its own in the summary
        ("Putin visited Turkey on Monday.", "Putin visits Türkiye"),
        # near misses: a city, or a capital that stands for the state, stays the place told
        ("Putin visited Ankara on Monday.", "Putin visits Ankara"),
        ("The prime minister held talks with Indian leaders in New Delhi on Monday, Japanese government officials said.",
         "Japan and India hold talks in New Delhi"),
    ],
)
def test_summary_names_a_place_only_when_it_is_not_the_target_state_again(text, summary):
    assert summary in [e.summary for e in events_of(text, DCT)]
