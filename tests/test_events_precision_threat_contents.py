"""Precision round 4: what a threat names (its infinitive, or a "that" clause about either side) is the threat's
content, part of the one event that was made (a threat), never a second, planned act (sentences of our own)."""

from __future__ import annotations

import pytest

from event_helpers import types_of


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the infinitive after the threat, with or without a date between
        ("Brussels threatened on Thursday to impose duties on Chinese electric cars.", ["THREATEN"]),
        ("Ankara threatened to expel the Dutch ambassador.", ["THREATEN"]),
        ("Tehran threatened on Sunday to block shipping in the Strait of Hormuz.", ["THREATEN"]),
        # "warned <party> that it would ...": "it" may be either side, the content is the threat's
        ("Latvia warned Russia on Monday that it would close the border if provocations continued.", ["THREATEN"]),
    ],
)
def test_extract_threat_contents_are_part_of_the_threat(text, types):
    assert types_of(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a threat and an act done afterwards stay two events
        ("Ankara threatened to expel the Dutch ambassador and later summoned him.", ["DISAPPROVE", "THREATEN"]),
    ],
)
def test_extract_acts_after_a_threat_stay_events(text, types):
    assert types_of(text) == types
