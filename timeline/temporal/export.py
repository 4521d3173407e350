"""Writing tagged text out: TimeML (TIMEX3 tags inline) and the JSON records of ``timeline tag``."""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from timeline.model import Timex

#: the fields of one expression in ``timeline tag`` output (JSON and JSONL); period_start / period_end
#: are the whole period the value names ("earlier this month": the whole month, where earliest /
#: latest hold the part of it the words allow), null for durations, sets and vague references
TIMEX_FIELDS = ("start", "end", "text", "type", "value", "mod", "precision", "earliest", "latest",
                "period_start", "period_end", "rule", "anchored_to", "derivation", "anchor")


def timex_record(tx: Timex) -> dict[str, Any]:
    """One expression as a JSON-ready dict (offsets are Python string indices into the text)."""
    from timeline.temporal import named_period

    full = tx.to_dict()
    whole = named_period(tx)
    full["period_start"], full["period_end"] = (whole[0].isoformat(), whole[1].isoformat()) if whole else (None, None)
    return {k: full[k] for k in TIMEX_FIELDS}


def document_record(doc_id: str, dct: date | None, timexes: tuple[Timex, ...]) -> dict[str, Any]:
    return {"doc": doc_id, "dct": dct.isoformat() if dct else None, "timexes": [timex_record(t) for t in timexes]}


def to_timeml(doc_id: str, text: str, dct: date | None, timexes: tuple[Timex, ...]) -> str:
    """The text as a TimeML document: the DCT as the CREATION_TIME TIMEX3 (tid t0) and every
    expression as an inline TIMEX3 in TEXT."""
    out = ['<?xml version="1.0" ?>', "<TimeML>", f"<DOCID>{escape(doc_id)}</DOCID>"]
    if dct is not None:
        out.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
                   f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>')
    body: list[str] = []
    pos = 0
    for i, tx in enumerate(timexes, 1):
        body.append(escape(text[pos:tx.start]))
        attrs = [f'tid="t{i}"', f'type="{tx.type}"', f"value={quoteattr(tx.value)}"]
        if tx.mod:
            attrs.append(f'mod="{tx.mod}"')
        relative = tx.anchored_to not in ("explicit", "none")
        attrs.append(f'temporalFunction="{"true" if relative else "false"}"')
        attrs.append('functionInDocument="NONE"')
        if tx.anchored_to == "dct" and dct is not None:
            attrs.append('anchorTimeID="t0"')
        elif tx.anchored_to.startswith("timex:"):
            target = int(tx.anchored_to.split(":", 1)[1])
            for j, other in enumerate(timexes, 1):
                if other.start == target:
                    attrs.append(f'anchorTimeID="t{j}"')
                    break
        body.append(f"<TIMEX3 {' '.join(attrs)}>{escape(text[tx.start:tx.end])}</TIMEX3>")
        pos = tx.end
    body.append(escape(text[pos:]))
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("</TimeML>")
    return "\n".join(out) + "\n"
