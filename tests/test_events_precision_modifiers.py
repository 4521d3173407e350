"""Precision round 4: words that only describe a thing are no acts (sentences of our own): a past participle between a
preposition and a place name ("to occupied Crimea"), a word in -s after a possessive and a modifier ("one of Moscow's
main demands")."""

from __future__ import annotations

import pytest

from event_helpers import types_of


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The ferry links the mainland to occupied Crimea.", []),
        ("Refugees fled from annexed Crimea in 2014.", []),
        ("An end to the blockade was one of Beijing's main demands.", []),
        ("A ceasefire remains one of Kyiv's key demands.", []),
    ],
)
def test_extract_modifiers_are_no_acts(text, types):
    assert types_of(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a title between the possessive and the verb: the verb is the act
        ("Russia's president demands an apology from Kyiv.", ["DEMAND"]),
        # the participle as the verb of a clause
        ("Russia occupied Crimea in 2014.", ["COERCE"]),
    ],
)
def test_extract_verbs_after_such_words_stay_acts(text, types):
    assert types_of(text) == types
