"""Tokens for the actor matcher: words and single punctuation marks, with offsets.

Matching compares *keys*: the token with accents removed and typographic quotes and dashes made
plain ("Erdoğan" -> "Erdogan", "d’Ivoire" -> "d'Ivoire"), so spelling variants written with or
without diacritics meet. Case is kept: "US" is not "us".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import attrgetter

_TOKEN = re.compile(r"\w+|[^\w\s]")

_PLAIN = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'",
    "–": "-", "—": "-", "‑": "-", "‐": "-", "−": "-",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th",
})


class Token:
    """One token: offsets, the text as written, and its folded key."""

    __slots__ = ("start", "end", "text", "key", "is_word", "is_capitalized")

    def __init__(self, start: int, end: int, text: str, key: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = key  # folded: no accents, plain quotes and dashes
        first = key[:1]
        self.is_word = first.isalnum()
        self.is_capitalized = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` without accents, with plain quotes and dashes (case kept)."""
    word = word.translate(_PLAIN)
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: word -> (key, is_word, is_capitalized, lowered key): words recur across and within documents; bounded
_WORD_INFO: dict[str, tuple[str, bool, bool, str]] = {}
_WORD_INFO_MAX = 200_000


def _word_info(word: str) -> tuple[str, bool, bool, str]:
    key = word if word.isascii() and word != "`" else fold(word)
    first = key[:1]
    return key, first.isalnum(), first.isupper(), key.lower()


def tokenize(text: str) -> list[Token]:
    return tokenize_keys(text)[0]


def tokenize_keys(text: str) -> tuple[list[Token], list[str], list[str]]:
    """The tokens of ``text``, their keys and their keys in lower case (made in one pass)."""
    out = []
    keys: list[str] = []
    lower: list[str] = []
    append, append_key, append_lower = out.append, keys.append, lower.append
    info = _WORD_INFO
    new = Token.__new__
    find = text.find
    end = 0
    # the tokens cover every character but whitespace, so each one starts at the first occurrence of its text
    # after the one before (found with str.find: cheaper than a match object per token)
    for word in _TOKEN.findall(text):
        facts = info.get(word)
        if facts is None:
            if len(info) >= _WORD_INFO_MAX:
                info.clear()
            facts = info[word] = _word_info(word)
        tok = new(Token)  # the same fields as Token(...), without recomputing them per occurrence
        tok.start = start = find(word, end)
        tok.end = end = start + len(word)
        tok.text = word
        tok.key, tok.is_word, tok.is_capitalized, low = facts
        append(tok)
        append_key(tok.key)
        append_lower(low)
    return out, keys, lower


class TokenTable:
    """One document's tokens, made once and shared by the stages instead of each walking the text again: the
    temporal engine reads its trigger words from them (``Engine.trigger_spans``), the actor resolver matches on
    them, and the event stage makes its own (coarser) tokens from their offsets
    (``timeline.events.common.joined_spans``)."""

    __slots__ = ("text", "tokens", "keys", "lower")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens, self.keys, self.lower = tokenize_keys(text)

    def spans(self) -> tuple[list[int], list[int]]:
        """The tokens' start and end offsets (new lists)."""
        return list(map(_START, self.tokens)), list(map(_END, self.tokens))


_START, _END = attrgetter("start"), attrgetter("end")


@lru_cache(maxsize=65536)
def split_form(form: str) -> tuple[str, ...]:
    """The keys of a surface form written in a resource file (remembered: the resolver asks again for the surname of
    every person a document names; a pure function of ``form``)."""
    return tuple(fold(m.group()) for m in _TOKEN.finditer(form))
