"""Event nouns that name again the act just told (a mixin of the event extractor's context).

* a noun set off by a comma right after an act of its type, opened by an article or a possessive ("Vucic and Kurti
  held talks in Brussels on Wednesday, their first face-to-face meeting since September"): an apposition, the same
  act in other words, never a second one;
* a definite noun opening the next sentence with the type of the act told just before ("The talks, hosted by the EU
  foreign policy chief, lasted four hours"), with no date of its own: those talks; a participle of the same type
  set off right after it ("hosted by") is more of them.
"""

from __future__ import annotations

from timeline.events.common import _Cand, _FACTUAL


class ApposedActMixin:
    def _apposed_same_acts(self, cands: list[_Cand]) -> None:
        tok = self.tokens
        home_of = lambda d: d.same_as if d.same_as is not None else d  # noqa: E731
        for c in cands:
            if c.entry.pos != "noun" or c.same_as is not None or c.status not in _FACTUAL or c.quoted:
                continue
            d = self._apposed_head(c, cands)
            if d is not None:
                c.same_as = home_of(d)
                continue
            d = self._told_just_before(c, cands)
            if d is None:
                continue
            c.same_as = home_of(d)
            for h in cands:  # "The talks, hosted by Borrell,": the hosting is more of the talks
                if h is not c and h.sent == c.sent and h.entry.pos == "verb" and h.entry.type == c.entry.type \
                        and h.same_as is None and h.t0 == c.t1 + 1 and tok.low[c.t1] == ",":
                    h.same_as = c.same_as

    def _apposed_head(self, c: _Cand, cands: list[_Cand]) -> _Cand | None:
        tok = self.tokens
        m = next((m for m in range(c.t0 - 1, max(c.t0 - 6, -1), -1) if tok.low[m] in (",", ";", "(")), None)
        if m is None or tok.low[m] != "," or tok.sent[m] != c.sent or tok.low[m + 1] not in self.w.apposition_openers:
            return None
        if any(k in self.trigger_toks for k in range(m + 1, c.t0)) or c.timex is not None and c.timex_cost < 1e8 \
                and tok.at(c.timex.start) < c.t0 and tok.at(c.timex.start) > m:
            return None
        heads = [d for d in cands if d is not c and d.sent == c.sent and d.entry.type == c.entry.type
                 and d.t1 <= m and d.status in _FACTUAL and not d.quoted
                 and not any(tok.low[k] in (",", ";") or tok.low[k] in self.lex.clause_breaks for k in range(d.t1, m))
                 and not any(k in self.trigger_toks for k in range(d.t1, m))]
        if not heads:
            return None
        d = heads[-1]
        if c.actors and not {a.actor.id for a in c.actors} <= {a.actor.id for a in d.actors}:
            return None
        return d

    def _told_just_before(self, c: _Cand, cands: list[_Cand]) -> _Cand | None:
        tok = self.tokens
        sent_start = tok.at(self.sentences[c.sent][0])
        if c.t0 != sent_start + 1 or tok.low[sent_start] not in self.w.articles or tok.low[sent_start] not in \
                self.w.definite or c.sent == 0 or self._is_headline(c.sent - 1):
            return None
        if c.timex is not None and c.timex_cost < 1e8 and tok.sent[tok.at(c.timex.start)] == c.sent:
            return None  # "The talks on Friday ...": a date of its own
        before = [d for d in cands if d.sent == c.sent - 1 and d.entry.type == c.entry.type and d.status in _FACTUAL
                  and not d.quoted and d.entry.lemma == c.entry.lemma]
        return before[0] if before else None
