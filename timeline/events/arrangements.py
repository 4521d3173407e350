"""Stage 3 of the event extractor, continued: arrangements that last (truces, ceasefires, pauses, deals).

- "Israel and Hamas agreed on Wednesday to a four-day truce": a length written before an arrangement noun (cues.yaml
  ``grammar`` ``arrangement_nouns``) that is the object of an act told before it in the same sentence is the length
  of the content agreed, not of the agreeing: the act keeps its day (``_length_of_act_content``, called by the
  dating in readings.py). "A four-day truce began on Friday" (the truce itself told, no act before it) still lasts.
- "The truce was extended by two days": an arrangement extended, prolonged or renewed (``arrangement_change_verbs``)
  told in the passive is news even with no date and no agent (``_arrangement_passives``).
- "The pause will begin on Thursday", "The talks will start on Monday": an event noun whose own predicate comes after
  a future modal is planned, not occurred; "The truce will come into force on Sunday": an arrangement noun with its
  own predicate and date is news even when the predicate is long (``_arrangement_passives`` too).
"""

from __future__ import annotations

from timeline.events.common import _Cand, _FACTUAL
from timeline.model import Timex


class ArrangementMixin:
    """The length of an arrangement agreed, its extension, and its planned start."""

    def _length_of_act_content(self, cl, best: _Cand, length: Timex) -> bool:
        """Is ``length`` ("four-day") written before an arrangement noun that is the object of a verb of the same
        cluster told before it in the sentence ("agreed on Wednesday to a four-day truce", "signed a 30-day
        ceasefire")? Then the days are the content's, and the act keeps its day."""
        tok = self.tokens
        end = tok.at(length.end)
        if end >= len(tok.low) or tok.sent[end] != best.sent:
            return False
        noun = next((c for c in cl.cands if c.sent == best.sent and c.entry.pos == "noun"
                     and (c.t0 == end or c.t0 == end + 1)), None)
        if noun is None or tok.low[noun.t1 - 1] not in self.w.arrangement_nouns:
            return False
        return any(v is not noun and v.entry.pos == "verb" and v.sent == noun.sent and v.t1 <= tok.at(length.start)
                   for v in cl.cands)

    def _arrangement_passives(self, cands: list[_Cand]) -> None:
        """"The truce was extended by two days" (news with no date, no agent); "The pause will begin on Thursday"
        (planned)."""
        tok, w = self.tokens, self.w
        n = len(tok.low)
        for c in cands:
            if not c.alive or c.quoted or c.status not in _FACTUAL or c.same_as is not None:
                continue
            if c.entry.pos == "verb" and tok.low[c.t0] in w.arrangement_change_verbs and c.t0 > 0 \
                    and tok.low[c.t0 - 1] in w.passive_aux:
                j = c.t0 - 1
                while j > 0 and tok.sent[j - 1] == c.sent and c.t0 - j < 5 \
                        and (tok.low[j - 1] in w.passive_aux or tok.low[j - 1] in w.adverbs
                             or tok.low[j - 1] in w.perfect_aux_all or tok.low[j - 1] in w.future_modals):
                    j -= 1
                if j > 0 and tok.sent[j - 1] == c.sent and tok.low[j - 1] in w.arrangement_nouns:
                    c.predicated = True  # "the truce was extended by two days": an extension agreed, told undated
                continue
            if c.entry.pos == "noun" and not c.predicated and c.timex is not None and c.timex_cost < 2.0 \
                    and c.determiner in w.definite and tok.low[c.t1 - 1] in w.arrangement_nouns \
                    and self._has_predicate(c.t1, min(n, c.t1 + 3)):
                c.predicated = True  # "The truce will come into force on Sunday": a longer predicate before its date
            if c.entry.pos == "noun" and c.predicated and c.status == "occurred" and c.t1 + 1 < n \
                    and tok.sent[c.t1] == c.sent and tok.low[c.t1] in w.future_modals \
                    and self._has_predicate(c.t1 + 1, min(n, c.t1 + 3)):
                c.status = "planned"  # "The pause will begin on Thursday": a start told ahead
