"""Stage 3 of the event extractor, continued: an act the speaker's side did, told in the speaker's own words.

"'We have lodged strong protests with the Indian side,' the spokesman said", "'I told him our position,' the minister
said": a trigger inside quotes is no act of the text (quotes of opinion, threats, accusations), except a past act told
in the first person (``first_person_subjects`` right before its verb, auxiliaries of the perfect and adverbs aside;
for a light verb's noun, before the light verb): the speaker's side did it. The quote must be attributed to a speaker
by a verb of saying (``attribution`` lemmas) outside quotes in its own sentence, or, for a sentence that is all quote,
in the sentence just before or after it in the same paragraph; the act takes that saying's subject as its source
(``_quoted_own_acts`` marks the mentions before actors are read, ``_quoted_act_speakers`` gives them their speaker);
it is dated by its own date words, else by the saying's (``_date_quoted_acts``), else it stays quoted.
A negated, habitual, modal or future act ("we will never accept", "we have always supported") stays quoted.
"""

from __future__ import annotations

from timeline.events.common import _Cand


class QuotedActMixin:
    """Past acts told in the first person inside a quote: the speaker's side did them."""

    def _quoted_own_acts(self, cands: list[_Cand]) -> None:
        tok, low = self.tokens, self.tokens.low
        self._quoted_acts: list[_Cand] = []
        for c in cands:
            if not c.alive or not c.quoted or c.tense != "past" or c.entry.type == "STATEMENT" or c.same_as is not None:
                continue
            k = (c.subject_tok if c.subject_tok is not None else c.t0) - 1
            while k >= 0 and tok.sent[k] == c.sent and (low[k] in self.w.perfect_aux_all or low[k] in self.w.adverbs
                                                         or low[k].endswith("ly")):
                if low[k] in self.w.verb_negations or low[k] in self.lex.habitual:
                    break
                k -= 1
            if k < 0 or tok.sent[k] != c.sent or low[k] not in self.w.first_person_subjects \
                    or not self._in_quote(tok.starts[k]):
                continue  # ("'Indian troops provoked the clash,' he said": an act the speaker tells of others)
            if k > 0 and tok.sent[k - 1] == c.sent and (low[k - 1] in self.lex.clause_breaks
                                                         or low[k - 1] in self.w.condition_words):
                continue  # ("'If we had agreed to a truce, ...'": a condition, no act)
            if self._quote_speaker_sentences(c) is None:
                continue
            c.quoted = False
            self._quoted_acts.append((c, low[k]))

    def _quote_speaker_sentences(self, c: _Cand) -> list[int] | None:
        """The sentences where the quote holding ``c`` may be attributed: its own when a part of it lies outside
        quotes; else (a sentence all quote) the one before and the one after it in the same paragraph."""
        text = self.text
        s0, s1 = self.sentences[c.sent]
        body = text[s0:s1].strip()
        outside = [k for k in range(self.tokens.at(s0), self.tokens.at(s1 - 1) + 1)
                   if self.tokens.sent[k] == c.sent and self.tokens.low[k][:1].isalpha()
                   and not self._in_quote(self.tokens.starts[k])]
        if outside:
            return [c.sent]
        if not body:
            return None
        out = []
        if c.sent > 0 and "\n" not in text[self.sentences[c.sent - 1][1]:s0]:
            out.append(c.sent - 1)
        if c.sent + 1 < len(self.sentences) and "\n" not in text[s1:self.sentences[c.sent + 1][0]]:
            out.append(c.sent + 1)
        return out or None

    def _quoted_act_speakers(self, cands: list[_Cand]) -> None:
        """Give each mention ``_quoted_own_acts`` let out of its quote the subject of the saying that attributes the
        quote (its own sentence first, then the one before, then the one after); with none, it goes back in."""
        self._quoted_sayings: list[tuple[_Cand, _Cand]] = []
        for c, subject in self._quoted_acts:
            saying = None
            for si in self._quote_speaker_sentences(c) or ():
                saying = next((d for d in cands if d.sent == si and d.alive and not d.quoted and d.source is not None
                               and d.entry.pos == "verb" and d.entry.lemma in self.w.attribution), None)
                if saying is not None:
                    break
            if saying is None:
                c.quoted = True
                continue
            self._quoted_sayings.append((c, saying))
            speaker = self._state_mention(saying.source) if subject in self.w.first_person_plural else saying.source
            # ("we": the speaker's side, a person's state; "I": the speaker)
            if c.source is not None and c.target is None and c.source.actor.id != speaker.actor.id \
                    and self._in_quote(c.source.start):
                c.target = c.source
            c.source = speaker
            if c.target is not None and c.target.actor.id == speaker.actor.id:
                c.target = None

    def _date_quoted_acts(self) -> None:
        """A quoted act with no date of its own is dated as the saying that attributes its quote ("'We have lodged
        protests,' the spokesman said on Tuesday": Tuesday, the day it is told done); with no date there either, the
        words stay quoted (an act the text does not place in time is no entry of the timeline: "'We agreed to keep in
        touch,' Lavrov said")."""
        for c, saying in self._quoted_sayings:
            if c.timex is None and c.anchor_timex is None:
                if saying.timex is not None:
                    c.timex, c.timex_cost = saying.timex, saying.timex_cost
                else:
                    c.quoted = True
