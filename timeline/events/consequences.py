"""Acts told in a participial consequence clause (a mixin of the event extractor's context).

"Kosovo police raided several municipal offices, prompting a protest from Belgrade", "the strike killed ten
civilians, sparking condemnation", "..., drawing criticism from Washington": the act after the participle
(``consequence_participles``) comes on or after the main act; with no date of its own in that clause it takes the
main act's date (and the main act's anchor), never a date told for the main clause's other words ("Four days before
the talks": the talks' day is not the protest's).
"""

from __future__ import annotations

from timeline.events.common import _Cand, _FACTUAL


class ConsequenceMixin:
    def _date_consequences(self, cands: list[_Cand]) -> None:
        tok = self.tokens
        for c in cands:
            if c.status not in _FACTUAL or c.quoted or c.same_as is not None:
                continue
            p = next((p for p in range(c.t0 - 1, max(c.t0 - 5, 0), -1)
                      if tok.sent[p] == tok.sent[c.t0] and tok.low[p] in self.w.consequence_participles), None)
            if p is None or tok.low[p - 1] != "," or any(k in self.trigger_toks for k in range(p + 1, c.t0)):
                continue
            if c.timex is not None and c.timex_cost < 1e8 and tok.at(c.timex.start) > p:
                continue  # "..., prompting a protest on Friday": a date of its own
            main = [d for d in cands if d is not c and d.sent == c.sent and d.t1 <= p - 1 and d.entry.pos == "verb"
                    and d.status in _FACTUAL and not d.quoted and tok.clause[d.t0] == tok.clause[p - 1]]
            if not main:
                continue
            d = main[-1]
            if d.timex is None and d.anchor_timex is None:
                continue
            c.timex, c.timex_cost, c.anchor_timex = d.timex, d.timex_cost, d.anchor_timex
