"""Documents of one batch that carry the same text: the same article saved twice under two names,
or one wire story run by several outlets. They are all kept (nothing given is dropped, and an
analyst may want every outlet), but their events are then told once per copy, so the batch says so.

(Reading already drops a document that repeats another's id, date AND text: that is one document
given twice, see ``timeline.ingest.read``.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from timeline.model import Document

#: how many names one warning lists before "and N more"
_SHOWN = 3


def same_text_warnings(documents: Iterable[Document]) -> list[str]:
    """One warning line for each group of two or more documents whose texts are the same once
    whitespace is normalised, naming them (path, or id), in input order."""
    groups: dict[bytes, list[Document]] = {}
    for doc in documents:
        digest = hashlib.sha1(" ".join(doc.text.split()).encode("utf-8")).digest()
        groups.setdefault(digest, []).append(doc)
    out = []
    for docs in groups.values():
        if len(docs) < 2:
            continue
        names = [d.path or d.id for d in docs]
        if len(names) == 2:
            who, kept, times = f"{names[0]} and {names[1]}", "both kept", "twice"
        else:
            shown = ", ".join(names[:_SHOWN]) + (f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else "")
            who, kept, times = f"{len(names)} documents ({shown})", "all kept", f"{len(names)} times"
        out.append(f"{who} have the same text: {kept}, so each event they tell is listed {times} "
                   f"(leave the copies out if they are one article)")
    return out
