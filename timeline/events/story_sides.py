"""The two sides of a story (a mixin of the event extractor's context).

An article about two parties at odds or at the table (a border dispute, a peace deal, a war) tells most of its acts
as one side's act on the other. An act that can only be done to someone (cues.yaml ``side_acts``: a withdrawal, a
concession, a refusal, a sanction, an attack ...) done by one of the two sides with no one named as its target
("Russia pulled out of the deal", "Athens lifts its objections") is aimed at the other side (told as the act's aim,
never as its object: "Russia pulls out of the deal (on Ukraine)"). The story's two sides are the pair (a person
stands for his or her state) that its acts of dispute (``side_acts`` and ``dispute_acts``: not meetings and deals,
which join partners as well as rivals) join most often as source and target, at least twice and at least twice as
often as any other pair; with no such pair, nothing is done.
"""

from __future__ import annotations

from collections import Counter

from timeline.events.common import _Cand
from timeline.model import Actor, ActorMention


class StorySideMixin:
    def _story_side_targets(self, cands: list[_Cand]) -> None:
        sides = self._story_sides(cands)
        if sides is None:
            return
        for c in cands:
            if c.target is not None or c.source is None or c.quoted or c.entry.type.lower() not in self.w.side_acts \
                    or c.status not in ("occurred", "planned"):
                continue  # (event types, in lowercase as grammar lists are)
            mine = self._side_of(c.source)
            if mine is None or mine.id not in sides:
                continue
            other = next(a for i, a in sides.items() if i != mine.id)
            # (told at the act: the side it is aimed at is named elsewhere in the story)
            c.target = ActorMention(c.start, c.end, other.name, other, "story side")

    def _story_sides(self, cands: list[_Cand]) -> dict[str, Actor] | None:
        """The two sides (id -> actor) the story's acts join most often as source and target, or None."""
        pairs: Counter = Counter()
        actors: dict[str, Actor] = {}
        for c in cands:
            if c.source is None or c.target is None or c.quoted or not c.alive \
                    or c.entry.type.lower() not in self.w.side_acts | self.w.dispute_acts:
                continue  # (the sides at odds: acts of dispute join them, not meetings and deals alone)
            a, b = self._side_of(c.source), self._side_of(c.target)
            if a is not None and b is not None and a.id != b.id:
                pairs[tuple(sorted((a.id, b.id)))] += 1
                actors[a.id], actors[b.id] = a, b
        ranked = pairs.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return {i: actors[i] for i in ranked[0][0]}

    def _side_of(self, m: ActorMention) -> Actor | None:
        """The side ``m`` stands for: a person's state, else the actor itself."""
        if m.actor.kind == "person":
            return self._state_of(m.actor.country) if m.actor.country else None
        return m.actor
