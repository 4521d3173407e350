"""What a saying's words do, beyond condemning (constructions._disapproving_statements reads those). Word lists are
data (cues.yaml ``grammar``: ``own_pronouns``, ``obligation_modals``, ``expect_words``, ``said_threat_words``,
``concession_words``, ``conceded_objects``, ``readiness_phrases``, ``announced_step_verbs``;
``decrease_words`` is read by constructions._condemning_words):

- "Kenya said Ethiopia must withdraw its troops", "'The blockade must end,' the spokesman told reporters": an obligation
  laid on a party other than the speaker is a demand (DEMAND), aimed at that party when the words name it; "said it
  must act" is the speaker's own duty, "said the idea must be a joke" a judgement: statements;
- "Brazil said it expected Venezuela's full cooperation", "said it expects Russia to withdraw": expecting an act of a
  named party is a demand of that party;
- "Seoul announced that it would compensate the workers", "announced that it would accept the 2002 boundary ruling",
  "announced that it would release the prisoners": announcing a decision of one's own to give way is the concession
  (CONCEDE), one event dated by the announcement; the act announced is no event of its own (``concession_words``, a
  concession trigger, or "accept" with a ``conceded_objects`` noun; not "announced that it would send troops": a plan
  announced is news of its own); said so, it is one too ("Serbia said it would compensate the families", "said it was
  ready to compensate them": ``readiness_phrases``), unless the words tell the concession by a verb of its own ("said
  it would lift the duties": that verb's event);
- "Germany said on Tuesday it supports the ceasefire proposal", "Kirby said the United States supported any effort":
  a stance of support the speaker's own side takes in the words said is the saying's (SUPPORT), one event dated by
  the saying, aimed where the support is; more words of the speaker after a saying typed by its words are more of it
  (merging._compatible);
- "Iran said it would retaliate against any attack", "said it would respond with force", "said Washington would bear
  full responsibility", "said it would not hesitate to use force": a threat (THREATEN), one event dated by the saying;
  a retaliation the words name ("would retaliate with tariffs") is its content, no event; so is an infinitive that
  opens the words ("promised on Monday to respond at a time of its choosing");
- "Santos said the ceasefire would expire on October 31", "Biden says the military mission will end on August 31": a
  step of the speaker's own side (or of a thing no other party owns) set for a day the words name, told with
  "will"/"would" and no act of its own in the words, is an announcement (ANNOUNCE) dated by the saying; not "said
  Russia would invade on Wednesday" (another party's act: a forecast), "said the talks would be difficult on Monday"
  (a judgement), "said it would not attend on Friday" (a refusal), nor "said it would expel ten diplomats on Monday"
  (the act said is its own event); ``schedule_excluded_verbs`` lists what a future verb of prediction is;
- "Tokyo said it would launch a dialogue on maritime security", "Japan said Tokyo would send a delegation": with no
  day named, a step of ``announced_step_verbs`` that the speaker's own side (its pronoun, or a mention of it, opening
  the words) will take is an announcement too; not "would not send" (a refusal), "said Russia would send" (a
  forecast), "would consider the request" (no step decided), nor "would hold talks" (the act said is its own event).
"""

from __future__ import annotations

from dataclasses import replace

from timeline.events.common import _Cand


#: id(phrases) -> (phrases, their words by first word): each grammar list split once, not at every token
_BY_FIRST: dict[int, tuple[frozenset[str], dict[str, list[list[str]]]]] = {}


def _phrases_by_first(phrases: frozenset[str]) -> dict[str, list[list[str]]]:
    got = _BY_FIRST.get(id(phrases))
    if got is None or got[0] is not phrases:
        index: dict[str, list[list[str]]] = {}
        for p in phrases:
            words = p.split()
            if words:
                index.setdefault(words[0], []).append(words)
        if len(_BY_FIRST) > 64:
            _BY_FIRST.clear()
        got = _BY_FIRST[id(phrases)] = (phrases, index)
    return got[1]


