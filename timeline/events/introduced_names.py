"""Stage 3 of the event extractor, continued: a lone name the gazetteer lacks, as the subject of an act.

"Mary Lou McDonald, who leads Sinn Fein, ... McDonald welcomed the deal": a capitalised word right before an act's
verb (adverbs, auxiliaries and modals between; not a passive: its subject is done to), that names no actor, opens
no longer capitalised run and follows no article, preposition or possessive, is the last word of a name the document
told earlier in full (two to four capitalised words in a row, none of them an article, preposition or a word the
actor layer read as an actor, the name not after a preposition: "in New Delhi" is a place). The act's doer is that
person, named in full as the document introduced them (one actor per name). A word never told before as the end of a
longer name stays no one ("Ukraine" is read by the actor layer; "Monday" or a place opens no name's end here).
"""

from __future__ import annotations

from timeline.actors.gazetteer import slugify
from timeline.events.common import _Cand
from timeline.model import Actor, ActorMention


class IntroducedNameMixin:
    """A surname the gazetteer lacks, the last word of a name told in full earlier: that person."""

    def _introduced_name_subject(self, c: _Cand) -> ActorMention | None:
        tok, low, text = self.tokens, self.tokens.low, self.text
        if c.entry.pos != "verb" or c.quoted:
            return None
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (low[k] in self.w.adverbs or low[k] in self.w.past_aux
                                                    or low[k] in self.w.perfect_aux or low[k] in self.lex.modals):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or k in self.mention_cover or low[k] in self.w.passive_aux \
                or not self._name_word(k) or self._in_quote(tok.starts[k]):
            return None
        if k > 0 and tok.sent[k - 1] == c.sent and (self._name_word(k - 1) or low[k - 1] in self.lex.determiners
                                                     or low[k - 1] in self.w.prepositions
                                                     or low[k - 1] in self.w.possessive_pronouns
                                                     or low[k - 1].endswith(("'s", "’s"))):
            return None  # ("Sinn Fein's Mary Lou McDonald": a longer run; "the Kremlin", "in Gaza")
        full = self._full_name_before(k)
        if full is None:
            return None
        names = self.__dict__.setdefault("_introduced_people", {})
        actor = names.get(full)
        if actor is None:
            actor = names[full] = Actor(id=slugify(full), name=full, kind="person", source="document")
        return ActorMention(tok.starts[k], tok.ends[k], text[tok.starts[k]:tok.ends[k]], actor, "surname")

    def _name_word(self, k: int) -> bool:
        """Is token ``k`` a capitalised word of letters only ("McDonald", "Getachew")?"""
        word = self.text[self.tokens.starts[k]:self.tokens.ends[k]]
        return len(word) >= 2 and word.isalpha() and word[0].isupper() and not word.isupper()

    def _full_name_before(self, k: int) -> str | None:
        """The name, two to four capitalised words in a row ending in the word at ``k``, told earlier in the
        document outside quotes and outside any actor's mention; the last one told when several are."""
        tok, low = self.tokens, self.tokens.low
        word = low[k]
        for j in range(k - 1, 0, -1):
            if low[j] != word or not self._name_word(j) or j in self.mention_cover or self._in_quote(tok.starts[j]):
                continue
            if j + 1 < len(low) and tok.sent[j + 1] == tok.sent[j] and self._name_word(j + 1):
                continue  # (not the end of its run)
            i = j
            while i - 1 >= 0 and tok.sent[i - 1] == tok.sent[j] and self._name_word(i - 1) and j - i < 3 \
                    and i - 1 not in self.mention_cover and tok.ends[i - 1] < tok.starts[i]:
                i -= 1
            while i < j and low[i] in self.w.bare_titles:
                i += 1  # ("Premier Li Qiang": the name after a title)
            if i == j:
                continue
            if any(low[x] in self.lex.determiners or low[x] in self.w.prepositions for x in range(i, j + 1)):
                continue  # ("The Hague", "Of")
            if i > 0 and tok.sent[i - 1] == tok.sent[j] and (low[i - 1] in self.w.prepositions
                                                           or low[i - 1] in self.lex.determiners):
                continue  # ("in New Delhi", "the Jeddah Format": a place or a thing)
            return " ".join(self.text[tok.starts[x]:tok.ends[x]] for x in range(i, j + 1))
        return None
