"""Stage 3c of the event extractor: recall passes over constructions news uses everywhere.

Run after actors are set: fronted participles, attended occasions, commitment complements, visit purposes, frames
("on his visit", "In a joint statement"), passives of event nouns, threat and demand contents, zero relatives,
partitive subjects, named statements. They add or drop candidates (``alive``) and fill ``source``/``target``/``group``
where a construction names them.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from timeline.events.common import _Cand, _FACTUAL
from timeline.events.occasions import load_occasions
from timeline.model import ActorMention


class ConstructionMixin:
    """Recall passes over constructions, run after actors are set."""

    def _fronted_participles(self, cands: list[_Cand]) -> None:
        """"Visiting Kyiv on Tuesday, the Dutch prime minister promised ...", "Speaking by phone on Monday, Modi and
        Ishiba agreed ...": an -ing verb that opens its sentence, with no subject of its own, has the subject of the
        main clause after its comma (the first actor named right after the comma)."""
        tok = self.tokens
        self._acts_joined_in(cands)
        self._bodies_in_places(cands)
        self._mutual_acts(cands)
        for c in cands:
            ing_noun = c.entry.pos == "noun" and c.entry.type == "CONSULT" and tok.low[c.t0].endswith("ing") \
                and c.t1 < len(tok.low) and tok.low[c.t1] in self.w.prepositions  # "Meeting in Ankara on Monday, ..."
            if not (c.entry.pos == "verb" and c.tense == "ing" or ing_noun) or c.source is not None or c.quoted \
                    or c.same_as is not None:
                continue
            if c.t0 > 0 and tok.sent[c.t0 - 1] == c.sent:
                continue
            k = next((k for k in range(c.t1, min(len(tok.low), c.t1 + 15)) if tok.sent[k] != c.sent
                      or tok.low[k] in (",", ";", ".") or tok.low[k] in self.lex.clause_breaks), None)
            if k is None or tok.low[k] != "," or tok.sent[k] != c.sent:
                continue
            j = k + 1
            while j < len(tok.low) and tok.sent[j] == c.sent and tok.low[j] in self.lex.determiners and j - k <= 2:
                j += 1
            m = self.mention_by_tok.get(j) or self.mention_cover.get(j)
            if m is None or m.actor.kind not in ("person", "state", "igo") or tok.sent[j] != c.sent:
                continue
            if c.target is not None and c.target.actor.id == m.actor.id:
                c.target = None
            c.source = m
            if c.entry.weak and c.entry.type == "STATEMENT":
                d = next((d for d in cands if d.sent == c.sent and d.t0 > k and d.alive and d.entry.pos == "verb"
                          and d.same_as is None), None)
                if d is not None:
                    c.same_as = d  # "Speaking to reporters on Wednesday, Trump called her remarks "nasty"": one act
                    continue
            if c.entry.pair_only or c.entry.type == "CONSULT":
                after = tok.at(m.end)
                if after < len(tok.low) and tok.low[after] == "and":
                    other = self.mention_by_tok.get(after + 1)
                    if other is not None and other.actor.id != m.actor.id and c.target is None:
                        c.target = other  # "Speaking by phone on Monday, Modi and Ishiba agreed ..."

    def _acts_joined_in(self, cands: list[_Cand]) -> None:
        """"Germany joined France in condemning the coup", "Japan joined the United States in imposing sanctions on
        Russia": the -ing act after "<join> <party> in" (``_joined_in``) is the joiner's, done with that party (its
        other actors, never its target); the joining itself is no cooperation of its own."""
        tok = self.tokens
        for d in cands:
            k = self._joined_in(d.t0) if d.alive and d.entry.pos == "verb" and d.tense == "ing" else None
            if k is None or d.quoted:
                continue
            joins = [c for c in cands if c is not d and c.t0 == k and c.alive]
            joiner = next((c.source for c in joins if c.source is not None), None)
            if joiner is None:
                chain = self._subject_chain(k)
                joiner = chain[0] if chain else None
            if joiner is None:
                continue
            for c in joins:
                c.alive = False
            joined = []
            for j in range(k + 1, d.t0 - 1):
                m = self.mention_cover.get(j)
                if m is not None and m.actor.id != joiner.actor.id and all(m is not x for x in joined):
                    joined.append(m)
            side = self._own_side(joiner) | set().union(*(self._own_side(m) for m in joined))
            d.source = joiner
            if d.target is not None and self._own_side(d.target) & side:
                d.target = None
            d.others = joined + [m for m in d.others if m.actor.id not in side]

    def _mutual_acts(self, cands: list[_Cand]) -> None:
        """"India and Pakistan traded accusations", "the two sides traded blame": an act each party does to the other
        (cues.yaml ``mutual_lemmas``: trigger lemmas) with two parties as its subject is the first's, aimed at the
        second, as a meeting is."""
        for c in cands:
            if c.entry.lemma not in self.w.mutual_lemmas or c.source is None or c.target is not None or c.quoted:
                continue
            other = next((m for m in c.others if not self._own_side(m) & self._own_side(c.source)), None)
            if other is not None:
                c.target = other
                c.others = [m for m in c.others if m is not other]

    def _bodies_in_places(self, cands: list[_Cand]) -> None:
        """"A court in Moscow sentenced the American reporter", "a tribunal in Tehran convicted": a subject that is an
        unnamed body (cues.yaml ``unnamed_agents``) opened by "a"/"an", "in" a place of a known state, right before the
        verb, is that state acting (as "a Moscow court" is)."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "verb" or c.source is not None or c.quoted or not c.alive or c.t0 < 3:
                continue
            m = self.mention_cover.get(c.t0 - 1)
            if m is None or m.actor.kind != "state" or tok.sent[c.t0 - 1] != c.sent:
                continue
            s = tok.at(m.start)
            if s < 2 or tok.sent[s - 2] != c.sent or tok.low[s - 1] != "in" \
                    or tok.low[s - 2] not in self.w.unnamed_agents or self._international_seat(s - 2):
                continue  # (not "a court in The Hague": a city seating international courts)
            b = s - 3  # (the body opens its clause: "A court in Moscow", not "the verdict of a court in Moscow"; one of
            while b >= 0 and tok.sent[b] == c.sent and self._adjective_like(tok.low[b]):  # that state's own, "a court",
                b -= 1  # not "the court in The Hague", a court that sits there)
            if b < 0 or tok.sent[b] != c.sent or tok.low[b] not in self.w.indefinite_articles:
                continue
            b -= 1
            if b >= 0 and tok.sent[b] == c.sent and tok.low[b] not in (",", ";", ":") \
                    and tok.low[b] not in self.lex.clause_breaks:
                continue
            c.source = ActorMention(m.start, m.end, m.text, m.actor, "description")
            if c.target is not None and c.target.actor.id == m.actor.id:
                c.target = None
            c.others = [x for x in c.others if x.actor.id != m.actor.id]

    def _disapproving_statements(self, cands: list[_Cand]) -> None:
        """"Merkel said the annexation was contrary to international law", "Sanders said the expulsions marked a
        further deterioration": a statement whose words after the verb condemn (cues.yaml
        ``disapproval_words``) is a disapproval, news like any condemnation even without a date (unless the sentence
        names an act of its own: "condemned the strike and said it was illegal" is one condemnation, told by its
        verb)."""
        tok, words = self.tokens, self.lex.disapproval_words
        if not words:
            return
        by_sent: dict[int, list[_Cand]] = {}
        for c in cands:
            if c.alive and c.entry.type == "STATEMENT" and c.entry.pos == "verb" and c.entry.predicative \
                    and self._blaming_description(c):
                c.entry = replace(c.entry, type="DISAPPROVE", weak=False)
            if c.alive and c.entry.pos == "verb" and c.entry.predicative:
                self._judged_object_acts(c, cands)
            if not c.alive or c.entry.type != "STATEMENT" or c.entry.pos != "verb" or c.quoted or c.entry.predicative:
                continue  # ("called the news conference historic" stays the description it is: a statement)
            if not by_sent:  # (the mentions of each sentence, read as they are now)
                for d in cands:
                    by_sent.setdefault(d.sent, []).append(d)
            spans = self._said_words(c, by_sent[c.sent])
            if len(spans) > 1 and self._quoted_own_reaction(c, spans[1], by_sent[c.sent]):
                continue
            if not any(d is not c and d.alive and d.entry.type != "STATEMENT" and d.entry.pos == "verb" and d.t0 < c.t0
                       and not d.quoted for d in by_sent[c.sent]) \
                    and not any(self._condemning_words(a, b, words) for a, b in spans) \
                    and self._type_said_words(c, spans, by_sent[c.sent]):
                continue  # (said_types.py: "said it would retaliate" THREATEN, "said Ethiopia must withdraw" DEMAND)
            if any(d is not c and d.alive and d.entry.type != "STATEMENT" and d.entry.pos == "verb"
                   and ((d.t0 < c.t0 and not d.quoted) or (d.entry.type in self.lex.aimed_types
                                                           and any(a <= d.t0 < b for a, b in spans)))
                   for d in by_sent[c.sent]):
                continue  # ("condemned the strike and said it was illegal", "'We condemn it,' she said": one act)
            for a, b in spans:
                if self._condemning_words(a, b, words):
                    c.entry = replace(c.entry, type="DISAPPROVE", weak=False)
                    break

    def _quoted_own_reaction(self, c: _Cand, span: tuple[int, int], sent_cands: list[_Cand]) -> bool:
        """"'We condemn this attack,' the ministry said on Monday", "'We strongly support Kyiv,' the chancellor said": a
        reaction in the speaker's own words (``first_person_subjects`` before its verb, adverbs aside) in the quote that
        opens the sentence is what the saying does: the saying takes its type (and its target), the quoted verb is
        dropped. Returns whether it did."""
        low = self.tokens.low
        d = next((d for d in sent_cands if d is not c and d.alive and d.entry.pos == "verb" and span[0] <= d.t0 < span[1]
                  and d.entry.type != "STATEMENT"), None)
        if d is None or d.entry.type not in self.lex.aimed_types | self.lex.joined_types:
            return False
        k = d.t0 - 1
        while k > span[0] and (low[k] in self.w.adverbs or low[k] in self.lex.modals or low[k].endswith("ly")):
            k -= 1
        if low[k] not in self.w.first_person_subjects:
            return False  # ("'Indian troops provoked the clash,' the spokesman said": an act told, not the speaker's)
        c.entry = replace(c.entry, type=d.entry.type, weak=False)
        if c.target is None and d.target is not None and (c.source is None or d.target.actor.id != c.source.actor.id):
            c.target = d.target
        d.alive = False
        return True

    def _condemning_words(self, a: int, b: int, words) -> bool:
        """Do tokens [a, b) hold words that condemn (``disapproval_words``), not negated nor counted ("the vote was not
        illegitimate", "recorded 20 ceasefire violations": no condemnation)?"""
        tok = self.tokens
        if any(tok.low[k] in self.w.decrease_words for k in range(a, b)):
            return False  # ("said the ceasefire violations had fallen": a report of a decrease, no disapproval)
        for k in range(a, b):
            if any(self._phrase_at(k, w) for w in words.get(tok.low[k], ())):
                near = [tok.low[j] for j in range(max(a, k - 3), k)]
                return not any(w in self.w.verb_negations or w in self.w.negations or w[:1].isdigit()
                               or w in self.w.number_words for w in near)
        return False

    def _said_words(self, c: _Cand, sent_cands: list[_Cand]) -> list[tuple[int, int]]:
        """The token spans of what the saying ``c`` says: after its verb to a ";", a ":" (not one that opens a quote
        right after the verb and its addressee: 'told reporters: "..."') or ", and <another clause>"
        ("Merkel said the annexation was illegal, and the Commission said ...": not the Commission's words; 40 words
        at most), and a quote that opens the sentence and closes just before its speaker ("'This step is an unfriendly
        act,' a spokesman said on Saturday": no other verb between)."""
        tok, low = self.tokens, self.tokens.low
        n = len(low)
        end = c.t1
        while end < n and tok.sent[end] == c.sent and end - c.t1 < 40 and (low[end] not in (";", ":") or (
                low[end] == ":" and end - c.t1 <= 5 and end + 2 < n and tok.sent[end + 2] == c.sent
                and self._in_quote(tok.starts[end + 2]))) \
                and not (low[end] == "," and end + 1 < n and low[end + 1] in self.w.clause_coordinators):
            end += 1  # ("told reporters on Monday: \"...\"": the quote after the colon is what is said)
        spans = [(c.t1, end)]
        s0 = tok.at(self.sentences[c.sent][0])
        k = s0
        while k < c.t0 and k - s0 <= 1 and not self._in_quote(tok.starts[k]):
            k += 1  # (only a quote opening the sentence counts: its first words, not all of a long one)
        if k - s0 > 1 or k >= c.t0:
            return spans  # (no quote opens the sentence)
        q1 = k
        while q1 < c.t0 and self._in_quote(tok.starts[q1]):
            q1 += 1
        if c.t0 - q1 <= 14 and not any(d is not c and d.alive and d.entry.pos == "verb" and q1 <= d.t0 < c.t0
                                       for d in sent_cands):
            spans.append((k, q1))
        return spans

    def _judged_object_acts(self, c: _Cand, cands: list[_Cand]) -> None:
        """"Lavrov called Western sanctions illegal", "China called the US arms sale to Taiwan provocative": a trigger
        inside the object that "called" judges is what is judged, no act of the one who calls it so: a verb reading of
        it is none, and a noun keeps no source taken from the speaker. A blame is aimed at the owner the object names
        (``_object_owner``: "the Israeli strikes", "Russia's invasion")."""
        blame = self._blamed_object(c.t1) if c.t1 < len(self.tokens.low) else None
        if blame is None:
            return
        mine = self._own_side(c.source) if c.source is not None else set()
        if c.target is None and c.source is not None and c.entry.type == "DISAPPROVE":
            c.target = self._object_owner(c, c.source)  # "called the Israeli strikes on Gaza a genocide": Israel
        for d in cands:
            if d is c or d.sent != c.sent or not c.t1 <= d.t0 < blame or not d.alive:
                continue
            if d.entry.pos == "verb":
                d.alive = False
            elif d.source is not None and self._own_side(d.source) & mine:
                owner = self.mention_cover.get(d.t0 - 1)  # ("called Russia's invasion of Ukraine illegal": Russia's)
                d.source = owner if owner is not None and d.t0 - 1 >= c.t1 and not self._own_side(owner) & mine and (
                    self.text[owner.end:owner.end + 2] in ("'s", "’s") or owner.via in ("adjective", "demonym")) else None

    def _blaming_description(self, c: _Cand) -> bool:
        """"called the move unconscionable", "called the strikes barbaric on Monday": a predicative saying whose
        description is a bare adjective that blames (``_bare_blame_at``) is a disapproval (a description opened by an
        article or a quote stays what the saying says: "called Putin a war criminal")."""
        tok, words = self.tokens, self.lex.disapproval_words
        k, n = c.t1 + 1, len(tok.low)
        blame = self._blamed_object(c.t1) if c.t1 < n else None
        if blame is not None:  # ("called the attack on Kyiv barbaric", not "called the decision hardly unacceptable")
            return not any(self._blame_negator_at(j) for j in range(max(c.t1, blame - 3), blame))
        while k < n and tok.sent[k] == c.sent and k - c.t1 < 8 and tok.low[k] not in (",", ";", ":"):
            if self._bare_blame_at(k, c.t1 + 1) or any(self._phrase_at(k, w) for w in words.get(tok.low[k], ())):
                near = [tok.low[j] for j in range(max(c.t1, k - 3), k)]
                return not any(x in self.w.verb_negations or x in self.w.negations for x in near) \
                    and not any(self._blame_negator_at(j) for j in range(max(c.t1, k - 3), k))
            k += 1
        return False

    def _requests_of_parties(self, cands: list[_Cand]) -> None:
        """"Orban asked the Ukrainian leader to consider a quick ceasefire", "the prime minister asked Pompeo in a
        phone call to send delegates": a weak verb of demand ("asked") with an actor who asks, an actor asked, and
        what is asked in an infinitive after them is a request made, news without a date of its own."""
        tok, n = self.tokens, len(self.tokens.low)
        for c in cands:
            if c.entry.type != "DEMAND" or c.entry.pos != "verb" or not c.entry.weak or c.quoted \
                    or c.source is None or c.target is None or c.status not in _FACTUAL or c.tense != "past" \
                    or not c.source.start < c.start < c.target.start:
                continue
            k0 = tok.at(c.target.end)
            for k in range(k0, min(n, k0 + 10)):
                if tok.sent[k] != c.sent or tok.low[k] in self.lex.clause_breaks or tok.low[k] in (";", ":"):
                    break
                if tok.low[k] == "to" and k + 1 < n and tok.sent[k + 1] == c.sent and tok.low[k + 1].isalpha() \
                        and (k + 1) not in self.mention_cover and tok.low[k + 1] not in self.lex.determiners:
                    c.strong_override = True
                    break

    def _apposed_participles(self, cands: list[_Cand]) -> None:
        """"Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan, meeting in Istanbul on
        Wednesday, called on ...": an -ing word of consultation set off by a comma right after a subject that opens
        the sentence (actors, their titles, "and") has that subject as its parties: the first one named is the
        source, another one the target."""
        tok = self.tokens
        for c in cands:
            if c.entry.type != "CONSULT" or not tok.low[c.t0].endswith("ing") or c.source is not None \
                    or c.target is not None or c.quoted or c.same_as is not None or c.t0 < 2 \
                    or tok.low[c.t0 - 1] != "," or tok.sent[c.t0 - 2] != c.sent:
                continue
            found: list[ActorMention] = []
            j = c.t0 - 2
            while j >= 0 and tok.sent[j] == c.sent:
                m = self.mention_cover.get(j)
                if m is not None:
                    if m.actor.kind not in ("person", "state", "igo"):
                        break
                    if not found or found[-1] is not m:
                        found.append(m)
                elif not (tok.low[j] in ("and", "the") or (self.text[tok.starts[j]].isupper() and tok.low[j].isalpha())):
                    break
                j -= 1
            if found and (j < 0 or tok.sent[j] != c.sent):
                found.reverse()
                c.source = found[0]
                other = next((m for m in found[1:] if m.actor.id != found[0].actor.id), None)
                if other is not None:
                    c.target = other

    def _attended_occasions(self, cands: list[_Cand]) -> None:
        """"Addressing the Arab Islamic American Summit in Riyadh, Trump said ...", "On Saturday, while attending the
        G20 summit in Osaka, Trump wrote ...": an occasion noun that is the object of a participle of taking part
        (cues.yaml ``attend_participles``) opening its sentence or an adverbial clause has the subject of the main
        clause (the first actor named right after the comma that closes it) as the one who takes part; a forum named
        on the noun ("the G20 summit") becomes its target."""
        tok, n = self.tokens, len(self.tokens.low)
        for c in cands:
            if c.entry.pos != "noun" or c.entry.type != "CONSULT" or c.quoted or c.same_as is not None:
                continue
            p = c.t0 - 1
            while p >= 0 and tok.sent[p] == c.sent and c.t0 - p <= 7 and tok.low[p] not in self.w.attend_participles \
                    and (tok.low[p] in self.lex.determiners or p in self.mention_cover or tok.low[p].isdigit()
                         or tok.low[p] == "of" or self.text[tok.starts[p]].isupper() or self._adjective_like(tok.low[p])):
                p -= 1
            if p < 0 or tok.sent[p] != c.sent or tok.low[p] not in self.w.attend_participles \
                    or any(x is not None and not tok.starts[p] < x.start < c.start for x in (c.source, c.target)):
                continue  # (only the actors named in the occasion's own name: "the Arab Islamic American Summit")
            if p > 0 and tok.sent[p - 1] == c.sent and tok.low[p - 1] not in self.w.adverbial_subordinators \
                    and tok.low[p - 1] != ",":
                continue  # ("Trump, addressing ..." leaves its subject to the arguments; "was attending" is a verb)
            k = next((k for k in range(c.t1, min(n, c.t1 + 12)) if tok.sent[k] != c.sent
                      or tok.low[k] in (",", ";", ".") or tok.low[k] in self.lex.clause_breaks), None)
            if k is None or tok.low[k] != "," or tok.sent[k] != c.sent:
                continue
            j = k + 1
            while j < n and tok.sent[j] == c.sent and tok.low[j] in self.lex.determiners and j - k <= 2:
                j += 1
            m = self.mention_by_tok.get(j) or self.mention_cover.get(j)
            if m is None or m.actor.kind not in ("person", "state", "igo") or tok.sent[j] != c.sent:
                continue
            forum = c.source if c.source is not None and c.source.actor.kind == "igo" else None
            c.source, c.target, c.others = m, None, []
            if forum is not None and forum.actor.id != m.actor.id:
                c.target = forum

    def _partitive_subjects(self, cands: list[_Cand]) -> None:
        """"two rockets were fired at southern Israel, and the military said one of them struck Ashdod": a verb whose
        subject is "one of them" (or "some of them", "two of them") tells more of the event of its type just told in its
        sentence, whatever else its clause names."""
        tok = self.tokens
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or c.same_as is not None or c.t0 < 1:
                continue
            k = c.t0 - 1
            partitive = tok.low[k] == "them" and k >= 2 and tok.low[k - 1] == "of" and tok.sent[k - 2] == c.sent
            if not partitive:
                continue
            d = next((d for d in reversed(cands[:i]) if d.sent == c.sent and d.entry.type == c.entry.type
                      and d.same_as is None and d.alive), None)
            if d is not None:
                c.same_as = d
                c.source = None  # (not "the military" that said it)

    def _zero_relatives(self, cands: list[_Cand]) -> None:
        """"an offer Copenhagen rejected", "the proposal Moscow accepted": a verb whose subject follows an event
        noun directly has that noun's event as its object, so whoever made the offer is its target."""
        tok = self.tokens
        by_end = {c.t1: c for c in self._all_nouns}
        for c in cands:
            if c.entry.pos != "verb" or c.target is not None or c.source is None or c.source.start >= c.start:
                continue
            k = tok.at(c.source.start)
            d = by_end.get(k)
            if d is None or d.sent != c.sent or not self._verb_group_between(c.source.end, c.t0):
                continue
            maker = d.source if d.source is not None and d.source.actor.id != c.source.actor.id else None
            if maker is None:  # "offered Denmark $100 million ..., an offer Copenhagen rejected": that offer's maker
                told = [e for e in cands if e.sent == c.sent and e.t1 <= d.t0 and e.entry.type == d.entry.type
                        and e.source is not None and e.source.actor.id != c.source.actor.id]
                maker = told[-1].source if told else None
            if maker is not None:
                c.target = maker

    def _commitment_complements(self, cands: list[_Cand]) -> None:
        """"A and B agreed to hold a summit every year, to stage exercises and to set up a hotline": each "to"
        complement of a commitment verb (``commitment_lemmas``) is an act of the same parties, planned when the
        commitment is told as fact; a bare verb right after the commitment ("agreed to consult") or one of the
        commitment's own type ("agreed to extend") is what was agreed, left to the commitment event. Complements are followed while each one opens with "to" + a verb and
        nothing but commas, "and" and plain words stand between them."""
        tok = self.tokens
        articles = self.w.indefinite_articles | self.w.definite
        for i, g in enumerate(cands):
            if g.entry.pos != "verb" or g.entry.lemma not in self.w.commitment_lemmas or g.quoted:
                continue
            owner = g
            if not (g.actors or g.group) and g.tense == "ing" and g.t0 > 0 and tok.low[g.t0 - 1] == ",":
                # "The separatists accepted a ceasefire, agreeing to disband their forces": the acceptors agree
                owner = next((d for d in reversed(cands[:i]) if d.sent == g.sent and d.entry.pos == "verb"
                              and (d.group or (d.source is not None and d.source.start < d.start))), None)
            if owner is None or not (owner.actors or owner.group):
                continue
            pos = g.t1
            for c in cands[i + 1:]:
                if c.sent != g.sent or c.t0 < pos:
                    if c.sent != g.sent:
                        break
                    continue
                between = tok.low[pos:c.t0]
                if any(w in (";", ":", ".", "that", "but") or (w in self.lex.clause_breaks and w not in self.w.list_separators)
                       for w in between):
                    break
                k = max((j for j in range(pos, c.t0) if tok.low[j] == "to"), default=None)
                if k is None or c.t0 - k > 4 or (k + 1 < c.t0 and tok.low[k + 1] in articles) \
                        or (k + 1 == c.t0 and c.entry.pos != "verb"):
                    break
                if c.entry.type == g.entry.type or (pos == g.t1 and k + 1 == c.t0 and owner is g):
                    # "had agreed to extend the truce", "agreed to consult": the verb right after the commitment
                    # is what was agreed, told by the commitment event itself
                    pos = c.t1
                    continue
                if not c.actors and not c.group:
                    c.source, c.target, c.others = owner.source, owner.target, list(owner.others)
                    c.group = owner.group
                if c.status in _FACTUAL and g.status in _FACTUAL:
                    c.status, c.status_cue = "planned", " ".join(tok.low[g.t0:g.t1]) + " to"
                c.strong_override = True
                pos = c.t1

    def _visit_purposes(self, cands: list[_Cand]) -> None:
        """"Erdogan flew to Nakhchivan to meet Aliyev": the one a trip is made to meet is whom it visits."""
        tok = self.tokens
        for c in cands:
            if c.entry.mode == "visit" and c.entry.pos == "verb" and c.alive and c.same_as is None \
                    and c.entry.lemma not in load_occasions().arrivals:
                self._trip_purpose_noun(c, cands)  # (an arrival and the stay it opens stay two events)
            if c.entry.mode != "visit" or c.entry.pos != "verb" or (
                    c.target is not None and c.target.via not in ("place", "capital", "city", "metonym")):
                continue
            for k in range(c.t1, min(c.t1 + 12, len(tok.low) - 1)):
                if tok.sent[k] != c.sent or tok.low[k] in self.lex.clause_breaks or tok.low[k] in self.w.complement_breaks:
                    break
                if tok.low[k] != "to" or not any(e.type == "CONSULT" and e.pos == "verb" and tense != "noun" and not e.weak
                                                 for e, tense in self.lex.forms.get(tok.low[k + 1], ())):
                    continue
                i = k + 2 + (1 if k + 2 < len(tok.low) and tok.low[k + 2] in ("with", "the") else 0)
                m = self.mention_by_tok.get(i)
                if m is not None and tok.sent[i] == c.sent and self._participant(i, m):
                    c.target = m  # "to meet Xi", "to meet with Aliyev" (the place stays the location)
                self._scheduled_stay_of(c, k + 1)
                break

    def _trip_purpose_noun(self, c: _Cand, cands: list[_Cand]) -> None:
        """"leaves for Vietnam on Sunday for a two-day state visit": the visit a departure is made "for" is that
        departure's event, told once (it takes the verb's date and status); not after an arrival (``arrivals`` in
        dating.yaml: "arrived in Moscow on Monday for a three-day state visit" tells the arrival and the stay)."""
        tok = self.tokens
        for d in cands:
            if d is c or not d.alive or d.same_as is not None or d.entry.mode != "visit" or d.sent != c.sent \
                    or not c.t1 < d.t0 <= c.t1 + 12 or tok.clause[d.t0] != tok.clause[c.t0]:
                continue
            between = [tok.low[k] for k in range(c.t1, d.t0)]
            if "for" not in between or any(k in self._cands_by_tok for k in range(c.t1, d.t0)) \
                    or any(w in self.lex.clause_breaks for w in between) \
                    or not any(w in self.lex.determiners for w in between[between.index("for") + 1:]):
                continue  # ("for a state visit": a noun, even where the tagger reads "visit" as a verb)
            d.same_as = c
            break

    def _scheduled_stay_of(self, c: _Cand, k: int) -> None:
        """"Macron is due in Beijing to meet Xi": a stay the trigger itself tells as scheduled (``status: planned``) is
        no event beside the meeting it is made for, the verb at ``k`` (that meeting is the event)."""
        if c.entry.status != "planned" or c.same_as is not None:
            return
        if any(d.alive and d.entry.type == "CONSULT" and d.entry.pos == "verb" for d in self._cands_by_tok.get(k, ())):
            c.alive = False

    def _frame_visits(self, cands: list[_Cand]) -> None:
        """"Blinken, on his third visit to the region, met Netanyahu", "arrived in Yerevan, and during her visit
        she announced ...": a visit named with a possessive after "on"/"during" frames the consultation its
        sentence tells (it is that event, made on a visit); with none, it stays an event of its own."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "noun" or c.entry.type != "CONSULT" or c.entry.mode != "visit" or c.same_as is not None \
                    or c.determiner not in self.w.possessive_or_indefinite:
                continue  # ("During a visit to Washington, he met Biden", "met Putin on a visit to Moscow")
            k = c.t0 - 1
            while k > 0 and tok.low[k] != c.determiner and c.t0 - k <= 3:
                k -= 1
            if k < 1 or tok.low[k] != c.determiner or tok.low[k - 1] not in self.w.visit_frame_preps or tok.sent[k - 1] != c.sent:
                continue
            verbs = [d for d in cands if d is not c and d.sent == c.sent and d.entry.pos == "verb" and d.alive
                     and d.entry.type == "CONSULT" and d.same_as is None]
            if verbs:
                d = min(verbs, key=lambda d: abs(d.t0 - c.t0))
                c.same_as = d
                if d.source is not None and (c.source is None or c.source.actor.id != d.source.actor.id):
                    c.source = d.source  # (the possessive's nearest actor is not always the traveller)

    def _frame_statements(self, cands: list[_Cand]) -> None:
        """"In a joint statement they called "the Spirit of Camp David," the leaders agreed to ...": a statement
        noun after "in" that opens its sentence or clause frames the act its sentence tells with a verb of the
        same type (one event, told twice)."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "noun" or c.same_as is not None \
                    or c.entry.type not in ("AGREE", "STATEMENT", "ANNOUNCE", "CONSULT"):
                continue
            preps = self.w.occasion_preps if c.entry.type == "CONSULT" else ("in",)
            k = c.t0 - 1
            while k > 0 and c.t0 - k <= 3 and tok.low[k] not in preps and tok.sent[k] == c.sent \
                    and (tok.low[k] in self.lex.determiners or self._adjective_like(tok.low[k])):
                k -= 1
            if tok.low[k] not in preps or tok.sent[k] != c.sent \
                    or (k > 0 and tok.sent[k - 1] == c.sent and tok.low[k - 1] != ","):
                continue
            d = next((d for d in cands if d.sent == c.sent and d.t0 > c.t0 and d.entry.pos == "verb" and d.alive), None)
            if d is not None and d.same_as is None and (d.entry.type == c.entry.type or (
                    c.entry.type != "CONSULT" and d.entry.type in ("STATEMENT", "ANNOUNCE") and d.entry.pos == "verb")):
                c.same_as = d  # ("In a phone call on Wednesday, Macron and Starmer discussed ...": one consultation; "In a
                # joint statement issued after the meeting, the two governments said ...": one statement)
            elif d is not None and c.entry.type == "CONSULT" and not c.actors and not c.group \
                    and (d.group or (d.source is not None and d.source.start < d.start)):
                c.source, c.group = d.source, d.group  # "At a second summit on August 10, West African leaders ordered
                # ...": the meeting's parties are who acted at it

    def _passive_of_event_nouns(self, cands: list[_Cand]) -> None:
        """"Talks between Russia and Ukraine in Istanbul were mediated by Turkey", "the summit, which was hosted by
        India": a passive verb of the same type whose subject is an event noun tells more of that noun's event."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "past" or c.same_as is not None or c.t0 < 1 \
                    or tok.low[c.t0 - 1] not in self.w.passive_aux:
                continue
            nouns = [d for d in cands if d.entry.pos == "noun" and d.sent == c.sent and d.t1 <= c.t0 - 1
                     and c.t0 - d.t1 <= 14 and d.entry.type == c.entry.type and d.same_as is None and d.alive]
            if not nouns:
                continue
            d = max(nouns, key=lambda d: d.t0)
            if any(x.entry.pos == "verb" and d.t1 <= x.t0 < c.t0 for x in cands) \
                    or any(tok.low[k] in (";", "that") for k in range(d.t1, c.t0)):
                continue
            c.same_as = d
            if not c.entry.weak and d.actors:
                d.strong_override = True  # ("An agreement on the return of refugees was signed between A and B": told as
                # done by its own verb, the noun's event is news)
            for m in c.actors:  # the agent of the passive ("by Turkey") takes part in the event
                if m.actor.id not in {x.actor.id for x in d.actors}:
                    d.others.append(m)

    def _event_object_targets(self, cands: list[_Cand]) -> None:
        """"Iran condemned the agreements", "the EU condemned the offensive": a reaction whose object is an event noun
        is aimed at who did that event: the noun's own actor ("condemned Russia's invasion"), else the event that
        noun names back to (the last one told with that word, or of that type): its doer, or for a joint act
        (agreement, talks) its other party."""
        tok = self.tokens
        self._decided_acts(cands)
        self._places_left(cands)
        for c in cands:
            if c.entry.pos != "verb" or c.target is not None or c.source is None or c.quoted or c.entry.cancels:
                continue  # (only ever aims a reaction someone made, never makes one; "postponed his trip" is no aim)
            d = next((d for d in self._in_sentence(self._all_nouns, c.sent) if c.t1 <= d.t0 <= c.t1 + 4 and d.sent == c.sent),
                     None)  # (folded too)
            if d is None or any(tok.low[k] in (",", "that", "to") or tok.low[k] in self.w.prepositions
                                for k in range(c.t1, d.t0)):
                continue
            if c.entry.type not in self.lex.aimed_types and not d.actors:
                continue  # "suspended talks with the ELN": another kind of act only through its object's own party
            ref = d if d.actors else None
            if ref is None and d.determiner in self.w.definite | self.w.group_reference_determiners:
                earlier = [e for e in cands if e.start < d.start and e is not d and e.actors and e.sent >= d.sent - 15
                           and (e.entry.lemma == d.entry.lemma or e.entry.type == d.entry.type)]
                same_word = [e for e in earlier if e.entry.lemma == d.entry.lemma]
                ref = max(same_word or earlier, key=lambda e: e.start) if earlier else None
            if ref is None:
                continue
            mine = c.source.actor.id if c.source is not None else None
            visit = ref.entry.mode == "visit" or d.entry.mode == "visit"
            if c.entry.type == "SUPPORT" and ref.entry.type in self.w.symmetric_types and not visit \
                    and mine not in {m.actor.id for m in ref.actors}:
                continue  # "Washington welcomed the meeting": an outsider welcomes a joint act for both its parties (not
                # "Duda praised the visit": the visitor's act)
            order = (ref.target, ref.source) if ref.entry.type in self.w.symmetric_types and not visit \
                else (ref.source, ref.target)  # ("criticised the trip", "praised the visit": the visitor)
            hit = next((m for m in order if m is not None and m.actor.id != mine), None)
            if hit is not None:
                c.target = hit
        self._answered_targets(cands)
        self._counterpart_targets(cands)
        for c in cands:  # (a decided act answered by the passes above: still never at its owner's or a welcoming side)
            away = self._decided.get(id(c))
            if away is not None and c.target is not None and self._own_side(c.target) & away:
                c.target = None

    def _decided_acts(self, cands: list[_Cand]) -> None:
        """"The EU welcomed Serbia's decision to join the sanctions", "Egypt welcomed the Israeli decision to open the
        crossing", "criticised the decision by Georgia to suspend the talks": the act after "<owner>'s <decision noun>
        to", "the <adjective> <decision noun> to" or "<decision noun> by/of <owner> to" (cues.yaml ``decision_nouns``)
        is the owner's (as ``_state_behind`` reads it), never the doing of the side that reacts to the decision; it is
        never aimed at the owner's own side, nor at the reacting side unless that side complains of a material act
        (cues.yaml ``material_types``, not a concession) done to it."""
        tok = self.tokens
        self._decided: dict[int, set[str]] = {}  # (id of an act decided -> the sides it is never aimed at)
        for c in cands:
            h = c.t0
            if c.entry.pos == "noun":  # ("to join sanctions", "to impose new sanctions": the light verb's "to")
                while h > 0 and c.t0 - h < 3 and (tok.low[h - 1] in self.lex.determiners
                                                  or self._adjective_like(tok.low[h - 1])):
                    h -= 1
                h = h - 1 if h > 0 and tok.low[h - 1] in self.lex.light_verbs else c.t0
            if (c.entry.pos == "verb" and c.tense != "base") or c.quoted or not c.alive or h < 3 \
                    or tok.low[h - 1] != "to" or tok.sent[h - 3] != c.sent:
                continue
            found = self._decision_owner(h - 2)
            if found is None:
                if tok.low[h - 2] in self.lex.decision_nouns and tok.low[h - 3] in self.w.definite:
                    self._unowned_decision(c, cands, h - 2)
                continue
            owner, noun = found
            owner = self._state_behind(owner)
            reaction = next((d for d in reversed(cands) if d is not c and d.sent == c.sent and d.t1 <= noun
                             and d.alive and d.source is not None and d.entry.pos == "verb"), None)
            away = self._own_side(owner)
            if reaction is not None and (reaction.entry.type == "SUPPORT" or c.entry.type not in self.w.material_types
                                         or c.entry.type == "CONCEDE"):
                away |= self._own_side(reaction.source)  # (a side that complains of a decided sanction or attack may be
                # its target: "Russia said of Finland's decision to close its border crossings"; one that welcomes it,
                # or complains of a veto, is not)
            c.source = owner
            self._decided[id(c)] = away
            if c.target is not None and self._own_side(c.target) & away:
                c.target = None
            c.others = [m for m in c.others if not self._own_side(m) & away]

    def _unowned_decision(self, c: _Cand, cands: list[_Cand], noun: int) -> None:
        """"The Kremlin said the decision to open talks could destabilise the bloc": the act after "the <decision noun>
        to" that names no owner is a decision of others, told before or known; the side that speaks of it (the subject
        of a verb before the noun in its sentence) is not its doer."""
        reaction = next((d for d in reversed(cands) if d is not c and d.sent == c.sent and d.t1 <= noun
                         and d.alive and d.source is not None and d.entry.pos == "verb"), None)
        if reaction is not None and c.source is not None and self._own_side(c.source) & self._own_side(reaction.source):
            c.source = None

    def _places_left(self, cands: list[_Cand]) -> None:
        """"The withdrawal of foreign forces from Libya began on Monday": a pullback whose only named party comes after
        "from" (a determiner between at most) names the place left, the act's target, never its doer."""
        tok = self.tokens
        for c in cands:
            m = c.source
            if c.entry.type != "RETREAT" or m is None or m.start < c.end or c.quoted:
                continue
            j = tok.at(m.start) - 1
            while j > c.t1 and tok.low[j] in self.lex.determiners:
                j -= 1
            if j >= c.t1 and tok.low[j] == "from" and tok.sent[j] == c.sent:
                c.source = None
                if c.target is None:
                    c.target = m

    def _decision_owner(self, k: int) -> tuple[ActorMention, int] | None:
        """The owner named with the decision noun that ends at token ``k`` before "to" ("Serbia's decision", "the
        Israeli decision", "the decision by Georgia"), and the token of that noun; None when it names none."""
        tok = self.tokens
        if tok.low[k] in self.lex.decision_nouns:
            m = self.mention_cover.get(k - 1)
            if m is not None and tok.sent[k - 1] == tok.sent[k] and m.actor.kind in ("person", "state", "igo") \
                    and (tok.low[k - 1].endswith(("'s", "’s")) or m.via in ("adjective", "demonym")):
                return m, k
            return None
        m = self.mention_cover.get(k)
        if m is None or m.actor.kind not in ("person", "state", "igo"):
            return None
        s = tok.at(m.start)
        if s >= 2 and tok.sent[s - 2] == tok.sent[k] and tok.low[s - 1] in ("by", "of") \
                and tok.low[s - 2] in self.lex.decision_nouns:
            return m, s - 2
        return None

    def _own_side(self, m: ActorMention) -> set[str]:
        """The ids that stand for ``m``'s own side: the actor, its country, and the state of a person."""
        own = {m.actor.id, m.actor.country} - {None}
        if m.actor.kind == "person" and m.actor.country:
            state = self._state_of(m.actor.country)
            if state is not None:
                own.add(state.id)
        return own

    def _as_side(self, m: ActorMention, source: ActorMention) -> ActorMention:
        """A target carried over from another sentence, as the side the doer deals with: a state or an organization
        acting answers a person's state ("Putin signed the treaty. The White House condemned the move": Russia); a
        person acting answers the person ("Biden spoke. Xi warned ...": Biden)."""
        return m if source.actor.kind == "person" else self._state_mention(m)

    def _answered_targets(self, cands: list[_Cand]) -> None:
        """"Russia annexed Crimea on Tuesday. The White House condemned the move within hours and warned that more
        sanctions would follow": a reproach, a refusal, a threat, a demand or a sanction that names no one it is aimed
        at answers the act told just before it (in its own sentence, else in the sentence before): it is aimed at the
        other side of that act, its doer, or, when the speaker's own side did it, the one it was done to; the same
        speaker's next act in the sentence may name whom both are aimed at. Not when the object brings in something
        new ("rejects a pause in hostilities": ``_fresh_object``)."""
        for c in sorted(cands, key=lambda x: x.start):
            if c.entry.pos != "verb" or c.target is not None or c.source is None or c.quoted or c.entry.cancels \
                    or not c.alive or (c.entry.type not in self.lex.aimed_types and self._judged_type(c) is None) \
                    or (c.entry.type in ("SUPPORT", "PROTEST") and not self._welcomed_decision(c)) \
                    or self._fresh_object(c) or (c.entry.type in self.w.material_types and (c.tense == "ing" or any(
                        self.tokens.low[k] == "as" for k in range(max(0, c.t0 - 3), c.t0)))):
                continue
            own = set().union(*(self._own_side(m) for m in c.actors))  # ("They condemned": both parties speak)
            hit = next((d.target for d in sorted(self._in_sentence(cands, c.sent), key=lambda x: x.start) if d is not c and d.sent == c.sent
                        and d.start > c.start and d.alive and not d.quoted and d.entry.type in self.lex.aimed_types
                        and d.source is not None and d.source.actor.id == c.source.actor.id and d.target is not None
                        and d.target.start > d.start and not (self._own_side(d.target) & own)
                        and not self._new_subject_between(c, d)), None)
            # ("condemned the annexation and urged Moscow to step back": the same speaker's next act names whom)
            before = [] if hit is not None else [d for d in cands if d is not c and d.start < c.start and d.alive
                                                 and c.sent - 1 <= d.sent <= c.sent and not d.quoted and d.actors
                                                 and not self._reports_clause_of(d, c) and not self._trailing_teller(d, cands)]
            # an act done to the speaker's own side is the one answered first ("Ukraine accused Iran of supplying
            # drones to Russia. Tehran rejected the accusation": Ukraine, not the Russia of what the accusation says)
            aimed_at_me = [d for d in before if d.target is not None and d.source is not None
                           and self._own_side(d.target) & own and not (self._own_side(d.source) & own)]
            judged = self._judged_type(c) if c.entry.type not in self.lex.aimed_types else None
            for d in sorted(aimed_at_me, key=lambda x: x.start, reverse=True) + sorted(
                    before, key=lambda x: x.start, reverse=True):
                if c.entry.type == "SUPPORT" and d.entry.type in self.w.symmetric_types and d.target is not None \
                        and d.source is not None and not (self._own_side(d.source) | self._own_side(d.target)) & own:
                    continue  # ("Egypt welcomed the decision" after a joint act of two others: for both its parties)
                if judged is not None and (d.entry.type != judged or any(
                        m is not None and self._own_side(m) & own for m in (
                            (d.source, d.target) if d.entry.type in self.w.symmetric_types else (d.source,)))):
                    continue  # ("Yoon called the meeting historic", "Biden, on a visit to Warsaw, called the
                    # annexation a land grab": the act judged is one of the noun's type, and not the speaker's own)
                if d.target is not None and d.source is not None and self._own_side(d.target) & own:
                    order = (d.source,)  # ("Poland closed its border with Belarus. Minsk denounced the decision")
                elif d.entry.type in self.lex.aimed_types and d.entry.type not in self.w.material_types:
                    order = (d.target,) if d.target is not None else (d.source,)  # another reaction to the same act
                    # is aimed at the same side, not at its speaker; a demand aimed at no one is answered to its maker
                elif d.entry.type in self.w.symmetric_types:
                    order = (d.target, d.source)  # ("Blinken telephoned Aliyev ..., and the EU condemned the escalation")
                else:
                    order = (d.source, d.target)
                hit = next((m for m in order if m is not None and not (self._own_side(m) & own)), None)
                if hit is not None:
                    break
            if hit is not None:
                c.target = self._countryless_side(self._as_side(hit, c.source), c, cands)  # (not a minister the
                # gazetteer lacks, "Moscow dismissed the accusations": the state that accused it)

    def _welcomed_decision(self, c: _Cand) -> bool:
        """"The Arab League voted to readmit Syria. Damascus welcomed the decision": a welcome whose object is "the
        <decision noun>" (cues.yaml ``decision_nouns``) with no owner or act of its own after it ("the decision to",
        "by", "of": ``_decided_acts``) answers the act told just before it, as a reproach does."""
        tok = self.tokens
        k = c.t1
        if k + 1 >= len(tok.low) or tok.sent[k + 1] != c.sent or tok.low[k] not in self.w.definite \
                or tok.low[k + 1] not in self.lex.decision_nouns:
            return False
        nxt = tok.low[k + 2] if k + 2 < len(tok.low) and tok.sent[k + 2] == c.sent else ""
        return nxt not in self.w.decision_links

    def _trailing_teller(self, d: _Cand, cands: list[_Cand]) -> bool:
        """"The United States condemned the attack, spokesman Matthew Miller said in a statement": a saying (cues.yaml
        ``attribution``) after another act of its own sentence only tells who reported that act; a reaction in the next
        sentence answers the act, never its teller."""
        if d.same_as is not None:
            d = d.same_as  # ("said in a statement": the statement is the saying)
        if d.entry.lemma not in self.w.attribution or d.entry.pos != "verb" or d.t0 == 0 \
                or self.tokens.low[d.t0 - 1] == "that":
            return False
        return any(x is not d and x.alive and not x.quoted and x.entry.lemma not in self.w.attribution and x.t1 <= d.t0
                   for x in self._in_sentence(cands, d.sent))

    def _reports_clause_of(self, d: _Cand, c: _Cand) -> bool:
        """"Ukraine said Russia had denied any violation": a saying whose reported clause holds the reaction ``c``
        (its subject after the saying) only tells who reports it; the reaction is not aimed at the reporter."""
        if d.entry.lemma not in self.w.attribution or d.sent != c.sent or d.t1 > c.t0 or c.source is None \
                or not d.end <= c.source.start < c.start:
            return False
        return all(k in self.timex_cover or k + 1 in self.timex_cover or self.tokens.low[k] == "that"
                   for k in range(d.t1, self.tokens.at(c.source.start)))  # (not "said of Finland's decision to close")

    def _judged_type(self, c: _Cand) -> str | None:
        """"called the annexation a land grab", "called the offer a very interesting suggestion": a statement that
        describes an act told before (its object a definite event noun) is aimed where a reaction to an act of that
        noun's type is; the type, else None."""
        tok = self.tokens
        if not c.entry.predicative or c.t1 >= len(tok.low) or tok.sent[c.t1] != c.sent \
                or tok.low[c.t1] not in self.w.definite or c.t1 in self.mention_cover:
            return None
        return next((d.entry.type for d in self._all_nouns if c.t1 < d.t0 <= c.t1 + 2), None)

    def _fresh_object(self, c: _Cand) -> bool:
        """"rejects a pause in hostilities", "calls for an immediate ceasefire", "called on both sides", "urged the two
        governments": an object that brings in something new or names a group of its own answers no act told before
        (unlike "condemned the move", "rejected his proposal", "vowed to respond")."""
        tok = self.tokens
        k = c.t1
        if k >= len(tok.low) or tok.sent[k] != c.sent:
            return False
        w = tok.low[k]
        nxt = tok.low[k + 1] if k + 1 < len(tok.low) and tok.sent[k + 1] == c.sent else ""
        return w in self.w.fresh_object_openers or (
            w in self.lex.determiners and nxt in self.w.group_determiners and nxt not in self.w.definite) \
            or self._object_names_party(c) \
            or self._counted_object(c)  # ("accused Western countries of", "denied that ... with Washington"; recall.py:
        # "sanctions on 50 further people")

    def _counterpart_targets(self, cands: list[_Cand]) -> None:
        """"India and Pakistan traded fire ... Indian jets bombed a camp near the border": an attack, a seizure, a
        sanction, a concession or aid whose object names no one is done to the side its doer last dealt with (the other party
        of the last act told, in its sentence or the three before, with the doer's side as one of its two parties), as
        ``_as_side`` names it."""
        for c in sorted(cands, key=lambda x: x.start):
            if c.target is not None or c.source is None or c.quoted or not c.alive or c.entry.cancels \
                    or (c.entry.type not in self.w.material_types and not self._aid_given(c)) \
                    or c.entry.type in ("FIGHT", "PROTEST") \
                    or c.tense == "ing" or any(self.tokens.low[k] == "as" for k in range(max(0, c.t0 - 3), c.t0)):
                continue  # (not "expelling as many of their diplomats as they had expelled": others' acts in general)
            own = set().union(*(self._own_side(m) for m in c.actors))
            hit = None
            for d in sorted((d for si in range(c.sent - 3, c.sent + 1) for d in self._in_sentence(cands, si)
                             if d is not c and d.start < c.start and c.sent - 3 <= d.sent <= c.sent
                             and d.alive and not d.quoted and d.source is not None and d.target is not None),
                            key=lambda x: x.start, reverse=True):
                mine_src, mine_tgt = bool(self._own_side(d.source) & own), bool(self._own_side(d.target) & own)
                if mine_src != mine_tgt:
                    hit = d.target if mine_src else d.source
                    break
            if hit is not None:
                c.target = self._state_mention(hit) if c.entry.type == "AID" else self._as_side(hit, c.source)
                # ("Biden met Zelensky in Kyiv. He announced military aid": aid goes to the state dealt with)

    def _aid_given(self, c: _Cand) -> bool:
        """"He announced $500 million in military aid": aid given, its object the aid itself; not a pledge "to" do
        something ("the two sides pledged to respect each other's sovereignty": a commitment, no one it is given to)."""
        tok = self.tokens
        return c.entry.type == "AID" and not (c.t1 < len(tok.low) and tok.sent[c.t1] == c.sent and tok.low[c.t1] == "to")

    def _threat_contents(self, cands: list[_Cand]) -> None:
        """"warned that he would veto any bill": what a warning says its speaker would do is the threat itself, one
        event (a threat that was made), not a second, planned act."""
        tok = self.tokens
        for c in cands:
            if c.entry.type != "THREATEN" or c.entry.pos != "verb" or c.source is None:
                continue
            k = next((k for k in range(c.t1, min(c.t1 + 5, len(tok.low))) if tok.low[k] == "that" or tok.low[k] == ","
                      or tok.sent[k] != c.sent), None)  # "warned that", "warned Congress that"
            if k is None or tok.low[k] != "that" or tok.sent[k] != c.sent:
                continue
            for d in cands:
                if d is c or d.sent != c.sent or d.entry.pos != "verb" or not (k < d.t0 <= k + 6) or d.same_as is not None:
                    continue
                side = {c.source.actor.id, c.source.actor.country}  # "Putin warned that Russia would strike"
                if c.target is not None and tok.low[k + 1] in self.w.subject_pronouns:
                    side.add(c.target.actor.id)  # ("warned Belarus that it would close the border": whichever "it" is)
                if any(tok.low[j] in self.w.future_modals for j in range(max(k, d.t0 - 3), d.t0)) \
                        and (d.source is None or d.source.actor.id in side or d.source.actor.country in side - {None}):
                    d.same_as = c
                    d.status, d.status_cue = c.status, c.status_cue
                break
        self._threatened_infinitives(cands)

    def _threatened_infinitives(self, cands: list[_Cand]) -> None:
        """"Trump threatened on Monday to impose tariffs on Colombia", "vowed to retaliate": the act a threat names in
        its infinitive is what is threatened, part of the threat (one event that was made), not a planned act."""
        tok = self.tokens
        for c in cands:
            if c.entry.type != "THREATEN" or c.entry.pos != "verb" or c.source is None or c.same_as is not None:
                continue
            k = c.t1
            while k < len(tok.low) and tok.sent[k] == c.sent and (k in self.timex_cover or (
                    tok.low[k] in self.w.date_preps and k + 1 in self.timex_toks)):
                k += 1  # ("threatened on Monday to ...")
            if k + 1 >= len(tok.low) or tok.low[k] != "to" or tok.sent[k] != c.sent:
                continue
            for d in cands:
                if d is not c and d.sent == c.sent and d.same_as is None and d.entry.type != "THREATEN" and (
                        d.t0 == k + 1 or (d.text.lower().startswith(tok.low[k + 1] + " ") and k < d.t0 <= k + 4)):
                    # ("to impose tariffs": a light verb and its noun)
                    d.same_as = c
                    d.status, d.status_cue = c.status, c.status_cue

    def _warnings_without_threat(self, cands: list[_Cand]) -> None:
        """"He warned that there was no room for compromise on Taiwan": a warning whose "that" clause names nothing that
        would or could be done (no modal, no "if"/"unless", no risk or price named: ``threat_conditions``, no
        ``said_threat_phrases``: "warned that Washington was playing with fire") threatens no act; it is a statement,
        or a disapproval when the clause condemns (``disapproval_words``: "warned that the deployment was a
        provocation")."""
        tok, n = self.tokens, len(self.tokens.low)
        for c in cands:
            if c.entry.type != "THREATEN" or c.entry.pos != "verb" or not c.alive or c.same_as is not None:
                continue
            k = next((k for k in range(c.t1, min(n, c.t1 + 8)) if tok.sent[k] != c.sent
                      or tok.low[k] in self.w.warning_content_stops), None)
            if k is None or tok.sent[k] != c.sent or tok.low[k] != "that":
                continue
            clause = []
            for j in range(k + 1, min(n, k + 25)):
                if tok.sent[j] != c.sent or tok.low[j] in (";", ":"):
                    break
                clause.append(tok.low[j])
            end = k + 1 + len(clause)
            if any(w in self.lex.modals or w in self.w.threat_conditions for w in clause) \
                    or any(self._grammar_phrase_at(j, self.w.said_threat_phrases) for j in range(k + 1, end)):
                continue  # ("warned that Washington was playing with fire": a threat all the same)
            if self._condemning_words(k + 1, end, self.lex.disapproval_words):
                c.entry = replace(c.entry, type="DISAPPROVE", summary="warns")  # ("warned that the move was illegal")
            else:
                c.entry = replace(c.entry, type="STATEMENT", summary="warns")

    def _demand_contents(self, cands: list[_Cand]) -> None:
        """"Wang demanded that the United States stop hyping ..., lift sanctions": a verb in its base form in the
        "that" clause of a demand is what was demanded, part of the demand, not an act that happened."""
        tok = self.tokens
        self._asked_acts(cands)
        self._asked_infinitive_nouns(cands)  # "urged them to sign a peace deal": asked for (doers.py)
        self._asked_means(cands)  # "urged the EU to go further by targeting ...": asked for too (doers.py)
        self._measure_contents(cands)  # "The measures freeze the assets of ...": what a measure does (doers.py)
        for c in cands:
            if c.entry.type != "DEMAND" or c.entry.pos != "verb":
                continue
            k = next((k for k in range(c.t1, min(c.t1 + 5, len(tok.low)))
                      if tok.low[k] in self.w.complement_breaks or tok.sent[k] != c.sent), None)
            if k is None or tok.low[k] != "that" or tok.sent[k] != c.sent:
                continue
            for d in cands:
                if d is not c and d.sent == c.sent and d.entry.pos == "verb" and d.t0 > k and d.tense == "base" \
                        and d.status in _FACTUAL and not any(tok.low[j] in self.lex.clause_breaks or tok.low[j] == ";"
                                                             for j in range(k + 1, d.t0)):
                    d.alive = False

    def _asked_acts(self, cands: list[_Cand]) -> None:
        """"The EU pushed for talks between Serbia and Kosovo", "Turkey demanded an investigation": an event noun that
        is the object of a demand (right after its verb, determiners and modifiers between at most) is only asked for:
        planned, not done."""
        tok = self.tokens
        nouns = {d.t0: d for d in cands if d.entry.pos == "noun" and d.alive}
        for c in cands:
            if c.entry.type != "DEMAND" or c.entry.pos != "verb" or not c.alive or c.quoted:
                continue
            k = c.t1
            while k < len(tok.low) and k - c.t1 < 4 and tok.sent[k] == c.sent and k not in nouns and (
                    tok.low[k] in self.lex.determiners or self._adjective_like(tok.low[k])):
                k += 1
            d = nouns.get(k)
            if d is not None and d.sent == c.sent and d.status in _FACTUAL and not d.quoted:
                d.status, d.status_cue = "planned", c.text.lower()

    def _verb_group_between(self, offset: int, t0: int) -> bool:
        """Are the words from ``offset`` to token ``t0`` only auxiliaries, negation and adverbs ("Moscow had
        not been consulted")? Else the actor before is not the verb's subject ("Biden said a nuclear war should
        never be fought")."""
        tok = self.tokens
        k0 = tok.at(offset)
        while k0 < t0 and (k0 in self.mention_cover or tok.low[k0] in (",", "and", "or", "'s", "’s")
                           or self.text[tok.starts[k0]].isupper()):
            k0 += 1  # "United Nations, American and European sanctions will be lifted"
        if k0 < t0 and k0 + 1 < len(tok.low) and tok.low[k0 + 1] in self.w.passive_aux | self.w.perfect_aux | self.w.not_noun_context \
                and tok.low[k0].isalpha() and tok.low[k0] not in self.w.passive_aux | self.w.perfect_aux | self.w.not_noun_context:
            k0 += 1  # the head noun of the subject ("Russia's forces were ...")
        for k in range(k0, t0):
            w = tok.low[k]
            if not (w in self.w.passive_aux or w in self.w.past_aux or w in self.w.perfect_aux or w in self.w.not_noun_context
                    or w in self.w.adverbs or (w.endswith("ly") and len(w) > 4)):
                return False
        return True

    def _noun_agent_after(self, c: _Cand, after: ActorMention) -> ActorMention | None:
        """"a visit to Taiwan by Nancy Pelosi", "strikes on Kyiv by Russian forces": the "by" agent that follows the
        noun's target in its phrase (not across a comma, a clause or another event word); none after a broker
        participle ("talks with Hamas mediated by Qatar")."""
        tok = self.tokens
        k = tok.at(after.end)
        for j in range(k, min(k + 6, len(tok.low))):
            if tok.sent[j] != c.sent or tok.low[j] in self.w.phrase_breaks_and or tok.low[j] in self.lex.clause_breaks \
                    or j in self.trigger_toks:
                return None
            if tok.low[j] == "by":
                if j > 0 and tok.low[j - 1] in self.w.broker_participles:
                    return None
                return self._first_after_prep(j, c)
        return None

    def _first_after_prep(self, k: int, c: _Cand) -> ActorMention | None:
        """The actor that a preposition governs: "with the Kremlin leader", "by Russia"."""
        tok = self.tokens
        for i, m in self._mentions_in(k + 1, k + 7):
            if tok.sent[i] != c.sent or any(j in self.timex_toks or tok.low[j] in (",", "after", "before", "that")
                                            for j in range(k + 1, i)):
                return None
            if i > k + 4 and (tok.low[i - 1] != "of" or not self._of_people(i) or any(
                    j in self.trigger_toks or (tok.low[j] in self.w.prepositions and j != i - 1)
                    or not tok.low[j].isalpha() for j in range(k + 1, i))):
                return None  # "with the foreign ministers of India": a longer head only right before the "of" of its owner
            if self._participant(i, m):
                named = self._named_in_apposition(i, m)  # ("with Bangladesh's Sheikh Hasina": the person)
                return named[1] if named is not None else m
        return None


    def _group_subject(self, c: _Cand, joint: bool = False) -> list[ActorMention]:
        """"They also criticized ...", "the leaders agreed to ...": a plural subject that names no one stands
        for the parties of the last event told with two or more of them (within the two sentences before,
        or earlier in its own sentence); none when there is no such event. With ``joint``, only the parties of a joint
        act (``symmetric_types``: "A and B met. They issued a joint statement"; not "A criticised B. They ...")."""
        nar = self.lex.narrative
        tok = self.tokens
        if nar is None or not nar.group_subjects:
            return []
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                     or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.w.future_modals):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or k in self.mention_cover:
            return []
        counts = {"two": 2, "both": 2, "each": 2, "either": 2, "three": 3, "four": 4, "five": 5}
        each = k > 0 and tok.low[k - 1] in self.w.distributive_determiners and tok.low[k] in self.lex.group_nouns
        bare = counts.get(tok.low[k], 0) >= 3 and self._bare_number(k)  # "The three then adopted a declaration"
        if tok.low[k] not in nar.group_subjects and not each and not bare:  # ("Each side accused the other")
            return []
        if tok.low[k] != "they" and not (k > 0 and tok.low[k - 1] in self.w.group_determiners):
            return []
        count = counts.get(tok.low[k]) if bare else counts.get(tok.low[k - 1]) if k > 0 else None
        for d in reversed(self._group_events):
            if d.start >= c.start or d.sent < c.sent - 2:
                continue
            parties = [m for m in d.actors if m.actor.kind in ("state", "igo", "person", "group", "organization")]
            if count is not None and len({m.actor.id for m in parties}) != count:
                return []  # "the three leaders" are not the two parties of the trip just told
            if joint and d.entry.type not in self.w.symmetric_types:
                return []
            return parties
        return []

    def _list_commas(self, d: _Cand, c: _Cand) -> bool:
        """Is ``c`` the next item of a comma list after ``d`` ("closed their borders, suspended transactions, froze
        assets")? Every comma between them comes right before ``c`` or before the "and" that opens it; a comma that
        opens an apposition or an aside ("expelled 23 diplomats on March 14, the largest such step in decades, and
        suspended contacts") makes two measures."""
        tok = self.tokens
        commas = [k for k in range(d.t1, c.t0) if tok.low[k] == ","]
        if not commas or not all(k + 1 == c.t0 or (k + 2 == c.t0 and tok.low[k + 1] in self.w.list_separators)
                                 for k in commas):
            return False
        # (", and" alone joins a second clause, not a list: "expelled the envoy on Thursday, and closed all border
        # crossings" is two measures; it ends a list only after an item the list already joined)
        return commas[-1] + 1 == c.t0 or d.same_as is not None

    def _dated_subject_nouns(self, cands: list[_Cand]) -> None:
        """"Israel's withdrawal from Gaza on Monday was welcomed", "An Israeli raid on Jenin on Monday killed three
        people": a weak event noun with its own party that opens its clause, its phrase holding a date expression right
        before the verb of the clause, is an event of that date (the date is the noun's, whatever the verb)."""
        tok, n = self.tokens, len(self.tokens.low)
        for c in cands:
            if not c.alive or c.entry.pos != "noun" or not c.entry.weak or c.quoted or c.strong or c.same_as is not None \
                    or c.status not in _FACTUAL or not c.actors or c.timex is not None:
                continue
            j = c.t0  # the phrase opens its clause: "Israel's", "An Israeli", "The Turkish"
            while j - 1 >= 0 and tok.sent[j - 1] == c.sent and c.t0 - j < 4 and (
                    j - 1 in self.mention_cover or tok.low[j - 1] in self.lex.determiners
                    or self._adjective_like(tok.low[j - 1])):
                j -= 1
            b = j - 1
            if not (b < 0 or tok.sent[b] != c.sent or tok.low[b] in self.w.phrase_breaks or b in self.timex_cover):
                continue
            k = c.t1
            while k < n and tok.sent[k] == c.sent and k - c.t1 < 8 and k not in self.timex_toks \
                    and not any(d.entry.pos == "verb" for d in self._cands_by_tok.get(k, ())) \
                    and tok.low[k] not in self.w.phrase_breaks and tok.low[k] not in self.lex.clause_breaks:
                k += 1  # (an event noun inside the phrase is its object: "China's condemnation of the visit on Monday")
            if k >= n or k not in self.timex_toks or tok.sent[k] != c.sent:
                continue
            tx = next((t for t in self.timexes if tok.at(t.start) == k and t.earliest and t.latest), None)
            while k < n and k in self.timex_cover:
                k += 1
            if tx is not None and k < n and tok.sent[k] == c.sent and tok.low[k].isalpha() \
                    and tok.low[k] not in self.w.prepositions and tok.low[k] not in self.lex.determiners \
                    and tok.low[k] not in self.w.conjunctions and tok.low[k] not in self.lex.modals \
                    and not any(tok.low[x] in self.w.future_frames and tok.low[x] != "to" for x in range(k, min(n, k + 3))
                                if tok.sent[x] == c.sent):  # (not "... on Monday was expected": a day to come)
                c.timex, c.timex_cost = tx, 1.0  # ("in 2014" dates the annexation, not the condemnation after it)

    def _manner_adverb(self, k: int) -> bool:
        """Is the word at ``k`` an adverb in -ly right before a verb ("has repeatedly condemned", "swiftly rejected")?
        (Not a word the lexicon knows otherwise, not a name.)"""
        w = self.tokens.low[k]
        return len(w) > 4 and w.endswith("ly") and w.isalpha() and w not in self.lex.form_index \
            and not self.text[self.tokens.starts[k]].isupper()

    def _partitive_group(self, c: _Cand, k: int) -> str | None:
        """"Thousands of supporters of the junta rallied at a stadium", "Dozens of lawmakers from the ruling party walked
        out": a subject headed by a group noun (cues.yaml ``group_nouns``, ``unnamed_agents``) before "of", opening its
        clause, its phrase running to the verb without a comma, a clause break or another event word, is a group."""
        tok = self.tokens
        heads = self.lex.group_nouns | self.w.unnamed_agents
        for i in range(k - 1, max(0, k - 8), -1):
            w = tok.low[i]
            if tok.sent[i] != c.sent or w in (",", ";", ":") or w in self.lex.clause_breaks or i in self.trigger_toks \
                    or (i in self.mention_cover and self.mention_cover[i].actor.kind == "person"):
                break
            if w in ("of", "from") and tok.low[i - 1] in heads and tok.sent[i - 1] == c.sent:  # ("commanders from both sides")
                j = i - 1
                while j - 1 >= 0 and tok.sent[j - 1] == c.sent and i - j < 3 and j - 1 not in self.timex_cover \
                        and (tok.low[j - 1] in self.lex.determiners or tok.low[j - 1] in self.w.number_words
                             or tok.low[j - 1] in self.w.approximators
                             or (j - 1 not in self.trigger_toks and j - 1 not in self.mention_cover
                                 and (tok.low[j - 1] in self.lex.adjective_heads or self._adjective_like(tok.low[j - 1])))):
                    j -= 1  # ("The foreign ministers of the BRICS countries", "Senior military commanders of both sides")
                b = j - 1
                if not (b < 0 or tok.sent[b] != c.sent or tok.low[b] in (",", ";", ":", "and", "but")
                        or tok.low[b] in self.lex.clause_breaks or b in self.timex_cover):
                    return None
                return self.text[tok.starts[j]:tok.ends[k]]
        return self._group_before_participle(c, k)

    def _group_before_participle(self, c: _Cand, k: int) -> str | None:
        """"Arab leaders meeting in Jeddah for an Arab League summit called on the two sides": a participle phrase (an
        -ing event verb, no comma or clause break up to the verb) between a group subject and its verb; the group is
        read before the participle."""
        if getattr(self, "_in_group_before_participle", False):
            return None
        tok = self.tokens
        for i in range(k, max(-1, k - 10), -1):
            if tok.sent[i] != c.sent or tok.low[i] in (",", ";", ":") or tok.low[i] in self.lex.clause_breaks:
                return None
            d = next((d for d in self._cands_by_tok.get(i, ()) if d.entry.pos == "verb" and d.tense == "ing"
                      and d is not c), None) if hasattr(self, "_cands_by_tok") else None
            if d is not None:
                self._in_group_before_participle = True
                try:
                    return self._group_description(_Cand(c.entry, c.tense, c.start, c.end, c.text, d.t0, d.t0 + 1, c.sent))
                finally:
                    self._in_group_before_participle = False
        return None

    def _unnamed_agent(self, c: _Cand, k: int) -> str | None:
        """"A federal grand jury had indicted the twelve", "a suicide bomber rammed a car into the convoy", "The presidential
        office announced it": a subject whose head (cues.yaml ``unnamed_agents``) at ``k`` names a body or person the
        gazetteer does not know, opening its clause, makes the event; its description stands for the party."""
        tok = self.tokens
        nar = self.lex.narrative
        plural = nar is not None and tok.low[k] in nar.group_subjects
        if c.entry.pos != "verb":
            return None
        if tok.low[k] not in self.w.unnamed_agents and not plural:
            return self._partitive_group(c, k)
        j = k
        while j - 1 >= 0 and tok.sent[j - 1] == c.sent and k - j < 4 and j - 1 not in self.timex_cover:
            w = tok.low[j - 1]
            if j - 1 in self.mention_cover and self.mention_cover[j - 1].via not in ("adjective", "demonym"):
                return self._partitive_group(c, k)  # ("Iraq's parliament": the state acts, told by the actor stage;
                # but "the foreign ministers of the BRICS countries": the group before "of" is the subject)
            if w in ("'s", "’s") or w in self.lex.determiners or (
                    w.removesuffix("'s").removesuffix("’s").replace("-", "").isalpha() and w not in self.w.prepositions and w not in self.lex.clause_breaks
                    and w not in self.lex.reporting and w not in self.w.conjunctions and w not in self.w.negations
                    and (j - 1 not in self.trigger_toks if hasattr(self, "trigger_toks") else True)):
                j -= 1
                if w in self.lex.determiners and w not in ("'s", "’s"):
                    break
                continue
            break
        b = j - 1
        if not (b < 0 or tok.sent[b] != c.sent or tok.low[b] in (",", ";", ":", "and", "but")
                or tok.low[b] in self.lex.clause_breaks or b in self.timex_cover):
            return self._partitive_group(c, k)  # (the head opens its clause, or heads "<group> of" that does: "the
            # sanctions the Security Council imposed" is no subject here)
        if plural and tok.low[k] not in self.w.unnamed_agents and not any(
                self.text[tok.starts[x]].isupper() and tok.low[x] not in self.lex.determiners
                and tok.low[x] not in self.w.group_determiners and x > 0 and tok.sent[x - 1] == c.sent
                for x in range(j, k)):
            return None  # "leaders" alone may be anyone's; "West African leaders", "Arab leaders" are a group
        return self.text[tok.starts[j]:tok.ends[k]]

    def _group_description(self, c: _Cand) -> str | None:
        """"On Monday the two foreign ministers met in Geneva. They signed ...": a plural subject that names
        no known actor ("the two foreign ministers", "both sides") still makes the event; "they" stands for the
        group of the last such event (within the two sentences before)."""
        nar = self.lex.narrative
        tok = self.tokens
        if nar is None:
            return None
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                     or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.w.future_modals
                                                     or (k == c.t0 - 1 and self._manner_adverb(k))):
            k -= 1
        k = self._phase_verb_start(c, k)  # ("the separatists began withdrawing": gatherings.py)
        if k < 0 or tok.sent[k] != c.sent:
            return None
        if k in self.mention_cover:  # ("ministers meeting in Brussels agreed": a place ends the phrase)
            return self._crowd_of_people_phrase(c, k) or self._group_before_participle(c, k)
        if tok.low[k] == "they":
            for d in reversed(self._group_events):
                if d.start < c.start and d.sent >= c.sent - 2 and d.group and not d.actors:
                    return d.group
            return None
        if tok.low[k] == "and" and c.entry.pos == "verb":  # ("the envoys had exchanged views and agreed to ...": the
            for d in reversed(self._group_events):  # same group goes on)
                if d.start < c.start and d.sent == c.sent and d.entry.pos == "verb" and d.group and not d.actors:
                    between = tok.low[d.t1:k]
                    if not any(w in (",", ";", "that") or w in self.lex.clause_breaks or w in self.lex.reporting
                               for w in between):
                        return d.group
                    break
            return None
        heads = set(nar.group_subjects) | {words[-1] for words in self.lex.pairs} | self.lex.group_nouns
        if tok.low[k] not in heads:
            return self._crowd_subject_phrase(c, k) or self._unnamed_agent(c, k)  # ("A crowd gathered": gatherings.py)
        j = k
        while j - 1 >= 0 and tok.sent[j - 1] == c.sent and (j - 1 not in self.mention_cover or (
                k - j < 2 and self.mention_cover[j - 1].via in ("adjective", "demonym"))) and (
                tok.low[j - 1] in self.w.group_determiners or (k - j < 2 and tok.low[j - 1].replace("-", "").isalpha()
                                                             and tok.low[j - 1] not in self.w.prepositions
                                                             and tok.low[j - 1] not in self.lex.clause_breaks
                                                             and tok.low[j - 1] not in self.lex.reporting
                                                             and (self.text[tok.starts[j - 1]].islower()
                                                                  or tok.low[j - 1] not in self.lex.determiners))):
            j -= 1  # ("Nordic governments", "Several Arab diplomats": a capitalised modifier too)
        if any(tok.low[x] in self.w.group_determiners for x in range(j, k)):
            while j < k and tok.low[j] not in self.w.group_determiners:
                j += 1  # "said both sides": the phrase starts at its determiner
        words = tok.low[j:k + 1]
        if tok.low[k] in self.lex.group_nouns and (j == k or tok.low[j] in self.w.definite or tok.low[j] in self.w.whole_group_words
                                                   or tok.low[j] in self.w.distributive_determiners  # "Each side accused"
                                                   or not any(w in self.w.group_determiners for w in words)):
            return self.text[tok.starts[j]:tok.ends[k]]  # "the separatist authorities", "rebels": a group of its own
        if not any(w in self.w.group_count_words for w in words) \
                and " ".join(words) not in self.w.generic_party_phrases \
                and not (words[0] == "the" and tuple(words[1:]) in self.lex.pairs and self._fronted_or_dated(c)):
            return self._unnamed_agent(c, k)  # "the leaders" alone may be anyone's; "the two leaders", "both sides", "the
            # parties" are a group; "unarmed men" (cues.yaml ``unnamed_agents``) are the agents of their own act
            # (and "Ahead of the summit, the foreign ministers met in New York on Tuesday": a group dated in its clause)
        return self.text[tok.starts[j]:tok.ends[k]]

    def _fronted_or_dated(self, c: _Cand) -> bool:
        """A date expression in the clause of ``c`` after it ("met in New York on Tuesday")."""
        tok = self.tokens
        return any(k in self.timex_toks and tok.clause[k] == tok.clause[c.t0]
                   for k in range(c.t1, min(len(tok.low), c.t1 + 8)) if tok.sent[k] == c.sent)

    def _relative_head(self, c: _Cand) -> list[ActorMention] | None:
        """"Moon, who first met Kim in April, praised the outcome": the subject of a verb right after a
        relative clause set off by commas is the actor before "who"/"which", not the last actor inside."""
        tok = self.tokens
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or (tok.low[k].endswith("ly") and len(tok.low[k]) > 4)):
            k -= 1
        if k < 1 or tok.sent[k] != c.sent or tok.low[k] != ",":
            return None
        for j in range(k - 1, max(0, k - 30), -1):
            if tok.sent[j] != c.sent or tok.low[j] in (";", ".") :
                return None
            if tok.low[j] in self.w.relative_who_which and j >= 2 and tok.low[j - 1] == ",":
                chain = self._subject_chain(j - 1)
                if not chain or self.text[chain[-1].end:tok.starts[j - 1]].strip():
                    return None
                return chain
        return None

    def _relative_pronoun(self, c: _Cand) -> str | None:
        tok = self.tokens
        for j in range(c.t0 - 1, max(-1, c.t0 - 5), -1):
            if tok.sent[j] != c.sent:
                return None
            if tok.low[j] in self.w.person_relatives:
                return tok.low[j]
            if tok.clause[j] != tok.clause[c.t0]:
                return None
        return None

    def _last_participant_before(self, offset: int, clause_before: bool = False) -> ActorMention | None:
        pos = bisect.bisect_left(self.mention_starts, offset)
        s, _e = self.sentences[self.tokens.sent[self.tokens.covering(offset)]]
        for m in reversed(self.mentions[:pos]):
            if m.start < s:
                return None
            i = self.tokens.at(m.start)
            if self._participant(i, m):
                return m
        return None


    def _promote_named_statements(self, cands: list[_Cand]) -> None:
        """A leader's words are news: "Biden said the summit was not about China" is a statement event even
        without a date, while "officials said" only attributes. A weak statement verb becomes an event when
        a named person is its subject in its own clause (for verbs other than say/tell, any named actor:
        "Saudi Arabia responded cautiously"), outside quotes and outside another's reported speech."""
        tok = self.tokens
        for c in cands:
            if c.entry.weak and c.entry.pos == "verb" and c.entry.lemma in self.w.attribution and c.t1 < len(tok.low) \
                    and tok.sent[c.t1] == c.sent and (tok.low[c.t1] in self.w.passive_aux
                                                      or tok.low[c.t1] in self.w.aux_after_saying):
                c.alive = False  # "a gesture Prime Minister Imran Khan said was meant to ...", "talks, which he said had
                # been useful": a saying inside a noun phrase only attributes it
                continue
            if c.entry.weak and c.entry.pos == "verb" and c.entry.type == "STATEMENT" \
                    and any(tok.low[k] in self.w.free_relatives for k in range(max(0, c.t0 - 6), c.t0) if tok.sent[k] == c.sent) \
                    and (c.t1 >= len(tok.low) or tok.sent[c.t1] != c.sent or tok.low[c.t1] in self.w.no_complement_words):
                c.alive = False  # "less what the two men said than whether ...": a free relative names the words, no
                # saying of its own
                continue
            if c.entry.weak and c.entry.pos == "verb" and c.entry.lemma in self.w.attribution and not c.quoted \
                    and c.source is not None and c.status == "occurred" and self._says_own_act(c, cands):
                c.alive = False  # "In April, North Korea said it would suspend nuclear tests": the act said is the
                # news, the saying only tells it
        tok = self.tokens
        for c in cands:
            if not c.entry.weak or c.entry.pos != "verb" or c.entry.type != "STATEMENT" or c.quoted \
                    or c.status != "occurred" or c.source is None:
                continue
            if c.entry.lemma in self.w.attribution and c.source.actor.kind != "person" or c.source.start > c.start:
                continue
            by_pronoun = c.t0 > 0 and tok.low[c.t0 - 1] in self.lex.pronouns  # "He defended the decision"
            if tok.sent[tok.covering(c.source.start)] != c.sent and not by_pronoun:
                continue
            reported = any(tok.low[k] == "that" and any(tok.low[j] in self.lex.reporting for j in range(max(0, k - 3), k))
                           for k in range(max(0, c.t0 - 25), c.t0) if tok.sent[k] == c.sent)
            if reported or (c.tense not in ("past", "ing") and c.entry.pos == "verb"):
                continue
            if any(d is not c and d.sent == c.sent and not d.entry.weak and d.source is not None
                   and d.source.actor.id == c.source.actor.id and d.entry.pos == "verb" and not self._refused_in_words(c, d)
                   for d in self._in_sentence(cands, c.sent)):
                continue  # "Abe welcomed the commitment but said ...": the saying belongs to that event
            if c.entry.lemma in self.w.attribution and any(
                    d.sent == c.sent and d.start > c.start and not d.entry.weak and d.alive and d.entry.pos == "verb"
                    and d.entry.type not in ("STATEMENT", "ANNOUNCE") and not self._refused_in_words(c, d)
                    for d in self._in_sentence(cands, c.sent)):
                continue  # "Qureshi said Pakistan would boycott the session": the news is the act said, not the saying
            if c.entry.lemma in self.w.attribution and self._trailing_saying(c, cands):
                continue  # "Britain suspended all military cooperation, the foreign secretary told parliament": the
                # saying only attributes the act told before it
            c.strong_override = True
        for c in cands:  # "Vucic said he would not sign it": the saying is the news, the act refused no event
            if c.alive and c.entry.pos == "verb" and c.entry.type == "STATEMENT" and c.entry.lemma in self.w.attribution \
                    and not c.quoted and c.source is not None and c.status == "occurred" \
                    and (not c.entry.weak or c.strong_override or c.timex is not None):
                for d in self._in_sentence(cands, c.sent):
                    if d is not c and d.alive and d.start > c.start and self._refused_in_words(c, d):
                        d.alive = False

    def _refused_in_words(self, c: _Cand, d: _Cand) -> bool:
        """Is ``d`` an act the words of the saying ``c`` say will not happen ("said the region would not agree to new
        pacts", "said that he would not sign it"): a denied verb in ``c``'s sentence after it, a future modal and a
        negation right before it, and no other saying between?"""
        tok = self.tokens
        if d.sent != c.sent or d.entry.pos != "verb" or d.status != "denied" or d.quoted or d.t0 <= c.t1 \
                or d.entry.type in ("STATEMENT", "ANNOUNCE"):
            return False
        before = tok.low[max(c.t1, d.t0 - 3):d.t0]
        if not any(w in self.w.future_modals for w in before) or not any(w in self.w.verb_negations for w in before):
            return False
        return not any(k in self.trigger_toks and tok.low[k] in self.lex.reporting for k in range(c.t1, d.t0))

    def _trailing_saying(self, c: _Cand, cands: list[_Cand]) -> bool:
        """Does the saying ``c`` close its sentence after a comma, attributing an act told before the comma ("Britain
        suspended all military cooperation with Russia, Foreign Secretary William Hague told parliament.")?"""
        tok = self.tokens
        s0 = self.sentences[c.sent][0]
        comma = next((k for k in range(c.t0 - 1, max(-1, c.t0 - 8), -1)
                      if tok.sent[k] != c.sent or tok.low[k] in (",", ";", ":") or k in self.trigger_toks), None)
        if comma is None or tok.sent[comma] != c.sent or tok.low[comma] != "," or tok.low[comma - 1] in ('"', "”", "’"):
            return False
        k = c.t1
        while k < len(tok.low) and tok.sent[k] == c.sent:
            if tok.low[k] in ("that", ",", ";", ":") or k in self.trigger_toks:
                return False  # ("..., he said, adding that ...": more words of the speaker's own)
            k += 1
        return tok.starts[comma] > s0 and any(
            d is not c and d.sent == c.sent and d.alive and d.t1 <= comma and not d.entry.weak and not d.quoted
            and d.entry.pos == "verb" and d.entry.type not in ("STATEMENT", "ANNOUNCE") for d in self._in_sentence(cands, c.sent))

    def _says_own_act(self, c: _Cand, cands: list[_Cand]) -> bool:
        """Does the saying ``c`` announce a plan of its own speaker's side right after it ("North Korea said it would
        suspend nuclear tests")? (Not a past act: "Macron said Tuesday that he had spoken with Putin" is two events.)"""
        tok = self.tokens
        side = {c.source.actor.id, c.source.actor.country} - {None}
        for d in self._in_sentence(cands, c.sent):
            if d is c or d.sent != c.sent or d.start < c.start or not d.alive or d.entry.pos != "verb" \
                    or d.entry.weak or d.entry.type in ("STATEMENT", "ANNOUNCE") or d.quoted:
                continue
            if d.t0 - c.t1 > 8 or any(tok.low[k] in self.lex.reporting or tok.low[k] in (";", ":")
                                      for k in range(c.t1, d.t0)):
                return False
            src = d.source
            planned = d.status == "planned" or (d.status in _FACTUAL and any(
                tok.low[j] in self.w.future_modals for j in range(max(c.t1, d.t0 - 3), d.t0)))
            calls_off = d.entry.cancels and any(x.entry.pos == "noun" and x.sent == d.sent and 0 <= x.t0 - d.t1 <= 3
                                                for x in cands)  # ("said he would cancel his visit": told apart)
            return planned and not calls_off \
                and (src is None or src.actor.id in side or src.actor.country in side)
        return False

    def _saying_of_act(self, c: _Cand, d: _Cand) -> bool:
        """"The forces rejected the appeal on Thursday and said they would press on", "accused Hamas of violating the
        truce and said the group had not delivered a list": a bare saying joined by "and" to an act its own speaker
        has just done in the sentence is said in doing that act, no statement of its own (not "told the Security
        Council": a saying with an addressee is an occasion of its own)."""
        if self.tokens.low[c.t0 - 1] != "and" or d.entry.type in ("STATEMENT", "ANNOUNCE") or d.entry.weak \
                or d.quoted or d.source is None or d.status not in _FACTUAL or c.status not in _FACTUAL:
            return False
        if c.source is not None and c.source.actor.id != d.source.actor.id:
            return False
        return c.target is None and d.start < c.start

    def _announced_own_acts(self, cands: list[_Cand]) -> None:
        """"The Pentagon announces the same day that it is sending 3,000 troops", "Blinken announces that the United
        States has suspended its diplomatic presence": an announcement of an act its own side has done (or is doing)
        is that act made known, one event with two mentions (not "announced that it would send": a plan announced is
        news of its own; nor "Qatar announced that Israel and Hamas had agreed": another side's act)."""
        tok = self.tokens
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or c.entry.type != "ANNOUNCE" or c.same_as is not None or c.source is None \
                    or c.status not in _FACTUAL or c.quoted:
                continue
            if c.t1 + 1 < len(tok.low) and tok.low[c.t1] in self.lex.determiners \
                    and tok.low[c.t1 + 1] in self.lex.decision_nouns and self._announced_decision(c, cands[i + 1:]):
                continue
            d = next((d for d in cands[i + 1:] if d.alive and d.sent == c.sent and d.entry.pos == "verb"), None)
            if d is None or d.t0 - c.t1 > 10 or d.entry.type in ("STATEMENT", "ANNOUNCE") or d.status not in _FACTUAL \
                    or d.same_as is not None or "that" not in tok.low[c.t1:d.t0] \
                    or any(tok.low[k] in self.w.future_modals for k in range(c.t1, d.t0)):
                continue
            that = tok.low.index("that", c.t1)
            if any(tok.low[k] in self.w.prepositions or k in self.trigger_toks for k in range(that + 1, d.t0)):
                continue  # ("announced that agreement after speaking by phone": "that" names the thing announced)
            if d.source is None:
                if tok.low[that + 1] in ("it", "they"):
                    d.source = c.source  # ("announced that it is sending troops": the announcer's own side does it)
                    c.same_as = d
            elif d.source.actor.id in self._own_side(c.source) or c.source.actor.id in self._own_side(d.source):
                c.same_as = d

    def _announced_decision(self, c: _Cand, after: list[_Cand]) -> bool:
        """"Trump announced the decision on Twitter, saying that ... he would be postponing the meeting": the decision
        announced is the act done that its own announcer tells in the same sentence; the announcement is that act made
        known (``decision_nouns`` in cues.yaml; not "saying the United States would withdraw": a plan announced is news
        of its own). Returns whether ``c`` joined it."""
        for d in after:
            if d.sent != c.sent:
                return False
            if d.alive and d.entry.type not in ("STATEMENT", "ANNOUNCE") and d.same_as is None and not d.quoted \
                    and d.status in _FACTUAL and d.source is not None and (d.source.actor.id in self._own_side(c.source)
                                                  or c.source.actor.id in self._own_side(d.source)):
                c.same_as = d
                return True
        return False

    def _join_coordinated_statements(self, cands: list[_Cand]) -> None:
        """"Trump called her remarks "nasty" and said she should not have spoken that way": a weak statement
        verb joined by "and" to a statement verb of the same speaker just before it is the same statement."""
        self._announced_own_acts(cands)
        tok = self.tokens
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or not c.entry.weak or c.entry.type != "STATEMENT" or c.same_as is not None \
                    or c.t0 < 1 or tok.low[c.t0 - 1] not in self.w.clause_coordinators or c.strong_override:
                continue
            d = next((d for d in reversed(cands[:i]) if d.sent == c.sent and d.entry.pos == "verb" and d.alive), None)
            if d is not None and d.entry.type == "STATEMENT" and d.source is not None \
                    and (c.source is None or c.source.actor.id == d.source.actor.id):
                c.same_as = d.same_as or d  # ("called the offer "interesting" but said ...": one statement)
            elif d is not None and self._saying_of_act(c, d):
                c.same_as = d.same_as or d  # "Haftar's forces rejected the appeal and said they would press on"
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or c.entry.type not in (self.lex.joined_types | self.lex.listed_types) \
                    or c.same_as is not None or c.t0 < 1 or tok.low[c.t0 - 1] not in self.w.list_separators:
                continue
            d = next((d for d in reversed(cands[:i]) if d.sent == c.sent and d.alive), None)
            if c.entry.type not in self.lex.joined_types and d is not None and not self._list_commas(d, c):
                continue  # ("expelled three diplomats and closed a border crossing": two measures)
            if d is not None and d.entry.pos == "verb" and d.entry.type == c.entry.type and d.source is not None \
                    and (c.source is None or c.source.actor.id == d.source.actor.id) and d.status == c.status \
                    and (tok.low[c.t0 - 1] == "and" or d.tense == c.tense):
                c.same_as = d.same_as or d  # "He thanked Erdogan for the agreement and praised his efforts", "closed
