"""Stage 3c of the event extractor: participants that the subject/object reading of ``arguments.py`` leaves out.

Each method returns the mention(s) ``ArgumentMixin._set_actors`` (or ``_adjective_head_after``, ``_unnamed_body``)
takes; none writes a candidate itself:

* whom a statement is about when its "that" clause judges the other side ("the Foreign Office said that Russia's
  latest action changed nothing": Russia), read to the end of that clause only;
* references: a pair named as the object ("urged the two sides"), "it" / "its parliament" for the state or body
  acting, "it" in a reported clause for its speaker, an unnamed spokesman after a quotation, a definite event noun
  with no party ("The ceasefire took effect") for the parties of the last event of its kind;
* doers told by an event noun ("An American drone strike killed") or by a state's adjective before a team or a craft
  ("a Qatari team", "a Russian fighter jet");
* the other party of an agreement's purpose ("agreed to restore ties with Somalia") and of a recalled envoy ("recalled
  its ambassador in Moscow");
* the other owners of goods sanctioned ("tariffs on Canadian and Mexican goods"), the state of forces massed near a
  place ("massed troops near the Ukrainian city of Kharkiv"), and the state of an unnamed body acting at home ("The army
  fired at protesters in Yangon", "A court in Moscow sentenced ...").
"""

from __future__ import annotations

from datetime import timedelta

from timeline.events.common import _Cand
from timeline.model import ActorMention


