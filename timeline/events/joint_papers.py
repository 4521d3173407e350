"""Joint papers told by a participle with no party named (a mixin of the event extractor's context).

"A joint declaration issued after the dinner set out a road map", "A joint declaration released in the evening
committed both governments to ...": a joint paper (its noun opened by a word of cues.yaml ``joint_words``) told by
the participle after it (triggers.py ``_fold_participles``) is the act of the pair of states that last acted
together in the three sentences before (the two leaders who met, talked or agreed); with no such pair it stays
without actors, as before.
"""

from __future__ import annotations

from timeline.events.common import _Cand


class JointPaperMixin:
    def _joint_paper_pairs(self, cands: list[_Cand]) -> None:
        tok = self.tokens
        for c in cands:
            if not c.alive or c.entry.pos != "noun" or not c.participle or c.actors or c.group or c.quoted:
                continue
            if tok.low[c.t0] not in self.w.joint_words:
                continue
            pair = self._last_pair(c.start, c.sent, ("@state",))
            if len(pair) == 2:
                c.source, c.target = pair
