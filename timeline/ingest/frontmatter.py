"""YAML front matter: a block between two ``---`` lines at the top of a .txt or .md file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml

from timeline.errors import DCTError, InputError
from timeline.ingest.dct import coerce_dct

_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
#: the keys that can carry the publication date, in order of preference
DATE_KEYS = ("published", "dct", "date")
TEXT_KEYS = ("url", "title", "outlet", "id")
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster


class _LOADER(_BASE_LOADER):  # noqa: N801 (a loader class, named as the constant it replaces)
    """YAML's safe loader, except that a value shaped like a date that is no date ("2024-13-45") stays
    text, so that the date reader can say what is wrong with it instead of the YAML layer failing."""


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.Node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_LOADER.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
_FIX = "fix the YAML between the --- lines, e.g. 'published: 2025-10-21'"


@dataclass(frozen=True, slots=True)
class FrontMatter:
    dct: date | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    id: str | None = None


def split_front_matter(text: str, source: str) -> tuple[FrontMatter | None, str]:
    """(front matter or None, the text after it). Raises InputError for bad YAML (with its line)
    and DCTError for a date that cannot be read."""
    opening = _OPEN.match(text)
    if not opening:
        return None, text
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return None, text  # a horizontal rule, not front matter
    block = text[opening.end():closing.start()]
    body = text[closing.end():].lstrip("\n")
    try:
        data = yaml.load(block, Loader=_LOADER) if block.strip() else {}
    except yaml.YAMLError as err:
        # the context (where the bad value starts) says more than the problem (where parsing gave up)
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        problem = ", ".join(p for p in (getattr(err, "context", None), getattr(err, "problem", None)) if p)
        problem = problem or "not valid YAML"
        raise InputError(f"{source}{line}: bad front matter: {problem}", _FIX) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{source}:2: bad front matter: expected 'key: value' lines", _FIX)
    return _read_fields(data, source), body


def _read_fields(data: dict[Any, Any], source: str) -> FrontMatter:
    fields: dict[str, Any] = {}
    keys = {str(k).strip().lower(): v for k, v in data.items()}
    for key in DATE_KEYS:
        value = keys.get(key)
        if value is None or value == "":
            continue
        try:
            fields["dct"] = coerce_dct(value)
        except DCTError as err:
            raise DCTError(f"{source}: front matter '{key}': {err.what}", err.fix) from None
        break
    for key in TEXT_KEYS:
        value = keys.get(key)
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            raise InputError(f"{source}: front matter '{key}' must be a single value", _FIX)
        text = str(value).strip()
        if text:
            fields[key] = text
    return FrontMatter(**fields)
