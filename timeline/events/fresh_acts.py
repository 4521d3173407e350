"""Acts and readings on fresh news that the lexicon alone gets wrong (s12 acceptance test). Every word list is data
(cues.yaml ``grammar``: ``non_event_heads``, ``trade_verbs``, ``deadline_lemmas``, ``cancel_relative_subjects``,
``plan_sequel_words``, ``order_adverbs``, ``stance_words``, ``approval_words``, ``more_disapproval_words``,
``treaty_duty_nouns``, ``suspend_lemmas``, ``blast_verbs``, ``blast_nouns``, ``departure_verbs``,
``regional_adjectives``, ``people_adjective_endings``).

Right after the trigger words are found (``_screen_fresh_triggers``):
- "an aid worker", "aid agencies", "a carrier strike group": a trigger noun right before a head of people or a body
  modifies that head; no event;
- "agreed to buy armed drones", "sold missiles to Riyadh": a weapon noun that a verb of trade governs is a purchase
  or a sale, no attack;
- "gave Moscow 60 days to comply", "gave the junta 48 hours to step down": a deadline set is an ultimatum; "gave a speech
  on Monday to parliament" is none (the lexicon entry of such a verb holds only with a length of time and "to");
  "gave the diplomats 72 hours to leave" is an expulsion (SANCTION);
- "would suspend its obligations under the treaty": suspending what a treaty binds one to reduces relations (SANCTION),
  it concedes nothing;
- "An explosion ripped through the depot": a blast that rips or tears through is an attack; "a typhoon tore through
  the islands" is none (``blast_verbs`` with a ``blast_nouns`` subject);
- "the freeing by Mali's government of 200 prisoners": an event verb in -ing after a determiner and before "by" is
  the act, told as a noun, of the agent after "by";
- "is due to meet European leaders at a summit": a verb that needs a named object meets a regional group too.

After dates are attached (``_relative_cancellations``):
- "He had been due to travel to Moscow on Monday, a trip he cancelled on Saturday": a verb of cancelling in a
  relative about the noun before it ("a trip he cancelled", "the visit that Paris called off") cancels that noun's
  event, and the act the noun is apposed to;

After actors and status (``_settle_fresh_acts``):
- "The corps commanders first met on June 6 and agreed then to ...": an unnamed group is the subject across an adverb
  of order ("first", "finally"), and of the verb coordinated with the first; "European leaders met in Brussels": a
  plural head of the ``pairs`` table after a capitalised modifier that names no known actor is a group;
- "is due to meet business leaders on Friday before flying to Cairo": a verb in -ing after "before"/"after" in a
  clause whose act is planned is planned too;
- "Erdogan condemned the strike and said Turkey stood with Iran": support voiced by a saying that is part of
  another act (the condemnation) is part of that act too;
- "Biden told him the United States would stand with Ukraine": a stance of support told in the words of a saying is
  that saying's content (one statement: its speaker, its day, aimed at whom the stance is);
- "The United States said the ruling was final and legally binding", "Russia said the alliance was making a very
  dangerous mistake": a state's undated saying whose words judge the news is a support or a disapproval.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.events.common import _Cand, _FACTUAL


_JUDGED: dict[tuple, dict[str, list[tuple[list[str], str]]]] = {}


class FreshActMixin:
    """Mixed into the extraction context (timeline.events.extract._Context)."""

    # ---- right after _find_triggers

    def _screen_fresh_triggers(self, cands: list[_Cand]) -> list[_Cand]:
        """Drop trigger nouns that modify a non-event head or name traded weapons, deadlines that are no deadline;
        add "the <verb>ing by X" nominal acts (see the module docstring)."""
        tok, w = self.tokens, self.w
        low, n = tok.low, len(tok.low)
        kept: list[_Cand] = []
        for c in cands:
            if c.entry.pos == "noun" and c.t1 < n and tok.sent[c.t1] == c.sent and low[c.t1] in w.non_event_heads:
                continue  # "an aid worker", "aid agencies"
            if c.entry.pos == "noun" and c.entry.type == "ASSAULT" and self._traded_object(c):
                continue  # "agreed to buy armed MQ-9B drones"
            if c.entry.pos == "verb" and c.entry.lemma in w.deadline_lemmas:
                to = self._deadline_follows(c)
                if to is None:
                    continue  # "gave a speech on Monday to parliament"
                if to + 1 < n and low[to + 1] in w.departure_verbs:
                    c.entry = replace(c.entry, type="SANCTION", summary="expels")
                    # "gave the diplomats 72 hours to leave the country": an expulsion, relations reduced
            if c.entry.pos == "verb" and low[c.t0] in w.blast_verbs and not any(
                    low[k] in w.blast_nouns for k in range(max(0, c.t0 - 4), c.t0) if tok.sent[k] == c.sent):
                continue  # "A typhoon tore through the islands": no attack ("An explosion ripped through the depot" is)
            if c.entry.pos == "verb" and c.entry.lemma in w.suspend_lemmas and c.entry.type != "SANCTION" \
                    and any(low[k] in w.treaty_duty_nouns for k in range(c.t1, min(n, c.t1 + 3)) if tok.sent[k] == c.sent):
                c.entry = replace(c.entry, type="SANCTION", object_types=(), cancels=None, status=None)
                # "would suspend its obligations under the treaty": relations reduced, nothing conceded
            kept.append(c)
        self._fresh_sayings = [c for c in kept if c.entry.pos == "verb" and c.entry.weak and c.entry.type == "STATEMENT"]
        have = {c.t0 for c in kept}
        for k in [i - 1 for i in tok.where(("by",)) if 1 < i]:  # (the word before each "by")
            if k in have or low[k - 1] not in self.lex.determiners or tok.sent[k + 1] != tok.sent[k]:
                continue
            c = self._nominal_gerund(k)
            if c is not None:
                kept.append(c)
                have.add(k)
        heads = {words[-1] for words in self.lex.pairs}
        for k in [i - 2 for i in tok.where(heads) if 1 < i]:  # (two words before each plural head)
            if k in have or k + 1 in self.mention_cover or tok.sent[k + 2] != tok.sent[k] or not self._regional_word(k + 1):
                continue
            c = self._met_regional_group(k)
            if c is not None:
                kept.append(c)  # "is due to meet European leaders at a summit"
        kept.sort(key=lambda c: c.t0)
        return kept

    def _regional_word(self, k: int) -> bool:
        """Is the word at token ``k`` a capitalised adjective of a region or a people ("European", "Arab", "Nordic")?"""
        w = self.tokens.low[k]
        return self.text[self.tokens.starts[k]].isupper() and w.isalpha() and (
            w in self.w.regional_adjectives or w.endswith(tuple(self.w.people_adjective_endings)))

    def _met_regional_group(self, k: int) -> _Cand | None:
        """"is due to meet European leaders": a verb that needs a named object (``next_actor``) with a regional group
        as its object ("Arab foreign ministers" are no gazetteer actor, yet someone is met)."""
        tok = self.tokens
        found = next(((e, tense) for e, tense in self.lex.forms.get(tok.low[k], ())
                      if e.pos == "verb" and e.next_actor and tense != "noun" and len(e.lemma.split()) == 1), None)
        if found is None or self._noun_context(k) or self._inside_date(k):
            return None
        entry, tense = found
        start, end = tok.starts[k], tok.ends[k]
        c = _Cand(entry=entry, tense=tense, start=start, end=end, text=self.text[start:end], t0=k, t1=k + 1,
                  sent=tok.sent[k], quoted=self._in_quote(start))
        c.determiner = self._determiner_before(k)
        return c

    def _traded_object(self, c: _Cand) -> bool:
        """Is the weapon noun ``c`` the object of a verb of trade a few words before it ("buy armed MQ-9B drones",
        "sold two batteries of missiles")?"""
        tok = self.tokens
        for k in range(c.t0 - 1, max(-1, c.t0 - 6), -1):
            if tok.sent[k] != c.sent or tok.low[k] in (",", ";", ".") or tok.low[k] in self.lex.clause_breaks:
                return False
            if tok.low[k] in self.w.trade_verbs:
                return True
        return False

    def _deadline_follows(self, c: _Cand) -> int | None:
        """The token of the "to" of what ``c`` demands when a length of time ("60 days", "48 hours") comes between
        ("gave Russia 60 days to return to compliance"), else None."""
        tok = self.tokens
        low, n = tok.low, len(tok.low)
        for k in range(c.t1, min(n, c.t1 + 10)):
            if tok.sent[k] != c.sent or low[k] in (",", ";", "."):
                return None
            if low[k] == "to":
                start, end = tok.starts[c.t1], tok.starts[k]
                timed = any(start <= t.start and t.end <= end and str(t.value).startswith("P") for t in self.timexes)
                return k if timed else None
        return None

    def _nominal_gerund(self, k: int) -> _Cand | None:
        """"the freeing by Mali's government of 200 prisoners": the act of the -ing verb at token ``k``."""
        tok = self.tokens
        entry = next((e for e, tense in self.lex.forms.get(tok.low[k], ())
                      if e.pos == "verb" and tense == "ing" and not e.weak and not e.objects and not e.next_actor), None)
        if entry is None or self._inside_date(k):
            return None
        start, end = tok.starts[k], tok.ends[k]
        c = _Cand(entry=entry, tense="past", start=start, end=end, text=self.text[start:end], t0=k, t1=k + 1,
                  sent=tok.sent[k], quoted=self._in_quote(start))
        c.determiner = self._determiner_before(k)
        return c

    # ---- after actors and status

    def _settle_fresh_acts(self, cands: list[_Cand]) -> None:
        """After actors and status: unnamed groups behind an adverb of order; plans continued by "before <-ing>"."""
        self._groups_behind_adverbs(cands)
        self._planned_sequels(cands)
        self._support_said_in_act(cands)
        self._support_voiced_by_saying(cands)
        self._judging_sayings(cands)

    def _support_voiced_by_saying(self, cands: list[_Cand]) -> None:
        """"Biden told him the United States would stand with Ukraine", "The United States said it stood with its
        ally": a stance of support (``stance_words``) told in the words of a saying is that saying's content: one
        saying typed SUPPORT, news even undated, dated by the saying and done by its speaker, aimed at whom the stance
        is."""
        tok = self.tokens
        for c in list(cands):  # (a saying revived is inserted into ``cands``)
            if not c.alive or c.entry.pos != "verb" or c.entry.type != "SUPPORT" or c.same_as is not None or c.quoted \
                    or self.tokens.low[c.t0] not in self.w.stance_words:
                continue
            say = next((d for d in reversed(cands) if d.alive and d.sent == c.sent and d.t0 < c.t0), None)
            told = next((d for d in reversed(self._fresh_sayings) if d.sent == c.sent and d.t1 <= c.t0), None)
            if told is not None and not told.alive and told.source is not None and (say is None or say.t1 <= told.t0):
                say = told  # ("Biden told him the United States would stand with Ukraine": a saying dropped for the
                # act it tells, constructions._says_own_act; the support is the saying's)
            if say is None or not say.entry.weak or say.entry.type != "STATEMENT" or say.entry.pos != "verb" \
                    or say.source is None or say.same_as is not None or say.quoted or not 0 <= c.t0 - say.t1 <= 8 \
                    or any(tok.low[k] in (";", ":") for k in range(say.t1, c.t0)):
                continue
            if not say.alive:
                say.alive = True
                cands.insert(next((j for j, d in enumerate(cands) if d.t0 > say.t0), len(cands)), say)
            say.strong_override = True  # (a statement of support: news even undated)
            say.entry = replace(say.entry, type="SUPPORT")  # (the support voiced is what the saying does)
            self._said_supports.add(id(say))  # (dated like a saying: readings._told_saying)
            if say.target is None or say.target.actor.id == (c.source.actor.id if c.source is not None else None):
                say.target = c.target  # ("told him the United States would stand with Ukraine": not at the US)
            c.alive = False  # (the saying's content, no mention of an act of its own)
            cands.remove(c)

    def _judging_sayings(self, cands: list[_Cand]) -> None:
        """"The United States said the ruling was final and legally binding" (SUPPORT), "Russia said the alliance was
        making a very dangerous mistake" (DISAPPROVE): a saying by a state or an organization whose words judge the news
        (``approval_words``, ``more_disapproval_words``) is a reaction, news even without a date (as in
        constructions._disapproving_statements), unless the sentence tells an act of its own; only undated (a dated
        remark is a statement already)."""
        tok, w = self.tokens, self.w
        low, n = tok.low, len(tok.low)
        key = (w.approval_words, w.more_disapproval_words)
        judged = _JUDGED.get(key)
        if judged is None:  # (first word -> (phrase, type), made once per grammar)
            judged = {}
            for words, type_ in [(p.split(), "SUPPORT") for p in w.approval_words] + [
                    (p.split(), "DISAPPROVE") for p in w.more_disapproval_words]:
                judged.setdefault(words[0], []).append((words, type_))
            _JUDGED[key] = judged
        if not judged:
            return
        for c in cands:
            if not c.alive or c.entry.type != "STATEMENT" or c.entry.pos != "verb" or not c.entry.weak or c.quoted \
                    or c.entry.predicative or c.source is None or c.source.actor.kind not in ("state", "igo") \
                    or c.same_as is not None or c.status not in _FACTUAL:
                continue
            end = c.t1  # (the saying's words end at ", and <another clause>")
            while end < n and tok.sent[end] == c.sent and end - c.t1 < 30 and low[end] not in (";", ":") \
                    and not (low[end] == "," and end + 1 < n and low[end + 1] in w.clause_coordinators):
                end += 1
            k = c.t1
            while k < end and not any(low[k:k + len(words)] == words for words, _ in judged.get(low[k], ())):
                k += 1
            if k >= end:
                continue  # (no judging words: the common case, read first)
            if any(d is not c and d.alive and d.sent == c.sent and d.entry.pos == "verb" and d.entry.type != "STATEMENT"
                   and d.t0 < end for d in cands):
                continue  # ("condemned the strike and said it was a mistake": one condemnation, told by its verb)
            s0 = tok.at(self.sentences[c.sent][0])
            if any(j in self.timex_toks for j in range(s0, end)):
                continue  # ("France said on Monday that the vote was a step forward": a dated remark stays a statement)
            while k < end:
                hit = next((t for words, t in judged.get(low[k], ()) if low[k:k + len(words)] == words), None)
                if hit is not None:
                    near = low[max(c.t1, k - 3):k]
                    if any(x in w.verb_negations or x in w.negations for x in near):
                        break  # "said the ruling was not binding"
                    c.entry = replace(c.entry, type=hit, weak=False)
                    if c.target is None:
                        m = next((self.mention_by_tok[j] for j in range(c.t1, k) if j in self.mention_by_tok
                                  and self.mention_by_tok[j].actor.kind in ("state", "igo")
                                  and self.mention_by_tok[j].actor.id != c.source.actor.id), None)
                        c.target = m  # "Russia said the alliance was making a mistake": at the alliance
                    break
                k += 1

    def _support_said_in_act(self, cands: list[_Cand]) -> None:
        """"Erdogan condemned the strike on Monday and said Turkey stood with Iran": the saying is part of the
        condemnation (constructions._join_coordinated_statements), and so is the support it voices."""
        for i, c in enumerate(cands):
            if not c.alive or c.entry.pos != "verb" or c.entry.type != "SUPPORT" or c.same_as is not None \
                    or self.tokens.low[c.t0] not in self.w.stance_words:
                continue
            say = next((d for d in reversed(cands[:i]) if d.alive and d.sent == c.sent), None)
            if say is not None and say.entry.weak and say.entry.type == "STATEMENT" and say.same_as is not None \
                    and say.same_as.entry.type != "STATEMENT" and say.t1 <= c.t0 and c.t0 - say.t1 <= 6:
                c.same_as = say.same_as  # (its parties are the saying's content, none of the act's)
                c.source, c.target, c.others, c.group = None, None, [], None

    def _groups_behind_adverbs(self, cands: list[_Cand]) -> None:
        """"The corps commanders first met on June 6 and agreed then to ...": a group subject read across an adverb of
        order (``order_adverbs``), and the verb coordinated with that one shares it."""
        tok, w = self.tokens, self.w
        low = tok.low
        last: _Cand | None = None
        for c in cands:
            if not c.alive or c.entry.pos != "verb" or c.actors or c.group or c.quoted or c.t0 < 2:
                continue
            k = c.t0 - 1
            if low[k] in w.order_adverbs and tok.sent[k] == c.sent:
                c.group = self._group_description(_Cand(c.entry, c.tense, c.start, c.end, c.text, k, k + 1, c.sent))
                if c.group:
                    self._group_events.append(c)
                    last = c
                continue
            group = self._regional_group(c)
            if group:
                c.group = group  # "European leaders met in Brussels on Monday"
                self._group_events.append(c)
                last = c
                continue
            if last is not None and last.sent == c.sent and low[k] == "and" and tok.clause[k] == tok.clause[last.t0] \
                    and not any(d.t0 > last.t0 and d.t0 < c.t0 and d.entry.pos == "verb" for d in cands if d.alive) \
                    and not any(j in self.mention_by_tok and low[j - 1] not in w.prepositions for j in range(last.t1, c.t0)):
                c.group = last.group  # "... first met on June 6 and agreed then": the same group
                self._group_events.append(c)

    def _relative_cancellations(self, cands: list[_Cand]) -> None:
        """After dates are attached (the act keeps the day it was planned for): cancellations told in a relative
        about the noun cancelled."""
        tok, w = self.tokens, self.w
        low = tok.low
        for c in cands:
            if not c.alive or not c.entry.cancels or c.entry.pos != "verb" or c.cancels_cand is not None:
                continue
            k = c.t0 - 1
            if k < 1 or low[k] not in w.cancel_relative_subjects and k not in self.mention_cover:
                continue
            while k > 0 and k in self.mention_cover and tok.sent[k - 1] == c.sent and (k - 1) in self.mention_cover \
                    and self.mention_cover[k - 1] is self.mention_cover[k]:
                k -= 1
            noun = next((d for d in cands if d.alive and d is not c and d.sent == c.sent and d.entry.pos == "noun"
                         and d.t1 == k and not d.entry.cancels and d.entry.type not in ("ANNOUNCE", "STATEMENT")), None)
            if noun is None:
                continue
            c.cancels_cand = noun
            status = "cancelled" if c.entry.cancels == "cancel" else "postponed"
            told = [noun]
            j = noun.t0 - 1
            while j >= 0 and low[j] in self.lex.determiners:
                j -= 1
            if j >= 0 and low[j] == ",":
                head = max((d for d in cands if d.alive and d.sent == c.sent and d is not noun and d.t1 <= j
                            and d.entry.type == noun.entry.type and not d.entry.cancels), key=lambda d: d.t1, default=None)
                if head is not None and all(low[i] not in (",", ";") for i in range(head.t1, j)):
                    told.append(head)  # "due to travel to Moscow on Monday, a trip he cancelled": the travel
                    c.cancels_cand = head
            for d in told:
                if d.status in _FACTUAL or d.status == "planned":
                    d.status = status
                    d.status_cue = c.text

    def _regional_group(self, c: _Cand) -> str | None:
        """"European leaders met in Brussels", "Arab foreign ministers agreed": a plural head of the ``pairs`` table
        (leaders, ministers, diplomats ...) right before the verb, after a capitalised adjective of a region or a people
        (``regional_adjectives``, ``people_adjective_endings``) that names no known actor, is a group of its own, as
        "the separatist authorities" is (not "Aid agencies said")."""
        tok = self.tokens
        low, k = tok.low, c.t0 - 1
        heads = {words[-1] for words in self.lex.pairs}
        if low[k] not in heads or tok.sent[k] != c.sent or k in self.mention_cover:
            return None
        j = k
        while j - 1 >= 0 and k - j < 2 and tok.sent[j - 1] == c.sent and j - 1 not in self.mention_cover \
                and low[j - 1].isalpha() and low[j - 1] not in self.lex.determiners and (
                    self.text[tok.starts[j - 1]].isupper() or " ".join(low[j - 1:k + 1]) in self.lex.pairs):
            j -= 1
        first = self.text[tok.starts[j]]
        if j == k or not first.isupper() or low[j] in self.lex.determiners or low[j] in self.lex.clause_breaks \
                or not self._regional_word(j) \
                or (j > 0 and tok.sent[j - 1] == c.sent and low[j - 1] not in (",", ";", ":")
                    and low[j - 1] not in self.w.clause_coordinators and low[j - 1] not in self.w.temporal_subordinators):
            return None  # (a capitalised word after a word of the sentence is a name's part, not a modifier)
        return self.text[tok.starts[j]:tok.ends[k]]

    def _planned_sequels(self, cands: list[_Cand]) -> None:
        tok, w = self.tokens, self.w
        low = tok.low
        for c in cands:
            if not c.alive or c.entry.pos != "verb" or c.tense != "ing" or c.status not in _FACTUAL or c.t0 < 1 \
                    or low[c.t0 - 1] not in w.plan_sequel_words:
                continue
            b = c.t0 - 1
            dct = self.doc.dct
            if dct is not None and any(t.start > c.start and t.latest is not None and t.latest < dct
                                       and tok.clause[tok.at(t.start)] == tok.clause[c.t0]
                                       and tok.sent[tok.at(t.start)] == c.sent for t in self.timexes):
                continue  # "will travel to Rome on Friday after visiting Kyiv last week": a visit already made
            main = max((d for d in cands if d.alive and d is not c and d.sent == c.sent and d.t1 <= b
                        and tok.clause[d.t0] == tok.clause[c.t0]), key=lambda d: d.t1, default=None)
            if main is not None:
                cue = main.status_cue if main.status == "planned" else None
            else:  # (the main act may be no event: "is due to meet business leaders")
                cue = next((found[1] for k in range(b, max(0, b - 12), -1)
                            if tok.sent[k] == c.sent and tok.clause[k] == tok.clause[b]
                            for found in [self._cue_before(k, "planned", exact_end=True)] if found), None)
            if cue is not None:
                c.status = "planned"  # "is due to meet business leaders on Friday before flying to Cairo"
                c.status_cue = cue
