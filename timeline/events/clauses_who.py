"""Stage 3b of the event extractor, continued: who did it when the words near a verb are not its parties.

- An aside set off by commas between a subject and its verb ("Taiwan, whose claims mirror China's, rejected the
  ruling"; "The interim president, Bah Ndaw, who was sworn in after the military overthrew President Keita, received
  Cisse") leaves the verb to the head before the aside, never to a name inside it (``aside_relatives`` in cues.yaml);
  when that head is no known actor, the verb has no named doer; a passive verb's subject past an aside is the one
  it was done to ("Cisse, who came second in 2018, was seized").
- A subordinate clause with an unnamed subject of its own ("two days after an international tribunal in The Hague
  ruled that Beijing ...") has no named doer: neither the main clause's subject nor a name in its complement.
- A place after "in <region word>" ("Jihadists in northern Mali freed", ``region_modifiers``) stays a place.
- "of X" after an act that hits someone ("the invasion of Ukraine that Moscow launched", ``of_target_acts``) is its
  target, and the relative clause's launcher its doer; a guest addressing a sitting of a state's body ("Modi
  addressed a joint meeting of Congress") acts on that body; an attack noun opening its sentence ("The bombing of a
  market in northern Burkina Faso killed dozens") hits the state its place lies in.
- Targets carried from elsewhere: an object pronoun right after the verb is its object ("Biden told him the United
  States would ..."); a state answering a minister the gazetteer lacks answers that minister's accusing state;
  "the leaders ... for the alliance's summit" are the organization's, not the pair told before; "The corps
  commanders first met ... and agreed then" are the pair told before (``sequence_adverbs``).
- Summaries: a body event is summarised by its body words, never by the headline's; a phrasal verb with a direct
  object keeps the text's order ("pulls back troops"); an act with no named doer on "the French aid worker" names
  the object, not "France freed"; a place inside what a saying reports is no place of the saying.

``arguments.py``, ``doers.py``, ``constructions.py``, ``recall.py`` and ``merging.py`` call these helpers.
"""

from __future__ import annotations

from timeline.model import ActorMention


