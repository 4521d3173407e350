"""Speed-only shortcuts of the trigger search and the token indexes give what the plain scans they replace give.

- ``_forms_after``: the trigger forms that can start at a word, narrowed by the next word, are those of the plain filter
  over ``form_index`` (one word long, or with that next word second), in the same order (longest first).
- ``_Tokens.at`` (``bisect_left`` bound to the token starts) is the index of the token starting at or after an offset.
- ``split_form`` (remembered) gives the keys of the form it is given, however often it is asked.
"""

from __future__ import annotations

import bisect
import random

from timeline.actors.tokens import split_form
from timeline.events.common import _Tokens
from timeline.events.lexicon import load_lexicon
from timeline.events.triggers import _forms_after


def _plain(form_index, first, nxt):
    return tuple(w for w in form_index.get(first, ()) if len(w) == 1 or w[1] == nxt)


def test_forms_after_are_the_forms_the_next_word_allows_in_lexicon_order():
    form_index = load_lexicon().form_index
    rng = random.Random(3)
    firsts = sorted(form_index)
    seconds = sorted({w[1] for forms in form_index.values() for w in forms if len(w) > 1})
    assert seconds  # (the shipped lexicon has multi-word forms: "cut ties with")
    for first in rng.sample(firsts, min(300, len(firsts))) + ["no-such-word"]:
        nexts = {None, "zzz", *(w[1] for w in form_index.get(first, ()) if len(w) > 1), *rng.sample(seconds, 5)}
        for nxt in sorted(nexts, key=str):
            assert _forms_after(form_index, first, nxt) == _plain(form_index, first, nxt)
            assert _forms_after(form_index, first, nxt) == _plain(form_index, first, nxt)  # (asked again: remembered)


def test_forms_after_a_word_opening_many_forms_keeps_only_those_with_the_next_word():
    index = {"cut": (("cut", "off", "aid", "to"), ("cut", "ties", "with"), ("cut", "off"), ("cut", "ties"), ("cut",))}
    assert _forms_after(index, "cut", "ties") == (("cut", "ties", "with"), ("cut", "ties"), ("cut",))
    assert _forms_after(index, "cut", "off") == (("cut", "off", "aid", "to"), ("cut", "off"), ("cut",))
    assert _forms_after(index, "cut", None) == (("cut",),)
    assert _forms_after(index, "halt", "off") == ()
    other = {"cut": (("cut", "ties"),)}  # (another lexicon with the same words: its own forms, not the first's)
    assert _forms_after(other, "cut", "ties") == (("cut", "ties"),)


def test_token_at_is_bisect_left_of_the_starts():
    rng = random.Random(7)
    for _ in range(200):
        n = rng.randint(0, 30)
        starts = sorted(rng.sample(range(200), n))
        tok = _Tokens(starts, [s + 1 for s in starts], ["w"] * n, [0] * n, [0] * n)
        for offset in range(-2, 205, 3):
            assert tok.at(offset) == bisect.bisect_left(starts, offset)


def test_tokens_compare_and_show_by_their_fields_only():
    a = _Tokens([0, 4], [3, 7], ["the", "end"], [0, 0], [1, 1])
    b = _Tokens([0, 4], [3, 7], ["the", "end"], [0, 0], [1, 1])
    assert a == b
    assert "at=" not in repr(a)
    assert a != _Tokens([0, 5], [3, 7], ["the", "end"], [0, 0], [1, 1])


def test_split_form_remembered_gives_the_same_keys():
    for form in ("Recep Tayyip Erdoğan", "Côte d’Ivoire", "al-Hayya", "U.S.", "Kim Jong Un", ""):
        first = split_form(form)
        assert split_form(form) == first == split_form.__wrapped__(form)
    assert split_form("Erdoğan") == ("Erdogan",)
    assert split_form("d’Ivoire") == ("d", "'", "Ivoire")
