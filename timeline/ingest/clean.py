"""Plain-text cleaning: normalize the characters and remove boilerplate lines.

What counts as boilerplate is data (``resources/ingest/boilerplate.tsv``: section labels,
subscription prompts, sharing links, site notices) plus the language of each line
(``function_words.tsv``). Only whole lines are removed, and only lines that are clearly not article
prose; every removal is described in words so the analyst can see what went.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from timeline.ingest import resources
from timeline.ingest.language import EMPTY, Profile, detect_foreign, foreign_language, merge_profiles, profile_text

#: characters dropped outright (zero-width, soft hyphen, BOM) and replaced by a space (no-break spaces)
_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u3000"), " ")
_NEWLINES = re.compile(r"\r\n?|[\f\v\u2028\u2029\x85]")
_BULLET = re.compile(r"^(?:[-–—•*·▪►▸●○◦]|\d{1,2}[.)])\s+")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_FULL_STOP = re.compile(r"(?<!\.)\.[\"'”’»)\]]*$")  # a sentence's end, not an ellipsis
_WORDS = re.compile(r"\S+")

#: a label line has at most this many words; a single-line cue applies to lines up to MAX_CUE_WORDS
MAX_LABEL_WORDS = 8
MAX_CUE_WORDS = 40
#: a line without a full stop and with at most this many words reads like a headline or a tag
MAX_HEADLINE_WORDS = 30
#: a line with this many English function words is English prose, never swept up with its neighbours
CLEAR_ENGLISH_HITS = 3


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    removed: tuple[str, ...]
    foreign: str | None  # the language the whole text looks like, when not English


#: the characters normalize_text replaces or drops (looked up one by one with ``in``: a fast string search, where a
#: regex character class of non-Latin-1 characters tests every character of the text)
_ODD = tuple("\r\f\v\x85\u2028\u2029" + "".join(map(chr, list(_DROP) + list(_SPACES))))


def normalize_text(text: str) -> str:
    """NFC, one kind of line break, no zero-width characters, plain spaces."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if any(ch in text for ch in _ODD):
        text = _NEWLINES.sub("\n", text).translate(_DROP).translate(_SPACES)
    return text


_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_NO_RULE_SPACE = str.maketrans("", "", " \t")


def strip_markdown(text: str) -> str:
    """Markdown markup off, words kept: headings, emphasis, links (their text), images, quotes, rules."""
    # (each pattern runs only when the text has the characters it cannot match without: the same text out, without
    # a regex scan of a whole article for markup most articles do not have; speed only)
    if "<!--" in text:
        text = _MD_COMMENT.sub("", text)
    if "](" in text:
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
    if "#" in text:
        text = _MD_HEADING.sub(r"\1", text)
    if ">" in text:
        text = _MD_QUOTE.sub("", text)
    if any(not line.strip(" \t-*_") and len(line.translate(_NO_RULE_SPACE)) >= 3 for line in text.split("\n")):
        text = _MD_RULE.sub("", text)  # (a rule is a line of three or more of - * _, spaces and tabs only)
    if "*" in text or "__" in text:
        text = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    return text


@dataclass(slots=True)
class _Line:
    text: str
    core: str  # trimmed, bullet removed
    words: int
    profile: Profile
    kind: str = "body"  # body, blank, label, prompt, social, notice, link, foreign, swept, trailing
    detail: str = ""  # the label text, or the language name
    bullet: bool = False


def clean_text(text: str) -> Cleaned:
    """``text`` (already normalized) without its boilerplate lines, what was removed, and the
    language of the whole text when it is not English."""
    lines = [_classify(raw) for raw in text.split("\n")]
    foreign = detect_foreign(text, merge_profiles([ln.profile for ln in lines]))
    if foreign:
        return Cleaned(text, (), foreign)
    _sweep_label_blocks(lines)
    _sweep_sandwiched(lines)
    _sweep_trailing_headlines(lines)
    if not any(ln.kind == "body" for ln in lines):
        languages = [ln.detail for ln in lines if ln.kind == "foreign"]
        if languages:  # nothing but foreign lines: a short foreign text
            return Cleaned(text, (), max(set(languages), key=languages.count))
    # kept lines are kept verbatim (so an article without boilerplate keeps its own offsets); only
    # the blank lines at either end go
    kept = [ln.text for ln in lines if ln.kind in ("body", "blank")]
    while kept and not kept[-1].strip():
        kept.pop()
    start = 0
    while start < len(kept) and not kept[start].strip():
        start += 1
    return Cleaned("\n".join(kept[start:]).rstrip(), _describe(lines), None)


