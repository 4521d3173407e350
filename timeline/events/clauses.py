"""Which clause a date expression belongs to, on fresh news (the dates of the wrong expression).

A date governs the words of its own clause; these readings keep it from dating an act of another one:

- the date line's day ("PRAGUE, April 19, 2021 (Wire) - Russia ordered ...") tells when the story was filed: only the
  publication date, never an event;
- a day told for the event an offset counts from ("Two days after the clash on June 15, X told Y") dates that event
  (the offset itself counts from it: June 17), never the main clause;
- a year that modifies a noun ("over 2014 depot blasts", "the 2014 explosions") dates that noun, not the verb;
- "rejected the ruling on Tuesday and sent a frigate to the area on Wednesday": a verb after "and" with a day of its
  own later in its clause leaves the day before "and" to the verb before it;
- a date at the end of a reduced relative clause ("expelled 18 staff it said were linked to explosions ... in 2014",
  "diplomats who were accused of spying in 2014") dates what the relative tells, not the verb it follows.

And a dated sentence dates its other clauses when nothing else dates them (``_date_clauses_from_frames``):

- a day that opens the sentence ("On Wednesday, the leaders met Zelensky, who then met Biden"; "A day earlier, India
  had signed the accords, and the two agencies agreed ...") dates every act told in the past in it that has no date of
  its own (not what a saying in it reports, nor an act before an offset's event);
- a saying dated in its own clause dates what its speaker's side does by saying it ("NATO allies said in a statement
  on Friday that they fully supported the action": the support is given that day) and what that side tells as under
  way ("Putin said on Saturday that Russia was suspending the treaty": announced that day), whether its day follows the
  saying or opens the sentence ("On Saturday, Putin said that Russia was suspending ...": the same report, the same reading);
- a sentence dated only by an offset counted from a day ("Two days after the clash on June 15, Jaishankar told Wang
  ...") dates the undated acts of the next sentence of its paragraph as any dated sentence does ("Wang urged India
  ...": June 17, not the clash's June 15);
- a sentence that opens on the setting of a saying told just before ("NATO leaders said on Tuesday that ... .
  In their communique, the allies also agreed to ...", also in the next paragraph) is dated by that saying.
"""

from __future__ import annotations

import re

from timeline.events.common import _Cand, _FACTUAL, _is_date
from timeline.model import Timex

#: the date line of a wire story: upper-case place names and a comma before the day, "(Agency)" and a dash after it
_DATELINE_HEAD = re.compile(r"(?:[A-Z][A-Z.'’ -]*[A-Z.]\s*,\s*)?\Z")
#: the words around a date that opens its sentence: "On Wednesday,", "Late on Friday,", "A day earlier,"
_FRAME_HEAD = re.compile(r"\s*(?:(?:late|early)\s+)?(?:on|in|at|by)?\s*\Z", re.IGNORECASE)
_FRAME_TAIL = re.compile(r"\s*(?:earlier|later|before|after)?\s*,", re.IGNORECASE)
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-—–]\s")


