"""Speed shortcuts of tokenizing must never change a token: each one is checked against the plain way.

* the actor matcher's tokenizer finds each token's offsets with ``str.find`` after the token before, which is
  right only because the tokens cover every character but whitespace: checked against the offsets of the
  regular expression's own matches, on any text (accents, apostrophes, dashes, unusual whitespace, repeated
  words); the event extractor's tokens are checked the same way;
* the actor matcher's keys and lower-case keys come with the tokens: each is the token's key (lowered);
* title-case lines (headlines) are found by bisection over the token starts: the same tokens as walking the
  tokens of each line one by one.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.resolve import _headline_tokens
from timeline.actors.tokens import _TOKEN as ACTOR_TOKEN
from timeline.actors.tokens import tokenize, tokenize_keys
from timeline.events.extract import _TOKEN as EVENT_TOKEN
from timeline.events.extract import _Context
from timeline.events.lexicon import load_lexicon

LEX = load_lexicon()

_PIECES = ["Erdoğan", "d’Ivoire", "U.S.", "al-Hayya", "Kyiv", "KYIV", "met", "met", " ", "  ", "\n", "\t", "\u00a0",
           "\u2009", "\u3000", "\x1c", ",", ".", "’", "'", "-", "—", "é", "e\u0301", "İstanbul", "ß", "Σ", "1,000", "2019"]
_TEXTS = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_actors_tokenize_offsets_are_the_regular_expression_s(text: str) -> None:
    got = [(t.start, t.end, t.text) for t in tokenize(text)]
    assert got == [(m.start(), m.end(), m.group()) for m in ACTOR_TOKEN.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_actors_tokenize_keys_are_each_token_s_key_and_its_lower_case(text: str) -> None:
    tokens, keys, lower = tokenize_keys(text)
    assert [(t.start, t.end) for t in tokens] == [(t.start, t.end) for t in tokenize(text)]
    assert keys == [t.key for t in tokens]
    assert lower == [t.key.lower() for t in tokens]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_events_tokenize_offsets_are_the_regular_expression_s(text: str) -> None:
    ctx = _Context.__new__(_Context)
    ctx.text, ctx.sentences, ctx.lex = text, ((0, len(text)),), LEX  # one sentence: every token kept
    tok = ctx._tokenize()
    lowered = text.lower()
    want = [(m.start(), m.end(), lowered[m.start():m.end()]) for m in EVENT_TOKEN.finditer(text)]
    assert list(zip(tok.starts, tok.ends, tok.low)) == want


def _headline_the_plain_way(text: str) -> set[int]:
    tokens = tokenize(text)
    out: set[int] = set()
    offset = 0
    for line in text.split("\n"):
        inside = [k for k, t in enumerate(tokens) if offset <= t.start < offset + len(line)]
        words = [tokens[k] for k in inside if tokens[k].key.isalpha()]
        if len(words) >= 3 and sum(1 for t in words if t.key[:1].isupper()) >= 0.75 * len(words):
            out.update(inside)
        offset += len(line) + 1
    return out


@pytest.mark.parametrize("text", [
    "Trump And Putin Agree To Meet In Budapest\nThe two leaders spoke by phone on Thursday.",
    "KYIV (Reuters) -\nThe talks resume next week, Officials Said.\nA Brief Line Of Title Words",
    "one two three\nOne Two Three Four five\n\nUN Security Council Meets",
    "",
])
def test_actors_headline_tokens_are_those_of_title_case_lines(text: str) -> None:
    assert _headline_tokens(text, tokenize(text)) == _headline_the_plain_way(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Summit", "Talks", "end", "in", "Doha", " ", "\n", ",", "."]), max_size=40).map("".join))
def test_actors_headline_tokens_match_the_plain_way_on_any_lines(text: str) -> None:
    assert _headline_tokens(text, tokenize(text)) == _headline_the_plain_way(text)
