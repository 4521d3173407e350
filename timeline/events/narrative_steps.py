"""Stage 3 of the event extractor, continued: a reported pluperfect that a sentence with no date of its own tells on
the day the sentence before it names (``_date_from_previous_sentence`` in dating.py asks these).

"Further expulsions came on Tuesday. NATO's chief told reporters that the alliance had withdrawn seven accreditations.":
in reported speech the past is shifted back ("told ... that the alliance had withdrawn" = it withdrew); such a
pluperfect act, reported by a saying earlier in its sentence, goes on the day just told like a simple past would
(``_reported_backshift``), but only on the day of a scene: not a day on which something was said ("KCNA reported on
Monday that ... It said Kim had told Trump ...": what a report of Monday tells happened before it), nor a date of
background ("the first meeting since September 24, when ...", ``_background_date``), and only the day of an act of its
own actors ("Macron met Scholz on Wednesday. Biden said he had warned Putin": no day of Biden's). It is dated last,
after the other ties (``_date_backshifts``): what the sides of a meeting did there is tied to that meeting.

"North Korea tested a new missile on Monday. Japan protested": an answer told in a paragraph that opens on a dated act
is assumed to be of that day, unless the text tells it later (``_framed_answer_same_day``).

"The two ministers met in Ankara on Tuesday. They condemned the attack ...": an answer told in a sentence that opens on a
subject pronoun goes on with those the sentence just before named, on the day it tells (``_pronoun_goes_on``), unless
the text tells it later ("They later condemned ...").
"""

from __future__ import annotations

from timeline.events.common import _Cand