#: a hard-wrapped paragraph (text or Markdown wrapped at a fixed width) has no line longer than this
MAX_WRAPPED_LINE = 120
_OPEN_END = re.compile(r"[.!?…:;][\"'”’»)\]*_]*$")
_CAPS_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,},")


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks inside a hard-wrapped paragraph made spaces (the same length, so
    every offset holds): a line that ends mid-sentence (no full stop, colon or semicolon) runs on into
    the next line of its block, unless that line opens a list item or a wire dateline. A block whose
    lines are longer than a wrapping width is not wrapped: there only a next line that opens in lower
    case continues it. Before a capital, the text's first line (its headline, unless a list item) and a line
    shorter than half the block's width (a heading, a label) stand alone."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    breaks = ["\n"] * (len(lines) - 1)
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    block: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].strip():
            block.append(i)
            continue
        width = max((len(lines[j].rstrip()) for j in block), default=0)
        wrapped = len(block) > 1 and width <= MAX_WRAPPED_LINE
        for a, b in zip(block, block[1:]):
            head, nxt = lines[a].rstrip(), lines[b].strip()
            if _OPEN_END.search(head) or _BULLET.match(nxt) or _CAPS_DATELINE.match(nxt):
                continue
            full = len(head) * 2 >= width  # a short line before a capital is a heading or a label
            if nxt[:1].islower() or (wrapped and full and (a != first or _BULLET.match(head.lstrip()))):
                breaks[a] = " "
        block = []
    if " " not in breaks:
        return text
    return "".join(line + sep for line, sep in zip(lines, breaks)) + lines[-1]


def _classify(raw: str) -> _Line:
    stripped = raw.strip()
    if not stripped:
        return _Line(raw, "", 0, EMPTY, "blank")
    bullet = _BULLET.match(stripped)
    core = stripped[bullet.end():] if bullet else stripped
    profile = profile_text(core)
    words = profile.words
    line = _Line(raw, core, words, profile, bullet=bool(bullet))
    labels, single = _compiled_cues()
    if words <= MAX_LABEL_WORDS and not _TERMINAL.search(core[-8:]):
        label_text = core.rstrip(" :›»>→|").strip()
        if labels.fullmatch(label_text):
            line.kind, line.detail = "label", label_text
            return line
    if words <= MAX_CUE_WORDS:
        m = single.match(core)
        if m:
            line.kind = m.lastgroup.split("_")[0]
            return line
    language = foreign_language(line.profile, line=True)
    if language and not _mostly_names(core):
        line.kind, line.detail = "foreign", language
    return line


@lru_cache(maxsize=1)
def _compiled_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """All label patterns as one regex; all single-line cues as one, a named group per cue
    (``<kind>_<n>``) so a match says its kind."""
    cues = resources.cues()
    labels = "|".join(f"(?:{c.pattern.pattern})" for c in cues if c.kind == "label")
    single = "|".join(f"(?P<{c.kind}_{i}>{c.pattern.pattern})" for i, c in enumerate(cues) if c.kind != "label")
    return re.compile(labels or "(?!)", re.IGNORECASE), re.compile(single or "(?!)", re.IGNORECASE)


def _mostly_names(core: str) -> bool:
    """Half the words or more capitalized: a list of names or a title, not a sentence to judge."""
    tokens = core.split()
    return sum(1 for t in tokens if t[:1].isupper()) * 2 >= len(tokens)


def _headline_like(ln: _Line) -> bool:
    return ln.bullet or (ln.words <= MAX_HEADLINE_WORDS and not _TERMINAL.search(ln.core[-8:]))


