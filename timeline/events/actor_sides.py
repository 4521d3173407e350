"""Targets read from who a person or a pair is in the story, once every candidate has its actors (extract.py runs
these after the statement passes):

- a named envoy summoned, expelled or ordered out stands for the state that sent them ("Moscow summoned the British
  ambassador, Jane Doe": the United Kingdom);
- "his guest" of a host is the visitor told arriving before ("Blinken arrived in Beijing. Qin told his guest": Blinken);
- a passive joined by "and" to a verb before it acts on that verb's doer ("Saleh arrived and was received by Abiy");
- "the two governments" aimed at is the pair named together ("A and B applied ... accusing the two governments": A),
  and "the foreign ministers of both countries" is that pair too (its first named the target);
- an agreement noun made "to restore ties with X" is made with X;
- an act noun right after a passive ("soldiers were killed in an ambush") keeps the passive's subject as the one hit;
- a visit noun whose "by" agent comes first names the place visited after it ("the visit by X to Riyadh": Saudi Arabia);
- a party named with "with" after a verb of travel came along ("landed in Beijing with von der Leyen"): no target;
- "urged them", "thanked them" after two parties named together ("Modi met Sharif and Ghani ... Biden urged them")
  aims at that pair, its first named the target;
- a reply with no one answered named ("Biden told Xi ... Xi replied that ...") answers the other party of the last
  act the replier took part in, told earlier in its sentence or in the sentence before (one paragraph).
"""

from __future__ import annotations

from timeline.events.common import _Cand
from timeline.model import ActorMention