class ClauseMixin:
    """Mixed into the extraction context (timeline.events.extract._Context)."""

    def _timex_of_other_clause(self, c: _Cand, ti: int, te: int, tx: Timex) -> bool:
        """True when ``tx`` (tokens ``ti``..``te``) cannot date mention ``c`` because it belongs to another
        clause or to the story's date line (``_timex_cost`` asks first)."""
        if self._dateline_timex(tx):
            return True
        if self._day_of_anchor_event(c, tx):
            return True
        noun = self._year_noun_at(ti, te, tx)
        if noun >= 0 and (ti >= c.t1 or c.t0 > noun + 2):
            return True  # ("declared the end of the 2015 Algiers peace agreement on Thursday, accusing ...": the
            # agreement's year, neither the declaring's nor the accusing's)
        noun_end = self._date_of_noun(ti, te, tx)
        if noun_end and (ti >= c.t1 or c.t0 > noun_end):
            return True  # "held talks on reconstruction after the January eruption": the eruption's month
        if ti < c.t0 and self._coordinated_with_own_day(c, te):
            return True
        return ti >= c.t1 and self._in_reduced_relative(c, ti)

    def _coordinated_with_own_day(self, c: _Cand, te: int) -> bool:
        """"rejected the ruling on Tuesday and sent a frigate to the area on Wednesday": ``c`` follows "and" right after
        the expression ending at token ``te`` and has a day of its own later in its clause, with no other event, clause
        break or infinitive ("to" before a verb; "to the area" is a place) between: the expression is the verb's before."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.t0 < 2 or tok.low[c.t0 - 1] != "and" or te != c.t0 - 2:
            return False
        s1 = self.sentences[c.sent][1]
        w = self.w
        for t in self._timexes_between(tok.starts[c.t1] if c.t1 < len(tok.starts) else s1, s1):
            k = tok.at(t.start)
            if tok.clause[k] != tok.clause[c.t0]:
                return False
            for j in range(c.t1, k):
                word = tok.low[j]
                if j in self.trigger_toks or word in self.w.phrase_breaks_and or (
                        word == "to" and tok.low[j + 1] not in w.definite and tok.low[j + 1] not in w.indefinite_articles
                        and tok.low[j + 1] not in w.third_person_possessives):
                    return False
            return _is_date(t) and t.anchor is None and t.precision in ("day", "part_of_day") \
                and not self._time_to_come(t)
        return False

    def _dateline_timex(self, tx: Timex) -> bool:
        """"PRAGUE, April 19, 2021 (Wire) - ...", "Dec 31 (Reuters) - ...": the day the story was filed, at the
        start of a line."""
        memo = self.__dict__.setdefault("_dateline_memo", {})
        got = memo.get(tx.start)
        if got is None:
            text = self.text
            line0 = text.rfind("\n", 0, tx.start) + 1
            got = memo[tx.start] = tx.start - line0 <= 60 and _DATELINE_HEAD.match(text, line0, tx.start) is not None \
                and _DATELINE_TAIL.match(text, tx.end) is not None
        return got

    def _day_of_anchor_event(self, c: _Cand, tx: Timex) -> bool:
        """"Two days after the clash on June 15, Jaishankar told Wang": June 15 is the clash's day (inside the clause
        the offset counts from), not the telling's."""
        spans = self.__dict__.get("_offset_clause_spans")
        if spans is None:  # (every offset with the clause it counts from, also one already resolved through a day)
            spans = self._offset_clause_spans = [t for t in self.timexes if t.anchor is not None
                                                 and t.anchor.clause_start is not None and t.anchor.clause_end is not None]
        for t in spans:
            a = t.anchor
            if t is not tx and a.clause_start <= tx.start < a.clause_end and not a.clause_start <= c.start < a.clause_end:
                return True
        return False

    def _year_of_noun(self, ti: int, te: int, tx: Timex) -> bool:
        """"trade expulsions over 2014 depot blasts", "the 2014 explosions": a year written before a noun, with no
        date preposition before it, modifies that noun."""
        return self._year_noun_at(ti, te, tx) >= 0

    def _year_noun_at(self, ti: int, te: int, tx: Timex) -> int:
        """The first word of the noun the year at tokens ``ti``..``te`` modifies (``_year_of_noun``), after any
        capitalised words of a name ("the 1995 Srebrenica massacre"); -1 when the year modifies no noun."""
        tok = self.tokens
        if tx.precision != "year" or not tx.text.isdigit() or ti == 0 or te + 1 >= len(tok.low) or tok.sent[te + 1] != tok.sent[ti]:
            return -1
        before, after = tok.low[ti - 1], tok.low[te + 1]
        w = self.w
        if not before.isalpha() or before in w.date_preps or before in w.fronted_date_preps:
            return -1
        k = te + 1
        if before in self.lex.determiners:  # ("the 1995 Srebrenica massacre": a name between the year and its noun)
            while k < min(len(tok.low), te + 4) and tok.sent[k] == tok.sent[ti] \
                    and self.text[tok.starts[k]:tok.starts[k] + 1].isupper() and tok.low[k].isalpha():
                k += 1
            if k >= len(tok.low) or tok.sent[k] != tok.sent[ti]:
                return -1
            after = tok.low[k]
        word = self.text[tok.starts[k]:tok.ends[k]]
        if word.isalpha() and word.islower() and after not in w.prepositions and after not in w.passive_aux \
                and after not in w.past_aux and after not in w.perfect_aux and after not in self.lex.modals:
            return k
        return -1

    def _date_of_noun(self, ti: int, te: int, tx: Timex) -> int:
        """"the January eruption", "the Oct. 7 attack", "its March 2021 summit", "last week's talks": a month or a day
        written between a determiner and a noun (or before a possessive "'s") modifies that noun, not the clause's
        verb. The last token the noun phrase may reach (its head lies within it); 0 when the expression is no modifier."""
        memo = self.__dict__.setdefault("_date_of_noun_memo", {})
        got = memo.get(tx.start)
        if got is not None:
            return got
        got = memo[tx.start] = 0
        tok = self.tokens
        if tx.precision not in ("day", "week", "month") or tx.anchor is not None or tx.type != "DATE" \
                or ti == 0 or te + 2 >= len(tok.low) or tok.sent[te + 1] != tok.sent[ti] or tok.sent[te + 2] != tok.sent[ti]:
            return got
        w = self.w
        if self.text[tx.end:tx.end + 2] in ("'s", "’s"):
            k = tok.at(tx.end)  # "last week's talks", "Sunday's vote" ("sunday's": one token with its "'s")
            k += k < len(tok.low) and tok.low[k] in ("'s", "’s")
        else:
            before = tok.low[ti - 1]
            if not (tx.text[:1].isupper() or tx.text[:1].isdigit()) or before not in self.lex.determiners \
                    or before in ("'s", "’s") and tok.low[ti - 2:ti - 1] == ["it"]:
                return got
            k = te + 1
        if k >= len(tok.low) or tok.sent[k] != tok.sent[ti]:
            return got
        word = self.text[tok.starts[k]:tok.ends[k]]
        if not (word.isalpha() and word.islower()) or tok.low[k] in w.prepositions or tok.low[k] in w.passive_aux \
                or tok.low[k] in w.past_aux or tok.low[k] in w.perfect_aux or tok.low[k] in self.lex.modals \
                or tok.low[k] in w.conjunctions or tok.low[k] in w.relative_pronouns:
            return got
        got = memo[tx.start] = k + 2
        return got

    def _in_reduced_relative(self, c: _Cand, ti: int) -> bool:
        """"expelled 18 staff it said were linked to explosions at a depot in 2014": a passive predicate between an
        active verb and the date ("were linked") opens a relative clause on the verb's object; the date is its."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.tense != "past" or (c.t0 > 0 and tok.low[c.t0 - 1] in self.w.passive_aux):
            return False
        for k in range(c.t1, ti - 1):
            if tok.low[k] in self.w.passive_aux and tok.low[k - 1] not in self.w.conjunctions and tok.low[k - 1] != "," \
                    and tok.low[k + 1].endswith(("ed", "en")) and tok.low[k + 1].isalpha() \
                    and k + 1 not in self.trigger_toks:
                return True
            if tok.low[k] in self.w.progressive_aux and tok.low[k - 1] in self.lex.reporting and k - 2 >= c.t1 \
                    and tok.low[k - 2] in self.w.subject_pronouns:
                return True  # ("staff it said were spies linked to ...": a relative on the object, its subject a saying)
        return False

    # ---- a dated sentence dates its other clauses

    def _date_clauses_from_frames(self, cands: list[_Cand]) -> None:
        """The acts of a sentence with no date of their own take the day that opens the sentence, or the day of the
        saying that tells them as done by its speaker's side (see the module docstring). Runs after
        ``_attach_timexes``; a date given here costs ``_SENTENCE_COST`` + 2 (a date of the sentence)."""
        by_sent: dict[int, list[_Cand]] = {}
        for c in cands:
            by_sent.setdefault(c.sent, []).append(c)
        for si, pool in by_sent.items():
            if not any(c.timex is not None or c.anchor_timex is not None for c in pool):
                continue
            self._date_from_opening_day(si, pool)
            self._date_from_dated_saying(pool)
        for si, pool in by_sent.items():
            if si > 0 and si - 1 in by_sent:
                self._date_from_offset_sentence_before(si, pool)
                self._date_from_setting_told_before(si, pool, by_sent[si - 1])

    def _undated_act(self, d: _Cand, counted_from_here: bool = False) -> bool:
        """``d`` has no date of its own (``counted_from_here``: it may carry an offset told after it that counts from
        another event to it, ", a day after the United States announced": a date of ``d`` dates that event too)."""
        a = d.anchor_timex
        if a is not None and not (counted_from_here and a.anchored_to == "event" and a.start > d.start):
            return False
        return d.timex is None and d.status in _FACTUAL and not d.quoted \
            and not self._in_anchor_clause(d.start) and id(d) not in self.__dict__.get("_told_cancels", ())

    def _date_from_opening_day(self, si: int, pool: list[_Cand]) -> None:
        tok = self.tokens
        s0, s1 = self.sentences[si]
        own = [t for t in self._timexes_between(s0, s1) if t.type != "SET"]
        if not own:
            return
        frame = own[0]
        a = frame.anchor
        tail = a.clause_end if a is not None and a.clause_start is not None and a.clause_end is not None else frame.end
        if frame.anchored_to == "event" and a is not None and a.clause_start is not None and a.clause_end is not None:
            self._share_opening_offset(si, pool, frame, tail)
            return
        if frame.anchored_to == "event" or frame.earliest is None or frame.latest is None or frame.earliest != frame.latest \
                or not _FRAME_HEAD.fullmatch(self.text, s0, frame.start) or not _FRAME_TAIL.match(self.text, tail) \
                or (self.doc.dct is not None and frame.earliest > self.doc.dct):
            return  # ("Two days after the clash on June 15, ...": the offset's clause is part of the frame)
        if any(self._dates_act(t) for t in own[1:] if t.start >= tail):
            return  # ("On Monday, Iran said it had freed them in May": another date of the sentence may be theirs)
        owner = next((c for c in pool if c.timex is frame), None)
        if owner is None:
            return
        fk = tok.at(frame.end)
        for d in pool:
            if d is not owner and self._setting_of(d, owner, fk):
                d.timex, d.timex_cost = frame, self._SENTENCE_COST + 2.0  # ("told Wang in a telephone call": its setting)
                continue
            if d is owner or not self._undated_act(d) or d.entry.pos != "verb" or d.tense != "past" \
                    or not self._simple_past(d) and not tok.low[d.t0 - 1] in self.w.perfect_aux:
                continue
            between = range(fk, d.t0)
            if any(tok.low[k] in self.lex.reporting or tok.low[k] in (";", ":", "that") for k in between):
                continue  # (what a saying reports has the time its speaker gives it)
            if any(tok.low[k] in self.w.perfect_aux for k in range(max(fk, d.t0 - 3), d.t0)) \
                    and not any(tok.low[k] in self.w.perfect_aux for k in range(max(fk, owner.t0 - 3), owner.t0 + 1)):
                continue  # ("On Monday they met; they had spoken in May": a perfect told under a simple past is earlier)
            d.timex, d.timex_cost = frame, self._SENTENCE_COST + 2.0

    def _setting_of(self, d: _Cand, owner: _Cand, fk: int) -> bool:
        """Is ``d`` an event noun told as the setting of ``owner``'s act ("told Wang Yi in a telephone call", "spoke
        during a visit"), after it in its clause (which opens at token ``fk``), with no date of its own?"""
        tok = self.tokens
        return d.entry.pos == "noun" and self._undated_act(d) and d.t0 > owner.t0 >= fk and d.t0 >= 2 \
            and tok.low[d.t0 - 1] in self.w.indefinite_articles and tok.low[d.t0 - 2] in self.w.date_preps \
            and tok.clause[d.t0] == tok.clause[owner.t0]

    def _share_opening_offset(self, si: int, pool: list[_Cand], frame: Timex, tail: int) -> None:
        """"Two days after the clash, Jaishankar told Wang Yi in a telephone call ... Wang urged India ...": an offset
        that opens the sentence and counts from an event (dated through reasoning) places the setting of the act it
        dates and the acts of the next sentence as it places that act (the same offset from the same event)."""
        tok = self.tokens
        owner = next((c for c in pool if c.anchor_timex is frame and not frame.anchor.clause_start <= c.start
                      < frame.anchor.clause_end), None)
        if owner is None or self._in_anchor_clause(owner.start, but_not=frame):
            return
        fk = tok.at(tail)
        for d in pool:
            if d is not owner and self._setting_of(d, owner, fk):
                d.anchor_timex = frame
        offsets = self.__dict__.setdefault("_opening_offsets", {})
        offsets[si] = frame

    def _dates_act(self, t: Timex) -> bool:
        """Could ``t``, another expression of a framed sentence, date a past act of it (not a time to come)?"""
        return t.type in ("DATE", "TIME") and t.earliest is not None and not self._time_to_come(t) \
            and not (self.doc.dct is not None and t.earliest > self.doc.dct)

    def _date_from_dated_saying(self, pool: list[_Cand]) -> None:
        tok = self.tokens
        for v in pool:
            tx = v.timex
            if tx is None or v.entry.pos not in ("verb", "noun") or v.quoted or v.status != "occurred" \
                    or v.timex_cost >= self._SENTENCE_COST or tx.anchored_to == "event" or tx.earliest is None \
                    or tx.earliest != tx.latest or v.source is None:
                continue
            end = self._report_opening(v, tx)
            if end is None:
                continue
            for d in pool:
                if d is v or d.t0 <= end or not self._undated_act(d, True) or d.source is None \
                        or not self._same_side(v.source, d.source) or any(
                            tok.low[m] in (";", ":") or m in self.trigger_toks and m != d.t0
                            and any(x.entry.pos == "verb" for x in self._cands_by_tok.get(m, ()))
                            for m in range(end + 1, d.t0)):
                    continue
                aux = [tok.low[m] for m in range(max(end + 1, d.t0 - 3), d.t0)]
                under_way = d.entry.pos == "verb" and d.tense == "ing" and any(
                    w in self.w.progressive_aux for w in aux)
                stance = d.entry.pos == "verb" and d.tense == "past" and (self._said_act(d) or (
                    self.lex.narrative is not None and d.entry.type in self.lex.narrative.reaction_types)) \
                    and not any(w in self.w.perfect_aux for w in aux)
                if under_way or stance:
                    d.timex, d.timex_cost = tx, self._SENTENCE_COST + 2.0

    def _report_opening(self, v: _Cand, tx: Timex) -> int | None:
        """Where the clause that the saying ``v``, dated ``tx``, reports opens (the token just before its first word), or
        None: "said on Friday that ...", "said on Friday it ..." (a pronoun of the speaker's own right after the day),
        and the same saying with its day fronted, "On Friday, NATO said (that) it ...": one report, one reading."""
        tok = self.tokens
        ti = tok.at(tx.start)
        if tx.start >= v.start:
            if not any(tok.low[k] in self.lex.reporting for k in range(max(0, v.t0 - 3, ti - 7), ti)
                       if tok.sent[k] == v.sent):
                return None  # ("said on Friday", "said in a statement on Friday": the day of a saying)
            end = tok.at(tx.end)
        else:
            if v.entry.pos != "verb" or tok.low[v.t0] not in self.lex.reporting or tx not in self._fronted_day_of(v.t0):
                return None  # ("On Friday, NATO said ...": the day that opens the sentence is the saying's alone)
            end = v.t1
        if end >= len(tok.low) or tok.sent[end] != v.sent:
            return None
        if tok.low[end] == "that":
            return end  # ("said on Friday that ...": the clause it reports follows the day)
        if tok.low[end] in self.w.own_pronouns:
            return end - 1  # ("said on Friday it had summoned ...")
        return None

    def _date_from_offset_sentence_before(self, si: int, pool: list[_Cand]) -> None:
        """The acts of sentence ``si`` (no date expression of its own, same paragraph) in the simple past, with actors,
        take the day of the sentence before when that sentence's only day is an offset counted from a day told for its
        event ("Two days after the clash on June 15, ..."), as ``_date_from_previous_sentence`` does for a day named."""
        s0, s1 = self.sentences[si]
        p0, p1 = self.sentences[si - 1]
        if "\n" in self.text[p1:s0] or any(_is_date(t) for t in self._timexes_between(s0, s1)):
            return
        prev = [t for t in self._timexes_between(p0, p1) if _is_date(t)]
        opening = self.__dict__.get("_opening_offsets", {}).get(si - 1)
        if opening is not None and len(prev) == 1:
            for d in pool:  # ("Two days after the clash, X told Y ... . Y urged X ...": the same offset places it)
                if self._carried_act(d, pool):
                    d.anchor_timex = opening
            return
        offsets = [t for t in prev if t.anchor is not None and t.anchor.clause_start is not None
                   and t.anchored_to.startswith("timex:") and t.earliest is not None and t.earliest == t.latest]
        if len(offsets) != 1:
            return
        day = offsets[0]
        a = day.anchor
        if any(t is not day and not (a.clause_start <= t.start < (a.clause_end or a.clause_start)) for t in prev) \
                or (self.doc.dct is not None and day.earliest > self.doc.dct):
            return
        for d in pool:
            if self._carried_act(d, pool):
                d.timex, d.timex_cost = day, self._PREVIOUS_COST

    def _carried_act(self, d: _Cand, pool: list[_Cand]) -> bool:
        """An act of a sentence with no date that the day of the sentence before carries on to: undated, told as done in
        the simple past by named actors, no weak word, and no answer ("Pashinyan accused Russia ...", a statement or a
        reaction, is on or after what it answers, not on its day: ``_date_from_previous_sentence`` reads them so too)."""
        if not (self._undated_act(d) and d.status == "occurred" and (d.actors or d.group) and self._simple_past(d)
                and (not d.entry.weak or d.strong_override)):
            return False
        by_sent = {d.sent: pool}
        return not (d.entry.type == "STATEMENT" or self._reaction_verb(d) or self._joined_reaction(d, by_sent) is not None)

    def _date_from_setting_told_before(self, si: int, pool: list[_Cand], before: list[_Cand]) -> None:
        """"NATO leaders said on Tuesday that ... . In their communique, the 31 allies also agreed to ...": a sentence
        that opens "In <its|their> <setting of a saying>," (``saying_settings``) tells what was done in the saying of
        the sentence before (also across a paragraph break): its undated acts take that saying's day."""
        tok = self.tokens
        k0 = tok.at(self.sentences[si][0])
        if k0 + 3 >= len(tok.low) or tok.low[k0] != "in" or tok.low[k0 + 1] not in self.w.third_person_possessives:
            return
        k = k0 + 2
        while k < min(k0 + 5, len(tok.low)) and tok.low[k] not in self.w.saying_settings:
            k += 1
        if k >= len(tok.low) or tok.low[k] not in self.w.saying_settings or k + 1 >= len(tok.low) or tok.low[k + 1] != ",":
            return
        s0, s1 = self.sentences[si]
        if any(_is_date(t) for t in self._timexes_between(s0, s1)):
            return
        sayings = [v for v in before if v.timex is not None and v.timex_cost < self._SENTENCE_COST and not v.quoted
                   and v.status == "occurred" and v.timex.anchored_to != "event" and v.timex.earliest is not None
                   and v.timex.earliest == v.timex.latest and (tok.low[v.t0] in self.lex.reporting
                                                               or tok.low[v.t0] in self.w.saying_settings)]
        if len(sayings) != 1:
            return
        tx = sayings[0].timex
        for d in pool:
            if self._undated_act(d) and d.status == "occurred" and (d.actors or d.group) and self._simple_past(d):
                d.timex, d.timex_cost = tx, self._PREVIOUS_COST
