"""Stage 3b of the event extractor: who did what to whom, and where.

For each candidate: the subject before it, the object or recipient after it, "between A and B", "A-B talks", pronouns
and possessives, passive "by", unnamed groups ("the two foreign ministers"), and the place ("in Budapest", "the
Hungarian capital"). Writes ``source``, ``target``, ``others``, ``group``, ``location``, ``location_country``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from timeline.events.common import _Cand, _same_sentence
from timeline.model import Actor, ActorMention


class ArgumentMixin:
    """Actors (subject, object, target, groups) and place of each candidate."""

    def _set_actor_type(self, c: _Cand) -> None:
        """What the subject makes of the act (triggers.yaml ``official_type``, ``reciprocal``): "Tokyo protested the
        incursion" is a diplomatic protest (DISAPPROVE), "Thousands protested" a demonstration; "Russia and China
        accepted the plan": each accepts it, neither is the other's target."""
        e, src = c.entry, c.source
        if self._officials_gathering(c):
            c.alive = False  # "Ministers gathered outside the parliament": no protest (gatherings.py)
            return
        if e.official_type and src is not None and src.actor.kind in ("state", "igo", "person") \
                and not (src.via == "demonym" and src.text.endswith("s")):
            c.entry = replace(e, type=e.official_type, official_type=None)
        if not e.reciprocal and c.target is not None and src is not None and c.target.start < c.start \
                and src.start < c.start:
            c.others.insert(0, c.target)  # ("Russia and China accepted": a co-subject, no target)
            c.target = None

    def _possessive_antecedent(self, c: _Cand) -> None:
        """A dated event noun after "their"/"his"/"her" in a sentence that names no one: "their" stands for the
        parties of the last event two actors took part in, "his"/"her" for the last person who acted."""
        if c.determiner == "their":
            prior = [g for g in self._group_events if g.start < c.start and g.sent >= c.sent - 3
                     and len({m.actor.id for m in g.actors}) >= 2]
            if prior and c.target is None:
                g = max(prior, key=lambda g: g.start)
                c.source, c.target = g.source, g.target
                c.others = [m for m in g.others]
            return
        persons = [m for m in self._subjects if m.start < c.start and m.actor.kind == "person"]
        if persons and self.tokens.sent[self.tokens.covering(persons[-1].start)] >= c.sent - 3:
            c.source = persons[-1]

    # ---- actors

    def _mentions_in(self, t_from: int, t_to: int) -> list[tuple[int, ActorMention]]:
        out = []
        for i in range(max(0, t_from), min(t_to, len(self.tokens.low))):
            m = self.mention_by_tok.get(i)
            if m is not None:
                out.append((i, m))
        return out

    def _is_location_use(self, i: int, m: ActorMention) -> bool:
        """"at the White House", "in Budapest": a place, not a participant."""
        tok = self.tokens
        j = self._before_region_words(i - 1, i, only_after="in")  # "in northern Mali": a place
        if j >= 0 and tok.low[j] == "the":
            j -= 1
        if j < 0 or tok.sent[j] != tok.sent[i]:
            return False
        if tok.low[j] == "," and m.actor.kind == "state" and m.via == "name":
            # "in Lausanne, Switzerland": the country of the place just named
            k = j - 1
            while k > j - 4 and k >= 0 and tok.sent[k] == tok.sent[i] and self.text[tok.starts[k]].isupper():
                k -= 1
            return k < j - 1 and k >= 0 and tok.low[k] in self.lex.location_preps
        if tok.low[j] in self.lex.location_preps and self._asker_not_place(m):
            return False  # "held an emergency meeting at Kyiv's request": who asked, not where
        return tok.low[j] in self.lex.location_preps and m.via not in ("title", "description", "surname") \
            and (m.actor.kind in ("state", "territory") or m.via in ("metonym", "capital", "city", "place"))

    def _asker_not_place(self, m: ActorMention) -> bool:
        """"at Kyiv's request", "at Moscow's invitation": a possessive before a noun of asking (cues.yaml
        ``request_nouns``) names who asked; "at Moscow's Vnukovo airport" stays a place."""
        tail = self.text[m.end:m.end + 40]
        if not tail.startswith(("'s ", "’s ")):
            return False
        word = tail[3:].split(None, 1)[0].strip(".,;:") if tail[3:].strip() else ""
        return word.lower() in self.w.request_nouns

    def _participant(self, i: int, m: ActorMention) -> bool:
        """Can this mention be a participant? Adjectives only before actor nouns ("European leaders");
        news media report events, they do not take part ("The Washington Post reported")."""
        if m.actor.role == "media" or self._is_dateline(i, m):
            return False
        if self._is_location_use(i, m):
            return m.actor.kind != "territory" and self._agent_of(i)  # "officials in Kyiv condemned": Ukraine acts
        if m.actor.kind == "territory":
            return self._territory_body(m)  # "Crimea", "the Gaza Strip" are places, never parties
        if m.via in ("adjective", "demonym") and m.actor.kind != "person":
            if self.text[m.end:m.end + 1] == "-":
                return False  # "Russian-occupied"
            if m.via == "demonym" and m.text.endswith("s") and m.text[:1].isupper() \
                    and not (i > 0 and i - 1 in self.mention_cover and _same_sentence(self.tokens, i - 1, i)):
                return True  # "13 Israelis were handed over": people of that state (not "the Karabakh Armenians")
            return self._adjective_head_after(m, depth=2)
        return True

    def _territory_body(self, m: ActorMention) -> bool:
        """A territory's own authorities or people act ("Greenland's government", "the Karabakh Armenians",
        "Gaza authorities"); the territory itself is only a place."""
        tok = self.tokens
        k = tok.at(m.end)
        if k < len(tok.low) and tok.low[k] in ("'s", "’s"):
            k += 1
        if k >= len(tok.low) or tok.sent[k] != tok.sent[tok.covering(m.start)]:
            return False
        raw = self.text[tok.starts[k]:tok.ends[k]]
        return tok.low[k] in self.w.state_heads or tok.low[k] in self.lex.adjective_heads \
            or (raw[:1].isupper() and raw.endswith("ns") and tok.starts[k] == m.end + 1)  # "Karabakh Armenians"

    def _adjective_head_after(self, m: ActorMention, depth: int) -> bool:
        """"European leaders", and "South Korean and Japanese officials" (a head after a list)."""
        tok = self.tokens
        k = tok.at(m.end)
        nxt = tok.low[k] if k < len(tok.low) else ""
        if nxt in self.lex.adjective_heads:
            return True
        j = k
        while j < len(tok.low) and j < k + 2 and j not in self.mention_cover and tok.sent[j] == tok.sent[k] \
                and (self.text[tok.starts[j]].isupper() or any(ch.isdigit() for ch in tok.low[j])):
            j += 1  # "Indian Mirage jets", "Russian Su-34 bombers": a model's name before the head
        if j > k and j < len(tok.low) and tok.sent[j] == tok.sent[k] and tok.low[j] in self.lex.adjective_heads \
                and tok.low[j].endswith("s"):
            return True
        if depth > 0 and nxt in ("and", ",", "or") and k + 1 in self.mention_by_tok:
            other = self.mention_by_tok[k + 1]
            return (other.via in ("adjective", "demonym") or other.actor.kind != "person") \
                and self._adjective_head_after(other, depth - 1)  # (also "Iranian and US negotiators")
        return self._more_head_after(m)  # "a Qatari technical team", "a Russian fighter jet"

    def _is_dateline(self, i: int, m: ActorMention) -> bool:
        """"SINGAPORE - President Donald Trump ...": the place a report was filed from."""
        tok = self.tokens
        s0 = self.sentences[tok.sent[i]][0] if i < len(tok.sent) else 0
        lead = self.text[s0:m.start].strip()
        city = lead.endswith(",") and lead[:-1].replace(" ", "").replace(".", "").isalpha() and lead[:-1].isupper() \
            and len(lead) <= 40  # "HIROSHIMA, Japan - ...": the city in capitals, then its country
        if m.start > s0 + 2 and not city:
            return False
        k = tok.at(m.end)
        return k < len(tok.low) and tok.low[k] in ("-", "—", "–", ":") and tok.sent[k] == tok.sent[i] \
            and (m.text.isupper() or city)


    def _state_behind(self, m: ActorMention) -> ActorMention:
        """"President Ilham Aliyev's government demanded": the state acts, not the person."""
        if m.actor.kind != "person" or not m.actor.country:
            return m
        tail = self.text[m.end:m.end + 40]
        found = re.match(r"['’]s\s+(\w+)", tail)
        if found is None or found.group(1).lower() not in self.w.state_heads:
            return m
        return self._state_mention(m)

    def _state_mention(self, m: ActorMention) -> ActorMention:
        """A person's mention read as their state's, at the same words ("Putin" acting for Russia); any other mention,
        or a person of no known state, as it is."""
        state = self._state_of(m.actor.country) if m.actor.kind == "person" and m.actor.country else None
        return ActorMention(m.start, m.end, m.text, state, "description") if state is not None else m

    def _state_of(self, country: str) -> Actor | None:
        """The state actor of a country code: as the document names it, else from the gazetteer."""
        if country in self.state_by_country:
            return self.state_by_country[country]
        entry = self.gazetteer.get(country) if self.gazetteer is not None and hasattr(self.gazetteer, "get") else None
        actor = getattr(entry, "actor", None)
        return actor if isinstance(actor, Actor) and actor.kind == "state" else None

    def _agent_of(self, i: int) -> bool:
        """"representatives of the Karabakh Armenians met ...": after "<actor noun> of", the actor acts."""
        tok = self.tokens
        j = i - 1
        while j >= 0 and tok.sent[j] == tok.sent[i] and tok.low[j] in self.w.articles:
            j -= 1
        j = self._before_region_words(j, i, only_after="in")  # ("officials in eastern Ukraine")
        if j >= 1 and tok.low[j] == "in" and tok.sent[j - 1] == tok.sent[i] and tok.low[j - 1] in self.lex.agent_heads \
                and tok.low[j - 1].endswith("s"):
            return True  # "Republican leaders in Congress vowed ...": the body they belong to acts
        if j >= 1 and tok.low[j] == "in" and tok.sent[j - 1] == tok.sent[i] and tok.low[j - 1] in self.w.state_heads \
                and self._unowned_body(j - 1):
            m = self.mention_by_tok.get(i)
            return m is not None and m.actor.kind == "state"  # "The foreign ministry in Warsaw summoned": Poland acts
        return j >= 1 and tok.low[j] in self.w.origin_preps and tok.sent[j - 1] == tok.sent[i] \
            and tok.low[j - 1] in self.lex.agent_heads  # ("envoys from the United States, China and Qatar say")

    def _unowned_body(self, k: int) -> bool:
        """Is the body noun at token ``k`` ("ministry", "government") owned by no actor named before it in its
        noun phrase (not "Russian forces in Ukraine", "Poland's foreign ministry in Warsaw")?"""
        tok = self.tokens
        j = k - 1
        while j >= 0 and tok.sent[j] == tok.sent[k] and k - j <= 4:
            if j in self.mention_cover or tok.low[j] in ("'s", "’s"):
                return False
            if tok.low[j] in self.lex.determiners or not self.text[tok.starts[j]:tok.ends[j]][:1].isalpha():
                return True
            j -= 1
        return True

    def _prep_before(self, i: int) -> str | None:
        tok = self.tokens
        j = i - 1
        while j >= 0 and tok.sent[j] == tok.sent[i] and tok.low[j] in self.w.noun_phrase_determiners:
            j -= 1
        j = self._before_region_words(j, i, only_after="in")  # ("in northern Mali")
        if j >= 0 and tok.sent[j] == tok.sent[i] and tok.low[j] in self.w.prepositions \
                and tok.low[j] not in self.w.temporal_subordinators:
            return tok.low[j]
        return None

    def _subject_chain(self, t_end: int, clause_only: bool = True) -> list[ActorMention]:
        """Actor mentions right before ``t_end`` that act as its subject: the nearest participant
        not inside a prepositional phrase, with those coordinated with it ("A and B"). Without
        ``clause_only`` it may look into earlier clauses, never across reported speech ("said that")."""
        tok = self.tokens
        sent = tok.sent[t_end] if t_end < len(tok.sent) else tok.sent[-1]
        clause = tok.clause[t_end] if t_end < len(tok.clause) else tok.clause[-1]
        aside = self._relative_aside_subject(t_end)  # "Taiwan, whose claims mirror China's, rejected": Taiwan
        if aside is not None:
            return aside
        head = self._apposition_head(t_end)
        if head is not None:
            return head  # "China, the North's main trading partner, said": the head, not a name inside the apposition
        chain: list[tuple[int, ActorMention]] = []
        i = t_end - 1
        while i >= 0 and tok.sent[i] == sent:
            if tok.clause[i] != clause:
                if clause_only or tok.low[i + 1] == "that":
                    break
                clause = tok.clause[i]
            m = self.mention_by_tok.get(i)
            if m is not None and self._participant(i, m):
                m = self._state_behind(m)
                if chain:
                    between = tok.low[tok.at(m.end):chain[-1][0]]
                    if i > 0 and any(d.entry.pos == "verb" for d in self._cands_by_tok.get(i - 1, ())) and not (
                            tok.low[i - 1] in self.lex.reporting and tok.low[i - 1] not in self.w.tell_forms):
                        break  # "Blinken telephoned Aliyev, and the EU condemned": Aliyev is the call's object (not
                        # "officials said Raimondo and Yellen could travel": a saying's clause starts with its subject)
                    if between == [","] and len(chain) == 1 and tok.low[tok.at(chain[0][1].end)] != "and" \
                            and not (self._is_headline(sent) and m.start == self.sentences[sent][0]):
                        break  # "before leaving Beijing, Blinken said": a comma alone joins a list only before "and"
                        # (and in a title: "Xi, Lula hold talks")
                        # (as in "from A, B, C and other countries")
                    if all(w in ("and", ",", "-", "&", "/") or w in self.lex.adjective_heads for w in between) \
                            or (between[-1:] == ["the"] and all(w in self.w.list_fillers for w in between)) \
                            or self._joined_bodies(between, self.text[m.end:m.end + 2] in ("'s", "’s")):
                        chain.append((i, m))
                        i -= 1
                        continue
                    break
                if i > 0 and tok.sent[i - 1] == sent and any(w in self.w.list_separators for w in tok.low[tok.at(m.end):t_end]) \
                        and not any(w == "that" or w in self.lex.clause_breaks for w in tok.low[tok.at(m.end):t_end]):
                    verb = next((d for d in self._cands_by_tok.get(i - 1, ()) if d.entry.pos == "verb"), None)
                    if verb is not None and verb.t0 < i:
                        shared = self._subject_chain(verb.t0, clause_only)
                        if shared:
                            return shared  # "Macron met Scholz and signed a pact": the pact is Macron's, not Scholz's
                if self._prep_before(i) is None or self._agent_of(i):
                    chain.append((i, m))
            elif not chain and m is None and tok.low[i] in self.lex.pronouns and i not in self.mention_cover:
                return []  # "after he met Scholz": the pronoun is the subject
            elif not chain and m is None and i in self.mention_cover:
                pass  # (inside a multi-word name, read at its first word)
            elif not chain and m is None and i >= t_end - 3 and tok.low[i] in self._subject_heads \
                    and i > 0 and tok.low[i - 1] in self.w.group_determiners:
                j = i - 1
                while j > 0 and tok.sent[j - 1] == sent and tok.low[j - 1] in self.w.group_determiners:
                    j -= 1
                pair = self._pair_description(j) if any(tok.low[x] in self.w.pair_words for x in range(j, i)) else []
                return pair  # "..., and later that month the three leaders met": the group is the subject
            elif not chain and m is None and tok.low[i] in self.w.pair_words:
                pair = self._pair_description(i - 1 if i > 0 and tok.low[i - 1] == "the" else i)
                if pair and i >= t_end - 5:
                    return pair  # "the two leaders signed"
            i -= 1
        return [m for _, m in reversed(chain)]

    def _joined_bodies(self, between: list[str], possessive: bool) -> bool:
        """"Sudan's army and the paramilitary Rapid Support Forces signed": the words between two coordinated actors
        are a body of the first ("'s army") and a modifier of the second ("the paramilitary") around "and"."""
        b = [w for w in between if w not in ("'s", "’s")]
        if not possessive or not b or b[0] not in self.lex.adjective_heads:
            return False
        while b and b[0] in self.lex.adjective_heads:
            b = b[1:]
        if len(b) >= 2 and b[-2] == "the" and b[-1].isalpha() and b[-1] not in self.w.prepositions:
            b = b[:-1]
        return "and" in b and all(w in self.w.list_fillers for w in b)

    def _apposition_head(self, t_end: int) -> list[ActorMention] | None:
        """"Saudi Arabia, Iran's main rival, responded": a subject followed by an apposition set off by commas
        (a description: "the ...", "a ...", "<actor>'s ...", not a name) right before the verb at ``t_end``
        is the actor before the first comma, never one named inside the apposition; [] when that head is
        no known actor ("Kim Yong Chol, the leader's aide, delivered"); None when there is no such apposition."""
        tok = self.tokens
        k = t_end - 1
        while k > 0 and tok.sent[k] == tok.sent[t_end] and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                             or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1
        if k < 2 or tok.low[k] != "," or tok.sent[k] != tok.sent[t_end]:
            return None
        for j in range(k - 1, max(0, k - 14), -1):
            if tok.sent[j] != tok.sent[t_end] or j in self.trigger_toks or j in self.timex_toks \
                    or tok.low[j] in self.w.subject_chain_stops or tok.low[j] in self.lex.clause_breaks:
                return None
            if tok.low[j] != ",":
                continue
            first = j + 1
            m = self.mention_by_tok.get(first)
            if m is not None and tok.at(m.end) < k and self.text[m.end:m.end + 2] in ("'s", "’s"):
                pass  # "Iran's main rival": a description owned by an actor
            elif m is not None and m.actor.kind == "person" and m.via in ("name", "alias") and tok.at(m.end) == k \
                    and j - 1 in self.mention_cover and self.mention_cover[j - 1].actor.id == m.actor.id:
                chain = self._subject_chain(j)  # "Tillerson and the Saudi foreign minister, Adel al-Jubeir, told":
                return chain or None  # the name restates the description before it; the whole subject acts
            elif tok.low[first] not in self.w.description_openers:
                return None  # ", Sergei Lavrov," (a name), ", speaking in Kyiv,": no description
            if j - 1 not in self.mention_cover or not _same_sentence(tok, j - 1, t_end):
                return []
            before = self.mention_cover[j - 1]
            i0 = tok.at(before.start)
            if (i0 > 1 and tok.low[i0 - 1] == "," and i0 - 2 in self.mention_cover) \
                    or self._prep_before(i0) is not None and not self._agent_of(i0):
                return None  # a list ("Germany, France, ...") or a prepositional phrase: not an apposition to a subject
            if not self._participant(i0, before):
                return []
            return [self._state_behind(before)]
        return None

    def _first_after(self, c: _Cand, limit: int = 12) -> tuple[int, ActorMention] | None:
        tok = self.tokens
        skipped_end, skipped_kind = -1, None  # the token after the last mention passed over inside a phrase of no
        # participant, and its kind
        pronoun_object = c.t1 < len(tok.low) and tok.low[c.t1] not in self.w.possessive_pronouns and (
            tok.low[c.t1] in self.w.object_pronouns or tok.low[c.t1] in self.w.person_object_pronouns)
        for i, m in self._mentions_in(c.t1, c.t1 + limit):
            if tok.sent[i] != c.sent or tok.clause[i] != tok.clause[c.t0]:
                break
            if pronoun_object and i > c.t1:
                break  # "praised them and Russia condemned Iran": the pronoun is the object, whoever it stands for
            if any(k in self.trigger_toks and not self._own_object_noun(c, k) for k in range(c.t1, i)):
                break  # the next trigger owns what follows it
            if any(tok.low[k] == "to" and k + 1 not in self.mention_by_tok and tok.low[k + 1] != "the"
                   for k in range(c.t1, i)):
                break  # "refused to disclose Russia's demands": the content, not the target
            if any(tok.low[k] == "according" for k in range(c.t1, i)) or self._past_attribution(c, i):
                break  # "seized rifles, according to the armed forces chief", "..., a Turkish diplomat said": its teller
            if any(w == "that" or w in self.lex.clause_breaks for w in tok.low[c.t1:i]):
                break
            if any(w in self.w.subordinate_stops for w in tok.low[c.t1:i]):
                break  # "will not normalize relations until a Palestinian state ...", "bombed what X called a camp"
            if any(tok.low[k] == "and" and (k + 1 in self.trigger_toks or (
                    tok.low[k + 1].endswith("ed") and k + 1 not in self.mention_cover)) for k in range(c.t1, i)):
                break  # "suspended its presence in Kabul and moved it to Doha": the next verb's own object
            if any(tok.low[k] == "," and tok.low[k + 1] in self.w.conjunctions for k in range(c.t1, i - 1)):
                break  # "condemned the agreements, and Turkey said ...": a new clause
            if any(k in self.timex_toks for k in range(self._past_leading_date(c), i)):
                break  # "met in Abu Dhabi on July 10, a month before the Washington summit"
            prep = self._trigger_own_prep(c, i, self._prep_before(i))  # ("gathered in front of the French embassy")
            if prep == "of" and self._of_people(i):
                prep = None  # "hosted the leaders of Japan and South Korea": those people
            if prep == "in" and m.actor.kind == "state" and i >= 2 and tok.low[i - 1] == "in" and tok.low[i - 2] in self.w.seat_nouns:
                return i, m  # "open an embassy in Israel", "an embassy in Jerusalem": the state that receives it
            if prep == "from" and c.entry.type in ("PROTEST", "RETREAT", "SANCTION"):
                prep = None  # "recalled its ambassador from Moscow", "pulled its troops from Syria": the one left
            after = tok.at(m.end)
            if after < len(tok.low) and tok.low[after] in self.lex.reporting and tok.sent[after] == c.sent \
                    and any(tok.low[k] == "," for k in range(c.t1, i)):
                break  # "a plan to normalize relations, the bloc's foreign policy chief Josep Borrell said": the speaker
            if m.actor.kind == "person" and i - c.t1 >= 3 and tok.low[i - 1] == "," \
                    and tok.low[c.t1] in self.w.possessive_pronouns \
                    and not any(w.startswith("counterpart") for w in tok.low[c.t1:i]) \
                    and not any(k in self.mention_cover for k in range(c.t1, i - 1)):
                return None  # "recalled its ambassador, Anatoly Antonov,": the object's own name, not whom it is aimed at
            if self._others_of(m):
                continue  # "called on Ukraine's allies", "urged Libya's warring parties": others, not the owner
            if prep is None and i >= 1 and i - 1 == skipped_end and tok.low[i - 1] in self.w.coordinators \
                    and m.actor.kind == skipped_kind and m.actor.kind != "person":
                skipped_end = tok.at(m.end)
                continue  # "met the foreign ministers of India and Pakistan": both in the phrase of "of", not the second
                # (not "met with the director of the commission and Foreign Minister Wang Yi": a person of his own)
            if self._participant(i, m) and prep not in self.w.non_participant_preps:
                named = self._named_in_apposition(i, m)
                return named if named is not None else (i, m)
            if prep in (None, "on", "against", "to") and self._object_adjective(c, i, m):
                return i, m  # "downed a Pakistani F-16", "hand back a captured Indian Air Force pilot"
            if prep in self.w.non_participant_preps:
                skipped_end, skipped_kind = tok.at(m.end), m.actor.kind
        return None

    def _own_object_noun(self, c: _Cand, k: int) -> bool:
        """Is the trigger at token ``k`` a noun of the verb's own type in its object ("pledged $2 billion in aid to
        Ukraine", "imposed fresh sanctions on Iran")? Then what follows it is still the verb's: the same act told twice
        (not for a joint act: "the two sides signed an agreement under which ...": the agreement's own terms)."""
        return c.entry.pos == "verb" and c.entry.type not in self.w.symmetric_types and any(
            d.entry.pos == "noun" and d.entry.type == c.entry.type for d in self._cands_by_tok.get(k, ()))

    def _others_of(self, m: ActorMention) -> bool:
        """Is ``m`` the owner in "Ukraine's allies", "Libya's warring parties": a possessive before (at most one
        lowercase word and) a plural noun that names other parties in relation to it, not the owner itself?"""
        tok = self.tokens
        if self.text[m.end:m.end + 2] not in ("'s", "’s"):
            return False
        k = tok.at(m.end + 2)
        for j in range(k, min(k + 2, len(tok.low))):
            if tok.low[j] in self.w.others_nouns:
                return True
            if not self.text[tok.starts[j]:tok.ends[j]].isalpha() or not self.text[tok.starts[j]].islower():
                return False
        return False

    def _recipient_after(self, m: ActorMention) -> bool:
        """Is "to <actor>" right after mention ``m`` ("a letter from Kim to Trump")?"""
        tok = self.tokens
        k = tok.at(m.end)
        return k + 1 < len(tok.low) and tok.low[k] == "to" and (k + 1 in self.mention_by_tok or (
            tok.low[k + 1] == "the" and k + 2 in self.mention_by_tok))

    def _past_leading_date(self, c: _Cand) -> int:
        """"will fly on Monday to Israel", "arrived on Tuesday in Kyiv": a trip's destination may follow a date right
        after its verb; the token after that date when "to"/"in" follows it, else ``c.t1``."""
        tok = self.tokens
        if c.entry.mode != "visit":
            return c.t1
        k = c.t1
        if k < len(tok.low) and tok.low[k] in self.w.date_lead_words and k + 1 in self.timex_cover:
            k += 1
        while k < len(tok.low) and k in self.timex_cover and tok.sent[k] == c.sent:
            k += 1
        return k if k > c.t1 and k < len(tok.low) and tok.low[k] in ("to", "in") else c.t1

    def _named_in_apposition(self, i: int, m: ActorMention) -> tuple[int, ActorMention] | None:
        """"urged Iran's newly re-elected president, Hassan Rouhani, to": the person named in apposition to a
        description owned by ``m`` (a few lowercase words after "<m>'s", then a comma and a person's name)."""
        tok = self.tokens
        if self.text[m.end:m.end + 2] not in ("'s", "’s") or m.actor.kind == "person":
            return None
        k = tok.at(m.end + 2)
        owned = self.mention_by_tok.get(k)
        if owned is not None and owned.actor.kind == "person" and tok.sent[k] == tok.sent[i]:
            return k, owned  # "held talks with Bangladesh's Sheikh Hasina": the person, the state only says whose
        for j in range(k, min(k + 6, len(tok.low) - 1)):
            if tok.sent[j] != tok.sent[i] or j in self.mention_cover or j in self.trigger_toks or j in self.timex_toks:
                return None
            if tok.low[j] == ",":
                named = self.mention_by_tok.get(j + 1)
                if named is not None and named.actor.kind == "person" and named.via in ("name", "alias"):
                    return j + 1, named
                return None
            if not self.text[tok.starts[j]:tok.ends[j]][:1].islower():
                return None
        return None

    def _object_adjective(self, c: _Cand, i: int, m: ActorMention) -> bool:
        """A state's adjective inside the object noun phrase right after a verb ("a Pakistani F-16", "two
        British journalists", "the Egyptian plan") names the state the act is aimed at: only determiners,
        numbers and lowercase modifiers between the verb and the adjective, and a noun after it (not
        "Russian-occupied", not the adjective of a longer name or a list)."""
        tok = self.tokens
        if m.via != "adjective" or m.actor.kind != "state" or self.text[m.end:m.end + 1] == "-" or i - c.t1 > 3 \
                or c.entry.mode == "visit" or c.entry.type not in self.w.material_types:
            return False  # ("flew to the Azerbaijani exclave of Nakhchivan to meet Aliyev": a place on the way; "praised
            # the German budget": words about a thing, not an act done to the state's people or property)
        for k in range(c.t1, i):
            w = tok.low[k]
            if k in self.mention_cover or k in self.timex_toks or not (w.isalnum() or w in self.lex.determiners) \
                    or (self.text[tok.starts[k]].isupper() and k > c.t1):
                return False
            if w in self.w.prepositions and (w not in self.w.object_preps or k > c.t1):
                return False  # (not "sharing warning data on North Korean launches": the verb's own object first)
        nxt = tok.at(m.end)
        return nxt < len(tok.low) and tok.sent[nxt] == c.sent and tok.low[nxt][:1].isalnum() \
            and tok.low[nxt] not in self.w.coordinators and nxt not in self.mention_cover

    def _of_people(self, i: int) -> bool:
        """Is the mention at token ``i`` the "X" of "the leaders of X", "the president of X", "a delegation of X"?"""
        tok = self.tokens
        k = i - 1
        while k >= 0 and tok.low[k] != "of" and i - k < 3:
            k -= 1
        return k > 0 and tok.low[k] == "of" and (tok.low[k - 1] in self.lex.adjective_heads
                                                 or tok.low[k - 1] in self.lex.agent_heads) \
            and tok.low[k - 1] not in self.w.non_body_heads  # ("had lunch with members of Congress": Congress)

    def _with_party(self, i: int) -> bool:
        """Is the mention at token ``i`` governed by "with", itself or as the body of people ("with Scholz", "with
        members of Congress", "with the leaders of Japan")?"""
        prep = self._prep_before(i)
        if prep == "of" and self._of_people(i):
            k = i - 1
            while k > 1 and self.tokens.low[k] != "of":
                k -= 1
            return self._prep_before(k - 1) == "with"  # (the people's head right before "of")
        return prep == "with"

    def _coordinated_after(self, i: int, m: ActorMention) -> list[ActorMention]:
        """"hosted A and B": the actors joined to the first object by "and"."""
        tok = self.tokens
        out = []
        k = tok.at(m.end)
        while k + 1 < len(tok.low) and tok.low[k] in self.w.list_separators and tok.sent[k] == tok.sent[i]:
            nxt = self.mention_by_tok.get(k + 1)
            if nxt is None or not self._participant(k + 1, nxt):
                break
            out.append(nxt)
            k = tok.at(nxt.end)
        return out

    def _denied_party(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"Putin denied that Moscow wanted to divide Ukraine", "denied that the Russian state had interfered in
        American affairs": a denial is aimed at the other side the denied words name, the first actor in its
        "that" clause that is not the denier's own (its state, its capital, its people)."""
        tok = self.tokens
        k = c.t1
        while k < len(tok.low) and tok.sent[k] == c.sent and k < c.t1 + 5 and (
                k in self.timex_cover or (tok.low[k] in self.w.time_place_preps and k + 1 in self.timex_cover)):
            k += 1
        if source is None or k >= len(tok.low) or tok.low[k] != "that" or tok.sent[k] != c.sent:
            return None
        own = {source.actor.id, source.actor.country}
        for j in range(k + 1, min(len(tok.low), k + 30)):
            if tok.sent[j] != c.sent or tok.low[j] in self.w.denied_party_stops:
                return None
            m = self.mention_by_tok.get(j)
            if m is None or m.actor.role == "media" or self.text[m.end:m.end + 1] == "-":
                continue
            if m.actor.id in own or (m.actor.country and m.actor.country in own):
                continue
            if self._participant(j, m) or (m.via == "adjective" and m.actor.kind == "state"):
                return m
        return None

    def _pronoun_object(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"Blinken telephoned Aliyev to urge him to halt", "had warned him that": "him"/"her" as the object of the
        verb is the last person named before it (in its sentence or the one before) who is not the doer."""
        tok = self.tokens
        k = c.t1
        if k >= len(tok.low) or tok.sent[k] != c.sent or tok.low[k] not in self.w.person_object_pronouns:
            return None
        nxt = tok.low[k + 1] if k + 1 < len(tok.low) and tok.sent[k + 1] == c.sent else "."
        if tok.low[k] == "her" and nxt[:1].isalpha() and nxt not in self.w.prepositions and nxt not in ("that", "and"):
            return None  # "praised her government": a possessive, not the object
        lo = self._pronoun_object_floor(c.sent, tok.low[k])
        pos = bisect.bisect_left(self.mention_starts, c.start)
        mine = source.actor.id if source is not None else None
        for m in reversed(self.mentions[:pos]):
            if m.start < lo:
                return None
            if m.actor.kind == "person" and m.actor.id != mine and not self._in_quote(m.start) \
                    and self._gender_fits(tok.low[k], m.actor):  # ("Xi hosted him": not a woman named before)
                return self._owned_person(m)  # (not "Scholz" for "met Scholz's spokesman and told him")
        return None

    def _pronoun_object_floor(self, si: int, pronoun: str = "") -> int:
        """Where the referent of an object "him"/"her" in sentence ``si`` is looked for: from the sentence before;
        from the one before that when the sentence between names no person ``pronoun`` can refer to (none of the
        other gender) and the three are one paragraph ("Carney told Zelensky .... He said Canada would send aid.
        Zelensky thanked him": Carney)."""
        if si < 1:
            return self.sentences[0][0]
        prev0, prev1 = self.sentences[si - 1]
        if si < 2 or "\n" in self.text[prev1:self.sentences[si][0]] \
                or "\n" in self.text[self.sentences[si - 2][1]:prev0]:
            return prev0
        lo = bisect.bisect_left(self.mention_starts, prev0)
        hi = bisect.bisect_left(self.mention_starts, prev1)
        if any(m.actor.kind == "person" and self._gender_fits(pronoun, m.actor) for m in self.mentions[lo:hi]):
            return prev0
        return self.sentences[si - 2][0]

    def _that_subject(self, c: _Cand) -> ActorMention | None:
        """"demanded that Armenia change its constitution": the actor asked to act."""
        tok = self.tokens
        k = c.t1
        while k < len(tok.low) and tok.sent[k] == c.sent and k < c.t1 + 5 and (
                k in self.timex_cover or (tok.low[k] in self.w.time_place_preps and k + 1 in self.timex_cover)):
            k += 1  # "demanded on Monday that ..."
        if k + 1 >= len(tok.low) or tok.low[k] != "that":
            return None
        i = k + 2 if tok.low[k + 1] == "the" and k + 2 < len(tok.low) else k + 1  # "demanded that the United States stop"
        m = self.mention_by_tok.get(i)
        return m if m is not None and tok.sent[i] == c.sent and self._participant(i, m) else None

    def _between(self, c: _Cand) -> list[ActorMention]:
        """"a phone call between the two leaders", "talks between A and B"."""
        tok = self.tokens
        dated = [k for k in range(c.t1, min(c.t1 + 8, len(tok.low)))
                 if k in self.timex_cover or (tok.low[k] in self.w.time_place_preps and k + 1 in self.timex_cover)]
        span = 3 + (len(dated) if dated and dated[0] <= c.t1 + 1 else 0)  # "talks on Tuesday afternoon between A and B"
        for k in range(c.t1, min(c.t1 + span, len(tok.low))):
            if tok.sent[k] != c.sent:
                return []
            if tok.low[k] in self.w.between_preps:
                found: list[ActorMention] = []
                j = k + 1
                while j < len(tok.low) and tok.sent[j] == c.sent and j < k + 20:
                    m = self.mention_by_tok.get(j)
                    if m is not None:
                        if self._participant(j, m) and m.actor.id not in {f.actor.id for f in found}:
                            found.append(m)
                        j = tok.at(m.end)
                        continue
                    w = tok.low[j]
                    if w == "," and j + 1 in self.mention_by_tok:
                        j += 1
                        continue  # an apposition: "his Russian counterpart, Sergey Lavrov"
                    if w == "of" and not found and j > k + 1 and self._group_head(tok.low[j - 1]):
                        j += 1
                        continue  # "a summit between the leaders of Rwanda and Congo": the parties are those named
                    if w in self.w.prepositions or w in self.w.phrase_breaks or w in self.lex.clause_breaks \
                            or j in self.trigger_toks or j in self.timex_toks:
                        break
                    j += 1
                if len(found) < 2:
                    found = self._pair_description(k + 1) or found
                return found
        return []

    def _pair_description(self, k: int) -> list[ActorMention]:
        """"the two leaders": the last two actors named before with a matching role."""
        tok = self.tokens
        if k >= len(tok.low):
            return []  # (the text ends right after "between")
        j = k + 1 if tok.low[k] == "the" else k
        if j >= len(tok.low) or tok.low[j] not in self.w.pair_words:
            return []
        for words, roles in self.lex.pairs.items():
            if tok.low[j + 1:j + 1 + len(words)] == list(words):
                found: list[ActorMention] = []
                pos = bisect.bisect_left(self.mention_starts, tok.starts[k])
                pair = self._last_pair(tok.starts[k], tok.sent[k], roles)
                own = self._own_sentence_pair(k, pos, roles)
                if own and {m.actor.id for m in own} != {m.actor.id for m in pair}:
                    return own  # ("Beijing said Lithuania broke the promise it made when the two countries established
                    # ties": the two its own sentence names, not the pair of an act told before)
                if pair:
                    return pair  # "Vucic and Hoti signed ..., with Trump looking on. The two leaders will meet again"
                for m in reversed(self.mentions[:pos]):
                    m = self._pair_fit(m, roles)
                    if m is not None and m.actor.id not in {f.actor.id for f in found}:
                        found.append(m)
                    if len(found) == 2:
                        earlier = tok.sent[tok.covering(found[1].start)] < tok.sent[k]
                        lead = self._lead_pair(tok.starts[k], roles) if earlier else []
                        # ("Biden and Xi agreed ... Rubio said the two sides also agreed": the story's pair)
                        return lead or list(reversed(found))  # (in its own sentence, the last two named)
                return self._lead_pair(tok.starts[k], roles) or self._people_pair_states(k, roles)
        if self._bare_number(j):  # "The two agreed to ...", "both also signed": the pair told before, of any kind
            return self._bare_pair(k)
        return []

    def _for_infinitive_doer(self, c: _Cand) -> ActorMention | None:
        """"there were no plans for Putin to meet Zelensky", "called for Israel to withdraw": the one named between
        "for" and the "to" of verb ``c`` does it (a name of several words counts as one)."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.t0 < 3 or tok.low[c.t0 - 1] != "to":
            return None
        m = self.mention_cover.get(c.t0 - 2)
        if m is None or self._is_location_use(tok.at(m.start), m):
            return None
        k = tok.at(m.start) - 1
        return m if k >= 0 and tok.low[k] == "for" and tok.sent[k] == c.sent else None

    def _pair_fit(self, m: ActorMention, roles) -> ActorMention | None:
        """``m`` as a party a pair description of ``roles`` can stand for ("@state": a state, or a person's state;
        "@party": a group too; else a person of one of the roles), or None (a place, a modifier, another kind)."""
        if self._is_location_use(self.tokens.at(m.start), m) or self._pair_modifier(m):
            return None  # (nor "support for Russia's defence industry")
        if "@state" in roles:
            state = self._state_of(m.actor.country) if m.actor.kind == "person" and m.actor.country else None
            if state is not None:  # ("Trump" for "the two governments": the United States)
                m = ActorMention(m.start, m.end, m.text, state, "description")
            return m if m.actor.kind == "state" or m.actor.kind == "group" and "@party" in roles else None
        role = (m.actor.role or "").lower()
        return m if m.actor.kind == "person" and any(r in role for r in roles) else None

    def _own_sentence_pair(self, k: int, pos: int, roles) -> list[ActorMention]:
        """The two parties of ``roles`` named in the sentence of ``k`` before it when it names exactly two (in the
        order named): "China's foreign ministry said Lithuania had broken the commitment it made when the two
        countries established ties" (China and Lithuania, not the pair of an act told before); [] otherwise."""
        tok = self.tokens
        si = tok.sent[k]
        found: dict[str, ActorMention] = {}  # (each party at its first mention in the sentence)
        for m in reversed(self.mentions[:pos]):
            if tok.sent[tok.covering(m.start)] != si:
                break
            m = self._pair_fit(m, roles)
            if m is not None:
                found[m.actor.id] = m
                if len(found) > 2:
                    return []
        return sorted(found.values(), key=lambda m: m.start) if len(found) == 2 else []

    def _bare_pair(self, k: int) -> list[ActorMention]:
        """The pair a bare "the two" at ``k`` stands for: the last two parties named in its own sentence ("Kishida and
        Li met; ..., and the two agreed"), else the two parties of the last act told together before."""
        tok = self.tokens
        found: list[ActorMention] = []
        for m in reversed(self.mentions[:bisect.bisect_left(self.mention_starts, tok.starts[k])]):
            if tok.sent[tok.covering(m.start)] != tok.sent[k]:
                break
            if m.actor.kind not in ("person", "state", "group") or m.via in ("adjective", "demonym") \
                    or self._is_location_use(tok.at(m.start), m) or self._pair_modifier(m):
                continue
            if m.actor.id not in {f.actor.id for f in found}:
                found.append(m)
            if len(found) == 2:
                ids = {f.actor.id for f in found}
                first = next(m for m in self.mentions if m.actor.id in ids and tok.sent[tok.covering(m.start)] == tok.sent[k])
                return sorted(found, key=lambda f: f.actor.id != first.actor.id)  # (in the order first named)
        return self._last_pair(tok.starts[k], tok.sent[k], ("@any",)) or self._lead_pair(tok.starts[k], ("@any",))

    def _bare_number(self, j: int) -> bool:
        """Does the number (or "both") at ``j`` stand alone for its people, with no noun after it: the sentence ends,
        or a verb, an adverb, an auxiliary or a modal follows ("the two agreed", "the two also signed", "both will")?"""
        tok = self.tokens
        if tok.low[j] not in self.w.whole_group_words and (j < 1 or tok.low[j - 1] != "the"):
            return False  # ("two rockets were fired": a count, no pair)
        if tok.low[j] in self.w.whole_group_words and j > 0 and tok.sent[j - 1] == tok.sent[j] \
                and tok.low[j - 1] not in self.w.clause_coordinators and tok.low[j - 1] not in (",", ";"):
            return False  # ("the RSF and the army have both said": "both" floats after its own subject)
        n = j + 1
        if n >= len(tok.low) or tok.sent[n] != tok.sent[j]:
            return True
        w = tok.low[n]
        return w in self.w.adverbs or w in self.w.aux_after_noun or w in self.lex.modals or w in (",", ";") \
            or any(d.entry.pos == "verb" and (d.t1 == n + 1 or w in self.lex.light_verbs) for d in self._cands_by_tok.get(n, ()))

    def _last_pair(self, before: int, si: int, roles) -> list[ActorMention]:
        """The two parties of the last event told with exactly two persons of a matching role (states for ``@state``)
        as its source and target, within the three sentences before ``before``: "the two leaders" are the pair that
        last acted together, not the last two people named (a host looking on, a mediator)."""
        for g in reversed(getattr(self, "_group_events", ())):
            if g.sent >= si or g.quoted or g.source is None or g.target is None or id(g.target) in self._pair_object_ids():
                continue  # (in its own sentence, the last two named: "A and B hosted C and D, and the two men met")
            if g.entry.type not in self.w.symmetric_types and g.target.start > g.start or g.entry.mode == "third-party":
                continue  # ("Parmelin welcomed Biden": one acting on the other, not a pair acting together; mediators)
            if g.sent < si - 3:
                break
            pair = self._fitting_pair(g, roles, own_mentions=True)
            if pair:
                return pair
        return []

    def _compound_before(self, c: _Cand) -> list[ActorMention]:
        """"the Trump-Putin summit", "Russia's invasion", "the Rubio-Lavrov call"."""
        tok = self.tokens
        found = []
        i = c.t0 - 1
        while i >= 0 and i >= c.t0 - 4 and tok.sent[i] == c.sent:
            w = tok.low[i]
            if w in self.lex.determiners and not w.endswith(("'s", "’s")) and w not in ("'s", "’s"):
                break
            if w in self.w.prepositions or w in self.w.list_separators or w in self.lex.clause_breaks or w in self.lex.light_verbs:
                break  # "France and Germany held talks": the subject of the verb, not a compound
            m = self.mention_by_tok.get(i)
            if m is None:
                # a mention may start earlier inside the same token ("Rubio-Lavrov")
                pos = bisect.bisect_right(self.mention_starts, tok.starts[i]) - 1
                while pos >= 0 and self.mentions[pos].end > tok.starts[i] - 1 and self.mentions[pos].start >= tok.starts[i]:
                    pos -= 1
            for mm in self.mentions[bisect.bisect_left(self.mention_starts, tok.starts[i]):  # (those starting in the token)
                                    bisect.bisect_left(self.mention_starts, tok.ends[i])]:
                if tok.starts[i] <= mm.start < tok.ends[i] and mm not in found and (
                        self._participant(i, mm) or mm.via in ("adjective", "demonym")):
                    if mm.via == "metonym" and i == c.t0 - 1 and c.entry.type == "CONSULT":
                        continue  # "the Washington summit": a place
                    found.append(mm)
            i -= 1
        return sorted(found, key=lambda m: m.start)

    def _pronoun_actor(self, c: _Cand, exclude: set[str]) -> ActorMention | None:
        """"whom he reportedly pressured": he/she -> the last person who was the subject of an
        event before (else the last person named)."""
        tok = self.tokens
        lo = c.t0 - 4
        k = c.t0 - 1
        while k > 0 and c.t0 - k <= 5 and tok.sent[k] == c.sent and (
                tok.low[k] in self.w.future_frames or tok.low[k] in self.w.passive_aux
                or tok.low[k] in self.w.past_aux or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals
                or tok.low[k] in self.w.adverbs):
            k -= 1
        lo = min(lo, k - 1)  # ("where he is due to meet Netanyahu": past the auxiliaries to the pronoun)
        for j in range(c.t0 - 1, max(-1, lo), -1):
            if tok.sent[j] != c.sent:
                break
            w = tok.low[j]
            if w in self.lex.pronouns:
                exclude = exclude | self._misgendered(w)  # ("He met Merkel": never a woman, "she" never a man)
                if self._unknown_named_subject(j):
                    return None  # "confirmed that Bout had been handed over and said he was flying to Moscow": he is
                    # the one the gazetteer lacks, not the last person it knows
                if not self._person_before(j):  # "Trump flew on to Seoul. He met Moon": the previous sentence's subject
                    prev = self._previous_subject(c.sent, exclude)
                    if c.sent > 0 and (prev is None or prev.start < self.sentences[c.sent - 1][0]):
                        prev = self._gendered_referent(c.sent - 1, w, exclude) or prev  # ("Trump spoke with Sheinbaum.
                        # He said that she had agreed": the woman just named, not a subject further back)
                    if prev is not None:
                        return prev
                else:  # "Trump will fly to Israel, where he is due to meet Netanyahu": a person of its own sentence
                    s0 = self.sentences[c.sent][0]
                    own = next((m for m in reversed(self._subjects) if s0 <= m.start < tok.starts[j]
                                and m.actor.kind == "person" and m.actor.id not in exclude), None)
                    if own is None:
                        own = self._sentence_subject(c.sent, until=tok.starts[j])
                    if own is not None and own.actor.kind == "person" and own.actor.id not in exclude:
                        return own
                for m in reversed(self._subjects):
                    if m.start < tok.starts[j] and m.actor.kind == "person" and m.actor.id not in exclude:
                        return m
                pos = bisect.bisect_left(self.mention_starts, tok.starts[j])
                for m in reversed(self.mentions[:pos]):
                    if m.actor.kind == "person" and m.actor.id not in exclude:
                        return m
                return None
        return None

    def _unknown_named_subject(self, j: int) -> bool:
        """Is a name the gazetteer lacks the subject of a verb between the start of the sentence of token ``j`` and
        it ("... that Bout had been handed over and said he ...")? A capitalized word inside the sentence, no actor,
        after no article, right before an auxiliary or a reporting verb."""
        tok = self.tokens
        k0 = tok.at(self.sentences[tok.sent[j]][0])
        for k in range(k0 + 1, j - 1):
            word = self.text[tok.starts[k]:tok.ends[k]]
            nxt = tok.low[k + 1]
            if word[:1].isupper() and word[1:].islower() and k not in self.mention_cover \
                    and tok.low[k - 1] not in self.w.articles \
                    and not self._in_quote(tok.starts[k]) \
                    and (nxt in self.w.past_aux or nxt in self.w.perfect_aux or nxt in self.lex.reporting):
                return True
        return False

    def _person_before(self, j: int) -> bool:
        """Is a person named, outside quotes, in the sentence of token ``j`` before it?"""
        tok = self.tokens
        s0 = self.sentences[tok.sent[j]][0]
        pos = bisect.bisect_left(self.mention_starts, tok.starts[j])
        for m in reversed(self.mentions[:pos]):
            if m.start < s0:
                return False
            if m.actor.kind == "person" and not self._in_quote(m.start):
                return True
        return False

    def _previous_subject(self, si: int, exclude: set[str], reach: int = 3) -> ActorMention | None:
        """A sentence-initial "he"/"she" refers first to the subject of the sentence before when that is a
        person, else to the subject of the one before that (up to ``reach`` sentences); None when none is."""
        for s in range(si - 1, max(-1, si - 1 - reach), -1):
            m = self._sentence_subject(s)
            if m is not None and m.actor.kind == "person" and m.actor.id not in exclude:
                return m
        return None

    def _sentence_subject(self, si: int, until: int | None = None) -> ActorMention | None:
        """The subject of sentence ``si``: its first actor outside quotes that is not governed by a preposition,
        not a possessive ("Kim's aide"), and comes before the sentence's first event verb (or right after a
        reporting verb: "said Lavrov"); None when the sentence opens with no such actor."""
        tok = self.tokens
        s0, s1 = self.sentences[si]
        if until is not None:
            s1 = min(s1, until)
        i = tok.at(s0)
        found, reported = None, False
        for j in range(i, len(tok.low)):
            if tok.sent[j] != si or tok.starts[j] >= s1:
                break
            if tok.low[j] == ";" or (tok.low[j] == "," and j + 1 < len(tok.low) and tok.low[j + 1] in self.w.clause_coordinators):
                reported = False  # ", and the Kremlin spokesman said": a new main clause
            for d in self._cands_by_tok.get(j, ()):
                if d.entry.pos == "verb" and not d.quoted and d.source is not None and s0 <= d.source.start < d.start \
                        and not reported and not self._in_quote(d.source.start):
                    found = d.source  # "Blinken said ...": the doer of the sentence's (last) main verb event
                    reported = True  # ("Trump said Moon had agreed", "Wang demanded that China lift": inside its clause)
        if found is not None:
            return found
        if i < len(tok.low) and (tok.low[i] in self.w.prepositions or tok.low[i] in self.w.adverbial_subordinators):
            # "At a news conference before leaving Beijing, Blinken said": the subject follows the fronted phrase
            comma = next((j for j in range(i, min(len(tok.low), i + 25)) if tok.sent[j] == si and tok.low[j] == ","), None)
            if comma is None:
                return None
            i = comma + 1
            s0 = tok.starts[i] if i < len(tok.low) else s1
        pos = bisect.bisect_left(self.mention_starts, s0)
        verb_seen = False
        for m in self.mentions[pos:]:
            if m.start >= s1:
                return None
            k = tok.at(m.start)
            while i < k:
                if any(d.entry.pos == "verb" for d in self._cands_by_tok.get(i, ())) and not self._in_quote(tok.starts[i]):
                    verb_seen = True
                i += 1
            if self._in_quote(m.start) or not self._participant(k, m):
                continue
            if verb_seen and not (k > 0 and tok.low[k - 1] in self.lex.reporting):
                return None
            if self._prep_before(k) is not None and not self._agent_of(k):
                continue
            if self.text[m.end:m.end + 2] in ("'s", "’s"):
                return None
            return m
        return None

    def _its_forces(self, c: _Cand) -> ActorMention | None:
        """"Baku denied that its forces had targeted civilians": "its"/"their" + a body of a state ("forces",
        "government", "troops") as the subject stands for the state that was last the subject of an event."""
        tok = self.tokens
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                     or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.w.passive_aux):
            k -= 1
        if k < 1 or tok.sent[k - 1] != c.sent or tok.low[k] not in self.w.state_heads or tok.low[k - 1] not in self.w.body_possessives:
            return None
        for m in reversed(self._subjects):
            if m.start < tok.starts[k] and m.actor.kind in ("state", "igo", "organization", "group"):
                return ActorMention(tok.starts[k - 1], tok.ends[k], self.text[tok.starts[k - 1]:tok.ends[k]], m.actor,
                                    "description")
        return None

    def _their_parties(self, c: _Cand) -> list[ActorMention]:
        """Whom "their" before an event noun stands for: in a phrase fronted before the subject ("At a news conference
        after their meeting, the two leaders pledged ...") the plural subject after its comma; else the parties of the
        last event two or more actors took part in, within the two sentences before. [] when neither is known."""
        tok = self.tokens
        s0 = tok.at(self.sentences[c.sent][0])
        comma = next((j for j in range(c.t1, min(len(tok.low), c.t1 + 12))
                      if tok.sent[j] == c.sent and tok.low[j] == ","), None)
        if comma is not None and comma + 1 < len(tok.low) and tok.sent[comma + 1] == c.sent \
                and "," not in tok.low[s0:c.t0] and not any(k in self.trigger_toks for k in range(s0, c.t0)) \
                and any(tok.low[k] in self.w.prepositions or tok.low[k] in self.w.adverbial_subordinators
                        for k in range(s0, c.t0)):
            pair = self._pair_description(comma + 1)
            if pair:
                return pair
            j = comma + 2 if tok.low[comma + 1] == "the" else comma + 1
            m = self.mention_by_tok.get(j)
            if m is not None and self._participant(j, m):
                joined = [m] + self._coordinated_after(j, m)
                if len({x.actor.id for x in joined}) >= 2:
                    return joined
            return []  # (the subject after the comma is one actor or none: see the possessive's nearest actor)
        prior = [g for g in self._group_events if g.start < c.start and g.sent >= c.sent - 2 and not g.quoted
                 and len({m.actor.id for m in g.actors}) >= 2]
        if prior:
            g = max(prior, key=lambda g: g.start)
            return [m for m in (g.source, g.target, *g.others) if m is not None]
        return []

    def _pair_possessor(self, c: _Cand) -> list[ActorMention]:
        """"The two leaders' talks", "both sides' negotiations": a pair told as the owner of the event noun (a
        possessive apostrophe right before it, an adjective or two between) are its parties. [] otherwise."""
        tok = self.tokens
        for a in range(c.t0 - 1, max(-1, c.t0 - 4), -1):
            if tok.sent[a] != c.sent or a in self.mention_cover:
                return []
            if tok.low[a] in ("'", "’"):
                break
            if not tok.low[a].isalpha() or tok.low[a] in self.lex.determiners or tok.low[a] in self.w.prepositions:
                return []
        else:
            return []
        for k in range(a - 2, max(-1, a - 4), -1):
            if tok.sent[k] != c.sent:
                return []
            if tok.low[k] in self.w.pair_words:  # ("the two leaders '", "both sides '")
                return self._pair_description(k - 1 if k > 0 and tok.low[k - 1] == "the" else k)
        return []

    def _possessive_actor(self, c: _Cand) -> ActorMention | None:
        """"its full-scale invasion": the state of the nearest actor in the sentence."""
        tok = self.tokens
        if c.determiner not in self.w.third_person_possessives:
            return None
        s, e = self.sentences[c.sent]
        cands = [(abs(m.start - c.start), m) for m in self.mentions if s <= m.start < e
                 and self._participant(tok.at(m.start), m)
                 and (m.actor.kind == "person" or c.determiner not in self.w.person_possessives)  # "his visit to China": a person's
                 and self._gender_fits(c.determiner, m.actor)  # ("Xi received Rousseff during his visit": not hers)
                 and (m.start < c.start or tok.clause[tok.at(m.start)] == tok.clause[c.t0])]  # (not "..., when they
        # were joined by Guterres": a later clause names no owner of "their meeting")
        if not cands:
            return None
        before = [x for x in cands if x[1].start < c.start]
        m = min(before or cands, key=lambda x: x[0])[1]  # a possessive points back ("repeated his offer to meet Modi")
        if c.determiner == "its" and m.actor.kind == "person" and m.actor.country in self.state_by_country:
            state = self.state_by_country[m.actor.country]
            return ActorMention(m.start, m.end, m.text, state, "description")
        return m

    def _set_actors(self, c: _Cand) -> None:
        tok = self.tokens
        if c.entry.pos == "noun":
            pair = self._between(c)
            pre = self._compound_before(c)
            forum = pre[0] if c.entry.type == "CONSULT" and not pair and len(pre) == 1 and pre[0].actor.kind == "igo" \
                and tok.at(pre[0].end) == c.t0 and c.entry.mode != "visit" else None
            # ("attended a NATO summit": the organization holds it and is the one met; whoever attends is the source)
            subj: list[ActorMention] = []
            light_at: int | None = None  # the light verb before the noun, when no actor is its subject
            if c.subject_tok is not None:
                subj = self._subject_chain(c.subject_tok)
            elif (not pre or forum is not None) and not pair:
                # "X had talks", "are due to begin their annual Ulchi Freedom Shield exercises": a light verb
                # before the noun phrase
                for j in range(c.t0 - 1, max(-1, c.t0 - 8), -1):
                    if tok.low[j] == "of" and j > 0 and tok.low[j - 1] in self.lex.measure_nouns:
                        continue  # "adopted a package of sanctions", "concluded two days of talks"
                    if tok.sent[j] != c.sent or tok.low[j] in self.w.prepositions or tok.low[j] in self.lex.habitual:
                        break  # (not "had always supported an agreement": a stance, no light verb)
                    if tok.low[j] in self.lex.light_verbs:
                        if any(k in self.trigger_toks for k in range(j + 1, c.t0)):
                            break  # "had suspended climate talks": the verb after "had" governs the noun
                        subj = self._coordinated_subject(_Cand(c.entry, c.tense, c.start, c.end, c.text, j, j + 1, c.sent)) \
                            or self._subject_chain(j)  # ("Trump met the leaders of the Gulf states, and held talks with")
                        light_at = j
                        p = j - 1
                        while p > 0 and tok.sent[p] == c.sent and (tok.low[p] in self.w.past_aux or tok.low[p] in self.w.adverbs
                                                                   or tok.low[p] in self.w.perfect_aux):
                            p -= 1  # ("where he had attended a NATO summit")
                        if not subj and p >= 0 and tok.low[p] in self.lex.pronouns:
                            c_light = _Cand(c.entry, c.tense, c.start, c.end, c.text, j, j + 1, c.sent)
                            pron = self._pronoun_actor(c_light, set())
                            subj = [pron] if pron else []
                        if not subj:
                            subj = self._offer_owner(p)  # "repeated his offer to hold talks with Modi"
                        if subj and j not in self.trigger_toks:
                            # the verb belongs to the mention: "resumed its air and ground offensive"
                            c.start = tok.starts[j]
                            c.text = self.text[c.start:c.end]
                            c.strong_override = True
                            if c.status == "occurred":  # "are due to begin their annual exercises": the verb's cues
                                probe = _Cand(c.entry, c.tense, c.start, c.end, c.text, j, j + 1, c.sent)
                                self._set_status(probe)
                                if probe.alive and probe.status != "occurred":
                                    c.status, c.status_cue = probe.status, probe.status_cue
                        break
            if not pair and not pre and not subj:
                subj = self._adverbial_subject(c)  # "announced the deal after a phone call with the king"
            if not pair and not pre and not subj and c.determiner in self.w.indefinite_articles and c.t0 >= 2 \
                    and tok.low[c.t0 - 1] == c.determiner and tok.low[c.t0 - 2] in ("with", "on") \
                    and tok.sent[c.t0 - 2] == c.sent and self._possessive_actor(c) is None \
                    and not any(tok.low[k] in self.lex.reporting for k in range(tok.at(self.sentences[c.sent][0]), c.t0 - 2)):
                subj = self._subject_chain(c.t0 - 2)  # "Kishida returned the gesture with a trip to Seoul": his trip
                # (not "Peskov said the decision had nothing to do with an attack": what is said has its own subject)
            people = pair + pre + subj if pair else subj + pre
            if not people and forum is None and c.determiner == "their":
                people = self._their_parties(c)  # "After their meeting, the two leaders pledged": the two leaders
            if not people and forum is None:
                people = self._pair_possessor(c)  # "the two leaders' talks lasted three hours": the two leaders
            if not people and forum is None:
                poss = self._possessive_actor(c)
                if poss is not None:
                    people = [poss]
            after = None
            after_prep = ""
            if not pair:
                reach = c.t1 + 3
                if c.t1 + 1 < len(tok.low) and tok.low[c.t1] == "and":
                    j = c.t1 + 1  # "imposed travel bans and asset freezes on Russian officials": past a joined noun
                    while j < len(tok.low) and j < c.t1 + 4 and tok.low[j].isalpha() and tok.low[j] not in self.w.prepositions \
                            and j not in self.trigger_toks and j not in self.mention_cover and self.text[tok.starts[j]].islower():
                        j += 1
                    reach = max(reach, j + 1)
                for k in range(c.t1, min(reach, len(tok.low))):
                    if tok.sent[k] != c.sent:
                        break
                    if tok.low[k] == "by" and k > c.t1 and tok.low[k - 1] in self.w.broker_participles:
                        broker = self._first_after_prep(k, c)  # "a ceasefire brokered by Moscow": a third party
                        if broker is not None:
                            c.others = [broker]
                        break
                    if tok.low[k] == "from" and c.entry.type == "CONSULT":
                        hit = self._first_after_prep(k, c)
                        if hit is not None and self._recipient_after(hit):
                            continue  # "delivered a letter from Kim to Trump": the one it went to follows
                    if tok.low[k] == "on" and c.entry.type == "CONSULT":
                        continue  # "a conference on Libya", "talks on Ukraine with Russia": the matter, not a side
                    if tok.low[k] in self.w.recipient_preps or (
                            tok.low[k] == "from" and (c.entry.type in self.lex.aimed_types or c.entry.type == "CONSULT")):
                        hit = self._first_after_prep(k, c)  # ("drew sharp criticism from Beijing": Beijing criticised)
                        if hit is not None and c.entry.type == "RETREAT" and self._prep_before(tok.at(hit.start)) == "from":
                            c.target, hit = hit, None  # "the withdrawal of foreign forces from Libya": the place left
                        if hit is not None:
                            after = hit
                            after_prep = tok.low[k]
                        break
                if after is None and c.entry.type == "CONSULT":
                    after = self._late_with(c)  # "held talks on Monday, including a working lunch, with Scholz"
                    after_prep = "with" if after is not None else after_prep
            visited = self._visit_after_agent(c, after) if after_prep == "by" else None  # "a visit by X to Riyadh"
            uniq: list[ActorMention] = []
            sender = after_prep == "from" and c.entry.type == "CONSULT" and not self._recipient_after(after)
            # ("received a letter from Xi": Xi wrote it; not "delivered a letter from Kim to Trump": the one who carried)
            agent = self._noun_agent_after(c, after) if after is not None and after_prep != "by" and not sender else None
            if agent is not None and agent.actor.id != after.actor.id:
                people = [agent] + [m for m in people if m.actor.id != agent.actor.id]  # "a visit to Taiwan by Pelosi"
            if after is not None and (after_prep == "by" or sender):
                people = [after] + people  # "an attack by Chinese coast guard vessels": the agent acts
            people, after = self._of_target(c, people, after, after_prep)  # "the invasion of Ukraine": whom it hits
            for m in people + ([after] if after else []):
                if m.actor.id not in {u.actor.id for u in uniq}:
                    uniq.append(m)
            if forum is None and after is not None and after_prep == "of" and after.actor.kind == "igo" and not people \
                    and c.entry.type == "CONSULT" and not pair:
                forum, after = after, None  # "is due to address a meeting of the Organisation of Islamic Cooperation"
                k = c.t0 - 1
                while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.lex.determiners or self._adjective_like(tok.low[k])):
                    k -= 1
                if tok.low[k] not in self.w.prepositions and tok.low[k] not in self.w.list_separators:
                    subj = self._subject_chain(c.t0)  # (not "before a meeting of the G7": no verb governs it)
            if forum is not None and subj:  # (with no one named as attending, the organization's summit is its own)
                c.source, c.target = subj[0], forum
                c.others = [m for m in subj[1:] if m.actor.id != subj[0].actor.id] + [
                    m for m in c.others if m.actor.id not in {forum.actor.id, *(x.actor.id for x in subj)}]  # (a host)
                if after is not None and after.actor.id not in {forum.actor.id, *(m.actor.id for m in subj)}:
                    c.others.append(after)
                return
            if not people and after is not None and (after_prep in self.w.target_preps and (
                    c.entry.mode == "visit" or c.entry.type not in self.w.symmetric_types) or after_prep == "with"):
                c.target = after  # "a visit to China", "strikes on Kyiv": where it went, whom it hit; not who did it
                # ("negotiations with a North Korean official": the other side, the one who leads them is not named)
            elif uniq:
                c.source = uniq[0]
                if len(uniq) > 1:
                    c.target = uniq[-1] if after else uniq[1]
                if len(uniq) >= 3 and c.entry.type in self.w.symmetric_types and c.entry.mode != "visit":
                    c.target = None  # "Macron and Merkel hosted a video summit with Vucic": a joint act of three or more
                if c.entry.type not in self.w.symmetric_types and not pair and len(subj) >= 2 \
                        and c.target is not None and c.target in subj:
                    c.target = after if after is not None and after not in subj else None  # "Japan and Australia
                    # voiced concern": both voice it, neither is its target
                c.others = [m for m in uniq if m is not c.source and m is not c.target] + [
                    m for m in c.others if m.actor.id not in {u.actor.id for u in uniq}]
            elif c.subject_tok is not None or light_at is not None:  # "they signed a ceasefire agreement", "The three
                # countries held talks in Ankara on May 25"
                at = c.subject_tok if c.subject_tok is not None else light_at
                c.group = self._group_description(_Cand(c.entry, c.tense, c.start, c.end, c.text, at, at + 1, c.sent))
                parties = [] if c.group else self._group_subject(_Cand(c.entry, c.tense, c.start, c.end, c.text, at, at + 1,
                                                                       c.sent), joint=True)
                if parties:  # "Japan and Korea met on Monday. They issued a joint statement": the subject of the light
                    c.source, c.others = parties[0], parties[1:] + c.others  # verb, as "they signed" (a group told)
            if not c.actors and not c.group and not c.quoted and c.entry.type == "CONSULT" and c.entry.mode != "visit" \
                    and c.determiner in self.w.definite and self._subject_of_predicate(c):
                told = self._story_pair(c)  # "Xi and Putin met on Monday. The formal talks were held on Tuesday"
                if told is not None:
                    c.source, c.target = told.source, told.target
                    self._pair_events()[id(c)] = told
            if not c.actors and not c.group and not c.quoted and c.entry.type != "CONSULT" \
                    and c.determiner in self.w.definite and c.determiner not in self.lex.back_pointers \
                    and self._subject_of_predicate(c):
                told = self._story_parties(c)  # "A and B agreed to a ceasefire. The ceasefire took effect on Monday"
                if told is not None:
                    c.source, c.target = told.source, told.target
            if c.target is None and c.source is not None and c.source.start < c.start and c.entry.type in self.lex.aimed_types:
                c.target = self._object_owner(c, c.source)  # "expressed dismay at Georgia's decision"
            self._set_joint_partner(c, subj or pre)  # "India and France began joint naval exercises": the second one
            self._set_late_between(c)  # "Talks were held on Friday between A and B"
            if c.target is None and visited is not None and c.source is not None \
                    and visited.actor.id != c.source.actor.id and visited.actor.id != c.source.actor.country:
                c.target = visited  # "The visit by the German foreign minister to Riyadh": the state visited
            c.source = c.source or self._visit_owner(c)  # "The Indian prime minister ruled out a visit to China"
            c.target = c.target or self._withdrawn_from(c)  # "The withdrawal of Russian troops from Syria"
            c.target = c.target or self._goods_owner(c, c.source)  # "imposed duties on Chinese steel"
            c.others += self._goods_partners(c)  # "tariffs on Canadian and Mexican goods": both
            if self._attack_on_own(c):
                c.source, c.target = None, c.source  # "after a drone attack on its Black Sea Fleet": aimed at it
            if c.target is None and c.source is not None and c.source.start <= c.start:
                c.target = self._struck_place(c, c.source)  # "Russian missiles struck Odesa"
            return
        # verbs
        passive = c.tense == "past" and c.t0 > 0 and tok.low[c.t0 - 1] in self.w.passive_aux
        if c.t0 > 1 and tok.low[c.t0 - 1] in self.w.be_participles :
            passive = True
        rel = self._relative_pronoun(c)
        owner = self.mention_cover.get(c.t0 - 3) if c.t0 >= 3 and tok.low[c.t0 - 1] == "to" \
            and tok.low[c.t0 - 2] in self.lex.decision_nouns and (tok.low[c.t0 - 3].endswith(("'s", "’s")) or getattr(
                self.mention_cover.get(c.t0 - 3), "via", "") == "adjective") else None  # ("the Israeli decision to")
        participial = self._participial_subject(c)  # ", killing a warrant officer": the main clause's doer or no one
        implied = self._implicative_doers(c)  # "prompted Seoul to recall": the object acts (consequences.py)
        for_doer = self._for_infinitive_doer(c)  # "no plans for Putin to meet Zelensky": Putin
        subject = [for_doer] if for_doer is not None else ([self._state_behind(owner)] if owner is not None else []) \
            or implied if implied is not None else ([self._state_behind(owner)] if owner is not None else [])  \
            or self._object_event_parties(c) or self._its_body_subject(c) or self._adverbial_subject(c) or self._coordinated_subject(c) or self._relative_head(c) \
            or (participial if participial is not None else self._shared_doer(c))  # ("Trump's decision to postpone";
        # "forced the president to cancel": no one named, never the subject of "forced")
        grouped = False  # the parties are a group the text told before ("they signed", "the allies adopted")
        if not subject and implied is None:
            subject = self._group_subject(c)
            grouped = bool(subject)
        if not subject and implied is None:
            k = c.t0 - 1
            while k > 0 and tok.sent[k] == c.sent and tok.low[k] in self.lex.light_verbs and c.t0 - k <= 2:
                k -= 1
            subject = self._offer_owner(k)  # "repeated his offer to hold talks with Modi"
        if not subject and implied is None:
            subject = self._series_subject(c)  # "He arrived on Tuesday, held talks with Zelensky and pledged aid"
        target_hit = self._first_after(c)
        target_hit = None if self._place_only_hit(c, subject, target_hit) else target_hit  # "across the Lebanese border"
        target_hit = self._object_pronoun_first(c, target_hit)  # "Biden told him the United States would ...": him
        if c.tense == "past" and c.t1 < len(tok.low) and tok.low[c.t1] == "by" and tok.sent[c.t1] == c.sent:
            passive = True  # "three detainees freed by the North"
        if c.tense == "past" and c.entry.type in self.lex.participle_types and c.t1 + 1 < len(tok.low) \
                and tok.sent[c.t1] == c.sent and c.t1 - c.t0 == 1 and subject and tok.at(subject[-1].end) >= c.t0 - 3 \
                and (self._timex_at(c.t1) or (tok.low[c.t1] in ("on", "in") and self._timex_at(c.t1 + 1))):
            passive = True  # "two Americans, a mother and her daughter, freed on October 20": they were freed (not
            # "exchanged prisoners on Friday": a verb told with its object is active)
        by_agent = None
        if passive:
            for k in range(c.t1, min(c.t1 + 9, len(tok.low))):
                if tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0] or (k > c.t1 and k in self.trigger_toks) \
                        or tok.low[k] in self.w.complement_breaks:
                    break
                if tok.low[k] == "by":  # "was announced on August 13 by Trump"
                    by_agent = self._first_after_prep(k, c)
                    break
        source = target = None
        others: list[ActorMention] = []
        joint = False  # a joint act of three or more parties
        if passive:
            source = by_agent
            others = self._coordinated_after(tok.at(by_agent.start), by_agent) if by_agent is not None else []  # "by A and B"
            joint = len({m.actor.id for m in others} - {by_agent.actor.id if by_agent else None}) >= 2  # "by A, B and C"
            target = subject[-1] if subject and self._verb_group_between(subject[-1].end, c.t0) else None
            target = self._described_subject_target(c, target)  # ("firms accused of helping Russia": doers.py)
            if target is None and subject:
                target = self._aside_passive_target(c)  # "Cisse, who came second in 2018, was seized on March 25"
            if target is None:
                target = self._passive_adjective_target(c)  # "three American detainees freed by the North"
        else:
            if subject:
                source = subject[0]
                others = subject[1:]
            target = target_hit[1] if target_hit else None
            if target_hit:
                others = others + self._coordinated_after(*target_hit)
            if target is None and c.entry.type == "CONSULT":
                target = self._late_with(c)  # "met on Tuesday in Geneva with Wang Yi"
            if target is not None and self._companion(c, target):
                others, target = others + [target], None  # "landed in Beijing with von der Leyen": who came along
            if target is None and c.entry.type in ("AGREE", "REJECT"):
                target = self._object_from(c)  # "accepted an invitation from Xi", "rejected a proposal from Kyiv"
            if target is None and c.entry.type == "AGREE":
                target = self._purpose_party(c, source)  # "agreed to restore diplomatic ties with Somalia"
            if target is None and c.entry.type == "SANCTION":
                target = self._posting_party(c, source)  # "recalled its ambassador in Moscow"
            if target is None and not target_hit and c.entry.type not in self.w.symmetric_types:
                pair = self._pair_object(c, source)  # "urged the two sides to respect the truce": the pair named before
                if pair:
                    target, others = pair[0], others + (pair[1:] if source is not None else [])
            if c.entry.mode == "host" and target is not None and len(subject) >= 2:
                subject, others = self._hosting_couple(subject, others)  # (actor_sides.py)
            joint = len({m.actor.id for m in subject}) >= 3 or (
                c.entry.type in self.w.symmetric_types and len({m.actor.id for m in subject}) == 2 and target is not None
                and target.actor.id not in {m.actor.id for m in subject} and c.entry.mode not in ("visit", "host"))
            # ("Officials from Qatar and Egypt met Hamas leaders": three parties; not "A and B hosted C": C is received)
            if joint:
                subject = self._states_of_group(c, subject)  # "the three governments agreed": the states
                source, others = subject[0], subject[1:] + others[len(subject) - 1:]
                if target is not None and c.entry.type in self.w.symmetric_types:
                    others.append(target)
                    target = None  # a joint act of three or more parties: its first party, no target
            cohosts = c.entry.mode == "host" and target is not None and not joint  # "Harris and Blinken hosted Modi"
            if c.entry.type in self.w.symmetric_types and len(subject) >= 2 and c.entry.mode != "visit" and not joint \
                    and not grouped and not cohosts:  # ("They signed": parties named as a group, the first and no target)
                if target is not None:
                    others.append(target)
                target = subject[1]  # "Aliyev and Pashinyan met"
                others = [m for m in others if m is not target]
            if target is None and not grouped:
                target = self._joint_object_partner(c, source, subject)  # "A and B reopened their shared border"
                if target is not None:
                    self._joint_act_ids().add(id(c))  # (speakers.py; summarised as the pair's act)
            if target is None and len({m.actor.id for m in subject}) == 2 and self._reciprocal_object(c):
                target = subject[1]  # "Both sides accused each other", "Each side accused the other of ..."
                others = [m for m in others if m is not target]
            if target is None:
                target = self._pronoun_object(c, subject[0] if subject else self._pronoun_actor(c, set()))
                # ("telephoned Aliyev to urge him", "Biden said he had warned him")
            if target is None:
                target = self._plural_pronoun_object(c, subject[0] if subject else self._pronoun_actor(c, set()))
                # ("Modi met Sharif and Ghani. Biden urged them": Sharif; actor_sides.py)
            if target is None and c.entry.type in ("DEMAND", "THREATEN", "COERCE", "PROTEST", "DISAPPROVE"):
                target = self._that_subject(c)  # ("protested that Washington had overreacted": whom it blames)
                own = {source.actor.id, source.actor.country} - {None} if source is not None else set()
                if target is not None and (target.actor.id in own or target.actor.country in own):
                    target = None  # "Blinken warned that Washington would hold violators accountable": its own side
                if target is None:
                    target = self._content_party(c, source)  # "warned that Moscow would respond if NATO deployed troops"
            if target is None and (c.entry.type == "REJECT" or self._denial_statement(c)):
                target = self._denied_party(c, subject[0] if subject else None)
            if rel == "whom":
                prev = self._last_participant_before(tok.starts[c.t0], clause_before=True)
                if prev is not None:
                    target = prev
            elif rel == "who" and source is None:
                source = self._relative_doer(c)  # (not "Biden thanked the allies who had agreed": no one named)
            if source is None:
                source = self._pronoun_actor(c, {target.actor.id} if target else set())
            if source is None:
                source = self._reported_pronoun_subject(c) or self._it_subject(c)  # "China said on Monday that it would"
            if source is None and participial is None and not self._doerless(c):
                chain = self._subject_chain(c.t0, clause_only=False)
                source = chain[0] if chain else None
            if source is None:
                source = self._its_forces(c)
            if source is None:
                source = self._introduced_name_subject(c)  # (introduced_names.py: "... McDonald welcomed the deal")
            if target is None and (c.entry.type == "REJECT" or self._denial_statement(c)) and source is not None \
                    and not subject:
                target = self._denied_party(c, source)  # "he denied that the swap signalled a thaw with Washington"
        if source is not None and target is not None and source.actor.id == target.actor.id and self._others_of(source) \
                and source.start < c.start:
            source = None  # "Ukraine's allies urged Kyiv to ...": others act on Ukraine, not Ukraine on itself
        if source is not None and target is not None and (source.actor.id == target.actor.id
                                                          or self._own_nationals(source, target)):
            target = None  # ("Putin met the returning Russians": his own nationals, no side he acts on)
        if c.entry.lemma == "say" and target is not None and target.start > c.start:
            target = None  # "said Turkey would keep working": the subject of what was said, no one spoken to
        if target is None and source is not None and not passive and c.entry.type == "STATEMENT":
            target = self._said_of_party(c, source) or self._stance_party(c, source) or self._said_party(c, source)
            # ("said of Finland's decision that ...", "Biden said he thought Putin was a killer")
        if target is None and source is not None and not passive and c.entry.type in self.lex.aimed_types:
            target = self._object_owner(c, source)  # "rejected an Egyptian proposal", "dismay at Georgia's decision"
        if target is None and source is not None and not passive and c.entry.type not in ("STATEMENT", "ANNOUNCE"):
            target = self._object_noun_party(c, source) or self._goods_owner(c, source)  # "sent relief supplies to
            # Pakistan", "called off a trip to Jakarta", "lifted tariffs on Australian wine"
        if c.entry.predicative and target is not None and self.mention_by_tok.get(c.t1) is not target:
            target = None  # "calling it a victory for Ukraine": only "called Putin a ..." names whom it is about
        c.source, c.target = source, target
        c.others = [m for m in others if m.actor.id not in {x.actor.id for x in (source, target) if x}] + self._goods_partners(c)
        self._set_trailing_speaker(c)  # ", a spokesman for the Chinese foreign ministry said": China
        if c.target is None and c.others and c.entry.type in self.w.symmetric_types and c.entry.mode != "visit" \
                and not joint and not grouped:
            c.target = c.others.pop(0)  # "Putin and Trump agreed" (not "Iran and the five powers agreed": a joint act
            # of three or more has its first party as source and no target)
        if c.source is None and c.others and c.others[0].start < c.start:
            c.source = c.others.pop(0)  # (not "withdrawing its staff from A and B": a list after the verb)
        self._sides_between_after_verb(c)  # "mediated between Israel and Hamas": both sides (participants.py)
        if c.source is None and not passive:
            c.source = self._unnamed_body(c) or self._unnamed_doer_of(c)  # "China was more cautious. A foreign ministry
            # spokesman urged ...": China; "The ministry in Kyiv demanded": Ukraine (doers.py)
        if c.source is None and not passive and not c.others:
            c.source = self._event_noun_agent(c)  # "An American drone strike killed two militants": the strike's doer
        if not c.actors and not passive:
            c.target = self._subject_noun_place(c)  # "The bombing of a market in northern Burkina Faso killed dozens"
        if c.target is None and not passive and (c.source is not None or (
                c.t1 < len(tok.low) and tok.low[c.t1] not in self.w.prepositions)):  # (not "citizens detained in China")
            c.target = self._struck_place(c, c.source)  # "Russian missiles struck Odesa": the state the place lies in
        if not c.actors and not passive:
            c.group = self._group_description(c)
            c.group = c.group or self._unnamed_subject_group(c)  # ("after an international tribunal ruled")
            c.source = self._actor_joined_to_group(c) if c.group else None  # "Ukraine and the separatists began"
        if not c.actors and c.entry.type == "FIGHT":
            # "troops clashed in the Galwan Valley, a fight in which 20 Indian soldiers and four Chinese soldiers
            # were killed": the sides of a fight with no named subject are the forces the sentence names
            s0, s1 = self.sentences[c.sent]
            sides: list[ActorMention] = []
            for m in self.mentions:
                if c.end <= m.start < s1 and m.via in ("adjective", "demonym") and m.actor.kind == "state" \
                        and self._participant(tok.at(m.start), m) and m.actor.id not in {x.actor.id for x in sides}:
                    sides.append(m)
            if len(sides) == 2:
                c.source, c.target = sides

    def _pair_events(self) -> dict[int, _Cand]:
        """The consultation each unnamed "the talks" took its parties from (by the id of the talks)."""
        if not hasattr(self, "_pair_event_map"):
            self._pair_event_map: dict[int, _Cand] = {}
        return self._pair_event_map

    def _story_pair(self, c: _Cand) -> _Cand | None:
        """"Vucic and Kurti met at the White House on Thursday ... The negotiations were held late into the evening":
        talks named with a definite article and no party, told with a predicate of their own, are those of the last
        consultation told with two parties (its source and target), at most three sentences before."""
        for g in reversed(self._group_events):
            if g.start >= c.start or g.quoted:
                continue
            if g.sent < c.sent - 3:
                return None
            if g.entry.type == "CONSULT" and g.source is not None and g.target is not None \
                    and g.source.actor.id != g.target.actor.id and id(g.target) not in self._pair_object_ids():
                return g
        return None

    def _series_subject(self, c: _Cand) -> list[ActorMention]:
        """"He arrived by train on Tuesday, held talks with Zelensky and pledged further aid": a verb after a comma or
        "and" in a series of verb phrases shares the subject that opens the sentence (a person or a state named there,
        or "he"/"she" for the person told before), when no other subject stands between."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.lex.light_verbs
                                                    or tok.low[k] in self.w.past_aux or tok.low[k] in self.w.perfect_aux):
            k -= 1
        if k < 1 or tok.sent[k] != c.sent or tok.low[k] not in (",", "and"):
            return []
        s0 = tok.at(self.sentences[c.sent][0])
        j = s0 + 1 if tok.low[s0] == "the" else s0
        m = self.mention_by_tok.get(j)
        if m is not None:
            if not self._participant(j, m):
                return []
            first = tok.at(m.end)
        elif tok.low[j] in self.lex.pronouns:
            first = j + 1
        else:
            return []
        if first >= k or not self.text[tok.starts[first]].islower() or tok.low[first] in self.w.prepositions \
                or tok.low[first] in self.w.subject_interrupters:
            return []  # (the sentence must open with its subject and a verb: "He arrived ...", "Kishida flew ...")
        for i in range(first, k):
            if tok.low[i] in self.lex.clause_breaks or tok.low[i] in (";", "that") or tok.low[i] in self.lex.reporting:
                return []
            x = self.mention_by_tok.get(i)
            if x is not None and self._prep_before(i) is None and i + 1 < len(tok.low) and self._verb_like(i + 1):
                return []  # (another subject between: "Kishida flew in, Zelensky met him and ...")
        if m is not None:
            return [self._state_behind(m)]
        probe = _Cand(c.entry, c.tense, tok.starts[j], tok.ends[j], tok.low[j], j + 1, j + 2, c.sent)
        pron = self._pronoun_actor(probe, set())
        return [pron] if pron is not None else []

    def _late_with(self, c: _Cand) -> ActorMention | None:
        """"held talks on Monday, including a working lunch, with Chancellor Scholz", "held five hours of talks in
        Geneva with Iran's foreign minister": the other side of a meeting noun, named after "with" once its date, its
        place and a short aside between commas are past (not across another event outside the aside, a new clause or
        a third comma)."""
        tok = self.tokens
        n = len(tok.low)
        commas = 0
        for k in range(c.t1, min(n, c.t1 + 14)):
            w = tok.low[k]
            if tok.sent[k] != c.sent or (k in self.trigger_toks and commas != 1) or w in self.lex.clause_breaks \
                    or w in (";", ":", "that", "and", "or", "to", "by", "from", "between", "said", "says") \
                    or (k in self.mention_cover and k not in self.timex_cover and tok.low[k - 1] != "in"):
                return None  # (a place after "in" may come first: "talks in Geneva with Iran")
            if w == ",":
                commas += 1
                if commas > 2:
                    return None
                continue
            if w == "with":
                if commas == 1:
                    return None  # (", with Trump looking on": an aside of its own, no side of the talks)
                hit = self._first_after_prep(k, c)
                if hit is not None and hit.actor.kind != "person":
                    j = tok.at(hit.end)  # "with PRC State Councilor and Foreign Minister Wang Yi": the person titled
                    while j < n and j < k + 12 and tok.sent[j] == c.sent and j not in self.mention_by_tok \
                            and (self.text[tok.starts[j]].isupper() or tok.low[j] == "and"):
                        j += 1
                    person = self.mention_by_tok.get(j)
                    if j > tok.at(hit.end) and person is not None and person.actor.kind == "person":
                        return person
                return hit
        return None

    def _object_from(self, c: _Cand) -> ActorMention | None:
        """"accepted an invitation from Xi to visit China", "rejected a new proposal from Kyiv": whoever the object of an
        acceptance or a refusal comes from is the one answered (a determiner, a few lowercase words, then "from")."""
        tok = self.tokens
        n = len(tok.low)
        k = c.t1
        if k >= n or tok.sent[k] != c.sent or tok.low[k] not in self.lex.determiners:
            return None
        for j in range(k + 1, min(n, k + 5)):
            w = tok.low[j]
            if tok.sent[j] != c.sent or j in self.mention_cover or j in self.timex_cover or j in self.trigger_toks:
                return None
            if w == "from":
                return self._first_after_prep(j, c) if j > k + 1 else None
            if not w.isalpha() or not self.text[tok.starts[j]].islower() or w in self.w.prepositions:
                return None
        return None

    def _unnamed_body(self, c: _Cand) -> ActorMention | None:
        """"China was more cautious. A foreign ministry spokesman urged all sides ...", "The ministry said ...": a
        subject that opens its sentence and is a state's body or spokesman ("a foreign ministry spokesman", "the
        government", "the defence ministry") owned by no one named stands for the state the sentence before is about
        (its subject: a state, or a person's state); None when that is no state."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or k in self.mention_cover or c.sent == 0 or not (
                tok.low[k] in self.w.state_heads or tok.low[k] in self.w.spokesperson_nouns):
            return None
        j = k
        while j - 1 >= 0 and tok.sent[j - 1] == c.sent and k - j < 4 and j - 1 not in self.mention_cover \
                and tok.low[j - 1].isalpha() and self.text[tok.starts[j - 1]].islower() \
                and tok.low[j - 1] not in self.w.prepositions and tok.low[j - 1] not in self.lex.clause_breaks \
                and tok.low[j - 1] not in self.lex.determiners:
            j -= 1  # "foreign ministry spokesman"
        if j - 1 >= 0 and tok.sent[j - 1] == c.sent and tok.low[j - 1] in self.w.articles:
            j -= 1
        s0 = tok.at(self.sentences[c.sent][0])
        if j - 1 >= s0 and tok.sent[j - 1] == c.sent and not (j - 1 == s0 and tok.low[s0] in self.w.sentence_connectives) \
                and not (tok.low[j - 1] == "," and "," not in tok.low[s0:j - 1] and not any(
                    x in self.mention_cover or x in self.trigger_toks for x in range(s0, j - 1))) and not self._after_quote(j):
            return None  # (only a subject that opens its sentence, or follows a fronted phrase: "Later, the ministry said")
        m = self._sentence_subject(c.sent - 1) or self._earlier_subject(c.sent - 1)
        if m is not None and m.actor.kind == "person" and m.actor.country:
            state = self._state_of(m.actor.country)
            m = ActorMention(m.start, m.end, m.text, state, "description") if state is not None else None
        if m is None or m.actor.kind != "state":
            return None
        return ActorMention(tok.starts[j], tok.ends[k], self.text[tok.starts[j]:tok.ends[k]], m.actor, "description")

    def _content_party(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"Putin warned that Moscow would respond in kind if NATO deployed troops", "vowed to continue the war until
        Hamas is destroyed", "protested that the talks had been sabotaged by Washington": a warning, a demand or a
        reproach whose content names the other side is aimed at it: the first participant in the "that" clause (or
        the "to" clause of a vow or threat) that is not the speaker's own side (its state, its capital, its people)
        and is no place ("in Niger") nor the matter of a phrase ("compromise on Taiwan")."""
        tok = self.tokens
        n = len(tok.low)
        if source is None:
            return None
        k = c.t1
        while k < n and tok.sent[k] == c.sent and k < c.t1 + 5 and (
                k in self.timex_cover or (tok.low[k] in self.w.time_place_preps and k + 1 in self.timex_cover)):
            k += 1  # "warned on Wednesday that ..."
        if k >= n or tok.sent[k] != c.sent or not (tok.low[k] == "that" or (
                tok.low[k] == "to" and c.entry.type == "THREATEN" and k + 1 < n and k + 1 not in self.mention_by_tok)):
            return None
        return self._first_other_party(c, k + 1, self._own_side(source))

    def _first_other_party(self, c: _Cand, k: int, own: set[str]) -> ActorMention | None:
        """The first participant from token ``k`` to the end of the clause said that is not of ``own`` side, no place
        ("in Niger") nor the matter of a phrase ("compromise on Taiwan")."""
        tok = self.tokens
        n = len(tok.low)
        skip_joined = False  # ("talking to both Moscow and Kyiv": the matter of a phrase, every party joined to it)
        for j in range(k, min(n, k + 30)):
            if tok.sent[j] != c.sent or tok.low[j] in (";", ":", "—", "–", "but") or (
                    tok.low[j] in self.lex.reporting and tok.low[j - 1] == ","):
                return None
            m = self.mention_by_tok.get(j)
            if m is None:
                if tok.low[j] not in self.w.coordinators and tok.low[j] != ",":
                    skip_joined = False
                continue
            if self._prep_before(j) not in (None, "against", "by"):
                skip_joined = True
                continue
            if skip_joined or m.actor.role == "media" or self.text[m.end:m.end + 1] == "-" or self._in_quote(m.start):
                continue
            if m.actor.id in own or (m.actor.country and m.actor.country in own):
                continue
            if not self._participant(j, m):
                continue
            return m
        return None

    def _stance_party(self, c: _Cand, source: ActorMention) -> ActorMention | None:
        """"Trudeau said Canada expected Iran's full cooperation", "Biden said he thought Putin was a killer", "Putin told
        reporters that Russia was ready for a settlement only if Ukraine withdrew": words whose clause has the speaker's
        own side as subject (he, she, we, its state) tell the speaker's stance toward the other side they name, the
        statement's target. Not "Macron said Russia would lose the war": words about another, not a stance toward it."""
        tok = self.tokens
        n = len(tok.low)
        k, j = self._saying_clause_opener(c)
        if j is not None and tok.low[j] == "that" and tok.sent[j] == c.sent:
            k = j + 1  # "told reporters that", "said in a statement that"
        if k >= n or tok.sent[k] != c.sent:
            return None
        own = self._own_side(source)
        if k > c.t1 and tok.low[c.t1] in self.w.antecedent_possessives:
            return None  # "told his guest that ...": the one told is the target, a person the text does not name here
        if tok.low[k] in ("we", "i") or (tok.low[k] in ("he", "she") and source.actor.kind == "person"):
            return self._first_other_party(c, k + 1, own)  # (a government's "he" is someone else)
        if tok.low[k] == "the" and k + 1 < n:
            k += 1
        m = self.mention_by_tok.get(k)
        if m is None or not (self._own_side(m) & own):
            return None
        return self._first_other_party(c, tok.at(m.end), own)

    def _passive_adjective_target(self, c: _Cand) -> ActorMention | None:
        """"three American detainees freed by the North", "two Russian diplomats were expelled": the state whose
        adjective stands right before the noun a material act is done to, in the passive (as ``_object_adjective``
        reads it after an active verb)."""
        tok = self.tokens
        if c.entry.type not in self.w.material_types:
            return None
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.passive_aux or tok.low[k] in self.w.adverbs):
            k -= 1
        if k < 1 or tok.sent[k] != c.sent or k in self.mention_cover or not tok.low[k].isalpha() \
                or not self.text[tok.starts[k]].islower() or tok.low[k] in self.lex.clause_breaks \
                or tok.low[k] in self.w.prepositions or tok.low[k] in self.w.joiners:
            return None  # (not "a Filipino who were freed": a relative clause of its own)
        m = self.mention_cover.get(k - 1)
        if m is None or m.via not in ("adjective", "demonym") or m.actor.kind != "state" or tok.at(m.end) != k:
            return None
        return m

    def _reciprocal_object(self, c: _Cand) -> bool:
        """Is the object of verb ``c`` "each other", "one another" or "the other", or is ``c`` a mutual act ("exchange")?"""
        words = self.tokens.low[c.t1:c.t1 + 2]
        return " ".join(words) in self.w.reciprocal_phrases or c.entry.lemma.split()[0] in self.w.mutual_verbs

    def _participial_subject(self, c: _Cand) -> list[ActorMention] | None:
        """"Armed men stormed a Ukrainian military centre, killing a warrant officer": an -ing verb right after a
        comma has no subject of its own; its doer is the doer of the verb event before it in the sentence (none when
        that one has none; never an actor in that verb's object). None when ``c`` is no such participle."""
        tok = self.tokens
        if c.tense != "ing" or c.t0 < 1 or tok.low[c.t0 - 1] != "," or tok.sent[c.t0 - 1] != c.sent:
            return None
        for j in range(c.t0 - 2, -1, -1):
            if tok.sent[j] != c.sent:
                return None
            for d in self._cands_by_tok.get(j, ()):
                if d is not c and d.entry.pos == "verb" and d.t0 < c.t0:
                    return [d.source] if d.source is not None and d.source.start < d.start else []
        return None

    def _offer_owner(self, k: int) -> list[ActorMention]:
        """"his offer to hold talks", "her plan to visit": with "to" at token ``k`` after a noun owned by "his"/"her",
        the doer is that owner: the last person who was the subject of an event before it."""
        tok = self.tokens
        if k < 2 or tok.low[k] != "to" or tok.sent[k - 2] != tok.sent[k] or tok.low[k - 2] not in self.w.person_possessives:
            return []
        owner = next((m for m in reversed(self._subjects) if m.actor.kind == "person" and m.start < tok.starts[k - 2]),
                     None)
        return [owner] if owner is not None else []

    def _states_of_group(self, c: _Cand, subject: list[ActorMention]) -> list[ActorMention]:
        """"the three governments agreed", "the countries signed": a group named by a word that means states
        (``pairs`` entries with @state) stands for the states of the people it gathers."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1
        if k < 0 or "@state" not in self.lex.pairs.get((tok.low[k],), ()):
            return subject
        out: list[ActorMention] = []
        for m in subject:
            m = self._state_mention(m)
            if m.actor.id not in {x.actor.id for x in out}:
                out.append(m)
        return out

    def _coordinated_subject(self, c: _Cand) -> list[ActorMention]:
        """"They also said they would start sharing data ..., and criticized China": a verb right after "and" (with no
        subject of its own) shares the subject of the verb event before it in its sentence."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1  # ("had raised the cases ... and had pressed Beijing")
        if k > 2 and tok.low[k] == "," and tok.sent[k] == c.sent:
            j = k - 1  # "froze all trade and, in the following days, suspended flights": past an aside after "and"
            while j > max(0, k - 8) and tok.sent[j] == c.sent and tok.low[j] not in (",", ";") and j not in self.trigger_toks:
                j -= 1
            if j < k - 1 and tok.low[j] == "," and tok.low[j - 1] == "and" and tok.sent[j] == c.sent:
                k = j - 1
        if k < 1 or tok.low[k] != "and" or tok.sent[k] != c.sent:
            return []
        found = []
        for j in range(k - 1, max(-1, k - 40), -1):
            if tok.sent[j] != c.sent:
                break
            for d in self._cands_by_tok.get(j, ()):
                if d.entry.pos == "verb" and d is not c and d.source is not None and d.source.start < d.start:
                    found.append(d)
        if not found:
            return []
        # ", and criticized": back to the sentence's main verb (the first), not one inside what was said before it
        if tok.low[k - 1] == "," and self._unnamed_sayer_before(c, found[-1]):
            return []  # ("The ministry said Russia had shelled Kherson, and demanded": doers.py)
        d = found[-1] if tok.low[k - 1] == "," else found[0]
        return [m for m in (d.source, d.target, *d.others) if m is not None and m.start < d.start]

    def _adverbial_subject(self, c: _Cand) -> list[ActorMention]:
        """"Trump announced the deal after speaking by phone with the king", "Blinken left Cairo before meeting
        Netanyahu": an -ing verb right after a subordinator (cues.yaml ``adverbial_subordinators``) has no subject
        of its own; its doer is the subject of the clause it modifies: the subject of the nearest verb event
        before it in the sentence, else the first actor of the sentence outside a prepositional phrase."""
        tok = self.tokens
        k = c.t0 - 1
        if c.entry.pos == "noun":  # "after a three-way phone call with Netanyahu", "after talks with Macron"
            while k > 0 and tok.sent[k] == c.sent and c.t0 - k <= 5 and (tok.low[k] in self.w.indefinite_articles or (
                    k not in self.mention_cover and k not in self.trigger_toks and (
                        self._adjective_like(tok.low[k])
                        or (tok.low[k] == "of" and tok.low[k - 1] in self.lex.measure_nouns  # "four hours of talks"
                            and tok.low[k - 1] not in self.w.long_span_nouns)  # (not "weeks of talks": a process)
                        or (tok.low[k] in self.lex.measure_nouns and k + 1 < c.t0 and tok.low[k + 1] == "of")
                        or tok.low[k] in self.w.number_words or tok.low[k].isdigit()
                        or (c.t0 - k <= 2 and tok.low[k].isalpha() and self.text[tok.starts[k]].islower()
                            and tok.low[k] not in self.w.prepositions and tok.low[k - 1] in self.w.indefinite_articles)))):
                k -= 1  # ("after a tense meeting": one modifier after the article)
        elif c.tense != "ing":
            return []
        s0 = tok.at(self.sentences[c.sent][0]) if k >= 0 else 0
        scene = k == s0 and k >= 0 and tok.low[k] in self.w.fronted_scene_preps and c.entry.pos == "noun" \
            and c.entry.type == "CONSULT" and c.t1 < len(tok.low) and tok.low[c.t1] == "with"
        # ("At a lunch with members of Congress, Macron called ...": his lunch; not "At their summit, Putin said")
        if k < 0 or tok.sent[k] != c.sent or (tok.low[k] not in self.w.adverbial_subordinators and not scene):
            return []  # (a subordinator may open the sentence: "After meeting Putin ..., Orban flew")
        fronted_talks = k == s0 and tok.low[k] in ("in", *self.w.fronted_scene_preps) and c.entry.pos == "noun" \
            and c.entry.type == "CONSULT"
        if tok.low[k] == "in" and not (c.entry.pos == "noun" and any(
                w in self.w.indefinite_articles or w in self.w.number_words for w in tok.low[k + 1:c.t0])) \
                and not fronted_talks:
            return []  # "in a phone call", "in several calls" (not "$5 billion in aid", "in talks that ..."; but "In talks
            # with Zelensky, he asked ...": the main clause's subject)
        if tok.low[k] == "for" and not (c.entry.pos == "noun" and c.entry.type == "CONSULT"):
            return []  # "flew to Moscow for a meeting with Putin", "is in Pyongyang for talks" (not "sanctions for attacks")
        if k - 1 > s0 and tok.sent[k - 1] == c.sent and k - 1 not in self._cands_by_tok and self._verb_like(k - 1) \
                and tok.low[k - 1] not in self.w.passive_aux and tok.low[k - 1] not in self.w.past_aux:
            chain = self._subject_chain(k - 1)  # "the EU and Ukraine called in an open letter for ...": the subject of
            if chain:  # the verb right before, one no event was read from (not the doer of an earlier clause)
                return chain
        for j in range(k - 1, s0 - 1, -1):
            for d in self._cands_by_tok.get(j, ()):
                if d.entry.pos == "verb" and d.source is not None and d.source.start < tok.starts[k]:
                    # (a passive's agent too: "was announced by Trump after a call with ...")
                    return [m for m in (d.source, d.target, *d.others)
                            if m is not None and m.start < tok.starts[k] and (
                                m.start < d.start or m is d.source
                                or (m is d.target and c.entry.type == "CONSULT" and c.entry.pos == "noun"))]
                    # ("Putin told Trump in a phone call": the one told is the other party of the call)
        for j in range(s0, k):
            m = self.mention_by_tok.get(j)
            if m is not None and self._participant(j, m) and self._prep_before(j) is None:
                # "Macron and Modi talked about the war in a phone call": both parties of a coordinated subject
                return [self._state_behind(m)] + [self._state_behind(x) for x in self._coordinated_after(j, m)
                                                  if x.start < tok.starts[k]]
        if (tok.low[k] != "in" or fronted_talks) and (
                k == s0 or (k == s0 + 1 and tok.low[s0] in self.w.sentence_opening_adverbs)):
            # "After meeting Putin in the Kremlin on Tuesday, Orban flew to Beijing": a fronted clause's doer is the
            # subject right after its comma
            comma = next((j for j in range(c.t1, min(len(tok.low), c.t1 + 25))
                          if tok.sent[j] == c.sent and tok.low[j] == ","), None)
            if comma is not None and comma + 1 < len(tok.low) and tok.sent[comma + 1] == c.sent:
                j = comma + 1
                m = self.mention_by_tok.get(j)
                if m is None and tok.low[j] in ("the",) and j + 1 < len(tok.low):
                    m = self.mention_by_tok.get(j + 1)
                    j += 1
                if m is not None and self._participant(j, m):
                    return [self._state_behind(m)]
                if m is None and tok.low[j] in self.lex.pronouns:  # "In talks with Zelensky, he asked ...": who he is
                    inside = {x.actor.id for _, x in self._mentions_in(c.t1, comma)}
                    probe = _Cand(c.entry, c.tense, tok.starts[j], tok.ends[j], tok.low[j], j + 1, j + 2, c.sent)
                    pron = self._pronoun_actor(probe, inside)
                    return [pron] if pron is not None else []
        return []
                # their borders with Niger, suspended transactions, froze its assets": one reaction, one set of sanctions
