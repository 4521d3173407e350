"""More speed shortcuts checked against the plain way (see test_pipeline_speed_invariants.py):

* the event extractor's tokens are found with ``str.find`` after ``findall``: the same offsets,
  words and sentences as one match object per token;
* ``_in_quote`` bisects the quote spans (with the furthest end so far): the same answer as a scan of
  every span, nested and overlapping quotes included;
* the extractor's context is emptied once the extraction is made: the same events as a context
  left alone;
* propagation gives a component's second try (without tense-guessed ranges) only that component's
  bounds: the result of a document is the same alone or in a batch with others.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.common import _TOKEN
from timeline.events.extract import _Context, extract_with_mentions
from timeline.events.lexicon import load_lexicon
from timeline.model import Document
from timeline.pipeline import build_timeline

#: text with what could misplace a token: repeated words, non-breaking and other Unicode spaces,
#: tabs, typographic quotes, abbreviations, dashes, a blank line and characters that lower() widens
TEXTS = [
    "On Tuesday the ministers met in Geneva. They met again\u00a0on Wednesday; \u201cthe the talks\u201d went on.",
    "KYIV, March 3 (Reuters) \u2014 U.S. envoy met\tKyiv\u2019s leaders.\n\nİstanbul hosted talks on 5 Sept. 2025.",
    "  Leading spaces.\u2003Em space. a a a a. \u00bd of it\u2026 \"Yes,\" he said.  \n Done.  ",
]


def _document(text: str) -> Document:
    return Document(id="speed-test", text=text, dct=date(2025, 10, 21))


def _plain_tokens(ctx: _Context) -> tuple[list[int], list[int], list[str], list[int]]:
    """Tokens the plain way: one match object per token, each in the sentence it starts in."""
    starts, ends, low, sent = [], [], [], []
    spans, lowered = ctx.sentences, ctx.text.lower()
    for m in _TOKEN.finditer(ctx.text):
        a, b = m.start(), m.end()
        si = next((k for k, (s0, s1) in enumerate(spans) if s1 > a), None)
        if si is None:
            break
        if a < spans[si][0]:
            continue
        starts.append(a)
        ends.append(b)
        low.append(lowered[a:b])
        sent.append(si)
    return starts, ends, low, sent


@pytest.mark.parametrize("text", TEXTS)
def test_extract_tokenize_matches_plain_tokens(text: str) -> None:
    ctx = _Context(_document(text), (), (), load_lexicon(), None)
    tok = ctx.tokens
    assert (tok.starts, tok.ends, tok.low, tok.sent) == _plain_tokens(ctx)


@pytest.mark.parametrize("text", [TEXTS[0], TEXTS[2],
    '\u201cHe said \"no\" twice,\u201d she said. \"A \u201cnested\u201d one\" and \u201can open one.\n"Two" "three"',
])
def test_extract_in_quote_matches_a_scan_of_every_span(text: str) -> None:
    ctx = _Context(_document(text), (), (), load_lexicon(), None)
    assert ctx.quotes  # (the text has quotes to be inside of)
    for offset in range(-1, len(text) + 2):
        assert ctx._in_quote(offset) == any(a < offset < b for a, b in ctx.quotes), offset


@pytest.mark.parametrize("text", [
    "On Monday, Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. They signed a deal.",
    "Turkey recalled its ambassador on Friday. The next day, Ankara expelled two diplomats.",
])
def test_extract_with_mentions_matches_a_context_left_alone(text: str) -> None:
    from timeline.actors import find_actor_mentions, load_gazetteer
    from timeline.temporal import tag_text

    doc, gazetteer, lex = _document(text), load_gazetteer(), load_lexicon()
    timexes = tag_text(doc.text, doc.dct)
    mentions = tuple(sorted(find_actor_mentions(text, gazetteer, dct=doc.dct), key=lambda m: (m.start, -m.end)))
    plain = _Context(doc, timexes, mentions, lex, gazetteer).run()
    assert extract_with_mentions(doc, timexes, mentions, lex, gazetteer) == plain


def test_reasoning_propagate_gives_a_document_the_same_dates_alone_or_in_a_batch() -> None:
    texts = [
        "On Monday, the foreign ministers of Russia and Ukraine met in Istanbul. Two days later, they signed a "
        "truce. Four days before the talks, Russia had struck Kyiv.",
        "Turkey recalled its ambassador from Israel on Friday. A day after the recall, Israel expelled two Turkish "
        "diplomats. The talks had been held a week earlier, on Saturday.",
        # two anchors that contradict each other: propagation retries softer bounds on this component
        "The two ministers met in Geneva on Monday, October 13. Two days later, on Thursday, they signed a "
        "prisoner exchange.",
    ]
    docs = [Document(id=f"d{k}", text=t, dct=date(2025, 10, 21)) for k, t in enumerate(texts)]
    alone = [e for d in docs for e in build_timeline([d]).events]
    together = build_timeline(docs).events
    assert sorted(together, key=lambda e: e.id) == sorted(alone, key=lambda e: e.id)
    assert any("contradict" in " ".join(e.flags) for e in together if e.doc == "d2")
