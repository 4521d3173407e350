"""Generic and habitual statements that tell no event: what a kind of occasion tends to do ("Summits of the league
tend to produce long communiques") and a standing position told in the simple present against anything of a kind
("Both governments deny any arms trade", "the United States opposes any change to the status quo") or in the present
perfect of an undated relative clause ("The United States, which has backed Guyana through the crisis, urged ...")."""

from __future__ import annotations

from timeline.events.common import _Cand


class GenericStatementMixin:
    """Drops candidates that only tell a habit of a kind of occasion or a standing position (cues.yaml
    ``habit_phrases``, ``generic_object_determiners``, ``standing_types``)."""

    def _generic_statements(self, cands: list[_Cand]) -> None:
        tok = self.tokens
        habits = [tuple(p.split()) for p in self.lex.habit_phrases]
        starts = {k for k in tok.where({p[0] for p in habits if p})  # where a habit phrase starts (by its first word)
                  if any(self._phrase_at(k, p) for p in habits)}
        for c in cands:
            if not c.alive:
                continue
            if starts and self._in_habit(c, starts):
                c.alive = False  # "Summits of the league tend to produce ...": a habit of a kind, no act on a day
            elif self._standing_position(c):
                c.alive = False  # "Both governments deny any arms trade": a position held, no act on a day
            elif self._relative_perfect_stance(c):
                c.alive = False  # "The United States, which has backed Guyana through the crisis, urged ..."
            elif self._in_open_question(c):
                c.alive = False  # "Who is backing Lithuania?", "Will Putin attend?": a question asserts no act
            elif self._gerund_subject(c):
                c.alive = False  # "said that putting pressure on Poland was not the way": a kind of act, the subject

    def _in_open_question(self, c: _Cand) -> bool:
        """Is ``c`` in a question (not quoted) that opens with a subject "who" or an auxiliary (cues.yaml
        ``question_openers``): "Who is backing Lithuania?", "Will Putin attend the summit?" tell no act done or
        planned ("Why did Riyadh expel the envoy?", "What did the two leaders agree?" presuppose theirs)."""
        if c.quoted or not self.w.question_openers:
            return False
        s0, s1 = self.sentences[c.sent]
        if not self.text[s0:s1].rstrip().endswith("?"):
            return False
        return self.tokens.low[self.tokens.at(s0)] in self.w.question_openers

    def _gerund_subject(self, c: _Cand) -> bool:
        """Is ``c`` an -ing verb (or the noun of a light -ing verb) opening the subject of a clause ("He said that filing complaints with international
        bodies was not the right way", "putting pressure on Poland and filing complaints were not"): right after the
        sentence's start, "that" or a reporting verb (or after "and" that joins it to such a gerund), with a finite
        "be" (cues.yaml ``finite_be``) after it in its clause? It names a kind of act, not one done."""
        tok = self.tokens
        if c.quoted or not self.w.finite_be:
            return False
        k = c.t0
        if not (c.entry.pos == "verb" and c.tense == "ing"):
            if not (k >= 1 and tok.sent[k - 1] == c.sent and tok.low[k - 1].endswith("ing") and c.tense != "past"):
                return False
            k -= 1  # ("putting pressure on Poland was not the way": the gerund of a light verb before the word)
        s0 = tok.at(self.sentences[c.sent][0])

        def opens_subject(k: int) -> bool:  # (token ``k`` is the gerund: does a subject start there?)
            return k == s0 or tok.low[k - 1] == "that" or tok.low[k - 1] in self.lex.reporting

        if not opens_subject(k):
            if tok.low[k - 1] != "and":
                return False
            starts = [j for j in range(max(s0, k - 16), k - 1) if tok.low[j].endswith("ing") and opens_subject(j)
                      and not any(tok.low[m] in (",", ";", ":") for m in range(j, k))]
            if not starts:
                return False
        for m in range(c.t1, min(len(tok.low), c.t1 + 20)):
            if tok.sent[m] != c.sent or tok.low[m] in (",", ";", ":"):
                return False
            if tok.low[m] in self.w.finite_be:
                return True
        return False

    def _relative_perfect_stance(self, c: _Cand) -> bool:
        """A stance verb in the present perfect right after "which"/"who" ("which has backed Guyana") in a sentence
        with no date: what the party has held all along, background to the clause's main act."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.quoted or c.entry.type not in self.lex.standing_types or c.t0 < 2:
            return False
        if tok.sent[c.t0 - 2] != c.sent or tok.low[c.t0 - 1] not in self.w.perfect_aux \
                or tok.low[c.t0 - 2] not in self.w.relative_who_which:
            return False
        s_start, s_end = self.sentences[c.sent]
        return not self._timexes_between(s_start, s_end)

    def _in_habit(self, c: _Cand, starts: set[int]) -> bool:
        """Is ``c`` the subject of a habit phrase (its noun a few words before "tend to", with no comma or clause
        break between)? (The verb right after one is already no event: a base form after "to".)"""
        tok = self.tokens
        for k in starts:
            if tok.sent[k] != c.sent:
                continue
            if c.t1 <= k <= c.t1 + 5 and all(tok.low[j][:1].isalnum() and tok.low[j] not in self.lex.clause_breaks
                                              and tok.low[j] not in self.w.relative_that_which
                                              for j in range(c.t1, k)):
                return True
        return False

    def _standing_position(self, c: _Cand) -> bool:
        """A stance verb (cues.yaml ``standing_types``) in the simple present, not quoted, not in a headline, in a
        sentence with no date, whose object opens with a word of any-kind ("deny any", "opposes any")."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.quoted or c.entry.type not in self.lex.standing_types:
            return False
        if c.t1 >= len(tok.low) or tok.sent[c.t1] != c.sent or tok.low[c.t1] not in self.lex.generic_object_determiners:
            return False
        prev = tok.low[c.t0 - 1] if c.t0 > 0 and tok.sent[c.t0 - 1] == c.sent else ""
        if not (c.tense == "present" or (c.tense == "base" and prev and prev != "to" and prev not in self.lex.modals
                                         and prev not in self.w.negations)):
            return False
        s_start, s_end = self.sentences[c.sent]
        if not self.text[s_start:s_end].rstrip().endswith((".", "?", "!", '"', "”")):
            return False  # a headline's present tense tells the news ("Kremlin denies any role in attack")
        return not self._timexes_between(s_start, s_end)
