"""Where the clause an offset is anchored to ends ("two days after <clause>"): at a comma and a whole
word that opens another clause or an attribution, never at a word that merely begins like one."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

DCT = date(2025, 10, 21)


@pytest.mark.parametrize(
    "text,extent,clause",
    [
        # a list after a comma is part of the clause (", soldiers" is not ", so"; ", ordinary" not ", or")
        ("Troops withdrew two days after clashes between protesters, soldiers and police.", "two days",
         "clashes between protesters, soldiers and police"),
        ("The ban came a week after raids on banks, ordinary shops and homes.", "a week",
         "raids on banks, ordinary shops and homes"),
        ("Aid arrived three days after storms hit Sindh, Balochistan and Punjab.", "three days",
         "storms hit Sindh, Balochistan and Punjab"),
        # whole clause words and attributions still end it
        ("He resigned two days after the vote, which surprised his allies.", "two days", "the vote"),
        ("Talks resumed a day after the blast, according to officials.", "a day", "the blast"),
        ("Ships docked two days after the ceasefire took hold, some officials said.", "two days", "the ceasefire took hold"),
        ("Markets rallied a week after the rate cut, the central bank said.", "a week", "the rate cut"),
        ("Shelling stopped four days after the truce, or so residents said.", "four days", "the truce"),
    ],
)
def test_temporal_anchor_clauses_end_only_at_whole_words(text, extent, clause):
    tx = {t.text: t for t in tag_text(text, DCT)}[extent]
    assert tx.anchored_to == "event" and tx.anchor is not None, tx.derivation
    assert text[tx.anchor.clause_start:tx.anchor.clause_end] == clause
