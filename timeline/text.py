"""Text utilities shared by the stages: sentence spans.

Sentences are spans ``(start, end)`` into the text, never copies. Abbreviations that do not end a
sentence ("U.S.", "Oct.", "Dr.") live in ``resources/abbreviations.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)|\n\s*\n|\n")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    raw = resources.files("timeline.resources").joinpath("abbreviations.txt").read_text("utf-8")
    words = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower())
    return frozenset(words)


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of ``text``, whitespace trimmed; a line break always ends one."""
    abbrevs = abbreviations()
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if m.group(0)[0] == ".":
            # the token before the full stop: an abbreviation or an initial does not end a sentence
            word_start = text.rfind(" ", start, m.start()) + 1
            token = text[word_start:m.start() + 1].lstrip("(\"'“‘").lower()
            if token in abbrevs or re.fullmatch(r"(?:[a-z]\.)+", token):
                nxt = text[m.end():m.end() + 40].lstrip()
                # "U.S. President Trump" goes on; "talks in the U.S. The next day" ends: an abbreviation
                # that can close a sentence ends one only before a word that typically opens one
                if token not in _SENTENCE_FINAL_ABBREVS or not _opens_sentence(nxt):
                    continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return tuple(spans)


_SENTENCE_FINAL_ABBREVS = frozenset({"u.s.", "u.k.", "u.n.", "e.u.", "a.m.", "p.m.", "etc.", "inc.", "ltd.", "co.", "jr.", "sr."})


def _opens_sentence(following: str) -> bool:
    word = re.match(r"[\"'“‘(]*([A-Za-z]+)", following)
    return bool(word) and word.group(1)[0].isupper() and word.group(1).lower() in sentence_starters()


@lru_cache(maxsize=1)
def sentence_starters() -> frozenset[str]:
    raw = resources.files("timeline.resources").joinpath("sentence_starters.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_at(spans: tuple[tuple[int, int], ...], offset: int) -> tuple[int, int]:
    """The sentence span containing ``offset`` (the nearest one before it otherwise)."""
    best = (0, 0)
    for s, e in spans:
        if s <= offset < e:
            return (s, e)
        if s <= offset:
            best = (s, e)
    return best