class ParticipantMixin:
    """Participants read from references, reported clauses and noun phrases (see the module docstring)."""

    def _saying_clause_opener(self, c: _Cand) -> tuple[int, int | None]:
        """After a saying verb: the token past its own time ("said on Thursday that ..."), and the first "that", comma,
        semicolon, sentence end or actor within six tokens of it (None if none)."""
        tok = self.tokens
        n = len(tok.low)
        k = c.t1
        while k < n and tok.sent[k] == c.sent and k < c.t1 + 5 and (
                k in self.timex_cover or (tok.low[k] in self.w.time_place_preps and k + 1 in self.timex_cover)):
            k += 1  # "said on Thursday that ..."
        j = next((j for j in range(k, min(n, k + 6)) if tok.low[j] in ("that", ",", ";") or tok.sent[j] != c.sent
                  or j in self.mention_cover), None)
        return k, j

    def _said_of_party(self, c: _Cand, source: ActorMention) -> ActorMention | None:
        """"a spokesman said on Saturday of Finland's decision that it was an unfriendly act": a saying followed (past
        its date) by "of" and a party tells what it says about that party; "said in a letter to Ishiba that ...", "said
        in a message to Zelensky": the one a written saying (``saying_settings``) is sent to. Either is its target, never
        the speaker's own side; the party must open the phrase ("of Finland's decision", not "of the war in Gaza")."""
        tok = self.tokens
        n = len(tok.low)
        k, _ = self._saying_clause_opener(c)
        if k + 1 >= n or tok.sent[k] != c.sent:
            return None
        if tok.low[k] == "in":  # "in a letter to", "in a congratulatory message to"
            j = k + 1
            while j < min(n, k + 4) and tok.low[j] not in self.w.saying_settings and tok.sent[j] == c.sent \
                    and j not in self.mention_cover and self.text[tok.starts[j]].islower():
                j += 1
            if j + 1 >= n or tok.low[j] not in self.w.saying_settings or tok.low[j + 1] != "to":
                return None
            k = j + 1
        elif tok.low[k] != "of":
            return None
        m = self._first_after_prep(k, c)
        if m is None or tok.at(m.start) > k + 3 or self._own_side(m) & self._own_side(source):
            return None
        return m

    def _said_party(self, c: _Cand, source: ActorMention) -> ActorMention | None:
        """"The Foreign Office said that Russia's latest action changed nothing", "Blinken said that the visit suggested
        China felt no responsibility": a statement whose "that" clause judges what another side did or does (a party
        named inside it, not as its bare subject) is about that party, its target (the first such participant of
        the clause). Not "Macron said that Russia would lose the war" (words about another as a whole, no stance),
        never a quoted clause, and not "told his guest that ..." (the one told is the target)."""
        tok = self.tokens
        n = len(tok.low)
        k, j = self._saying_clause_opener(c)
        if j is None or tok.low[j] != "that" or tok.sent[j] != c.sent:
            return None  # (only a clause opened by "that")
        k = j + 1  # "told reporters that", "said in a statement that"
        if k >= n or tok.sent[k] != c.sent or self._in_quote(tok.starts[k]):
            return None
        if k > c.t1 and tok.low[c.t1] in self.w.antecedent_possessives:
            return None
        s = k + 1 if tok.low[k] in self.w.articles and k + 1 < n else k
        if s + 1 < n and tok.low[s] in self.w.relation_nouns and tok.low[s + 1] == "with":
            hit = self._first_after_prep(s + 1, c)  # "said that relations with China could not be normal": China
            return hit if hit is not None and not (self._own_side(hit) & self._own_side(source)) else None
        m = self.mention_by_tok.get(s)
        if m is not None and m.via not in ("adjective", "demonym") and self.text[m.end:m.end + 2] not in ("'s", "’s"):
            return None  # "Macron said Russia would lose the war": words about another as a whole, no stance toward it
        return self._first_said_party(c, k, self._own_side(source))

    def _first_said_party(self, c: _Cand, k: int, own: set[str]) -> ActorMention | None:
        """The first participant of the clause said from token ``k`` (as ``ArgumentMixin._first_other_party`` reads it)
        that is not of ``own`` side, read only to the end of that clause: never past ", and" / ", but" (another
        speaker's words may follow: "..., and the Commission said"), never a name inside a longer one ("a Ukraine
        International Airlines jet"), nor the parties of a phrase after a preposition ("dialogue between Russia and
        Ukraine")."""
        tok = self.tokens
        n = len(tok.low)
        skip_joined = False
        for j in range(k, min(n, k + 30)):
            if tok.sent[j] != c.sent or tok.low[j] in (";", ":", "—", "–") or (
                    tok.low[j] == "," and j + 2 < n and (tok.low[j + 1] in self.w.clause_coordinators or (
                        tok.low[j + 2] in self.w.clause_coordinators and self._in_quote(tok.starts[j])))) or (
                    tok.low[j] in self.lex.reporting and tok.low[j - 1] == ","):
                return None
            m = self.mention_by_tok.get(j)
            if m is None:
                if tok.low[j] not in self.w.coordinators and tok.low[j] != ",":
                    skip_joined = False
                continue
            e = tok.at(m.end)
            if e < n and tok.sent[e] == c.sent and e not in self.mention_by_tok and self.text[tok.starts[e]].isupper() \
                    and tok.low[e].isalpha():
                continue  # "a Ukraine International Airlines passenger jet": part of a longer name
            prep = self._prep_before(j)
            if prep not in (None, "against", "by"):
                skip_joined = True  # ("between Russia and Ukraine": the matter of a phrase, both of them)
                continue
            if skip_joined or m.actor.role == "media" or self.text[m.end:m.end + 1] == "-" or self._in_quote(m.start):
                continue
            if m.actor.id in own or (m.actor.country and m.actor.country in own) or not self._participant(j, m):
                continue
            return m
        return None

    def _story_parties(self, c: _Cand) -> _Cand | None:
        """"Thailand and Cambodia agreed to a ceasefire on Monday. The ceasefire took effect at midnight": an event noun
        named with a definite article and no party, the subject of a predicate of its own, is the act of the parties of
        the last event of its type (or its word) told with two parties, at most three sentences before (as
        ``ArgumentMixin._story_pair`` reads "the talks")."""
        for g in reversed(self._group_events):
            if g.start >= c.start or g.quoted:
                continue
            if g.sent < c.sent - 3:
                return None
            if (g.entry.type == c.entry.type or g.entry.lemma == c.entry.lemma) and g.source is not None \
                    and g.target is not None and g.source.actor.id != g.target.actor.id \
                    and id(g.target) not in self._pair_object_ids():
                return g
        return None

    def _event_noun_agent(self, c: _Cand) -> ActorMention | None:
        """"An American drone strike killed two militants", "Russian air strikes hit the port on Monday": a verb whose
        subject is an event noun told by its doer (a name, an adjective before it) is that doer's act. Only a noun
        mention ending right before the verb (past auxiliaries and adverbs between), in its clause."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0]:
            return None
        for d in self._cands_by_end().get(k, ()):
            if d.entry.pos == "noun" and d is not c and d.alive and d.source is not None and not d.quoted \
                    and d.source.start < d.start:
                return d.source
        return None

    def _cands_by_end(self) -> dict[int, list[_Cand]]:
        """Noun candidates by the index of their last token (built once per document)."""
        if not hasattr(self, "_cand_end_map"):
            ends: dict[int, list[_Cand]] = {}
            for cands in self._cands_by_tok.values():
                for d in cands:
                    ends.setdefault(d.t1 - 1, []).append(d)
            self._cand_end_map = ends
        return self._cand_end_map

    def _pair_object(self, c: _Cand, source: ActorMention | None) -> list[ActorMention]:
        """"The UN urged the two sides to respect the ceasefire", "called on both countries to show restraint": a pair
        description right after the verb (or after its preposition: "talks with the two sides") is the pair last told
        acting together or named (``ArgumentMixin._pair_description``); the first of them is the target. Not when the
        speaker is one of the pair ("Armenia urged both sides": a call on itself too, no one party aimed at)."""
        tok = self.tokens
        n = len(tok.low)
        k = c.t1
        if k < n and tok.sent[k] == c.sent and tok.low[k] in self.w.recipient_preps:
            k += 1
        if k >= n or tok.sent[k] != c.sent:
            return []
        pair = self._pair_description(k)
        own = self._own_side(source) if source is not None else set()
        if len(pair) == 2 and not self._joined_in_text(pair):
            pair = self._joined_pair_before(k, own) or pair  # "accusing the two governments": the pair named together
        if len(pair) != 2 or any(m.actor.id in own or m.actor.country in own for m in pair):
            return []
        j = k + 1 if tok.low[k] == "the" else k
        end = j + max((len(w) for w in self.lex.pairs if tok.low[j + 1:j + 1 + len(w)] == list(w)), default=0)
        start, stop = tok.starts[k], tok.ends[min(end, n - 1)]
        # (placed at the description, not at the names before: the pair is told here, as this act's object)
        told = [ActorMention(start, stop, self.text[start:stop], m.actor, "description") for m in pair]
        self._pair_object_ids().update(id(m) for m in told)
        return told

    def _pair_object_ids(self) -> set[int]:
        """The ids of the mentions ``_pair_object`` made: a pair acted upon, never itself a pair acting together."""
        if not hasattr(self, "_pair_object_set"):
            self._pair_object_set: set[int] = set()
        return self._pair_object_set

    def _after_quote(self, j: int) -> bool:
        """Does the phrase at token ``j`` follow a quotation that closes with a comma ("'We oppose it,' a foreign ministry
        spokesman said")? Its subject then opens the reporting clause as if it opened the sentence."""
        tok = self.tokens
        p = j - 1
        while p > 0 and j - p < 5 and tok.sent[p] == tok.sent[j] and tok.low[p].isalpha() and p not in self.mention_cover \
                and tok.low[p] not in self.w.prepositions:
            p -= 1  # ("a Foreign Ministry spokesman")
        if p < 1 or tok.sent[p] != tok.sent[j]:
            return False
        q = tok.starts[p]
        return any(b - 1 <= q < b for _, b in self.quotes) and tok.low[p - 1] == ","

    def _its_body_subject(self, c: _Cand) -> list[ActorMention]:
        """"Turkey, which backs the Tripoli government, has moved closer: its parliament voted on Thursday to send
        troops": "its"/"their" + a body of a state ("parliament", "government", "army") right before the verb is the
        body of the state or organization that opens the sentence (not the one named last, inside a relative clause
        or a phrase); nothing when the sentence opens with no such actor (``ArgumentMixin._its_forces`` then reads
        the last subject)."""
        tok = self.tokens
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                     or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1
        if k < 1 or tok.sent[k - 1] != c.sent or tok.low[k - 1] not in self.w.body_possessives or not (
                tok.low[k] in self.w.state_heads or tok.low[k] in self.w.sitting_bodies):
            return []
        s0 = tok.at(self.sentences[c.sent][0])
        if tok.low[s0] in self.w.articles:
            s0 += 1
        m = self.mention_by_tok.get(s0)
        if m is None or m.start >= tok.starts[k - 1] or m.actor.kind not in self.w.acting_body_kinds \
                or not self._participant(s0, m):
            return []
        return [ActorMention(tok.starts[k - 1], tok.ends[k], self.text[tok.starts[k - 1]:tok.ends[k]], m.actor,
                             "description")]

    def _reported_pronoun_subject(self, c: _Cand) -> ActorMention | None:
        """"China said on Monday that it would impose sanctions on Lithuania", "The EU said it had frozen the assets":
        "it" (or "they") as the subject of a clause reported by a saying verb stands for the one who says it, when
        that is a state, an organization or a group ("they": anyone). Only the verb right after the pronoun (its
        auxiliaries, modals, adverbs and a negation between)."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and c.t0 - k <= 5 and (
                tok.low[k] in self.lex.modals or tok.low[k] in self.w.past_aux or tok.low[k] in self.w.perfect_aux
                or tok.low[k] in self.w.adverbs or tok.low[k] in self.w.negations or tok.low[k] in self.w.passive_aux):
            k -= 1
        if k < 1 or tok.sent[k] != c.sent or tok.low[k] not in ("it", "they"):
            return None
        j = k - 1
        if tok.low[j] == "that":
            j -= 1
        while j > 0 and tok.sent[j] == c.sent and (j in self.timex_cover or tok.low[j] in self.w.time_place_preps):
            j -= 1  # "said on Monday that it ..."
        d = next((d for d in self._cands_by_tok.get(j, ()) if d.entry.pos == "verb" and d.source is not None
                  and (d.entry.lemma in self.lex.reporting or d.entry.type in ("STATEMENT", "ANNOUNCE"))), None)
        if d is None or d is c or (tok.low[k] == "it" and d.source.actor.kind == "person"):
            return None
        return d.source

    def _purpose_party(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"Kenya agreed on Monday to restore diplomatic ties with Somalia": a verb of agreement whose purpose ("to <verb>
        ...") is dealt "with" another party names that party, its target (the first participant right after "with"
        in that phrase, not the agreeing side). An agreement noun its doer signed is read the same way once all actors
        are set (``ActorSideMixin._noun_purpose_targets``: "signed agreements to establish relations with A and B": A,
        the first named of the two)."""
        tok = self.tokens
        n = len(tok.low)
        if source is None:
            return None
        k = c.t1
        while k < n and tok.sent[k] == c.sent and k < c.t1 + 5 and (
                k in self.timex_cover or (tok.low[k] in self.w.time_place_preps and k + 1 in self.timex_cover)):
            k += 1  # "agreed on Monday to ..."
        if k + 1 >= n or tok.sent[k] != c.sent or tok.low[k] != "to" or not tok.low[k + 1].isalpha() \
                or k + 1 in self.mention_cover:
            return None
        own = self._own_side(source)
        for j in range(k + 2, min(n, k + 10)):
            if tok.sent[j] != c.sent or tok.low[j] in self.lex.clause_breaks or tok.low[j] in (",", ";", "that"):
                return None
            if tok.low[j] == "with":
                m = self.mention_by_tok.get(j + 1) or (self.mention_by_tok.get(j + 2) if j + 2 < n
                                                         and tok.low[j + 1] in self.w.articles else None)
                if m is None or m.actor.id in own or (m.actor.country and m.actor.country in own) \
                        or not self._participant(tok.at(m.start), m):
                    return None
                return m
        return None

    def _it_subject(self, c: _Cand) -> ActorMention | None:
        """"Egypt condemned the raid on Sunday. It recalled its ambassador on Monday", "The African Union condemned the
        coup. It also suspended Gabon": "it" as the subject of the verb stands for the last state or body that was the
        subject of an event before it, in its sentence or the two before (never a person; never across a quotation).
        Only an "it" that opens its sentence or a main clause (after "and", "but" or a comma), not one inside a
        relative clause ("a ruling that it had refused to carry out" tells a state of affairs, rarely news)."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and c.t0 - k <= 4 and (
                tok.low[k] in self.lex.modals or tok.low[k] in self.w.past_aux or tok.low[k] in self.w.perfect_aux
                or tok.low[k] in self.w.adverbs or tok.low[k] in self.w.negations):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or tok.low[k] != "it" or self._in_quote(tok.starts[k]):
            return None
        if k > 0 and tok.sent[k - 1] == c.sent and tok.low[k - 1] not in self.w.clause_coordinators \
                and tok.low[k - 1] != ",":
            return None  # (only "It" opening its sentence or a main clause: not "a ruling that it had refused")
        lo = self.sentences[max(0, c.sent - 2)][0]
        for m in reversed(self._subjects):
            if m.start >= tok.starts[k] or self._in_quote(m.start):
                continue
            if m.start < lo:
                return None
            if m.actor.kind in self.w.acting_body_kinds:
                return ActorMention(tok.starts[k], tok.ends[k], self.text[tok.starts[k]:tok.ends[k]], m.actor,
                                    "description")
            return None  # (the last subject is a person: "it" is something else)
        return None

    def _more_head_after(self, m: ActorMention) -> bool:
        """"a Qatari technical team", "a Russian fighter jet", "the Chinese Foreign Ministry spokesman": a state's
        adjective before one of cues.yaml ``more_adjective_heads``, at most two words between (capitalized, or
        adjectives by their form), is the state acting."""
        heads = self.w.more_adjective_heads
        if not heads:
            return False
        tok = self.tokens
        k = tok.at(m.end)
        n = len(tok.low)
        for j in range(k, min(n, k + 3)):
            if tok.sent[j] != tok.sent[k] or j in self.mention_cover:
                return False
            if tok.low[j] in heads:
                return True
            if not tok.low[j].isalpha() or not (self.text[tok.starts[j]].isupper() or self._adjective_like(tok.low[j])):
                return False
        return False

    def _posting_party(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"The EU recalled its ambassador in Moscow for consultations", "Germany withdrew its envoy to Beijing": an act
        on one's own envoy (cues.yaml ``envoy_nouns``) aimed nowhere else is aimed at the state where the envoy is
        posted, named right after it ("in Moscow", "to Beijing", "from Minsk"), not at the recalling side."""
        tok = self.tokens
        n = len(tok.low)
        k = c.t1
        if source is None or k + 2 >= n or tok.sent[k] != c.sent or tok.low[k] not in self.w.body_possessives \
                and tok.low[k] not in self.w.person_possessives:
            return None
        k += 1
        while k < n and tok.sent[k] == c.sent and self._adjective_like(tok.low[k]) and tok.low[k] not in self.w.envoy_nouns:
            k += 1  # "its top envoy"
        if k + 2 >= n or tok.low[k] not in self.w.envoy_nouns or tok.low[k + 1] not in self.w.place_preps_to:
            return None
        m = self.mention_by_tok.get(k + 2)
        if m is None or m.actor.kind != "state" or m.actor.id in self._own_side(source):
            return None
        return m

    def _object_owner(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"rejected an Egyptian proposal", "condemned the Israeli raid", "expressed dismay at Georgia's decision",
        "welcomed the release of five activists by Belarus": a reaction whose object is a thing another party made or
        did (named by its adjective or possessive in the head of the object, or its agent after "by") is aimed at that
        party. Only the object's head noun phrase (not "the killing of an Iranian general": the victim), never the
        reacting side's own, never past a comma, a clause, a date or another preposition."""
        tok = self.tokens
        n = len(tok.low)
        own = self._own_side(source) if source is not None else set()
        k = c.t1
        if k < n and tok.low[k] in self.w.object_preps | {"at", "over"} and tok.sent[k] == c.sent:
            k += 1  # "dismay at", "anger over"
        after_of = False
        for j in range(k, min(n, k + 8)):
            w = tok.low[j]
            if tok.sent[j] != c.sent or j in self.timex_cover or w in (",", ";", ":", "that", "to", "—", "–") \
                    or w in self.w.complement_breaks or (j > k and any(d.entry.pos == "verb" for d in self._cands_by_tok.get(j, ()))):
                return None
            m = self.mention_by_tok.get(j)
            if m is None:
                if w == "of":
                    after_of = True
                elif w == "by" and j > k:
                    hit = self.mention_by_tok.get(j + 1) or (self.mention_by_tok.get(j + 2) if tok.low[j + 1:j + 2] == ["the"] else None)
                    if hit is None or not self._participant(tok.at(hit.start), hit) or self._own_side(hit) & own:
                        return None
                    return hit  # "the release of five activists by Belarus"
                elif w in self.w.prepositions:
                    return None
                continue
            if after_of or m.actor.role == "media" or m.actor.kind == "territory" or self._own_side(m) & own \
                    or self._others_of(m):
                return None  # (not "called on Libya's warring parties": others, not Libya)
            nxt = tok.at(m.end)
            poss = self.text[m.end:m.end + 2] in ("'s", "’s")
            if poss:
                nxt = tok.at(m.end + 2)
            if nxt >= n or tok.sent[nxt] != c.sent or not tok.low[nxt].isalpha() or not self.text[tok.starts[nxt]].islower() \
                    or tok.low[nxt] in self.w.coordinators or nxt in self.mention_cover:
                return None  # (the adjective of a longer name, a list)
            if (poss or (m.via == "adjective" and m.actor.kind == "state" and self.text[m.end:m.end + 1] != "-")) \
                    and self._owned_act_at(nxt, c.sent):
                return m
            return None
        return None

    def _owned_act_at(self, k: int, si: int) -> bool:
        """Is the noun phrase from token ``k`` (its head within three lowercase words) an act or a thing put forward:
        an event noun ("the Israeli raid"), a decision noun ("Georgia's decision"), an envoy ("summoned the Russian
        chargé") or an owned act noun ("a Turkish offer"), not a thing ("the German budget")?"""
        tok = self.tokens
        for j in range(k, min(len(tok.low), k + 3)):
            w = tok.low[j]
            if tok.sent[j] != si or not w.isalpha() or not self.text[tok.starts[j]].islower() or w in self.w.prepositions:
                return False
            if w in self.w.owned_act_nouns or w in self.lex.decision_nouns or w in self.w.envoy_nouns or any(
                    d.entry.pos == "noun" for d in self._cands_by_tok.get(j, ())) or any(d.t0 == j for d in self._all_nouns):
                return True
        return False

    def _object_noun_party(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"sent 200 tonnes of relief supplies to Pakistan", "suspended trade talks with Canada", "called off a trip to
        Jakarta": a verb whose object is an event noun is aimed at the party that noun's own preposition names right
        after it ("to", "with", "on", "against"); never the verb's own side, never past a comma, a clause or a date."""
        tok = self.tokens
        n = len(tok.low)
        d = next((d for k in range(c.t1, min(n, c.t1 + 7)) for d in self._cands_by_tok.get(k, ()) if d is not c
                  and d.sent == c.sent), None)  # (any trigger there is a noun: "trade talks with", "relief supplies")
        if d is None or d.t0 == c.t1 and d.entry.pos == "verb" and d.t1 - d.t0 == 1:
            return None  # ("said talks": no object, another verb)
        for k in range(c.t1, d.t0):
            w = tok.low[k]
            if k in self.mention_cover or k in self.timex_cover or w in (",", ";", ":", "that", "to") \
                    or (w in self.w.prepositions and w != "of") or any(e.entry.pos == "verb" for e in self._cands_by_tok.get(k, ())):
                return None  # (only the verb's own object: "a trip", "200 tonnes of relief supplies")
        own = self._own_side(source) if source is not None else set()
        start = d.t1 - 1 if tok.low[d.t1 - 1] in self.w.object_preps or tok.low[d.t1 - 1] == "with" else d.t1  # ("talks with")
        for k in range(start, min(n, d.t1 + 2)):
            if tok.sent[k] != c.sent or k in self.mention_cover:
                return None
            if tok.low[k] == "on" and d.entry.type == "CONSULT":
                return None  # "host a conference on Libya": the matter, not a side
            if tok.low[k] in self.w.object_preps or tok.low[k] == "with":
                hit = self._first_after_prep(k, d)
                return hit if hit is not None and not (self._own_side(hit) & own) else None
        return None

    def _struck_place(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"Russian missiles struck the port of Odesa", "bombed targets near Damascus", "boarded two Philippine supply
        boats", "withdrew troops from positions near the Armenian village of Tegh": an attack, a seizure or a pullback
        aimed at a place (named, or by its state's adjective before a place or a thing) is aimed at the state it lies in
        (never the doer's own); forces massed "near"/"along" a place (``massing_acts``) likewise. Read in the act's own clause only: not past a comma, a date, a clause or another kind
        of act; never when a person or an organization comes first (the object of the act)."""
        tok = self.tokens
        n = len(tok.low)
        k = c.t1
        if c.entry.type.lower() in self.w.massing_acts:  # (event types, in lowercase as grammar lists are)
            while k < min(n, c.t1 + 4) and tok.sent[k] == c.sent and tok.low[k] not in self.w.massing_preps \
                    and tok.low[k].replace(",", "").isalnum() and k not in self.mention_cover and k not in self.timex_cover:
                k += 1  # "massed 100,000 troops near"
            if k >= n or tok.low[k] not in self.w.massing_preps or tok.sent[k] != c.sent:
                return None
        elif c.entry.type.lower() not in self.w.struck_place_acts:
            return None
        own = self._own_side(source) if source is not None else set()
        while k < min(n, c.t1 + 12):
            w = tok.low[k]
            if tok.sent[k] != c.sent or k in self.timex_cover or w in (",", ";", ":", "—", "–", "that") \
                    or w in self.w.subordinate_stops or tok.clause[k] != tok.clause[c.t0] \
                    or any(d.entry.type != c.entry.type for d in self._cands_by_tok.get(k, ())):
                return None
            m = self.mention_by_tok.get(k)
            state = None
            if m is not None and k >= 2 and tok.low[k - 1] == "of" and self.text[tok.starts[k - 2]].isupper():
                pass  # "in the Gulf of Oman", "the Sea of Japan": part of a longer name, a place of its own
            elif m is not None:
                if m.actor.kind == "state" and (m.via not in ("adjective", "demonym") or (
                        self.text[m.end:m.end + 1] != "-" and tok.at(m.end) < n and tok.low[tok.at(m.end)].isalpha()
                        and self.text[tok.starts[tok.at(m.end)]].islower())):
                    state = m.actor
                elif m.actor.kind != "territory":
                    return None  # ("struck Hamas fighters": the party named is the object, read elsewhere)
            else:
                place = self._place_at(k) if self.text[tok.starts[k]].isupper() else None
                if place is not None and place[1]:
                    state = self._state_of(place[1])
            if state is not None:
                if state.id in own or state.country in own:
                    return None
                if m is not None and m.actor.id == state.id:
                    return m
                s, e = tok.starts[k], (m.end if m is not None else tok.ends[place[2] - 1])  # ("Khan Younis": whole)
                return ActorMention(s, e, self.text[s:e], state, "place")
            k = tok.at(m.end) if m is not None else k + 1
        return None

    def _attack_on_own(self, c: _Cand) -> bool:
        """"Russia suspended its participation after a drone attack on its Black Sea Fleet": an attack told as a noun
        aimed "on"/"against" the forces or property of the party acting in the clause ("its", "their") is aimed at
        that party, not done by it (the doer is not named)."""
        tok = self.tokens
        k = c.t1
        return c.entry.pos == "noun" and c.entry.type.lower() in self.w.struck_place_acts and c.source is not None \
            and c.source.start < c.start and k + 1 < len(tok.low) and tok.sent[k] == c.sent \
            and tok.low[k] in self.w.object_preps and tok.low[k] != "to" \
            and tok.low[k + 1] in self.w.third_person_possessives and tok.low[k + 1] in self.w.possessive_pronouns

    def _object_event_parties(self, c: _Cand) -> list[ActorMention]:
        """"Russia and Ukraine signed the deal in July ... On November 17 the parties extended the deal": a group
        subject ("the parties", "both sides") acting on a definite event noun told before is the parties of that event
        (the last one told with that word, else of its type, with two or more parties), not of whatever was told
        last."""
        nar = self.lex.narrative
        tok = self.tokens
        if nar is None or not nar.group_subjects:
            return []
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux):
            k -= 1
        if k < 1 or tok.sent[k] != c.sent or tok.low[k] not in nar.group_subjects or tok.low[k] == "they" \
                or tok.low[k - 1] not in self.w.group_determiners:
            return []
        j = c.t1
        if j + 1 >= len(tok.low) or tok.low[j] not in self.w.definite or tok.sent[j] != c.sent:
            return []
        d = next((d for i in range(j + 1, min(len(tok.low), j + 3)) for d in self._cands_by_tok.get(i, ())
                  if d.entry.pos == "noun"), None)
        if d is None:
            return []
        told = [e for e in self._group_events if e.start < c.start and e.sent >= c.sent - 15 and e is not d
                and (e.entry.lemma == d.entry.lemma or e.entry.type == d.entry.type)]
        same_word = [e for e in told if e.entry.lemma == d.entry.lemma]
        ref = max(same_word or told, key=lambda e: e.start) if told else None
        if ref is None:
            return []
        return [m for m in ref.actors if m.actor.kind in self.w.acting_body_kinds or m.actor.kind == "person"]

    def _visit_owner(self, c: _Cand) -> ActorMention | None:
        """The visitor of a visit noun with no party before it: the state of an official named by title alone before
        "'s" ("The Turkish foreign minister's visit to Athens": Türkiye), the subject of "is on a visit" ("Scholz is
        on a two-day visit to India"), or the doer of the verb that rules out, announces or calls off the visit as its
        own object ("The Indian prime minister ruled out a visit to China")."""
        tok = self.tokens
        if c.entry.pos != "noun" or c.entry.mode != "visit" or c.source is not None or c.quoted:
            return None
        j = c.t0 - 1
        while j > 0 and tok.sent[j] == c.sent and j not in self.mention_cover and (
                tok.low[j] in self.lex.determiners and tok.low[j] not in ("'s", "’s")
                or self._adjective_like(tok.low[j]) or "-" in tok.low[j] or tok.low[j].isdigit()):
            j -= 1  # "a three-day state visit"
        if j >= 0 and j in self.mention_cover and tok.low[j].endswith(("'s", "’s")) and tok.sent[j] == c.sent:
            m = self.mention_cover[j]  # "The Turkish foreign minister's visit": the official stands for the state
            return m if m.actor.kind != "person" and m.via == "description" else None
        if j < 1 or tok.sent[j] != c.sent or j in self.mention_cover:
            return None
        word = tok.low[j][:-2] if tok.low[j].endswith(("'s", "’s")) else ""
        if tok.low[j] in ("'s", "’s") or word in self.w.bare_titles or word in self.lex.title_nouns:
            k = j - 1
            while k > 0 and tok.sent[k] == c.sent and k not in self.mention_cover and k > j - 4 \
                    and (tok.low[k] in self.w.bare_titles or tok.low[k] in self.lex.title_nouns):
                k -= 1  # "the Turkish foreign minister's visit"
            m = self.mention_cover.get(k)
            if (not word and k == j - 1) or m is None or m.via not in ("adjective", "demonym") or m.actor.kind == "person":
                return None
            return m
        if tok.low[j] == "on" and j > 0 and (tok.low[j - 1] in self.w.present_be or tok.low[j - 1] in self.w.past_be):
            chain = self._subject_chain(j - 1)  # "Scholz is on a two-day visit to India"
            return chain[0] if chain else None
        d = next((d for k in range(max(0, j - 2), j + 1) for d in self._cands_by_tok.get(k, ())
                  if d.entry.pos == "verb" and d.t1 == j + 1), None)  # ("ruled out a visit": past the particle)
        if d is None or d.source is None or d.start > c.start or not (
                d.entry.cancels or d.entry.type in ("REJECT", "ANNOUNCE")):
            return None
        return d.source

    def _withdrawn_from(self, c: _Cand) -> ActorMention | None:
        """"The withdrawal of Russian troops from Syria began on Monday": a pullback noun whose forces are named after
        "of" is aimed at the state they leave, named after "from" further on in its noun phrase (never the doer's own
        side, never past a comma, a clause or another event)."""
        tok = self.tokens
        if c.entry.type != "RETREAT" or c.entry.pos != "noun" or c.source is None or c.target is not None:
            return None
        n = len(tok.low)
        for k in range(c.t1, min(n, c.t1 + 9)):
            if tok.sent[k] != c.sent or tok.low[k] in (",", ";", ":") or (k > c.t1 and k in self.trigger_toks) \
                    or tok.low[k] in self.lex.clause_breaks:
                return None
            if tok.low[k] != "from":
                continue
            j = k + 1
            while j < n and tok.sent[j] == c.sent and tok.low[j] in self.lex.determiners and j not in self.mention_by_tok:
                j += 1
            m = self.mention_by_tok.get(j)
            if m is None:
                return None
            if m.actor.kind != "state":
                state = self._state_of(m.actor.country) if m.actor.country else None
                if state is None:
                    return None
                m = ActorMention(m.start, m.end, m.text, state, "description")
            return None if self._own_side(m) & self._own_side(c.source) else m
        return None

    def _goods_owner(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"lifted tariffs on Australian wine", "imposed duties on Chinese electric cars", "suspended imports from two
        Georgian wineries", "relaxed visa rules for Chinese travellers": a sanction (or its lifting) aimed at goods or
        people named by a state's adjective after ``goods_preps`` is aimed at that state (never the doer's own side);
        read right after the trigger and its object noun only."""
        tok = self.tokens
        if source is None or c.entry.type not in ("SANCTION", "CONCEDE") or c.quoted:
            return None
        n = len(tok.low)
        k = c.t1
        while k < n and k < c.t1 + 3 and tok.sent[k] == c.sent and tok.low[k] not in self.w.goods_preps \
                and tok.low[k].replace("-", "").isalpha() \
                and tok.low[k] not in self.w.prepositions and k not in self.mention_cover and k not in self.timex_cover:
            k += 1  # the object noun: "lifted tariffs on", "suspended imports from", "relaxed visa requirements for"
        if k >= n or tok.low[k] not in self.w.goods_preps or tok.sent[k] != c.sent:
            return None
        k += 1
        while k < n and tok.sent[k] == c.sent and (tok.low[k] in self.lex.determiners or tok.low[k].isdigit()
                                                    or tok.low[k] in self.w.count_words) and k not in self.mention_by_tok:
            k += 1  # ("from two Georgian wineries")
        m = self.mention_by_tok.get(k)
        if m is None or m.via not in ("adjective", "demonym") or m.actor.kind == "person":
            return None
        return None if self._own_side(m) & self._own_side(source) else m

    def _goods_partners(self, c: _Cand) -> list[ActorMention]:
        """"imposed tariffs on Canadian and Mexican goods", "duties on Chinese, Vietnamese and Thai steel": the other
        states' adjectives joined to the goods owner (``_goods_owner``, the target) before the goods, each aimed at as
        much as the first (not of the doer's own side, nor its source or target)."""
        tok = self.tokens
        m = c.target
        if m is None or m.via not in ("adjective", "demonym") or c.entry.type not in ("SANCTION", "CONCEDE") \
                or self._prep_before(tok.at(m.start)) != "on":
            return []
        out: list[ActorMention] = []
        told = {x.actor.id for x in (c.source, m) if x is not None}
        own = self._own_side(c.source) if c.source is not None else set()
        k = tok.at(m.end)
        while k + 1 < len(tok.low) and tok.low[k] in self.w.list_separators and tok.sent[k] == c.sent:
            nxt = self.mention_by_tok.get(k + 1)
            if nxt is None or nxt.via not in ("adjective", "demonym") or nxt.actor.kind == "person":
                return []  # ("on Chinese steel and aluminium": no second owner)
            if nxt.actor.id not in told and not (self._own_side(nxt) & own) and nxt.actor.kind != "territory":
                out.append(nxt)  # (not "on Russian and Crimean officials": a territory is no party)
                told.add(nxt.actor.id)
            k = tok.at(nxt.end)
        return out if k < len(tok.low) and tok.low[k].isalpha() and self.text[tok.starts[k]].islower() else []

    def _international_seat(self, k: int) -> bool:
        """Is the body at token ``k`` placed ("court in ...") in a city that seats international courts (cues.yaml
        ``international_seats``: "The Hague", "Strasbourg"), where a court is no state's?"""
        tok = self.tokens
        if k + 2 >= len(tok.low) or tok.low[k + 1] not in self.lex.location_preps:
            return False
        after = self.text[tok.starts[k + 2]:tok.starts[k + 2] + 24].lower()
        return any(after.startswith(seat) for seat in self.w.international_seats)

    def _placed_body(self, c: _Cand) -> ActorMention | None:
        """"The army fired at protesters in Yangon", "A court in Moscow sentenced the American reporter": the subject of
        a verb that is an unnamed body of a state acting at home (cues.yaml ``national_bodies``) is the state of the place
        the sentence puts it in: "in <place>" right after the body, the place where it acted on people at home
        (cues.yaml ``home_objects``: "protesters"), else the place of the act when the sentence names no party at all
        and the act is aimed at no one. A body that never acts abroad (a court, the police: not one of ``state_heads``,
        "army", "troops") takes the place of its act even when the act names other parties ("Police detained two Russian
        journalists in Tbilisi": Georgia's). None when that is not clear."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.source is not None or c.quoted:
            return None
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1
        placed = None  # the country of "in <place>" right after the body
        first = tok.at(self.mention_cover[k].start) if k >= 0 and k in self.mention_cover else -1
        if first >= 2 and tok.low[first - 1] in self.lex.location_preps and tok.sent[first - 1] == c.sent:
            m = self.mention_cover[k]  # "A court in Moscow sentenced"
            placed, k = m.actor.country or (m.actor.id if m.actor.kind == "state" else None), first - 2
        for j in range(k, max(1, k - 3), -1):
            if placed is None and tok.sent[j] == c.sent and tok.low[j - 1] in self.lex.location_preps \
                    and self.text[tok.starts[j]].isupper():
                place = self._place_at(j)  # "a court in St. Petersburg", "a court in New York"
                if place is not None and place[2] == k + 1 and place[1]:
                    placed, k = place[1], j - 2
        if k < 0 or tok.sent[k] != c.sent or tok.low[k] not in self.w.national_bodies:
            return None
        if placed is not None and self._international_seat(k):
            return None  # ("The court in The Hague ruled": an international court, no state's)
        j = k - 1
        s0 = tok.at(self.sentences[c.sent][0])
        while j >= s0 and j not in self.mention_cover and tok.low[j].isalpha() and self.text[tok.starts[j]].islower() \
                and tok.low[j] not in self.w.prepositions and tok.low[j] not in self.lex.clause_breaks:
            j -= 1  # "the country's top court", "the military"
        if j >= s0 and j in self.mention_cover:
            return None  # ("Iraq's parliament", "the Russian army": the actor stage names its state)
        if placed is not None:
            country = placed
        elif c.target is not None and (c.target.via == "place" or self._is_location_use(tok.at(c.target.start), c.target)) \
                and any(
                tok.low[x] in self.w.home_objects for x in range(c.t1, tok.at(c.target.start))):
            country = c.target.actor.country or c.target.actor.id  # "fired at protesters in Yangon": where, not whom
        else:
            s_start, s_end = self.sentences[c.sent]
            home = tok.low[k] not in self.w.state_heads  # (a court, the police: never abroad)
            if c.location_country is None or (not home and (c.target is not None or any(
                    s_start <= m.start < s_end and not self._is_location_use(tok.at(m.start), m) for m in self.mentions))):
                return None  # (another party is named: whose army it is is not clear)
            country = c.location_country
        state = self._state_of(country) if country else None
        if state is None or (c.target is not None and c.target.actor.id == state.id and placed is None and not any(
                tok.low[x] in self.w.home_objects for x in range(c.t1, tok.at(c.target.start)))
                and tok.low[k] in self.w.state_heads):
            return None
        a = tok.starts[max(j + 1, s0)]
        return ActorMention(a, tok.ends[k], self.text[a:tok.ends[k]], state, "description")

    def _times_apart(self, si: int, sj: int) -> bool:
        """Do sentences ``si`` and ``sj`` both name days, none of them within a week of each other ("on Sunday" ...
        "Last year"; not "on Friday" ... "On Saturday": a trip's stay)?"""
        if not hasattr(self, "_days_by_sent"):
            self._days_by_sent: dict[int, list] = {}
            for t in self.timexes:
                if t.earliest is not None and t.latest is not None:
                    self._days_by_sent.setdefault(self.tokens.sent[self.tokens.at(t.start)], []).append(t)
        a, b = self._days_by_sent.get(si, ()), self._days_by_sent.get(sj, ())
        week = timedelta(days=7)
        return bool(a) and bool(b) and not any(x.earliest <= y.latest + week and y.earliest <= x.latest + week
                                               for x in a for y in b)

    def _between_pair_ids(self) -> dict[int, tuple[ActorMention, ActorMention]]:
        """The verbs (by id) whose act lies between two parties named after them, with the two parties."""
        if not hasattr(self, "_between_pair_map"):
            self._between_pair_map: dict[int, tuple[ActorMention, ActorMention]] = {}
        return self._between_pair_map

    def _sides_between_after_verb(self, c: _Cand) -> None:
        """"Egypt and Qatar mediated between Israel and Hamas", "Turkey coordinated the exchange of prisoners between
        Russia and Ukraine", "Washington brokered a truce between Armenia and Azerbaijan": a doer's verb followed in its
        clause by "between A and B" acts between both sides: each takes part, neither is the one acted on (no target;
        the summary names both)."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.source is None or c.quoted:
            return
        if not hasattr(self, "_between_sents"):  # (the sentences with "between"/"among": found once per document)
            self._between_sents = {tok.sent[k] for k in tok.where(self.w.between_preps)}
        if c.sent not in self._between_sents:
            return
        for k in range(c.t1, min(c.t1 + 8, len(tok.low))):
            if tok.sent[k] != c.sent or k in self.mention_cover or tok.low[k] in self.lex.clause_breaks \
                    or tok.low[k] in self.w.phrase_breaks or (k > c.t1 and k in self.trigger_toks and self._verb_at(k)):
                return
            if tok.low[k] in self.w.between_preps:
                break
        else:
            return
        found: list[ActorMention] = []
        j = k + 1
        while j < len(tok.low) and tok.sent[j] == c.sent and j < k + 12 and len(found) < 3:
            m = self.mention_by_tok.get(j)
            if m is not None:
                if self._participant(j, m) and m.actor.id not in {f.actor.id for f in found}:
                    found.append(m)
                j = tok.at(m.end)
                continue
            if tok.low[j] not in self.w.list_fillers:
                break
            j += 1
        ids = {m.actor.id for m in found}
        if len(found) != 2 or c.source.actor.id in ids:
            return
        c.others = [m for m in c.others if m.actor.id not in ids] + found
        if c.target is not None and c.target.actor.id not in ids:
            c.others.insert(0, c.target)
        c.target = None
        self._between_pair_ids()[id(c)] = (found[0], found[1])
