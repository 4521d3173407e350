"""Speed shortcuts of the event extractor must never change a result: each one is checked against the plain way.

* tokens are assigned to sentences in one pass: every token whose start lies in a sentence belongs to it,
  tokens between sentences are dropped, none is lost or duplicated (and clauses are marked on them);
* ``_phrase_at`` compares the first word before the rest: a phrase is found at ``i`` exactly when its words
  are there and all in one sentence;
* ``_Cand.actors`` / ``_Cand.strong`` read the arguments directly: source, target, then the others;
* lexicon phrases and form texts are remembered between documents: extracting a document gives the same
  events whatever was extracted before it.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import load_gazetteer
from timeline.events import extract_events
from timeline.events.extract import _TOKEN, _Cand, _Context, _expanded, _joined, _Tokens
from timeline.events.lexicon import expand_phrase, load_lexicon
from timeline.model import Actor, ActorMention, Document
from timeline.temporal import tag_text
from timeline.text import split_sentences

LEX = load_lexicon()
GAZETTEER = load_gazetteer()

TEXTS = [
    "Macron met Scholz in Berlin on Monday. Two days later, Macron called Putin by phone.",
    "KYIV, March 3 (Reuters) - The talks resume next week.\n\nThe summit was cancelled.  ",
    "  Leading spaces.   Lavrov said on Friday that Russia had attacked the port!  Then? Nothing.",
    "",
    "One sentence without a full stop",
]


def _bare_context(text: str, sentences) -> _Context:
    ctx = _Context.__new__(_Context)
    ctx.text, ctx.sentences, ctx.lex = text, tuple(sentences), LEX
    return ctx


def _tokens_the_plain_way(text: str, sentences) -> list[tuple[int, int, str, int]]:
    out = []
    for m in _TOKEN.finditer(text):
        home = [k for k, (s0, s1) in enumerate(sentences) if s0 <= m.start() < s1]
        if home:
            out.append((m.start(), m.end(), text[m.start():m.end()].lower(), home[0]))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_extract_tokenize_assigns_each_token_to_the_sentence_it_starts_in(text: str) -> None:
    sentences = split_sentences(text)
    tok = _bare_context(text, sentences)._tokenize()
    assert list(zip(tok.starts, tok.ends, tok.low, tok.sent)) == _tokens_the_plain_way(text, sentences)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Macron", "met", "Putin", ".", ",", " ", "  ", "\n", "on", "Monday"]), max_size=30),
       st.lists(st.integers(min_value=0, max_value=120), max_size=8))
def test_extract_tokenize_matches_the_plain_way_for_any_sentence_spans(words, cuts) -> None:
    text = "".join(words)
    bounds = sorted(set(c for c in cuts if c <= len(text)))
    sentences = [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if a < b]  # sorted, disjoint, gaps between
    tok = _bare_context(text, sentences)._tokenize()
    assert list(zip(tok.starts, tok.ends, tok.low, tok.sent)) == _tokens_the_plain_way(text, sentences)


def _phrase_the_plain_way(low, sent, i, phrase) -> bool:
    n = len(phrase)
    return 0 <= i and i + n <= len(low) and all(low[i + k] == phrase[k] and sent[i + k] == sent[i] for k in range(n))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["by", "phone", "the", "over", "."]), min_size=1, max_size=12),
       st.lists(st.sampled_from(["by", "phone", "the", "over"]), min_size=1, max_size=3),
       st.data())
def test_extract_phrase_at_finds_the_words_within_one_sentence(low, phrase, data) -> None:
    sent, k = [], 0
    for w in low:
        sent.append(k)
        k += w == "."
    ctx = _Context.__new__(_Context)
    ctx.tokens = _Tokens(list(range(len(low))), list(range(1, len(low) + 1)), low, sent, [0] * len(low))
    i = data.draw(st.integers(min_value=0, max_value=len(low)))
    assert ctx._phrase_at(i, tuple(phrase)) == _phrase_the_plain_way(low, sent, i, tuple(phrase))


def _mention(start: int, name: str) -> ActorMention:
    return ActorMention(start, start + len(name), name, Actor(id=name.lower(), name=name, kind="state"), "name")


@pytest.mark.parametrize(
    ("source", "target", "others"),
    [(None, None, []), ("France", None, []), (None, "Russia", []), ("France", "Russia", ["Chad"]), (None, None, ["Chad"])],
)
def test_extract_cand_actors_lists_source_target_then_others(source, target, others) -> None:
    entry = LEX.entries[0]
    c = _Cand(entry, "past", 0, 3, "met", 0, 1, 0)
    c.source = _mention(10, source) if source else None
    c.target = _mention(20, target) if target else None
    c.others = [_mention(30, o) for o in others]
    expected = [n for n in (source, target) if n] + others
    got = c.actors
    assert [m.text for m in got] == expected
    got.append(_mention(40, "Mali"))  # a caller may change what it was given, never the mention itself
    assert [m.text for m in c.actors] == expected
    c.group = None
    assert (c.actors != [] or c.anchors or c.predicated) == bool(expected)
    assert not c.strong or expected


@pytest.mark.parametrize("pattern", ["sever [diplomatic] (ties|relations)", "meet", "(applaud|congratulate)"])
def test_extract_remembered_expansions_are_the_lexicon_s(pattern: str) -> None:
    assert list(_expanded(pattern)) == expand_phrase(pattern)
    assert _joined(("called", "up")) == "called up"


def _events(text: str, dct: date):
    doc = Document(id="d", text=text, dct=dct)
    return extract_events(doc, tag_text(text, dct), GAZETTEER).events


def test_extract_result_does_not_depend_on_documents_extracted_before() -> None:
    first = "Macron met Scholz in Berlin on Monday. Two days later, Macron spoke with Putin by phone."
    other = "Russia and Ukraine agreed on Friday to exchange prisoners. Erdogan will host talks next week."
    alone = _events(first, date(2025, 10, 21))
    _events(other, date(2024, 3, 1))
    again = _events(first, date(2025, 10, 21))
    assert again == alone
    assert [(e.type, e.date_start) for e in alone][:1] == [("CONSULT", date(2025, 10, 20))]
    assert any(e.type == "CONSULT" and e.mode == "phone" and "Vladimir Putin" in e.actors for e in alone)
