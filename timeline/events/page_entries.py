"""Stage 3 of the event extractor, continued: the day a page's layout gives to what is told under it.

- A page of dated sections (government readouts, press-release archives, a diary: "June 22, 2023" on a line of its
  own, ``timeline.temporal.sections``) tells under each date line what happened that day: an act told in the simple
  past with no date of its own in a section ("The leaders endorsed a memorandum ...") is of the date line's day,
  not anywhere in the year before publication (``_date_from_section_heading``).
- A live page ("**10:35 IST** -- Opening the session, Meloni thanked ...") tells in each entry under a clock time
  what has just happened: an act told in the simple past with no date of its own in an entry is of the day the
  entry was posted, the publication date (or the date line above it), not anywhere in the year before.

- A diary or an analysis that retells a week day by day under day headings ("**Thursday.** Wang landed in Honiara
  ...", "## Monday" on a line of its own) tells under each heading what happened that day: an act with no date of its
  own under the heading is of the heading's day (``_date_from_day_headings``); a page needs two such headings to be
  told day by day, and a heading run into its paragraph heads that paragraph only.

All run after every other dating rule and only date what is still undated, so a date the text gives ("in 2019",
"on Monday", "the same day") is kept.
"""

from __future__ import annotations

import re

from timeline.events.common import _Cand
from timeline.model import Timex
from timeline.temporal.sections import date_lines

#: a live entry's time stamp at the start of a paragraph, after markup: "**10:35 IST** --", "09:40 GMT:", "14.05 —"
#: a day heading: markup, one expression, an optional full stop or colon, markup, then a line break or the prose of its
#: paragraph ("**Thursday.** Wang landed", "## Monday\n", "*Today:* Wang is"); the expression is checked apart
_HEAD_BEFORE = re.compile(r"[ \t#*_>]*")
_HEAD_AFTER = re.compile(r"(?:[*_]+[.:]?|[.:][*_]*)[ \t]*(?=\S)|[*_]*[.:]?[*_]*[ \t]*(?=\n|$)")
_STAMP = re.compile(r"[ \t#*_>]*(\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?)[ \t*_]*(?:--|[—–:|])\s")


