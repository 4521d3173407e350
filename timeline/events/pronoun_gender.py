"""Stage 3 of the event extractor, continued: a pronoun of one gender never stands for a person of the other.

"Xi Jinping hosted him", "Rousseff praised her": "he"/"him"/"his" (``masculine_pronouns``) skip a person known to be a
woman, "she"/"her" (``feminine_pronouns``) one known to be a man. A person's gender is the gazetteer's (``gender:`` in
people.yaml, set only where certain), else the text's: a title word right before a mention of the person ("Mr. Kilic",
"Ms. Kilic": ``masculine_titles`` / ``feminine_titles``). A person of unknown gender fits any pronoun.
"""

from __future__ import annotations

import bisect

from timeline.model import Actor


class PronounGenderMixin:
    """Which persons a gendered pronoun can refer to."""

    def _gender_of(self, actor: Actor) -> str | None:
        """"m", "f" or None (unknown) for a person; None for any other actor."""
        if actor.kind != "person":
            return None
        known = getattr(self, "_genders", None)
        if known is None:
            known = self._genders = {}
        if actor.id not in known:
            entry = self.gazetteer.get(actor.id) if self.gazetteer is not None else None
            gender = getattr(entry, "gender", None) if entry is not None else None
            known[actor.id] = gender if gender is not None else self._titled_gender(actor.id)
        return known[actor.id]

    def _titled_gender(self, actor_id: str) -> str | None:
        """The gender a title word right before a mention of the person gives ("Mr. Kilic"); None when the text gives
        none, or gives both."""
        tok, found = self.tokens, set()
        for m in self.mentions:
            if m.actor.id != actor_id:
                continue
            k0 = tok.at(m.start)
            k = k0 - 2 if k0 >= 2 and tok.low[k0 - 1] == "." else k0 - 1  # ("Mr." as one token or two)
            for word in (tok.low[k0].rstrip("."), tok.low[k].rstrip(".") if k >= 0 else ""):  # (a title inside the
                if word in self.w.masculine_titles:  # mention, or right before it)
                    found.add("m")
                elif word in self.w.feminine_titles:
                    found.add("f")
        return found.pop() if len(found) == 1 else None

    def _gender_fits(self, pronoun: str, actor: Actor) -> bool:
        """Can the pronoun (a lowercase word) refer to the actor? False only for a person of the other gender."""
        gender = self._gender_of(actor)
        if gender is None:
            return True
        if pronoun in self.w.masculine_pronouns:
            return gender == "m"
        if pronoun in self.w.feminine_pronouns:
            return gender == "f"
        return True

    def _misgendered(self, pronoun: str) -> frozenset[str]:
        """The ids of the persons the document names that the pronoun cannot refer to (of the other gender)."""
        cache = getattr(self, "_misgendered_ids", None)
        if cache is None:
            cache = self._misgendered_ids = {}
        if pronoun not in cache:
            cache[pronoun] = frozenset(m.actor.id for m in self.mentions
                                       if m.actor.kind == "person" and not self._gender_fits(pronoun, m.actor))
        return cache[pronoun]

    def _gendered_referent(self, si: int, pronoun: str, exclude: set[str]):
        """"Trump spoke with Sheinbaum on Wednesday. He said that she had agreed": when the subject of sentence ``si``
        is a person of the other gender than ``pronoun``, the last person of that sentence (outside quotes) known to
        be of the pronoun's gender; None otherwise (or when the pronoun has no gender)."""
        if pronoun not in self.w.masculine_pronouns and pronoun not in self.w.feminine_pronouns:
            return None
        subject = self._sentence_subject(si)
        if subject is None or subject.actor.kind != "person" or self._gender_fits(pronoun, subject.actor):
            return None
        s0, s1 = self.sentences[si]
        for m in reversed(self.mentions[:bisect.bisect_left(self.mention_starts, s1)]):
            if m.start < s0:
                return None
            if m.actor.kind == "person" and m.actor.id not in exclude and self._gender_of(m.actor) is not None \
                    and self._gender_fits(pronoun, m.actor) and not self._in_quote(m.start):
                return m
        return None
