"""Events as CSV (for spreadsheets) and as JSON (for programs).

Both carry the one event record of ``Event.to_record()`` (columns in ``EVENT_FIELDS`` order).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from timeline.model import EVENT_FIELDS, LIST_SEPARATOR, Timeline

#: A cell starting with one of these is read as a formula by spreadsheets (OWASP CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: The byte order mark: Excel reads a CSV as UTF-8 only when the file starts with it.
BOM = "\ufeff"


def write_events_csv(events: Iterable[dict[str, Any]], fp: TextIO, *, bom: bool = True) -> int:
    """Write event records to ``fp`` as CSV; return the number of rows written.

    - Encoding: UTF-8 **with a byte order mark** by default (``bom=True``), because Excel opens a
      UTF-8 CSV correctly only when it starts with one; LibreOffice, pandas (``encoding="utf-8-sig"``)
      and Python's csv module read it too. Pass ``bom=False`` when writing to a terminal or pipe.
      Open ``fp`` with ``newline=""`` and ``encoding="utf-8"``.
    - Header: ``timeline.model.EVENT_FIELDS`` in order, then any extra keys the records carry
      (``review``, ``date_basis`` ...) in the order first seen.
    - One event a row; list fields (actors, flags) joined with ``LIST_SEPARATOR`` ("; ");
      empty values are empty cells; dates are ISO (YYYY-MM-DD).
    - A text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
      apostrophe, so no spreadsheet runs it as a formula (numbers are left as they are).
    """
    records = list(events)
    extra: list[str] = []
    for record in records:
        for key in record:
            if key not in EVENT_FIELDS and key not in extra:
                extra.append(key)
    header = list(EVENT_FIELDS) + extra
    if bom:
        fp.write(BOM)
    writer = csv.writer(fp, lineterminator="\r\n")
    writer.writerow(header)
    for record in records:
        writer.writerow([csv_cell(record.get(name)) for name in header])
    return len(records)


#: Columns a CSV of a timeline adds after the event record: the article each event was read in
#: (title, outlet, publication date, URL), because a spreadsheet cannot look up the ``doc`` id in
#: the JSON's list of documents and an analyst cites the article, not a file name.
SOURCE_FIELDS = ("doc_title", "doc_outlet", "doc_published", "doc_dct_source", "doc_url")


def with_sources(records: Iterable[dict[str, Any]], timeline: Timeline) -> list[dict[str, Any]]:
    """``records`` (event records), each followed by the SOURCE_FIELDS of its document (empty
    values when the document says nothing, or is not in ``timeline``); any keys a record already
    has after the event fields (``review``) stay after them."""
    docs = {d.id: d for d in timeline.documents}
    out = []
    for record in records:
        doc = docs.get(str(record.get("doc")))
        source = {
            "doc_title": doc.title if doc else None,
            "doc_outlet": doc.outlet if doc else None,
            "doc_published": doc.dct.isoformat() if doc and doc.dct else None,
            # where that date came from: the article (front-matter, html-metadata, url, dateline ...) or the user (cli)
            "doc_dct_source": doc.dct_source if doc and doc.dct else None,
            "doc_url": doc.url if doc else None,
        }
        base = {k: v for k, v in record.items() if k in EVENT_FIELDS}
        rest = {k: v for k, v in record.items() if k not in EVENT_FIELDS and k not in source}
        out.append({**base, **source, **rest})
    return out


def csv_cell(value: Any) -> str | int | float:
    """One value as a safe CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    elif hasattr(value, "isoformat"):
        value = value.isoformat()
    else:
        value = str(value)
    if value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def generated_by() -> str:
    from timeline import __version__

    return f"timeline {__version__}"


def events_json(timeline: Timeline) -> dict[str, Any]:
    """The whole run as one JSON-ready dict:

    ``{"title", "generated_by", "documents": [{id, path, url, title, outlet, dct, dct_source,
    removed}], "events": [event records], "actors": [{id, name, kind, country, role, source}],
    "warnings": [str], "errors": [{source, message}]}``.
    """
    return {
        "title": timeline.title,
        "generated_by": generated_by(),
        "documents": [
            {
                "id": d.id, "path": d.path, "url": d.url, "title": d.title, "outlet": d.outlet,
                "dct": d.dct.isoformat() if d.dct else None, "dct_source": d.dct_source,
                "removed": list(d.removed),
            }
            for d in timeline.documents
        ],
        "events": [e.to_record() for e in timeline.events],
        "actors": [
            {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "role": a.role, "source": a.source}
            for a in timeline.actors
        ],
        "warnings": list(timeline.warnings),
        "errors": [{"source": e.source, "message": e.message} for e in timeline.errors],
    }
