"""Stage 3d of the event extractor: the speaker of a trailing attribution.

"China called on both sides to show restraint, a spokesman for the Chinese foreign ministry said on Monday": the
saying after the last comma of a sentence attributes the act told before it, and its speaker is the party the
attribution itself names (China), never a party of the reported clause read back past the comma (Israel). When the
attribution names no party ("the prime minister's office said", "a spokesman said", "his office said", "state media
said"), the speaker is the side doing the act reported (a person as the state behind it); a bystander, an outside
outlet or unnamed officials ("mediators said", "residents said", "news agencies said", "officials said": cues.yaml
``other_side_words``, as the dating stage reads them) are no party, and the saying has no source. What an attribution
names is never the target of the act it reports ("Iran rejected the proposal, a Turkish diplomat said": no Türkiye).

The party named in an attribution also completes the act it attributes when that act names its doer only by a bare
title ("The president held talks with Vietnamese leaders, Indonesian palace officials said": Indonesia) or as a pair
("Both countries signed an accord, the governments of Chile and Peru said": Chile and Peru); the act's doer is then
told in the act's own words ("The president", as the state the attribution names), never in the attribution's.
"""

from __future__ import annotations

from timeline.events.common import _Cand
from timeline.model import ActorMention


class SpeakerMixin:
    """The speaker of ", <attribution> said" (see the module docstring)."""

    def _set_trailing_speaker(self, c: _Cand) -> None:
        """Sets ``c``'s source when ``c`` is the saying of a trailing attribution whose speaker was read from outside it."""
        span = self._attribution_span(c)
        if span is None:
            return
        comma, acts = span
        tok = self.tokens
        cut = tok.starts[comma]
        named = [self.mention_by_tok[k] for k in range(comma + 1, c.t0) if k in self.mention_by_tok]
        if named:
            self._complete_attributed_acts(acts, named, comma)
        if c.source is not None and c.source.start > cut:
            return  # the attribution's own subject was read already ("..., Defence Minister Boris Pistorius said")
        if named:
            speaker: ActorMention | None = self._state_behind(named[0])
            if self._prep_before(tok.at(speaker.start)):
                speaker = self._state_mention(speaker)  # "..., a senior aide to President X said": X's state
        else:
            found, speaker = self._unnamed_speaker(c, comma, acts)
            if not found:
                return
        c.source = speaker
        if speaker is not None and c.target is not None and c.target.actor.id == speaker.actor.id:
            c.target = None
        c.others = [m for m in c.others if m.start > cut and (speaker is None or m.actor.id != speaker.actor.id)]

    def _attribution_span(self, c: _Cand) -> tuple[int, list[_Cand]] | None:
        """(the comma, the acts told before it) when ``c`` is a say/tell verb closing its sentence after a comma with
        only its subject between (", a spokesman for the ministry said on Monday."), else None."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.entry.lemma not in self.w.attribution or c.quoted:
            return None
        s0 = tok.at(self.sentences[c.sent][0])
        comma = None
        for k in range(c.t0 - 1, max(s0, c.t0 - 12) - 1, -1):
            if tok.low[k] == ",":
                comma = k
                break
            if (k in self.trigger_toks and not all(d.entry.weak for d in self._cands_by_tok.get(k, ()))) \
                    or tok.low[k] in self.w.subject_pronouns or tok.low[k] in ("that", ";", ":") \
                    or tok.low[k] in self.lex.clause_breaks \
                    or (tok.low[k] in self.w.clause_coordinators and tok.low[k - 1] == ","):
                return None  # ("..., he said": the pronoun's reading stands; "..., and Japan said": a clause of its own)
        if comma is None or comma - s0 < 3 or comma + 1 >= c.t0 or not tok.low[comma + 1][:1].isalnum() \
                or not tok.low[comma - 1][:1].isalnum():
            return None  # (not a quotation: '"We will not accept it," the minister said'; not "Lavrov, the minister, said")
        if any(w.endswith("ing") and w.isalpha() for w in tok.low[comma + 1:c.t0]):
            return None  # ("Guterres, speaking in Addis Ababa, said": a participle, no attribution)
        for k in range(c.t1, len(tok.low)):
            if tok.sent[k] != c.sent:
                break
            if k in self.trigger_toks or tok.low[k] in ("that", ",", ";", ":"):
                return None  # ("..., the minister said, adding that ...": words of the speaker's own follow)
        acts = [d for k in range(s0, comma) for d in self._cands_by_tok.get(k, ()) if d is not c]
        return (comma, acts) if acts else None

    def _past_attribution(self, c: _Cand, i: int) -> bool:
        """Does token ``i`` lie past the comma of the trailing attribution that closes ``c``'s sentence, ``c`` being an
        act told before it ("Iran rejected the proposal, a spokesman for the Turkish foreign ministry said")? What the
        attribution names is who tells the act, never whom the act is aimed at."""
        if not hasattr(self, "_attribution_commas"):
            self._attribution_commas: dict[int, int | None] = {}
        si = c.sent
        if si not in self._attribution_commas:
            tok = self.tokens
            s0, s1 = tok.at(self.sentences[si][0]), tok.at(self.sentences[si][1] - 1)
            comma = None
            get = self._cands_by_tok.get
            for k in range(s1, s0 - 1, -1):
                here = get(k)
                if not here:
                    continue  # (no candidate at this token)
                span = next((self._attribution_span(d) for d in here if d.entry.pos == "verb"
                             and d.entry.lemma in self.w.attribution), None)
                if span is not None:
                    comma = span[0]
                    break
            self._attribution_commas[si] = comma
        comma = self._attribution_commas[si]
        return comma is not None and c.t1 <= comma < i

    def _unnamed_speaker(self, c: _Cand, comma: int, acts: list[_Cand]) -> tuple[bool, ActorMention | None]:
        """(whether it could tell, the speaker) of an attribution that names no party: a bystander or an outside outlet
        is no one; the acting side's own office, spokesman or state media is the side doing the first act told."""
        tok = self.tokens
        words = tok.low[comma + 1:c.t0]
        if any(w in self.w.bystander_sayers or w in self.w.other_side_words for w in words):
            return True, None  # "..., mediators said", "..., his employer said", "..., officials said" (as dating reads it)
        own_outlet = any(w in self.w.own_outlet_words for w in words)
        if any(w in self.w.reporting_outlets for w in words) and not own_outlet \
                and not (len(words) == 2 and words[0] in self.w.definite) and words[0] not in self.w.possessive_pronouns:
            return True, None  # "..., news agencies said", "..., witnesses said" (not "the agency": the body told of)
        doer = next((d.source for d in acts if d.source is not None and d.source.start < tok.starts[comma]
                     and not d.quoted), None) or self._sentence_subject(c.sent, tok.starts[comma])
        if doer is None:
            return False, None
        return True, self._state_mention(doer)  # "..., his spokesman said": speaks for the person's state

    def _complete_attributed_acts(self, acts: list[_Cand], named: list[ActorMention], comma: int) -> None:
        """An act before the attribution with no doer, told by a bare title ("The president held talks") or by a pair
        ("Both countries signed"), takes the party (or the two parties) the attribution names."""
        tok = self.tokens
        parties: list[ActorMention] = []
        for m in named:
            m = self._state_behind(m)
            if m.actor.kind != "person" and m.actor.id not in {p.actor.id for p in parties}:
                parties.append(m)
        if not parties:
            return
        if not acts:
            return
        s0 = tok.at(self.sentences[acts[0].sent][0])
        for d in acts:
            if d.source is not None or d.quoted or d.t0 - s0 > 5 or any(k in self.mention_cover for k in range(s0, d.t0)):
                continue
            lead = tok.low[s0:d.t0]
            if len(parties) == 2 and any(w in self.w.pair_words or w in self.lex.number_heads for w in lead) \
                    and d.target is None:
                d.source, d.target = parties  # "Both countries signed an accord, the governments of A and B said"
                d.group = None
            elif len(parties) == 1 and lead[:1] == ["the"] and len(lead) >= 2 and lead[1] in self.w.bare_titles:
                j = s0 + 2
                while j < d.t0 and tok.low[j] in self.w.bare_titles:
                    j += 1  # ("The prime minister")
                a, b = tok.starts[s0], tok.ends[j - 1]  # (told as the act's own doer: "The president", not "White House")
                d.source = ActorMention(a, b, self.text[a:b], parties[0].actor, "description")
                # "The president held talks with ..., Indonesian palace officials said"
                if d.target is not None and d.target.actor.id == parties[0].actor.id:
                    d.target = None
            break

    def _set_joint_partner(self, c: _Cand, subject: list[ActorMention]) -> None:
        """"India and France began joint naval exercises", "Egypt and Jordan opened a joint border crossing": an act
        named as joint by a pair of subjects is the pair's, the first as source and the second as target (as for a
        meeting), where an act of a plural subject otherwise has no target ("Japan and Australia voiced concern")."""
        tok = self.tokens
        if c.target is not None or c.source is None or c.entry.type in self.w.symmetric_types:
            return
        parties: list[ActorMention] = []
        for m in subject:
            if m.actor.id not in {p.actor.id for p in parties}:
                parties.append(m)
        if len(parties) != 2 or parties[0].actor.id != c.source.actor.id:
            return
        first = max(0, min(tok.at(c.start), c.t0 - 3))  # ("began joint air force drills": from the light verb)
        if any(tok.low[k] in self.w.joint_words for k in range(first, c.t1) if tok.sent[k] == c.sent):
            c.target = parties[1]
            self._joint_act_ids().add(id(c))  # (summarised as the pair's: "India and France hold drills")
            c.others = [m for m in c.others if m.actor.id != parties[1].actor.id]

    def _joint_object_partner(self, c: _Cand, source: ActorMention | None,
                              subject: list[ActorMention]) -> ActorMention | None:
        """"Colombia and Venezuela reopened their shared border", "the two governments released a joint declaration": a
        verb whose two subjects act on an object named as theirs together (a word of cues.yaml ``joint_words`` or
        ``joint_object_words`` in the object phrase right after it) is the pair's act: the first is its source and the
        second its target (returned), as ``_set_joint_partner`` reads an act named as joint before the verb."""
        tok = self.tokens
        if c.entry.pos != "verb" or source is None or c.quoted or c.entry.type in self.w.symmetric_types:
            return None
        parties: list[ActorMention] = []
        for m in subject:
            if m.actor.id not in {p.actor.id for p in parties}:
                parties.append(m)
        if len(parties) != 2 or parties[0].actor.id != source.actor.id or any(m.start > c.start for m in parties):
            return None
        for k in range(c.t1, min(c.t1 + 4, len(tok.low))):
            w = tok.low[k]
            if tok.sent[k] != c.sent or w in self.w.prepositions or not w[:1].isalnum():
                return None  # (only the object phrase: not "criticised the deal with its joint commission")
            if w in self.w.joint_words or w in self.w.joint_object_words:
                return parties[1]
        return None

    def _joint_act_ids(self) -> set[int]:
        """The ids of the candidates ``_set_joint_partner`` gave a partner: acts of the pair together."""
        if not hasattr(self, "_joint_act_set"):
            self._joint_act_set: set[int] = set()
        return self._joint_act_set

    def _set_late_between(self, c: _Cand) -> None:
        """"Talks were held in Doha on Friday between Qatari mediators and a Hamas delegation", "A deal was struck on
        Monday between Iran and Sweden": an event noun with no party of its own, whose predicate in its clause ends
        with "between A and B", is A's with B (source the first, target the second)."""
        tok = self.tokens
        if c.actors or c.entry.pos != "noun" or c.quoted:
            return
        j = c.t0 - 1
        while j > 0 and tok.sent[j] == c.sent and (tok.low[j] in self.lex.determiners or self._adjective_like(tok.low[j])):
            j -= 1
        if j >= 0 and tok.sent[j] == c.sent and tok.low[j] in self.w.prepositions:
            return  # ("a deal on the release of sailors was struck between A and B": the release is not theirs)
        for k in range(c.t1, min(c.t1 + 12, len(tok.low))):
            if tok.sent[k] != c.sent or (k > c.t1 and k in self.trigger_toks and tok.low[k - 1] not in self.w.passive_aux) \
                    or tok.low[k] in (",", ";", ":") \
                    or tok.low[k] in self.lex.clause_breaks or tok.low[k] in self.w.clause_coordinators:
                return
            if tok.low[k] in self.w.between_preps:
                if k == c.t1:
                    return  # ("talks between A and B": read by the noun itself)
                found = self._between(_Cand(c.entry, c.tense, c.start, c.end, c.text, c.t0, k, c.sent))
                if len(found) >= 2:
                    c.source, c.target = found[0], found[1]
                    c.others = [m for m in found[2:]]
                    c.group = None
                return

    def _place_only_hit(self, c: _Cand, subject: list[ActorMention], hit: tuple[int, ActorMention] | None) -> bool:
        """"Israeli troops and Hezbollah fighters exchanged fire across the Lebanese border": after a joint act of two
        sides, a state's adjective inside a phrase of place ("across", "along", "near": ``place_only_preps``) only
        says where it happened; it is no third party (which would make it an act of three with no target)."""
        if hit is None or c.entry.type not in self.w.symmetric_types or len({m.actor.id for m in subject}) != 2:
            return False
        i, m = hit
        tok = self.tokens
        j = i - 1
        while j > 0 and tok.sent[j] == tok.sent[i] and tok.low[j] in self.w.noun_phrase_determiners:
            j -= 1
        return m.via in ("adjective", "demonym") and tok.low[j] in self.w.place_only_preps
