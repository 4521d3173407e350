"""Tokens for the actor matcher: words and single punctuation marks, with offsets.

Matching compares *keys*: the token with accents removed and typographic quotes and dashes made
plain ("Erdoğan" -> "Erdogan", "d’Ivoire" -> "d'Ivoire"), so spelling variants written with or
without diacritics meet. Case is kept: "US" is not "us".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def tokenize(text: str) -> list[Token]:
    out = []
    append = out.append
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        append(Token(start, end, word, word if word.isascii() and word != "`" else fold(word)))
    return out


def split_form(form: str) -> tuple[str, ...]:
    """The keys of a surface form written in a resource file."""
    return tuple(fold(m.group()) for m in _TOKEN.finditer(form))
