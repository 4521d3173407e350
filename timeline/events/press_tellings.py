"""Stage 4 of the event extractor, continued: a spokesman's words to the press after his act are that act.

"John Kirby took issue with remarks Lula made last week. 'It's deeply problematic how Brazil has approached this
issue,' Kirby told reporters, adding that ...": the telling to the press (a verb of saying of the ``attribution``
lemmas whose next word is a press audience, cues.yaml ``press_audiences``) that attributes a quotation opening its
sentence, by the doer of an act that is no plain statement (a criticism, an accusation, a demand) told in the
sentence just before in the same paragraph, with no date of its own (only one carried from the sentence before), gives the words of that act: one event, not a
statement of its own (``_press_telling_of_act``, run before the mentions are clustered).
"""

from __future__ import annotations

from timeline.events.common import _Cand


class PressTellingMixin:
    """A spokesman's words to the press, quoted, that voice the act he was just told doing."""

    def _press_telling_of_act(self, cands: list[_Cand]) -> None:
        tok, text = self.tokens, self.text
        for c in cands:
            if c.entry.pos != "verb" or c.entry.type != "STATEMENT" or c.entry.lemma not in self.w.attribution \
                    or c.same_as is not None or (c.timex is not None and c.timex_cost < self._PREVIOUS_COST) or c.source is None or c.sent < 1 \
                    or c.t1 >= len(tok.low) or tok.low[c.t1] not in self.w.press_audiences:
                continue
            s0, _s1 = self.sentences[c.sent]
            p0, p1 = self.sentences[c.sent - 1]
            if text[s0:s0 + 1] not in ('"', "“") or "\n" in text[p1:s0]:
                continue  # (words of its own, or a new paragraph)
            acts = [d for d in cands if d.sent == c.sent - 1 and d is not c and d.entry.type not in ("STATEMENT", "ANNOUNCE")
                    and d.entry.pos == "verb" and d.status == c.status and d.source is not None
                    and d.source.actor.id == c.source.actor.id]
            if acts:
                c.same_as = acts[0]
