"""Recall on fresh news: constructions that told an act the other stages missed, and readings that told one that did
not happen. Every word list is data (cues.yaml ``grammar``: ``armed_movement_lemmas``, ``armed_subjects``,
``expectation_predicates``, ``repeat_words``, ``count_words``, ``object_first_lemmas``, ``vote_lemmas``,
``subject_openers``).

- "Russian troops crossed into Ukraine": a movement into a state is an incursion only with an armed subject ("Refugees
  crossed into Poland" is none);
- "The two military commanders are due to speak again on Monday", "The military commanders are due to speak": a plural
  head of the ``pairs`` table with modifiers or without a count word stands for the pair that last acted together;
- "a second round of talks is expected on Thursday": another round of the talks just told, planned, by their parties;
- "was arrested in March and convicted of espionage on July 19": a passive coordinated with a passive, with a date of
  its own, is an act of its own;
- "more than 700 people had been arrested": a counted passive of a material act is news without a date or a doer
  (not a casualty: "two soldiers had been killed" tells the toll of an attack told on its own);
- "voted on Wednesday to demand that Russia withdraw its troops": one demand by the voters, aimed at Russia; the
  withdrawal is what they demand, no act (nor in "demands Russia withdraw from Ukraine");
- "as protests over the result spread": a word in -s right after a clause-opening conjunction is a noun;
- "firms accused of supplying drones": a verb that takes its object first ("accused X of"), right before "of", is a
  participle that describes, not an accusation by the sentence's subject;
- "neither side has endorsed it": a verb whose clause opens with a negative subject (``negative_subjects``) tells
  that no one did it, no event.
"""

from __future__ import annotations

from timeline.events.common import _Cand, _FACTUAL


