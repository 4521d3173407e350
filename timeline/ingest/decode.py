"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 only when it can
be recognized with confidence. Binary data and other encodings are refused, never read as garbage."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from timeline.errors import InputError

#: share of control characters (other than tab, line breaks, form feed) that makes data binary
BINARY_CONTROL_SHARE = 0.05
_SAMPLE = 8192
#: Windows-1252 punctuation bytes (curly quotes, dashes, ellipsis, bullet, euro sign): in
#: ISO-8859-1 these are unused control codes, so seeing them is a strong sign of Windows-1252
_CP1252_PUNCT = frozenset(b"\x80\x85\x91\x92\x93\x94\x95\x96\x97")
#: Latin-1 letters (À-ÿ, not × or ÷) a Windows-1252 text may also use inside words
_CP1252_LETTER = re.compile(rb"[A-Za-z][\xc0-\xd6\xd8-\xf6\xf8-\xff]|[\xc0-\xd6\xd8-\xf6\xf8-\xff][A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    note: str | None = None  # said in Document.removed when the text needed care (Windows-1252)


_DISPLAY = {"cp1252": "Windows-1252", "iso8859-15": "ISO-8859-15", "shift_jis": "Shift JIS"}
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_bytes(data: bytes, source: str, *, html: bool = False) -> Decoded:
    """The text of ``data``; raises InputError (empty, binary, not UTF-8) naming ``source``.
    With ``html``, a page that is not UTF-8 but declares its encoding in a <meta> tag is read in it."""
    if not data.strip():
        raise InputError(f"{source}: empty file", "add the article text, or leave the file out")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), source)
        except UnicodeDecodeError:
            raise _not_utf8(source) from None
    if b"\x00" in data[:_SAMPLE]:
        raise _binary(source)
    try:
        return _checked(data.decode("utf-8-sig"), source)
    except UnicodeDecodeError:
        pass
    high = [b for b in data if b >= 0x80]
    controls = sum(1 for b in data[:_SAMPLE] if b < 0x20 and b not in b"\t\n\r\f")
    if controls > BINARY_CONTROL_SHARE * min(len(data), _SAMPLE):
        raise _binary(source)  # text in a legacy encoding has few control bytes; random data has many
    if html:
        declared = _declared_encoding(data)
        if declared:
            try:
                text = data.decode(declared)
            except (UnicodeDecodeError, LookupError):
                pass
            else:
                return _checked(text, source, note=f"read as {_DISPLAY.get(declared, declared)}, the encoding the page declares")
    if _looks_cp1252(data, high):
        return _checked(data.decode("cp1252"), source, note="read as Windows-1252, not UTF-8 (re-save it as UTF-8 to be sure)")
    raise _not_utf8(source)


def _declared_encoding(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # latin-1 pages are in practice Windows-1252 (browsers read them so)
    return "cp1252" if name in ("latin-1", "iso8859-1") else name


def _looks_cp1252(data: bytes, high: list[int]) -> bool:
    """Every byte above 0x7F is Windows-1252 punctuation or a Latin-1 letter inside a word, and at
    least one is punctuation ISO-8859-1 does not have."""
    if not any(b in _CP1252_PUNCT for b in high):
        return False
    letters = [b for b in high if b not in _CP1252_PUNCT]
    if len(letters) > len(_CP1252_LETTER.findall(data)):
        return False
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _checked(text: str, source: str, note: str | None = None) -> Decoded:
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > BINARY_CONTROL_SHARE * len(sample):
        raise _binary(source)
    if not text.strip():
        raise InputError(f"{source}: empty file", "add the article text, or leave the file out")
    return Decoded(text, note)


def _binary(source: str) -> InputError:
    return InputError(f"{source}: binary file, not text", "give a .txt, .md, .html or .jsonl article")


def _not_utf8(source: str) -> InputError:
    return InputError(f"{source}: not UTF-8 text", "re-save it as UTF-8")
