"""Stage 3 of the event extractor, continued: acts told inside a sitting that the text dated before.

- "Xi received Macron on Thursday. [...] During their talks, Macron asked Xi to ...", "At the meeting, they signed ...",
  "Speaking at the ceremony, Obasanjo said ...": a sentence that opens on a phrase (``fronted_occasion_preps``, or an
  -ing word and one of them) naming a sitting with a definite or possessive word ("the", "their") sets its main
  clause at that sitting ("In talks with Zelenskiy, he asked": a bare noun with its party too): the undated acts it governs take the day of the sitting told before, the same word or
  another word for a meeting (``sitting_nouns``), or the meeting told in the two sentences just before
  (``_date_from_fronted_sitting``). The tie is an occasion tie (basis "constraint"), as ``_date_from_occasion``'s.
- "in January 2016, when Riyadh cut ties", "a state visit on Monday, when he is expected to hold talks": a "when"
  clause right after a date tells what happens at that date, past or, for a planned act, to come (``_date_from_when``,
  called from anchoring.py).
- "// The two leaders also agreed ...": a paragraph that opens on an act told with "also" (``continuation_adverbs``),
  by those who acted at the end of the paragraph before, goes on from that paragraph's one day (``_continues_scene``,
  ``_scene_day_before``, called from ``_date_from_previous_sentence``).
- "Speaking at the ceremony, Obasanjo said ...": in the lead's paragraphs, a fronted phrase naming a scene of the lead's
  occasion (``scene_nouns``) sets the sentence's act at it, whoever acts (``_fronted_scene``, from ``_date_from_lead``).
"""

from __future__ import annotations

from timeline.events.common import _Cand, _FACTUAL


