"""Read TimeML (.tml) files: the raw text of ``<TEXT>`` and its gold TIMEX3 annotations.

The raw text is the content of ``<TEXT>`` with every tag removed and XML entities decoded;
gold offsets are Python string indices into it (``text[start:end] == timex.text``). The document
creation time (DCT) is the TIMEX3 with ``functionInDocument="CREATION_TIME"`` (usually in
``<DCT>``, outside ``<TEXT>``); as in TempEval-3 scoring, only expressions inside ``<TEXT>`` are gold.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.errors import InputError

__all__ = ["GoldTimex", "TimeMLDocument", "read_timeml", "parse_timeml", "find_timeml_files", "iter_timeml"]


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3 inside ``<TEXT>``."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str = ""


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """A TimeML file read for evaluation."""

    name: str  # DOCID if present, else the file stem
    text: str  # raw <TEXT> content, tags stripped
    dct: date | None
    dct_value: str | None  # the CREATION_TIME value as written (1998-08-07, 1998-11-20T19:30 ...)
    timexes: tuple[GoldTimex, ...]
    path: str | None = None


_DATE_PREFIX = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def _dct_date(value: str | None) -> date | None:
    if not value:
        return None
    match = _DATE_PREFIX.match(value.strip())
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _local(tag: object) -> str:
    """Tag name without a namespace (``{ns}TIMEX3`` -> ``TIMEX3``)."""
    if not isinstance(tag, str):
        return ""  # comments, processing instructions
    return tag.rsplit("}", 1)[-1]


def _walk_text(element: ET.Element, parts: list[str], found: list[GoldTimex], pos: list[int]) -> None:
    """Append the element's text to ``parts``; record every TIMEX3 with its offsets."""
    start = pos[0]
    if element.text:
        parts.append(element.text)
        pos[0] += len(element.text)
    for child in element:
        _walk_text(child, parts, found, pos)
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)
    if _local(element.tag) == "TIMEX3":
        if element.attrib.get("functionInDocument") != "CREATION_TIME":
            found.append(_gold_timex(element, start, pos[0]))


def _gold_timex(element: ET.Element, start: int, end: int) -> GoldTimex:
    attrs = element.attrib
    return GoldTimex(
        start=start,
        end=end,
        text="",
        type=attrs.get("type", ""),
        value=attrs.get("value", ""),
        mod=attrs.get("mod") or None,
        tid=attrs.get("tid", ""),
    )


def parse_timeml(source: str, *, name: str = "<string>") -> TimeMLDocument:
    """Parse TimeML markup. A malformed document raises InputError naming ``name``."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as err:
        raise InputError(
            f"{name}: not well-formed TimeML XML ({err})",
            "check the file is TimeML (.tml) and its tags are closed",
        ) from None
    text_el = next((el for el in root.iter() if _local(el.tag) == "TEXT"), None)
    if text_el is None:
        raise InputError(f"{name}: TimeML file has no <TEXT> element", "a .tml file must wrap its text in <TEXT>...</TEXT>")

    dct_value = None
    for el in root.iter():
        if _local(el.tag) == "TIMEX3" and el.attrib.get("functionInDocument") == "CREATION_TIME":
            dct_value = el.attrib.get("value")
            break

    parts: list[str] = []
    found: list[GoldTimex] = []
    pos = [0]
    # walk the children of TEXT (TEXT itself is not an annotation)
    if text_el.text:
        parts.append(text_el.text)
        pos[0] += len(text_el.text)
    for child in text_el:
        _walk_text(child, parts, found, pos)
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)
    raw = "".join(parts)
    timexes = []
    for tx in found:
        if tx.end <= tx.start or not raw[tx.start:tx.end].strip():
            continue  # empty (non-consuming) TIMEX3: nothing to find in the text; TempEval-3 skips them
        timexes.append(GoldTimex(tx.start, tx.end, raw[tx.start:tx.end], tx.type, tx.value, tx.mod, tx.tid))
    timexes.sort(key=lambda t: (t.start, t.end))

    docid = next((el.text.strip() for el in root.iter() if _local(el.tag) == "DOCID" and el.text), None)
    return TimeMLDocument(
        name=docid or name,
        text=raw,
        dct=_dct_date(dct_value),
        dct_value=dct_value,
        timexes=tuple(timexes),
    )


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read one .tml file. Unreadable or malformed -> InputError with the file name."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})", "check the path and its permissions") from None
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text", "save the TimeML file as UTF-8") from None
    if not source.strip():
        raise InputError(f"{path}: empty file", "give a TimeML file with a <TEXT> element")
    doc = parse_timeml(source, name=str(path))
    name = doc.name if doc.name != str(path) else path.stem
    return TimeMLDocument(name, doc.text, doc.dct, doc.dct_value, doc.timexes, str(path))


def find_timeml_files(folder: str | Path) -> list[Path]:
    """Every ``*.tml`` file under ``folder``, recursively, sorted by path."""
    return sorted(p for p in Path(folder).rglob("*.tml") if p.is_file())


def iter_timeml(folder: str | Path) -> Iterator[TimeMLDocument]:
    for path in find_timeml_files(folder):
        yield read_timeml(path)
