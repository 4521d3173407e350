"""Two verbs of one telling joined by "and" (a mixin of the event extractor's context).

"Netanyahu welcomed the announcement and thanked Trump", "the ministry criticised the plan and called it reckless",
"Xi told the executives that China was ready to be a partner and hinted that ...": a speaker's second verb with no
subject of its own, joined by "and" to a verb of the same type (cues.yaml ``one_telling_types``: sayings, praise,
criticism) in the same sentence, is more of that one statement, not a second event. Not so for other acts
("expelled 60 diplomats and closed the consulate": two measures), for demands ("urged Iran ... and called on Israel
...": each asks its own thing), for verbs of different types ("condemned the attack and urged restraint": a
criticism and a demand; but "condemned the raid and called it a grave precedent": a description of what was
condemned is its words), for a verb dated to another day of its own, nor for a commitment ("said ... and promised
to respond": a threat, a pledge).

"The foreign ministry criticised the export controls on Friday; its spokesman, Wang Wenbin, called them economic
bullying": the words of "its spokesman" (cues.yaml ``spokesperson_nouns`` after ``body_possessives``) in the
sentence of a body's saying, or in the next with a verb of its type, are that body's saying told again, not a
second statement (but "Its spokesman also said China would attend the summit": what else the body said).
"""

from __future__ import annotations

from timeline.events.common import _Cand


class CoordinatedTellingMixin:
    def _coordinated_tellings(self, cands: list[_Cand]) -> None:
        tok = self.tokens
        self._told_on: set[int] = set()  # (a telling joined to a verb that may join no event: ``_cluster`` keeps it)
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or c.same_as is not None or c.quoted or not c.alive or c.source is None \
                    or c.entry.type not in self.w.one_telling_types or c.entry.lemma in self.w.commitment_lemmas \
                    or not self._after_and(c):
                continue  # (a promise is a commitment of its own: "said ... and promised to respond", a threat)
            d = next((d for d in reversed(cands[:i]) if d.entry.pos == "verb" and d.sent == c.sent and d.t1 <= c.t0
                      and d.alive and not d.quoted), None)
            if d is None or (d.entry.type != c.entry.type and not self._description_of_telling(c, d)) \
                    or d.same_as is not None or d.source is None \
                    or d.source.actor.id != c.source.actor.id or d.status != c.status:
                continue
            if any(tok.low[k] in self.lex.clause_breaks for k in range(d.t1, c.t0)):
                continue  # ("welcomed the deal, which Qatar brokered, and ...": another clause's verb between)
            mine, theirs = self._range(c), self._range(d)
            if mine and theirs and (mine != theirs and (mine[1] < theirs[0] or theirs[1] < mine[0]
                                                        or mine[0] == mine[1] and theirs[0] == theirs[1])):
                continue  # (each dated on its own day: two tellings)
            c.same_as = d
            self._told_on.add(id(c))
        self._spokesman_tellings(cands)

    def _description_of_telling(self, c: _Cand, d: _Cand) -> bool:
        """"condemned the raid and called it a grave precedent", "thanked the group and called it a historic day": a
        predicative statement ("called <it> <a description>") joined to a telling of another of ``one_telling_types``
        says more of that telling, the words it was made in."""
        return c.entry.type == "STATEMENT" and c.entry.predicative and d.entry.type in self.w.one_telling_types

    def _spokesman_tellings(self, cands: list[_Cand]) -> None:
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or c.same_as is not None or c.quoted or not c.alive \
                    or c.entry.type not in self.w.one_telling_types or not self._said_by_its_spokesman(c):
                continue
            d = next((d for d in reversed(cands[:i]) if d.entry.pos == "verb" and 0 <= c.sent - d.sent <= 1
                      and d.t1 <= c.t0 and d.alive and not d.quoted and d.same_as is None
                      and d.source is not None and d.source.actor.kind != "person"
                      and d.entry.type in self.w.one_telling_types), None)
            if d is None or d.status != c.status or (d.entry.type != c.entry.type and d.sent != c.sent):
                continue  # (but "Its spokesman also said China would attend the summit": what else the body said)
            mine, theirs = self._range(c), self._range(d)
            if mine and theirs and (mine[1] < theirs[0] or theirs[1] < mine[0]):
                continue
            c.same_as = d
            self._told_on.add(id(c))

    def _said_by_its_spokesman(self, c: _Cand) -> bool:
        """Is the subject of the verb ``c`` "its spokesman" (", its spokesman, Wang Wenbin, called ...")?"""
        tok = self.tokens
        for k in range(c.t0 - 1, max(c.t0 - 9, 0), -1):
            if tok.sent[k] != c.sent:
                return False
            if tok.low[k] in self.w.spokesperson_nouns:
                return tok.low[k - 1] in self.w.body_possessives and tok.sent[k - 1] == c.sent
        return False

    def _after_and(self, c: _Cand) -> bool:
        """Is the verb ``c`` right after "and" ("and thanked", "and also urged"; not "and later thanked")?"""
        tok = self.tokens
        k = c.t0 - 1
        if k >= 1 and tok.low[k] in self.w.continuation_adverbs and tok.sent[k] == c.sent:
            k -= 1
        return k >= 1 and tok.low[k] == "and" and tok.sent[k] == c.sent