class SittingMixin:
    """The day of the sitting a fronted phrase names, for the acts told in it."""

    def _fronted_sitting_noun(self, si: int, pool: list[_Cand]) -> tuple[_Cand, int] | None:
        """The event noun a fronted phrase of sentence ``si`` names ("During their talks,", "At the conclusion of the
        meetings,", "Speaking at the ceremony,") and the token of the comma that ends the phrase, else None."""
        tok = self.tokens
        k0, k1 = tok.at(self.sentences[si][0]), tok.at(self.sentences[si][1])
        k = k0
        if k < k1 and tok.low[k].endswith("ing") and tok.low[k][:1].isalpha() and not any(
                c.t0 == k for c in pool):
            k += 1  # ("Speaking at the ceremony,")
        if k >= k1 or tok.low[k] not in self.w.fronted_occasion_preps:
            return None
        kc = next((j for j in range(k + 1, min(k1, k + 9)) if tok.low[j] in (",", ";", ":")), None)
        if kc is None or tok.low[kc] != ",":
            return None
        bare = any(c.entry.pos == "noun" and c.t0 == k + 1 and c.t1 < kc and tok.low[c.t1] == "with" for c in pool)
        if tok.low[k + 1] not in self.w.definite | self.w.possessive_pronouns and not bare:
            return None  # (not "In a call with Xi": a new call; but "In talks with Zelenskiy," names the talks held)
        if any(j in self.timex_cover for j in range(k, kc)) or any(c.entry.pos == "verb" and k <= c.t0 < kc for c in pool):
            return None  # (a date of its own: _date_from_fronted_occasion; a clause: not a phrase)
        nouns = [c for c in pool if c.entry.pos == "noun" and k < c.t0 < kc and c.entry.type in ("CONSULT", "AGREE",
                                                                                                   "STATEMENT")]
        return (nouns[-1], kc) if nouns else None

    def _sitting_told_before(self, noun: _Cand, cands: list[_Cand]) -> _Cand | None:
        """The dated event the sitting ``noun`` names: the latest one told before of the same word, or a meeting of
        another word for it, or a meeting told in the two sentences just before; one held with the party the phrase
        names after the noun, if it names one ("In talks with Zelenskiy,")."""
        def dated(d: _Cand) -> bool:
            t = d.timex
            return t is not None and t.earliest is not None and t.latest is not None and t.anchored_to != "event" \
                and d.status in _FACTUAL and not d.quoted and d.timex_cost < self._PREVIOUS_COST \
                and t.type in ("DATE", "TIME")
        tok = self.tokens
        end = next((j for j in range(noun.t1, len(tok.low)) if tok.low[j] in (",", ";", ":") or tok.sent[j] != noun.sent),
                   len(tok.low))
        named = [m for m in self.mentions if tok.ends[noun.t1 - 1] <= m.start < tok.starts[min(end, len(tok.low) - 1)]]
        mine = {m.actor.id for m in named} | {m.actor.country for m in named if m.actor.country}  # (its "with" party)

        def shares(d: _Cand) -> bool:  # ("In talks with Zelenskiy": the talks held with him, not the last talks told)
            theirs = {m.actor.id for m in d.actors} | {m.actor.country for m in d.actors if m.actor.country}
            return not mine or bool(mine & theirs)
        before = [d for d in cands if d.sent < noun.sent and dated(d) and shares(d)]
        same = [d for d in before if d.entry.lemma == noun.entry.lemma or self._same_sitting(noun, d)]
        if same:
            return max(same, key=lambda d: d.start)
        near = [d for d in before if d.entry.type == noun.entry.type == "CONSULT" and noun.sent - d.sent <= 2
                and noun.medium in (None, "in_person") and d.medium in (None, "in_person")]
        return max(near, key=lambda d: d.start) if near else None

    def _date_from_occasions(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """The occasion ties of dating.py (``_date_from_occasion``), then those of a fronted sitting."""
        self._date_from_occasion(cands, by_sent)
        self._date_from_fronted_sitting(cands, by_sent)

    def _date_from_fronted_sitting(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        tok = self.tokens
        self._sitting_ties: set[int] = set()  # ids of the acts tied here: within the sitting's stretch (constraints.py)
        for si in sorted(by_sent):
            pool = sorted(by_sent[si], key=lambda c: c.start)
            found = self._fronted_sitting_noun(si, pool)
            if found is None:
                continue
            noun, kc = found
            occasion = self._sitting_told_before(noun, cands)
            if occasion is None:
                continue
            govs = self._fronted_scope([
                c for c in pool if c.t0 > kc and c.entry.pos == "verb"
                and not any((tok.low[m] == "that" or tok.low[m] in self.lex.clause_breaks)
                            and not self._closed_relative_at(m, c.t0) for m in range(kc, c.t0))])
            self._tie_to_sitting(si, kc, govs, occasion)

    def _tie_to_sitting(self, si: int, kc: int, govs: list[_Cand], occasion: _Cand) -> None:
        """Set the undated past acts ``govs`` that the fronted phrase of sentence ``si`` (ending at comma ``kc``) governs
        at the dated sitting ``occasion``: an occasion tie, within its stretch."""
        tok = self.tokens
        phrase = (tok.starts[tok.at(self.sentences[si][0])], tok.ends[kc - 1])
        for g in govs:
            if g.timex is not None or g.anchor_timex is not None or g.status != "occurred" or g.quoted \
                    or g.tense not in ("past", "ing") or (g.tense == "past" and not self._simple_past(g)) \
                    or id(g) in self._occasion_ties:
                continue
            g.timex, g.timex_cost = occasion.timex, self._OCCASION_COST
            self._sitting_ties.add(id(g))
            self._occasion_ties[id(g)] = (occasion, f"'{self.text[phrase[0]:phrase[1]]}' tells '{g.text}' at the "
                                                    f"sitting of '{occasion.text}'", *phrase)

    def _date_from_when(self, cands: list[_Cand]) -> None:
        """"a rupture that began in January 2016, when Riyadh cut ties": a "when" clause right after a date tells what
        happened at that date; its event takes the date even when what the date belongs to is no event. A date to come
        does the same for a planned event ("a state visit on Monday, when he is expected to hold talks with Modi")."""
        tok = self.tokens
        dct = self.doc.dct
        for k in tok.where(("when",)):
            tx = self._when_after_date(k)
            if tx is None or tx.type not in ("DATE", "TIME") or tx.earliest is None or tx.anchored_to == "event" \
                    or self._in_quote(tx.start):
                continue
            after = [c for c in cands if c.sent == tok.sent[k] and c.t0 > k and tok.clause[c.t0] == tok.clause[k]]
            if not after:
                continue
            c = min(after, key=lambda c: c.t0)
            future = dct is not None and tx.earliest > dct
            if c.timex is None and c.anchor_timex is None and not c.quoted and (
                    (c.status in _FACTUAL and not future) or (c.status == "planned" and future)):
                c.timex, c.timex_cost = tx, self._SENTENCE_COST - 2.0  # ("visit on Monday, when he is expected to ...")

    def _continues_scene(self, c: _Cand, cands: list[_Cand]) -> bool:
        """"He sat down with Yoon on Sunday ... Yoon's office praised the remarks. // The two leaders also agreed that
        ...": a paragraph's first sentence whose act is told with a ``continuation_adverbs`` word ("also") right before
        its verb, in the simple past, and whose actors (or group subject) acted in the last sentence of the paragraph
        before, is a further act of that scene: it goes on from that paragraph's day."""
        si = c.sent
        tok = self.tokens
        if si < 1 or c.entry.pos != "verb" or not (c.actors or c.group) \
                or "\n" not in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]:
            return False
        if not any(tok.low[j] in self.w.continuation_adverbs for j in range(max(0, c.t0 - 2), c.t0)
                   if tok.sent[j] == si):
            return False
        mine = self._keys(c) | self._countries(c)
        return any(d.sent == si - 1 and d.status in _FACTUAL and (self._keys(d) | self._countries(d)) & mine
                   for d in cands)

    def _scene_day_before(self, si: int, narrated, max_chain: int):
        """The one day the paragraph before sentence ``si`` narrates last (``narrated`` of its sentences, from its end
        back), as a step of ``max_chain`` from it: where an act told as going on with that scene ("also") is placed;
        else None (no day, or a longer period)."""
        j = si - 1
        while j >= 0:
            found = narrated(j)
            if found is not None:  # (a scene of one day: not a month that frames a paragraph, "In April, ...")
                day = found[0]
                return (day, max_chain) if day.earliest is not None and day.earliest == day.latest else None
            if j == 0 or "\n" in self.text[self.sentences[j - 1][1]:self.sentences[j][0]]:
                return None
            j -= 1
        return None

    def _fronted_scene(self, c: _Cand, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """"Speaking at the ceremony, Obasanjo said ...", "At the news conference, he said ...": a phrase that opens
        ``c``'s sentence (an -ing word at most, then a ``fronted_occasion_preps`` word, up to its comma, with no date)
        and names the lead's occasion (``span``, the words ``_date_from_lead`` found for it) or a scene of it (a definite
        word and a ``scene_nouns`` noun), with ``c`` the first act after that comma: the phrase sets the main clause at
        that occasion, whoever speaks. The words naming it, else None."""
        tok = self.tokens
        k0, k1 = tok.at(self.sentences[c.sent][0]), tok.at(self.sentences[c.sent][1])
        k = k0 + 1 if k0 < k1 and tok.low[k0].endswith("ing") and tok.low[k0][:1].isalpha() else k0
        if k >= k1 or tok.low[k] not in self.w.fronted_occasion_preps or c.entry.pos != "verb":
            return None
        kc = next((j for j in range(k + 1, min(k1, k + 9)) if tok.low[j] in (",", ";", ":")), None)
        if kc is None or tok.low[kc] != "," or c.t0 <= kc or any(j in self.timex_cover for j in range(k, kc)) \
                or any(j in self.trigger_toks for j in range(kc + 1, c.t0)):
            return None
        if span is not None and tok.starts[k] <= span[0] and span[1] <= tok.starts[kc]:
            return span
        if tok.low[kc - 1] not in self.w.scene_nouns:
            return None  # (the noun ends the phrase: "at the ceremony,", not "at the ceremony's end")
        j = next((j for j in range(kc - 2, max(k, kc - 5), -1) if tok.low[j] in self.w.definite), None)
        if j is None or not all(tok.low[m][:1].isalpha() and m not in self.mention_by_tok for m in range(j + 1, kc - 1)):
            return None  # ("at the joint news conference,"; not "at a news conference": a new one)
        return tok.starts[j], tok.ends[kc - 1]