class RecallMixin:
    """Mixed into the extraction context (timeline.events.extract._Context)."""

    def _recall_constructions(self, cands: list[_Cand]) -> None:
        """After actors are set, before pair-only acts are dropped: group heads, planned rounds, armed movements and
        participles, votes to demand (see the module docstring)."""
        self._voted_demands(cands)
        self._bare_demand_contents(cands)
        for c in cands:
            if c.alive and c.entry.pos == "noun" and self._opens_subject(c.t0) and any(m.start < c.start for m in c.actors):
                # "expels Russian diplomats as protests over the vote spread": nothing before the conjunction is a party
                c.source = c.source if c.source is not None and c.source.start > c.start else None
                c.target = c.target if c.target is not None and c.target.start > c.start else None
                c.others = [m for m in c.others if m.start > c.start]
                c.entry = next((e for e, _ in self.lex.forms.get(c.text.lower(), ())
                                if e.pos == "noun" and e.lemma == c.entry.lemma), c.entry)  # (its own type again)
        for c in cands:
            if not c.alive:
                continue
            if c.entry.lemma in self.w.armed_movement_lemmas and not self._armed_subject(c):
                c.alive = False  # "Refugees crossed into Poland": no incursion
                continue
            if c.entry.pos == "verb" and c.entry.lemma in self.w.object_first_lemmas and self._describing_participle(c):
                c.alive = False  # "firms accused of supplying drones": a description of the firms, no accusation
                continue
            if c.target is not None and c.target.start > c.end and self._behind_subordinate_comma(c, c.target):
                c.target = None  # "vowed to push for a deal, after the Nobel Committee honoured him": the subordinate
                # clause's subject is no party to the main act
            if c.entry.pos == "verb" and not c.actors and not c.group and not c.quoted:
                c.group = self._series_group(c)  # "Protesters tore down posters ... and clashed with police"
            if not c.actors and not c.quoted and (c.entry.pos == "verb" or not c.group):
                pair = self._pair_head_subject(c) if c.entry.pos == "verb" else self._repeated_round_parties(c)
                pair = self._forum_leaders(c, pair or self._modified_pair_head(c))  # ("The leaders are due to meet
                # again for the alliance's summit": the organization; "The corps commanders first met": the pair)
                if pair:
                    c.source, c.target = pair[0], pair[1]
                    c.group = None  # ("the two army commanders": the pair, not a group of unknown people)

    def _voted_demands(self, cands: list[_Cand]) -> None:
        """"The General Assembly voted on Wednesday to demand that Russia withdraw its troops": a vote to demand is one
        demand by the voters (the vote's mention, retyped by the demand verb's lexicon entry), aimed at the subject of
        its "that" clause; what it demands (the base verbs of that clause) did not happen."""
        tok = self.tokens
        n = len(tok.low)
        for v in cands:
            if not v.alive or v.entry.pos != "verb" or v.entry.lemma not in self.w.vote_lemmas or v.quoted:
                continue
            k = v.t1
            while k < n and tok.sent[k] == v.sent and (k in self._timex_cover_early() or tok.low[k] in self.w.adverbs
                                                        or (tok.low[k].endswith("ly") and len(tok.low[k]) > 4)  # "overwhelmingly"
                                                        or tok.low[k] in self.w.date_preps and k + 1 in self._timex_cover_early()):
                k += 1
            if k + 1 >= n or tok.low[k] not in self.w.verb_markers or tok.sent[k + 1] != v.sent:
                continue
            demand = next((e for e, tense in self.lex.forms.get(tok.low[k + 1], ())
                           if e.pos == "verb" and e.type == "DEMAND" and tense == "base"), None)
            if demand is None:
                continue
            v.entry = demand  # (the mention stays the vote's words: "voted ... to demand")
            self._vote_object_starts()[id(v)] = k + 2  # (its summary's object follows "to demand")
            that = k + 2 if k + 2 < n and tok.low[k + 2] in self.w.complement_breaks else None
            if that is None:
                continue
            m = self.mention_by_tok.get(that + 1)
            if m is not None and v.target is None and m.actor.kind in ("state", "igo", "person", "group", "organization"):
                v.target = m
            for d in cands:
                if d is not v and d.alive and d.sent == v.sent and d.entry.pos == "verb" and d.t0 > that \
                        and d.tense == "base" and not any(tok.low[j] in self.lex.clause_breaks or tok.low[j] == ";"
                                                          for j in range(that + 1, d.t0)):
                    d.alive = False  # ("withdraw its troops": demanded, not done)

    def _vote_object_starts(self) -> dict[int, int]:
        """Votes retyped by the demand they vote for (by id) -> the token after "to demand": where the object starts."""
        if not hasattr(self, "_vote_object_map"):
            self._vote_object_map: dict[int, int] = {}
        return self._vote_object_map

    def _bare_demand_contents(self, cands: list[_Cand]) -> None:
        """"demands Russia withdraw from Ukraine" (a headline; no "that"): a base-form verb right after the demand's
        object (one actor mention) is what is demanded, no act."""
        tok = self.tokens
        for c in cands:
            if not c.alive or c.entry.type != "DEMAND" or c.entry.pos != "verb" or c.t1 >= len(tok.low):
                continue
            m = self.mention_by_tok.get(c.t1)
            if m is None:
                continue
            k = tok.at(m.end)
            for d in self._cands_by_tok.get(k, ()):
                if d is not c and d.alive and d.sent == c.sent and d.entry.pos == "verb" and d.tense == "base" \
                        and d.status in _FACTUAL:
                    d.alive = False

    def _timex_cover_early(self) -> set[int]:
        """Tokens inside date expressions (before ``analyse`` sets ``timex_cover``)."""
        got = self.__dict__.get("_recall_timex_cover")
        if got is None:
            tok = self.tokens
            got = self.__dict__["_recall_timex_cover"] = {
                k for t in self.timexes for k in range(tok.at(t.start), tok.at(t.end))}
        return got

    def _opens_subject(self, t0: int) -> bool:
        """"Venezuela expels diplomats as protests over the result spread", "while talks continue": a word in -s right
        after a conjunction that opens a clause (``subject_openers``) is that clause's subject, a noun (a verb would
        need a subject before it)."""
        tok = self.tokens
        w = tok.low[t0]
        return t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] and tok.low[t0 - 1] in self.w.subject_openers \
            and w.endswith("s") and not w.endswith(("ss", "us", "is"))

    def _behind_subordinate_comma(self, c: _Cand, m) -> bool:
        """Is mention ``m`` (after ``c``) the subject of a clause opened by ", after" / ", before" / ", since" between
        them (a temporal subordinator right after a comma, ``m`` right after it and its determiners)?"""
        tok = self.tokens
        k = tok.at(m.start)
        j = k - 1
        while j > c.t1 and tok.low[j] in self.w.articles:
            j -= 1
        return j > c.t1 and tok.sent[j] == c.sent and tok.low[j] in self.w.temporal_subordinators and tok.low[j - 1] == ","

    def _series_group(self, c: _Cand) -> str | None:
        """"Protesters tore down posters of the president and clashed with police": a verb after "and" shares the
        subject that opens its sentence when that subject is an unnamed group (``group_nouns``: "Protesters", "Hundreds
        of students") followed by a verb, with no other subject, clause break or quote between."""
        tok = self.tokens
        if c.t0 < 3 or tok.low[c.t0 - 1] not in self.w.clause_coordinators or tok.sent[c.t0 - 1] != c.sent:
            return None
        s0 = tok.at(self.sentences[c.sent][0])
        j = s0
        while j < c.t0 and (tok.low[j] in self.w.articles or self._adjective_like(tok.low[j])) and j not in self.mention_cover:
            j += 1
        if j >= c.t0 - 2 or tok.low[j] not in self.lex.group_nouns or j in self.mention_cover:
            return None
        if not (j + 1 < c.t0 and self.text[tok.starts[j + 1]].islower() and tok.low[j + 1] not in self.w.prepositions
                and tok.low[j + 1] not in self.w.relative_pronouns):
            return None  # (the group must be the subject of the sentence's first verb: "Protesters tore down ...")
        for k in range(j + 1, c.t0 - 1):
            if tok.low[k] in self.lex.clause_breaks or tok.low[k] in (";", "that", ",") or tok.low[k] in self.w.subject_pronouns:
                return None
        return self.text[tok.starts[s0]:tok.ends[j]]

    def _armed_subject(self, c: _Cand) -> bool:
        """An armed noun ("troops", "forces", "tanks") in the clause before the verb."""
        tok = self.tokens
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and tok.clause[k] == tok.clause[c.t0] and c.t0 - k <= 8:
            if tok.low[k] in self.w.armed_subjects:
                return True
            k -= 1
        return False

    def _describing_participle(self, c: _Cand) -> bool:
        """"firms accused of supplying drones", "companies accused of helping Moscow": the verb right before "of" with
        a common noun right before it (no auxiliary, no subject pronoun, no actor, no trigger)."""
        tok = self.tokens
        k = c.t0 - 1
        if c.t1 >= len(tok.low) or tok.low[c.t1] not in self.w.origin_preps or k < 0 or tok.sent[k] != c.sent \
                or c.tense != "past":
            return False
        w = tok.low[k]
        opens = k == tok.at(self.sentences[c.sent][0])  # ("Firms accused of helping Russia were sanctioned")
        return w.isalpha() and (self.text[tok.starts[k]].islower() or opens) and k not in self.mention_cover \
            and k not in self._cands_by_tok and w not in self.w.passive_aux and w not in self.w.perfect_aux_all \
            and w not in self.w.subject_pronouns and w not in self.lex.modals and w not in self.w.conjunctions \
            and w not in self.w.adverbs and w not in self.w.relative_pronouns

    def _pair_head_subject(self, c: _Cand):
        """"The (two) military commanders are due to speak again on Monday": a plural subject head of the ``pairs``
        table (after "the", a count word and modifiers) opening the clause, with only auxiliaries and frames ("are due
        to", "will") before the verb, stands for the pair last told acting together (``_last_pair``)."""
        tok = self.tokens
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (
                tok.low[k] in self.w.future_frames or tok.low[k] in self.w.adverbs or tok.low[k] in self.lex.modals
                or tok.low[k] in self.w.present_be or tok.low[k] in self.w.past_be or tok.low[k] in self.w.have_aux):
            k -= 1
        if k < 1 or k == c.t0 - 1 or tok.sent[k] != c.sent or k in self.mention_cover:
            return None
        for words, roles in self.lex.pairs.items():
            n = len(words)
            if k - n + 1 < 1 or tuple(tok.low[k - n + 1:k + 1]) != tuple(words):
                continue
            j = k - n
            while j >= 0 and tok.sent[j] == c.sent and (tok.low[j] in self.w.pair_words or self._adjective_like(tok.low[j])
                                                        or tok.low[j] in self.lex.adjective_heads) \
                    and tok.low[j] not in self.w.articles and j not in self.mention_cover:
                j -= 1
            if j < 0 or tok.sent[j] != c.sent or tok.low[j] != "the":
                return None
            if j > 0 and tok.sent[j - 1] == c.sent and tok.low[j - 1] not in (",", "and"):
                return None  # (the phrase must open its sentence or clause: not "met the military commanders")
            pair = self._last_pair(tok.starts[j], c.sent, roles)
            return pair if len(pair) == 2 else None
        return None

    def _repeated_round_parties(self, c: _Cand):
        """"a second round of talks is expected on Thursday", "another round of negotiations is scheduled for next week",
        "the next round will be held in April": talks told as a repeat (``repeat_words``) with a predicate of their own
        (``expectation_predicates``: planned; schedule predicates, predicates of occurrence) are more of the last talks
        told with two parties (``_story_pair``): those parties."""
        tok = self.tokens
        if c.entry.type != "CONSULT" or c.entry.mode == "visit":
            return None
        j = c.t0 - 1
        if j >= 1 and tok.low[j] == "of" and tok.low[j - 1] in self.lex.measure_nouns:
            j -= 2
        if j < 0 or tok.sent[j] != c.sent or tok.low[j] not in self.w.repeat_words:
            return None
        n = len(tok.low)
        k = c.t1
        if k >= n or tok.sent[k] != c.sent:
            return None
        expected = any(tuple(tok.low[k:k + len(p)]) == p for p in self._expectation_phrases())
        if not expected and not any(tuple(tok.low[k:k + len(p)]) == p for p in self.lex.schedule_predicates) \
                and not self._has_predicate(k, min(n, k + 2)):
            return None  # (a predicate of its own: "is scheduled for next week", "will be held in April")
        told = self._story_pair(c)
        if told is None:
            return None
        if expected:
            c.status = "planned"
        return told.source, told.target

    def _expectation_phrases(self) -> list[tuple[str, ...]]:
        got = self.__dict__.get("_expectation_cache")
        if got is None:
            got = self.__dict__["_expectation_cache"] = [tuple(p.split()) for p in self.w.expectation_predicates]
        return got

    def _recall_passives(self, cands: list[_Cand]) -> None:
        """At the end of the analysis: a passive coordinated with a passive and dated on its own ("was arrested in March
        and convicted of espionage on July 19"), and a counted passive of a material act ("more than 700 people had
        been arrested"), are events (``predicated``)."""
        tok = self.tokens
        for c in cands:
            if c.alive and c.entry.pos == "noun" and not c.actors and not c.quoted and not c.predicated \
                    and c.status in _FACTUAL and c.same_as is None and self._opens_subject(c.t0) and self._told_by_predicate(c):
                c.predicated = c.strong_override = True  # "as protests over the result spread": the protests, told by
                # their own verb (a weak noun without a date of its own too: the verb tells it happened)
                continue
            if not c.alive or c.entry.pos != "verb" or c.tense != "past" or c.actors or c.quoted or c.predicated \
                    or c.same_as is not None or c.status not in _FACTUAL or c.entry.weak:
                continue
            if c.entry.type in self.lex.passive_types and c.timex is not None and c.timex_cost < 6.0:
                k = c.t0 - 1
                while k > 0 and tok.sent[k] == c.sent and tok.low[k] in self.w.adverbs:
                    k -= 1
                if k > 0 and tok.sent[k] == c.sent and tok.low[k] in self.w.coordinators and any(
                        d.predicated and d.entry.pos == "verb" and d.sent == c.sent and d.t1 <= k and d.timex is not None
                        and d.timex is not c.timex and tok.low[d.t0 - 1] in self.w.passive_aux
                        and not any(x in self.trigger_toks for x in range(d.t1, c.t0)) for d in cands):
                    c.predicated = True  # "was arrested in March and convicted of espionage on July 19"
                    continue
            if c.entry.type in self.w.material_types and c.entry.lemma not in self.lex.casualty_verbs \
                    and c.t0 >= 2 and tok.low[c.t0 - 1] in self.w.be_participles \
                    and self._counted_subject(c.t0 - 2, c.sent):
                c.predicated = True  # "more than 700 people had been arrested"

    def _told_by_predicate(self, c: _Cand) -> bool:
        """A predicate of occurrence (cues.yaml ``predicates``: "spread", "broke out") right after the noun or after
        its phrase, in its clause, before any verb trigger."""
        tok = self.tokens
        for k in range(c.t1, min(len(tok.low), c.t1 + 8)):
            if tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0] or tok.low[k] in self.w.predicate_subject_stops \
                    or any(d.entry.pos == "verb" for d in self._cands_by_tok.get(k, ())):  # (a noun: "protests over the vote")
                return False
            if self._has_predicate(k, k + 1):
                return True
        return False

    def _coordinated_passive_subject(self, lead: _Cand) -> str | None:
        """The subject of the passive a verb after "and" is coordinated with ("Gershkovich was arrested in March and
        convicted ... on July 19": "Gershkovich"), as written and capitalized; None when it is not one."""
        tok = self.tokens
        if lead.entry.pos != "verb" or lead.tense != "past" or lead.t0 < 3:
            return None
        k = lead.t0 - 1
        while k > 0 and tok.sent[k] == lead.sent and tok.low[k] in self.w.adverbs:
            k -= 1
        if tok.sent[k] != lead.sent or tok.low[k] not in self.w.coordinators:
            return None
        v = next((p for p in range(k - 1, 0, -1) if p in self.trigger_toks and tok.sent[p] == lead.sent
                  and tok.low[p - 1] in self.w.passive_aux), None)
        if v is None or tok.clause[v] != tok.clause[lead.t0]:
            return None
        e = v - 2
        while e > 0 and tok.low[e] in self.w.perfect_aux_all and tok.sent[e] == lead.sent:
            e -= 1
        j = e
        while j > 0 and e - j < 5 and tok.sent[j - 1] == lead.sent and tok.clause[j - 1] == tok.clause[v] \
                and tok.low[j - 1] not in (",", ";"):
            j -= 1
        if e < j or tok.sent[e] != lead.sent or tok.low[j] in self.w.complement_breaks:
            return None
        subject = self.text[tok.starts[j]:tok.ends[e]]
        return f"{subject[:1].upper()}{subject[1:]}"

    def _counted_object(self, c: _Cand) -> bool:
        """"imposed sanctions on 50 further people", "on more than 500 Russian targets": a counted object (after an object
        preposition and hedges, ``count_hedges``) brings in parties of its own; the act answers nothing told before."""
        tok = self.tokens
        n = len(tok.low)
        k = c.t1
        if k < n and tok.low[k] in self.w.object_preps:
            k += 1
        while k < n and tok.sent[k] == c.sent and tok.low[k] in self.w.count_hedges:
            k += 1
        if k >= n or tok.sent[k] != c.sent:
            return False
        w = tok.low[k]
        return w.replace(",", "").isdigit() or w in self.w.count_words

    def _counted_subject(self, k: int, sent: int) -> bool:
        """A number ("700", "dozens") in the few words before the auxiliary at ``k`` ("700 people had", "dozens of
        protesters have")."""
        tok = self.tokens
        if tok.low[k] not in self.w.perfect_aux_all:
            return False
        for j in range(k - 1, max(-1, k - 5), -1):
            if tok.sent[j] != sent or tok.low[j] in (",", ";") or j in self.trigger_toks:
                return False
            w = tok.low[j]
            if w.replace(",", "").isdigit() or w in self.w.count_words:
                return True
        return False

    def _negative_object(self, c: _Cand) -> bool:
        """"Maduro said Venezuela had agreed to nothing", "the envoys signed nothing": a verb (not a meeting, whose negation is
        news) whose object, right after it or after one preposition, is a negative object word (cues.yaml ``grammar``
        ``negative_objects``): the act was not done, a state of affairs and no event."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.entry.type in self.lex.negated_types:
            return False
        k = c.t1
        if k < len(tok.low) and tok.sent[k] == c.sent and tok.low[k] in self.w.prepositions:
            k += 1
        return k < len(tok.low) and tok.sent[k] == c.sent and tok.low[k] in self.w.negative_objects

    def _partial_legislators(self, c: _Cand) -> bool:
        """"Some Republican lawmakers criticised the meeting", "drew criticism from some Conservative members of
        parliament, who accused Downing Street of ...": a verb whose subject is part of a legislature (cues.yaml
        ``legislator_nouns``, or "members of" a sitting of ``audience_nouns``, the head one of ``agent_heads``) opened by a partial quantifier
        (``partial_quantifiers``), with no state or body named between them, tells domestic politics, no diplomatic
        event (not "Several German lawmakers criticised Macron": a foreign party named)."""
        tok = self.tokens
        if c.entry.pos != "verb" or not self.w.partial_quantifiers:
            return False
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and tok.low[k] in self.w.adverbs:
            k -= 1
        if k >= 2 and tok.low[k] == "who" and tok.low[k - 1] == ",":
            k -= 2  # ("some Conservative members of parliament, who accused ...")
        if k < 1 or tok.sent[k] != c.sent:
            return False
        if tok.low[k] in self.lex.audience_nouns and k >= 2 and tok.low[k - 1] == "of" and tok.low[k - 2] in self.lex.agent_heads:
            k -= 2
        elif tok.low[k] not in self.w.legislator_nouns:
            return False
        for j in range(k - 1, max(-1, k - 5), -1):
            if tok.sent[j] != c.sent or j in self.mention_cover or not tok.low[j].isalpha():
                return False
            if tok.low[j] in self.w.partial_quantifiers:
                return True
        return False

    def _negative_subject(self, c: _Cand) -> bool:
        """"but neither side has endorsed it", "None of the allies has recognised the vote": a verb (not a meeting,
        whose negation is news) with a negative subject word (cues.yaml ``grammar`` ``negative_subjects``) at most six
        words before it in its clause, and no modal or "to" between (not "neither side would accept": a refusal)."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.entry.type in self.lex.negated_types:
            return False
        for k in range(c.t0 - 1, max(-1, c.t0 - 7), -1):
            if tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0]:
                return False
            w = tok.low[k]
            if w in self.lex.modals or w == "to" or w in self.lex.clause_breaks:
                return False
            if w in self.w.negative_subjects:
                return True
        return False