def _sweep_label_blocks(lines: list[_Line]) -> None:
    """After a section label, its list: headline-like lines, up to the next line of prose."""
    inside = False
    for ln in lines:
        if ln.kind == "label":
            inside = True
        elif not inside or ln.kind == "blank":
            continue
        elif ln.kind == "body":
            if _headline_like(ln):
                ln.kind = "swept"
            else:
                inside = False


#: a run of this many headline-like lines after the article's last sentence is a list of other stories
MIN_TRAILING_HEADLINES = 3


def _sweep_trailing_headlines(lines: list[_Line]) -> None:
    """After the last line of prose, a run of three or more headline-like lines with no label above
    them ("Read more" lists whose label was lost in copying) is a list of other stories, not the
    article: each line has 4 or more words, opens with a capital and ends without a full stop. A
    bulleted line that ends with a full stop is a sentence (a chronology's "- May 15, 2022: Mali quit
    the force."), so a list with one is kept."""
    last_prose = max((i for i, ln in enumerate(lines) if ln.kind == "body" and not _headline_like(ln)), default=None)
    if last_prose is None:
        return
    tail = [ln for ln in lines[last_prose + 1:] if ln.kind == "body"]
    if len(tail) < MIN_TRAILING_HEADLINES:
        return
    if all(ln.words >= 4 and ln.core[:1].isupper() and _headline_like(ln) and not _FULL_STOP.search(ln.core[-8:])
           for ln in tail):
        for ln in tail:
            ln.kind = "trailing"


def _sweep_sandwiched(lines: list[_Line]) -> None:
    """A short line that is not clearly English, between two removed lines, goes with them."""
    removed = [ln.kind not in ("body", "blank") for ln in lines]
    for i, ln in enumerate(lines):
        if ln.kind != "body" or ln.profile.count("en") >= CLEAR_ENGLISH_HITS:
            continue
        before = next((removed[j] for j in range(i - 1, -1, -1) if lines[j].kind != "blank"), False)
        after = next((removed[j] for j in range(i + 1, len(lines)) if lines[j].kind != "blank"), False)
        if before and after:
            ln.kind = "swept"


def _quote(text: str, limit: int = 50) -> str:
    text = text.strip()
    return f"'{text}'" if len(text) <= limit else f"'{text[:limit].rstrip()}…'"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _describe(lines: list[_Line]) -> tuple[str, ...]:
    """The removals in words, in text order: one entry per label block, one per other kind."""
    out: list[str] = []
    groups: dict[str, list[_Line]] = {}
    order: list[str] = []
    block: list[_Line] | None = None
    blocks: list[list[_Line]] = []
    for ln in lines:
        if ln.kind == "label":
            block = [ln]
            blocks.append(block)
            order.append(f"block:{len(blocks) - 1}")
        elif ln.kind == "swept" and block is not None:
            block.append(ln)
        elif ln.kind == "body":
            block = None
        elif ln.kind != "blank":
            key = f"{ln.kind}:{ln.detail}" if ln.kind == "foreign" else ln.kind
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(ln)  # a prompt or a foreign line inside a list does not end it
    for key in order:
        if key.startswith("block:"):
            members = blocks[int(key[6:])]
            label = members[0].detail
            rest = len(members) - 1
            out.append(f"a '{label}' section label" + (f" and the {_plural(rest, 'line')} listed under it" if rest else ""))
            continue
        members = groups[key]
        first = _quote(members[0].core)
        if key.startswith("foreign:"):
            out.append(f"{_plural(len(members), 'line')} in {members[0].detail}, not English ({first})")
        elif key == "swept":
            out.append(f"{_plural(len(members), 'short line')} between boilerplate lines ({first})")
        elif key == "trailing":
            out.append(f"a list of {_plural(len(members), 'headline')} after the article's last sentence ({first})")
        else:
            noun = resources.CUE_KINDS[key].partition(" (")[0]
            out.append(f"{_plural(len(members), noun + ' line')} ({first})")
    return tuple(out)
