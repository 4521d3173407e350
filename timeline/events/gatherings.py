"""Stage 3b of the event extractor, continued: who gathers, and what a gathering of people is.

"A crowd gathered in front of parliament", "Protesters gathered outside the Russian embassy": a crowd (cues.yaml
``crowd_nouns``) that gathers or rallies makes a protest even with no determiner and no known actor, and its summary
says who gathered where ("Protesters gather outside the Russian embassy"), never an invented agent. "Ministers
gathered outside the parliament": officials (``official_groups``) gathering are no protest. ``_set_actors`` /
``_set_actor_type`` (arguments.py), ``_group_description`` (constructions.py) and ``_event`` (merging.py) call
these helpers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.events.common import _Cand, _plural_verb
from timeline.events.morphology import verb_forms
from timeline.model import ActorMention


class GatheringMixin:
    """Crowds that protest, officials that do not, and the summary of a crowd's act."""

    def _crowd_subject_phrase(self, c: _Cand, k: int) -> str | None:
        """"A crowd gathered", "Crowds rallied", "a mob stormed": the subject whose head at ``k`` is a crowd noun
        (cues.yaml ``crowd_nouns``) opening its clause, of a protest verb; None otherwise."""
        tok = self.tokens
        if c.entry.pos != "verb" or tok.low[k] not in self.w.crowd_nouns \
                or "PROTEST" not in (c.entry.type, c.entry.official_type):
            return None
        j = k
        while j - 1 >= 0 and tok.sent[j - 1] == c.sent and k - j < 3 and j - 1 not in self.mention_cover \
                and j - 1 not in self.timex_cover and tok.low[j - 1].isalpha() \
                and tok.low[j - 1] not in self.w.prepositions and tok.low[j - 1] not in self.lex.clause_breaks \
                and tok.low[j - 1] not in self.lex.reporting:
            j -= 1
            if tok.low[j] in self.lex.determiners:
                break
        b = j - 1
        if not (b < 0 or tok.sent[b] != c.sent or tok.low[b] in (",", ";", ":") or tok.low[b] in self.lex.clause_breaks
                or b in self.timex_cover):
            return None  # (the crowd must open its clause: "police dispersed a crowd" is no crowd's act)
        return self.text[tok.starts[j]:tok.ends[k]]

    def _crowd_of_people_phrase(self, c: _Cand, k: int) -> str | None:
        """"Hundreds of Kenyans protested", "Tens of thousands of Serbians marched": a crowd count (cues.yaml
        ``crowd_nouns``) "of" a people (a demonym mention at ``k``) opening its clause, as the subject of a protest
        verb, is a crowd of its own (as "Protesters marched"), not the state; None otherwise."""
        tok = self.tokens
        m = self.mention_cover.get(k)
        if m is None or m.via != "demonym" or k < 2 or tok.low[k - 1] != "of" or tok.sent[k - 2] != c.sent \
                or tok.low[k - 2] not in self.w.crowd_nouns:
            return None
        if tok.covering(m.start) != k:
            return None  # (a people named in one word: "of Kenyans", not "of South Sudanese ...")
        j = k - 2
        while j - 2 >= 0 and tok.sent[j - 2] == c.sent and tok.low[j - 1] == "of" and tok.low[j - 2] in self.w.crowd_nouns:
            j -= 2  # "Tens of thousands of Serbians"
        return self._crowd_subject_phrase(c, j) and self.text[tok.starts[j]:tok.ends[k]]

    def _officials_gathering(self, c: _Cand) -> bool:
        """"Ministers gathered outside the parliament", "Senior officials assembled in front of the palace": a
        demonstration verb (with an ``official_type``) whose only subject is a group of officials (cues.yaml
        ``official_groups``) tells officials standing somewhere, no protest."""
        if not c.entry.official_type or c.entry.type != "PROTEST" or c.source is not None or not c.group:
            return False
        return c.group.lower().split()[-1] in self.w.official_groups

    def _crowd_act_summary(self, lead: _Cand, source, summary: str, location: str | None, status: str) -> str:
        """"Protesters gathered outside the Russian embassy in Tbilisi" -> "Protesters gather outside the Russian
        embassy in Tbilisi": an act of a crowd that names no doer says the crowd and its words, present tense."""
        if source is not None or lead.entry.pos != "verb" or lead.tense != "past" or lead.quoted \
                or lead.entry.type not in ("PROTEST", "FIGHT"):
            return summary
        tok = self.tokens
        k = lead.t0 - 1
        while k >= 0 and tok.sent[k] == lead.sent and tok.low[k] in self.w.adverbs:
            k -= 1
        if k < 0 or tok.sent[k] != lead.sent or k in self.mention_cover:
            return summary
        group = lead.group or self._crowd_subject_phrase(lead, k) or (
            self._group_description(lead) if tok.low[k] in self.lex.group_nouns else None)
        if not group:
            return summary
        low = group.lower()
        plural = low.endswith("s") or " and " in low or low.split()[0] in self.w.whole_group_words \
            or low.partition(" of ")[0].endswith("s")  # ("Thousands of supporters of the president rally")
        verb = self._present_of_trigger(lead, plural=plural)
        if verb is None:
            return summary
        obj = self._object_words(lead)
        text = f"{group[:1].upper()}{group[1:]} {verb} {obj}".rstrip()
        if location and location not in text:
            text += f" in {location}"
        tail = summary[summary.rfind(" ("):] if summary.endswith(")") and status != "occurred" else ""
        return text + tail

    def _placed_crowd(self, c: _Cand) -> None:
        """"Protesters gathered outside the Russian embassy in Tbilisi": a crowd's protest placed in a state takes that
        state's part (a participant: the crowd is its people, not its government, so never the source)."""
        if c.source is not None or c.entry.type != "PROTEST" or not c.location_country or c.quoted \
                or c.entry.pos != "verb":
            return
        tok = self.tokens
        k = self._verb_group_start(c.t0) - 1
        if not (c.group or (k >= 0 and tok.sent[k] == c.sent and self._crowd_subject_phrase(c, k))):
            return
        state = self._state_of(c.location_country)
        if state is None or any(m.actor.id == state.id or m.actor.country == state.id for m in c.actors):
            return
        c.others.append(ActorMention(c.start, c.end, c.location or state.name, state, "place"))

    def _trigger_own_prep(self, c: _Cand, i: int, prep: str | None) -> str | None:
        """The preposition before the actor at token ``i``, or None when it is the last word of the trigger itself and
        only determiners and adjectives come between ("gathered in front of the French embassy": the embassy is the
        trigger's object, not a place after "of")."""
        tok = self.tokens
        if prep is None or c.entry.pos != "verb" or c.t1 - c.t0 < 2 or tok.low[c.t1 - 1] != prep:
            return prep
        return None if all(tok.low[k] in self.w.noun_phrase_determiners for k in range(c.t1, i)) else prep

    def _phase_verb_start(self, c: _Cand, k: int) -> int:
        """"The separatists began withdrawing forces": the token before a phase verb (cues.yaml ``phase_verbs``) right
        before the -ing trigger at ``k + 1``, where its subject ends; ``k`` itself otherwise."""
        tok = self.tokens
        if c.tense != "ing" or k < 1 or tok.low[k] not in self.w.phase_verbs or tok.sent[k - 1] != c.sent:
            return k
        return k - 1

    def _actor_joined_to_group(self, c: _Cand) -> ActorMention | None:
        """"Ukraine and the separatists began withdrawing forces": an actor joined by "and" to the group subject of ``c``
        acts with it (the source; the group is the other side). None when no actor comes right before the group."""
        tok = self.tokens
        k = self._phase_verb_start(c, c.t0 - 1)
        s0 = tok.at(self.sentences[c.sent][0])
        phrase = c.group.lower().split()
        j = k - len(phrase) + 1
        if j < s0 + 2 or tok.low[j:k + 1] != phrase or tok.low[j - 1] != "and":
            return None
        m = self.mention_cover.get(j - 2)
        if m is None or not self._participant(j - 2, m) or self._prep_before(tok.at(m.start)) is not None:
            return None
        self._joined_group_ids().add(id(c))
        return self._state_behind(m)

    def _joined_group_ids(self) -> set[int]:
        """The candidates (by id) whose source acts together with their group ("Ukraine and the separatists")."""
        if not hasattr(self, "_joined_group_set"):
            self._joined_group_set: set[int] = set()
        return self._joined_group_set

    def _joined_group_summary(self, lead: _Cand, source, summary: str) -> str:
        """"Ukraine and the separatists withdraw forces": a source that acts with its group names both."""
        if source is None or not lead.group or id(lead) not in self._joined_group_ids():
            return summary
        src = self._short(source)
        if not src or not summary.startswith(src + " "):
            return summary
        verb, _, rest = summary[len(src) + 1:].partition(" ")
        return f"{src} and {lead.group} {_plural_verb(verb)} {rest}".rstrip()

    def _present_of_trigger(self, c: _Cand, plural: bool) -> str | None:
        """The trigger's words in the present ("gathered outside" -> "gather outside" / "gathers outside")."""
        written = c.text.lower()
        for lemma in _lemma_alternatives(c.entry.lemma):
            forms = verb_forms(lemma)
            if forms.get(written) == "past":
                if plural:
                    return lemma
                third = next((f for f, tense in forms.items() if tense == "present"), None)
                return third
        return None


def _lemma_alternatives(lemma: str) -> list[str]:
    """ "(gather|assemble) outside" -> ["gather outside", "assemble outside"]."""
    m = re.search(r"\(([^()]*)\)", lemma)
    if m is None:
        return [lemma]
    out: list[str] = []
    for alt in m.group(1).split("|"):
        out += _lemma_alternatives(lemma[:m.start()] + alt + lemma[m.end():])
    return out
