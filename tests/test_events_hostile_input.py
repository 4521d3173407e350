"""Hostile input: a scraped list with no full stops, one huge "sentence", a line of one date repeated. The extractor
reads such text in near-linear time (``bench/bench_hostile.py`` measures it; no test here is timed) and still finds
what it says; the indexes behind that speed give what the plain scans give.

* a dated list with no full stops ("January 1, 2024: Iran and Oman held talks in Muscat; January 2, 2024: ...") yields
  every meeting, with its own day, its two parties and its place, however long the list (and the far end of the list
  lends no date to the near end);
* a line of a date repeated thousands of times is expressions, no event;
* ``_Tokens.clause_start`` / ``_Tokens.where`` equal walking back through the clause / scanning the tokens;
* ``_Context._in_sentence`` gives a sentence's mentions in their order in the list.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.extract import _Context, _Tokens
from timeline.model import Document
from timeline.pipeline import build_timeline
from timeline.temporal import tag_text

_PAIRS = (("Iran", "Oman", "Muscat"), ("France", "Germany", "Paris"), ("Japan", "India", "Tokyo"),
          ("Egypt", "Qatar", "Cairo"), ("Poland", "Ukraine", "Warsaw"))
_ACTS = (("held talks in", "CONSULT"), ("signed a trade agreement in", "AGREE"))


def _dated_list(entries: int, first: date) -> tuple[str, list[tuple[str, str, str, str, date]]]:
    """One dated meeting per entry, joined by semicolons, no full stop: the text, and per entry what it says."""
    parts, facts = [], []
    for i in range(entries):
        a, b, place = _PAIRS[i % len(_PAIRS)]
        act, type_ = _ACTS[(i // len(_PAIRS)) % len(_ACTS)]
        day = first + timedelta(days=i)
        parts.append(f"{day:%B} {day.day}, {day.year}: {a} and {b} {act} {place}")
        facts.append((type_, a, b, place, day))
    return "; ".join(parts), facts


def _events(text: str, dct: date):
    return build_timeline([Document(id="h", text=text, dct=dct, dct_source="cli")]).events


@pytest.mark.parametrize("entries", [3, 40, 90])  # (90 entries: one "sentence" of about 800 words)
def test_extract_long_dated_list_yields_each_meeting_with_its_day(entries: int) -> None:
    text, facts = _dated_list(entries, date(2023, 11, 20))
    events = _events(text, date(2024, 6, 30))
    assert len(events) == entries
    for type_, a, b, place, day in facts:
        found = [e for e in events if e.date_start == day]
        assert len(found) == 1, (day, [(e.type, e.date_start, e.actors) for e in events])
        e = found[0]
        assert (e.type, set(e.actors), e.date_end, e.location) == (type_, {a, b}, day, place)


def test_extract_line_of_one_date_repeated_is_expressions_and_no_event() -> None:
    text = "March 3, 2025 " * 3000
    assert len(tag_text(text, date(2025, 3, 7))) == 3000
    assert _events(text, date(2025, 3, 7)) == ()


def _tokens(low: list[str], sent: list[int], clause: list[int]) -> _Tokens:
    return _Tokens(list(range(len(low))), list(range(1, len(low) + 1)), low, sent, clause)


_WORDS = ["that", "had", ",", "met", "when", "and", "Iran"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.integers(0, 2)), min_size=1, max_size=40), st.data())
def test_extract_token_indexes_equal_the_plain_scans(steps, data) -> None:
    # clause ids never decrease and a new sentence opens a new clause (as ``_Context._mark_clauses`` numbers them)
    low, sent, clause, si, ci = [], [], [], 0, 0
    for word, step in steps:
        si += step == 2
        ci += step >= 1
        low.append(word)
        sent.append(si)
        clause.append(ci)
    tok = _tokens(low, sent, clause)
    k = data.draw(st.integers(0, len(low) - 1))
    j = k
    while j > 0 and sent[j - 1] == sent[k] and clause[j - 1] == clause[k]:
        j -= 1
    assert tok.clause_start(k) == j
    words = set(data.draw(st.lists(st.sampled_from(_WORDS), max_size=3)))
    lo = data.draw(st.integers(0, len(low)))
    hi = data.draw(st.integers(0, len(low)))
    assert tok.where(words, lo, hi) == [m for m in range(lo, hi) if low[m] in words]
    assert tok.where(words) == [m for m in range(len(low)) if low[m] in words]


class _Mention:
    def __init__(self, sent: int) -> None:
        self.sent = sent


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=20), st.integers(0, 4))
def test_extract_in_sentence_keeps_the_list_order(sents, si) -> None:
    ctx = _Context.__new__(_Context)
    cands = [_Mention(s) for s in sents]
    assert ctx._in_sentence(cands, si) == [c for c in cands if c.sent == si]
    cands.append(_Mention(si))  # (a list that grows is indexed again)
    assert ctx._in_sentence(cands, si) == [c for c in cands if c.sent == si]
