"""Speed-only shortcuts give what the plain scans they replace give.

- ``normalize_text`` tests for the characters it replaces with ``in`` instead of a regex character class.
- ``_Tokens.where`` with a word set larger than the text's vocabulary looks up the text's words instead.
"""

from __future__ import annotations

import random
import re

import pytest

from timeline.ingest import clean
from timeline.ingest.clean import normalize_text

_OLD_ODD = re.compile("[\r\f\v\x85\u2028\u2029" + "".join(map(chr, list(clean._DROP) + list(clean._SPACES))) + "]")


def test_odd_character_test_matches_the_character_class():
    rng = random.Random(11)
    alphabet = list("abc XYZ.,’“é\n\t") + list(clean._ODD) + ["\u00e9", "\u0130", "\U0001f600", "\u2027", "\u202e"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert any(ch in text for ch in clean._ODD) == bool(_OLD_ODD.search(text)), repr(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks ended on Monday.", "The talks ended on Monday."),
    ("Line one\r\nline two\rline three\u2028four\x85five", "Line one\nline two\nline three\nfour\nfive"),
    ("co\u00adoperation\u200b agreed\u00a0on\u202fMonday", "cooperation agreed on Monday"),
    ("Kyiv’s talks \U0001f600 ended", "Kyiv’s talks \U0001f600 ended"),
])
def test_normalize_text(text, expected):
    assert normalize_text(text) == expected


def test_token_where_gives_the_places_of_a_plain_scan():
    from timeline.events.common import _Tokens
    rng = random.Random(5)
    vocabulary = [f"w{i}" for i in range(40)]
    for _ in range(300):
        low = [rng.choice(vocabulary) for _ in range(rng.randint(0, 60))]
        n = len(low)
        tok = _Tokens(list(range(n)), list(range(1, n + 1)), low, [0] * n, [0] * n)
        for size in (0, 1, 3, 39, 80):  # (small sets loop over the words, large ones over the text's words)
            words = set(rng.sample(vocabulary + [f"x{i}" for i in range(60)], size))
            for kind in (set, frozenset):
                lo = rng.randint(0, n)
                hi = rng.choice([None, rng.randint(lo, n)])
                expected = [k for k in range(lo, n if hi is None else hi) if low[k] in words]
                assert tok.where(kind(words), lo, hi) == expected