class SaidTypeMixin:

    def _grammar_phrase_at(self, k: int, phrases: frozenset[str]) -> int:
        """The number of tokens of the longest phrase of ``phrases`` that starts at token ``k`` (0 when none)."""
        low = self.tokens.low
        if k >= len(low):
            return 0
        best = 0
        for words in _phrases_by_first(phrases).get(low[k], ()):  # (only the phrases that open with the word there)
            if len(words) > best and low[k:k + len(words)] == words \
                    and all(self.tokens.sent[k + i] == self.tokens.sent[k] for i in range(len(words))):
                best = len(words)
        return best

    def _past_said_adverbs(self, j: int, b: int) -> int:
        """The first token from ``j`` (before ``b``) that is not an adverb ("would also respond", "will soon send",
        "would swiftly retaliate"): a listed adverb (cues.yaml ``adverbs``) or a word in -ly."""
        low, adverbs = self.tokens.low, self.w.adverbs
        while j < b and (low[j] in adverbs or low[j].endswith("ly")):
            j += 1
        return j

    def _announced_concessions(self, cands: list[_Cand]) -> None:
        """"Seoul announced that it would compensate the workers": an announcement of the speaker's own decision to
        give way is a concession (CONCEDE), dated by the announcement; the act announced dies."""
        by_sent: dict[int, list[_Cand]] = {}
        for d in cands:
            by_sent.setdefault(d.sent, []).append(d)
        for c in cands:
            if c.alive and c.entry.type == "ANNOUNCE" and c.entry.pos == "verb" and not c.quoted and c.source is not None:
                a, b = self._said_words(c, by_sent[c.sent])[0]
                self._own_concession(c, a, b, by_sent[c.sent])

    def _own_concession(self, c: _Cand, a: int, b: int, sent_cands: list[_Cand]) -> bool:
        """"announced that it would (fully) compensate / accept the ruling / release the prisoners": the subject is the
        speaker's own pronoun, right after "that" or the verb; the verb after "would"/"will" gives way."""
        low, w = self.tokens.low, self.w
        k = a
        while k < b and (k in self.timex_cover or low[k] in (",", "on")):
            k += 1  # ("announced on Monday that ...")
        k = k + 1 if k < b and low[k] == "that" else k
        ready = self._grammar_phrase_at(k + 1, w.readiness_phrases) if k + 1 < b else 0
        if k + 1 >= b or low[k] not in w.own_pronouns or (low[k + 1] not in w.future_modals and not ready):
            return False  # ("said it was ready to release them": a readiness said, as "would release")
        j = k + 1 + (ready or 1)
        while j < b and (low[j] in w.adverbs or low[j].endswith("ly")):
            j += 1
        if j >= b:
            return False
        at = [d for d in sent_cands if d is not c and d.alive and d.t0 == j]
        gives_way = any(d.entry.type == "CONCEDE" for d in at) or self._grammar_phrase_at(j, w.concession_words) \
            or (low[j] in w.acceptance_verbs and any(low[x] in w.conceded_objects for x in range(j + 1, min(b, j + 6))))
        if not gives_way:
            return False
        c.entry = replace(c.entry, type="CONCEDE", weak=False)
        for d in at:
            if c.target is None and d.target is not None and d.target.actor.id != c.source.actor.id:
                c.target = d.target
            d.alive = False  # (the concession announced is the announcement's own act)
        return True

    def _type_said_words(self, c: _Cand, spans: list[tuple[int, int]], sent_cands: list[_Cand]) -> bool:
        """Type the saying ``c`` by what its words ``spans`` do: a threat ("said it would retaliate") or a demand ("said
        Ethiopia must withdraw", "said it expected Iran's full cooperation"). Returns whether it did."""
        for a, b in spans:
            if self._said_threat(c, a, b, sent_cands) or self._said_demand(c, a, b, sent_cands) \
                    or self._said_support(c, a, b, sent_cands) or self._said_stance(c, a, b, sent_cands) \
                    or self._said_schedule(c, a, b, sent_cands) or self._said_concession(c, a, b, sent_cands) \
                    or self._said_plan(c, a, b, sent_cands):
                self._said_typed.add(id(c))  # (more words of its speaker after it join it: merging._cluster)
                return True
        return False

    def _said_support(self, c: _Cand, a: int, b: int, sent_cands: list[_Cand]) -> bool:
        """"said it supports the proposal", "said the United States supported any effort": a SUPPORT verb whose subject
        is the speaker's own pronoun or own side is the speaker's support, said."""
        low, w = self.tokens.low, self.w
        if c.source is None:
            return False
        d = next((d for d in sent_cands if d is not c and d.alive and d.entry.type == "SUPPORT" and d.entry.pos == "verb"
                  and a < d.t0 < b and not d.quoted), None)
        if d is None or d.status not in ("occurred", "ongoing"):
            return False
        s = d.t0 - 1
        while s > a and (low[s] in w.adverbs or low[s].endswith("ly")):
            s -= 1
        m = self.mention_cover.get(s)
        if m is not None and m.start == c.source.start:
            return False  # ("Speaking at the ceremony, Scholz praised ...": the praise's own subject, no words said)
        own = low[s] in w.own_pronouns or (m is not None and m.actor.id in self._own_side(c.source))
        if not own or any(e is not c and e is not d and e.alive and e.entry.pos == "verb" and a <= e.t0 < d.t0
                          for e in sent_cands):
            return False
        c.entry = replace(c.entry, type="SUPPORT", weak=False)
        if c.target is None and d.target is not None and d.target.actor.id not in self._own_side(c.source):
            c.target = d.target
        self._said_supports.add(id(c))  # (an answer to the news told before, dated like a saying: dating.py)
        d.alive = False  # (the support said is the saying's own act)
        return True

    def _said_threat(self, c: _Cand, a: int, b: int, sent_cands: list[_Cand]) -> bool:
        """"said it would retaliate", "said Minsk would respond with force": a future act of retaliation told by the
        speaker is a threat; the act it names ("retaliate with tariffs", a hypothetical sanction) is no event. Words
        that threaten whatever verb comes before them (``said_threat_phrases``: "reserved the right to respond",
        "legitimate targets") are one too, unless negated."""
        low, w = self.tokens.low, self.w
        to = a
        while to < b and (to in self.timex_cover or low[to] in (",", "on")):
            to += 1  # ("promised on Monday to respond")
        for k in range(a, b - 1):
            if low[k] not in self.w.future_modals and not (k == to and low[k] == "to"):
                continue  # ("promised to respond at a time of its choosing": the infinitive the words open on)
            j = k + 1
            j = self._past_said_adverbs(j, b)
            n = self._grammar_phrase_at(j, w.said_threat_words) if j < b else 0
            if not n:
                continue
            c.entry = replace(c.entry, type="THREATEN", weak=False)
            for d in sent_cands:
                if d is not c and d.alive and j <= d.t0 < j + n and d.entry.type != "THREATEN":
                    d.alive = False  # ("would retaliate with tariffs": what is threatened, no sanction of its own)
            return True
        for k in range(a, b):  # ("said it reserved the right to respond", "said the convoys were legitimate targets")
            n = self._grammar_phrase_at(k, w.said_threat_phrases)
            if n and not any(low[x] in w.verb_negations or low[x] in w.negations for x in range(max(a, k - 2), k)):
                c.entry = replace(c.entry, type="THREATEN", weak=False)
                return True
        return False

    def _said_demand(self, c: _Cand, a: int, b: int, sent_cands: list[_Cand]) -> bool:
        """"said Ethiopia must withdraw" (a state or organization the subject), "'The blockade must end,' she said" (any
        subject but the speaker's pronouns, in the speaker's quoted words): an obligation on another party;
        "said it expected Iran's full cooperation", "expects Russia to withdraw": an act expected of a named party."""
        low, w = self.tokens.low, self.w
        if c.source is None:
            return False  # ("Others said Denmark should not ...": commentary, no one's demand)
        first_act = min((d.t0 for d in sent_cands if d is not c and d.alive and d.entry.type != "STATEMENT"
                         and d.entry.pos == "verb" and a <= d.t0 and not d.quoted), default=b)
        for k in range(a, b):
            if first_act < k:
                return False  # (an act told before: "said Russia had attacked and must pay" types by that act)
            n = self._grammar_phrase_at(k, w.obligation_modals)
            if n and k + n < b and (low[k + n] in w.perfect_aux or (
                    low[k + n] == "be" and k + n + 1 < b and low[k + n + 1] in self.lex.determiners)):
                continue  # ("the idea must be a joke", "should have been": a judgement, no obligation)
            if n:
                s = k - 1
                while s > a and (low[s] in w.adverbs or low[s].endswith("ly")):
                    s -= 1
                if s < a or low[s] in w.own_pronouns or low[s] in ("that", ",", '"', "'", "\u201c", "\u201d"):
                    return False  # ("said it must act": the speaker's duty; "said that must change": no party)
                m = self.mention_cover.get(s)
                m = m if m is not None and m.actor.kind in ("state", "igo") and not (
                    {m.actor.id, m.actor.country} - {None}) & self._own_side(c.source) and self._whole_subject(m, a) else None
                if m is None and not self._in_quote(self.tokens.starts[k]):
                    return False  # ("the major powers should help", "a nuclear war must never be fought": no party told;
                    # "Trudeau said Canadians should not panic": his own side's duty, as "said it must act")
                self._make_demand(c, m)
                return True
            if low[k] in w.expect_words and k + 1 < b:
                j = k + 1
                if low[j] in self.lex.determiners:
                    j += 1
                m = self.mention_by_tok.get(j)
                je = self.tokens.covering(m.end - 1) + 1 if m is not None else b
                if m is not None and m.actor.kind in ("state", "igo") and je < b \
                        and (c.source is None or m.actor.id != c.source.actor.id) \
                        and (low[je] in ("to", "'s", "\u2019s", "'", "\u2019") or low[je - 1].endswith(("'s", "\u2019s"))):
                    self._make_demand(c, m)
                    return True
        return False

    def _whole_subject(self, m, a: int) -> bool:
        """Is the mention ``m`` the whole subject of its clause in the said words from ``a`` ("said Ethiopia must",
        "said that the United States should"; not "said talks between Russia and Ukraine should")?"""
        low = self.tokens.low
        i = self.tokens.covering(m.start) - 1
        while i >= a and low[i] in self.lex.determiners and low[i] != "that":
            i -= 1
        return i < a or low[i] in ("that", ",")

    def _make_demand(self, c: _Cand, target) -> None:
        c.entry = replace(c.entry, type="DEMAND", weak=False)
        if target is not None and c.target is None:
            c.target = target

    def _said_schedule(self, c: _Cand, a: int, b: int, sent_cands: list[_Cand]) -> bool:
        """"said the ceasefire would expire on October 31", "said it would reopen the consulate next week": a future step
        of the speaker's own side, or of a thing no other party is named as doing, set for a day named in the words (a
        DATE after the verb), with no act of its own in the words, is an announcement (ANNOUNCE)."""
        low, w, tok = self.tokens.low, self.w, self.tokens
        if c.source is None or c.status not in ("occurred", "ongoing"):
            return False
        k = next((k for k in range(a, b - 1) if low[k] in w.future_modals), None)
        if k is None or k == a:
            return False
        j = k + 1
        j = self._past_said_adverbs(j, b)
        if j >= b or not low[j].isalpha() or low[j] in w.verb_negations or low[j] in w.negations \
                or low[j] in w.schedule_excluded_verbs:
            return False  # ("would not attend": a refusal; "would be difficult", "would like": no step set)
        if low[j] == "be" and not (j + 1 < b and (low[j + 1].endswith(("ed", "en")) or low[j + 1] in w.schedule_be_words)):
            return False  # ("would be held on Friday", "would be back on": a step set; "would be difficult": no)
        if any(d is not c and d.alive and d.entry.pos == "verb" and d.entry.type != "STATEMENT" and a <= d.t0 < b
               for d in sent_cands):
            return False  # ("said it would expel ten diplomats on Monday": the act said is its own event)
        dates = [t for t in self.timexes if t.type == "DATE" and t.value[:1].isdigit() and j < tok.at(t.start) < min(b, j + 12)
                 and tok.sent[tok.at(t.start)] == c.sent]
        if not dates:
            return False
        s = k - 1
        while s > a and (low[s] in w.adverbs or low[s].endswith("ly")):
            s -= 1
        m = self.mention_cover.get(s)
        if m is not None:
            side = self._own_side(c.source)
            if not ({m.actor.id, m.actor.country} - {None}) & side:
                return False  # ("said Russia would invade on Wednesday": another party's act, a forecast)
        elif low[s] in self.lex.pronouns and low[s] not in w.own_pronouns and low[s] != "they":
            return False
        c.entry = replace(c.entry, type="ANNOUNCE", weak=False)
        return True

    def _said_stance(self, c: _Cand, a: int, b: int, sent_cands: list[_Cand]) -> bool:
        """"Biden said the United States remained committed to Ukraine's sovereignty", "Modi told him India would do
        everything it could to help": words of support (``said_support_words``) whose subject is the speaker's own
        pronoun or own side, with only auxiliaries and adverbs between, are the saying's support (SUPPORT)."""
        low, w = self.tokens.low, self.w
        if c.source is None or not w.said_support_words:
            return False
        for k in range(a + 1, b):
            if not self._grammar_phrase_at(k, w.said_support_words):
                continue
            s = k - 1
            while s > a and (low[s] in w.adverbs or low[s].endswith("ly") or low[s] in w.future_modals
                             or low[s] in w.support_stance_aux):
                s -= 1
            m = self.mention_cover.get(s)
            own = (low[s] in w.own_pronouns and low[s] != "it" or low[s] == "it" and c.source.actor.kind != "person") \
                if m is None else bool(({m.actor.id, m.actor.country} - {None}) & self._own_side(c.source))
            if not own or any(d is not c and d.alive and d.entry.pos == "verb" and d.entry.type != "STATEMENT"
                              and a <= d.t0 < k for d in sent_cands):
                return False  # ("said Russia remained committed to ...": another's stance told; an act told before)
            n = self._grammar_phrase_at(k, w.said_support_words)
            mine = self._own_side(c.source)
            x = k + n + 1 if k + n < b and low[k + n] in self.lex.determiners else k + n
            party = self.mention_cover.get(x) if x < b else None
            if party is None or self.tokens.covering(party.start) != x \
                    or ({party.actor.id, party.actor.country} - {None}) & mine:
                return False  # ("remained committed to peace": no party; "to the 'one China' policy": a policy named)
            c.entry = replace(c.entry, type="SUPPORT", weak=False)
            if c.target is None:
                c.target = party
            self._said_supports.add(id(c))
            return True
        return False

    def _said_concession(self, c: _Cand, a: int, b: int, sent_cands: list[_Cand]) -> bool:
        """"Seoul said it would compensate the workers", "said it was ready to release the prisoners": a saying of the
        speaker's own decision (or readiness) to give way is a concession, as an announcement of it is
        (``_own_concession``)."""
        if c.source is None or c.status not in ("occurred", "ongoing") or any(
                d is not c and d.alive and d.entry.pos == "verb" and d.entry.type != "STATEMENT" and a <= d.t0 < b
                for d in sent_cands):
            return False  # ("said it would lift the duties": the concession said is its own event)
        return self._own_concession(c, a, b, sent_cands)

    def _said_plan(self, c: _Cand, a: int, b: int, sent_cands: list[_Cand]) -> bool:
        """"Tokyo said it would launch a dialogue on maritime security", "Mexico said it would file a complaint at the
        court": a step (``announced_step_verbs``) the speaker's own side will take, said with
        "will"/"would" right after that side opens the words (its pronoun, or a mention of it), is a decision announced
        (ANNOUNCE), dated by the saying; not "said Russia would invade" (another party), "would not send" (a refusal),
        nor "said it would hold talks" (the act said is its own event)."""
        low, w, tok = self.tokens.low, self.w, self.tokens
        if c.source is None or c.status not in ("occurred", "ongoing") or not w.announced_step_verbs:
            return False
        k = a
        while k < b and (k in self.timex_cover or low[k] in (",", "on")):
            k += 1  # ("said on Monday that ...")
        that = next((x for x in range(k, min(b, k + 5)) if low[x] == "that"), None)
        if that is not None and all(low[x].isalpha() for x in range(k, that)):
            k = that  # ("told reporters that", "told him on Thursday that": the addressee before the words)
        k = k + 1 if k < b and low[k] == "that" else k
        if k >= b:
            return False
        m = self.mention_cover.get(k)
        m = m if m is not None and self.tokens.covering(m.start) == k else None
        if m is not None:
            if not ({m.actor.id, m.actor.country} - {None}) & self._own_side(c.source):
                return False  # ("said Russia would send troops": another party's act, a forecast)
            k = tok.covering(m.end - 1) + 1
        elif low[k] in w.own_pronouns and low[k] not in w.first_person_subjects:
            k += 1  # ("said it would", "said he would"; "I"/"we" are in quoted words, read elsewhere)
        else:
            return False
        if k >= b or low[k] not in w.future_modals:
            return False
        j = k + 1
        j = self._past_said_adverbs(j, b)
        if j >= b or low[j] in w.verb_negations or low[j] in w.negations \
                or not self._grammar_phrase_at(j, w.announced_step_verbs):
            return False
        if any(d is not c and d.alive and d.entry.pos == "verb" and d.entry.type != "STATEMENT" and a <= d.t0 < b
               for d in sent_cands):
            return False  # ("said it would expel ten diplomats": the act said is its own event)
        c.entry = replace(c.entry, type="ANNOUNCE")  # (as weak as the saying: an undated one is no news either)
        return True

    def _insisted_facts(self, cands: list[_Cand]) -> None:
        """"Brazil insisted on Friday that the vote had been fair", "a meeting that the palace insisted was the queen's
        own idea": insisting on a fact is a statement, not a demand; the said words' first finite verb tells it (an
        indicative "was", "had" or a past tense; not "must", "should", "lift": an act insisted on stays a demand). Only
        for an insistence with a date of its own (an undated one, a weak verb, is no news either way); after
        ``_attach_timexes``."""
        tok, w = self.tokens, self.w
        for c in cands:
            if not c.alive or c.entry.type != "DEMAND" or c.entry.pos != "verb" or tok.low[c.t0] not in w.insist_forms \
                    or c.timex is None:
                continue  # (an undated insistence, a weak verb, is no news of its own either way)
            k = c.t1
            if k < len(tok.low) and tok.low[k] == "on":
                tx = next((t for t in self.timexes if tok.at(t.start) == k + 1), None)
                if tx is None:
                    continue  # ("insisted on guarantees": what is demanded)
                k = tok.at(tx.end - 1) + 1
            if k < len(tok.low) and tok.low[k] == "that":
                k += 1
            for j in range(k, min(len(tok.low), k + 10)):
                if tok.sent[j] != c.sent or tok.low[j] in self.lex.clause_breaks or tok.low[j] in (",", ";", ":"):
                    break
                if tok.low[j] in self.lex.modals or self._grammar_phrase_at(j, w.obligation_modals):
                    break  # ("insisted that Rome must take them back": a demand)
                past = any(d.entry.pos == "verb" and d.tense == "past" for d in self._cands_by_tok.get(j, ()))
                if tok.low[j] in w.indicative_finite or past:
                    c.entry = replace(c.entry, type="STATEMENT")
                    break