class PageEntryMixin:
    """The date a section heading or a live entry's time stamp gives to the acts told under it."""

    _PAGE_ENTRY_COST = 49.0

    def _undated_past_act(self, c: _Cand) -> bool:
        """An act told as done, in the simple past, with no date of its own (nor one tied to another event)."""
        return (c.status == "occurred" and c.timex is None and c.anchor_timex is None
                and (not c.entry.weak or c.strong_override) and self._simple_past(c))

    def _date_from_page_layout(self, cands: list[_Cand]) -> None:
        """Date the undated acts told in the simple past under a date line or a live entry's time stamp."""
        self._date_from_section_heading(cands)
        self._date_from_live_entries(cands)
        self._date_from_day_headings(cands)

    def _date_from_section_heading(self, cands: list[_Cand]) -> None:
        """"June 22, 2023 / The leaders endorsed ...": the date line's day dates the undated simple-past acts of its
        section."""
        dct = self.doc.dct
        if dct is None:
            return
        lines = date_lines(self.text, self.timexes, dct)
        for n, line in enumerate(lines):
            stop = lines[n + 1].start if n + 1 < len(lines) else len(self.text)
            for c in cands:
                if line.end <= c.start < stop and self._undated_past_act(c):
                    c.timex, c.timex_cost = line, self._PAGE_ENTRY_COST
                    self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                        f"no date in its sentence; told in the simple past under the date line '{line.text}' of its "
                        "section, which dates what the section reports")

    def _live_entries(self) -> list[tuple[int, int, int, int]]:
        """The entries of a live page: (start, end, and the time stamp's start and end) of each paragraph that opens on a clock time and a
        separator; none unless there are at least two (one time with a colon is no live page)."""
        out = []
        starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", self.text)]
        for n, p0 in enumerate(starts):
            m = _STAMP.match(self.text, p0)
            if m is not None:
                out.append((p0, starts[n + 1] if n + 1 < len(starts) else len(self.text), m.start(1), m.end(1)))
        return out if len(out) >= 2 else []

    def _date_from_live_entries(self, cands: list[_Cand]) -> None:
        """"**10:35 IST** -- ... Meloni thanked the leaders": a live entry's undated simple-past acts are of the day
        it was posted: the publication date, or the date line above the entry when the page has dated sections."""
        dct = self.doc.dct
        entries = self._live_entries() if dct is not None else []
        if not entries:
            return
        lines = date_lines(self.text, self.timexes, dct)
        for p0, p1, s0, s1 in entries:
            stamp = self.text[s0:s1]
            above = [t for t in lines if t.end <= p0]
            if above:
                continue  # (under a date line: its section's day, given by _date_from_section_heading)
            day = Timex(start=s0, end=s1, text=stamp, type="DATE", value=dct.isoformat(), precision="day",
                        earliest=dct, latest=dct, rule="events_live_entry", anchored_to="dct",
                        derivation=f"the live entry '{stamp}' of a page published on {dct.isoformat()}: posted that day")
            for c in cands:
                if p0 <= c.start < p1 and self._undated_past_act(c):
                    c.timex, c.timex_cost = day, self._PAGE_ENTRY_COST
                    self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                        f"no date in its sentence; told in the simple past in the live entry '{stamp}', posted on the "
                        "publication date")

    def _day_headings(self) -> list[tuple[Timex, int]]:
        """The day headings of a page told day by day: (the heading's day, where its section ends), in order; none
        unless there are at least two. A heading is one expression of a single day, no later than the publication
        date, that opens a paragraph alone ("**Friday.**", "## Monday"); run into its paragraph's prose it heads that
        paragraph, on a line of its own everything up to the next heading."""
        dct = self.doc.dct
        text = self.text
        found: list[tuple[Timex, bool]] = []
        for t in self.timexes:
            if t.type != "DATE" or t.precision != "day" or t.earliest is None or t.earliest != t.latest or t.earliest > dct:
                continue
            p0 = text.rfind("\n", 0, t.start) + 1
            if not (p0 == 0 or text[max(0, p0 - 2):p0] == "\n\n" or text[p0:t.start].lstrip().startswith("#")):
                continue
            if not _HEAD_BEFORE.fullmatch(text, p0, t.start):
                continue
            m = _HEAD_AFTER.match(text, t.end)
            if m is None or any(o is not t and t.start <= o.start < m.end() for o in self.timexes):
                continue
            marked = "*" in text[p0:t.start] or "_" in text[p0:t.start] or "#" in text[p0:t.start]
            run_in = m.end() < len(text) and text[m.end()] != "\n"
            if run_in and not (marked or text[t.end:m.end()].strip(" \t*_") in (".", ":")):
                continue  # "Monday saw the ministers meet": a sentence that opens on its date, no heading
            found.append((t, run_in))
        if len(found) < 2:
            return []
        out = []
        for n, (t, run_in) in enumerate(found):
            stop = found[n + 1][0].start if n + 1 < len(found) else len(text)
            if run_in:
                end = text.find("\n\n", t.end)
                stop = min(stop, len(text) if end < 0 else end)
            out.append((t, stop))
        return out

    def _date_from_day_headings(self, cands: list[_Cand]) -> None:
        """"**Friday.** Wang flew on to Kiribati and met President Maamau": the acts under a day heading with no date
        of their own (a verb in the simple past, a noun not told as known) are of the heading's day, sayings with their
        speaker too ("Fiame told local reporters"); an act counted from by an offset ("landed a month after ...") is
        still of that day, and an act inside the offset's clause is placed by the offset, not by the heading."""
        if self.doc.dct is None:
            return
        clauses = [(t.anchor.clause_start, t.anchor.clause_end) for t in self.timexes if t.anchor is not None
                   and t.anchor.clause_start is not None and t.anchor.clause_end is not None]
        for head, stop in self._day_headings():
            for c in cands:
                if any(a <= c.start < b for a, b in clauses):
                    continue  # "a month after the two countries confirmed a security agreement": counted from the act

                if not head.end <= c.start < stop or c.status != "occurred" or c.timex is not None or c.quoted:
                    continue
                off = c.anchor_timex.anchor if c.anchor_timex is not None else None
                if c.anchor_timex is not None and (off is None or off.clause_start is None):
                    continue  # "three days earlier": counted from the date just told, not from the heading
                # ("landed a month after the two countries confirmed ...": the offset places the other act)
                if c.entry.weak and not c.strong_override and not (
                        c.entry.type == "STATEMENT" and c.actors and self._simple_past(c)):
                    continue  # (a saying is told under its day by its speaker: "Fiame told local reporters")
                if c.entry.pos == "verb" and not self._simple_past(c):
                    continue
                if c.entry.pos == "noun" and c.determiner in self.w.definite:
                    continue  # "denied that the Suva meeting had been a setback": a meeting told before
                c.timex, c.timex_cost = head, self._PAGE_ENTRY_COST
                self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                    f"no date in its sentence; told under the day heading '{head.text}', which dates what is told "
                    "under it")