class ActorSideMixin:
    """Targets that a person's part in the story names (see the module docstring)."""

    def _envoy_states(self, cands: list[_Cand]) -> None:
        """A summons, an expulsion or an order to leave (cues.yaml ``envoy_state_lemmas``) aimed at a named envoy is
        aimed at the state the envoy serves: the envoy's own country when known ("Ambassador Paul Renard", a
        document person introduced as "the French ambassador"), else the state named before the envoy noun ("the
        U.S. ambassador, Jon Roe"). Not when that state is the doer's own ("recalled its ambassador, Jane Doe")."""
        for c in cands:
            m = c.target
            if c.entry.lemma not in self.w.envoy_state_lemmas or m is None or m.actor.kind != "person":
                continue
            state = self._envoy_state(m)
            if state is None:
                continue
            if c.source is not None and (state.actor.id in self._own_side(c.source)
                                         or state.actor.country in self._own_side(c.source)):
                continue
            c.target = ActorMention(m.start, m.end, m.text, state.actor, "description")
            c.others = [o for o in c.others if o.actor.id != state.actor.id]

    def _envoy_state(self, m: ActorMention) -> ActorMention | None:
        """The side a named envoy serves: the state or body named right before the envoy noun ("the U.S. ambassador,
        Jon Roe", "the UN envoy, Jane Roe"), else the state of the envoy's country: for an ambassador (cues.yaml
        ``ambassador_titles``, by the title before the name or the person's known role), or for any envoy the text
        introduced with a state ("the Japanese envoy, Hideo Roe"). None when ``m`` is not told as an envoy, or is a
        special envoy of no state named (a body's envoy keeps their name)."""
        tok = self.tokens
        i = tok.at(m.start)
        k = i - 1
        while k >= 0 and tok.low[k] in self.w.list_separators:
            k -= 1  # "the British ambassador, Deborah Roe"
        titled = k >= 0 and k >= i - 2 and tok.low[k] in self.w.envoy_nouns
        role = (m.actor.role or "").lower().split()
        if titled:
            j = k - 1
            while j >= 0 and tok.low[j] in ("'s", "’s", "'", "’"):
                j -= 1  # "France's ambassador, Jean Roe"
            before = self.mention_cover.get(j) if j >= 0 and tok.sent[j] == tok.sent[i] else None
            if before is not None and before.actor.kind != "person":
                return before if before.actor.kind in ("state", "igo", "organization") else None
        envoy = titled or any(w in self.w.envoy_nouns for w in role)
        ambassador = (titled and tok.low[k] in self.w.ambassador_titles) or any(
            w in self.w.ambassador_titles for w in role)
        if not m.actor.country or not (ambassador or (envoy and m.actor.source == "document")):
            return None  # (a person the text introduced as "the Japanese envoy" has that state as country)
        state = self._state_of(m.actor.country)
        return ActorMention(m.start, m.end, m.text, state, "description") if state is not None else None

    def _guest_targets(self, cands: list[_Cand]) -> None:
        """"Erdogan flew to Moscow on Monday. Putin told his guest that ...": a host acting on "his guest" (cues.yaml
        ``guest_nouns``) acts on the visitor of the last visit told to the host's side (its target, else the country
        of its place), within the five sentences before; no target when no such visit is told."""
        tok = self.tokens
        n = len(tok.low)
        for c in cands:
            if c.target is not None or c.source is None or c.entry.pos != "verb":
                continue
            k = c.t1
            if k + 1 >= n or tok.sent[k + 1] != c.sent or tok.low[k] not in self.w.possessive_pronouns \
                    or tok.low[k + 1] not in self.w.guest_nouns:
                continue
            own = self._own_side(c.source)
            for g in reversed(cands):
                if g.start >= c.start or g.sent < c.sent - 5 or g.entry.mode != "visit" or g.source is None:
                    continue
                host = {g.target.actor.id, g.target.actor.country} if g.target is not None else {g.location_country}
                if host & own and g.source.actor.id not in own:
                    start, end = tok.starts[k], tok.ends[k + 1]
                    c.target = ActorMention(start, end, self.text[start:end], g.source.actor, "description")
                    break

    def _replied_targets(self, cands: list[_Cand]) -> None:
        """"Biden told Xi the talks mattered. Xi replied that ...": a verb of answering (cues.yaml ``reply_verbs``)
        with no target answers the other side of the last act told with the replier as its source or target, earlier
        in the sentence or in the sentence before of the same paragraph. Not when that act was between others ("Biden
        met Xi. Putin replied that ...": nobody named answered)."""
        tok = self.tokens
        for c in cands:
            if c.target is not None or c.source is None or tok.low[c.t0] not in self.w.reply_verbs:
                continue
            s0 = self.sentences[c.sent][0]
            if c.sent > 0 and "\n" in self.text[self.sentences[c.sent - 1][1]:s0]:
                lo = c.sent  # (a new paragraph: only the sentence of the reply)
            else:
                lo = c.sent - 1
            own = self._own_side(c.source)
            for g in reversed(cands):
                if g is c or g.start >= c.start or g.source is None or g.target is None:
                    continue
                if g.sent < lo:
                    break
                sides = [g.source, g.target]
                mine = [m for m in sides if m.actor.id in own or m.actor.country in own]
                other = [m for m in sides if m not in mine]
                if len(mine) == 1 and len(other) == 1:
                    c.target = other[0]
                    break

    def _coordinated_passive_targets(self, cands: list[_Cand]) -> None:
        """"Osman Saleh arrived on Tuesday and was received by Abiy": a passive verb joined by "and" to a verb before
        it, with no subject of its own, has that verb's doer as the one acted on (its target), the "by" agent acting."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "verb" or c.target is not None or c.quoted:
                continue
            v = self._verb_group_start(c.t0)
            if v == c.t0 or v < 2 or (tok.low[c.t0 - 1] not in self.w.passive_aux
                                       and tok.low[c.t0 - 1] not in self.w.be_participles):
                continue
            if tok.low[v - 1] not in self.w.clause_coordinators or tok.sent[v - 1] != c.sent:
                continue
            doer: list[ActorMention] = []
            for j in range(v - 2, -1, -1):
                if tok.sent[j] != c.sent or tok.low[j] in (";", ":"):
                    break
                if j not in self.mention_cover and self._finite_verb_at(j):
                    doer = self._doer_of_verb(c, j)
                    break
            if len(doer) != 1:
                continue
            m = doer[0]
            if c.source is not None and m.actor.id in self._own_side(c.source) | {c.source.actor.id}:
                continue
            c.target = m
            c.others = [o for o in c.others if o.actor.id != m.actor.id]

    def _joined_in_text(self, pair: list[ActorMention]) -> bool:
        """Are the two mentions of ``pair`` named together, joined by "and" ("Finland and Sweden")?"""
        a, b = sorted(pair, key=lambda m: m.start)
        return self.text[a.end:b.start].strip().lower() in self.w.coordinators

    def _joined_pair_before(self, k: int, own: set[str]) -> list[ActorMention]:
        """"Kenya and Uganda applied to join the bloc. Tanzania blocked the talks, accusing the two governments":
        a pair description of states aimed at by an act (token ``k`` opens it) stands for the last two states named
        together ("A and B") in its sentence or the three before, neither of the doer's ``own`` side. Read when the
        pair found otherwise was not named together (the doer and one other, an invader and the invaded told in
        passing). Empty when the description is not of states or no such pair is named."""
        tok = self.tokens
        j = k + 1 if tok.low[k] == "the" else k
        roles = next((r for words, r in self.lex.pairs.items() if tok.low[j + 1:j + 1 + len(words)] == list(words)), ())
        if "@state" not in roles:
            return []
        before = [m for m in self.mentions if m.start < tok.starts[k] and tok.sent[tok.at(m.start)] >= tok.sent[k] - 3]
        for a, b in zip(reversed(before[:-1]), reversed(before[1:])):
            if a.actor.kind != "state" or b.actor.kind != "state" or a.actor.id == b.actor.id:
                continue
            if self.text[a.end:b.start].strip().lower() not in self.w.coordinators or tok.sent[tok.at(a.start)] \
                    != tok.sent[tok.at(b.start)]:
                continue
            if {a.actor.id, b.actor.id} & own or not (self._participant(tok.at(a.start), a)
                                                     and self._participant(tok.at(b.start), b)):
                continue
            return [a, b]
        return []

    def _noun_purpose_targets(self, cands: list[_Cand]) -> None:
        """"Israel signed an agreement on Tuesday to restore diplomatic ties with Morocco": an agreement noun its doer
        signed or reached, whose purpose ("to <verb> ...") is dealt "with" another party, is made with that party (the
        first named after "with", as ``ParticipantMixin._purpose_party`` reads it for a verb)."""
        for c in cands:
            if c.entry.pos != "noun" or c.entry.type != "AGREE" or c.target is not None or c.source is None \
                    or c.source.start > c.start or c.quoted:
                continue
            party = self._purpose_party(c, c.source)
            if party is not None:
                c.target = party
                c.others = [o for o in c.others if o.actor.id != party.actor.id]

    def _passive_frame_nouns(self, cands: list[_Cand]) -> None:
        """"Four Indian soldiers were killed in an ambush on Monday": an act noun in a phrase right after a passive verb
        (only a preposition, articles, adjectives or a date between) is that verb's act told again; the passive's
        subject was acted upon, so it is no doer of the noun, but its target (the doer is the verb's agent, if any)."""
        tok = self.tokens
        by_sent: dict[int, list[_Cand]] = {}
        for c in cands:
            by_sent.setdefault(c.sent, []).append(c)
        for c in cands:
            if c.entry.pos != "noun" or c.source is None or c.quoted:
                continue
            for d in by_sent.get(c.sent, ()):
                if d.entry.pos != "verb" or d.t1 > c.t0 or d.target is None or d.source is not None \
                        or d.target.actor.id != c.source.actor.id or d.entry.type != c.entry.type:
                    continue
                aux = tok.low[d.t0 - 1] if d.t0 > 0 else ""
                if aux not in self.w.passive_aux and aux not in self.w.be_participles:
                    continue
                between = range(d.t1, c.t0)
                if not between or tok.low[d.t1] not in self.w.prepositions or any(
                        tok.low[j] not in self.w.prepositions and tok.low[j] not in self.lex.determiners
                        and j not in self.timex_cover
                        and not (self._adjective_like(tok.low[j]) and j not in self.mention_cover) for j in between):
                    continue
                c.target, c.source = d.target, None
                c.others = [o for o in c.others if o.actor.id != d.target.actor.id]
                break

    def _pair_member_objects(self, cands: list[_Cand]) -> None:
        """"Pompeo said he had spoken with the foreign ministers of both countries", "urged the leaders of the two
        countries to ...": people of a pair told right after the verb (past its preposition) are the pair named before
        (``ArgumentMixin._pair_description``); the first of them is the target, as for "urged the two sides". Not when
        the doer is one of the pair."""
        tok = self.tokens
        n = len(tok.low)
        for c in cands:
            if c.entry.pos != "verb" or c.target is not None or c.source is None or c.quoted:
                continue
            k = c.t1
            if k < n and tok.sent[k] == c.sent and tok.low[k] in self.w.recipient_preps:
                k += 1
            if k >= n or tok.sent[k] != c.sent or tok.low[k] not in self.w.articles:
                continue
            of = next((j for j in range(k + 1, min(n, k + 5)) if tok.low[j] == "of"), None)
            if of is None or of + 1 >= n or tok.sent[of + 1] != c.sent or any(
                    j in self.mention_cover or not tok.low[j].isalpha() for j in range(k + 1, of)):
                continue
            pair = self._pair_description(of + 1)
            own = self._own_side(c.source)
            if len(pair) != 2 or any(m.actor.id in own or m.actor.country in own for m in pair):
                continue
            start, stop = tok.starts[k], tok.ends[min(of + 3, n - 1)]
            told = [ActorMention(start, stop, self.text[start:stop], m.actor, "description") for m in pair]
            c.target = told[0]
            c.others = [o for o in c.others if o.actor.id not in {m.actor.id for m in pair}] + told[1:]

    def _hosting_couple(self, subject: list, others: list) -> tuple[list, list]:
        """"King Charles and Queen Camilla hosted Macron", "the President and the First Lady received Modi": hosts of one
        state named together are one side, its first-named (the head of state); the others of that state stay
        participants, not parties of their own."""
        first = subject[0].actor
        home = first.country or (first.id if first.kind == "state" else None)
        if home is None or first.kind != "person":
            return subject, others
        same = [m for m in subject[1:] if m.actor.kind == "person" and m.actor.country in (home, None)]
        # (a consort the gazetteer does not know, "Queen Silvia", has no country of its own)
        if not same:
            return subject, others
        return [m for m in subject if m not in same], others + same

    def _visit_after_agent(self, c: _Cand, agent: ActorMention | None) -> ActorMention | None:
        """"The visit by the German foreign minister to Riyadh": a visit noun whose "by" agent comes first names the
        place visited after it, with "to" (within a few words of the agent): the party named there, or the state of
        the place named there; else None."""
        if agent is None or c.entry.mode != "visit":
            return None
        tok = self.tokens
        j = tok.at(agent.end)
        for k in range(j, min(j + 3, len(tok.low))):
            if tok.sent[k] != c.sent or k in self.trigger_toks:
                return None
            if tok.low[k] in self.w.target_preps and tok.low[k] != "on":
                hit = self._first_after_prep(k, c)
                if hit is None:
                    return None
                if hit.actor.kind in ("state", "igo", "group", "person"):
                    return hit
                state = self._state_of(hit.actor.country) if hit.actor.country else None
                return ActorMention(hit.start, hit.end, hit.text, state, "place") if state is not None else None
        return None

    def _companion(self, c: _Cand, m: ActorMention) -> bool:
        """"Macron landed in Beijing with von der Leyen", "arrived in Kyiv on Tuesday with Lammy": after a verb of travel
        that takes its place with a preposition, the party named after "with" (a capitalized title may come between)
        came along; the visit's target is the place's state, not that party."""
        tok = self.tokens
        if c.entry.mode != "visit" or c.entry.pos != "verb" or tok.low[c.t1 - 1] not in self.w.prepositions:
            return False
        i = tok.at(m.start)
        withs = [k for k in range(c.t1, i) if tok.low[k] == "with"]
        return bool(withs) and all(self.text[tok.starts[j]][:1].isupper() for j in range(withs[-1] + 1, i))

    def _plural_pronoun_object(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"Modi met Sharif and Ghani on Monday. Biden urged them to keep talking": "them" right after the verb stands for
        the last two parties named together ("A and B", both of one kind, neither of the doer's own side) in the verb's
        sentence or the one before (``_pronoun_object_floor``), with no other party named after them; the first of the
        pair is the target (an act aimed at two names the first). None when no such pair is the last told."""
        tok = self.tokens
        k = c.t1
        if k >= len(tok.low) or tok.sent[k] != c.sent or tok.low[k] not in self.w.plural_object_pronouns \
                or self._in_quote(tok.starts[k]):
            return None
        own = self._own_side(source) if source is not None else set()
        lo = self._pronoun_object_floor(c.sent)
        before = [m for m in self.mentions if lo <= m.start < c.start and not self._in_quote(m.start)
                  and (source is None or m.start != source.start)]
        for b in reversed(before):
            if b.actor.id in own or b.actor.country in own or self._is_location_use(tok.at(b.start), b):
                continue  # (the doer's own side named again, a place: "A and B met in Paris")
            a = before[before.index(b) - 1] if before.index(b) > 0 else None
            if a is None or a.actor.kind != b.actor.kind or a.actor.id == b.actor.id or a.actor.id in own \
                    or a.actor.country in own or self.text[a.end:b.start].strip().lower() not in self.w.coordinators:
                return None  # the last party named is not the second of a pair
            if not (self._participant(tok.at(a.start), a) and self._participant(tok.at(b.start), b)):
                return None
            return a
        return None