class ClauseWhoMixin:
    """Doers, targets and summaries when the words near a verb are not its parties (see the module docstring)."""

    def _relative_aside_subject(self, t_end: int) -> list[ActorMention] | None:
        """The subject of the verb at token ``t_end`` when a relative aside (", who/whose/which ... ,") closes right
        before its verb group and its head opens the sentence (no verb before it): the actors of the head ([] when
        the head is no actor that can act); None when there is no such aside."""
        tok = self.tokens
        if t_end < len(tok.sent) and self._unnamed_subject_before(t_end):
            return []  # ("after an international tribunal in The Hague ruled")
        sent = tok.sent[t_end] if t_end < len(tok.sent) else tok.sent[-1]
        k = t_end - 1
        while k > 0 and tok.sent[k] == sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                 or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals
                                                 or tok.low[k] in self.w.passive_aux or tok.low[k] in self.w.negations):
            k -= 1
        if k < 3 or tok.low[k] != "," or tok.sent[k] != sent:
            return None
        s0 = self.sentences[sent][0]
        for j in range(k - 1, max(0, k - 45), -1):
            if tok.sent[j] != sent or tok.low[j] in (";", ":"):
                return None
            if tok.low[j] not in self.w.aside_relatives or tok.low[j - 1] != "," or tok.sent[j - 1] != sent:
                continue
            h = j - 2
            if h < 0 or tok.sent[h] != sent or self._apposed_relative_subject(j, k):
                return None
            m = self.mention_cover.get(h)
            first = tok.at(m.start) if m is not None else h
            if any(x in self.trigger_toks or self._finite_verb_at(x) for x in range(tok.at(s0), first)):
                return None  # (the head stands after a verb: "He praised Kim, who had agreed, ...": not a subject aside)
            if m is None:
                return []  # ("The commander, who met X on Monday, said": no named actor)
            chain = self._subject_chain(j - 1)
            return chain if chain else []
        return None

    def _before_region_words(self, j: int, i: int, only_after: str | None = None) -> int:
        """Token ``j`` moved back over the words of a region of a place ("in northern Mali", "in eastern Ukraine":
        ``region_modifiers`` in cues.yaml), within the sentence of token ``i``: the place stays a place after them.
        ``only_after``: only when that preposition comes before them (not "fired at southern Israel": the one hit)."""
        tok = self.tokens
        k = j
        while k >= 0 and tok.sent[k] == tok.sent[i] and tok.low[k] in self.w.region_modifiers:
            k -= 1
        if only_after is not None and (k < 0 or tok.low[k] != only_after):
            return j
        return k

    def _apposed_relative_subject(self, j: int, k: int) -> bool:
        """"The United Arab Emirates, whose crown prince, Mohammed bin Zayed, visited ...": the noun after "whose" at
        token ``j`` has an apposition of its own that closes at the comma ``k``, so the verb after it is the relative
        clause's, not the main clause's."""
        tok = self.tokens
        if tok.low[j] in self.w.relative_who_which:
            return False
        x = j + 1
        while x < k and x - j <= 3 and tok.low[x].isalpha():
            x += 1
        return x < k and tok.low[x] == ","

    def _of_target(self, c, people: list[ActorMention], after: ActorMention | None,
                   after_prep: str) -> tuple[list[ActorMention], ActorMention | None]:
        """"the invasion of Ukraine", "the bombing of Kyiv": after an event noun that hits someone (``of_target_acts``
        in cues.yaml), "of X" names whom it hits, never its doer; the doer is the one before the noun, or the one a
        relative clause names as launching it ("the invasion of Ukraine that Moscow launched"). Sets the target and
        returns the people acting and no actor after the noun; else returns both unchanged."""
        if c.entry.pos == "noun" and c.entry.type == "CONSULT" and after is not None and after_prep == "of" and not people \
                and after.actor.kind == "government":
            return self._sitting_guest(c, after)
        if c.entry.pos != "noun" or after is None or after_prep != "of" \
                or c.entry.type.lower() not in self.w.of_target_acts:
            return people, after
        if any(m.actor.id == after.actor.id for m in people) or after.via in ("adjective", "demonym"):
            return people, after  # ("the offensive of the Ukrainian army": the army acts)
        c.target = after
        launcher = self._relative_launcher(c, after)
        if launcher is not None and launcher.actor.id != after.actor.id and all(m.actor.id != launcher.actor.id for m in people):
            people = [launcher] + people
        return people, None

    def _relative_launcher(self, c, after: ActorMention) -> ActorMention | None:
        """"the invasion of Ukraine that Moscow launched", "the offensive which Russia began": the actor right after a
        relative "that"/"which" whose verb is a light verb of the noun (``light_verbs``), as its doer."""
        tok = self.tokens
        k = tok.at(after.end)
        n = len(tok.low)
        if k >= n or tok.sent[k] != c.sent or tok.low[k] not in self.w.relative_that_which:
            return None
        k += 1
        if k < n and tok.low[k] in self.w.articles:
            k += 1  # ("that the United States began")
        m = self.mention_by_tok.get(k)
        if m is None or not self._participant(k, m):
            return None
        v = tok.at(m.end)
        while v < n and tok.sent[v] == c.sent and v - tok.at(m.end) < 3 and (
                tok.low[v] in self.w.past_aux or tok.low[v] in self.w.perfect_aux or tok.low[v] in self.w.adverbs):
            v += 1
        if v < n and tok.sent[v] == c.sent and tok.low[v] in self.lex.light_verbs:
            return self._state_behind(m)
        return None

    def _sitting_guest(self, c, body: ActorMention) -> tuple[list[ActorMention], ActorMention | None]:
        """"Modi addressed a joint meeting of Congress": a sitting of a state's own body (a legislature, a government:
        kind "government") that a verb's subject attends is the subject's act aimed at that body, not the body meeting
        (as an organization's summit, arguments.py ``forum``); not after a preposition ("before a session of ...")."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.lex.determiners or self._adjective_like(tok.low[k])):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or tok.low[k] in self.w.prepositions or tok.low[k] in self.w.list_separators:
            return [], body
        subj = self._subject_chain(c.t0)
        if not subj or any(m.actor.id == body.actor.id for m in subj):
            return [], body
        c.target = body
        return subj, None


    def _unnamed_subject_of(self, c) -> bool:
        """Does verb ``c`` have an unnamed subject of its own (``_unnamed_subject_before``)?"""
        return self._unnamed_subject_before(c.t0)

    def _unnamed_subject_before(self, t0: int) -> bool:
        """Does the verb at token ``t0`` have an unnamed subject of its own (``_unnamed_subject_span``)?"""
        return self._unnamed_subject_span(t0) is not None

    def _unnamed_subject_group(self, c) -> str | None:
        """"two days after an international tribunal in The Hague ruled": the unnamed subject of verb ``c`` headed by a
        body that acts (``unnamed_agents``: tribunal, court, commission) is the event's group ("an international
        tribunal"); None otherwise."""
        span = self._unnamed_subject_span(c.t0)
        if span is None or self.tokens.low[span[1]] not in self.w.unnamed_agents:
            return self._placed_group(c)
        return self.text[self.tokens.starts[span[0]]:self.tokens.ends[span[1]]]

    def _placed_group(self, c) -> str | None:
        """"a day after jihadists in northern Mali freed her": a group noun (``group_nouns``) placed by "in <place>"
        right before verb ``c`` is the act's group ("jihadists"), the place only where they are; None otherwise."""
        tok = self.tokens
        k = self._verb_group_start(c.t0) - 1
        p = k
        while p > 0 and k - p < 6 and tok.sent[p] == c.sent and (
                p in self.mention_cover or tok.low[p] in self.w.articles or tok.low[p] in self.w.region_modifiers):
            p -= 1
        if p == k or p < 1 or tok.sent[p - 1] != c.sent or tok.low[p] not in self.lex.location_preps \
                or tok.low[p - 1] not in self.lex.group_nouns or p - 1 in self.mention_cover:
            return None
        return self.text[tok.starts[p - 1]:tok.ends[p - 1]]

    def _unnamed_subject_span(self, t0: int) -> tuple[int, int] | None:
        """"two days after an international tribunal in The Hague ruled that Beijing had no historic rights": the verb
        at token ``t0`` opens a subordinate clause ("after", "before", "when" ...) with a subject of its own that names no known
        actor (an article, lowercase words, a place phrase): its doer is that unnamed one, never the main clause's
        subject nor a name in its complement. The tokens of its article and its head, else None."""
        tok = self.tokens
        sent = self.tokens.sent[t0]
        here = self._cands_by_tok.get(t0, ())
        if not any(d.entry.pos == "verb" for d in here) or any(d.entry.pos == "noun" for d in here):
            return None  # (a verb's subject only: not "after the deadliest clash", a noun of its own)
        j = self._verb_group_start(t0) - 1
        if j == t0 - 1 and not any(d.entry.pos == "verb" and d.tense == "past" for d in here):
            return None  # (a finite verb: a past form or an auxiliary before it)
        p = j
        while p >= 0 and j - p < 6 and tok.sent[p] == sent and (
                p in self.mention_cover or self.text[tok.starts[p]].isupper() or tok.low[p] in self.w.articles
                or tok.low[p] in self.w.region_modifiers):
            p -= 1
        if p < j and p >= 0 and tok.low[p] in self.lex.location_preps:
            j = p - 1  # (past "in The Hague")
        if j < 2 or tok.sent[j] != sent or j in self.mention_cover or j in self.trigger_toks \
                or not tok.low[j].isalpha() or not self.text[tok.starts[j]].islower() or tok.low[j] in self.lex.pronouns:
            return None
        d = j - 1
        while d > 0 and j - d <= 3 and tok.sent[d] == sent and tok.low[d] not in self.w.articles and tok.low[d].isalpha() \
                and self.text[tok.starts[d]].islower() and d not in self.mention_cover and d not in self.trigger_toks:
            d -= 1
        if d < 1 or tok.sent[d - 1] != sent or tok.low[d] not in self.w.articles:
            return None
        head, mods = tok.low[j], tok.low[d + 1:j]
        if head in self.w.state_heads or head in self.w.pair_words or any(w in self.w.pair_words for w in mods) \
                or (head in self.w.national_bodies and "international" not in mods):
            return None  # ("after the government agreed", "when the two sides extended": the story's state or pair;
            # "after the court ruled": a state's own body)
        return (d, j) if tok.low[d - 1] in self.w.temporal_subordinators or tok.low[d - 1] == "when" else None

    def _countryless_side(self, m: ActorMention, c, cands) -> ActorMention:
        """"Prague expelled 18 Russian diplomats. Interior Minister Jan Hamacek summoned the Russian ambassador. Moscow
        dismissed the accusations": a state answering a person whose state the document does not give (a name the
        gazetteer lacks) answers the state that last acted against it in the sentences just before (three at most);
        ``m`` itself when there is none, or when ``m`` is no such person."""
        if m.actor.kind != "person" or m.actor.country or c.source is None or c.source.actor.kind not in ("state", "igo"):
            return m
        own = self._own_side(c.source)
        for d in sorted(cands, key=lambda x: x.start, reverse=True):
            if d is c or d.start >= c.start or not d.alive or d.quoted or not c.sent - 3 <= d.sent <= c.sent:
                continue
            if d.source is not None and d.target is not None and d.source.actor.kind == "state" \
                    and self._own_side(d.target) & own and not (self._own_side(d.source) & own):
                return d.source
        return m

    def _object_pronoun_first(self, c, hit):
        """"Biden told him the United States would stand with Ukraine": an object pronoun right after the verb is its
        object; an actor after it (in the clause told) is not the verb's target, so ``hit`` is dropped (None) and the
        pronoun's referent is read instead (``_pronoun_object``)."""
        tok = self.tokens
        if hit is None or c.entry.pos != "verb" or c.t1 >= len(tok.low) or tok.sent[c.t1] != c.sent \
                or tok.low[c.t1] not in self.w.person_object_pronouns or hit[0] <= c.t1:
            return hit
        return None

    def _forum_leaders(self, c, pair):
        """"Erdogan also met Biden. The leaders are due to meet again in Washington next year for the alliance's
        summit": "the leaders" with no count ("the two leaders") that meet for an organization's summit named later in
        their sentence are that organization's leaders, not the pair last told: the organization is the source
        (returns None then); ``pair`` itself otherwise."""
        if not pair or c.entry.type != "CONSULT" or c.entry.pos != "verb":
            return pair
        tok = self.tokens
        s0, s1 = self.sentences[c.sent]
        if any(tok.low[k] in self.w.pair_words for k in range(tok.at(s0), c.t0)):
            return pair
        forum = next((m for m in self.mentions if c.end <= m.start < s1 and m.actor.kind == "igo"), None)
        if forum is None:
            return pair
        c.source = forum
        return None

    def _body_summary(self, cl, lead, source, target, location, status, mode, shown_names, names, summary: str) -> str:
        """"China vows to ignore tribunal ruling" (headline) / "Beijing ... warned that it could declare an air defence
        zone" (body): an event the body tells is summarised by its first strong body mention of the same type, never by
        the headline's words; ``summary`` itself when the lead is no headline mention or the body has none."""
        noun = getattr(self, "_noun_place_subjects", {}).get(id(lead))
        if noun is not None and source is None and target is not None:
            return f"{noun.text[:1].upper()}{noun.text[1:]} in {self._short(target)}"  # (not "Burkina Faso killed")
        tok = self.tokens
        if source is not None and target is not None and lead.entry.pos == "verb" and lead.t1 < len(tok.low) \
                and tok.sent[lead.t1] == lead.sent and tok.low[lead.t1] in self.w.person_object_pronouns \
                and target.actor.kind == "person" and self._short(source) and self._short(target):
            return f"{self._short(source)} {lead.entry.summary.split()[0]} {self._short(target)}"  # "Biden tells Zelensky"
        if source is None and target is not None and target.via in ("adjective", "demonym"):
            summary = self._adjective_object_summary(lead, target, location, summary)  # "The French aid worker freed"
        if not self._is_headline(lead.sent):
            return self._direct_object_summary(lead, summary)
        body = next((c for c in sorted(cl.cands, key=lambda x: x.start) if not self._is_headline(c.sent) and not c.quoted
                     and c.entry.type == lead.entry.type and not c.entry.weak), None)
        if body is None:
            return summary
        aside = target is not None and body.entry.pos == "verb" and not self._target_is_object(body, target)
        obj = self._object_words(body) if (target is None or aside) and body.entry.pos == "verb" else ""
        text = self._summary(body.entry, source, target, location, status, mode, shown_names, obj,
                             group=shown_names is not names, subject_verb=body.subject_tok is not None, lead=body,
                             aside=aside)
        return self._direct_object_summary(body, self._object_noun_summary(body, target, text))

    def _direct_object_summary(self, lead, summary: str) -> str:
        """"Indian and Chinese commanders agreed to pull back troops from the border": a phrasal verb whose summary ends
        in a preposition ("pulls back from") told with a direct object keeps the text's order ("India pulls back
        troops"), never "pulls back from troops"."""
        if lead.entry.pos != "verb" or " " not in lead.entry.lemma:
            return summary
        verb = lead.entry.summary.split()
        if len(verb) < 2 or verb[-1] not in self.w.prepositions or lead.text.split()[-1].lower() in self.w.prepositions:
            return summary  # (not "fired at protesters": the text's preposition is the trigger's own)
        told = self._object_words(lead).split()
        if not told or told[0].lower() in self.w.prepositions:
            return summary  # ("pulled out of the treaty": the text's own preposition)
        said = " ".join(verb)
        at = summary.find(f" {said} ")
        if at < 0:
            return summary
        rest = summary[at + len(said) + 2:]
        first = rest.split(" ", 1)[0].lower()
        if not first or first in self.w.prepositions or not first.isalpha() or not rest[:1].islower():
            return summary
        return summary[:at] + " " + " ".join(verb[:-1]) + " " + rest

    def _subject_noun_place(self, c) -> ActorMention | None:
        """"The bombing of a crowded market in northern Burkina Faso on Wednesday killed dozens": a verb with no doer whose
        subject is an attack noun opening the sentence (``struck_place_acts``) hits the state the noun's place lies in
        (participants ``_struck_place``), never a doer from that place."""
        tok = self.tokens
        s0 = tok.at(self.sentences[c.sent][0])
        k = s0
        while k < c.t0 and tok.low[k] in self.w.articles:
            k += 1
        d = next((d for d in self._cands_by_tok.get(k, ()) if d.entry.pos == "noun" and d.t0 == k), None)
        if d is None or d.entry.type.lower() not in self.w.struck_place_acts or d.t1 >= c.t0 \
                or any(x in self.trigger_toks or tok.low[x] in (",", ";") for x in range(d.t1, c.t0)):
            return None
        hit = self._struck_place(d, None)
        if hit is not None:
            if not hasattr(self, "_noun_place_subjects"):
                self._noun_place_subjects: dict[int, object] = {}
            self._noun_place_subjects[id(c)] = d  # (its summary names the noun: "Bombing in Burkina Faso")
        return hit

    def _aside_passive_target(self, c) -> ActorMention | None:
        """"Cisse, who came second in the 2018 election, was seized on March 25": the subject of a passive verb, past a
        relative aside, is the one it was done to."""
        aside = self._relative_aside_subject(c.t0)
        return aside[-1] if aside else None

    def _modified_pair_head(self, c):
        """"The corps commanders first met on June 6": a head of the ``pairs`` table after one lowercase noun modifier
        ("corps", "border"), with adverbs of sequence (``sequence_adverbs``) or others before the verb, opening its
        sentence or clause, stands for the pair last told acting together (``_last_pair``), as "the commanders" does
        (recall ``_pair_head_subject``)."""
        if c.entry.pos != "verb":
            return None
        tok = self.tokens
        shared = self._joint_pair_before(c)  # "... first met on June 6 and agreed then": the same pair
        if shared:
            return shared
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (
                tok.low[k] in self.w.sequence_adverbs or tok.low[k] in self.w.adverbs or tok.low[k] in self.w.future_frames
                or tok.low[k] in self.lex.modals or tok.low[k] in self.w.present_be or tok.low[k] in self.w.past_be
                or tok.low[k] in self.w.have_aux):
            k -= 1
        if k < 2 or tok.sent[k] != c.sent or k in self.mention_cover:
            return None
        for words, roles in self.lex.pairs.items():
            n = len(words)
            if k - n < 1 or tuple(tok.low[k - n + 1:k + 1]) != tuple(words):
                continue
            j = k - n  # the one modifier
            if j < 1 or j in self.mention_cover or not tok.low[j].isalpha() or not self.text[tok.starts[j]].islower() \
                    or tok.low[j] in self.w.pair_words or tok.low[j - 1] != "the" or tok.sent[j - 1] != c.sent:
                return None
            if j - 1 > 0 and tok.sent[j - 2] == c.sent and tok.low[j - 2] not in (",", "and"):
                return None  # (the phrase opens its sentence or clause)
            pair = self._last_pair(tok.starts[j - 1], c.sent, roles)
            return pair if len(pair) == 2 else None
        return None

    def _joint_pair_before(self, c):
        """"The corps commanders first met on June 6 and agreed then to ...": a joint act (``symmetric_types``) right
        after "and" with no subject of its own is done by the pair of the joint act before it in its sentence."""
        if c.entry.type not in self.w.symmetric_types:
            return None
        tok = self.tokens
        k = self._verb_group_start(c.t0) - 1
        if k < 1 or tok.sent[k] != c.sent or tok.low[k] not in self.w.clause_coordinators:
            return None
        for t in range(k - 1, -1, -1):
            if tok.sent[t] != c.sent:
                return None
            d = next((d for d in self._cands_by_tok.get(t, ()) if d.t0 == t and d.entry.pos == "verb" and d.alive), None)
            if d is None:
                continue
            if d.entry.type in self.w.symmetric_types and d.source is not None and d.target is not None \
                    and d.source.start < d.start:
                return [d.source, d.target]
            return None
        return None

    def _place_not_said(self, c, best):
        """"Modi said there was no space for discrimination in India's democracy": a place named inside what a saying
        reports (after the reported clause's own verb) is no place of the saying; ``best`` (name, country) otherwise."""
        if best is None or c.entry.pos != "verb" or c.entry.type != "STATEMENT":
            return best
        tok = self.tokens
        for i in range(c.t1, min(len(tok.low), c.t1 + 16)):
            if tok.sent[i] != c.sent:
                return best
            m = self.mention_by_tok.get(i)
            if m is not None and (m.text == best[0] or m.text[4:] == best[0]):
                between = range(c.t1, i)
                said = any(tok.low[k] in self.w.past_be or tok.low[k] in self.w.present_be or tok.low[k] in self.w.have_aux
                           or (k not in self.mention_cover and self._finite_verb_at(k)) for k in between)
                return None if said else best
        return best

    def _adjective_object_summary(self, lead, target: ActorMention, location, summary: str) -> str:
        """"Jihadists in northern Mali freed the French aid worker": an act with no named doer whose target is a state
        named only by an adjective in the verb's object is summarised by that object ("The French aid worker freed in
        Mali"), never as if the state itself were freed ("France freed")."""
        if lead.entry.pos != "verb" or lead.tense != "past" or " " in lead.text:
            return summary
        obj = self._object_words(lead)
        cut = next((j for j, w in enumerate(obj.split()) if j and w.lower() in self.w.prepositions), None)
        obj = " ".join(obj.split()[:cut]) if cut is not None else obj
        if target.text not in obj or obj.endswith(target.text):
            return summary
        text = f"{obj[:1].upper()}{obj[1:]} {lead.text.lower()}"
        return f"{text} in {location}" if location and summary.endswith(f" in {location}") else text

    def _people_pair_states(self, k: int, roles) -> list[ActorMention]:
        """"India and China held talks. The two ministers agreed to cool the situation": a pair of people of a role
        (``roles`` with no "@state") when no two such people are named stands for the two states last told acting
        together (their ministers, leaders, envoys act for them); [] when there is none."""
        if "@state" in roles:
            return []
        return self._last_pair(self.tokens.starts[k], self.tokens.sent[k], ("@state",))
