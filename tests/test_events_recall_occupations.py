"""Recall round 3: occupying a place is a protest when people occupy it and coercion when a state does (the
``official_type`` convention); a standing occupation ("occupied since 1967", "the occupied territories") is no act."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document
from timeline.pipeline import build_timeline

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Protesters occupied the main square in Tbilisi on Sunday.", ["PROTEST"]),
        ("In March 2014 students occupied Taiwan's legislature for three weeks.", ["PROTEST"]),
        ("Russia occupied Crimea in February 2014.", ["COERCE"]),
        ("Israel will hand over parts of the occupied West Bank.", ["CONCEDE"]),
        ("The plateau has been occupied since 1967.", []),
    ],
)
def test_extract_occupations_typed_by_who_occupies(text, types):
    events = build_timeline([Document(id="t", text=text, dct=DCT, dct_source="cli")]).events
    assert sorted(e.type for e in events) == types
