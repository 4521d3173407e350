"""Which language a text is in, from function-word counts (``resources/ingest/function_words.tsv``)
and writing systems (``scripts.tsv``). Cheap enough to run on every line of every document.

The rule is deliberately conservative: a text is judged "not English" only when it has enough
function words to go on and another language's clearly outnumber English's; a short or
word-poor text is never misjudged, it is given the benefit of the doubt.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from timeline.ingest import resources

_TOKEN = re.compile(r"\w+")

#: a document: how many function words are needed before judging, and by how much another
#: language must outnumber English
DOC_MIN_HITS = 8
DOC_RATIO = 2.0
#: a line: fewer words are needed, the margin is the same, plus one
LINE_MIN_HITS = 3
LINE_MIN_WORDS = 5
LINE_MIN_SHARE = 0.25
#: share of letters in a non-Latin writing system that makes a text "not English"
SCRIPT_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Profile:
    """Function-word counts of a stretch of text: ``hits[i]`` for the i-th language of
    ``language_codes()``."""

    words: int
    hits: tuple[int, ...]

    def count(self, code: str) -> int:
        i = _lexicon()[2].get(code)
        return self.hits[i] if i is not None and self.hits else 0


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[int, ...]], tuple[tuple[str, str], ...], dict[str, int]]:
    """word -> indexes of the languages it is a function word of; (code, name) of each language;
    code -> index."""
    langs = resources.languages()
    position = {lang.code: i for i, lang in enumerate(langs)}
    index: dict[str, list[int]] = {}
    for lang in langs:
        for word in lang.words:
            index.setdefault(word, []).append(position[lang.code])
    return {w: tuple(c) for w, c in index.items()}, tuple((l.code, l.name) for l in langs), position


def language_codes() -> tuple[str, ...]:
    return tuple(code for code, _ in _lexicon()[1])


EMPTY = Profile(0, ())


def profile_text(text: str) -> Profile:
    """Function-word counts of ``text``. Words are split on white space only (fast; a function
    word glued to punctuation is missed, which affects every language alike)."""
    index, langs, _ = _lexicon()
    tokens = text.lower().split()
    if not tokens:
        return EMPTY
    counts = [0] * len(langs)
    for positions in filter(None, map(index.get, tokens)):
        for i in positions:
            counts[i] += 1
    return Profile(len(tokens), tuple(counts))


def merge_profiles(profiles: list[Profile]) -> Profile:
    langs = _lexicon()[1]
    counts = [0] * len(langs)
    words = 0
    for p in profiles:
        if p.hits:
            words += p.words
            counts = [a + b for a, b in zip(counts, p.hits)]
    return Profile(words, tuple(counts))


def _rival(profile: Profile) -> tuple[str, int]:
    """The language other than English with the most hits, and its count."""
    langs = _lexicon()[1]
    best, best_n = "", 0
    for (code, _), n in zip(langs, profile.hits):
        if code != "en" and n > best_n:
            best, best_n = code, n
    return best, best_n


def foreign_language(profile: Profile, *, line: bool = False) -> str | None:
    """The name of the language ``profile`` is clearly in, if not English; None if English or unsure."""
    if not profile.hits:
        return None
    english = profile.count("en")
    if sum(profile.hits) - english < (LINE_MIN_HITS if line else DOC_MIN_HITS):
        return None  # too few non-English function words to go on (words shared with English count too)
    code, n = _rival(profile)
    if not code:
        return None
    if line:
        if profile.words < LINE_MIN_WORDS or n < LINE_MIN_HITS or n < DOC_RATIO * english + 1:
            return None
        if n < LINE_MIN_SHARE * profile.words:
            return None  # a few foreign words in a long line: names, a quoted phrase
    elif n < DOC_MIN_HITS or n < DOC_RATIO * english:
        return None
    return dict(_lexicon()[1])[code]


def foreign_script(text: str) -> str | None:
    """The name of a non-Latin writing system most of the text's letters are in, else None."""
    letters = 0
    by_script: Counter[str] = Counter()
    ranges = resources.scripts()
    for ch in text[:5000]:  # a sample is enough to name a writing system
        if not ch.isalpha():
            continue
        letters += 1
        cp = ord(ch)
        if cp < 0x370:
            continue
        for script in ranges:
            if script.first <= cp <= script.last:
                by_script[script.name] += 1
                break
    if not by_script or letters < 20:
        return None
    name, n = by_script.most_common(1)[0]
    return name if n >= SCRIPT_SHARE * letters else None


def detect_foreign(text: str, profile: Profile | None = None) -> str | None:
    """What a whole document looks like when it is not English: "Spanish", "Arabic-script", ...;
    None when it is English or too short or too poor in function words to tell."""
    profile = profile or profile_text(text)
    language = foreign_language(profile)
    if language:
        return language
    if profile.count("en") >= DOC_MIN_HITS:
        return None
    script = foreign_script(text)
    return f"{script} text" if script else None
