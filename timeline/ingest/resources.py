"""The data behind ingestion, loaded from ``timeline/resources/ingest/`` and validated.

Every file is tab-separated text, one entry a line, ``#`` comments. A malformed line raises
``ResourceError("file:line: what is wrong")``. Loaders are cached: each file is read once a process.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from timeline.errors import ResourceError

_PACKAGE = "timeline.resources"
_FOLDER = "ingest"

#: kinds of boilerplate cue and how a removal of that kind is described
CUE_KINDS = {
    "label": "section label",
    "prompt": "subscription or newsletter prompt",
    "social": "sharing or follow link",
    "notice": "site notice (cookies, ads, copyright, credits, timestamps)",
    "link": "link to another article",
}


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Script:
    first: int
    last: int
    name: str


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # one of CUE_KINDS
    pattern: re.Pattern[str]
    example: str
    line: int


@dataclass(frozen=True, slots=True)
class UrlDate:
    pattern: re.Pattern[str]
    example: str
    expected: str
    line: int


def _read(name: str) -> str:
    return resources.files(_PACKAGE).joinpath(_FOLDER).joinpath(name).read_text("utf-8")


def _rows(name: str, text: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each non-comment, non-blank line."""
    raw = _read(name) if text is None else text
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, line.rstrip("\n").split("\t")


def _where(name: str, line: int) -> str:
    return f"resources/{_FOLDER}/{name}:{line}"


def _compile(name: str, line: int, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as err:
        raise ResourceError(f"{_where(name, line)}: bad regular expression '{pattern}': {err}") from None


def parse_languages(text: str, name: str = "function_words.tsv") -> tuple[Language, ...]:
    names: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    for line, fields in _rows(name, text):
        if len(fields) != 3:
            raise ResourceError(f"{_where(name, line)}: expected 3 tab-separated columns (code, name, words), found {len(fields)}")
        code, lang, wordlist = (f.strip() for f in fields)
        if not re.fullmatch(r"[a-z]{2,3}", code):
            raise ResourceError(f"{_where(name, line)}: language code '{code}' must be 2 or 3 lowercase letters")
        if not lang:
            raise ResourceError(f"{_where(name, line)}: language '{code}' has no name")
        if names.setdefault(code, lang) != lang:
            raise ResourceError(f"{_where(name, line)}: language '{code}' is named '{names[code]}' elsewhere, '{lang}' here")
        for word in wordlist.split():
            if word != word.lower() or not re.fullmatch(r"[^\W\d_]+(?:['’][^\W\d_]+)?", word):
                raise ResourceError(f"{_where(name, line)}: '{word}' is not a lowercase word")
            words.setdefault(code, set()).add(word)
    if "en" not in names:
        raise ResourceError(f"{_where(name, 1)}: no English ('en') words")
    return tuple(Language(code, names[code], frozenset(words.get(code, ()))) for code in names)


def parse_scripts(text: str, name: str = "scripts.tsv") -> tuple[Script, ...]:
    out = []
    for line, fields in _rows(name, text):
        if len(fields) != 3:
            raise ResourceError(f"{_where(name, line)}: expected 3 tab-separated columns (first, last, name), found {len(fields)}")
        try:
            first, last = int(fields[0], 16), int(fields[1], 16)
        except ValueError:
            raise ResourceError(f"{_where(name, line)}: code points must be hexadecimal, e.g. 0400") from None
        if first > last:
            raise ResourceError(f"{_where(name, line)}: first code point {fields[0]} is after the last {fields[1]}")
        if not fields[2].strip():
            raise ResourceError(f"{_where(name, line)}: the range has no name")
        out.append(Script(first, last, fields[2].strip()))
    return tuple(out)


def parse_cues(text: str, name: str = "boilerplate.tsv") -> tuple[Cue, ...]:
    out = []
    for line, fields in _rows(name, text):
        if len(fields) != 3:
            raise ResourceError(f"{_where(name, line)}: expected 3 tab-separated columns (kind, pattern, example), found {len(fields)}")
        kind, pattern, example = fields[0].strip(), fields[1], fields[2].strip()
        if kind not in CUE_KINDS:
            raise ResourceError(f"{_where(name, line)}: unknown kind '{kind}' (use one of {', '.join(CUE_KINDS)})")
        if not example:
            raise ResourceError(f"{_where(name, line)}: the cue has no example")
        out.append(Cue(kind, _compile(name, line, pattern), example, line))
    return tuple(out)


def parse_months(text: str, name: str = "months.tsv") -> dict[str, int]:
    out: dict[str, int] = {}
    for line, fields in _rows(name, text):
        if len(fields) != 2 or not fields[0].strip().isdigit() or not 1 <= int(fields[0]) <= 12:
            raise ResourceError(f"{_where(name, line)}: expected a month number 1-12, a tab, then names")
        for word in fields[1].split():
            if not word.isalpha() or word != word.lower():
                raise ResourceError(f"{_where(name, line)}: '{word}' is not a lowercase month name")
            out[word] = int(fields[0])
    if set(out.values()) != set(range(1, 13)):
        raise ResourceError(f"{_where(name, 1)}: every month 1-12 needs a name")
    return out


def parse_url_dates(text: str, name: str = "url_dates.tsv") -> tuple[UrlDate, ...]:
    out = []
    for line, fields in _rows(name, text):
        if len(fields) != 3:
            raise ResourceError(f"{_where(name, line)}: expected 3 tab-separated columns (pattern, example, date), found {len(fields)}")
        pattern = _compile(name, line, fields[0])
        groups = set(pattern.groupindex)
        if not {"y", "d"} <= groups or not ({"m", "mon"} & groups):
            raise ResourceError(f"{_where(name, line)}: the pattern needs named groups y, m (or mon) and d")
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", fields[2].strip()):
            raise ResourceError(f"{_where(name, line)}: the expected date must be YYYY-MM-DD, not '{fields[2]}'")
        out.append(UrlDate(pattern, fields[1].strip(), fields[2].strip(), line))
    return tuple(out)


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    return parse_languages(_read("function_words.tsv"))


@lru_cache(maxsize=1)
def scripts() -> tuple[Script, ...]:
    return parse_scripts(_read("scripts.tsv"))


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    return parse_cues(_read("boilerplate.tsv"))


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    return parse_months(_read("months.tsv"))


@lru_cache(maxsize=1)
def url_dates() -> tuple[UrlDate, ...]:
    return parse_url_dates(_read("url_dates.tsv"))


@lru_cache(maxsize=1)
def text_dates() -> tuple[UrlDate, ...]:
    """Datelines and "Published" lines at the head of a text: the same columns as url_dates.tsv."""
    return parse_url_dates(_read("text_dates.tsv"), "text_dates.tsv")
