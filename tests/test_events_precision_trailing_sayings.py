"""Precision round 4: a dated saying that closes its sentence after a comma ("..., officials said on Tuesday") only
tells where the words before it come from, whatever those words are (an act, a plan, a state of affairs); the
saying with words of its own after it, or a quote's speaker, stays a statement (sentences of our own)."""

from __future__ import annotations

import pytest

from event_helpers import types_of


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # an act told before the comma: that act is the only event
        ("Portugal reopened its consulate in Benghazi last week, the foreign ministry said on Thursday.", ["COOPERATE"]),
        ("Kenya deployed 400 police officers to Haiti, a government spokesman said on Wednesday.", ["MOBILIZE"]),
        # a plan told before the comma
        ("The Chilean president will travel to Tokyo next month, his office said on Tuesday.", ["CONSULT"]),
        # a state of affairs told before the comma: no event at all
        ("The negotiations lasted nearly six hours, Swiss diplomats said on Monday.", []),
        ("Relations between the two neighbours remain tense, officials in Lima said on Thursday.", []),
        # words quoted inside the act told before the comma; a speaker whose name holds a saying verb ("state")
        ('Mexico condemned the raid on its embassy as "a grave violation", its foreign ministry said on Monday.',
         ["DISAPPROVE"]),
        ("Iran summoned the Swiss ambassador over the seizure of a tanker, state television said on Sunday.",
         ["DISAPPROVE"]),
        # the saying before its subject
        ("Estonia expelled a Russian diplomat on Tuesday, said the foreign ministry in Tallinn.", ["SANCTION"]),
    ],
)
def test_extract_trailing_sayings_are_no_statements(text, types):
    assert types_of(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a fronted date and comma: the saying has words of its own after it
        ("On Wednesday, the Peruvian foreign minister said Lima wanted closer ties with Canberra.", ["STATEMENT"]),
        # a quote's speaker says the quoted words
        ('"We will keep talking to everyone," the Colombian president said on Tuesday.', ["STATEMENT"]),
    ],
)
def test_extract_sayings_with_words_of_their_own_stay_statements(text, types):
    assert types_of(text) == types

