"""The temporal engine's speed shortcuts change no result: each is checked against the plain way.

* rules tried at a position are chosen by its first four characters (``Engine._rules_at``, from
  ``first_pairs(..., k=4, fold_digits=True)``): every rule that matches there is among them;
* the trigger pattern and the tense and scheduled-verb patterns carry lookaheads of their first
  characters or words: they find exactly what the patterns without them find;
* group values are remembered: the remembered value is the one computed afresh.
"""

from __future__ import annotations

import re

import pytest

from timeline.temporal import engine as engine_module
from timeline.temporal.engine import Engine, _trie_regex, compile_tense_cues, default_engine, first_pairs
from timeline.temporal.resources import load_rules

#: news text with dates in many forms, numbers, text ending right after an expression, and characters
#: that case folding or classes may match (non-ASCII letters and digits)
TEXTS = [
    "On Tuesday, Oct. 21, 2025, the ministers met in Geneva; two days later, on Thursday, they signed.",
    "KYIV, March 3 (Reuters) - The talks, first held in 1994 and again in the 1990s, resume next week.",
    "Sixteen days after August 13, the deal was signed at 10:30 a.m. GMT, three years on from 2019-08-29.",
    "The summit opened on Tuesday and ends on Thursday; by mid-December, or early 2026, a vote is due.",
    "İstanbul hosted it on 5 Sept. ſeptember KELVIN 1994–1995 ’90s '90s a 20-year term, ½ of the ５ days.",
    "Earlier this month, the year-ago quarter and the fiscal second-quarter were cited; later that night, too.",
    "He said on Monday that it would expire Friday, and that the truce was extended through June 30.",
    "the past three years, more than a decade, 48 hours, each week, twice a month, the 20th century",
    "Troops will withdraw by Friday, officials said, and leaders meet in Doha on Sunday to sign it.",
    "The truce, which had been due to expire Friday, was extended until the end of March; talks continued until",
    "The ceasefire agreed ahead of the vote lasted through early May, in the run-up to the summit in advance of the",
    "Sales rose 3.5% to $1,200 million in the third quarter of fiscal 1998 from 1,150 a year earlier.",
    "FY2024 foo_2019 2019_bar x1999 1999x #2020 No. 2021 route 66 ٢٠٢٣ 2023",
    "They met in 2019",
    "Friday",
    "5",
]


def _positions(text: str) -> list[int]:
    return list(range(len(text)))


@pytest.mark.parametrize("text", TEXTS)
def test_engine_rules_at_keeps_every_rule_that_matches_at_any_position(text: str) -> None:
    engine = default_engine()
    for start in _positions(text):
        tried = {id(cr) for cr in engine._rules_at(text, start)}
        for cr in engine.compiled:
            m = cr.rx.match(text, start)
            if m is not None and m.end() > start:
                assert id(cr) in tried, f"{cr.rule.id} matches {text[start:m.end()]!r} but is not tried at {start}"


@pytest.mark.parametrize(
    ("pattern", "k", "expected"),
    [
        (r"(?:1[0-9]{3}|20[0-9]{2})", 4, {("0", "0", "0", "0")}),
        (r"(?:last|next)\s+week", 3, {("l", "a", "s"), ("n", "e", "x")}),
        (r"\d{1,2}(?:st|nd)?", 4, None),  # a class the analysis does not tell apart: any character
        (r"[0-9]{1,2}(?:st|nd)?", 4, {("0",), ("0", "0"), ("0", "s", "t"), ("0", "n", "d"), ("0", "0", "s", "t"), ("0", "0", "n", "d")}),
    ],
)
def test_engine_first_pairs_read_k_characters_with_digits_folded(pattern: str, k: int, expected: set | None) -> None:
    pairs = first_pairs(pattern, re.IGNORECASE, k=k, fold_digits=True)
    if expected is None:
        assert pairs is not None and any("" in p for p in pairs)  # (``_ANY`` stands for the class)
    else:
        assert pairs == frozenset(expected)


def test_engine_trigger_lookahead_finds_what_the_plain_pattern_finds() -> None:
    engine = default_engine()
    plain = re.compile(
        r"(?<![^\W_])(?:[0-9]|(?i:" + _trie_regex(engine.triggers) + r")(?![^\W_])|(?:"
        + _trie_regex(engine.title_triggers) + r")(?![^\W_]))")
    for text in TEXTS:
        assert [m.span() for m in engine._trigger_rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_engine_first_word_lookaheads_change_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = default_engine()
    monkeypatch.setattr(engine_module, "_first_words", lambda *lists: "")
    plain_engine = Engine(load_rules())
    plain = compile_tense_cues(load_rules().tense_cues)
    pairs = [(getattr(engine.tense, name), getattr(plain, name)) for name in ("future", "past", "obligation")]
    pairs.append((engine._scheduled_rx, plain_engine._scheduled_rx))
    assert all(fast.pattern != slow.pattern for fast, slow in pairs)  # (the shortcut is there to be checked)
    for fast, slow in pairs:
        for text in TEXTS:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
            for end in range(0, len(text) + 1, 7):  # the anchored searches of tense_at, on windows
                window = text[max(0, end - 60):end]
                fm, sm = fast.search(window), slow.search(window)
                assert (fm and fm.span()) == (sm and sm.span())


def test_engine_group_values_remembered_are_those_computed_afresh() -> None:
    engine = default_engine()
    checked = 0
    for text in TEXTS:
        for cr, m in engine.detect(text):
            for name in cr.rule.groups:
                raw = m.group(name)
                if raw is None:
                    continue
                try:
                    fresh = engine._group_value(cr.rule, name, raw)
                except (ValueError, TypeError, KeyError):
                    continue
                assert engine.group_value(cr.rule, name, raw) == fresh
                assert engine.group_value(cr.rule, name, raw) == fresh  # (the second time from memory)
                checked += 1
    assert checked > 20


@pytest.mark.parametrize("name", ["past_ed", "deadline", "until_word", "anticipation"])
def test_engine_tense_lookaheads_change_no_match(name: str) -> None:
    rx = getattr(default_engine().tense, name)
    # the same pattern without the lookaheads added for speed: the first letters, or a whole "-ed" word
    plain_pattern = re.sub(r"\(\?=\[[^\]]*\]\)", "", rx.pattern).replace(r"(?=[a-z]+ed\b)", "")
    assert plain_pattern != rx.pattern
    plain = re.compile(plain_pattern, rx.flags)
    for text in TEXTS:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for end in range(0, len(text) + 1, 5):  # the anchored searches of tense_at, on windows
            window = text[max(0, end - 120):end]
            fm, sm = rx.search(window), plain.search(window)
            assert (fm and fm.span()) == (sm and sm.span())
