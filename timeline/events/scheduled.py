"""Stage 3 of the event extractor, continued: an act told in the present with a date to come is scheduled.

"The president leaves for Vietnam on Sunday" in a Friday paper, "The minister flies to Tokyo on Tuesday for talks",
"a state visit on Monday" after a Saturday page: news tells a scheduled act in the present tense (or as a bare noun)
with its day, and when that day lies wholly after the publication date the act has not happened yet: it is planned,
not occurred (``_plan_from_date_to_come``, run once the events are dated). Only when nothing in its clause is told in
the past: an act told in the past with a later date ("decided to lift sanctions on March 20" in a March 13 paper)
stays as written and is flagged by reasoning (``anchoring._done_by_publication_constraints``); nor a reporting verb
("says it will meet on Friday": the saying is now, the date is the meeting's).
"""

from __future__ import annotations

from timeline.events.common import _Cand


class ScheduledMixin:
    """A present-tense or bare-noun act whose own date lies after the publication date is planned."""

    def _past_in_clause(self, c: _Cand) -> bool:
        """Is anything in ``c``'s clause, up to ``c`` itself, told in the past (a past or perfect trigger, a past or
        perfect auxiliary, a word in "-ed")?"""
        tok, w = self.tokens, self.w
        k0 = tok.clause_start(c.t0)
        for k in range(k0, c.t1):
            low = tok.low[k]
            if low in w.past_be or low in w.past_aux or low in w.perfect_aux_all or (k < c.t0 and low.endswith("ed")):
                return True
        return any(d.tense in ("past", "perfect") for d in self._cands_by_tok_range(k0, c.t1) if d is not c
                   and d.entry.pos == "verb" and tok.clause[d.t0] == tok.clause[c.t0])

    def _future_in_clause(self, c: _Cand) -> bool:
        """Does ``c``'s clause hold a modal or a future auxiliary ("The truce will come into force on Sunday")?"""
        tok = self.tokens
        k = tok.clause_start(c.t0)
        while k < len(tok.low) and tok.clause[k] == tok.clause[c.t0]:
            if tok.low[k] in self.lex.modals or tok.low[k] in self.w.future_auxiliaries:
                return True
            k += 1
        return False

    def _future_before(self, c: _Cand) -> bool:
        """Is there a modal or a future auxiliary in ``c``'s clause before it ("would consider sanctions at a meeting")?"""
        tok = self.tokens
        return any(tok.low[k] in self.lex.modals or tok.low[k] in self.w.future_auxiliaries
                   for k in range(tok.clause_start(c.t0), c.t0))

    def _plan_from_date_to_come(self, cands: list[_Cand]) -> None:
        """Make planned the acts told as done (occurred) whose own date lies wholly after the publication date, told in
        the present tense (verbs) or as nouns, with nothing in their clause in the past."""
        dct = self.doc.dct
        if dct is None:
            return
        for c in cands:
            t = c.timex
            if c.status != "occurred" or t is None or t.type not in ("DATE", "TIME") or t.earliest is None \
                    or t.earliest <= dct or c.anchor_timex is not None or c.timex_cost >= self._PREVIOUS_COST:
                continue
            if c.entry.pos == "verb" and (c.tense != "present" or self.tokens.low[c.t0] in self.lex.reporting):
                continue
            if self._past_in_clause(c) or (c.entry.pos == "noun" and self._future_in_clause(c)
                                           and not self._future_before(c)):
                continue  # (told in the past; or a noun told with "will", which the arrangement rules read; not a noun
                # after the modal: "would consider sanctions at a meeting of foreign ministers next week")
            c.status, c.status_cue = "planned", f"present tense, dated '{t.text}' after the publication date"
