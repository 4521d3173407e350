"""Meetings told by their place and day alone (a mixin of the event extractor's context).

"The treaty was signed after talks at the state guest house on Wednesday", "a meeting in California on Wednesday",
"since the talks in Anchorage in March": a meeting noun placed by the phrase right after it ("in", "at": cues.yaml
``place_preps``, or a place the location stage found) and dated by its own clause is news even when its sentence
names no party (they were named before); it then joins the meeting of that day told elsewhere, or stands alone. A
meeting noun after a meeting verb of its clause is that meeting's frame ("met Biden on the last day of the summit in
Hiroshima on Sunday"), no meeting of its own here.
"""

from __future__ import annotations

from timeline.events.common import _Cand, _FACTUAL

#: the most a date may cost for the meeting noun to count as dated by its own phrase (with no other trigger between)
_PLACED_DATE_COST = 8.0


class PlacedMeetingMixin:
    def _placed_meeting(self, c: _Cand) -> bool:
        """Is ``c`` a meeting noun (CONSULT, in person or unspecified) with no party named, placed right after it and
        dated by its own clause?"""
        e = c.entry
        if e.type != "CONSULT" or e.pos != "noun" or e.medium not in (None, "in_person") or e.mode is not None:
            return False
        if c.actors or c.group or c.quoted or c.status not in _FACTUAL or c.same_as is not None:
            return False
        if c.timex is None or c.timex_cost >= _PLACED_DATE_COST:
            return False
        tok = self.tokens
        at = tok.at(c.timex.start)
        if at < c.t1 or any(k in self.trigger_toks for k in range(c.t1, at)):
            return False  # (the date of the noun's own phrase: "talks in Doha on Monday", not of a verb after it)
        clause = tok.clause[c.t0]
        k0 = c.t0  # (the sentence's first token: sentence indices never decrease)
        while k0 > 0 and tok.sent[k0 - 1] == c.sent:
            k0 -= 1
        if any(d.entry.type == "CONSULT" and d.entry.pos == "verb" and d.t1 <= c.t0 and tok.clause[d.t0] == clause
               for k in range(c.t0 - 1, k0 - 1, -1) for d in self._cands_by_tok.get(k, ())):
            return False  # "met Biden on the final day of the summit in Hiroshima on Sunday": the summit frames that meeting
        placed = c.t1 < len(tok.low) and tok.sent[c.t1] == c.sent and tok.low[c.t1] in self.w.place_preps \
            and tok.low[c.t1] != "from"
        return placed or c.location is not None
