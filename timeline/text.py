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
def _abbreviation_table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every abbreviation, those that can also close a sentence: marked ``can-end``, the clock ones among
    them: marked ``can-end clock``)."""
    raw = resources.files("timeline.resources").joinpath("abbreviations.txt").read_text("utf-8")
    words, final, clock = set(), set(), set()
    for number, line in enumerate(raw.splitlines(), start=1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) > 3 or fields[1:] not in ([], ["can-end"], ["can-end", "clock"]) or not fields[0].endswith("."):
            from timeline.errors import ResourceError

            raise ResourceError(f"resources/abbreviations.txt:{number}: expected 'abbr.', 'abbr. can-end' or 'abbr. can-end clock', got {line.strip()!r}")
        words.add(fields[0].lower())
        if len(fields) >= 2:
            final.add(fields[0].lower())
        if len(fields) == 3:
            clock.add(fields[0].lower())
    return frozenset(words), frozenset(final), frozenset(clock)


def abbreviations() -> frozenset[str]:
    return _abbreviation_table()[0]


def final_abbreviations() -> frozenset[str]:
    """Abbreviations that can also end a sentence ("...talks in the U.S.")."""
    return _abbreviation_table()[1]


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of ``text``, whitespace trimmed; a line break always ends one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        if m.group(0)[0] == "." and not _full_stop_ends(text, m.start(), m.end(), start):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)|\n")


def sentence_end(text: str, start: int) -> int:
    """Where the sentence containing ``start`` ends: the offset of its closing mark (or line break),
    by the same rules as ``split_sentences``; ``len(text)`` when it runs to the end."""
    floor = text.rfind("\n", 0, start) + 1
    for m in _END.finditer(text, start):
        if m.group(0) == "\n":
            return m.start()
        if m.group(0)[0] == "." and not _full_stop_ends(text, m.start(), m.end(), max(floor, m.start() - 40)):
            continue
        return m.start()
    return len(text)


def _full_stop_ends(text: str, stop: int, after: int, floor: int) -> bool:
    """Does the full stop at ``stop`` end a sentence? Not after an abbreviation or an initial
    ("Oct.", "Gen.", "A."), except one that can close a sentence ("U.S.") before a word that
    typically opens one ("...talks in the U.S. The next day", but "U.S. President Trump")."""
    word_start = max(text.rfind(" ", floor, stop), text.rfind("\n", floor, stop)) + 1
    token = text[word_start:stop + 1].lstrip("(\"'“‘").lower()
    if token in abbreviations() or re.fullmatch(r"(?:[a-z]\.)+", token):
        following = text[after:after + 40].lstrip()
        name = _POSSESSIVE_NAME.match(following)
        if token in _abbreviation_table()[2] and name and name.group(1).lower() not in _calendar_words():
            return True  # "... from 5 p.m. Pakistan's foreign minister confirmed it" (not "by 5 p.m. Tuesday's deadline")
        return token in final_abbreviations() and _opens_sentence(following)
    return True


#: a capitalized name with a possessive: after a clock time ("5 p.m.") it opens a new sentence
_POSSESSIVE_NAME = re.compile(r"[\"'“‘(]*([A-Z][\w.-]*)['’]s\b")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Weekday and month names (the temporal lexicons): "by 5 p.m. Tuesday's deadline" goes on after the time."""
    from timeline.temporal.resources import load_rules

    lexicons = load_rules().lexicons
    return frozenset(w for name in ("weekday", "month") for w in lexicons[name].entries)


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
