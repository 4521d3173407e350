"""One token table per document (``timeline.actors.tokens.TokenTable``), shared by the stages, must change no result:

* the event extractor's tokens are made from the table's offsets (``joined_spans``: a word, a joining mark and a
  word are one token): the same spans as its own regular expression's matches, on any text;
* the temporal engine finds its trigger words from the table (``Engine.trigger_spans``: a plain ASCII word by a
  set look-up, any other word by the regex): the same spans as the trigger regex, on any text;
* the temporal engine, the actor resolver and the event extractor given the table find what they find without it,
  and a table made for another text is not used.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import find_actor_mentions, load_gazetteer
from timeline.actors.tokens import TokenTable, tokenize
from timeline.events import extract_events
from timeline.events.common import _TOKEN as EVENT_TOKEN
from timeline.events.common import joined_spans
from timeline.events.extract import extract_with_mentions
from timeline.model import Document
from timeline.temporal import tag_text
from timeline.temporal.engine import default_engine

GAZETTEER = load_gazetteer()

#: pieces that join or split tokens: marks between words, doubled marks, marks at the edges, underscores, accents
_PIECES = ["U", "S", "al", "Assad", "Kyiv", "s", "1", "000", "é", "İ", "_", ".", "-", "'", "’", "..", "--", "—",
           ",", " ", "\n", "\u00a0"]
_TEXTS = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_joined_spans_are_the_event_tokens_spans(text: str) -> None:
    fine = tokenize(text)
    starts, ends = joined_spans(text, [t.start for t in fine], [t.end for t in fine])
    assert list(zip(starts, ends)) == [m.span() for m in EVENT_TOKEN.finditer(text)]


def test_joined_spans_join_chains_of_single_marks_between_words() -> None:
    text = "The U.S.-backed plan, al-Assad's 'no' - and 1,000.5 troops."
    fine = tokenize(text)
    starts, ends = joined_spans(text, [t.start for t in fine], [t.end for t in fine])
    assert [text[a:b] for a, b in zip(starts, ends)] == [  # (two marks in a row join nothing: "U.S", ".", "-")
        "The", "U.S", ".", "-", "backed", "plan", ",", "al-Assad's", "'", "no", "'", "-", "and", "1", ",", "000.5",
        "troops", "."]


TEXTS = [
    "On Monday, Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. They signed a deal.",
    "KYIV, March 3 (Reuters) — Turkey’s foreign minister, Hakan Fidan, met U.S. Secretary of State Marco Rubio "
    "in Ankara on Friday. Erdoğan's office said the talks would resume.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_actor_mentions_are_the_same_with_a_shared_table(text: str) -> None:
    dct = date(2025, 10, 21)
    plain = find_actor_mentions(text, GAZETTEER, dct=dct)
    assert plain  # (the text names actors)
    assert find_actor_mentions(text, GAZETTEER, dct=dct, tokens=TokenTable(text)) == plain
    assert find_actor_mentions(text, GAZETTEER, dct=dct, tokens=TokenTable("Another text.")) == plain


@pytest.mark.parametrize("text", TEXTS)
def test_events_are_the_same_with_a_shared_table(text: str) -> None:
    doc = Document(id="shared-tokens", text=text, dct=date(2025, 10, 21))
    timexes = tag_text(text, doc.dct)
    mentions = tuple(sorted(find_actor_mentions(text, GAZETTEER, dct=doc.dct), key=lambda m: (m.start, -m.end)))
    plain = extract_with_mentions(doc, timexes, mentions, None, GAZETTEER)
    assert plain.events  # (the text tells events)
    assert extract_events(doc, timexes, GAZETTEER) == plain
    assert extract_with_mentions(doc, timexes, mentions, None, GAZETTEER, tokens=TokenTable(text)) == plain
    assert extract_with_mentions(doc, timexes, mentions, None, GAZETTEER, tokens=TokenTable("Other words.")) == plain


#: trigger words in every case, glued to digits, marks or underscores, accented, and characters the regex folds
_TEMPORAL_PIECES = ["May", "may", "MAY", "Mayday", "May2", "_May", "foo_May", "2023", "1st", "Monday", "Mon", ".",
                    "week", "years", "ago", "today", "Maï", "Erdoğan", "\u0663", "\u212a", "\u017f", "’", "—", ",",
                    "-", "$", " ", " ", "\n", "spring", "Spring", "SPRING", "noon", "ı", "İ"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(_TEMPORAL_PIECES), max_size=30).map("".join)))
def test_trigger_spans_from_the_table_are_the_trigger_regex_s(text: str) -> None:
    engine = default_engine()
    assert engine._ascii_triggers is not None  # (the shipped trigger words are plain ASCII: the look-up is used)
    assert engine.trigger_spans(text, TokenTable(text)) == [m.span() for m in engine._trigger_rx.finditer(text)]


def test_trigger_spans_of_a_table_for_another_text_are_the_regex_s() -> None:
    engine, text = default_engine(), "Talks resumed on May 2, 2023, a week later."
    spans = engine.trigger_spans(text, TokenTable("Nothing dated here."))
    assert spans == [m.span() for m in engine._trigger_rx.finditer(text)] and spans


@pytest.mark.parametrize("text", TEXTS + [
    "The talks, first held in May 2023 and again last week, resume on Monday_2 or 5 days after the 3rd. Today’s "
    "meeting in Zürich ran 2 hours; the next is due “in three weeks” (on 12/05).",
])
def test_temporal_expressions_are_the_same_with_a_shared_table(text: str) -> None:
    dct = date(2025, 10, 21)
    plain = tag_text(text, dct)
    assert plain  # (the text has dates)
    assert tag_text(text, dct, tokens=TokenTable(text)) == plain
    assert tag_text(text, dct, narrative=True, tokens=TokenTable(text)) == tag_text(text, dct, narrative=True)
