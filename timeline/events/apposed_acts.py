"""Event nouns that name again the act just told (a mixin of the event extractor's context).

* a noun set off by a comma right after an act of its type, opened by an article or a possessive ("Vucic and Kurti
  held talks in Brussels on Wednesday, their first face-to-face meeting since September"): an apposition, the same
  act in other words, never a second one;
* a noun of the act's type after a preposition that frames it, right after the verb ("Russia released three
  Americans in a prisoner swap on Wednesday"): what the verb did, in a noun;
* a definite noun opening the next sentence (or the occasion phrase opening it: "At the summit, Turkey lifted ...")
  with the type of the act told just before, in its word or in the head of its object ("Canada announced new
  tariffs ... The tariffs, which took effect at midnight, ..."), with no date of its own (but one in a relative
  clause on the act's days): those talks, those tariffs; a participle of the same type set off right after it
  ("hosted by") is more of them.
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
            d = self._framing_noun_of(c, cands)
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
        self._talks_over_the_meal(cands, home_of)

    def _talks_over_the_meal(self, cands: list[_Cand], home_of) -> None:
        """"had dinner with Trump on Friday ... The two delegations talked for about three hours over the meal": a
        meeting verb whose own clause holds "over" [the] meal noun (``meal_nouns``) tells the meal told in the two
        sentences before (a meeting whose trigger holds a meal noun), not talks of their own."""
        tok = self.tokens
        meals = self.w.meal_nouns
        for c in cands:
            if c.entry.type != "CONSULT" or c.entry.pos != "verb" or c.same_as is not None or c.status not in _FACTUAL \
                    or c.quoted:
                continue
            k = c.t1
            while k < min(c.t1 + 10, len(tok.low)) and tok.sent[k] == c.sent and tok.low[k] != "over" \
                    and tok.low[k] not in (",", ";") and tok.low[k] not in self.lex.clause_breaks:
                k += 1
            if k >= len(tok.low) or tok.low[k] != "over" or tok.sent[k] != c.sent:
                continue
            k += 1
            if k < len(tok.low) and tok.low[k] in self.w.definite:
                k += 1
            if k >= len(tok.low) or tok.low[k] not in meals:
                continue
            told = [d for d in cands if d is not c and d.entry.type == "CONSULT" and 0 < c.sent - d.sent <= 2
                    and d.status in _FACTUAL and not d.quoted and any(w in meals for w in tok.low[d.t0:d.t1])]
            if told:
                c.same_as = home_of(told[-1])

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

    def _framing_noun_of(self, c: _Cand, cands: list[_Cand]) -> _Cand | None:
        """"Russia released three Americans in a prisoner swap", "was killed in an air strike": a noun of the verb's
        type after a preposition that frames the act (cues.yaml ``act_frame_preps``) right after the verb's clause
        names what the verb did, the same act."""
        tok = self.tokens
        p = c.t0 - 1
        setting = self._is_saying_setting(c)
        if setting:  # ("in a written statement", "in a televised address": a word or two before the head)
            while p >= 1 and c.t0 - p <= 2 and tok.low[p].isalpha() and tok.low[p] not in self.lex.determiners \
                    and tok.low[p] not in self.w.act_frame_preps and p not in self.trigger_toks:
                p -= 1
        if p >= 1 and tok.low[p] in self.lex.determiners:
            p -= 1
        if p < 1 or tok.sent[p] != c.sent or tok.low[p] not in self.w.act_frame_preps:
            return None
        verbs = [d for d in cands if d.entry.pos == "verb" and d.sent == c.sent and d.t1 <= p and d.alive]
        if not verbs:
            return None
        d = max(verbs, key=lambda d: d.t0)
        if (d.entry.type != c.entry.type and not setting) or d.status != c.status or d.quoted or not d.strong:
            return None
        end = p
        if setting and d.entry.type == "STATEMENT" and tok.low[p - 1] == "," and p - 1 > d.t1:
            end = p - 1  # ("told the assembly that rich nations must pay, in a speech last week": its words, then where)
        if end - d.t1 > (12 if setting else 6) \
                or any(tok.low[k] in self.lex.clause_breaks or not tok.low[k][:1].isalnum() for k in range(d.t1, end)):
            return None
        return d

    def _is_saying_setting(self, c: _Cand) -> bool:
        """"condemned the raid in a statement", "welcomed the ruling in a letter": a statement noun whose head is the
        setting of a saying (cues.yaml ``saying_settings``) names the medium the act before it was done in, the same
        act whatever its type, never a second telling."""
        return c.entry.type == "STATEMENT" and c.t1 >= 1 and self.tokens.low[c.t1 - 1] in self.w.saying_settings

    def _told_just_before(self, c: _Cand, cands: list[_Cand]) -> _Cand | None:
        tok = self.tokens
        sent_start = tok.at(self.sentences[c.sent][0])
        if tok.low[sent_start] in self.w.occasion_preps and c.t0 == sent_start + 2:
            sent_start += 1  # ("At the summit, Turkey lifted its objection": the sentence set in the occasion just told)
        if c.t0 != sent_start + 1 or tok.low[sent_start] not in self.w.articles or tok.low[sent_start] not in \
                self.w.definite or c.sent == 0 or self._is_headline(c.sent - 1):
            return None
        own_date = c.timex is not None and c.timex_cost < 1e8 and tok.sent[tok.at(c.timex.start)] == c.sent
        relative = c.t1 + 1 < len(tok.low) and tok.low[c.t1] == "," and tok.low[c.t1 + 1] in self.w.relative_who_which
        if own_date and not relative:
            return None  # "The talks on Friday ...": a date of its own
        before = [d for d in cands if d.sent == c.sent - 1 and d.entry.type == c.entry.type and d.status in _FACTUAL
                  and not d.quoted and (d.entry.lemma == c.entry.lemma or self._names_object_of(c, d))]
        if own_date:  # "The tariffs, which took effect at midnight,": told more of in a clause of its own, on its day
            mine = self._range(c)
            before = [d for d in before if mine is not None and (r := self._range(d)) is not None
                      and r[0] <= mine[1] and mine[0] <= r[1]]
        return before[0] if before else None

    def _names_object_of(self, c: _Cand, d: _Cand) -> bool:
        """Is the head word of the noun ``c`` ("The tariffs") the object the verb ``d`` acts on ("Canada announced new
        tariffs on American steel")? Then the noun names what that act did, the act told again."""
        tok = self.tokens
        if d.entry.pos != "verb" or c.t1 < 1:
            return False
        head = tok.low[c.t1 - 1]
        for k in range(d.t1, min(d.t1 + 4, len(tok.low))):  # ("announced new tariffs", "imposed sweeping sanctions")
            if tok.low[k] == head and tok.sent[k] == d.sent:
                return True
            if tok.sent[k] != d.sent or not tok.low[k].isalpha():
                return False
        return False
