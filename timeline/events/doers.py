"""Stage 3b of the event extractor, continued: whose act a verb with no subject of its own tells.

A verb right after "and" ("Macron met the German chancellor's spokesman and told him ...") shares the doer of the
verb before it, never the actor that verb acts on; a verb right after "who"/"which" is the act of the noun before
the pronoun, never of an actor named earlier in the sentence. When that doer is no known actor ("The ministry said
..., and demanded", "the allies who had agreed"), the act has no named doer: the nearest actor before it is an
object, a possessive or a list, not a subject. ``_set_actors`` (arguments.py) calls these helpers.
"""

from __future__ import annotations

import re

from timeline.events.common import _Cand
from timeline.model import ActorMention


class DoerMixin:
    """The doer of a coordinated verb or of a relative clause's verb."""

    def _doerless_ids(self) -> set[int]:
        """The candidates (by id) whose doer is known to be no named actor: no fallback may pick one for them."""
        if not hasattr(self, "_doerless_set"):
            self._doerless_set: set[int] = set()
        return self._doerless_set

    def _verb_group_start(self, k: int) -> int:
        """The first token of the verb group that ends at token ``k`` (its auxiliaries, modals, adverbs, a negation)."""
        tok = self.tokens
        while k > 0 and tok.sent[k - 1] == tok.sent[k] and (
                tok.low[k - 1] in self.w.adverbs or tok.low[k - 1] in self.w.past_aux
                or tok.low[k - 1] in self.w.perfect_aux or tok.low[k - 1] in self.lex.modals
                or tok.low[k - 1] in self.w.negations or tok.low[k - 1] in self.w.passive_aux):
            k -= 1
        return k

    def _finite_verb_at(self, k: int) -> bool:
        """Could token ``k`` be the verb of a clause: an auxiliary, a past form, a verb trigger, or a past form of a
        trigger the lexicon knows even when no event was read from it ("met", "told", "held")?"""
        w = self.tokens.low[k]
        if not w.isalpha() or self.text[self.tokens.starts[k]].isupper():
            return False
        return self._verb_like(k) or any(t == "past" for _e, t in self.lex.forms.get(w, ()))

    def _shared_doer(self, c: _Cand) -> list[ActorMention]:
        """The subject of verb ``c``: what ``_subject_chain`` finds right before it, except after "and" with no
        subject of its own, when that actor stands in the object of the verb before ("Macron met Scholz's
        spokesman in Paris and told him", "accused Putin of ... and urged", "withdrawing its staff from A and B and
        demanded"): then the doer of that verb (its event's source, else the subject before it), or none when
        that doer is no named actor (the candidate is then marked so that no later fallback names one), except for a
        joint act, which the one acted on takes part in."""
        chain = self._subject_chain(c.t0)
        if not chain:
            return chain
        if self._listed_in_phrase(chain[0]):
            self._doerless_ids().add(id(c))
            return []  # ("93 companies, most of them in Russia, China and Turkey, to its export blacklist")
        tok = self.tokens
        k = self._verb_group_start(c.t0) - 1
        if k < 1 or tok.sent[k] != c.sent or tok.low[k] not in self.w.clause_coordinators:
            return chain
        first = tok.at(chain[0].start)
        last = tok.at(chain[-1].end)
        if any(self._finite_verb_at(j) for j in range(last, k)):
            said = first - 1 - (first >= 2 and tok.low[first - 1] == "that")
            if tok.low[k - 1] == "," and said >= 1 and tok.sent[said] == c.sent and tok.low[said] in self.lex.reporting:
                # "The ministry said Russia had shelled Kherson, and demanded an inquiry": after the comma the verb goes
                # with the saying, so its doer is the sayer's (none when that is no named actor)
                doer = self._doer_of_verb(c, said)
                if not doer:
                    self._doerless_ids().add(id(c))
                return doer
            return chain  # "officials said Russia had attacked and destroyed": the actor is the first verb's subject
        verb = None
        for j in range(first - 1, -1, -1):
            if tok.sent[j] != c.sent or tok.clause[j] != tok.clause[first] or tok.low[j] in (",", ";", ":"):
                break
            if j not in self.mention_cover and self._finite_verb_at(j):
                verb = j
                break
        if verb is None:
            return chain  # (no verb before the actor in its clause: the actor is the subject)
        doer = self._doer_of_verb(c, verb)
        if not doer and c.entry.type in self.w.symmetric_types:
            return chain  # "she met the Peruvian president and signed an accord": a joint act, the one met takes part
        if not doer:
            self._doerless_ids().add(id(c))
        return doer

    def _doer_of_verb(self, c: _Cand, verb: int) -> list[ActorMention]:
        """The doer of the verb at token ``verb`` in the sentence of ``c``: the source of the verb event read there
        (none when it has none), else the subject right before its verb group ("he": the person it stands for)."""
        tok = self.tokens
        for d in self._cands_by_tok.get(verb, ()):
            if d is not c and d.entry.pos == "verb":
                if d.source is not None and d.source.start < d.start:
                    return [m for m in (d.source, *d.others) if m is not None and m.start < d.start]
                return []  # ("Navalnaya accused Putin of ... and urged": the accuser is no known actor)
        v0 = self._verb_group_start(verb)
        chain = self._subject_chain(v0)
        if chain:
            return chain
        p = v0 - 1
        if p >= 0 and tok.sent[p] == c.sent and tok.low[p] in self.lex.pronouns:
            probe = _Cand(c.entry, c.tense, tok.starts[p], tok.ends[p], tok.low[p], p + 1, p + 2, c.sent)
            pron = self._pronoun_actor(probe, set())
            return [pron] if pron is not None else []
        return []

    def _relative_doer(self, c: _Cand) -> ActorMention | None:
        """"Kim, who met Moon in April, ...", "the allies who had agreed to it": the doer of a verb right after
        "who" is the noun before the pronoun: the actor named there, else no named actor (the candidate is then
        marked so that no later fallback names the last actor of the sentence, "Biden thanked the allies who")."""
        tok = self.tokens
        j = self._verb_group_start(c.t0) - 1
        if j < 1 or tok.sent[j] != c.sent or tok.low[j] not in self.w.relative_who_which:
            return self._last_participant_before(tok.starts[c.t0], clause_before=True)
        m = self._relative_head_mention(c, j)
        if m is None:
            self._doerless_ids().add(id(c))
        return m

    def _relative_head_mention(self, c: _Cand, j: int) -> ActorMention | None:
        """The actor named right before the relative pronoun at token ``j`` (a comma between), when it can act."""
        tok = self.tokens
        h = j - 1 if tok.low[j - 1] != "," else j - 2
        m = self.mention_cover.get(h) if h >= 0 and tok.sent[h] == c.sent else None
        if m is None:  # "Erdogan's chief adviser, who met Zelensky": an official of the owner acts for its state
            x = h
            while x > 0 and h - x < 3 and tok.sent[x] == c.sent and x not in self.mention_cover \
                    and tok.low[x].isalpha() and self.text[tok.starts[x]].islower():
                x -= 1
            owner = self.mention_cover.get(x) if x < h and tok.sent[x] == c.sent else None
            return self._owned_person(owner) if owner is not None and owner.actor.kind == "person" \
                and self.text[owner.end:owner.end + 2] in ("'s", "’s") else None
        return m if self._participant(tok.at(m.start), m) else None

    def _doerless(self, c: _Cand) -> bool:
        """Is the doer of verb ``c`` known to be no named actor: marked so, or the verb opens a "which" clause whose
        head can not act ("praised the new coalition in Berlin, which had agreed to ...": not Berlin, nor the one who
        praised it)?"""
        if id(c) in self._doerless_ids() or self._unnamed_subject_of(c):  # ("after a tribunal in The Hague ruled")
            return True
        tok = self.tokens
        j = self._verb_group_start(c.t0) - 1
        return j >= 1 and tok.sent[j] == c.sent and tok.low[j] in self.w.relative_who_which \
            and self._relative_head_mention(c, j) is None

    # ---- "the two sides": the story's pair

    def _pair_modifier(self, m: ActorMention) -> bool:
        """Is ``m`` a state named only as the modifier of a thing inside a prepositional phrase ("on Chinese support",
        "support for Russia's defence industry"), which "the two sides" never stands for? Not an owner of people or
        a body ("talks with China's foreign minister")."""
        tok = self.tokens
        i = tok.at(m.start)
        if m.actor.kind == "person" or self._prep_before(i) is None:
            return False
        if m.via in ("adjective", "demonym"):
            return not self._participant(i, m)
        if self.text[m.end:m.end + 2] not in ("'s", "’s"):
            return False
        k = tok.at(m.end)
        if k < len(tok.low) and tok.low[k] in ("'s", "’s"):
            k += 1
        head = None
        for j in range(k, min(len(tok.low), k + 3)):
            if tok.sent[j] != tok.sent[i] or not tok.low[j].isalpha() or j in self.mention_cover \
                    or tok.low[j] in self.w.prepositions or not self.text[tok.starts[j]].islower():
                break
            head = tok.low[j]
        return head is not None and head not in self.lex.adjective_heads and head not in self.lex.agent_heads

    def _lead_pair(self, before: int, roles) -> list[ActorMention]:
        """The two parties of the first event of the story told with two of them acting together (source and target
        of a joint act, or a target named before the trigger), of a matching role: the pair "the two sides" stands for
        when no pair acted in the sentences just before."""
        for g in getattr(self, "_group_events", ()):
            if g.start >= before:
                break
            if g.quoted or g.source is None or g.target is None or id(g.target) in self._pair_object_ids():
                continue
            if g.entry.type not in self.w.symmetric_types and g.target.start > g.start or g.entry.mode == "third-party":
                continue  # (nor go-betweens: "Egypt and Qatar mediated talks between Israel and Hamas")
            pair = self._fitting_pair(g, roles)
            if pair:
                return pair
        return []

    def _fitting_pair(self, g: _Cand, roles, *, own_mentions: bool = False) -> list[ActorMention]:
        """The source and target of ``g`` when both fit the roles of a pair description ("@state": states, or their
        people, "@party" also groups; else persons of one of the roles) and are two actors; [] otherwise.
        ``own_mentions``: read each from the mention the text has at its place (not one a rule built there)."""
        pair = []
        for m in (g.source, g.target):
            if own_mentions:
                own = self.mention_by_tok.get(self.tokens.covering(m.start))
                m = own if own is not None and own.start == m.start and own.actor.id == m.actor.id else m
            if "@any" in roles:  # ("the two" with no noun: whoever the pair were)
                fits = m.actor.kind in ("person", "state", "group")
            elif "@state" in roles:
                m = self._state_mention(m)
                fits = m.actor.kind == "state" or m.actor.kind == "group" and "@party" in roles
            else:
                fits = m.actor.kind == "person" and any(r in (m.actor.role or "").lower() for r in roles)
            if not fits:
                return []
            pair.append(m)
        return pair if pair[0].actor.id != pair[1].actor.id else []

    # ---- the reply rule: an object that names a party of its own

    def _object_names_party(self, c: _Cand) -> bool:
        """Does the object of verb ``c`` name a party of its own, even one the gazetteer lacks, so that the act answers
        no act told before ("accused Western countries of pressuring others": a capitalised adjective and a plural of
        states or their people, cues.yaml ``party_plurals``; "denied that the swap signalled any thaw with Washington":
        a "that" clause naming a party other than the speaker's own side)?"""
        tok = self.tokens
        n = len(tok.low)
        k = c.t1
        while k < n and tok.sent[k] == c.sent and k < c.t1 + 5 and (
                k in self.timex_cover or (tok.low[k] in self.w.time_place_preps and k + 1 in self.timex_cover)):
            k += 1  # ("denied on Friday that ...")
        if k >= n or tok.sent[k] != c.sent:
            return False
        if tok.low[k] == "that":
            own = self._own_side(c.source) if c.source is not None else set()
            for j in range(k + 1, min(n, k + 25)):
                if tok.sent[j] != c.sent or tok.low[j] in self.w.denied_party_stops:
                    return False
                m = self.mention_by_tok.get(j)
                if m is not None and m.actor.role != "media" and not (self._own_side(m) & own) \
                        and (self._participant(j, m) or self._prep_before(j) is not None):
                    return True
            return False
        if tok.low[k] in self.w.definite:
            k += 1
        j = k
        while j < n and tok.sent[j] == c.sent and j - k < 2 and tok.low[j].isalpha() \
                and self.text[tok.starts[j]].isupper() and j not in self.mention_cover:
            j += 1
        return j > k and j < n and tok.sent[j] == c.sent and tok.low[j] in self.w.party_plurals

    # ---- an adjective in the object

    def _own_nationals(self, source: ActorMention, target: ActorMention) -> bool:
        """Is ``target`` a state named by an adjective or a demonym in the object that is the doer's own ("Putin met
        the returning Russians", "Beijing sanctioned Chinese firms"): its own people or things, not a side it acts on?
        Only for a state or a person acting (not "representatives of the Karabakh Armenians met Azerbaijani
        officials": a region's side is not its state's)."""
        return target.via in ("adjective", "demonym") and target.actor.kind == "state" \
            and source.actor.kind in ("state", "person") and target.actor.id in self._own_side(source)

    def _object_noun_summary(self, lead: _Cand, target: ActorMention | None, summary: str) -> str:
        """"The United States shot down a Chinese surveillance balloon": when the target is a state named only by an
        adjective in the verb's object, the summary keeps the object's words ("shoots down a Chinese surveillance
        balloon"), never the state's name as if the state itself were shot down."""
        if target is None or target.via != "adjective" or lead.entry.pos != "verb":
            return summary
        tok = self.tokens
        k = tok.at(target.start)
        if not (lead.t1 <= k <= lead.t1 + 3) or tok.sent[k] != lead.sent:
            return summary
        words = self._object_words(lead).split()
        cut = next((j for j, w in enumerate(words) if j and w.lower() in self.lex.location_preps), len(words))
        obj = " ".join(words[:cut])  # (not "shoots down a Russian fighter jet near")
        last = obj.rsplit(" ", 1)[-1].lower()
        if last in self.lex.agent_heads or last in self.w.state_heads:
            return summary  # ("held talks with Indian leaders": people who stand for their state, "with India")
        name = self._short(target)
        at = obj.find(target.text)
        if at < 0 or not obj[at + len(target.text):].strip() or not name or obj in summary:
            return summary  # (an aside already shows the object: "strikes several Pakistani air bases (on Pakistan)")
        found = re.search(rf" {re.escape(name)}(?=$| |\()", summary)
        if found is None:
            return summary
        head, _, rest = obj.partition(" ")
        if rest and summary[:found.start()].lower().endswith(f" {head.lower()}"):
            obj = rest  # ("closes airspace to French military planes": the preposition is already there)
        return summary[:found.start()] + f" {obj}" + summary[found.end():]

    def _earlier_subject(self, si: int) -> ActorMention | None:
        """"Venezuela's government ordered ... The electoral council declared ... The opposition said ... The foreign
        ministry said": when sentence ``si`` names no known subject, the subject of a sentence before it (two sentences
        back at most) is the one an unnamed body speaks for."""
        for sj in (si - 1, si - 2):
            if sj < 0:
                return None
            m = self._sentence_subject(sj)
            if m is not None:
                return m
        return None

    def _owned_person(self, m: ActorMention) -> ActorMention | None:
        """"met Scholz's spokesman ... and told him": "him" is the one owned, not the owner: for an official of the
        owner ("spokesman", "envoy", "foreign minister") the owner's state, for anyone else ("Navalny's widow") no
        known actor; ``m`` itself when no noun is owned after it."""
        if self.text[m.end:m.end + 2] not in ("'s", "’s"):
            return m
        tok = self.tokens
        k = tok.at(m.end)
        if k < len(tok.low) and tok.low[k] in ("'s", "’s"):
            k += 1
        if k >= len(tok.low) or not self.text[tok.starts[k]].islower():
            return m
        for j in range(k, min(len(tok.low), k + 3)):  # ("Modi's trade minister")
            w = tok.low[j]
            if tok.sent[j] != tok.sent[k] or not w.isalpha() or not self.text[tok.starts[j]].islower():
                break
            if w in self.lex.agent_heads or w in self.w.spokesperson_nouns or w in self.lex.adjective_heads \
                    or w in self.lex.title_nouns:
                state = self._state_mention(m)
                return state if state.actor.kind == "state" else None
        return None

    def _listed_in_phrase(self, m: ActorMention) -> bool:
        """Is ``m`` the last item, after "and"/"or", of a list whose first item stands in a prepositional phrase ("in
        Russia, China and Turkey", "from Argentina and Chile"): no subject, though no preposition stands right before
        it?"""
        tok = self.tokens
        i = tok.at(m.start)
        if i < 2 or tok.low[i - 1] not in self.w.coordinators or i - 2 not in self.mention_cover:
            return False
        j = tok.at(self.mention_cover[i - 2].start)
        while j >= 2 and tok.sent[j - 1] == tok.sent[i] and tok.low[j - 1] == "," and j - 2 in self.mention_cover:
            j = tok.at(self.mention_cover[j - 2].start)
        return self._prep_before(j) is not None and not self._agent_of(j)

    def _measure_contents(self, cands: list[_Cand]) -> None:
        """"The measures, agreed at a meeting in Luxembourg, freeze the assets of those listed", "The deal bars Iran
        from ...": a verb in the present tense whose subject is a definite noun naming a measure or a text (cues.yaml
        ``measure_subjects``; an aside set off by commas may stand between) tells what that measure does: no new act."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "verb" or c.tense not in ("present", "base") or not c.alive or c.t0 < 2:
                continue
            j = c.t0 - 1
            if tok.low[j] == ",":  # (skip ", agreed at a meeting in Luxembourg,")
                j -= 1
                while j > 0 and tok.sent[j] == c.sent and tok.low[j] != "," and c.t0 - j < 16:
                    j -= 1
                if tok.low[j] != ",":
                    continue
                j -= 1
            if j < 1 or tok.sent[j - 1] != c.sent or tok.low[j] not in self.w.measure_subjects:
                continue
            d = j - 1
            while d > 0 and tok.sent[d] == c.sent and j - d <= 3 and tok.low[d] not in self.w.articles \
                    and tok.low[d] not in self.w.event_pronouns and self.text[tok.starts[d]].islower():
                d -= 1  # ("the new EU measures")
            if tok.low[d] in self.w.definite or tok.low[d] in self.w.possessive_pronouns:
                c.alive = False

    def _asked_means(self, cands: list[_Cand]) -> None:
        """"Kuleba urged the EU to go further by targeting Iran's missile programme", "called on Brussels to respond by
        imposing sanctions": a "by -ing" verb after the infinitive of a demand, in its clause, is the means of the act
        asked for: asked for too, no act that happened ("Russia responded by imposing sanctions" stays one)."""
        tok = self.tokens
        demands = [c for c in cands if c.entry.type == "DEMAND" and c.entry.pos == "verb" and c.alive and not c.quoted]
        if not demands:
            return
        for d in cands:
            if d.entry.pos != "verb" or d.tense != "ing" or not d.alive or d.t0 < 2 or tok.low[d.t0 - 1] != "by":
                continue
            for c in demands:
                if c.sent != d.sent or not c.t1 <= d.t0 - 1 or d.t0 - c.t1 > 14:
                    continue
                span = range(c.t1, d.t0 - 1)
                if any(tok.low[k] == "to" for k in span) and tok.clause[c.t0] == tok.clause[d.t0] \
                        and not any(tok.low[k] in (",", ";") or tok.low[k] in self.lex.clause_breaks for k in span):
                    d.alive = False
                    break

    def _asked_infinitive_nouns(self, cands: list[_Cand]) -> None:
        """"Erdoğan urged Aliyev and Pashinyan to sign a peace deal", "met them ... and urged them to sign a deal",
        "called on Russia and Ukraine to agree a ceasefire": an event noun whose light verb is the infinitive after a
        demand and its object is only asked for: planned, and the parties asked are its parties ("them": the parties
        of the act told just before in the sentence), never the asker nor whoever was named last."""
        from timeline.events.common import _FACTUAL

        tok = self.tokens
        n = len(tok.low)
        nouns = {tok.at(d.start): d for d in cands if d.entry.pos == "noun" and d.alive and not d.quoted}
        if not nouns:
            return
        for c in cands:
            if c.entry.type != "DEMAND" or c.entry.pos != "verb" or not c.alive or c.quoted:
                continue
            objs: list[ActorMention] = []
            pronoun = False
            k = c.t1
            if k < n and tok.low[k] == "for" and k + 1 in self.mention_by_tok:
                k += 1  # ("pressed for Russia and Ukraine to resume talks")
            while k < n and k - c.t1 < 12 and tok.sent[k] == c.sent and tok.low[k] != "to":
                m = self.mention_by_tok.get(k)
                if m is not None:
                    objs.append(m)
                    k = tok.at(m.end)
                    continue
                if tok.low[k] in self.w.object_pronouns and tok.low[k] != "it":
                    pronoun = tok.low[k]
                elif tok.low[k] not in self.w.list_fillers:
                    break
                k += 1
            d = nouns.get(k + 1) if k < n and tok.low[k] == "to" and (objs or pronoun) else None
            if d is None or d.sent != c.sent or tok.low[k + 1] not in self.lex.light_verbs:
                continue
            if d.status in _FACTUAL:
                d.status, d.status_cue = "planned", c.text.lower()
            if pronoun and not objs:
                told = [e for e in cands if e is not c and e.alive and e.sent == c.sent and e.start < c.start
                        and not e.quoted]
                asker = c.source.actor.id if c.source is not None else None
                objs = [m for m in (told[-1].actors if told else []) if m.actor.id != asker
                        and self._gender_fits(pronoun, m.actor)]  # ("urged him to sign": not the woman told of)
            parties = list({m.actor.id: m for m in objs}.values())
            if parties:
                d.source = parties[0]
                d.target = parties[1] if len(parties) > 1 and d.entry.type in self.w.symmetric_types else None
                d.others = parties[2 if d.target is not None else 1:]
            elif d.source is not None and c.source is not None and d.source.actor.id == c.source.actor.id:
                d.source = None  # ("urged them to sign": never the asker's own deal)

    def _described_subject_target(self, c: _Cand, target: ActorMention | None) -> ActorMention | None:
        """"Chinese firms accused of helping Russia were sanctioned by the EU": the passive's subject is the noun a
        participle describes ("firms accused of ..."), never an actor named inside the participle's phrase: its state
        (the adjective or possessive before it: China), else no one named."""
        tok = self.tokens
        i = tok.at(target.start) if target is not None else c.t0
        s0 = tok.at(self.sentences[c.sent][0])
        for j in range(i - 1, max(s0, i - 8), -1):
            w = tok.low[j]
            if w in (",", ";", ":") or w in self.lex.clause_breaks or (target is not None and j in self.mention_cover):
                return target
            if j in self.mention_cover:
                continue  # ("companies linked to Russia were sanctioned": inside the participle's phrase)
            if not (w.endswith("ed") or any(d.entry.pos == "verb" and d.tense == "past" for d in self._cands_by_tok.get(j, ()))) \
                    or w in self.lex.reporting or tok.low[j + 1] not in self.w.prepositions:
                continue  # (a participle that opens its phrase: "accused of", "linked to", "backed by")
            h = j - 1
            head = tok.low[h]
            if not head.isalpha() or not (self.text[tok.starts[h]].islower() or h == s0) or h in self.mention_cover \
                    or head in self.w.passive_aux or head in self.w.perfect_aux_all or head in self.w.subject_pronouns \
                    or head in self.lex.modals or head in self.w.conjunctions or head in self.w.adverbs \
                    or head in self.w.relative_pronouns or head in self.w.prepositions or head in self.lex.determiners:
                return target
            for x in range(h - 1, max(s0 - 1, h - 4), -1):
                if tok.low[x] in ("'s", "’s", "s", "'", "’") and x - 1 in self.mention_cover:
                    continue  # ("Iran's companies")
                m = self.mention_cover.get(x)
                if m is not None:
                    return self._state_behind(m) if m.via in ("adjective", "demonym") or \
                        self.text[m.end:m.end + 2] in ("'s", "’s") else None
                if not tok.low[x].isalpha() or tok.low[x] in self.lex.determiners:
                    break
            return None
        return target

    def _unnamed_sayer_before(self, c: _Cand, first: _Cand) -> bool:
        """"The ministry said Russia had shelled Kherson, and demanded a UN inquiry": a verb after ", and" goes with the
        sentence's main verb; when that is a saying before ``first`` (the first verb event with a named doer) whose
        subject names no known actor, the verb has no named doer (marked so: no fallback names Russia)."""
        tok = self.tokens
        s0 = tok.at(self.sentences[c.sent][0])
        for j in range(s0, first.t0):
            if tok.low[j] in (",", ";", ":") or tok.low[j] in self.lex.clause_breaks:
                return False  # ("After talks, ...": no plain subject-verb opening)
            if tok.low[j] not in self.lex.reporting:
                continue
            if any(m is not None for d in self._cands_by_tok.get(j, ()) for m in (d.source,)) \
                    or any(x in self.mention_cover for x in range(s0, j)):
                return False  # (a named sayer: "Ukraine said ..., and demanded" goes with Ukraine, read elsewhere)
            self._doerless_ids().add(id(c))
            return True
        return False

    def _unnamed_doer_of(self, c: _Cand) -> ActorMention | None:
        """"The ministry in Kyiv demanded an inquiry", "Officials said ...", "The army shelled the village": a definite
        unnamed body or official (cues.yaml ``unnamed_doers``) opening its clause as the subject of verb ``c`` is the
        state the sentence places it in ("in Kyiv"), else the state the story is about when one clearly dominates its
        mentions; None otherwise (the act keeps the body as its group)."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.quoted:
            return None
        k = self._verb_group_start(c.t0) - 1
        k = self._phase_verb_start(c, k)
        place = None
        if k >= 2 and k in self.mention_cover:  # "the ministry in Kyiv demanded"
            m = self.mention_cover[k]
            first = tok.at(m.start)
            if first >= 2 and tok.low[first - 1] == "in" and self._place_at(first) is not None:
                place, k = self._place_at(first)[1], first - 2
        if k < 0 or tok.sent[k] != c.sent or k in self.mention_cover or tok.low[k] not in self.w.unnamed_doers:
            return None
        j = k
        while j - 1 >= 0 and tok.sent[j - 1] == c.sent and k - j < 3 and j - 1 not in self.mention_cover \
                and tok.low[j - 1].isalpha() and self.text[tok.starts[j - 1]].islower() \
                and tok.low[j - 1] not in self.w.prepositions and tok.low[j - 1] not in self.lex.clause_breaks \
                and tok.low[j - 1] not in self.lex.determiners and tok.low[j - 1] not in self.lex.reporting:
            j -= 1  # "the foreign ministry", "senior officials"
        if j - 1 >= 0 and tok.sent[j - 1] == c.sent and tok.low[j - 1] in self.w.articles:
            j -= 1
        s0 = tok.at(self.sentences[c.sent][0])
        if j - 1 >= s0 and tok.sent[j - 1] == c.sent and tok.low[j - 1] not in (",", ";", ":") \
                and tok.low[j - 1] not in self.lex.clause_breaks:
            return None  # (only a subject opening its clause, owned by no one named)
        country = place or self._story_state(c.sent)
        state = self._state_of(country) if country else None
        if state is None:
            return None
        return ActorMention(tok.starts[j], tok.ends[k], self.text[tok.starts[j]:tok.ends[k]], state, "description")

    def _story_state(self, si: int) -> str | None:
        """The state the document is about, told outside sentence ``si`` (whose own parties may be the ones acted on):
        the one whose mentions (states, their capitals, adjectives, people) there are at least two and at least twice
        as many as any other's; else None."""
        counts: dict[str, int] = {}
        s0, s1 = self.sentences[si]
        for m in self.mentions:
            code = m.actor.country if m.actor.kind in ("state", "person") and not s0 <= m.start < s1 else None
            if code:
                counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        top = max(counts, key=counts.get) if counts else None
        return top if ranked and ranked[0] >= 2 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]) else None
