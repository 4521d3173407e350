"""Speed shortcuts must never change a result: each one is checked against the slow way.

* the temporal engine tries at each position only the rules whose first four characters fit
  (``Engine._rules_at``): checked at every position in tests/test_temporal_speed_shortcuts.py;
* ``first_pairs`` tells the first characters of a pattern (two, or ``k``: a superset, never missing one);
* the tense patterns put a word boundary and a first-letter lookahead before their lookbehinds:
  they find what the plain alternation finds;
* the actor tokenizer caches what it knows of each word: the tokens are those computed afresh.
"""

from __future__ import annotations

import re

import pytest

from timeline.actors.tokens import fold, tokenize
from timeline.temporal.engine import _ANY, default_engine, first_pairs

#: news text with dates in many forms, and characters that case folding or classes may match
TEXTS = [
    "On Tuesday, Oct. 21, 2025, the ministers met in Geneva; two days later, on Thursday, they signed.",
    "KYIV, March 3 (Reuters) - The talks, first held in 1994 and again in the 1990s, resume next week.",
    "Sixteen days after August 13, the deal was signed at 10:30 a.m. GMT, three years on from 2019-08-29.",
    "The summit opened on Tuesday and ends on Thursday; by mid-December, or early 2026, a vote is due.",
    "İstanbul hosted it on 5 Sept. ſeptember KELVIN 1994–1995 ’90s '90s a 20-year term, ½ of the ５ days.",
    "Earlier this month, the year-ago quarter and the fiscal second-quarter were cited; later that night, too.",
    "He said on Monday that it would expire Friday, and that the truce was extended through June 30.",
    "the past three years, more than a decade, 48 hours, each week, twice a month, the 20th century",
]


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"(?:1[0-9]{3}|20[0-9]{2})", 0, "1994"),
        (r"(?:the\s+)?(?:last|next)\s+week", re.IGNORECASE, "The last week"),
        (r"(?:the\s+)?(?:last|next)\s+week", re.IGNORECASE, "next week"),
        (r"\d{1,2}(?:st|nd|rd|th)?", 0, "5 May"),
        (r"(?:mid|early|late)[\s-]*\d{4}", re.IGNORECASE, "Mid-2024"),
        (r"(?<!\w)'?\d\ds", 0, "'90s"),
        (r"(?-i:[A-Z]+)\s+\d", re.IGNORECASE, "KYIV 3"),
        (r"x*y", 0, "y"),
    ],
)
def test_engine_first_pairs_include_the_start_of_a_match(pattern: str, flags: int, text: str) -> None:
    assert re.match(pattern, text, flags)
    pairs = first_pairs(pattern, flags)
    if pairs is None:
        return  # no filtering: nothing can be missed
    a, b = text[0].lower(), text[1].lower() if len(text) > 1 else None
    assert any((p[0] in (a, _ANY)) and (len(p) == 1 or b is None or p[1] in (b, _ANY)) for p in pairs)


def test_engine_first_pairs_tell_literal_starts_apart() -> None:
    assert first_pairs(r"(?:last|next)\s+week", re.IGNORECASE) == frozenset({("l", "a"), ("n", "e")})
    assert first_pairs(r"a?", 0) is None  # may match nothing: never filtered


@pytest.mark.parametrize("name", ["past", "past_ed", "future", "intent", "obligation", "reporting"])
@pytest.mark.parametrize("text", TEXTS)
def test_engine_tense_patterns_match_as_without_lookahead(name: str, text: str) -> None:
    rx = getattr(default_engine().tense, name)
    # the same pattern without the first-letter lookaheads added for speed
    plain = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", rx.pattern), rx.flags)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", TEXTS + ["Erdoğan met Łukaszenka in d’Ivoire — `quoted` ß"])
def test_tokens_tokenize_gives_fresh_fields(text: str) -> None:
    for _ in range(2):  # the second time from the word cache
        for tok in tokenize(text):
            assert text[tok.start:tok.end] == tok.text
            key = tok.text if tok.text.isascii() and tok.text != "`" else fold(tok.text)
            assert tok.key == key
            assert tok.is_word == key[:1].isalnum()
            assert tok.is_capitalized == key[:1].isupper()
