"""Stage 3d of the event extractor: which date expression each mention governs.

Links cancellations and relative clauses to the mention they tell about (``cancels_cand``, ``same_as``), attaches the
nearest governing timex of the clause (``timex``, ``timex_cost``, ``anchor_timex``), and dates mentions through
chronology entries, apposed offsets, "when"/"where"/"since" clauses, the sentence's other events, occasions, the lead
and the sentence before.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.events.common import _Cand, _expanded, _FACTUAL, _is_date, _TOKEN, _unstated_count
from timeline.events.lexicon import TriggerEntry
from timeline.events.occasions import load_occasions
from timeline.temporal.calendar import format_at, shift
from timeline.model import Constraint, Timex


class DatingMixin:
    """Attaching date expressions to candidates and dating them through their context."""

    def _date_weak_verbs_from_frames(self, cands: list[_Cand]) -> None:
        """"In a statement on Friday, the Kremlin said ...", "The Security Council convened an emergency session on
        Sunday": a weak verb with its actors whose other mention (a frame or object noun told as the same event)
        carries the date is news: the actors are on one mention, the date on the other."""
        for c in cands:
            d = c.same_as
            if d is None or not c.alive or not d.alive or c.timex is None or c.timex_cost >= 3.0 or c.quoted \
                    or d.timex is not None or d.quoted or not d.entry.weak or not d.actors or d.entry.pos != "verb" \
                    or c.sent != d.sent or d.status not in _FACTUAL or d.same_as is not None:
                continue
            d.strong_override = True
        for c in cands:
            d = c.same_as
            if d is not None and c.alive and d.alive and c.strong and not d.strong and d.same_as is None \
                    and d.entry.type == c.entry.type and not d.actors and d.timex is None and c.start < d.start:
                # "An American drone strike on August 27 killed two members": the verb names no one and no date, the
                # noun both, so the noun tells the event and the verb is its other mention (not "were killed in the
                # October attack": a noun after its verb names an act told before)
                c.same_as, d.same_as = None, c

    # ---- cancellations

    def _link_cancellations(self, cands: list[_Cand]) -> None:
        """"the summit has been canceled", "called off the talks": mark the event called off."""
        tok = self.tokens
        for c in cands:
            if not c.entry.cancels:
                continue
            best = None
            for d in cands:
                if d is c or d.sent != c.sent or d.entry.cancels or d.entry.type in ("ANNOUNCE", "STATEMENT"):
                    continue
                passive = c.t0 > 0 and tok.low[c.t0 - 1] in self.w.passive_aux
                if d.t0 >= c.t1 and d.t0 - c.t1 <= 5 and not passive:
                    dist = d.t0 - c.t1
                elif d.t1 <= c.t0 and c.t0 - d.t1 <= 25 and c.t0 > 0 and tok.low[c.t0 - 1] in self.w.passive_aux \
                        and d.entry.pos == "noun":
                    dist = c.t0 - d.t1  # "the talks, which ..., were called off": the subject noun
                elif d.entry.pos == "noun" and d.t1 <= c.t0 and c.entry.pos == "noun" and c.t0 - d.t1 <= 3:
                    dist = c.t0 - d.t1
                else:
                    continue
                if best is None or dist < best[0]:
                    best = (dist, d)
            if best:
                d = best[1]
                c.cancels_cand = d
                if d.entry.pos == "noun":
                    d.strong_override = True  # "postponed his trip to Beijing": the trip is news
                    ids = {m.actor.id for m in d.actors}
                    if c.source is not None and c.source.actor.id not in ids and c.t1 <= d.t0:
                        # "The White House cancelled the summit with Russia": the canceller was to take part
                        if d.target is None:
                            d.target = d.source
                        elif d.source is not None:
                            d.others.append(d.source)
                        d.source = c.source
                        if d.location is None:
                            self._set_location(d)  # "postponed his trip to Beijing": the trip's place
                if d.status in _FACTUAL or d.status == "planned":
                    d.status = "cancelled" if c.entry.cancels == "cancel" else "postponed"
                    d.status_cue = c.text

    def _link_relatives(self, cands: list[_Cand]) -> None:
        """A verb in a relative clause about an event noun is another mention of that event:
        "talks between Iran and the United States, which Oman had planned to host in Muscat"."""
        tok = self.tokens
        by_sent: dict[int, list[_Cand]] = {}  # (each loop below looks only at mentions of the verb's sentence)
        for d in cands:
            by_sent.setdefault(d.sent, []).append(d)
        for c in cands:
            if c.entry.pos != "verb":
                continue
            k = c.t0 - 1
            while k >= 0 and tok.clause[k] == tok.clause[c.t0] and tok.low[k] != "," and c.t0 - k <= 8 and (
                    tok.low[k] not in self.w.relative_that_which or k in self.timex_cover):  # (no comma: "the talks that
                k -= 1  # followed, Lavrov said"; not the "that" of "later that month"; no further than the 8 words read below)
            if k < 0 or tok.low[k] not in self.w.relative_that_which or tok.sent[k] != c.sent or c.t0 - k > 8:
                continue
            for d in reversed(by_sent[c.sent]):
                if d.t1 > k or d.sent != c.sent:
                    continue
                if d.entry.pos == "noun" and d.entry.type == c.entry.type and k - d.t1 <= 10 \
                        and not any(x.entry.pos == "verb" and d.t1 <= x.t0 < k for x in cands):
                    c.same_as = d
                break
        # "began the assault on Tuesday, shelling positions ...", "defended the deal, saying that ...": a participle
        # after a comma, with no subject of its own, tells more of the event before it
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "ing" or c.same_as is not None or c.t0 == 0 \
                    or tok.low[c.t0 - 1] != "," or tok.sent[c.t0 - 1] != c.sent:
                continue
            before = [d for d in by_sent[c.sent] if d.sent == c.sent and d.t1 <= c.t0 - 1 and d is not c and d.alive]
            if not before:
                continue
            d = max(before, key=lambda d: d.t0)
            if tok.clause[d.t0] != tok.clause[c.t0] or d.status != c.status:
                continue
            if c.entry.type == "STATEMENT" or c.entry.type == d.entry.type:
                c.same_as = d.same_as or d
        # "the G20 summit hosted by India in New Delhi": a participle right after an event noun tells of that event
        ends_at: dict[int, list[_Cand]] = {}  # (the mentions that end at each token, in order)
        for d in cands:
            ends_at.setdefault(d.t1, []).append(d)
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "past" or c.same_as is not None or c.t0 == 0:
                continue
            d = next((d for d in ends_at.get(c.t0, ()) if d.entry.pos == "noun" and d.t1 == c.t0 and d.entry.type == c.entry.type
                      and d.sent == c.sent), None)
            if d is not None and d.same_as is None:
                c.same_as = d
        # "due to arrive in Copenhagen on September 2 for a two-day visit": the visit is the arrival
        for c in cands:
            if c.entry.pos != "verb" or c.same_as is not None:
                continue
            for d in by_sent[c.sent]:
                if d.entry.pos != "noun" or d.sent != c.sent or d.entry.type != c.entry.type or not (c.t1 <= d.t0 <= c.t1 + 10):
                    continue
                between = tok.low[c.t1:d.t0]
                if any(w in self.w.occasion_frame_preps for w in between[-5:]) and not any(
                        w in self.w.phrase_breaks or w in self.lex.clause_breaks for w in between) \
                        and d.same_as is None:
                    d.same_as = c
                break

    # ---- dates

    def _read_unchanged_past(self, cands: list[_Cand]) -> None:
        """"Riyadh cut ties with Tehran": a verb whose past is its base form, right after its subject and with no
        auxiliary, modal or "to" before it, tells a past act in news prose (the present would be "cuts")."""
        tok = self.tokens
        words = load_occasions().unchanged_past
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "base" or c.status != "occurred" or c.quoted or c.t0 == 0 \
                    or tok.low[c.t0] not in words or self._is_headline(c.sent):
                continue
            k = c.t0 - 1
            m = self.mention_cover.get(k)
            if m is None or tok.sent[k] != c.sent or m.text.lower() in self.w.speaker_pronouns:
                continue
            c.tense = "past"

    def _reduced_relative_noun(self, ti: int) -> _Cand | None:
        """"an accord signed in 2001", "the treaty agreed in 1994", "the deal reached last year": the event noun a
        past participle right before the date expression (a preposition at most between) qualifies, or that an
        ``attributive_date_preps`` word joins to it ("an agreement from 1998"); that noun's event is what the date tells
        of, never a verb told before the noun."""
        tok = self.tokens
        k = ti - 1
        if k >= 1 and tok.low[k] in load_occasions().attributive_date_preps and tok.sent[k] == tok.sent[ti] and any(
                t.precision in ("year", "month") for t in self._timexes_between(tok.starts[ti], tok.starts[ti] + 1)):
            noun = next((d for d in self._all_nouns if d.t1 == k and d.sent == tok.sent[ti]), None)
            if noun is not None:
                return noun  # "a trade agreement from 1998" (not "suspend the treaty from Saturday": when it starts)
        if k >= 0 and tok.low[k] in self.w.prepositions:
            k -= 1
        if k < 1 or tok.sent[k] != tok.sent[ti]:
            return None
        w = tok.low[k]
        past = w.endswith("ed") or any(tense == "past" for _e, tense in self.lex.forms.get(w, ()))
        if k >= 2 and tok.low[k - 1] in self.w.sequence_adverbs and tok.sent[k - 1] == tok.sent[ti]:
            k -= 1  # ("a treaty first signed in 1904": the adverb of order between noun and participle)
        if not past or tok.low[k - 1] in self.w.passive_aux or tok.low[k - 1] in self.w.perfect_aux_all:
            return None  # ("the accord was signed in 2001" is the verb of its clause)
        return next((d for d in self._all_nouns if d.t1 == k and d.sent == tok.sent[ti]), None)

    def _reduced_relative_head(self, ti: int) -> int | None:
        """"the peace won in 1998", "the border drawn in 1962": a determiner, a noun that names no event and a past
        participle right before a year or a month (a preposition at most between): the date tells of the
        participle's act, not of a verb told before the noun; the token of that noun, else None."""
        tok = self.tokens
        k = ti - 1
        if k >= 0 and tok.low[k] in self.w.prepositions:
            k -= 1
        if k < 2 or tok.sent[k - 2] != tok.sent[ti] or k in self.trigger_toks or k - 1 in self.trigger_toks \
                or not any(t.precision in ("year", "month") for t in self._timexes_between(tok.starts[ti], tok.starts[ti] + 1)):
            return None  # (a day is the news's: "requested it in a letter sent on Sunday")
        w, noun = tok.low[k], tok.low[k - 1]
        past = w.endswith("ed") or w in self.w.irregular_participles \
            or any(tense == "past" for _e, tense in self.lex.forms.get(w, ()))
        if not past or not noun.isalpha() or k - 1 in self.mention_cover \
                or tok.low[k - 2] not in self.w.definite | self.w.indefinite_articles:
            return None
        return k - 1

    def _deep_in_quote(self, offset: int) -> bool:
        """Is ``offset`` inside a quoted clause, after words of its own ('"things we did not do in 2014 ..."'), not at
        the head of a quoted time phrase ('would take place "within two weeks or so"': the time of the act outside)?"""
        k = bisect.bisect_left(self._quote_starts, offset)
        opened = max((a for a, b in self.quotes[:k] if a < offset < b), default=None)
        return opened is not None and len(self.text[opened:offset].split()) > 2

    def _attach_timexes(self, cands: list[_Cand]) -> None:
        tok = self.tokens
        self._read_unchanged_past(cands)
        self._trim_anchor_clauses()
        self._called_off = {id(c.cancels_cand) for c in cands if c.cancels_cand is not None}
        self._timex_owner: dict[int, _Cand] = {}
        runners_up: list[tuple[Timex, list[tuple[float, int, _Cand]]]] = []
        by_sent: dict[int, list[_Cand]] = {}
        for c in cands:
            by_sent.setdefault(c.sent, []).append(c)
        reread: dict[tuple[int, int], Timex] = {}  # (expression, id(cand)) -> the expression as its clause reads it
        pools: dict[int, tuple] = {}  # (``_near_timex``: per sentence)
        for tx in self.timexes:
            if tx.type == "SET":
                continue
            ti = tok.at(tx.start)
            if ti >= len(tok.low):
                continue
            if tx.precision == "year" and ti > 0 and tok.low[ti - 1] in self.w.indefinite_articles and tok.at(tx.end) < len(tok.low) \
                    and tok.low[tok.at(tx.end)][:1].isalpha():
                continue  # "a 1972 law": the year of something else
            if tx.anchor is not None and tx.anchor.clause_start is None and tx.earliest is None \
                    and tok.at(tx.end) + 1 < len(tok.low) and tok.low[tok.at(tx.end) + 1] == "than":
                continue  # "began a day later than first planned": later than a plan, no event to count from
            te = max(ti, tok.at(tx.end) - 1)
            pool = by_sent.get(tok.sent[ti], [])
            tx_any = tx  # the readings that do not depend on the event (a deadline, a bound, a past plan ...)
            for reading in (self._deadline_reading, self._same_day_reading, self._bounded_reading, self._trailing_year_reading,
                            self._past_plan_reading, self._unresolved_reading, self._time_stamp_reading):
                tx_any = reading(tx)
                if tx_any is not tx:
                    break
            best = None
            ranked: list[tuple[float, int, _Cand]] = []
            reduced = self._reduced_relative_noun(ti)
            head = reduced.t0 if reduced is not None else self._reduced_relative_head(ti)
            for c in self._near_timex(pool, ti, te, pools):
                if head is not None and c.sent == tok.sent[ti] and (c.t0 < head or (reduced is not None and c.t0 > te)):
                    continue  # "agreed to revive an accord signed in 2001": 2001 dates the accord, not the agreeing
                    # ("calling it a step to preserve the peace won in 1998": the winning, not the statement; nor
                    # "a treaty first signed a century ago, as Boric began his visit": the visit)
                if tx.value == "PRESENT_REF" and c.tense == "past" and ti >= c.t1 and c.entry.type == "STATEMENT":
                    continue  # "She said Washington would now take the text ...": the now of what she said
                if ti < c.t0 and "," in tok.low[te:c.t0] and self._opening_condition(c) is not None:
                    continue  # "If Iran accepts the limits set in 2015, Washington would offer relief": the
                    # condition's date, not its outcome's
                if tx.anchor is not None and tx.anchor.clause_start is not None \
                        and tx.anchor.clause_start <= c.start < (tx.anchor.clause_end or tx.anchor.clause_start):
                    continue  # the anchoring event, not the anchored one
                if self._in_anchor_clause(c.start, but_not=tx):
                    continue  # "Two days after the meeting, on Thursday, they signed": Thursday is the signing's
                if tx.anchored_to == "event" and c.status in ("denied", "hypothetical") and c.t1 <= ti and ti > 0 \
                        and tok.low[ti - 1] == ",":
                    continue  # "said there were no plans for Putin to meet Zelensky, a day after Turkey offered to
                    # host": the offset set off at the end tells the time of the main clause, not of an act denied
                if self._in_quote(tx.start) and not self._in_quote(c.start) and tx.value != "PRESENT_REF" \
                        and self._deep_in_quote(tx.start):
                    continue  # 'he told Putin "things we did not do in 2014 we will do now"': the time of the
                    # words quoted, not of the telling outside the quotation (a quoted "now" is the speaking's)
                tx_c = self._past_reading(tx, c)
                if tx_c is tx:
                    tx_c = self._future_reading(tx, c)
                if tx_c is tx:
                    tx_c = tx_any
                if tx_c is not tx:
                    reread[(tx.start, id(c))] = tx_c
                cost = self._timex_cost(c, ti, te, tx_c)
                if cost is not None:
                    ranked.append((cost, c.start, c))
                if cost is not None and (best is None or cost < best[0]):
                    best = (cost, c)
            if tx.anchor is None and tx.type in ("DATE", "TIME") and tx.earliest is not None and len(ranked) > 1:
                runners_up.append((tx, sorted(ranked, key=lambda r: (r[0], r[1]))[1:]))
            if best is None and tx.anchored_to == "event" and tx.anchor is not None and ti > 0 and tok.low[ti - 1] == ",":
                # "Biden and Xi met on Monday ..., their first meeting since Biden took office, a day before the
                # summit opened": an offset set off by a comma at the end tells the time of the sentence's main event
                verbs = [c for c in pool if c.t1 <= ti and c.entry.pos == "verb" and not self._in_anchor_clause(c.start)
                         and tok.clause[c.t0] == tok.clause[tok.at(self.sentences[c.sent][0])]]
                if verbs:
                    best = (40.0, verbs[0])
            if best is None:
                continue
            cost, c = best
            tx = reread.get((tx.start, id(c)), tx)
            if tx.anchor is not None:
                if c.anchor_timex is None:
                    c.anchor_timex = tx  # "four days after <event>", "two days later"
                if tx.anchored_to == "event":
                    continue
            if tx.type == "DURATION" and tx.earliest is None:
                tx = self._window(tx, ti, c)
                if tx is None:
                    continue
            if tx.earliest is not None and tx.latest is not None and cost < c.timex_cost:
                c.timex, c.timex_cost = tx, cost
                self._timex_owner[tx.start] = c
        for tx, ranked in runners_up:
            # "agreed in Lausanne on April 2, and on an interim deal struck in Geneva in November 2013": April 2 was
            # nearest to "struck", which November 2013 dates better; it goes to the next event still undated
            owner = self._timex_owner.get(tx.start)
            if owner is not None and owner.timex is not None and owner.timex.start == tx.start:
                host = self._occasion_host(owner, ranked)
                if host is not None:  # "announced the expulsions at a news conference on Saturday night": the day of
                    host[1].timex, host[1].timex_cost = reread.get((tx.start, id(host[1])), tx), host[0]  # the conference is the announcing's too
                continue  # (the owner may hold the expression as its clause reread it: "postponed a planned trip in
                # February", the last February)
            self._timex_owner.pop(tx.start, None)
            for cost, _start, c in ranked:
                if c.timex is None and c.anchor_timex is None and cost < self._SENTENCE_COST \
                        and (not c.entry.weak or c.strong_override):
                    c.timex, c.timex_cost = tx, cost
                    self._timex_owner[tx.start] = c
                    break
        for c in cands:
            a = c.anchor_timex
            if a is not None and a.anchored_to == "event" and c.timex is not None \
                    and c.timex.start < a.start < c.start and c.timex.start != a.start:
                c.timex, c.timex_cost = None, 1e9  # "on March 1, and two days after that, Israel struck": the offset governs
        self._offset_to_main_verb(cands, by_sent)
        self._date_dated_subject_nouns(cands, by_sent)
        self._undate_by_background(cands)
        self._date_from_apposed_offsets(cands)
        self._pronoun_govs = self._find_pronoun_offsets(cands)
        self._day_refs = self._find_day_references(cands)
        self._date_from_sentence(cands, by_sent)
        self._date_from_fronted_occasion(cands, by_sent)
        self._date_from_uttered_threat(cands)
        self._date_from_coordinated_saying(cands, by_sent)
        self._undate_by_attribution(cands)
        self._date_from_own_saying(cands, by_sent)
        self._bound_by_saying_about(cands, by_sent)
        self._bound_trailing_saying(cands, by_sent)
        self._date_from_next_naming(cands)
        self._date_from_since(cands)
        self._date_from_when_and_coordinates(cands)  # (anchoring.py: _date_from_when, then the verbs joined by "and")
        self._date_from_where(cands)
        self._date_from_apposed_occasion(cands)
        self._date_from_time_then(cands, by_sent)
        for c in cands:  # "announced late on Tuesday, saying he would be postponing the visit": the day of the saying
            if id(c) in self._told_cancels and c.timex is None and c.anchor_timex is None:
                k = self._reporting_before(c)
                sayings = [d for d in by_sent.get(c.sent, ()) if d.t0 <= k and d.timex is not None and d.status in _FACTUAL
                           and d.timex.type in ("DATE", "TIME") and d.timex.anchored_to != "event"]
                if k is not None and sayings:
                    c.timex, c.timex_cost = sayings[-1].timex, self._SENTENCE_COST
        self._date_from_previous_sentence(cands, by_sent)
        self._date_coordinated_verbs(cands, by_sent)
        self._date_from_occasions(cands, by_sent)  # (sittings.py: _date_from_occasion, then a fronted sitting's acts)
        self._date_from_lead(cands)
        self._date_from_attended(cands)
        self._date_from_reported_meeting(cands)
        self._date_from_told_counterpart(cands)
        self._date_from_speakers_next_act(cands)
        self._date_from_also(cands)
        self._date_from_meeting_account(cands)
        self._date_from_arrival_told_next(cands)
        self._date_from_quote_of_the_day(cands)
        self._date_from_entries(cands)
        self._date_from_length_before(cands)
        self._date_backshifts()  # (narrative_steps.py: reported pluperfects on the day told before, when no tie dated them)
        self._join_coordinated_dates(cands)
        self._undate_day_references(cands)

    def _occasion_host(self, owner: _Cand, ranked) -> tuple[float, _Cand] | None:
        """"announced sanctions at a news conference on Saturday", "defended the plan in a statement on Friday": a weak
        noun (no event of its own) that holds a day, in a phrase opened by a ``fronted_occasion_preps`` word right after
        an undated verb of its clause, is the occasion of that verb: the verb is on its day. The (cost, verb), or None."""
        tok = self.tokens
        if not owner.entry.weak or owner.strong_override or owner.entry.pos != "noun" \
                or owner.entry.type in self.w.material_types:
            return None  # (not "killed in the October attack": an attack is no occasion of the killing)
        k = owner.t0 - 1
        while k > owner.t0 - 5 and k >= 0 and tok.sent[k] == owner.sent and tok.low[k][:1].isalpha() \
                and tok.low[k] not in self.w.fronted_occasion_preps and k not in self.trigger_toks:
            k -= 1
        if k < 0 or tok.low[k] not in self.w.fronted_occasion_preps or tok.sent[k] != owner.sent:
            return None
        for cost, _start, c in ranked:
            if c is not owner and c.entry.pos == "verb" and c.t1 <= k and c.status == "occurred" and c.timex is None \
                    and c.anchor_timex is None and tok.clause[c.t0] == tok.clause[k] \
                    and not any(tok.low[m] in (",", ";") for m in range(c.t1, k)) \
                    and (not c.entry.weak or c.strong_override):
                return cost, c
        return None

    _ENTRY_COST = 49.0

    def _date_from_length_before(self, cands: list[_Cand]) -> None:
        """"The truce was signed on Saturday after two weeks of talks", "concluded on August 24 after almost four years of
        negotiations": a length (a duration the engine reads, P2W, P4Y) after a ``length_ended_by`` word (cues.yaml
        ``grammar``) and before "of" and an event noun ends on the day of the act it leads to; the noun, dated by that
        day, fills the length up to it: from that day less the length to that day. Not "more than four years of talks"
        (no first day), not a noun dated by another sentence."""
        tok = self.tokens
        for t in self.timexes:
            m = re.fullmatch(r"P(\d+)([DWMY])", t.value)
            if m is None or t.type != "DURATION" or t.anchor is not None or t.mod not in (None, "APPROX"):
                continue  # ("more than four years of talks": no first day)
            ti, te = tok.at(t.start), tok.at(t.end)
            j = ti - 1
            if j > 0 and tok.low[j] in self.w.length_hedges:
                j -= 1
            if j < 0 or tok.low[j] not in self.w.length_ended_by or te + 1 >= len(tok.low) or tok.low[te] != "of":
                continue
            c = next((c for c in self._cands_by_tok.get(te + 1, ()) if c in cands), None)
            if c is None or c.entry.pos != "noun" or c.timex is None or c.timex.earliest is None \
                    or c.timex.latest is None or c.timex.anchored_to == "event" or c.timex_cost >= self._PREVIOUS_COST \
                    or tok.sent[tok.at(c.timex.start)] != c.sent or c.status not in _FACTUAL:
                continue
            n, unit = int(m.group(1)), m.group(2)
            end = c.timex.latest
            first = shift(end, {"D": "day", "W": "week", "M": "month", "Y": "year"}[unit], -n)
            c.timex = replace(c.timex, earliest=first, precision="unknown", derivation=(
                f"{c.timex.derivation}; '{self.text[tok.starts[j]:t.end]} of {c.text}' ends on that day: "
                f"{first.isoformat()} to {end.isoformat()}"))

    def _chronology_entries(self) -> list[tuple[Timex, int, int]]:
        """"August 26: A suicide bomber strikes ... Biden vows ...": a paragraph that opens with a date and a colon
        (after a list bullet, if any) is a chronology entry; (its date, first and last token of the paragraph)."""
        tok = self.tokens
        out = []
        paragraphs = []
        for si, (s0, s1) in enumerate(self.sentences):
            if si == 0 or "\n" in self.text[self.sentences[si - 1][1]:s0]:
                paragraphs.append([tok.at(s0), tok.at(s1)])
            elif paragraphs:
                paragraphs[-1][1] = tok.at(s1)
        starts = {tok.at(t.start): t for t in self.timexes if t.type == "DATE" and t.earliest is not None
                  and t.latest is not None and t.anchored_to in ("explicit", "dct") and t.precision in ("day", "month")}
        for k0, k1 in paragraphs:
            k = k0
            while k < k1 and k - k0 < 2 and k not in starts and not tok.low[k][:1].isalnum():
                k += 1  # "- August 26:", "* August 26:"
            t = starts.get(k)
            if t is None:
                continue
            ke = tok.at(t.end)
            if ke < len(tok.low) and tok.low[ke] in (":", "—", "–") and ke + 1 < k1:
                out.append((t, k0, k1))
        return out

    def _date_from_entries(self, cands: list[_Cand]) -> None:
        """A chronology entry's date dates every event told in it that happened ("August 26: ... The Islamic State
        claims the attack. Biden vows to hunt down those responsible."), unless the event has a date of its own that
        counts from another ("Six days later", "the same day"); a later calendar date in its clause ("rejects calls to
        extend the evacuation beyond August 31") is what the event is about, not when it happened."""
        entries = self._chronology_entries()
        self._entry_dates: dict[int, Timex] = {}
        if len(entries) < 2:
            return  # one date with a colon is no chronology
        for t, k0, k1 in entries:
            for c in cands:
                if not (k0 <= c.t0 < k1) or c.status not in _FACTUAL or c.anchor_timex is not None:
                    continue
                own = c.timex
                if own is None and c.entry.weak and not c.strong_override and not (
                        c.actors and c.entry.pos == "verb"
                        and not any(d is not c and d.alive and d.sent == c.sent for d in cands)):
                    continue  # "officials say": a weak word the date would make an event of its own (not "Peskov
                    # says the agreement has been terminated": a named actor's saying, the only act of its sentence)
                if own is not None and own.start != t.start and c.timex_cost < self._PREVIOUS_COST and (
                        own.anchored_to not in ("explicit", "dct") or own.earliest is None or own.earliest <= t.latest):
                    continue  # a date of its own: its own
                c.timex, c.timex_cost = t, min(c.timex_cost, self._ENTRY_COST)
                if own is None or own.start != t.start:
                    self._entry_dates[id(c)] = t

    def _date_from_apposed_offsets(self, cands: list[_Cand]) -> None:
        """"The summit was announced on May 25, a day after Sullivan met Patrushev": an offset set off by a comma right
        after a day counts from that day, whatever event the day belongs to (it may be none the lexicon knows): the
        event of the offset's clause is a day before May 25. Its date rests on the day and the offset together."""
        tok = self.tokens
        by_end = {tok.at(t.end): t for t in self.timexes if t.type in ("DATE", "TIME") and t.anchored_to != "event"
                  and t.earliest is not None and t.latest is not None and not self._after_publication(t)
                  and (t.earliest == t.latest or t.precision in ("month", "year"))}
        for tx in self._anchor_spans:
            ti = tok.at(tx.start)
            day = by_end.get(ti - 1) if ti > 1 and tok.low[ti - 1] == "," else None
            if day is None or self._in_quote(tx.start) or any(d.anchor_timex is tx and d.timex is day and d.strong for d in cands):
                continue  # (the event of the day counts from the clause's: a constraint between the two)
            coarse = None
            if day.earliest != day.latest:
                # "collapsed in 2010, a year after they signed": a year (or a month) counted back in whole years
                # (months) from a year (month) gives a year (month); a day count from a year gives nothing exact
                coarse = self._calendar_shift(day, tx)
                if coarse is None:
                    continue
            lo, hi = self._offset_bounds(tx)
            if lo is None or hi is None:
                continue  # "more than a month after": no day to count back to
            a = tx.anchor
            inside = [d for d in cands if a.clause_start <= d.start < a.clause_end and d.status in _FACTUAL
                      and not d.quoted and d.timex is None and (d.entry.pos == "verb" or d.subject_tok is not None
                                                                 or self._has_predicate(d.t1, tok.at(a.clause_end)))]
            if not inside:
                continue
            c = min(inside, key=lambda d: d.start)
            for d in cands:
                if d.anchor_timex is tx and d.timex is not day:
                    d.anchor_timex = None  # ("The summit was announced on May 25, a day after": the announcement's day)
            if coarse is not None:
                first, last, value = coarse
                precision = day.precision
            else:
                first, last = day.earliest - timedelta(days=hi), day.earliest - timedelta(days=lo)
                value = first.isoformat() if first == last else tx.value
                precision = "day" if first == last else "unknown"
            c.timex = replace(
                tx, earliest=first, latest=last, precision=precision, type="DATE",
                value=value, anchored_to=f"timex:{day.start}",
                start=day.start, end=tx.end, text=self.text[day.start:tx.end], rule="events_apposed_offset",
                derivation=f"'{self.text[day.start:tx.end]}': '{tx.text}' {a.signal} '{c.text}' counted back from "
                           + (f"'{day.text}' ({day.value}) -> {value}" if coarse is not None else
                              f"'{day.text}' ({day.earliest.isoformat()}) -> {first.isoformat()}"
                              + ("" if first == last else f" to {last.isoformat()}")))
            c.timex_cost = self._SENTENCE_COST - 1.0
            self._date_coordinated_in_clause(c, inside)

    @staticmethod
    def _calendar_shift(when: Timex, tx: Timex) -> tuple[date, date, str] | None:
        """``when`` (a year or a month) moved back by the offset ``tx`` ("a year after", "two months before") in whole
        units of its own precision: (first day, last day, TIMEX3 value), or None when the offset is not a stated
        whole number of years (for a year) or of months or years (for a month), or is hedged ("about", "more than")."""
        a = tx.anchor
        if a is None or tx.mod is not None or _unstated_count(tx):
            return None
        n = abs(a.amount) * (-1 if a.signal == "before" or a.amount < 0 else 1)
        if not (when.precision == "year" and a.unit == "year" or when.precision == "month" and a.unit in ("month", "year")):
            return None
        first = shift(when.earliest, a.unit, -n)
        last = shift(first, when.precision, 1) - timedelta(days=1)
        return first, last, format_at(first, when.precision)

    def _when_after_date(self, k: int) -> Timex | None:
        """The date expression right before the "when" at token ``k`` ("in January 2016, when Riyadh cut ties")."""
        tok = self.tokens
        j = k - 1 if k > 0 and tok.low[k - 1] == "," else k
        for t in self.timexes:
            if tok.at(t.end) == j and j > 0 and tok.sent[j - 1] == tok.sent[k]:
                return t
        return None

    def _date_from_apposed_occasion(self, cands: list[_Cand]) -> None:
        """"their presidents agreed on Wednesday, in a summit that ...", "signed the accord on Monday, at a ceremony in
        Cartagena": an event noun in a phrase set off by a comma right after a day names the occasion of that day."""
        tok = self.tokens
        dct = self.doc.dct
        ends = {tok.at(t.end) - 1: t for t in self.timexes if t.type in ("DATE", "TIME") and t.anchored_to != "event"
                and t.earliest is not None and t.earliest == t.latest and not (dct is not None and t.earliest > dct)}
        for c in cands:
            if c.entry.pos != "noun" or c.timex is not None or c.anchor_timex is not None or c.status not in _FACTUAL \
                    or c.quoted or (c.entry.weak and not c.strong_override):
                continue
            k = c.t0 - 1
            while k >= 0 and c.t0 - k <= 3 and tok.sent[k] == c.sent and (
                    tok.low[k] in self.lex.determiners or self._adjective_like(tok.low[k])) and tok.low[k] != ",":
                k -= 1
            if k < 2 or tok.low[k] not in self.w.occasion_preps or tok.low[k - 1] != "," or tok.sent[k - 2] != c.sent:
                continue
            tx = ends.get(k - 2)
            if tx is None or self._in_quote(tx.start):
                continue
            c.timex, c.timex_cost = tx, self._SENTENCE_COST - 3.0

    def _date_from_where(self, cands: list[_Cand]) -> None:
        """"Trump will fly on Monday to Israel, where he is due to meet Netanyahu": the first event of a "where" clause
        after a clause with a day of its own (no clause break between) is on that day, when it has none of its own and is
        not told as earlier ("where he had spent the weekend"); when an event of the head clause holds the day, the two
        are tied instead (``_relative_time_constraints``)."""
        tok = self.tokens
        dct = self.doc.dct
        for k in tok.where(("where",)):
            if k < 2 or tok.low[k - 1] != ",":
                continue
            k0 = tok.at(self.sentences[tok.sent[k]][0])
            days = [t for t in self.timexes if k0 <= tok.at(t.start) < k - 1 and t.type in ("DATE", "TIME")
                    and t.earliest is not None and t.earliest == t.latest and t.anchored_to != "event"
                    and tok.clause[tok.at(t.start)] == tok.clause[k - 1] and not self._in_quote(t.start)]
            if not days:
                continue
            tx = days[-1]
            if any(d.t1 <= k and d.timex is not None and d.timex.start == tx.start for d in cands):
                continue  # an event of the head clause holds the day: a same-day tie with it (_relative_time_constraints)
            after = [c for c in cands if c.sent == tok.sent[k] and c.t0 > k and tok.clause[c.t0] == tok.clause[k]]
            if not after:
                continue
            c = min(after, key=lambda c: c.t0)
            if c.timex is not None or c.anchor_timex is not None or c.quoted \
                    or any(tok.low[j] in self.w.pluperfect_aux for j in range(k + 1, c.t0)) \
                    or (c.status in _FACTUAL and dct is not None and tx.earliest > dct) \
                    or (c.status not in _FACTUAL and dct is not None and tx.earliest < dct):
                continue
            c.timex, c.timex_cost = self._time_stamp_reading(tx), self._SENTENCE_COST - 2.0

    def _date_from_since(self, cands: list[_Cand]) -> None:
        """"Iraq and Oman had hosted several rounds of talks since 2021", "has met Xi three times since 2022": a past
        act told as repeated or lasting "since" a time lies between that time and the publication date."""
        tok = self.tokens
        dct = self.doc.dct
        if dct is None:
            return
        for tx in self.timexes:
            k = tok.at(tx.start)
            if k == 0 or k >= len(tok.low) or tok.low[k - 1] != "since" or tx.type not in ("DATE", "TIME") \
                    or tx.earliest is None or tx.earliest > dct or self._in_quote(tx.start):
                continue
            pool = [c for c in cands if c.sent == tok.sent[k] and c.t1 <= k - 1 and c.status == "occurred"
                    and ((c.entry.pos == "verb" and c.tense == "past")  # (or the noun of "had hosted talks")
                         or (c.entry.pos == "noun" and c.determiner not in self.w.definite
                             and self._tense_class(c, c.status) in ("past", "perfect")))
                    and not c.quoted and c.timex is None
                    and c.anchor_timex is None
                    and not any(d.entry.pos == "verb" and c.t1 <= d.t0 < k for d in cands)  # (objects may be event nouns)
                    and not any(tok.low[j] in self.lex.clause_breaks or tok.low[j] in (",", "that", "first", "time", "last")
                                for j in range(c.t1, k - 1))]  # ("met for the first time since 2019": a time of its own)
            if not pool:
                continue
            c = pool[-1]
            c.timex = replace(tx, start=tok.starts[k - 1], text=self.text[tok.starts[k - 1]:tx.end], latest=dct,
                              precision="unknown", rule="events_since",
                              derivation=f"'since {tx.text}': from {tx.earliest.isoformat()} ({tx.derivation}) to the "
                                         f"publication date {dct.isoformat()}")
            c.timex_cost = 10.0

    def _trim_anchor_clauses(self) -> None:
        """"Turkey said the day after the first deal was announced that it would consider ...": the clause an offset
        counts from ends before the "that" of what is said (after a reporting verb before the offset, or right after
        the clause's participle); the engine may run it on to the end of the sentence."""
        tok = self.tokens
        out, changed = [], False
        for t in self.timexes:
            a = t.anchor
            if t.anchored_to == "event" and a is not None and a.clause_start is not None and a.clause_end is not None:
                k0, k1, ti = tok.at(a.clause_start), tok.at(a.clause_end), tok.at(t.start)
                said = ti > 0 and tok.low[ti - 1] in self.lex.reporting
                for k in range(k0 + 1, min(k1, len(tok.low))):
                    prev = tok.low[k - 1]
                    if tok.low[k] == "that" and (said or (len(prev) > 3 and prev.endswith(("ed", "en")))):
                        t = replace(t, anchor=replace(a, clause_end=tok.ends[k - 1]))
                        changed = True
                        break
                else:
                    end = self._clause_past_insert(k0, k1)
                    if end is not None:
                        t = replace(t, anchor=replace(a, clause_end=end))
                        changed = True
            out.append(t)
        if changed:
            self.timexes = tuple(out)
            self.__dict__.pop("_anchor_spans_cache", None)

    def _verb_like(self, k: int) -> bool:
        """Could token ``k`` be the verb of a clause (an auxiliary, a past form, a verb trigger)?"""
        w = self.tokens.low[k]
        if self.text[self.tokens.starts[k]].isupper():
            return False  # ("Jared")
        return w in self.w.passive_aux or w in self.w.past_aux or w in self.w.perfect_aux or w in self.lex.reporting \
            or (len(w) > 3 and w.endswith("ed")) or any(c.entry.pos == "verb" for c in self._cands_by_tok.get(k, ()))

    def _clause_past_insert(self, k0: int, k1: int) -> int | None:
        """"a day after the pilot, Wing Commander X, was taken prisoner": the engine stops the clause an offset counts
        from at the comma of an apposition or a relative clause (", who is 70,"), before its verb. When the clause has
        no verb and a comma-delimited insert follows it, the clause runs on past the insert to the end of its
        predicate (the next comma or semicolon, or the end of the sentence): the end offset, else None."""
        tok = self.tokens
        n = len(tok.low)
        nar = self.lex.narrative
        if k1 >= n or k1 <= k0 or tok.low[k1] != "," or any(self._verb_like(k) for k in range(k0, k1)) \
                or (nar is not None and all(tok.low[k] in nar.back_references for k in range(k0, k1))):
            return None  # ("two days after that, an airliner ... landed": the event told before)
        si = tok.sent[k1]
        close = next((j for j in range(k1 + 2, min(n, k1 + 14)) if tok.sent[j] == si and tok.low[j] in (",", ";")), None)
        if close is None or tok.low[close] != "," or close + 1 >= n or tok.sent[close + 1] != si \
                or not any(self._verb_like(j) for j in range(close + 1, min(n, close + 3)) if tok.sent[j] == si):
            return None
        j = close + 1
        while j < n and tok.sent[j] == si and tok.low[j] not in (",", ";", ":") and tok.low[j][:1] not in (".", "!", "?"):
            j += 1
        return tok.ends[j - 1]

    def _find_day_references(self, cands: list[_Cand]) -> list[tuple[_Cand, _Cand, int]]:
        """"Two days after the ceasefire, Aliyev met Pashinyan. That evening, he called Putin": "that evening" is the
        day of the event just told. The engine resolves it against the last date expression; when that event is
        placed by an offset from another event instead, the day is its day: (event, event just told, days after).
        A later "that day" counting from such an expression is the day of the event it dates ("... met separately
        that evening. ... held talks that day"). The expression stays with its events until the other passes have
        shared it with the events of their sentence ("met that evening and asked for ..."); ``_undate_day_references``
        then takes it from all of them."""
        dct = self.doc.dct
        out: list[tuple[_Cand, _Cand, int]] = []
        by_start = {t.start: t for t in self.timexes}
        placed = {id(gov) for _, gov in self._pronoun_govs}
        held: dict[int, _Cand] = {}  # start of an expression read so -> the first event it dates
        self._day_ref_timexes: dict[int, tuple[_Cand, int]] = {}  # id(expression) -> (event just told, days after)
        for c in sorted(cands, key=lambda c: (c.timex.start if c.timex is not None else -1, c.start)):
            tx = c.timex
            if tx is None or tx.rule not in self.w.day_back_references or tx.earliest is None or tx.earliest != tx.latest:
                continue
            if id(tx) in self._day_ref_timexes:
                continue
            if tx.anchored_to.startswith("timex:") and tx.anchored_to[6:].isdigit():
                ref = by_start.get(int(tx.anchored_to[6:]))
                ref_day = ref.earliest if ref is not None else None
            else:
                ref, ref_day = None, dct if tx.anchored_to == "dct" else None
            if ref_day is None:
                continue
            if ref is not None and ref.start in held and held[ref.start] is not c:
                last = held[ref.start]  # "that day" after such a "that evening": the day of the event it dates
            else:
                told = [d for d in cands if d.start < tx.start and d is not c and d.status in _FACTUAL and not d.quoted
                        and (d.actors or d.group) and (d.entry.pos == "verb" or d.strong) and d.entry.type != "STATEMENT"
                        and d.timex is not tx]
                if not told:
                    continue
                last = self._last_placed_told(sorted(told, key=lambda d: d.start), placed, self.tokens.sent[self.tokens.at(tx.start)])
                if last is None:
                    continue  # the event just told is dated by an expression: the engine's reference is its day
            delta = (tx.earliest - ref_day).days
            if abs(delta) > 1:
                continue
            held[tx.start] = c
            self._day_ref_timexes[id(tx)] = (last, delta)
            for d in cands:  # the expression dates its owner and the events of its sentence that share it
                if d.timex is tx:
                    out.append((d, last, delta))
        return out

    @staticmethod
    def _last_placed_told(told: list[_Cand], placed: set[int], si: int) -> _Cand | None:
        """The event just told (of ``told``, in text order) that a day reference in sentence ``si`` counts from, when
        it is placed by an offset from another event; None when it is dated by an expression of its own. Events told
        in the sentence just before with no date of their own are passed over: they lie on the day of the one before
        ("Li met Yoon a day before the summit. The two agreed to ... Kishida and Li met that evening")."""
        for d in reversed(told):
            if d.timex is not None:
                return None
            if d.anchor_timex is not None or id(d) in placed:
                return d
            if d.sent < si - 1:
                return None
        return None

    def _join_coordinated_dates(self, cands: list[_Cand]) -> None:
        """"hosted two rounds of talks in July and August", "hosted talks in 2021 and 2022": two dates of one precision
        (months, years) joined by "and" tell the stretch from the first to the second (one date would leave out the
        other): an event that holds either holds the stretch."""
        tok = self.tokens
        joined: dict[int, Timex] = {}  # id of either date -> the stretch
        for tx in self.timexes:
            if tx.type != "DATE" or tx.precision not in ("month", "year") or tx.anchored_to == "event" \
                    or tx.earliest is None or tx.latest is None:
                continue
            k = tok.at(tx.end)
            if k + 1 >= len(tok.low) or tok.low[k] != "and" or tok.sent[k + 1] != tok.sent[k]:
                continue
            nxt = next(iter(self._timexes_between(tok.starts[k + 1], tok.ends[k + 1])), None)
            if nxt is None or nxt.type != "DATE" or nxt.precision != tx.precision or nxt.earliest is None \
                    or nxt.latest is None or nxt.earliest <= tx.latest or nxt.anchored_to == "event":
                continue
            joined[id(tx)] = joined[id(nxt)] = replace(
                tx, end=nxt.end, text=self.text[tx.start:nxt.end], latest=nxt.latest, precision="unknown",
                rule="events_coordinated_dates",
                derivation=f"'{self.text[tx.start:nxt.end]}': from '{tx.text}' ({tx.derivation}) to '{nxt.text}' "
                           f"({nxt.derivation}): {tx.earliest.isoformat()} to {nxt.latest.isoformat()}")
        if not joined:
            return
        for c in cands:
            if c.timex is not None and id(c.timex) in joined:
                c.timex = joined[id(c.timex)]

    def _undate_day_references(self, cands: list[_Cand]) -> None:
        """Take each expression ``_find_day_references`` read as the day of an event just told from the events it
        dates (those of its sentence that share it too): a tie to that event dates them instead."""
        refs = self.__dict__.get("_day_ref_timexes") or {}
        if not refs:
            return
        have = {id(d) for d, _, _ in self._day_refs}
        ties = self.__dict__.get("_occasion_ties", {})
        for d in cands:
            if d.timex is None or id(d.timex) not in refs:
                continue
            last, delta = refs[id(d.timex)]
            d.timex, d.timex_cost = None, 1e9
            ties.pop(id(d), None)
            if id(d) not in have and d is not last:
                self._day_refs.append((d, last, delta))

    def _day_reference_constraints(self, ids, seen) -> list[Constraint]:
        out = []
        for c, told, delta in getattr(self, "_day_refs", ()):
            if c.cluster is None or told.cluster is None or c.cluster == told.cluster:
                continue
            s_id, t_id = ids[told.cluster], ids[c.cluster]
            if (s_id, t_id) in seen or (t_id, s_id) in seen:
                continue
            seen.add((s_id, t_id))
            s0, s1 = self.sentences[c.sent]
            phrase = next((t.text for t in self.timexes if s0 <= t.start < s1 and t.rule in self.w.day_back_references),
                          "the same day")
            out.append(Constraint(source=s_id, target=t_id, lo_days=delta, hi_days=delta,
                                  kind="same_day" if delta == 0 else "offset",
                                  evidence=f"'{phrase}': {self.text[s0:s1]}", doc=self.doc.id))
        return out

    def _in_anchor_clause(self, offset: int, but_not: Timex | None = None) -> bool:
        """Is ``offset`` inside the clause an event-anchored offset counts from ("a day before <the two leaders
        met>")? That event is dated through the offset, never by the other dates of the sentence."""
        for t in self._anchor_spans:
            if t is not but_not and t.anchor.clause_start <= offset < t.anchor.clause_end \
                    and not (t.anchor.clause_start <= (but_not.start if but_not else -1) < t.anchor.clause_end):
                return True
        return False

    @property
    def _anchor_spans(self) -> list[Timex]:
        if not hasattr(self, "_anchor_spans_cache"):
            self._anchor_spans_cache = [t for t in self.timexes if t.anchored_to == "event" and t.anchor is not None
                                        and t.anchor.clause_start is not None and t.anchor.clause_end is not None]
        return self._anchor_spans_cache

    @property
    def _sequence_words(self) -> frozenset[str]:
        """One-word "after"/"before" cues: a date on the far side of one belongs to the other event."""
        if not hasattr(self, "_sequence_words_cache"):
            self._sequence_words_cache = frozenset(p[0] for kind in ("after", "before") for p in self.lex.sequence[kind]
                                                   if len(p) == 1)
        return self._sequence_words_cache

    _SENTENCE_COST = 50.0

    def _date_from_sentence(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """An undated event shares the date of another event of its clause: "On Thursday, the envoy
        met Aliyev and urged him to halt ..." (the date went to "met", the nearer trigger). Not across
        clause breaks (reported speech, relative clauses), not from a saying, not for events tied to
        another by "after"/"before" ("after speaking with Putin"), not for plans or back-references."""
        tok = self.tokens
        dated: dict[int, tuple[list[int], list[tuple[int, int, _Cand]]]] = {}  # (``_dated_near``, per sentence)
        phrases = load_occasions().within  # (where a "within" phrase starts: "during", "in the course of")
        within = [k for k in tok.where(frozenset(p[0] for p in phrases)) if any(
            self._phrase_at(k, p) for p in phrases if p[0] == tok.low[k])]
        for c in cands:
            plan = c.status == "planned"  # (a plan shares only a plan's date: "will meet Xi at a summit on Tuesday")
            if (c.timex is not None and (plan or _is_date(c.timex))) or c.anchor_timex is not None or (c.status not in _FACTUAL and not plan) or c.quoted \
                    or not (c.actors or c.group) or (c.entry.weak and not c.strong_override) \
                    or (c.entry.pos == "noun" and c.determiner in self.w.definite):
                continue  # only events in their own right, not mentions that may refer back
            if c.t0 > 0 and any(self._phrase_at(k, p) for k in range(max(0, c.t0 - 3), c.t0)
                                for p in self._sequence_by_first().get(tok.low[k], ())):
                continue
            if self._in_anchor_clause(c.start):
                continue  # "on Thursday, a day before the two leaders met": the meeting is a day after Thursday
            k0 = tok.clause_start(c.t0)  # (the words of its clause before it)
            if bisect.bisect_left(within, k0) < bisect.bisect_left(within, c.t0):
                continue  # "arrived the same day, and during her visit she announced": placed within the visit
            best = None
            for d in self._dated_near(c, by_sent, dated):
                tx = self._day_behind_apposed(d.timex)  # ("on May 11, a day after ...": May 11, not the day before)
                if d is c or tx is None or d.timex_cost >= self._SENTENCE_COST or tx.anchored_to == "event" or not _is_date(tx) \
                        or (not self._plan_of(c, d, tx) if plan else d.status not in _FACTUAL) or (tx.type not in ("DATE", "TIME")
                                                        and not (tx.anchor is not None and tx.earliest is not None)) \
                        or (self._deadline_before(tx) is not None if plan else self._time_to_come(tx)):
                    # ("urged him to conclude the treaty by the end of the year"; a plan's own day to come is a plan's)
                    continue
                reduced = self._reduced_relative_noun(tok.at(tx.start))
                if reduced is not None and reduced is not c and (c.t0 < reduced.t0 or c.t0 > tok.at(tx.end)):
                    continue  # "agreed to revive an accord signed in 2001": the accord's date, not the agreeing's
                if self._date_of_noun(tok.at(tx.start), max(tok.at(tx.start), tok.at(tx.end) - 1), tx) \
                        or (tok.at(tx.start) >= c.t1 and self._year_of_noun(tok.at(tx.start), max(tok.at(tx.start), tok.at(tx.end) - 1), tx)):
                    continue  # "signed a pact, two years after the March 2023 summit": the summit's month, no other act's
                if c.t1 <= d.t0 < tok.at(tx.start) and d.t0 > 0 and tok.low[d.t0 - 1] in self.w.temporal_subordinators:
                    continue  # "attended the summit, then returned before leaving for China on Sunday night": the
                    # date of what "before" sets after it, not of the acts told first
                if c.t1 <= d.t0 and any(tok.low[k] in self.w.coordinators and tok.low[k + 1] in self.w.later_adverbs
                                        for k in range(c.t1, min(d.t0, tok.at(tx.start)) - 1)):
                    continue  # "met Zelensky, and then went on to Moscow on Saturday": the date of what came next
                if tok.at(tx.start) < c.t0 and self._relative_on_event_noun(tok.at(tx.start), c):
                    continue  # "Clashes erupted on Monday despite a ceasefire that the two sides had agreed in Doha": the
                    # act of that ceasefire, told in its relative clause, is no act of Monday
                if d.start > c.start and c.entry.pos == "verb" and "to" in tok.low[c.t1:d.t0] \
                        and tok.at(tx.start) > d.t0 and tok.low[tok.at(tx.start) - 1] == "from":
                    continue  # "urged Israel and Hamas to observe a truce from 6 a.m. on Sunday": the truce's start
                joined = c.start > d.start and c.t0 > 0 and tok.low[c.t0 - 1] == "and" and c.entry.pos == "verb" \
                    and c.tense == "past" and c.source is not None and d.source is not None \
                    and c.source.actor.id == d.source.actor.id \
                    and not self._pluperfect_verb_between(d.t1, c.t0, by_sent.get(c.sent, ()))
                # ("said ... and warned Congress": one occasion, one speaker; not "said it had expelled the ambassador and
                # recalled its envoy", where the "and" joins the second act to the reported pluperfect)
                joined = joined or self._participle_adjunct(c, d, by_sent.get(c.sent, ())) or self._reported_just_done(c, d, tx) \
                    or self._time_before_joined_saying(c, d, tx)
                if not joined and (d.entry.type == "STATEMENT" or (tok.low[d.t0] in self.lex.reporting and c.start > d.start)):
                    continue  # the date of a saying is not the date of what is said
                if c.t0 > tok.at(tx.end) and self._left_subordinate_clause(tok.at(tx.start), c.t0):
                    continue  # "said Lithuania had abandoned the commitment it made when the two countries established ties
                    # in 1991, and warned that ...": 1991 is the "when" clause's; ", and" goes back to the main clause
                if not joined and tok.clause[tok.at(tx.start)] != tok.clause[c.t0] and not self._same_time(tok.at(tx.start), c.t0) \
                        and not self._when_of(tx, c) and not self._resumes_main_clause(tok.at(tx.start), c.t0):
                    continue  # not across "where", "which", "that" after a reporting verb ...
                if tok.at(tx.start) < c.t0 and self._closed_relative(tok.at(tx.start), c.t0):
                    continue  # "Meloni, who first met him in April, praised ..."
                if tok.at(tx.start) > c.t0 and self._in_closing_relative(c.t0, tok.at(tx.start)):
                    continue  # "The truce, which was agreed after two weeks of talks, took effect on Monday"
                if not joined and self._new_subject_between(c, d):
                    continue  # "The two sides had clashed near the shoal, and Manila summoned the envoy last year'
                lo_k, hi_k = sorted((tok.at(tx.start), c.t0))
                coordinated = tok.at(tx.start) < d.t0 < c.t0 and tok.low[c.t0 - 1] == "and" \
                    and c.entry.pos == d.entry.pos == "verb" and c.tense == d.tense == "past"
                if any(tok.low[k] == "had" for k in range(lo_k, hi_k) if not (coordinated and d.t1 <= k < c.t0)) and not any(
                        tok.low[k] == "had" for k in range(max(0, c.t0 - 3), c.t0)) \
                        and not (lo_k < c.t0 and c.tense == "ing" and d.t0 < lo_k + 3):
                    continue  # "told reporters, repeating the line she had used on Sunday": an earlier time (not
                    # "ordered him on Friday to leave, saying he had ignored ... and accusing": the order's participles;
                    # "The next day India withdrew the status it had granted and recalled its envoy": the "had" of the
                    # first verb's object, not a time before the day told)
                if self._in_quote(tx.start):
                    continue  # ('"We agreed on a pullback on May 30," the spokesman said': the time of what is quoted,
                    # not of the saying outside the quotation)
                dist = abs(c.t0 - tok.at(tx.start))
                if best is None or dist < best[0]:
                    best = (dist, tx)
            if best is not None:
                c.timex, c.timex_cost = best[1], self._SENTENCE_COST + best[0]

    def _left_subordinate_clause(self, ti: int, j: int) -> bool:
        """Is token ``ti`` inside a subordinate clause (opened by a ``subordinate_openers`` word, cues.yaml ``grammar``)
        that comes after a verb of its sentence's main clause, with token ``j`` after a ", and" that closes it: the
        coordinated verb at ``j`` goes back to the main clause ("said ... when the two countries established ties in
        1991, and warned ...")?"""
        tok = self.tokens
        si = tok.sent[ti]
        if not any(tok.low[m] == "," and tok.low[m + 1] == "and" for m in range(ti, j - 1)):
            return False
        k = ti - 1
        while k > 0 and tok.sent[k] == si and not (tok.low[k] == "," and tok.low[k + 1] == "and"):
            if tok.low[k] in self.w.subordinate_openers:
                return any(tok.low[m] in self.lex.reporting or any(x.entry.pos == "verb" for x in self._cands_by_tok.get(m, ()))
                           for m in range(tok.at(self.sentences[si][0]), k))
            k -= 1
        return False

    def _time_before_joined_saying(self, c: _Cand, d: _Cand, tx: Timex) -> bool:
        """"Spajic voiced regret over the decision on Friday evening and said ...": the time closes the clause of ``c``,
        told before "and" and the saying ``d`` of the same speaker; the two are one occasion (the time went to the
        saying, the nearer word)."""
        tok = self.tokens
        ti = tok.at(tx.start)
        return c.start < d.start and d.entry.pos == "verb" and d.t0 > 0 and tok.low[d.t0 - 1] == "and" \
            and c.t1 <= ti and tok.at(tx.end) == d.t0 - 1 and c.source is not None and d.source is not None \
            and c.source.actor.id == d.source.actor.id and not any(tok.low[k] in (",", ";") for k in range(c.t1, d.t0))

    def _pluperfect_verb_between(self, a: int, b: int, sent_cands) -> bool:
        """Is there, in tokens ``a``..``b``, an event verb told in the pluperfect ("had expelled": its "had" within three
        words before it, not in a relative clause on the subject)?"""
        tok = self.tokens
        return any(x.entry.pos == "verb" and a <= x.t0 < b and any(
            tok.low[j] in self.w.pluperfect_aux and not self._relative_subject_clause(j) for j in range(max(a, x.t0 - 3), x.t0))
            for x in sent_cands)

    def _plan_of(self, c: _Cand, d: _Cand, tx: Timex) -> bool:
        """Is ``d``, dated by ``tx``, a plan whose day the plan ``c`` of its clause may share: told as planned, or an
        occasion noun whose own day is still to come ("are set to approve the sanctions at a summit on Thursday"), with
        no "after"/"before" cue between the two ("will approve the sanctions before a summit on Thursday")?"""
        if not (d.status == "planned" or (d.entry.pos == "noun" and d.status in _FACTUAL and self._after_publication(tx))):
            return False
        tok = self.tokens
        a, b = min(c.t1, d.t1), max(c.t0, d.t0)
        return not any(self._phrase_at(k, p) for k in range(a, b) for p in self._sequence_by_first().get(tok.low[k], ()))

    def _reported_just_done(self, c: _Cand, d: _Cand, tx: Timex) -> bool:
        """"A spokesman said on Tuesday that the secretary-general urged both sides to ...": an act told in the simple
        past in what a dated saying verb reports (no "had", no "after"/"when" or relative clause between them: only the
        "that" opening the report) is an act of the saying's day, not of some day before it. (A saying noun before a
        comma, "In an interview on Monday, Putin dismissed ...", is a fronted occasion: ``_date_from_fronted_occasion``.)"""
        tok = self.tokens
        if c.entry.pos != "verb" or d.entry.pos != "verb" or c.tense != "past" or not d.t1 <= c.t0 or d.timex is not tx \
                or not (d.entry.type == "STATEMENT" or tok.low[d.t0] in self.lex.reporting) or tok.at(tx.start) >= c.t0:
            return False
        between = range(d.t1, c.t0)
        if (c.entry.type == "STATEMENT" or tok.low[c.t0] in self.lex.reporting) and "," in tok.low[d.t1:c.t0]:
            return False  # "agreed on Saturday to a truce, the president announced": the attribution of the act, told after it
        opening = next((k for k in between if tok.starts[k] >= tx.end), None)  # (the first word after the saying's time)
        return not any(tok.low[k] in self.w.pluperfect_aux or tok.low[k] in self.w.temporal_subordinators
                       or (tok.low[k] in self.w.relative_pronouns and not (k == opening and tok.low[k] == "that"))
                       or tok.low[k] in (";", "(", ")") or tok.sent[k] != tok.sent[c.t0]
                       or tok.low[k] in self.lex.reporting for k in between)

    def _date_from_fronted_occasion(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"In the referendum on Sunday, voters rejected the deal", "In an interview on Monday evening, Putin repeated his
        denial and dismissed ...", "The same day, Arab leaders called on ..., and the crown prince said ...": a phrase
        fronted before the sentence's first comma, opened by a ``fronted_occasion_preps`` word (cues.yaml ``grammar``) and
        naming an occasion (a meeting, statement or vote noun of the lexicon), or made of the date alone, with a date of
        the past in it and no verb of its own, dates the main clause after the comma: its first verb and the verbs
        coordinated with it (``_fronted_scope``), when they have no date of their own. Not "After the vote on Sunday,
        ..." (a sequence: after that day), not "In response to the strikes on Monday, ..." (no occasion), not across
        "that" or a new clause."""
        tok = self.tokens
        preps = self.w.fronted_occasion_preps
        placed = {d.sent for d, _, _ in self._day_refs}  # "That evening, he called Putin": the day of the event just told
        opening: dict[int, list[Timex]] = {}  # sentence -> its expressions in its first words
        for t in self.timexes:
            k = tok.at(t.start)
            if k < len(tok.low) and k - tok.at(self.sentences[tok.sent[k]][0]) < 15:
                opening.setdefault(tok.sent[k], []).append(t)
        for si, (s0, s1) in enumerate(self.sentences):
            pool = by_sent.get(si)
            if not pool or si in placed or si not in opening:
                continue
            k0, k1 = tok.at(s0), tok.at(s1)
            if tok.low[k0] not in preps and not any(tok.at(t.start) <= k0 + 1 for t in opening[si]):
                continue
            kc = next((k for k in range(k0 + 1, min(k1, k0 + 15)) if tok.low[k] in (",", ";", ":")), None)
            if kc is None or tok.low[kc] != ",":
                continue
            days = [t for t in opening[si] if s0 <= t.start and tok.at(t.end) <= kc and _is_date(t)
                    and t.type in ("DATE", "TIME") and t.earliest is not None and t.latest is not None
                    and t.anchored_to != "event" and not self._time_to_come(t)]
            if len(days) != 1:
                continue
            tx = days[0]
            alone = tok.at(tx.start) <= k0 + 1 and tok.at(tx.end) == kc
            if not (alone or tok.low[k0] in preps) or any(c.entry.pos == "verb" and k0 <= c.t0 < kc for c in pool):
                continue
            if any(tok.low[k] in self.lex.clause_breaks or tok.low[k] in self.w.subordinate_stops for k in range(k0, kc)):
                continue  # ("After the vote on Sunday, ...", "When the talks ended on Sunday, ...")
            if not alone and not any(c.entry.pos == "noun" and c.entry.type in ("CONSULT", "STATEMENT", "ANNOUNCE")
                                     and k0 < c.t0 < tok.at(tx.start) for c in pool):
                continue  # an occasion: a meeting, an interview, a referendum (not "In response to the strikes on
                # Monday, Iran fired ...": what the main clause answers, on or after its day)
            kc = self._past_fronted_relative(kc, k1)  # ("At a meeting on Monday, which lasted five hours, they agreed")
            govs = self._fronted_scope([
                c for c in sorted(pool, key=lambda c: c.start) if c.t0 > kc and c.entry.pos == "verb"
                and not any((tok.low[m] == "that" or tok.low[m] in self.lex.clause_breaks)
                            and not self._closed_relative_at(m, c.t0) for m in range(kc, c.t0))])
            for g in govs:
                if g.timex is not None or g.anchor_timex is not None or g.status not in _FACTUAL or g.quoted \
                        or g.tense not in ("past", "ing") or (g.tense == "past" and not self._simple_past(g)):
                    continue
                g.timex, g.timex_cost = tx, self._SENTENCE_COST + 1.0

    def _past_fronted_relative(self, kc: int, k1: int) -> int:
        """"At a meeting in Brussels on Monday, which lasted five hours, the ministers agreed ...": the comma that closes a
        relative clause (", which ... ,", ", where ... ,") right after the fronted phrase's comma ``kc``, where the main
        clause starts; ``kc`` when no such clause follows it (or it does not close within a few words)."""
        tok = self.tokens
        if kc + 1 >= k1 or tok.low[kc + 1] not in self.w.relative_who_which:
            return kc
        for m in range(kc + 2, min(k1, kc + 16)):
            if tok.low[m] in (";", ":") or tok.low[m] in self.w.relative_who_which or tok.low[m] == "that":
                return kc
            if tok.low[m] == ",":
                return m
        return kc

    def _date_from_uttered_threat(self, cands: list[_Cand]) -> None:
        """"Turkey's foreign minister said on Monday that Ankara would respond in kind": a threat (or any act told as
        done by saying what one will do) is made when it is uttered; with no date of its own, it takes the date of the
        saying that reports it ("said on Monday", "on Monday said"), not a range from the tense of "would respond".
        Only for an act read as occurred with "will"/"would" right before it; not across a new clause.
        So too an act told in the progressive inside the saying ("said on Monday it was suspending its participation",
        "said on Tuesday it is withdrawing its envoy"): the speaker's own act announced is under way from the day it is
        told (its subject the speaker's pronoun; "said Russia was massing troops" tells another's act, no such day)."""
        tok = self.tokens
        future = self.w.future_auxiliaries
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.quoted or c.entry.pos != "verb" or c.t0 < 3:
                continue
            progressive = c.status == "ongoing" and c.tense == "ing" and tok.low[c.t0 - 1] in self.w.progressive_aux \
                and tok.low[c.t0 - 2] in self.w.own_pronouns  # (not "said Russia was massing troops": another's act)
            if c.status != "occurred" and not progressive:
                continue
            j = c.t0 - 1
            if tok.low[j] in self.w.verb_negations:
                j -= 1
            if (tok.low[j] not in future and not progressive) or tok.sent[j] != c.sent:
                continue
            k0 = tok.at(self.sentences[c.sent][0])
            says = [k for k in range(k0, j) if tok.low[k] in self.lex.reporting
                    and not any(tok.low[m] in self.lex.clause_breaks or tok.low[m] in future for m in range(k + 1, j))]
            if not says:
                continue
            k = says[-1]
            that = next((m for m in range(k + 1, j) if tok.low[m] == "that"), None)
            near = [t for t in self.timexes if tok.sent[tok.at(t.start)] == c.sent and _is_date(t)
                    and ((t.type in ("DATE", "TIME") and t.earliest is not None and t.latest is not None
                          and t.anchored_to != "event" and not self._time_to_come(t))
                         or (t.anchored_to == "event" and t.anchor is not None and t.anchor.clause_start is not None))
                    and (k - 4 <= tok.at(t.start) < k or (k < tok.at(t.start) <= k + 3
                                                           and (that is None or tok.at(t.end) <= that)))
                    and not any(tok.low[m] in self.lex.clause_breaks or tok.low[m] == ","
                                for m in range(min(k, tok.at(t.start)), max(k, tok.at(t.start))))]
            if not near:
                near = self._fronted_day_of(k)  # "On Monday, Iran said it was suspending ...": the saying's day
            if not near:
                continue
            tx = min(near, key=lambda t: abs(tok.at(t.start) - k))
            if tx.anchored_to == "event":
                c.anchor_timex = tx  # "said the day after the deal was announced that it would ...": that day
            else:
                c.timex, c.timex_cost = tx, self._SENTENCE_COST + 2.0
                self.__dict__.setdefault("_uttered", {})[id(c)] = self.text[tok.starts[k]:tok.ends[k]]

    def _fronted_day_of(self, k: int) -> list[Timex]:
        """"On Monday, the foreign ministry said ...": the date expression that opens the sentence of token ``k`` alone
        before a comma, with only the subject of the verb at ``k`` after that comma (no verb, no clause break), as a
        list (empty when there is none)."""
        tok = self.tokens
        si = tok.sent[k]
        s0, _s1 = self.sentences[si]
        k0 = tok.at(s0)
        for t in self._timexes_between(s0, tok.ends[k]):
            ts = tok.at(t.start)
            if ts > k0 + 1 or tok.sent[ts] != si:
                continue
            comma = tok.at(t.end)
            if comma >= k or tok.low[comma] != "," or k - comma > 8 or not _is_date(t) or t.type not in ("DATE", "TIME") \
                    or t.earliest is None or t.latest is None or t.anchored_to == "event" or self._time_to_come(t):
                return []
            if any(tok.low[m] in self.lex.clause_breaks or tok.low[m] in (",", ";", ":") or self._verb_like(m)
                   for m in range(comma + 1, k)):
                return []
            return [t]
        return []

    def _date_from_coordinated_saying(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"Michel wrote on Friday that the presidency had no mandate, and von der Leyen said that appeasement would not
        stop Putin"; "Merkel said on Tuesday that ..., and the EU presidents said in a joint statement that ...": a saying
        with no date of its own, by a new speaker after ", and", coordinated with a dated saying of its sentence (no
        "that" between the "and" and it, so it is not part of what the first one says), is told of the same day."""
        tok = self.tokens
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.status != "occurred" or c.quoted \
                    or (c.entry.weak and not c.strong_override) or c.source is None:
                continue
            if c.entry.pos == "verb":
                if not self._simple_past(c) or (c.entry.type != "STATEMENT" and tok.low[c.t0] not in self.lex.reporting):
                    continue
                v = c.t0
            else:  # "said in a joint statement"
                v = next((k for k in range(c.t0 - 1, max(-1, c.t0 - 4), -1) if tok.low[k] in self.lex.reporting
                          and tok.sent[k] == c.sent), None)
                if v is None or c.entry.type not in ("STATEMENT", "AGREE", "ANNOUNCE"):
                    continue
            j = next((k for k in range(v - 1, tok.at(self.sentences[c.sent][0]), -1)
                      if tok.low[k] == "and" and tok.low[k - 1] == ","), None)
            if j is None or not (tok.starts[j] < c.source.start and tok.covering(c.source.start) < v) \
                    or any(tok.low[m] in ("that", ";") or tok.low[m] in self.lex.clause_breaks for m in range(j, v)):
                continue
            firsts = [d for d in by_sent.get(c.sent, ()) if d is not c and d.t1 <= j and d.timex is not None
                      and d.timex_cost < self._SENTENCE_COST and (d.entry.type == "STATEMENT" or tok.low[d.t0] in
                                                                  self.lex.reporting)
                      and d.source is not None and d.source.actor.id != c.source.actor.id
                      and d.timex.type in ("DATE", "TIME") and d.timex.anchored_to != "event"
                      and d.timex.earliest is not None and d.timex.earliest == d.timex.latest]
            if firsts:
                d = max(firsts, key=lambda d: d.start)
                c.timex, c.timex_cost = d.timex, self._SENTENCE_COST + 3.0

    def _latest_of_flashbacks(self, own: list[Timex], pool) -> Timex | None:
        """"The visit began on Saturday, when King Salman greeted Trump, an honour he had not extended to Obama when the
        former president flew in in April last year": a sentence whose first event is dated by the one past day it
        names, and which names besides only times that all end before that day (a flashback), narrates that day. Not
        "Both leaders said they wanted ... despite Tehran's announcement last Sunday" (the day of a later aside)."""
        first = min(pool, key=lambda c: c.start) if pool else None
        if first is None or first.timex is None or first.timex_cost >= self._SENTENCE_COST:
            return None
        dct = self.doc.dct
        days = [t for t in own if t.type in ("DATE", "TIME") and t.anchored_to != "event" and t.earliest is not None
                and t.earliest == t.latest and (dct is None or t.earliest <= dct) and not self._in_quote(t.start)]
        if len({t.earliest for t in days}) != 1:
            return None
        day = days[-1]
        if first.timex.start != day.start:
            return None
        rest = [t for t in own if t.earliest != day.earliest or t.latest != day.latest]
        if not rest or not all(t.type in ("DATE", "TIME") and t.latest is not None and t.latest < day.earliest
                               and t.anchored_to != "event" for t in rest):
            return None
        return self._sentence_day([day])

    def _relative_on_event_noun(self, k: int, c: _Cand) -> bool:
        """Is ``c`` told in a relative clause ("that", "which") on an event noun that comes after token ``k`` ("a
        ceasefire that the two sides agreed in Doha")?"""
        tok = self.tokens
        for m in range(c.t0 - 1, k, -1):
            if tok.low[m] in (",", ";") or tok.sent[m] != c.sent:
                return False
            if tok.low[m] in self.w.relative_that_which:
                return any(d is not c and d.entry.pos == "noun" for d in self._cands_by_tok.get(m - 1, ()))
        return False

    def _purpose_time(self, t: Timex) -> bool:
        """"conveyed greetings for the Lunar New Year": a time after "for" is what the act is for, not when it was done
        (a sentence naming only such a time tells no day of its own)."""
        tok = self.tokens
        k = tok.at(t.start) - 1
        if k >= 0 and self.text[tok.starts[k]].isupper() and tok.low[k][:1].isalpha():
            k -= 1  # ("the Lunar New Year": a name's first word left out of the expression)
        if k >= 0 and tok.low[k] in self.w.definite:
            k -= 1
        return k >= 0 and tok.low[k] == "for" and tok.sent[k] == tok.sent[tok.at(t.start)]

    def _sentence_period(self, si: int, own: list[Timex]) -> Timex | None:
        """"The African Union stepped into the crisis last week. Meeting in Addis Ababa, its leaders agreed ...": a sentence
        that opens its paragraph, tells no event of its own and whose only date is a past week or month sets the scene
        of that period: the sentences after it in its paragraph go on in it. (Not "North Korea freed three detainees in
        April. Kim also met Trump": the month of an act told, not of a scene.)"""
        if si > 0 and "\n" not in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]:
            return None
        dct = self.doc.dct
        dates = [t for t in own if _is_date(t)]
        if len(dates) != 1:
            return None
        t = dates[0]
        if t.type != "DATE" or t.precision not in ("week", "month") or t.anchored_to == "event" or t.earliest is None \
                or t.latest is None or (dct is not None and t.latest > dct) or self._in_quote(t.start) \
                or self._background_date(t):
            return None
        return t if self._timex_owner.get(t.start) is None else None

    def _carries_on_later(self, si: int, cands) -> bool:
        """Does sentence ``si`` tell its acts as coming after the period told before it, by a ``later_adverbs`` word of
        cues.yaml ("Since then, Russia expelled ...", "Russia later expelled ...", "Subsequently, ...") before its first
        act (or in its first words)? Then a past week or month that frames its paragraph does not date them."""
        tok = self.tokens
        s0, s1 = self.sentences[si]
        k0, k1 = tok.at(s0), tok.at(s1)
        first = min((c.t0 for c in cands), default=k1)
        return any(tok.low[k] in self.w.later_adverbs for k in range(k0, min(k1, max(first, k0 + 3))))

    def _sequence_by_first(self) -> dict[str, list]:
        """The "after"/"before" sequence phrases of the lexicon by their first word (looked up per token)."""
        index = self.__dict__.get("_sequence_first")
        if index is None:
            index = {}
            for kind in ("after", "before"):
                for p in self.lex.sequence[kind]:
                    index.setdefault(p[0], []).append(p)
            self._sequence_first = index
        return index

    def _participle_adjunct(self, c: _Cand, d: _Cand, pool) -> bool:
        """"China and the United States agreed on Saturday to resume talks, pulling back from an escalation", "Tusk said on
        Friday, citing ...": a participle set off by a comma after a verb in the simple past, with nothing between but
        that verb's object and infinitive plan (no "that", no quote, no other act), tells the same occasion: its date."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.tense != "ing" or d.entry.pos != "verb" or d.tense != "past" or d.quoted \
                or not d.t1 < c.t0 or tok.low[c.t0 - 1] != "," or tok.sent[d.t0] != tok.sent[c.t0]:
            return False
        if any(tok.low[k] in ("that", '"', "“", "”", ";", ":", "which", "who", "when", "while", "after", "before")
               for k in range(d.t1, c.t0)):
            return False
        return all(self._infinitive_complement(x) for x in pool if x is not c and x is not d and d.t1 <= x.t0 < c.t0)

    def _resumes_main_clause(self, i: int, j: int) -> bool:
        """"On August 3, the junta revoked its agreements with France, which keeps troops there, and ended the missions of
        its envoys": token ``j`` opens a verb coordinated by ", and" with the main clause of token ``i`` (``i`` before
        ``j``), after relative clauses ("who", "which") that close with that ", and"."""
        tok = self.tokens
        if not (i < j and j >= 2 and tok.low[j - 1] == "and" and tok.low[j - 2] == "," and tok.sent[i] == tok.sent[j]):
            return False
        breaks = [k for k in range(i + 1, j + 1) if tok.clause[k] != tok.clause[k - 1]]
        return len(breaks) == 1 and tok.low[breaks[0]] in self.w.relative_who_which and self._closed_relative_at(breaks[0], j)

    def _new_subject_between(self, c: _Cand, d: _Cand) -> bool:
        """Are the events of one sentence in clauses joined by ", and" where the later one has a subject of its own, not
        the earlier one's ("clashed near the shoal, and Manila summoned the envoy last year")?"""
        tok = self.tokens
        a, b = (c, d) if c.t0 < d.t0 else (d, c)
        if b.source is None or b.source.start < a.end or (a.source is not None and a.source.actor.id == b.source.actor.id):
            return False
        k = tok.at(b.source.start)
        return any(tok.low[m] == "," and tok.low[m + 1] == "and" for m in range(a.t1, k))

    def _closed_relative(self, i: int, j: int) -> bool:
        """Is token ``i`` inside a relative clause set off by commas (", who ... ,", ", which ... ,") that closes
        before token ``j``?"""
        tok = self.tokens
        k = i
        while k > 0 and tok.sent[k - 1] == tok.sent[i] and tok.low[k] not in self.w.relative_who_which and i - k < 20:
            k -= 1
        if tok.low[k] not in self.w.relative_who_which or k == 0 or tok.low[k - 1] != ",":
            return False
        return "," in tok.low[i:j]

    def _closed_relative_at(self, k: int, j: int) -> bool:
        """Does the relative clause opened at token ``k`` ("who", "which") close with ", and" before token ``j``
        ("13 Israelis were handed over, with workers who were freed under a separate arrangement, and Israel
        released 39 Palestinians": the main clause goes on after it)?"""
        tok = self.tokens
        if tok.low[k] not in self.w.relative_who_which:
            return False
        return any(tok.low[m] == "," and tok.low[m + 1] == "and" for m in range(k + 1, j - 1)) \
            and not any(tok.low[m] in self.lex.reporting for m in range(k + 1, j))

    def _when_of(self, tx: Timex, c: _Cand) -> bool:
        """"had last spoken in April, when Biden proposed the summit": a "when" clause right after a date
        tells what happened at that date."""
        tok = self.tokens
        k = tok.at(tx.end)
        if k < len(tok.low) and tok.low[k] == ",":
            k += 1
        if k + 1 < c.t0 and tok.low[k] in self.w.relative_occasion_preps and tok.low[k + 1] == "which":
            k += 1  # "a NATO summit in Brussels on Wednesday of last week, at which he accused Germany": at that date
        return k < c.t0 and tok.low[k] in ("when", "which") and (tok.low[k] == "when" or tok.low[k - 1] in self.w.relative_occasion_preps) \
            and tok.sent[k] == c.sent and tok.clause[k] == tok.clause[c.t0]

    def _same_time(self, i: int, j: int) -> bool:
        """Are tokens ``i`` and ``j`` of one sentence in clauses joined only by words of simultaneity
        ("A day later, the envoys met in Yevlakh, while the Council held an emergency meeting")?"""
        tok = self.tokens
        nar = self.lex.narrative
        if nar is None or tok.sent[i] != tok.sent[j]:
            return False
        a, b = min(i, j), max(i, j)
        for k in range(a + 1, b + 1):
            if tok.clause[k] != tok.clause[k - 1] and tok.low[k] not in nar.same_time:
                return False
        return True

    _OCCASION_COST = 65.0

    def _date_from_occasion(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"Before the ceremony, Trump received Netanyahu"; "was announced on August 13 by Trump after a phone call with
        Netanyahu": news tells one occasion as a sequence. In one clause (or after a fronted cue), an event in the simple
        past told just before or after a one-day occasion, when only one of the two is dated, lies on that day. The tie
        is recorded (``_occasion_ties``); the undated event's date rests on it (basis "constraint"). Not for events that
        last ("before the war"), not across a duration ("after months of talks"), not for a pluperfect ("had met"), not
        for a mention of an event told before ("after speaking with Putin" when that call was told)."""
        occ = load_occasions()
        tok = self.tokens
        self._occasion_ties: dict[int, tuple[_Cand, str, int, int]] = {}  # id(cand) -> (dated event, cue, span)
        self._named_occasions: dict[int, _Cand] = {}  # id(definite noun) -> the occasion told before that it names
        anchored_ends = [t.end for t in self.timexes if t.anchored_to == "event"]

        def one_day(x: _Cand) -> bool:
            t = x.timex
            return t is not None and t.earliest is not None and t.earliest == t.latest and t.anchored_to != "event" \
                and x.timex_cost <= self._PREVIOUS_COST + 10 and id(x) not in self._occasion_ties and x.status in _FACTUAL

        def undated(x: _Cand) -> bool:
            return x.timex is None and x.anchor_timex is None

        def simple_past(x: _Cand) -> bool:
            if x.status != "occurred" or x.quoted or any(tok.low[j] in self.w.pluperfect_aux for j in range(max(0, x.t0 - 3), x.t0)
                                                        if tok.sent[j] == x.sent):
                return False
            return x.entry.pos == "noun" or x.tense in ("past", "ing") \
                or (x.tense == "base" and x.determiner in self.w.indefinite_articles and tok.low[x.t0 - 1] not in self.w.verb_markers)
            # (a verb form after "a", "after a drone attack", is a noun)

        def told_before(x: _Cand) -> bool:  # "after speaking with Putin by phone": the call told earlier
            mine = self._keys(x)
            return bool(mine) and any(d.sent < x.sent and d.entry.type == x.entry.type and mine <= self._keys(d)
                                      and (d.entry.lemma == x.entry.lemma or (x.medium and d.medium == x.medium))
                                      for d in cands)

        for k in tok.where(occ.cues):
            if k in self.timex_cover or any(e <= tok.starts[k] <= e + 2 for e in anchored_ends):
                continue  # "four days after", "the day after the vote" are the temporal engine's
            if k > 0 and k - 1 in self.timex_cover and any(self._short_lapse_cue(t) == k for t in self.timexes
                                                           if t.end <= tok.starts[k] <= t.end + 2 and t.value == "PXD"):
                continue  # "Days after the vote": one to nine days, not the vote's day (_short_lapse_constraints)
            si = tok.sent[k]
            pool = sorted(by_sent.get(si, ()), key=lambda c: c.start)
            anchor = next((c for c in pool if k < c.t0 <= k + 4 and tok.clause[c.t0] == tok.clause[k]), None)
            named = False
            if anchor is None:
                anchor, named = self._occasion_named(k + 1, cands), True
            if anchor is not None and not named and anchor.entry.pos == "noun" and anchor.timex is None \
                    and anchor.anchor_timex is None and anchor.determiner in self.w.definite:
                told = [d for d in cands if d.sent < si and d.entry.type == anchor.entry.type and one_day(d)
                        and not d.quoted and (d.entry.lemma == anchor.entry.lemma
                                              or self._same_sitting(anchor, d))]  # (the same word: "that summit" is
                # no phone call told before; or a word for the same sitting: "held talks ... after the meeting")
                if told:  # "welcomed the two leaders at the gate before the talks": the talks told before, with their day
                    best = max(told, key=lambda d: (d.entry.lemma == anchor.entry.lemma, d.start))  # (same word first)
                    self._named_occasions[id(anchor)] = best
                    anchor, named = best, True
            if anchor is None or anchor.status != "occurred" or anchor.quoted:
                continue
            a_end = anchor.t1 if anchor.sent == si else k + 1
            while a_end < len(tok.low) and tok.sent[a_end] == si and tok.clause[a_end] == tok.clause[k] \
                    and tok.low[a_end] not in (",", ";"):
                a_end += 1
            if any(j in self.timex_cover for j in range(k + 1, a_end)):
                continue  # "after months of talks", "after speaking ... in the preceding days": a time of its own
            fronted = k == tok.at(self.sentences[si][0]) or tok.low[k - 1] in ("and", "but", "that", "—", "-") \
                or (tok.low[k - 1] == "," and not any(c.t1 <= k for c in pool)) \
                or self._opening_frame_cue(k, pool)  # (", after ..." closing a clause is not)
            if fronted:
                govs = self._fronted_scope([
                    c for c in pool if c.t0 >= a_end
                    and (c.entry.pos == "verb" or c.subject_tok is not None or c.start < tok.starts[c.t0])
                    and not any((tok.low[m] == "that" or tok.low[m] in self.lex.clause_breaks)
                                and not self._closed_relative_at(m, c.t0) for m in range(a_end, c.t0))])
            else:
                before = [c for c in pool if c.t1 <= k and not any(tok.low[m] in self.lex.clause_breaks
                                                                     for m in range(c.t1, k))
                          and not self._other_time_between(c, k)]
                govs = before[-1:]  # (across the "that" of "announced that agreement after ...")
                main = self._main_clause_verb(k, pool)
                if main is not None:
                    govs = [main]  # "met Netanyahu on Friday and warned him that ..., hours after Russia vetoed": the met
                if govs and tok.low[k - 1] == "," and self._infinitive_complement(govs[0]):
                    # "agreed on Wednesday to return their envoys and to begin talks, after a summit": the cue set off
                    # by a comma goes with the main verb, not with the plans it takes
                    main = [c for c in before if c.status == "occurred" and c.entry.pos == "verb"
                            and c.entry.type not in ("STATEMENT", "ANNOUNCE")]
                    if main and all(self._infinitive_complement(c) for c in before if c.start > main[-1].start):
                        govs = main[-1:]
            p_end = tok.ends[min(a_end, k + 5, len(tok.low)) - 1] if anchor.sent == si else tok.ends[min(a_end, k + 3) - 1]
            phrase = (tok.starts[k], p_end)
            for g in govs:
                if g is anchor or not simple_past(g):
                    continue
                weak = g.entry.weak and not g.strong_override  # (a tie makes no event of a weak word: "and the
                # military said ..."; a weak word dated by its own day still dates its occasion: "said on Monday after
                # hosting talks")
                if not weak and one_day(anchor) and (undated(g) or self._carried_under_frame(g, k, pool)) \
                        and anchor.entry.type not in occ.lasting_types:  # (not "before the war")
                    g.timex, g.timex_cost = anchor.timex, self._OCCASION_COST
                    self._occasion_ties[id(g)] = (anchor, f"'{self.text[phrase[0]:phrase[1]]}' tells '{g.text}' as part "
                                                          f"of the occasion of '{anchor.text}'", *phrase)
                elif one_day(g) and (not weak or g.timex_cost < self._SENTENCE_COST) and undated(anchor) and not named \
                        and simple_past(anchor) \
                        and id(g) not in self.__dict__.get("_said_dates", ()) \
                        and (anchor.entry.pos != "noun" or anchor.determiner not in self.w.definite) \
                        and not told_before(anchor):
                    anchor.timex, anchor.timex_cost = g.timex, self._OCCASION_COST
                    self._occasion_ties[id(anchor)] = (g, f"'{self.text[phrase[0]:phrase[1]]}' tells '{anchor.text}' as "
                                                            f"part of the occasion of '{g.text}'", *phrase)
        for c in cands:  # "A day later, the envoys met in Yevlakh, while the Council held an emergency meeting": the
            # day of the other clause, also when it comes from an offset (a tie, not a date expression)
            if not undated(c) or not simple_past(c) or not (c.actors or c.group) or id(c) in self._occasion_ties:
                continue
            for d in by_sent.get(c.sent, ()):
                if d is not c and d.anchor_timex is not None and d.timex is None and d.status in _FACTUAL \
                        and tok.clause[d.t0] != tok.clause[c.t0] and self._same_time(d.t0, c.t0):
                    k = next(j for j in range(min(c.t0, d.t0) + 1, max(c.t0, d.t0) + 1)
                             if tok.clause[j] != tok.clause[j - 1])
                    self._occasion_ties[id(c)] = (d, f"'{tok.low[k]}' joins '{c.text}' to the time of '{d.text}'",
                                                  tok.starts[k], tok.ends[k])
                    break

    def _same_sitting(self, noun: _Cand, d: _Cand) -> bool:
        """"held talks with Scholz on Friday ... Speaking after the meeting": a definite meeting noun names the meeting
        told before with another word of the same kind (``sitting_nouns`` in cues.yaml ``grammar``), when neither is
        told as held by phone or in writing."""
        low = self.tokens.low
        return noun.entry.type == d.entry.type == "CONSULT" and noun.medium in (None, "in_person") \
            and d.medium in (None, "in_person") \
            and low[noun.t0] in self.w.sitting_nouns and (
                (d.entry.pos == "verb" and d.entry.lemma.startswith("meet")) or low[d.t0] in self.w.sitting_nouns)

    def _carried_under_frame(self, g: _Cand, k: int, pool: list[_Cand]) -> bool:
        """Is the date of ``g`` only carried over from the sentence before, while its own sentence opens on a phrase
        that names its occasion ("At a news conference after the talks, ...": the talks, not the last day told)?"""
        if g.timex is None or g.anchor_timex is not None or g.timex_cost < self._PREVIOUS_COST \
                or not self._opening_frame_cue(k, pool):
            return False
        self._framed.pop(id(g), None)
        self._follows.pop(id(g), None)
        return True

    def _opening_frame_cue(self, k: int, pool: list[_Cand]) -> bool:
        """"Speaking after the meeting, Scholz told ...", "At a news conference after the talks, Macron said ...": the cue
        at token ``k`` sits in a phrase that opens the sentence before its first comma (a lone -ing word, or a phrase
        opened by a ``fronted_occasion_preps`` word), with no verb of its own: it frames the main clause."""
        tok = self.tokens
        k0 = tok.at(self.sentences[tok.sent[k]][0])
        if not k0 < k <= k0 + 5 or any(tok.low[j] in (",", ";", ":") for j in range(k0, k)):
            return False
        if any(c.entry.pos == "verb" and k0 <= c.t0 < k for c in pool):
            return False
        if k == k0 + 1 and tok.low[k0].endswith("ing") and tok.low[k0][:1].isalpha():
            return True  # "Speaking after the meeting,"
        return tok.low[k0] in self.w.fronted_occasion_preps and k > k0 + 1  # "At a news conference after the talks,"

    _PREVIOUS_COST = 80.0

    def _date_from_previous_sentence(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """News narrates one occasion over consecutive sentences ("On Tuesday the ministers met in Geneva.
        They agreed to ..."): an undated past event in a sentence with no date expression, no anchored
        offset and no "after"/"before" takes the one past day that the sentence before it (same paragraph)
        names, or carries on from it (up to ``max_chain`` date-less sentences), flagged
        "date_from_previous_sentence" and with a low confidence."""
        tok = self.tokens
        nar = self.lex.narrative
        max_chain = nar.max_chain if nar is not None else 1
        if max_chain < 1:
            return
        day_of: dict[int, tuple[Timex, int] | None] = {}  # sentence -> (the day it narrates, sentences away)

        def narrated(si: int) -> tuple[Timex, int] | None:
            if si in day_of:
                return day_of[si]
            s0, s1 = self.sentences[si]
            own = [t for t in self.timexes if s0 <= t.start < s1 and _is_date(t) and not self._time_to_come(t)
                   and not self._purpose_time(t)]
            # ("They also agreed to revive an accord signed in 2001": the accord's year, not the day told)
            if own and all(self._attributive_date(t) for t in own):
                own = []  # "said the strikes answered the April 22 attack": which attack, not the day told
            if own and all(self._background_date(t) for t in own) and not any(
                    d.timex is not None and d.timex.start == t.start and not d.quoted for t in own
                    for d in by_sent.get(si, ()) if self._simple_past(d)):
                own = []  # "Sweden had halted arms exports in 2019": a time of background does not end the scene
            found: tuple[Timex, int] | None = None
            if own:
                found = self._sentence_day(own) or self._sentence_frame(si, own) \
                    or self._latest_of_flashbacks(own, by_sent.get(si, ())) or self._sentence_period(si, own)
                found = (found, 0) if found is not None else None
                if found is not None and (si == 0 or "\n" in self.text[self.sentences[si - 1][1]:s0]) \
                        and not any(d.actors or d.group for d in by_sent.get(si, ())):
                    found = (found[0], -len(self.sentences))  # "The reaction in Washington on Monday was swift.": a
                    # paragraph's opening sentence that tells no act of its own frames the whole paragraph
            elif si > 0 and "\n" not in self.text[self.sentences[si - 1][1]:s0]:
                prev = narrated(si - 1)
                if prev is not None and (prev[1] < 0 or prev[0].earliest != prev[0].latest) \
                        and self._carries_on_later(si, by_sent.get(si, ())):
                    # (after a frame, or a month an act sentence tells: at most a lower bound, from that period on; "Kim
                    # delivered a letter on June 1. Trump then told reporters ...": that day's sequel, the same day)
                    for d in by_sent.get(si, ()):
                        self.__dict__.setdefault("_tense_bounds", {})[id(d)] = (
                            prev[0].earliest, None, f"told as coming after '{prev[0].text}' ({prev[0].earliest.isoformat()})")
                    prev = None  # "Relations soured in January. Since then, Russia expelled ...": past the frame
                if prev is not None and prev[1] + 1 <= max_chain:
                    found = (prev[0], prev[1] + 1)
            elif si > 0 and self._follow_frame(si):
                prev = narrated(si - 1)  # "At the news conference that followed, ...": the scene of the paragraph before
                if prev is not None:
                    found = (prev[0], 1 - len(self.sentences))  # (its own events too)
                    follow_at[si] = self.text[s0:s1].split(",", 1)[0]
            elif si > 0 and (under := self._under_frame(si, cands)) is not None:
                found = (under, 1 - len(self.sentences))  # "Under the memorandum, Finland pledged ...": its day
                follow_at[si] = "under:" + self.text[s0:s1].split(",", 1)[0]
            day_of[si] = found
            return found

        self._framed: dict[int, Timex] = {}
        self._framed_answers: dict[int, Timex] = {}  # id(cand) -> the day of the act its paragraph opens on
        self._follows: dict[int, str] = {}  # id(cand) -> the opening words of its paragraph ("At the talks that followed")
        follow_at: dict[int, str] = {}
        own_dates: dict[int, bool] = {}  # sentence -> has it dates of its own
        during: dict[str, list[tuple[str, ...]]] = {}  # the "during" phrases by their first word
        for p in self.lex.sequence["during"]:
            during.setdefault(p[0], []).append(p)
        placed = {id(gov) for _, gov in self._pronoun_govs}  # "... It came nine days after ...": placed by that offset
        placed |= {id(d) for d, _, _ in self._day_refs}  # "That evening, ...": the day of the event just told
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.status != "occurred" or c.quoted or id(c) in placed \
                    or not (c.actors or c.group or c.predicated) or (c.entry.weak and not c.strong_override) or c.sent == 0 \
                    or (c.entry.pos == "noun" and c.determiner in self.w.definite):
                continue
            answer = (c.entry.type == "STATEMENT" and not c.strong_override and not self._act_said(c)) or self._reaction_verb(c) \
                or id(c) in self._said_supports \
                or self._joined_reaction(c, by_sent) is not None \
                or not (c.actors or c.group)  # (an act told without its agent: only in a paragraph that opens on its day,
            # "The fighting came on Tuesday afternoon. Armed men stormed a military centre")
            backshift = False
            if c.entry.pos == "verb" and (c.tense not in ("past", "ing") or self._tense_class(c, c.status) != "past"
                                          or any(tok.low[j] == "had" for j in range(max(0, c.t0 - 3), c.t0)
                                                 if tok.sent[j] == c.sent)):
                if not self._reported_backshift(c):
                    continue  # "had met": before the day told; "has met": not tied to it
                backshift = True  # "told reporters that the alliance had withdrawn": reported speech, shifted back
            s0, s1 = self.sentences[c.sent]
            dated = own_dates.get(c.sent)
            if dated is None:
                dated = own_dates[c.sent] = any(t.start < s1 and t.end > s0 and _is_date(t) and not self._time_to_come(t)
                                                and self._reduced_relative_noun(tok.at(t.start)) is None
                                                for t in self.timexes)
            if dated:
                continue  # the sentence has dates of its own ("for an hour" is none, nor "conclude it by the year's end")
            if any(self._phrase_at(k, p) for k in range(max(tok.at(s0), c.t0 - 3), c.t0)
                   for p in self._sequence_by_first().get(tok.low[k], ())):
                continue  # "after speaking by phone": placed by the event it precedes, not by the day told
            if self._short_lapse_in(c.sent):
                continue  # "Days after the vote, the president dissolved ...": placed by that vote
            if any(self._phrase_at(k, p) for k in range(tok.at(s0), tok.at(s1))
                   for p in during.get(tok.low[k], ()) if tok.clause[k] == tok.clause[c.t0]):
                continue  # "On the day the deal was announced, Turkey recalled ...": placed by that event (also after it)
            if any(tok.low[k] in self.w.relative_who_which and k > 0 and tok.low[k - 1] == "," for k in range(max(0, c.t0 - 3), c.t0)
                   if tok.sent[k] == c.sent):
                continue  # "Qatar, which mediated the talks, welcomed ...": a description of its subject, not the day told
            found = narrated(c.sent)
            if c.sent > 0 and "\n" not in self.text[self.sentences[c.sent - 1][1]:s0] and any(
                    s0 <= t.start < s1 and _is_date(t) and self._reduced_relative_noun(tok.at(t.start)) is not None
                    for t in self.timexes):
                prev = narrated(c.sent - 1)  # ("They also agreed to revive an accord signed in 2001": its only date
                # is the accord's; the sentence goes on from the one before)
                found = (prev[0], prev[1] + 1) if prev is not None and 0 <= prev[1] < max_chain else None
            if found is None and self._continues_scene(c, cands):  # "// The two leaders also agreed": sittings.py
                found = self._scene_day_before(c.sent, narrated, max_chain)
            if found is None and self._wire_paragraph_step(c, cands):
                prev = narrated(c.sent - 1)  # wire copy: a paragraph of one sentence goes on from the one before
                found = (prev[0], prev[1] + 1) if prev is not None and prev[1] + 1 <= max_chain else None
            framed = found is not None and found[1] < 0
            if framed and (c.entry.type == "STATEMENT" or self._reaction_verb(c) or self._joined_reaction(c, by_sent)
                           or (nar is not None and c.entry.type in nar.reaction_types and self._simple_past(c))) \
                    and not self._frames_answers(c.sent, follow_at):
                if self._framed_answer_same_day(c, found[0]):  # "North Korea tested a missile on Monday. Japan
                    c.timex, c.timex_cost = found[0], self._PREVIOUS_COST  # protested": assumed that day (narrative_steps)
                    self._framed_answers[id(c)] = found[0]
                else:
                    self._bound_answer_from(c, found[0])  # (on or after that day: "Japan later protested")
                continue  # ("The fighting came on Tuesday afternoon. ... The prime minister said ...": an answer)
            if found is not None and not framed and self._told_in_response(c):
                self._bound_answer_from(c, found[0])  # "Tehran summoned the Dutch ambassador in response": after it
                continue
            if backshift and not (found is not None and (found[1] < 0 or found[1] >= 1 and self._day_of_a_scene(
                    c.sent - found[1], found[0], by_sent) and self._scene_of_its_actors(c, c.sent - found[1], found[0],
                                                                                    by_sent))):
                continue  # (only the day of its actors' scene just told or of its paragraph's frame: not a saying's day)
            if answer and not framed and not self._pronoun_goes_on(c, found):
                continue  # "Poland condemned the pact": on or after what it answers, not on the day just told (unless the
                # paragraph opens on its day: "The reaction in Washington on Monday was swift. McCain called ...")
            if backshift:
                self.__dict__.setdefault("_backshifts", {})[id(c)] = (c, found[0], found[1])
                continue  # (dated after the occasion ties: narrative_steps._date_backshifts)
            if found is not None and found[1] < 0 and found[1] + len(self.sentences) >= 1:
                c.timex, c.timex_cost = found[0], self._PREVIOUS_COST  # (framed by its paragraph's opening sentence)
                self._framed[id(c)] = found[0]
                k = next((k for k in range(c.sent, -1, -1) if k in follow_at), None)
                if k is not None and not any("\n" in self.text[self.sentences[j - 1][1]:self.sentences[j][0]]
                                             for j in range(k + 1, c.sent + 1)):
                    self._follows[id(c)] = follow_at[k]
            elif found is not None and found[1] >= 1:
                c.timex, c.timex_cost = found[0], self._PREVIOUS_COST + 5.0 * (found[1] - 1)
        narrated = None  # (a closure that calls itself is a reference cycle: broken, its cells are freed now; speed only)

    def _frames_answers(self, si: int, follow_at: dict) -> bool:
        """Does the paragraph of sentence ``si`` open on the answers it tells ("The reaction in Washington on Monday was
        swift.", ``answer_frames`` in dating.yaml) or on a scene that follows ("At the news conference that followed")?
        Then its statements and reactions take the paragraph's day; otherwise they are answers to the act it opens on,
        assumed of that day unless told later (``_framed_answer_same_day``: "The fighting came on Tuesday afternoon.
        Armed men stormed ... The prime minister later said ...": on or after that day)."""
        p = si
        while p > 0 and "\n" not in self.text[self.sentences[p - 1][1]:self.sentences[p][0]]:
            p -= 1
        if p in follow_at:
            return True
        s0, s1 = self.sentences[p]
        return bool(set(_TOKEN.findall(self.text[s0:s1].lower())) & load_occasions().answer_frames)

    def _under_frame(self, si: int, cands: list[_Cand]) -> Timex | None:
        """"Under the memorandum, Finland and Sweden pledged ...; in return, Turkey agreed ...": a paragraph that opens with
        "Under" (``under_frames`` in dating.yaml) and a definite noun naming an agreement told before with a day tells what
        was agreed in it: that day (the date of the event the noun names)."""
        tok = self.tokens
        s0 = self.sentences[si][0]
        k0 = tok.at(s0)
        if "\n" not in self.text[self.sentences[si - 1][1]:s0] or tok.low[k0] not in load_occasions().under_frames:
            return None
        k = k0 + 1
        while k < len(tok.low) and k < k0 + 4 and tok.low[k] in self.lex.determiners:
            k += 1
        told = [d for d in cands if d.start < s0 and tok.low[d.t0] == tok.low[k] and d.timex is not None
                and d.status in _FACTUAL and d.timex_cost < self._SENTENCE_COST]
        named = max(told, key=lambda d: d.start) if told and k > k0 + 1 else self._occasion_named(k0 + 1, cands)
        if named is None or named.timex is None or named.timex.earliest is None \
                or named.timex.earliest != named.timex.latest or named.entry.type != "AGREE":
            return None
        return named.timex

    def _follow_frame(self, si: int) -> bool:
        """"At the joint news conference that followed, ...", "In the talks that followed, ...", "Afterwards, ...": a
        paragraph that opens by placing its scene right after what the paragraph before told (``follow_frames`` in
        dating.yaml), before any event of its own."""
        s0, s1 = self.sentences[si]
        if "\n" not in self.text[self.sentences[si - 1][1]:s0]:
            return False
        head = self.text[s0:s1].split(",", 1)[0].lower()
        words = _TOKEN.findall(head)
        if len(words) > 10:
            return False
        frames = load_occasions().follow_frames
        return any(tuple(words[-len(f):]) == f or (len(f) == 1 and words == list(f)) for f in frames)

    def _wire_paragraph_step(self, c: _Cand, cands: list[_Cand]) -> bool:
        """Wire copy sets each sentence as a paragraph of its own: there, a paragraph break between two one-sentence
        paragraphs is no break of the story's thread when the event's actors acted in the sentence before ("Zelenskiy
        met Erdogan in Ankara on Thursday. // He urged Turkey to host the talks.")."""
        si = c.sent
        if si < 1 or not self._wire_style() or not c.actors:
            return False
        gap = lambda a, b: self.text[self.sentences[a][1]:self.sentences[b][0]]  # noqa: E731
        if "\n" not in gap(si - 1, si) or (si + 1 < len(self.sentences) and "\n" not in gap(si, si + 1)) \
                or (si - 2 >= 0 and "\n" not in gap(si - 2, si - 1)):
            return False  # (both paragraphs of one sentence)
        mine = self._keys(c) | self._countries(c)
        return any(d.sent == si - 1 and d.status in _FACTUAL and (self._keys(d) | self._countries(d)) & mine
                   for d in cands)

    def _wire_style(self) -> bool:
        """Are most paragraphs of the text a single sentence (wire copy)?"""
        if not hasattr(self, "_wire"):
            sizes, n = [], 1
            for si in range(1, len(self.sentences)):
                if "\n" in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]:
                    sizes.append(n)
                    n = 0
                n += 1
            sizes.append(n)
            self._wire = len(sizes) >= 4 and sorted(sizes)[len(sizes) // 2] == 1
        return self._wire

    def _reacts(self, entry: TriggerEntry) -> bool:
        """Is one of the lemmas a lexicon entry stands for ("(applaud|congratulate)") a reaction (``reactions``)?"""
        nar = self.lex.narrative
        if nar is None:
            return False
        cache = self.__dict__.setdefault("_reacts_cache", {})
        if entry.lemma not in cache:
            cache[entry.lemma] = any(p in nar.reactions for p in _expanded(entry.lemma))
        return cache[entry.lemma]

    def _reaction_verb(self, c: _Cand) -> bool:
        """"condemned", "welcomed", "denounced": a verb that answers something told (``reactions`` in dating.yaml)."""
        nar = self.lex.narrative
        return nar is not None and c.entry.pos == "verb" and self._reacts(c.entry) \
            and c.entry.type in nar.reaction_types

    def _sentence_day(self, own: list[Timex]) -> Timex | None:
        """The one past day a sentence is about: its day-precise dates (not anchored to an event, not
        after the publication date, not the date of a plan), when they all name the same day."""
        dct = self.doc.dct
        days = []
        for t in own:
            if t.type in ("DURATION", "SET") and t.anchor is None:
                continue  # "for two hours", "a seven-day truce": no date
            if t.anchor is not None and t.anchor.unit in ("minute", "hour") and t.earliest is None:
                continue  # "on Friday morning, minutes after the truce expired": the day is still Friday
            if t.anchored_to == "event" and t.earliest is None and t.type == "DURATION" \
                    and any(u is not t and u.anchor is None and u.type in ("DATE", "TIME") for u in own):
                continue  # "met on Monday, a week after the election": the offset places the election, not the day
            if t.type not in ("DATE", "TIME") or t.anchored_to == "event" or t.earliest is None \
                    or t.earliest != t.latest or self._in_quote(t.start) or (dct is not None and t.earliest > dct):
                return None
            owner = self._timex_owner.get(t.start)
            if owner is not None and owner.status not in _FACTUAL:
                return None
            k = self.tokens.at(t.start)
            if any(self.tokens.low[j] in self.w.pluperfect_aux and not self._relative_subject_clause(j)
                   for j in range(max(0, k - 6), k) if self.tokens.sent[j] == self.tokens.sent[k]):
                return None  # "repeating the line she had used on Sunday": an earlier time, not the day the sentence tells
            days.append(t)
        if not days or len({t.earliest for t in days}) != 1:
            return None
        return days[-1]

    def _relative_subject_clause(self, j: int) -> bool:
        """Is the "had" at token ``j`` inside a relative clause on the subject noun ("The fighting that many had feared came
        on Tuesday afternoon"), not a complement of a saying ("said that he had met ...")?"""
        tok = self.tokens
        return any(tok.low[i] in self.w.relative_pronouns and i > 0 and tok.sent[i - 1] == tok.sent[j]
                   and not any(tok.low[x] in self.lex.reporting for x in range(max(0, i - 5), i))
                   and tok.low[i - 1][:1].isalpha()
                   and i - 1 not in self.mention_cover and tok.at(self.sentences[tok.sent[j]][0]) <= i - 2
                   for i in range(max(0, j - 3), j))

    def _sentence_frame(self, si: int, own: list[Timex]) -> Timex | None:
        """"In April, North Korea said ... . It also freed ...": a past month or week that opens a sentence frames the
        sentences after it in its paragraph, until a new date; its only date expression, not a plan's."""
        tok = self.tokens
        dct = self.doc.dct
        dates = [t for t in own if _is_date(t)]
        if len(dates) != 1:
            return None
        t = dates[0]
        k0 = tok.at(self.sentences[si][0])
        if t.type != "DATE" or t.precision not in ("month", "week") or t.anchored_to == "event" or t.earliest is None \
                or t.latest is None or (dct is not None and t.latest > dct) or self._in_quote(t.start) \
                or tok.at(t.start) - k0 > 1 or tok.at(t.end) >= len(tok.low) or tok.low[tok.at(t.end)] != ",":
            return None
        owner = self._timex_owner.get(t.start)
        return t if owner is None or owner.status in _FACTUAL else None
