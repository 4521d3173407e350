"""Stage 3d of the event extractor, continued: dating mentions through the lead and the occasions told with them.

The paragraphs after a news lead tell its occasion; a past saying that reports a meeting ("said the two sides had
agreed"), a telling to a counterpart ("Xi told Ma that ...") and an act at a scheduled session ("would boycott the
session") take the day of that meeting or occasion. Holds those passes and their clause helpers (main-clause verb,
infinitive complement, group subject, party cue, the occasion a definite noun names). Moved out of dating.py unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from timeline.events.common import _Cand, _expanded, _FACTUAL, _is_date
from timeline.events.occasions import load_occasions
from timeline.model import ActorMention


class LeadDatingMixin:
    """Dating candidates from the news lead and from the occasion they are reported at."""

    def _date_from_lead(self, cands: list[_Cand]) -> None:
        """The paragraphs after a news lead tell its occasion ("Israel signed agreements on Tuesday ... in a ceremony
        hosted by Trump. [...] Trump signed as a witness."; "Iran and six powers reached an agreement on Tuesday. The deal
        ... was announced at a news conference by ... Zarif"). Within ``lead_paragraphs`` paragraphs from the top, while
        none names another past date, an undated event in the simple past is tied to the lead event's day when a party
        to the lead acts in it and its sentence names the lead event ("the deal", "the summit", "the ceremony": a bare
        definite noun of the lead event's type or of the lead sentence) or repeats the lead's act ("signed"). An event
        that only shares actors ("Macron met Scholz on Monday. // Macron urged Germany ...") is not tied."""
        occ = load_occasions()
        lede = self._lede_day()
        if lede is None or occ.lead_paragraphs <= 0 or not self.sentences:
            return
        tok = self.tokens
        dct = self.doc.dct
        ties = self._occasion_ties
        ls = self._lede_sent()
        leads = [c for c in cands if c.sent == ls and c.timex is not None and c.timex.earliest == lede.earliest
                 and c.timex.latest == lede.latest and c.status in _FACTUAL and c.timex_cost < self._PREVIOUS_COST
                 and id(c) not in ties]
        if not leads:
            return
        lead = min(leads, key=lambda c: (c.timex_cost, c.start))
        s0, s1 = self.sentences[ls]
        lead_toks = [k for k in range(tok.at(s0), tok.at(s1)) if tok.low[k][:1].isalpha()]
        lead_lemmas = {e.lemma for k in lead_toks for e, _t in self.lex.forms.get(tok.low[k], ())}
        lead_words = {tok.low[k] for k in lead_toks if tok.low[k] not in self.lex.determiners}
        lead_types = {c.entry.type for c in leads}
        told_types = {c.entry.type for c in cands if c.sent == ls and c.status in _FACTUAL and not c.quoted} \
            - {"STATEMENT", "ANNOUNCE"}  # the acts of the lead's occasion ("agreed ... after a summit")
        parties = {m.actor.id for m in self.mentions if s0 <= m.start < s1}
        parties |= {m.actor.country for m in self.mentions if s0 <= m.start < s1 and m.actor.country}
        # the episode: paragraphs from the top while none names another past date
        last_sent, paragraphs = ls, 1
        for si in range(ls + 1, len(self.sentences)):
            a, b = self.sentences[si]
            if "\n" in self.text[self.sentences[si - 1][1]:a]:
                paragraphs += 1
                if paragraphs > occ.lead_paragraphs:
                    break
            other = [t for t in self.timexes if a <= t.start < b and _is_date(t) and t.earliest is not None
                     and not (t.earliest == lede.earliest and t.latest == lede.latest) and not self._in_quote(t.start)
                     and not (dct is not None and t.earliest > dct)
                     and not (t.type == "TIME" and not re.search(r"\d|\b[A-Z]", t.text[1:]))
                     and not (self._background_date(t) and not self._dates_told_act(t))]
            # ("arrived in the morning": a part of a day names no other day)
            if other:
                break
            last_sent = si
        if last_sent == ls:
            return
        quiet = {si for si in range(ls + 1, last_sent + 1)}

        def names_lead(si: int) -> tuple[int, int] | None:
            a, b = self.sentences[si]
            for k in range(tok.at(a), tok.at(b) - 1):
                if tok.low[k] not in self.w.demonstratives or self._in_quote(tok.starts[k]):
                    continue
                head = tok.low[k + 1]
                nxt = tok.low[k + 2] if k + 2 < len(tok.low) else ""
                if nxt in ("of", "'s", "’s") or not head[:1].isalpha() or (k + 1) in self.mention_by_tok \
                        or self._object_of_other_act(k):  # ("to restore the pause": what another act is about)
                    continue
                types = {e.type for e, _t in self.lex.forms.get(head, ())}
                if types & lead_types or (head in lead_words and len(head) > 3 and types):
                    return tok.starts[k], tok.ends[k + 1]
            return None

        nar = self.lex.narrative
        chain = nar.max_chain if nar is not None else 0
        tied_in: dict[int, _Cand] = {}  # sentence -> an event of it told as part of the lead's occasion
        for c in sorted(cands, key=lambda c: c.start):
            if id(c) in ties and c.sent in quiet:
                tied_in.setdefault(c.sent, c)
            if c.sent not in quiet or c.timex is not None or c.anchor_timex is not None or c.status != "occurred" \
                    or c.quoted or id(c) in getattr(self, "_occasion_ties", {}) or c.cluster is lead.cluster is not None:
                continue
            if c.entry.pos == "verb" and (c.tense not in ("past", "ing") or any(
                    tok.low[j] in self.w.perfect_aux_all for j in range(max(0, c.t0 - 3), c.t0) if tok.sent[j] == c.sent)):
                continue  # "had met": before the occasion; "has met": not tied to it
            if any(self._phrase_at(k, p) for k in range(max(0, c.t0 - 3), c.t0)
                   for p in self._sequence_by_first().get(tok.low[k], ())):
                continue  # placed by the event it follows or precedes
            if self._short_lapse_in(c.sent) or self._told_in_response(c):
                continue  # ("Days after the meeting, China expelled ...": _short_lapse_constraints; "... in retaliation")
            span = names_lead(c.sent)
            subject = span is not None and span[1] <= c.start and tok.clause[tok.at(span[0])] == tok.clause[c.t0] \
                and not any(k in self.trigger_toks for k in range(tok.at(span[1]), c.t0)) and not self._reacts(c.entry)
            scene = None if subject else self._fronted_scene(c, span)  # "Speaking at the ceremony, X said": at it
            span, subject = (scene, True) if scene is not None else (span, subject)
            party = bool(({m.actor.id for m in c.actors} | {m.actor.country for m in c.actors if m.actor.country}) & parties)
            if not subject and not party and not c.group:
                continue  # (the lead event as the subject, "the deal was announced by ...", needs no party to the lead)
            before = next((tied_in[si] for si in range(c.sent - 1, max(0, c.sent - 1 - chain), -1) if si in tied_in
                           and "\n" not in self.text[self.sentences[si][1]:self.sentences[c.sent][0]]), None)
            if span is not None and scene is None and any(d.sent == c.sent and d.start <= c.start and tok.at(span[0]) == d.t1
                                                          and self._reaction_verb(d) for d in cands):
                continue  # "Grossi welcomed the agreement, saying ...": an answer to the lead event, on or after its day
            doers = [m for m in lead.actors if m is not lead.target or lead.entry.type in self.w.symmetric_types]
            if span is not None and scene is None and self._reaction_verb(c) and c.status == "occurred" and c.source is not None \
                    and not any(self._same_side(c.source, m) for m in doers):
                self._bound_answer_from(c, lead.timex)  # "The exercises ... were condemned by Taipei": an answer too
                # (by another side, or by the side an aimed act was aimed at: "drills around Taiwan")
                continue
            if span is not None and (party or subject):
                reason = f"'{self.text[span[0]:span[1]]}' names the occasion of the lead sentence"
            elif c.entry.lemma in lead_lemmas and c.entry.pos == "verb" and party:
                span, reason = (c.start, c.end), f"'{c.text}' repeats the act of the lead sentence"
            elif (c.entry.type in told_types or self._group_subject_words(c) is not None) and c.actors and all(
                    m.actor.id in parties or m.actor.country in parties for m in c.actors):
                # "after a summit in Geneva. // The two leaders met for about three hours": the lead's act told again,
                # or the lead's parties acting together ("agreed on Wednesday to ... // The two leaders met for two hours")
                span, reason = (c.start, c.end), f"'{c.text}' is told of the parties to the lead sentence"
            elif before is not None and c.entry.pos == "verb":  # "They also said ..., and criticized China"
                span, reason = (c.start, c.end), f"'{c.text}' is told right after '{before.text}', of the same occasion"
            elif party and (cue := self._party_cue(c, parties)) is not None:  # "after Kim had left, Trump announced"
                span, reason = cue, f"'{self.text[cue[0]:cue[1]]}' tells '{c.text}' as part of the lead's occasion"
            elif party and c.entry.pos == "verb" and c.tense == "past" and lead.status == "occurred" \
                    and dct is not None and lede.earliest >= dct - timedelta(days=1) \
                    and not (c.entry.type == "STATEMENT" and tok.low[c.t0] in self.lex.reporting) \
                    and self._dateless_paragraph(c.start, lede) \
                    and not any(d.sent == c.sent and self._reaction_verb(d) for d in cands):
                # "Biden met Zelensky on Monday. // ... Zelensky thanked the American people" in Monday's or Tuesday's
                # paper: an act of a party to the lead, in a paragraph of the lead's episode that names no date, is
                # told of the lead's day (a lead of days before the paper leaves room for other occasions; not a
                # saying that reports something else, nor an act told with a reaction: "condemned ... and urged")
                span, reason = (c.start, c.end), f"'{c.text}' is told of a party to the lead, in the lead's episode"
            else:
                continue
            c.timex, c.timex_cost = lead.timex, self._OCCASION_COST
            self._occasion_ties[id(c)] = (lead, reason + ", in the lead's paragraphs, by a party to it", *span)
            tied_in.setdefault(c.sent, c)

    def _dateless_paragraph(self, at: int, lede) -> bool:
        """Does the paragraph around offset ``at`` name no date but the lead's day (outside quotes, not background)?"""
        a = self.text.rfind("\n", 0, at) + 1
        b = self.text.find("\n", at)
        b = len(self.text) if b < 0 else b
        return not any(a <= t.start < b and _is_date(t) and not self._in_quote(t.start)
                       and not (t.earliest == lede.earliest and t.latest == lede.latest)
                       and not (t.type == "TIME" and not re.search(r"\d|\b[A-Z]", t.text[1:]))
                       and not (self._background_date(t) and not self._dates_told_act(t)) for t in self.timexes)
        # (as for the lead's episode: "in the evening" names no other day; "contacts that China suspended in 2022"
        # is background)

    def _party_saying_at_lead(self, cl, lede) -> bool:
        """A saying (no reaction word: "said", "told", "replied") whose speaker is a party to the lead sentence, in a
        paragraph after the lead's that names no date but the lead's day: told of the lead's occasion. So is one told to
        the press ("the foreign minister told reporters that ..."): the party speaks on the day of its act."""
        ls = self._lede_sent()
        c = cl.lead
        if ls is None or c.sent <= ls or c.entry.type != "STATEMENT" or self._reacts(c.entry) or c.source is None \
                or self.doc.dct is None or lede.earliest < self.doc.dct - timedelta(days=1):
            return False  # (a lead of the day before the paper at most)
        s0, s1 = self.sentences[ls]
        parties = {m.actor.id for m in self.mentions if s0 <= m.start < s1}
        parties |= {m.actor.country for m in self.mentions if s0 <= m.start < s1 and m.actor.country}
        if not (c.source.actor.id in parties or c.source.actor.country in parties) \
                or "\n" not in self.text[self.sentences[ls][1]:c.start] or not self._dateless_paragraph(c.start, lede):
            return False
        tok = self.tokens
        a = tok.at(self.text.rfind("\n", 0, c.start) + 1)
        return not any(self._reaction_verb(d) for k in range(a, c.t0) for d in self._cands_by_tok.get(k, ()))
        # (a paragraph of reactions, "Critics said ... Senators accused ... Moon said ...": answers, up to the paper)

    def _date_from_reported_meeting(self, cands: list[_Cand]) -> None:
        """"Putin said that the two sides had agreed to work more closely on arms control", "Biden said he had warned Putin
        ...": a past act a saying reports, with no date of its own, is what was done at the last meeting told before it
        of the speaker (or of the act's own parties), in the week before the saying (or the paper): a tie to that
        meeting's day (basis "constraint"). Not when no such meeting is told."""
        tok = self.tokens
        dct = self.doc.dct
        occ = load_occasions()
        ties = self._occasion_ties

        def parties(x: _Cand) -> set[str]:  # the sides: a person counts as their state when it is known
            return {m.actor.country or m.actor.id for m in x.actors}

        meetings = [m for m in cands if m.entry.type == "CONSULT" and m.status in _FACTUAL and not m.quoted
                    and m.timex is not None and m.timex.earliest is not None and m.timex.earliest == m.timex.latest
                    and m.timex_cost < self._SENTENCE_COST and id(m) not in ties]
        if not meetings:
            return
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "past" or c.status != "occurred" or c.quoted or c.timex is not None \
                    or c.anchor_timex is not None or id(c) in ties or c.entry.type in ("CONSULT", "STATEMENT") \
                    or self._reaction_verb(c):
                continue  # (a reply is a saying of its own, not what a saying reports)
            sayings = [d for d in self._in_sentence(cands, c.sent) if d.sent == c.sent and d.t1 <= c.t0 and d is not c and not d.quoted
                       and (d.entry.type == "STATEMENT" or tok.low[d.t0] in self.lex.reporting)
                       and ("that" in tok.low[d.t1:c.t0] or any(tok.low[j] in self.w.pluperfect_aux for j in range(d.t1, c.t0)))
                       and not any(w in self.w.event_clause_breaks for w in tok.low[d.t1:c.t0])]
            if sayings:
                d = sayings[-1]
                ref = d.timex.latest if d.timex is not None and d.timex.latest is not None else dct
                who, saying, s_at = parties(d) | parties(c), d.text, d.start
            else:  # "Blinken acknowledged that China had refused his proposal": a reporting word that is no event
                k0 = tok.at(self.sentences[c.sent][0])
                said = [k for k in tok.where(set(self.lex.reporting) | set(occ.reporting), k0 + 1, c.t0)  # (its reporting words)
                        if (tok.low[k] in self.lex.reporting or tok.low[k] in occ.reporting)
                        and k - 1 in self.mention_cover and tok.low[k + 1] == "that"
                        and not any(w in self.w.saying_scope_breaks for w in tok.low[k:c.t0])]
                if not said:
                    continue
                speaker = self.mention_cover[said[-1] - 1]
                ref, who = dct, parties(c) | {speaker.actor.country or speaker.actor.id}
                saying, s_at = self.text[tok.starts[said[-1]]:tok.ends[said[-1]]], tok.starts[said[-1]]
            if ref is None:
                continue
            need = 1 if c.group else 2  # ("the two sides had agreed": the sides of the meeting)
            found = [m for m in meetings if m.start < c.start and len(who & parties(m)) >= need and len(parties(m)) >= 2
                     and ref - timedelta(days=occ.stay_days + 3) <= m.timex.earliest <= ref]
            if not found:
                continue
            m = max(found, key=lambda m: (m.timex.earliest, m.start))
            first = min(x.timex.earliest for x in found)
            tx = m.timex
            if first < tx.earliest:  # meetings of those sides on several days (a visit): somewhere in them
                tx = replace(tx, earliest=first, precision="unknown",
                             derivation=f"{tx.derivation}; the sides met on several days told, from {first.isoformat()}")
            c.timex, c.timex_cost = tx, self._OCCASION_COST
            ties[id(c)] = (m, f"'{saying} ... {c.text}' reports what was done at '{m.text}', the last meeting told of "
                              f"its parties" + ("" if tx is m.timex else f" (they met from {first.isoformat()} on)"),
                           s_at, c.end)

    def _date_from_told_counterpart(self, cands: list[_Cand]) -> None:
        """"In his opening remarks, Xi told Ma that ...", "Biden said he had told Putin that ...": a telling in the past,
        with no date of its own, from one side of a one-day meeting told before it to the other side, was said at that
        meeting when it lies in the days before the paper (``stay_days`` + 3): a tie to the meeting's day (basis
        "constraint"). The last such meeting of the two persons, else of their states. Not "told reporters" (no side of
        a meeting), not a telling with a medium of its own ("told him by phone")."""
        tok = self.tokens
        dct = self.doc.dct
        if dct is None:
            return
        ties = self._occasion_ties
        lo = dct - timedelta(days=load_occasions().stay_days + 3)

        def side(m: ActorMention) -> str:
            return m.actor.country or m.actor.id

        meetings = [m for m in cands if m.entry.type == "CONSULT" and m.status in _FACTUAL and not m.quoted
                    and m.timex is not None and m.timex.earliest is not None and m.timex.earliest == m.timex.latest
                    and m.timex.anchored_to != "event" and m.timex_cost <= self._OCCASION_COST
                    and lo <= m.timex.earliest <= dct]
        if not meetings:
            return
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "past" or c.status != "occurred" or c.quoted or c.timex is not None \
                    or c.anchor_timex is not None or id(c) in ties or c.medium is not None \
                    or c.source is None or c.target is None or c.entry.type != "STATEMENT" \
                    or tok.low[c.t0] not in self.lex.reporting:
                continue
            if any(tok.low[j] in self.w.earlier_adverbs for j in range(max(0, c.t0 - 3), c.t0) if tok.sent[j] == c.sent):
                continue  # "Putin had previously told Erdogan ...": a telling before the meeting, not at it (but "Biden
                # said he had told Putin": at the meeting just told)
            k = tok.at(c.target.start)
            if not (c.t1 <= k <= c.t1 + 1 and tok.sent[k] == c.sent):
                continue  # the one told is named right after the verb ("told Ma that"); not a stance's other side
                # ("She stressed that Germany stood by Ukraine": no telling to Ukraine)
            persons = {c.source.actor.id, c.target.actor.id}
            sides = {side(c.source), side(c.target)}
            if len(persons) < 2 or len(sides) < 2:
                continue
            before = [m for m in meetings if m.start < c.start]
            found = [m for m in before if persons <= {a.actor.id for a in m.actors}] \
                or [m for m in before if sides <= {side(a) for a in m.actors}]
            if not found:
                continue
            m = max(found, key=lambda m: m.start)
            c.timex, c.timex_cost = m.timex, self._OCCASION_COST
            ties[id(c)] = (m, f"'{c.text}' is told by one side of '{m.text}' to the other, with no date of its own: "
                              f"said at that meeting", c.start, c.end)

    def _date_from_attended(self, cands: list[_Cand]) -> None:
        """"Swaraj is due to address a meeting of the OIC on Friday. Pakistan said it would boycott the session": a verb that
        is done at an occasion (``at_occasion`` in dating.yaml: attend, boycott, skip, address ...) whose object is a
        definite noun naming an event of the same kind told just before (this sentence or the two before), with a day
        of its own, happens on that day: a tie, as for other occasions (basis "constraint")."""
        occ = load_occasions()
        if not occ.at_occasion:
            return
        tok = self.tokens
        n = len(tok.low)
        for c in cands:
            if c.entry.pos != "verb" or c.timex is not None or c.anchor_timex is not None or c.quoted \
                    or id(c) in self._occasion_ties or not any(p in occ.at_occasion for p in _expanded(c.entry.lemma)):
                continue
            k = c.t1
            if k >= n or tok.low[k] not in self.w.definite or tok.sent[k] != c.sent:
                continue  # ("attend a summit": a new one)
            while k < n and k < c.t1 + 3 and tok.low[k] in self.lex.determiners:
                k += 1
            if k >= n or tok.sent[k] != c.sent or not tok.low[k][:1].isalpha():
                continue
            kinds = {e.type for e, _t in self.lex.forms.get(tok.low[k], ())}
            told = [d for d in cands if d is not c and d.start < c.start and d.sent >= c.sent - 2 and d.entry.pos == "noun"
                    and (d.entry.type in kinds or tok.low[d.t0] == tok.low[k]) and not d.quoted
                    and d.timex is not None and d.timex.earliest is not None and d.timex.earliest == d.timex.latest
                    and d.timex_cost < self._SENTENCE_COST and id(d) not in self._occasion_ties]
            if not told:
                continue
            d = max(told, key=lambda d: d.start)
            c.timex, c.timex_cost = d.timex, self._OCCASION_COST
            self._occasion_ties[id(c)] = (d, f"'{c.text} {self.text[tok.starts[c.t1]:tok.ends[k]]}' is done at "
                                             f"'{d.text}'", c.start, tok.ends[k])

    def _main_clause_verb(self, k: int, pool: list[_Cand]) -> _Cand | None:
        """", hours after", ", minutes before", ", shortly after": a short lapse set off by a comma at the end of a sentence
        tells the time of the sentence's main event, its first verb (not of the clause just before the cue)."""
        tok = self.tokens
        j = k - 1
        if j > 0 and tok.low[j] in self.w.restrictive_adverbs:
            j -= 1
        if j < 1 or tok.low[j] not in self.w.short_while_words or tok.low[j - 1] != ",":
            return None
        if tok.low[j] in self.w.short_time_units and not all(
                m in self.timex_cover for m in range(j, j + 1)):  # (the engine's "hours": no count of its own)
            return None
        verbs = [c for c in sorted(pool, key=lambda c: c.start) if c.t1 <= j and c.entry.pos == "verb"]
        if not verbs or verbs[0].status not in _FACTUAL or verbs[0].quoted:
            return None
        return verbs[0]  # (the first verb of the sentence, after a dateline's dash)

    def _infinitive_complement(self, c: _Cand) -> bool:
        """"(agreed) to begin talks": a plan told as the infinitive a verb takes."""
        k = self.tokens.at(c.start)  # (the light verb of "begin talks" opens the mention)
        return c.status not in _FACTUAL and k > 0 and self.tokens.low[k - 1] == "to"

    def _group_subject_words(self, c: _Cand) -> tuple[int, int] | None:
        """"The two leaders met", "Both sides agreed", "They signed": a plural subject that names no one, right before the
        verb in its clause (``group_subjects`` in dating.yaml, the lexicon's group nouns): its span."""
        tok = self.tokens
        v = tok.at(c.start)  # (the light verb of "held talks")
        if c.entry.pos != "verb" and v == c.t0:
            return None
        k = v - 1
        while k >= 0 and tok.sent[k] == c.sent and v - k <= 3 and tok.low[k] not in self._subject_heads:
            if k in self.mention_cover or tok.low[k] in (",", ";"):
                return None
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or tok.low[k] not in self._subject_heads:
            return None
        j = k
        while j > 0 and tok.sent[j - 1] == c.sent and k - j < 3 and (tok.low[j - 1] in self.lex.determiners
                                                                     or tok.low[j - 1] in self.w.party_count_words):
            j -= 1
        return tok.starts[j], tok.ends[k]

    def _other_time_between(self, c: _Cand, k: int) -> bool:
        """Is there a date expression between event ``c`` and token ``k`` that dates another event ("suspended ...
        after a drone attack, only to rejoin four days later after mediation": the mediation's, so the cue after it
        is not about the attack)?"""
        lo, hi = self.tokens.ends[c.t1 - 1], self.tokens.starts[k]
        return any(lo <= t.start < hi and self._timex_owner.get(t.start) not in (None, c) for t in self.timexes)

    def _party_cue(self, c: _Cand, parties: set) -> tuple[int, int] | None:
        """"At a news conference after Kim had left, Trump announced ...": a cue ("after", "before") earlier in the
        sentence whose clause tells what a party to the lead did, with no event of its own: its span."""
        tok = self.tokens
        occ = load_occasions()
        k0 = tok.at(self.sentences[c.sent][0])
        for k in range(k0, c.t0):
            if tok.low[k] not in occ.cues or (k + 1) not in self.mention_by_tok:
                continue
            m = self.mention_by_tok[k + 1]
            if m.actor.id not in parties and m.actor.country not in parties:
                continue
            end = k + 1
            while end < c.t0 and tok.low[end] not in (",", ";"):
                end += 1
            if end >= c.t0 or any(j in self.trigger_toks or j in self.timex_cover for j in range(k + 1, end)):
                return None
            return tok.starts[k], tok.ends[end - 1]
        return None

    def _occasion_named(self, k0: int, cands: list[_Cand]) -> _Cand | None:
        """"Before the ceremony": a definite noun that is no event of its own names the occasion an earlier sentence
        tells ("signed agreements on Tuesday ..., in a ceremony on the South Lawn"): that sentence's dated event told
        before the noun, or the event the noun itself is."""
        tok = self.tokens
        if k0 >= len(tok.low) or tok.low[k0] not in self.w.definite:
            return None
        k = k0
        while k < len(tok.low) and k < k0 + 3 and tok.low[k] in self.lex.determiners:
            k += 1
        if k >= len(tok.low) or not tok.low[k][:1].isalpha() or k in self.trigger_toks or tok.sent[k] != tok.sent[k0]:
            return None
        head = tok.low[k]
        names = {head, head + "s", head[:-1] if head.endswith("s") else head}
        for j in range(tok.at(self.sentences[tok.sent[k0]][0]) - 1, -1, -1):
            if tok.low[j] not in names:
                continue
            pool = [d for d in cands if d.sent == tok.sent[j] and d.status in _FACTUAL and not d.quoted]
            own = [d for d in pool if d.t0 <= j < d.t1]
            if own:
                return own[0]
            dated = [d for d in pool if d.t1 <= j and d.timex is not None and d.timex_cost < self._SENTENCE_COST]
            if dated:
                return dated[-1]  # (else an earlier sentence that names it: "Before the ceremony, ..." told no day)
        return None
