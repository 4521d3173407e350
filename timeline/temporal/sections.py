"""Date lines: a page made of dated sections reads each section against its own date.

Government readout pages, press-release archives, live pages that run over several days and diaries
put a date on a line of its own above each item ("*November 10, 2021*", "## Tuesday 14 March 2023") or at the end
of each item's heading ("## Readout of the President's Call — March 3", "Statement by ... | May 4, 2024"),
and the item's "today", "yesterday" or "on Monday" count from that date, not from the day the page
was published. A line is a date line when the engine finds one expression on it, naming a day
by its number (with its year, or a year the publication date gives), and nothing else but markup (``#``, ``*``,
``_``, ``>``) and spaces, with some prose under it before the next date line (a run of dates is a list). A section runs from the line after a date line to the next date line
or the end of the text. A date line after the publication date is not a section date (a page
cannot report what had not happened yet): it is left as any other expression.

Within a section the expressions resolved against the publication date are resolved again against
the section's date; their derivation says so and ``anchored_to`` names the date line
(``timex:<start>``). Expressions before the first date line keep the publication date.

The date line is the date in focus where its section begins: it is the last date the reader was
told, nearer than anything in the section before. So a section opening with "That day, ..." is the
date line's day, and one opening with "The next day, ..." the day after it, not the day after the
last date of the section before. The publication date still bounds what is told in the past tense
(``tag(..., limit=)``): in a chronology ("## March 5 ... The next day he returned") the next day may
lie after the date line, never after the page was published.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline.model import Anchor, Timex

#: what may surround a date on its own line (Markdown headings, emphasis, quotes); not a list dash: "- March 5, 2024"
#: under "Key dates:" is an item of a list, not the heading of a section
_MARKUP = re.compile(r"[\s#*_>]*")
#: a heading that ends on its date after a title ("## Readout of the President's Call — March 3", "Statement by the
#: Press Secretary | May 4, 2024"): markup, a title without final punctuation, a separator, then the date
_TITLED = re.compile(r"[\s#*_>]*[^\W\d_][^\n]*?[^.!?;:,\s\"”’'…]\s*(?:—|–|-|\||:|,)\s*[*_]*")
#: the longest such heading line
_HEADING_CHARS = 200
#: what a section must hold to be one: some words of prose before the next date line
_PROSE = re.compile(r"[^\W\d_]{2,}(?:\W+[^\W\d_]{2,}){2}")


def date_lines(text: str, timexes: tuple[Timex, ...], dct: date) -> list[Timex]:
    """The expressions of ``timexes`` that are date lines of ``text`` (see the module), in order."""
    out: list[Timex] = []
    for t in timexes:
        if t.type != "DATE" or t.precision != "day" or t.earliest is None or t.earliest != t.latest:
            continue
        if t.earliest > dct or not any(ch.isdigit() for ch in t.text):
            continue  # after publication, or a weekday alone ("Monday"), which is no dated heading
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[max(0, line_start - 2):line_start]
        apart = line_start == 0 or before == "\n\n" or before.endswith("\n\n") or text[line_start:t.start].lstrip().startswith("#")
        if apart and _MARKUP.fullmatch(text[line_start:t.start]) and _MARKUP.fullmatch(text[t.end:line_end]):
            out.append(t)  # (a line of its own after a blank line, or a Markdown heading: not an item of a list)
        elif apart and line_end - line_start <= _HEADING_CHARS and _TITLED.fullmatch(text[line_start:t.start]) \
                and _MARKUP.fullmatch(text[t.end:line_end]) and (text[line_start:t.start].lstrip().startswith("#")
                                                                 or text[line_end:line_end + 2] == "\n\n") \
                and not any(o is not t and line_start <= o.start < line_end for o in timexes):
            out.append(t)  # "## Readout ... — March 3": a heading that ends on its date, a paragraph of its own
    # a date line heads a section only with prose under it (a run of date lines is a list, not headings)
    return [t for n, t in enumerate(out)
            if _PROSE.search(text, t.end, out[n + 1].start if n + 1 < len(out) else len(text))]


def _shifted(t: Timex, by: int) -> Timex:
    """``t`` found in a slice of the text that starts at ``by``: its offsets in the whole text."""
    anchored = t.anchored_to
    if anchored.startswith("timex:") and anchored[6:].isdigit():
        anchored = f"timex:{int(anchored[6:]) + by}"
    anchor = t.anchor
    if anchor is not None and anchor.clause_start is not None and anchor.clause_end is not None:
        anchor = Anchor(anchor.amount, anchor.unit, anchor.signal, anchor.clause_start + by, anchor.clause_end + by)
    return replace(t, start=t.start + by, end=t.end + by, anchored_to=anchored, anchor=anchor)


def resolve_sections(text: str, timexes: tuple[Timex, ...], dct: date, tag) -> tuple[Timex, ...]:
    """``timexes`` (tagged against ``dct``) with every section under a date line tagged again against that
    line's date by ``tag(section_text, day)``; unchanged when the text has no date line."""
    lines = date_lines(text, timexes, dct)
    if not lines:
        return timexes
    out = [t for t in timexes if t.end <= lines[0].end]
    for n, line in enumerate(lines):
        start = line.end
        stop = lines[n + 1].start if n + 1 < len(lines) else len(text)
        # the section is tagged from the end of its date line, so that nothing in it is read twice
        for t in tag(text[start:stop], line.earliest):
            t = _shifted(t, start)
            day = line.earliest.isoformat()
            for gap in (", no earlier date being mentioned", ", no past date being mentioned"):
                # the reference the section was tagged against is the date line, whatever came of it
                t = replace(t, derivation=t.derivation.replace(f"the publication date ({day}){gap}", f"the date line '{line.text}' ({day})"))
            if t.anchored_to == "dct":
                # the section was tagged with its date line as the reference: say so where the
                # derivation names that reference, and say why
                said = t.derivation.replace(f"the publication date ({day})", f"the date line '{line.text}' ({day})")
                how = f"counted from {day}, the date line '{line.text}' above this section, not from the publication date"
                t = replace(t, anchored_to=f"timex:{line.start}", derivation=f"{said}; {how}")
            out.append(t)
        if n + 1 < len(lines):
            out.append(lines[n + 1])
    return tuple(out)
