"""Stage 5 of the event extractor: constraints between events for reasoning.

Anchored offsets ("four days after the letter"), "after that", "during", reported and occasion links, sequences
("later that day"), pronoun offsets and cancellations (``_link_cancels``) become ``Constraint``s between event ids.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import timedelta

from timeline.events.common import _Cand, _FACTUAL, _expanded, _is_date, _TOKEN, _unstated_count
from timeline.events.occasions import load_occasions
from timeline.model import Constraint, Event, Timex


class ConstraintMixin:
    """Constraints between events: offsets, anchors, sequences, cancellations."""

    # ---- constraints and links

    def _constraints(self, clusters, ids, cands) -> list[Constraint]:
        out: list[Constraint] = []
        seen: set[tuple[str, str]] = set()
        live = [c for c in cands if c.cluster is not None]
        for c in live:
            tx = c.anchor_timex
            if tx is None or tx.anchor is None:
                continue
            a = tx.anchor
            src = None
            if a.clause_start is not None:
                src = self._anchor_event(c, tx, live)
            elif tx.anchored_to.startswith("timex:"):
                # "two days later": the event dated by the expression it counts from
                ref = int(tx.anchored_to.split(":", 1)[1]) if tx.anchored_to[6:].isdigit() else -1
                owners = [d for d in live if d.timex is not None and d.timex.start == ref and d.cluster != c.cluster]
                src = owners[0] if owners else None
            else:
                k = self.tokens.at(tx.end)
                if k + 1 < len(self.tokens.low) and self.tokens.low[k + 1] == "than":
                    continue  # "a day later than first planned": later than a plan, not after an event told
                before = [d for d in live if d.start < tx.start and d.cluster != c.cluster]
                told = [d for d in before if d.status in _FACTUAL]  # ("agreeing to disband": a plan, not a time told)
                src = max(told or before, key=lambda d: d.start) if before else None
            if src is None:
                continue
            lo, hi = self._offset_bounds(tx)
            s_id, t_id = ids[src.cluster], ids[c.cluster]
            if (s_id, t_id) in seen:
                continue
            seen.add((s_id, t_id))
            s0, s1 = self.sentences[c.sent]
            out.append(Constraint(source=s_id, target=t_id, lo_days=lo, hi_days=hi, kind="offset",
                                  evidence=f"'{tx.text}': {self.text[s0:s1]}", doc=self.doc.id))
        out.extend(self._pronoun_offset_constraints(ids, live, seen))
        out.extend(self._day_reference_constraints(ids, seen))
        out.extend(self._occasion_constraints(ids, seen))
        out.extend(self._sequence_constraints(ids, live, seen))
        out.extend(self._relative_time_constraints(ids, live, seen))
        out.extend(self._reaction_constraints(ids, seen))
        out.extend(self._joined_reaction_constraints(ids, seen))
        out.extend(self._short_lapse_constraints(ids, live, seen))
        out.extend(self._reported_constraints(ids, live, seen))
        out.extend(self._response_order_constraints(ids, live, seen))
        out.extend(self._done_by_publication_constraints(clusters, ids))
        return self._widen_for_spans(out, clusters, ids)

    def _widen_for_spans(self, constraints: list[Constraint], clusters, ids) -> list[Constraint]:
        """"The summit opened on Tuesday evening and ends on Thursday", "signed on the eve of the summit": an event that
        fills several days ("until", "ends on", "overnight", "a two-day visit") is one node of the network, one day of
        its stretch; a constraint told of it holds for its first or last day, so it is widened by the stretch's length
        (never narrowing the stretch to one day)."""
        spans = getattr(self, "_span_days", {})
        if not spans:
            return constraints
        by_id = {ids[k]: spans[id(cl)] for k, cl in enumerate(clusters) if id(cl) in spans}
        out = []
        for k in constraints:
            extra = by_id.get(k.source, 0) + by_id.get(k.target, 0)
            if k.kind == "during":  # (what is done during a stretch lies within it: the stretch's own range holds it)
                extra = by_id.get(k.target, 0)
            if extra:
                k = replace(k, lo_days=None if k.lo_days is None else k.lo_days - extra,
                            hi_days=None if k.hi_days is None else k.hi_days + extra,
                            kind="offset" if k.kind == "same_day" else k.kind)
            out.append(k)
        return out

    def _reported_constraints(self, ids, live: list[_Cand], seen) -> list[Constraint]:
        """"Egypt said on Sunday that Israel and Hamas had agreed to a ceasefire": what a dated saying reports as past
        happened no later than the saying (the date dates the saying, and bounds what is said from above)."""
        tok = self.tokens
        out = []
        # (the mentions of each sentence by where they end, and the trigger words in order: a saying with a trigger word
        # between it and ``c`` reports no more than that word's event, so only those after the last one before ``c`` are
        # read, in the order of ``live``; a sentence of thousands of words is no longer read once per mention)
        by_sent: dict[int, list[tuple[int, int, _Cand]]] = {}
        for n, d in enumerate(live):
            by_sent.setdefault(d.sent, []).append((d.t1, n, d))
        ends = {k: (sorted(v), sorted(t1 for t1, _n, _d in v)) for k, v in by_sent.items()}
        triggers = sorted(self.trigger_toks)
        for c in live:
            if c.status != "occurred" or c.quoted or c.entry.pos != "verb" or c.tense != "past" \
                    or self._cluster_dated(c.cluster) or any(x.anchor_timex is not None for x in self._clusters[c.cluster].cands):
                continue  # (only an event with no date of its own: the bound is all the text gives)
            t0 = self._joined_pluperfect_start(c, by_sent.get(c.sent, ()))  # ("had expelled X and recalled": from "expelled")
            last = bisect.bisect_left(triggers, t0) - 1  # (the last trigger word before ``c``: a saying ends after it)
            sent_ends, keys = ends[c.sent]
            lo = bisect.bisect_right(keys, triggers[last]) if last >= 0 else 0
            for d in [d for _n, d in sorted((n, d) for _t1, n, d in sent_ends[lo:bisect.bisect_right(keys, t0)])]:
                if d.sent != c.sent or d.t1 > t0 or d.cluster == c.cluster or d.status not in _FACTUAL or d.quoted \
                        or not (d.entry.type == "STATEMENT" or d.entry.lemma in self.w.telling_lemmas) \
                        or not self._cluster_dated(d.cluster):
                    continue
                between = tok.low[d.t1:t0]
                pluperfect = any(tok.low[j] in self.w.pluperfect_aux for j in range(max(d.t1, t0 - 3), t0))
                # ("said it had already expelled": its "had" within three words before it)
                if not ("that" in between or pluperfect) or any(k in self.trigger_toks for k in range(d.t1, t0)) \
                        or any(w in self.w.event_clause_breaks for w in between):
                    continue
                s_id, t_id = ids[c.cluster], ids[d.cluster]
                if (s_id, t_id) in seen or (t_id, s_id) in seen:
                    continue
                seen.add((s_id, t_id))
                s0, s1 = self.sentences[c.sent]
                out.append(Constraint(s_id, t_id, 0, None, "before", f"'{d.text} ... {c.text}' (what a saying reports "
                                      f"as past came no later than the saying): {self.text[s0:s1]}", self.doc.id))
                break
        return out

    def _joined_pluperfect_start(self, c: _Cand, sent_mentions) -> int:
        """Where the act ``c`` is reported from: "said it had expelled the ambassador and recalled its envoy": a past verb
        right after "and" that joins it to a verb told in the pluperfect just before it ("had" right before that verb, no
        other trigger word or clause break between them) is reported with it, from that verb's token; else ``c``'s own.
        So too with its own "had" after the "and" ("said it had expelled the ambassador and had recalled its envoy")."""
        tok = self.tokens
        a = c.t0 - 1 if c.t0 > 0 and tok.low[c.t0 - 1] in self.w.pluperfect_aux else c.t0  # (the "had" of "and had recalled")
        if a < 2 or tok.low[a - 1] != "and":
            return c.t0
        before = [x for _t1, _n, x in sent_mentions if x.entry.pos == "verb" and x.t1 < c.t0 and x.tense == "past"]
        if not before:
            return c.t0
        x = max(before, key=lambda x: x.t0)
        if x.t0 == 0 or tok.low[x.t0 - 1] not in self.w.pluperfect_aux \
                or any(k in self.trigger_toks or tok.low[k] in (",", ";", ":") for k in range(x.t1, a - 1)):
            return c.t0
        return x.t0

    def _occasion_constraints(self, ids, seen) -> list[Constraint]:
        """The ties of ``_date_from_occasion``: the undated event is on the day of the dated one."""
        out = []
        for c in self._clusters and [x for cl in self._clusters for x in cl.cands]:
            tie = getattr(self, "_occasion_ties", {}).get(id(c))
            if tie is None:
                continue
            other, reason = tie[0], tie[1]
            other_cluster = other.cluster
            if other_cluster is None and other.timex is not None:  # ("the last meeting of the visit", folded into
                # "received ... on Monday"): the event that holds the same date expression
                other_cluster = next((k for k, cl in enumerate(self._clusters) if any(
                    x.timex is not None and x.timex.start == other.timex.start and x.timex_cost < self._PREVIOUS_COST
                    and id(x) not in self._occasion_ties for x in cl.cands)), None)
            if c.cluster is None or other_cluster is None or c.cluster == other_cluster:
                continue
            if any(x.timex is not None and x.timex_cost < self._SENTENCE_COST for x in self._clusters[c.cluster].cands):
                continue  # the event has a date of its own
            s_id, t_id = ids[other_cluster], ids[c.cluster]
            if (s_id, t_id) in seen or (t_id, s_id) in seen:
                continue
            seen.add((s_id, t_id))
            s0, s1 = self.sentences[c.sent]
            lo = hi = 0
            t, o = c.timex, other.timex
            if t is not None and o is not None and None not in (t.earliest, t.latest, o.earliest, o.latest) \
                    and o.earliest == o.latest and t.earliest <= o.earliest <= t.latest:
                lo, hi = (t.earliest - o.earliest).days, (t.latest - o.latest).days  # (a stretch around that day)
            within = id(c) in getattr(self, "_sitting_ties", ())  # (told at a sitting: within its stretch)
            out.append(Constraint(source=s_id, target=t_id, lo_days=lo, hi_days=hi,
                                  kind="during" if within else "same_day" if lo == hi == 0 else "offset",
                                  evidence=f"{reason} (one occasion): {self.text[s0:s1]}", doc=self.doc.id))
        return out

    def _offset_bounds(self, tx: Timex) -> tuple[int | None, int | None]:
        """Days from the anchoring event to the anchored one: "four days after" 4..4, "six weeks after" 36..48 (news
        rounds), "less than three weeks later" 0..24 (an upper bound only), "more than a month after" 28.. (a lower
        bound only)."""
        a = tx.anchor
        occ = load_occasions()
        vague = _unstated_count(tx)  # "hours before" (PTXH), "days
        # after" (PXD): no number stated
        sign = -1 if a.signal == "before" or (a.amount is not None and a.amount < 0) else 1
        lo_days: int | None
        hi_days: int | None
        if a.unit in ("hour", "minute"):  # "48 hours later": two days; "Hours before the meeting": the same day
            n = 0 if vague or a.amount is None else abs(a.amount) * (1 if a.unit == "hour" else 0)
            lo_days, hi_days = n // 24, -(-n // 24)
        else:
            lo_u, hi_u = self.lex.units.get(a.unit, (1, 1))
            span = next(((lo, hi) for unit, lo, hi in occ.unstated if unit == a.unit), (2, 9))
            n_lo, n_hi = span if vague else (abs(a.amount), abs(a.amount))  # "days after": a few
            slack = self.lex.slack.get(a.unit, 0.0) if n_hi > 1 else 0.0
            lo_days = n_lo * lo_u - round(n_lo * lo_u * slack)
            hi_days = n_hi * hi_u + round(n_hi * hi_u * slack)
        words = tuple(_TOKEN.findall(tx.text.lower()))
        if tx.mod in ("LESS_THAN", "EQUAL_OR_LESS") or any(words[:len(p)] == p for p in occ.at_most):
            lo_days = 0
        elif tx.mod in ("MORE_THAN", "EQUAL_OR_MORE") or any(words[:len(p)] == p for p in occ.at_least):
            hi_days = None
        if sign > 0:
            return lo_days, hi_days
        return (-hi_days if hi_days is not None else None), -lo_days

    def _find_pronoun_offsets(self, cands: list[_Cand]) -> list[tuple[Timex, _Cand]]:
        """"Azerbaijan launched its offensive on Tuesday. It came nine days after Armenia held drills with the
        United States": an offset in a sentence whose subject is "it"/"this" places the event told just before."""
        tok = self.tokens
        out = []
        for tx in self._anchor_spans:
            lo, hi = tx.anchor.clause_start, tx.anchor.clause_end
            if any(c.anchor_timex is tx and not lo <= c.start < hi for c in cands):
                continue  # an event of the sentence counts from it
            k = tok.at(tx.start)
            si = tok.sent[k] if k < len(tok.low) else -1
            if si <= 0:
                continue
            k0 = tok.at(self.sentences[si][0])
            if (tok.low[k0] not in self.w.event_pronouns and not self._back_reference_subject(k0, k)) or k - k0 > 4 \
                    or any(j in self.trigger_toks or not tok.low[j][:1].isalpha() for j in range(k0 + 1, k)):
                continue  # "It came nine days after ...", not "It said two days after ..."
            told: list[_Cand] = []
            for back in (1, 2):  # the event told just before; past a sentence that tells none ("The decree says ...")
                if si - back < 0:
                    break
                told = [d for d in cands if d.sent == si - back and d.status in _FACTUAL and not d.quoted
                        and d.entry.type != "STATEMENT" and (d.actors or d.group)
                        and not (d.t1 < len(tok.low) and tok.low[d.t1] == "by")]  # (not "the terms offered by Baku")
                if told:
                    break
            if told:
                out.append((tx, min(told, key=lambda d: (d.entry.pos != "verb", not d.strong, d.start))))
        return out

    def _back_referred_event(self, i: int, live: list[_Cand]) -> list[_Cand]:
        """The event told in the sentence before (same paragraph) that a sentence opening "It came ..." or "The
        agreement came ..." (``_back_reference_subject``) stands for, with the cue at token ``i``; else none."""
        tok = self.tokens
        si = tok.sent[i]
        if si < 1:
            return []
        k0 = tok.at(self.sentences[si][0])
        if i - k0 > 4 or not (tok.low[k0] in self.w.event_pronouns or self._back_reference_subject(k0, i)) \
                or any(j in self.trigger_toks and any(d.entry.pos == "verb" for d in self._cands_by_tok.get(j, ()))
                       for j in range(k0 + 1, i)) \
                or "\n" in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]:
            return []
        told = [d for d in live if d.sent == si - 1 and d.status in _FACTUAL and not d.quoted
                and d.entry.type != "STATEMENT" and (d.actors or d.group)]
        return [min(told, key=lambda d: (d.entry.pos != "verb", not d.strong, d.start))] if told else []

    def _back_reference_subject(self, k0: int, k: int) -> bool:
        """"The measures came a day after Washington approved the sale", "The move followed ...": a sentence opening on
        a definite noun that is no trigger and names no actor, then a ``placing_verbs`` word of cues.yaml before the
        offset at ``k``: the noun stands for the event told just before, as "It came ..." does."""
        tok = self.tokens
        if tok.low[k0] not in self.w.definite:
            return False
        v = next((j for j in range(k0 + 1, min(k, k0 + 4)) if tok.low[j] in self.w.placing_verbs), None)
        return v is not None and v > k0 + 1 and all(tok.low[j].isalpha() and j not in self.mention_cover
                                                     for j in range(k0 + 1, v))

    def _pronoun_offset_constraints(self, ids, live: list[_Cand], seen) -> list[Constraint]:
        out = []
        for tx, gov in getattr(self, "_pronoun_govs", ()):
            if gov.cluster is None:
                continue
            src = self._anchor_event(replace(gov, sent=self.tokens.sent[self.tokens.at(tx.start)]), tx, live)
            if src is None or src.cluster == gov.cluster:
                continue
            lo, hi = self._offset_bounds(tx)
            s_id, t_id = ids[src.cluster], ids[gov.cluster]
            if (s_id, t_id) in seen or (t_id, s_id) in seen:
                continue
            seen.add((s_id, t_id))
            s0, s1 = self.sentences[self.tokens.sent[self.tokens.at(tx.start)]]
            out.append(Constraint(source=s_id, target=t_id, lo_days=lo, hi_days=hi, kind="offset",
                                  evidence=f"'{tx.text}': {self.text[s0:s1]}", doc=self.doc.id))
        return out

    def _anchor_event(self, c: _Cand, tx: Timex, live: list[_Cand]) -> _Cand | None:
        """The event that "four days after <clause>" counts from. A trigger inside the clause is it, unless
        it is a noun that is only the subject of the clause ("a day before the deal was due to expire": the
        expiry, which is no event of the lexicon, not the deal). A back-reference ("two days after that")
        is the event told just before; a noun that is no trigger ("two days after the letter") is the
        event of the last sentence that names that noun."""
        a = tx.anchor
        tok = self.tokens
        lo, hi = a.clause_start, a.clause_end or a.clause_start
        told = self._event_told_in_passive(tok.at(lo), live, c)
        if told is not None:
            return told  # "the day after the first deal was announced": the first announcement told before
        inside = [d for d in live if lo <= d.start < hi and d.cluster != c.cluster]
        if any(w in load_occasions().first for w in _TOKEN.findall(tx.text.lower())):
            for d in inside:  # "on the first day of the truce" after "The truce began on Friday": the beginning told
                began = [e for e in live if e.start < lo and e.entry.lemma == d.entry.lemma and e.predicated
                         and e.timex is not None and e.cluster not in (c.cluster, None) and e.status in _FACTUAL]
                if began:
                    return max(began, key=lambda e: e.start)
        subject_only = False
        for d in sorted(inside, key=lambda d: d.start):
            if d.entry.pos == "verb":
                return d
            if self._has_predicate(d.t1, tok.at(hi)):
                return d  # "a day before the summit opened": the summit's opening
            if d.subject_tok is not None:
                return d  # "after Armenia held exercises": a light verb's noun is the clause's event
            rest = [tok.low[k] for k in range(d.t1, tok.at(hi)) if not self.text[tok.starts[k]].isupper()]
            if any(w in self.w.aux_after_noun or (w.endswith("ed") and len(w) > 3) for w in rest):
                subject_only = True
                continue
            return d
        if subject_only:
            return None
        words = [w for w in tok.low[tok.at(lo):tok.at(hi)] if w[:1].isalpha()]
        nar = self.lex.narrative
        if nar is not None and words and all(w in nar.back_references for w in words):
            before = [d for d in live if d.start < tx.start and d.cluster != c.cluster]
            return max(before, key=lambda d: (d.strong, d.start) if d.sent == c.sent else (False, d.start)) \
                if before else None
        s_end = self.sentences[c.sent][1]
        after = [d for d in live if lo <= d.start < s_end and d.cluster != c.cluster and d.start > tx.end
                 and tok.clause[tok.at(d.start)] == tok.clause[tok.at(lo)]
                 and not {",", "that"} & set(tok.low[tok.at(hi):tok.at(d.start)])]
        if after:  # the clause as the engine cut it may stop short of its verb
            return min(after, key=lambda d: d.start)
        head = words[-1] if words else ""
        if not head or head in self.lex.determiners or (tok.at(hi) - 1) in self.mention_cover:
            return None  # ("the day before he was due in Copenhagen": a place, not an event told before)
        for k in range(tok.at(lo) - 1, -1, -1):  # the last earlier sentence that names the noun
            if tok.low[k] != head:
                continue
            pool = [d for d in live if d.sent == tok.sent[k] and d.cluster != c.cluster and d.start < tx.start]
            if pool:  # the act told with the noun ("cancelled the visit in a letter"), not an event that did not happen
                return min(pool, key=lambda d: (d.status not in _FACTUAL, abs(d.t0 - k)))
        return self._told_act_by_noun(head, c, tx, live)  # ("the day after the massacre": the killing told before)

    def _event_told_in_passive(self, k0: int, live: list[_Cand], c: _Cand | None = None) -> _Cand | None:
        """"the first agreement was announced", "the deal was signed": a definite noun and a passive participle tell
        an act told before; the event is the earlier one of that act ("announced"), the earliest one after an ordinal
        such as "first" (by its own date, else as told), else the last one told."""
        tok = self.tokens
        occ = load_occasions()
        if k0 >= len(tok.low) or tok.low[k0] not in self.w.definite:
            return None
        j, first = k0, False
        while j < len(tok.low) and j < k0 + 4 and (tok.low[j] in self.lex.determiners or tok.low[j] in occ.first):
            first = first or tok.low[j] in occ.first
            j += 1
        if j + 2 >= len(tok.low) or not tok.low[j][:1].isalpha() or tok.low[j + 1] not in self.w.passive_aux \
                or tok.sent[j + 2] != tok.sent[k0]:
            return None
        lemmas = {e.lemma for e, _t in self.lex.forms.get(tok.low[j + 2], ())}
        if not lemmas:
            return None
        s0 = self.sentences[tok.sent[k0]][0]
        told = [d for d in live if d.start < s0 and d.entry.lemma in lemmas and d.status in _FACTUAL and not d.quoted
                and (c is None or d.cluster != c.cluster)]
        if not told:
            return None
        if not first:
            return max(told, key=lambda d: d.start)
        dated = [d for d in told if d.timex is not None and d.timex.earliest is not None and d.timex_cost < self._SENTENCE_COST]
        return min(dated, key=lambda d: (d.timex.earliest, d.start)) if dated else min(told, key=lambda d: d.start)

    def _cluster_dated(self, k: int | None) -> bool:
        return k is not None and any(self._range(x) for x in self._clusters[k].cands)

    def _relative_time_constraints(self, ids, live: list[_Cand], seen) -> list[Constraint]:
        """"hosted them at the White House on Friday, where the two leaders signed": same day."""
        tok = self.tokens
        out = []
        by_sent: dict[int, list[_Cand]] = {}
        for d in live:
            by_sent.setdefault(d.sent, []).append(d)
        for c in live:
            found = tok.where(self.w.relative_adverbs, tok.clause_start(c.t0), c.t0)  # (in its clause, before it)
            k = found[-1] if found else -1
            if k < 0 or tok.low[k] not in self.w.relative_adverbs or tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0]:
                continue
            if tok.low[k] == "when" and self._when_after_date(k) is not None:
                continue  # "began in January 2016, when Riyadh cut ties": the time of that date, not of an event before
            if any(tok.low[j] in self.w.pluperfect_aux for j in range(k + 1, c.t0)):
                continue  # "flew in from Scotland, where he had met the queen": earlier than the head's time
            before = [d for d in by_sent[c.sent] if d.sent == c.sent and d.t1 <= k and d.cluster != c.cluster]
            if not before:
                continue
            own = [d for d in before if d.timex is not None and d.timex_cost < self._SENTENCE_COST
                   and tok.sent[tok.at(d.timex.start)] == c.sent and not any(w in (",", ";") for w in tok.low[d.t1:k - 1])]
            gov = max(own or before, key=lambda d: d.t0)  # ("met later that month at the G7 summit in Hiroshima, where
            # Biden proposed": the meeting its own date dates, not the summit noun, which may be told of elsewhere)
            if gov.status not in _FACTUAL and c.status in _FACTUAL:
                continue  # ("would restore ties, when ... cut": a plan has no day to share with what happened)
            if self._cluster_dated(gov.cluster) and self._cluster_dated(c.cluster):
                continue
            a_id, b_id = ids[gov.cluster], ids[c.cluster]
            if (a_id, b_id) in seen or (b_id, a_id) in seen:
                continue
            seen.add((a_id, b_id))
            s0, s1 = self.sentences[c.sent]
            out.append(Constraint(a_id, b_id, 0, 0, "same_day", f"'{tok.low[k]} ... {c.text}': {self.text[s0:s1]}",
                                  self.doc.id))
        return out

    def _sequence_constraints(self, ids, live: list[_Cand], seen) -> list[Constraint]:
        tok = self.tokens
        out = []
        timex_spans = [(t.start, t.end + (2 if t.anchored_to == "event" else 0)) for t in self.timexes]
        by_sent: dict[int, list[_Cand]] = {}
        for c in live:
            by_sent.setdefault(c.sent, []).append(c)
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for kind, phrases in self.lex.sequence.items():
            for phrase in phrases:
                index.setdefault(phrase[0], []).append((kind, phrase))
        for i in tok.where(index.keys()):  # (the tokens that can open a phrase, in order)
            for kind, phrase in index[tok.low[i]]:
                    if tok.sent[i] not in by_sent or not self._phrase_at(i, phrase):
                        continue
                    end = i + len(phrase)
                    if any(a <= tok.starts[i] <= b for a, b in timex_spans) or any(
                            a <= tok.starts[end - 1] and b > tok.ends[end - 1] for a, b in timex_spans):
                        continue  # "four days after", "on [the day after] the vote" are the temporal engine's
                    pool = sorted(by_sent.get(tok.sent[i], []), key=lambda c: c.start)
                    anchor = next((c for c in pool if end <= c.t0 <= end + 3 and tok.clause[c.t0] == tok.clause[i]), None)
                    if anchor is not None and kind == "during" and anchor.entry.pos == "noun" and not anchor.predicated \
                            and any(w in load_occasions().first for w in phrase):
                        s0 = self.sentences[tok.sent[i]][0]  # "on the first day of the truce": its beginning, when told
                        began = [e for e in live if e.start < s0 and e.entry.lemma == anchor.entry.lemma and e.predicated
                                 and e.timex is not None and e.status in _FACTUAL and e.cluster != anchor.cluster]
                        anchor = max(began, key=lambda e: e.start) if began else anchor
                    if anchor is None and kind == "during":  # "on the day the agreement was announced", "on the first
                        anchor = self._earlier_event_named(end, live, clause=phrase[-1] in ("day", "as"))  # day of the talks"
                    if anchor is None:
                        continue
                    named = getattr(self, "_named_occasions", {}).get(id(anchor))  # ("after the meeting": the talks
                    # told before with their day, not a later meeting the noun was merged with; unless that mention
                    # was dropped since, with no cluster of its own)
                    anchor = named if named is not None and named.cluster is not None else anchor
                    if anchor.status == "hypothetical":
                        continue
                    before = [c for c in pool if c.t1 <= i and c.cluster != anchor.cluster and c.status != "hypothetical"
                              and (c.entry.pos == "verb" or c.subject_tok is not None or c.start < tok.starts[c.t0])
                              and not self._other_time_between(c, i)]
                    # (or "held separate meetings": a light verb's noun)
                    a_t1 = anchor.t1 if anchor.sent == tok.sent[i] else end  # (an anchor told earlier: from the cue on)
                    after = [c for c in pool if c.t0 > a_t1 and c.cluster != anchor.cluster
                             and c.entry.pos == "verb" and c.status != "hypothetical"
                             and not any((tok.low[k] == "that" or tok.low[k] in self.lex.clause_breaks)
                                         and not self._closed_relative_at(k, c.t0) for k in range(a_t1, c.t0))]
                    within = phrase in load_occasions().within  # "during her visit": on or after its first day
                    if before and after and within and i > 0 and tok.low[i - 1] in self.w.clause_coordinators:
                        before = []  # "arrived the same day, and during her visit she announced": the clause it opens
                    govs = [before[-1]] if before else self._fronted_scope(after)
                    if not govs:  # "The agreement came after talks between ...": the event told just before
                        govs = self._back_referred_event(i, live)
                    for gov in govs:
                        a_id, g_id = ids[anchor.cluster], ids[gov.cluster]
                        if (a_id, g_id) in seen or (g_id, a_id) in seen:
                            continue
                        seen.add((a_id, g_id))
                        s0, s1 = self.sentences[gov.sent]
                        words = " ".join(phrase)
                        evidence = f"'{words} {anchor.text}': {self.text[s0:s1]}"
                        if kind == "after":  # gov after anchor
                            out.append(Constraint(a_id, g_id, 0, None, "before", evidence, self.doc.id))
                        elif kind == "before":  # gov before anchor
                            out.append(Constraint(g_id, a_id, 0, None, "before", evidence, self.doc.id))
                        elif within and self._one_sitting(anchor):  # "During the talks, he raised": within them
                            out.append(Constraint(a_id, g_id, 0, 0, "during", evidence, self.doc.id))
                        elif within:
                            out.append(Constraint(a_id, g_id, 0, None, "during", evidence, self.doc.id))
                        else:
                            out.append(Constraint(a_id, g_id, 0, 0, "same_day", evidence, self.doc.id))
        return out

    def _one_sitting(self, anchor: _Cand) -> bool:
        """Is ``anchor`` a sitting whose whole stretch its date tells (talks, a meeting, a session, a call), not a visit
        or a trip (``arrivals`` in dating.yaml), whose date may be only its first day? A sitting dated only by its first
        day ("talks opened on Monday") holds what is done during it to that day."""
        return anchor.entry.type == "CONSULT" and not any(p in load_occasions().arrivals
                                                          for p in _expanded(anchor.entry.lemma))

    def _fronted_scope(self, after: list[_Cand]) -> list[_Cand]:
        """The events a fronted cue governs ("On the first day of the offensive, Blinken telephoned Aliyev, and
        the EU condemned the escalation"; "After the vote, the envoys met and signed ..."): the first verb after it
        and the verbs coordinated with it, up to a saying (what is said has its own time) or a pluperfect ("had
        warned": earlier than the cue's day)."""
        tok = self.tokens
        out: list[_Cand] = []
        for c in after:
            if out and any(tok.low[j] in self.w.pluperfect_aux for j in range(max(out[-1].t1, c.t0 - 3), c.t0)):
                break
            out.append(c)
            if c.entry.type == "STATEMENT" or tok.low[c.t0] in self.lex.reporting:
                break
        return out

    def _earlier_event_named(self, k0: int, live: list[_Cand], clause: bool = True) -> _Cand | None:
        """The event a noun after a cue names when it is no trigger of its own sentence: "on the day the
        agreement was announced" -> the event of the last earlier sentence that names "agreement"."""
        tok = self.tokens
        if not clause and (k0 >= len(tok.low) or tok.low[k0] not in self.w.definite):
            return None  # "during a visit": a new event, not one told before
        told = self._event_told_in_passive(k0, live) if clause else None
        if told is not None:
            return told  # "on the day the first agreement was announced": that announcement
        k = k0
        while k < len(tok.low) and k < k0 + 4 and (tok.low[k] in self.lex.determiners or tok.low[k] in self.w.ordinal_modifiers):
            k += 1
        if k >= len(tok.low) or not tok.low[k][:1].isalpha() or tok.sent[k] != tok.sent[k0]:
            return None
        head = tok.low[k]
        if any(tok.low[j] in load_occasions().first for j in range(max(0, k0 - 4), k0)):
            s0 = self.sentences[tok.sent[k0]][0]  # "on the first day of the truce": its beginning, when told
            began = [e for e in live if e.start < s0 and tok.low[e.t0] == head and e.predicated and e.timex is not None
                     and e.status in _FACTUAL]
            if began:
                return max(began, key=lambda e: e.start)
        nxt = tok.low[k + 1] if k + 1 < len(tok.low) else ""
        if clause and nxt not in self.w.passive_aux and nxt not in self.w.have_aux:
            return None  # after "on the day", only a clause telling what happened to the noun: "the agreement was announced"
        for j in range(tok.at(self.sentences[tok.sent[k0]][0]) - 1, -1, -1):
            if tok.low[j] != head:
                continue
            pool = [d for d in live if d.sent == tok.sent[j] and d.status in _FACTUAL and d.t0 <= j < d.t1]
            if pool:
                return pool[0]  # the event that noun names
            pool = [d for d in live if d.sent == tok.sent[j] and d.status in _FACTUAL and d.t1 <= j <= d.t1 + 3]
            if pool:
                return pool[-1]  # or the act told with it ("announced a truce")
        types = {e.type for e, _t in self.lex.forms.get(head, ())}
        s0 = self.sentences[tok.sent[k0]][0]
        told = [d for d in live if d.start < s0 and d.entry.type in types and d.status in _FACTUAL]
        return told[-1] if told else None  # "vetoed the package ... on the day the veto was announced"

    def _link_cancels(self, events: list[Event], clusters, ids, cands) -> list[Event]:
        out = list(events)
        for k, cl in enumerate(clusters):
            target = None
            for c in cl.cands:
                if c.cancels_cand is not None and c.cancels_cand.cluster is not None and c.cancels_cand.cluster != k:
                    target = ids[c.cancels_cand.cluster]
                    break
            if target is None and cl.lead.entry.type in ("ANNOUNCE", "STATEMENT"):
                for c in cl.cands:
                    for d in self._in_sentence(cands, c.sent):
                        if d.sent == c.sent and d.start > c.start and d.cluster is not None and d.cluster != k \
                                and (d.status in ("cancelled", "denied")
                                     or (d.cancels_cand is not None and d.cancels_cand.cluster is not None)):
                            tk = d.cluster if d.status in ("cancelled", "denied") else d.cancels_cand.cluster
                            if clusters[tk].lead.entry.type not in ("ANNOUNCE", "STATEMENT"):
                                target = ids[tk]
                                break
                    if target:
                        break
            if target is not None:
                out[k] = out[k].with_(cancels=target)
        return out

    def _date_from_constraint(self, e: Event, constraints: list[Constraint], events: list[Event]) -> Event:
        """Name the anchoring event in the derivation ("4 days after <summary>")."""
        if e.date_basis == "constraint" and e.date_start is not None and "; until then, " in e.date_derivation \
                and not self._tied_to_a_date(e.id, constraints, events):
            # "Russia expelled two diplomats, a day after London imposed sanctions", no date told for either: the tie
            # dates neither, each keeps its tense range (and the tie between the two ranges)
            e = e.with_(date_basis="tense", date_derivation=e.date_derivation.split("; until then, ", 1)[1]
                        + "; tied by an offset to an event with no date of its own")
        clash = self.__dict__.get("_lapse_clashes", {}).get(e.id)
        if clash is not None:  # (``_short_lapse_constraints``: a lapse that cannot hold with its anchor's date)
            e = e.with_(date_derivation=f"{e.date_derivation}; {clash}")
        memo = self.__dict__.get("_constraint_memo")  # (made once for the events and constraints of the document)
        if memo is None or memo[0] is not events or memo[1] is not constraints:
            ties: dict[str, list[Constraint]] = {}  # (event id -> its constraints, in order)
            for k in constraints:
                ties.setdefault(k.source, []).append(k)
                if k.target != k.source:
                    ties.setdefault(k.target, []).append(k)
            memo = self._constraint_memo = (events, constraints, {x.id: x.date_basis for x in events}, ties,
                                            {x.id: x for x in events})
        basis, constraints = memo[2], memo[3].get(e.id, [])  # (only those of ``e`` can name its anchor)
        offsets = [k for k in constraints if k.kind in ("offset", "same_day") and e.id in (k.source, k.target)
                   and basis.get(k.target if k.source == e.id else k.source) in ("expression", "analyst", "constraint")]
        if e.date_basis == "tense" and offsets:  # (not tied to another event dated only by its tense)
            e = e.with_(date_basis="constraint", flags=tuple(f for f in e.flags if f != "date_from_tense"),
                        date_derivation="date from an anchored event; until then, " + e.date_derivation)
        if e.date_basis != "constraint":
            return e
        by_id = memo[4]
        for k in constraints:
            if k.target == e.id and k.kind in ("offset", "same_day") and k.source in by_id:
                other = by_id[k.source]
                days = k.lo_days if k.lo_days == k.hi_days else f"{k.lo_days} to {k.hi_days}"
                return e.with_(date_derivation=f"{days} day(s) from '{other.summary}' ({e.date_text}); "
                               + e.date_derivation.split("; ", 1)[-1])
            if k.source == e.id and k.kind in ("offset", "same_day") and k.target in by_id:
                other = by_id[k.target]
                return e.with_(date_derivation=f"'{other.summary}' is {k.lo_days} day(s) after it ({e.date_text}); "
                               + e.date_derivation.split("; ", 1)[-1])
        return e

    def _tied_to_a_date(self, eid: str, constraints: list[Constraint], events: list[Event]) -> bool:
        """Does a chain of offsets and same-day ties lead from event ``eid`` to an event dated by an expression (or an
        analyst)?"""
        key = (id(constraints), len(constraints), len(events))
        cache = self.__dict__.get("_dated_components")
        if cache is None or cache[0] != key:
            links: dict[str, set[str]] = {}
            for k in constraints:
                links.setdefault(k.source, set()).add(k.target)
                links.setdefault(k.target, set()).add(k.source)
            dated = {x.id for x in events if x.date_basis in ("expression", "analyst")}
            reach: set[str] = set()
            for start in dated:
                if start in reach:
                    continue
                todo = [start]
                while todo:
                    n = todo.pop()
                    if n in reach:
                        continue
                    reach.add(n)
                    todo.extend(links.get(n, ()))
            cache = self.__dict__["_dated_components"] = (key, reach)
        return eid in cache[1]

    # ---- dates told through another event of the same occasion (run by dating._attach_timexes; they end in a
    # date shared with that event, or a tie to it that becomes a constraint)

    def _date_from_speakers_next_act(self, cands: list[_Cand]) -> None:
        """"Starmer told parliament on Monday that Russia was behind the attack and demanded that Moscow explain ...",
        "Scholz told Macron that ..., and warned that ...": an act of the speaker joined by "and" after what a dated saying
        says (the
        extractor gives it the speaker as its source, so it is no part of what is said) is told of the same day: the
        saying's date, or its tie to the occasion it was said at. Not across ";" or another saying."""
        tok = self.tokens
        ties = self._occasion_ties
        for c in cands:
            if c.entry.pos != "verb" or c.timex is not None or c.anchor_timex is not None or c.status != "occurred" \
                    or c.quoted or c.source is None or (c.entry.weak and not c.strong_override) \
                    or not self._simple_past(c) or id(c) in ties or c.t0 < 2:
                continue
            j = c.t0 - 1
            if tok.low[j] in self.lex.pronouns:
                j -= 1
            if tok.low[j] != "and" or tok.sent[j] != c.sent:
                continue
            sayings = [d for d in cands if d.sent == c.sent and d.t1 <= j and d is not c and not d.quoted
                       and d.source is not None and d.source.actor.id == c.source.actor.id
                       and (d.entry.type == "STATEMENT" or tok.low[d.t0] in self.lex.reporting)
                       and d.timex is not None and d.timex.earliest is not None and d.timex.earliest == d.timex.latest
                       and d.timex.anchored_to != "event" and d.timex_cost < self._PREVIOUS_COST]
            if not sayings:
                continue
            d = max(sayings, key=lambda d: d.start)
            between = tok.low[d.t1:j]
            if "that" not in between or ";" in between or any(
                    k in self.trigger_toks and tok.low[k] in self.lex.reporting for k in range(d.t1, j)):
                continue  # (what is said runs up to the "and"; another saying in between says it)
            c.timex, c.timex_cost = d.timex, max(d.timex_cost, self._SENTENCE_COST + 3.0)
            self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                f"no date of its own; joined by 'and' to '{d.text}' of the same speaker, after what that says")
            if id(d) in ties:
                ties[id(c)] = (ties[id(d)][0], f"'{c.text}' is joined to '{d.text}', said by the same speaker: "
                                               + ties[id(d)][1], c.start, c.end)

    def _date_from_also(self, cands: list[_Cand]) -> None:
        """"Speaking after the talks, Scholz told reporters that ... . He also rejected calls for new tariffs": an act
        told with "also" right before its verb, with no date of its own, goes on with the act of the same actor in the
        sentence before (same paragraph) when that act has one day: the same day (or the same tie to an occasion)."""
        tok = self.tokens
        ties = self._occasion_ties
        for c in cands:
            if c.entry.pos != "verb" or c.timex is not None or c.anchor_timex is not None or c.status != "occurred" \
                    or c.quoted or c.source is None or not self._simple_past(c) or id(c) in ties or c.t0 < 1 \
                    or tok.low[c.t0 - 1] != "also" or c.sent < 1:
                continue
            s0 = self.sentences[c.sent][0]
            if "\n" in self.text[self.sentences[c.sent - 1][1]:s0] or any(
                    t.start < self.sentences[c.sent][1] and t.end > s0 for t in self.timexes):
                continue
            before = [d for d in cands if d.sent == c.sent - 1 and d.source is not None and not d.quoted
                      and d.source.actor.id == c.source.actor.id and d.status in _FACTUAL and d.anchor_timex is None
                      and d.timex is not None and d.timex.earliest is not None and d.timex.earliest == d.timex.latest
                      and d.timex.anchored_to != "event" and d.timex_cost < self._PREVIOUS_COST]
            if not before:
                continue
            d = max(before, key=lambda d: d.start)
            c.timex, c.timex_cost = d.timex, max(d.timex_cost, self._SENTENCE_COST + 5.0)
            self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                f"no date in its sentence; 'also {c.text}' goes on from '{d.text}' of the same actor in the sentence "
                f"before")
            if id(d) in ties:
                ties[id(c)] = (ties[id(d)][0], f"'also {c.text}' goes on from '{d.text}' of the same actor: "
                                               + ties[id(d)][1], tok.starts[c.t0 - 1], c.end)

    def _date_from_meeting_account(self, cands: list[_Cand]) -> None:
        """"Scholz held talks with Macron in Paris on Tuesday. [...] Macron told his guest that ...": in the paragraph that
        tells a one-day meeting of two people or more, an act in the simple past with no date of its own, by one of them
        (and aimed at the other side, or at no one named), with no other date told between, is an account of that
        meeting: a tie to its day (basis "constraint"). Only for a meeting in the days before the paper (``stay_days`` +
        3)."""
        tok = self.tokens
        dct = self.doc.dct
        if dct is None:
            return
        ties = self._occasion_ties
        lo = dct - timedelta(days=load_occasions().stay_days + 3)
        cues = load_occasions().cues
        meetings = [m for m in cands if m.entry.type == "CONSULT" and m.status in _FACTUAL and not m.quoted
                    and m.timex is not None and m.timex.earliest is not None and m.timex.earliest == m.timex.latest
                    and m.timex.anchored_to != "event" and m.timex_cost < self._SENTENCE_COST
                    and lo <= m.timex.earliest <= dct
                    and len({a.actor.id for a in m.actors if a.actor.kind == "person"}) >= 2]  # (two people met)
        if not meetings:
            return
        for c in cands:
            if c.entry.pos != "verb" or c.timex is not None or c.anchor_timex is not None or c.status != "occurred" \
                    or c.quoted or c.source is None or c.source.actor.kind != "person" or not self._simple_past(c) \
                    or id(c) in ties or c.entry.type == "CONSULT" or (c.entry.weak and not c.strong_override):
                continue
            p0 = c.sent
            while p0 > 0 and "\n" not in self.text[self.sentences[p0 - 1][1]:self.sentences[p0][0]]:
                p0 -= 1
            here = [m for m in meetings if p0 <= m.sent <= c.sent and m.start < c.start
                    and c.source.actor.id in {a.actor.id for a in m.actors}]
            if not here:
                continue
            m = max(here, key=lambda m: m.start)
            sides = {a.actor.id for a in m.actors} | {a.actor.country or a.actor.id for a in m.actors}
            if c.target is not None and c.target.actor.id not in sides and (c.target.actor.country or "") not in sides:
                continue  # (an act aimed at someone outside the meeting)
            if any(m.timex.end <= t.start < c.start and _is_date(t) for t in self.timexes):
                continue  # another time told since
            if any(tok.low[k] in cues for k in range(tok.at(self.sentences[c.sent][0]), c.t0)):
                continue  # ("Speaking after the meeting, ...": placed by the occasion its cue names)
            c.timex, c.timex_cost = m.timex, self._OCCASION_COST
            ties[id(c)] = (m, f"'{c.text}' is told, with no date of its own, in the paragraph of '{m.text}' by one "
                              f"who took part in it: an account of that meeting", c.start, c.end)

    def _date_from_arrival_told_next(self, cands: list[_Cand]) -> None:
        """"Kishida made an unannounced trip to Kyiv. He arrived by train on Tuesday and met Zelensky": a trip told with
        no date of its own, then a sentence of its paragraph that opens on the traveller arriving (a pronoun or the
        traveller's name, then a verb of travel, ``trip_verbs`` in cues.yaml ``grammar``) on the one past day that
        sentence names: the trip is dated by its arrival."""
        tok = self.tokens
        for c in cands:
            if c.entry.type != "CONSULT" or c.timex is not None or c.anchor_timex is not None or c.status != "occurred" \
                    or c.quoted or c.source is None or c.sent + 1 >= len(self.sentences) \
                    or id(c) in self._occasion_ties or (c.entry.pos == "verb" and not self._simple_past(c)):
                continue
            s0, s1 = self.sentences[c.sent + 1]
            if "\n" in self.text[self.sentences[c.sent][1]:s0]:
                continue
            k = tok.at(s0)
            m = self.mention_by_tok.get(k)
            if not (tok.low[k] in self.lex.pronouns or (m is not None and m.actor.id == c.source.actor.id)):
                continue
            while k + 1 < len(tok.low) and k + 1 in self.mention_cover and self.mention_cover[k + 1] is m:
                k += 1
            if k + 1 >= len(tok.low) or tok.low[k + 1] not in self.w.trip_verbs:
                continue
            day = self._sentence_day([t for t in self.timexes if s0 <= t.start < s1 and _is_date(t)])
            if day is not None:
                c.timex, c.timex_cost = day, self._PREVIOUS_COST
                self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                    f"no date in its sentence; the next sentence tells the traveller's arrival "
                    f"('{self.text[tok.starts[k + 1]:tok.ends[k + 1]]}')")

    def _date_from_quote_of_the_day(self, cands: list[_Cand]) -> None:
        """"Modi addressed the chief ministers on Wednesday. 'We want peace,' he said.": a saying that attributes the
        quotation just before it, with no date of its own, right after a sentence of its paragraph that opens on the
        same speaker and names one past day, gives the words of that day."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "verb" or (c.timex is not None and id(c) not in self.__dict__.get("_framed_answers", {})) \
                    or c.anchor_timex is not None or c.status != "occurred" \
                    or c.source is None or tok.low[c.t0] not in self.lex.reporting or c.sent < 1 \
                    or id(c) in self._occasion_ties or not self._simple_past(c):
                continue
            s0, s1 = self.sentences[c.sent]
            p0, p1 = self.sentences[c.sent - 1]
            if "\n" in self.text[p1:s0] or not self._in_quote(s0 + 1) \
                    or any(s0 <= t.start < s1 and _is_date(t) for t in self.timexes):
                continue  # (a quotation that opens the sentence, "'...,' he said", in the paragraph of the day told)
            k0 = tok.at(p0)
            first = next((self.mention_cover[k] for k in range(k0, min(k0 + 6, tok.at(p1))) if k in self.mention_cover),
                         None)
            if first is None or first.actor.id != c.source.actor.id:
                continue
            day = self._sentence_day([t for t in self.timexes if p0 <= t.start < p1 and _is_date(t)])
            if day is not None:  # (the speaker's own words: this, not an answer assumed of its paragraph's day)
                self.__dict__.get("_framed_answers", {}).pop(id(c), None)
                c.timex, c.timex_cost = day, self._PREVIOUS_COST
                self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                    "no date in its sentence; it attributes the quotation before it to the speaker the sentence before "
                    "opens on")