class NarrativeStepMixin:
    """Reported pluperfects that take the day of the sentence just before; answers under a dated act's paragraph."""

    def _reported_backshift(self, c: _Cand) -> bool:
        """Is ``c`` a past participle after a pluperfect "had" (within three words, its sentence), with a reporting
        word earlier in its sentence ("told reporters that the alliance had withdrawn", "said it had downed")?"""
        tok = self.tokens
        if c.entry.pos != "verb" or c.tense != "past":
            return False
        aux = [j for j in range(max(0, c.t0 - 3), c.t0) if tok.sent[j] == c.sent and tok.low[j] in self.w.pluperfect_aux]
        if not aux:
            return False
        s0 = tok.at(self.sentences[c.sent][0])
        return any(tok.low[m] in self.lex.reporting for m in range(s0, aux[0]))

    def _day_of_a_scene(self, si: int, t, by_sent: dict) -> bool:
        """Does sentence ``si`` name the day ``t`` as the day something was done there? Not when a saying of that
        sentence has it or a reporting word comes just before it ("KCNA reported on Monday that ...": when it was
        said, not done), nor when the sentence tells a date of background ("the first meeting since September 24, when ...")."""
        tok = self.tokens
        k = tok.at(t.start)
        if any(tok.low[j] in self.lex.reporting for j in range(max(0, k - 3), k) if tok.sent[j] == si):
            return False
        s0, s1 = self.sentences[si]
        if any(s0 <= u.start < s1 and self._background_date(u) for u in self.timexes):
            return False  # (a sentence that also tells background: which of its days is the scene's is not sure)
        return not any(d.timex is not None and d.timex.start == t.start and d.entry.type == "STATEMENT"
                       for d in by_sent.get(si, ()))

    def _scene_of_its_actors(self, c: _Cand, si: int, t, by_sent: dict) -> bool:
        """Is the act dated ``t`` in sentence ``si`` one of ``c``'s actors' ("Pakistani aircraft struck on Wednesday. India
        said it had downed a Pakistani F-16": Pakistan)? "Macron met Scholz on Wednesday. Biden said he had warned
        Putin": others' scene, no day of Biden's."""
        mine = {m.actor.id for m in c.actors} | {m.actor.country for m in c.actors if m.actor.country}
        if not mine:
            return False
        shared = [d for d in by_sent.get(si, ()) if d.timex is not None and d.timex.start == t.start
                  and any(m.actor.id in mine or m.actor.country in mine for m in d.actors)]
        return bool(shared)

    def _framed_answer_same_day(self, c: _Cand, t) -> bool:
        """"North Korea tested a new missile on Monday. Japan protested, and the United States called the launch a
        provocation": an answer (a saying or a reaction verb in the simple past) told in a paragraph that opens on a past
        day, with no time of its own, is assumed to be of that day, unless the text tells it later (a ``later_adverbs``
        word of cues.yaml in its sentence up to just after it: "Japan later protested", "Since then, ...") or the
        publication date lies more than ``framed_answer_days`` (dating.yaml ``narrative``) after that day: then it is
        only on or after it (``_bound_answer_from``)."""
        nar = self.lex.narrative
        dct = self.doc.dct
        if nar is None or not nar.framed_answer_days or t.earliest is None or t.earliest != t.latest \
                or c.entry.pos != "verb" or not self._simple_past(c):
            return False
        if dct is not None and not 0 <= (dct - t.earliest).days <= nar.framed_answer_days:
            return False
        tok = self.tokens
        k0 = tok.at(self.sentences[c.sent][0])
        return not any(tok.low[k] in self.w.later_adverbs for k in range(k0, min(len(tok.low), c.t1 + 2))
                       if tok.sent[k] == c.sent)

    def _pronoun_goes_on(self, c: _Cand, found) -> bool:
        """Is the answer ``c`` (a saying or reaction in the simple past) told in a sentence that opens on a subject
        pronoun (``subject_pronouns``) or a pair word (``pair_words``: "Both condemned", "The two leaders condemned"), with the day ``found`` (the day, sentences away) carried from the sentences just
        before, and no ``later_adverbs`` word up to just after it? "The ministers met in Ankara on Tuesday. They condemned
        the attack": the pronoun goes on with the actors just told, on their day; "Poland condemned the pact" names a new
        party, whose answer may come days later."""
        if found is None or found[1] < 1 or c.entry.pos != "verb" or not self._simple_past(c) \
                or c.sent < 1 or "\n" in self.text[self.sentences[c.sent - 1][1]:self.sentences[c.sent][0]]:
            return False  # (only the day told in its own paragraph: not a paragraph's first sentence)
        tok = self.tokens
        k0 = tok.at(self.sentences[c.sent][0])
        while k0 < c.t0 and not tok.low[k0][:1].isalnum():
            k0 += 1  # (an opening quotation mark)
        if k0 < c.t0 and tok.low[k0] in self.w.clause_coordinators:
            k0 += 1  # ("But he condemned ...")
        if k0 < c.t0 and tok.low[k0] == "the" and tok.low[k0 + 1] in self.w.pair_words:
            k0 += 1  # ("The two leaders condemned ...": a pair just told)
        if k0 >= c.t0 or (tok.low[k0] not in self.w.subject_pronouns and tok.low[k0] not in self.w.pair_words):
            return False
        return not any(tok.low[k] in self.w.later_adverbs for k in range(k0, min(len(tok.low), c.t1 + 2))
                       if tok.sent[k] == c.sent)

    def _date_backshifts(self) -> None:
        """Date the reported pluperfects ``_date_from_previous_sentence`` set aside (``_backshifts``: id -> (candidate,
        the day, sentences away; below zero: its paragraph's frame)) on that day, when no tie dated them meanwhile
        (run after the other ties, ``_date_from_reported_meeting`` among them: "Biden and Putin met in Geneva on
        Wednesday. Biden said he had warned Putin ...": what the sides did at their meeting is tied to it)."""
        for c, t, away in self.__dict__.get("_backshifts", {}).values():
            if c.timex is not None or c.anchor_timex is not None or not c.alive:
                continue
            if away < 0:
                c.timex, c.timex_cost = t, self._PREVIOUS_COST
                self._framed[id(c)] = t
            else:
                c.timex, c.timex_cost = t, self._PREVIOUS_COST + 5.0 * (away - 1)
