"""Dating acts done by saying them: "Germany criticised the verdict, a foreign ministry spokesman said on Tuesday" (the
criticism is what was said that Tuesday), as against "Iran freed two prisoners, France said on Tuesday" (the freeing is
only reported by the saying, which does not date it)."""

from __future__ import annotations

from timeline.events.common import _Cand, _expanded, _FACTUAL, _is_date
from timeline.model import ActorMention, Constraint


class ReactionMixin:
    """Mixed into the extraction context (timeline.events.extract._Context)."""

    def _said_act(self, c: _Cand) -> bool:
        """Is ``c`` an act done by saying it (``acts_of_saying`` in cues.yaml ``grammar``, or a reaction verb)?"""
        cache = self.__dict__.setdefault("_said_act_cache", {})
        if c.entry.lemma not in cache:
            acts = self.w.acts_of_saying
            cache[c.entry.lemma] = self._reacts(c.entry) or any(p in acts for p in _expanded(c.entry.lemma))
        return cache[c.entry.lemma]

    def _said_noun(self, c: _Cand) -> bool:
        """"expressed dismay at the decision", "voiced concern", "lodged a protest": a reaction noun (its type one of
        ``reaction_types`` in dating.yaml) after a light verb in the past, one or two words before it."""
        nar = self.lex.narrative
        if c.entry.pos != "noun" or nar is None or c.entry.type not in nar.reaction_types:
            return False
        tok = self.tokens
        if c.t1 - c.t0 > 1 and tok.low[c.t0] in self.lex.light_verbs:  # (the trigger "expressed concern" itself)
            return tok.low[c.t0].endswith("ed")
        for k in range(c.t0 - 1, max(-1, c.t0 - 3), -1):
            if tok.sent[k] != c.sent:
                return False
            if tok.low[k] in self.lex.light_verbs:
                return tok.low[k].endswith("ed")
        return False

    @staticmethod
    def _same_side(a: ActorMention, b: ActorMention) -> bool:
        """One side: the same actor, or a person and the state (or two persons) of one country."""
        return a.actor.id == b.actor.id or (a.actor.country is not None and a.actor.country == b.actor.country)

    def _own_saying(self, c: _Cand, d: _Cand) -> bool:
        """Is ``d``, later in ``c``'s sentence, the saying in which ``c``'s actor did ``c``: an attribution after a comma
        (", the foreign ministry said on Friday", ", which it said on Tuesday were ...") by the actor itself or by an
        unnamed spokesman, or "in a statement" in ``c``'s own clause ("condemned the killing in a statement on Friday")?"""
        tok = self.tokens
        if d.entry.pos == "verb":
            comma = self._attribution_comma(c, d)
            if comma is None:
                return False
            if any(tok.low[k] in self.w.reporting_outlets for k in range(comma + 1, d.t0)):
                return False  # ("..., state media said on Tuesday": a report of the act, not the act)
            named = [self.mention_by_tok[k] for k in range(comma + 1, d.t0) if k in self.mention_by_tok]
            # (the speaker as the attribution names it: "the French foreign ministry", "a spokesman for the Chinese
            # foreign ministry"; none for "a spokesman", "its foreign minister", "the prime minister's office")
            if not named:  # ("its foreign ministry", "a spokesman": own; "a European diplomat", "officials": not)
                return self._own_unnamed_speaker(comma + 1, d.t0)
            return c.source is not None and any(self._same_side(c.source, m) for m in named)
        if d.entry.type != "STATEMENT" or d.t0 < 2 or tok.clause[d.t0] != tok.clause[c.t0] \
                or not any(tok.low[k] == "in" for k in range(d.t0 - 2, d.t0)) or d.t0 - c.t1 > 15:
            return False
        return d.source is None or (c.source is not None and self._same_side(c.source, d.source))

    def _attribution_comma(self, c: _Cand, d: _Cand) -> int | None:
        """The comma that opens ``d``, a reporting verb in the simple past later in ``c``'s sentence, as an attribution
        of ``c`` (", the foreign ministry said on Friday", ", France said on Tuesday"), else None (not "... said that":
        what a new saying reports)."""
        tok = self.tokens
        if d.entry.pos != "verb" or tok.low[d.t0] not in self.lex.reporting or not self._simple_past(d):
            return None
        k0 = max(c.t1, d.t0 - 12)
        comma = next((k for k in range(d.t0 - 1, k0 - 1, -1) if tok.low[k] == ","), None)
        if comma is None or any(tok.low[k] == ";" or tok.low[k] == "that" for k in range(c.t1, d.t0)):
            return None
        return comma

    def _own_unnamed_speaker(self, k0: int, k1: int) -> bool:
        """Do the words ``k0``..``k1`` of an attribution that names no actor tell a speaker of the actor's own side: an
        ``own_speaker_heads`` word ("its foreign ministry", "a spokesman", "the president's office") and no
        ``other_side_words`` word ("a European diplomat", "two Western officials", "diplomats") of cues.yaml, or the
        actor itself as a pronoun (", which it said on Tuesday were ...")?"""
        low = self.tokens.low[k0:k1]
        if any(w in self.w.other_side_words for w in low):
            return False
        return any(w in self.w.own_speaker_heads for w in low)

    def _date_from_own_saying(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"Ethiopia accepted the proposal, the prime minister's office said on Friday", "Venezuela denounced the
        deportations, its foreign minister said on Tuesday": an act done by saying it (accepting, offering, criticising,
        calling on, warning, dismissing; ``acts_of_saying`` in cues.yaml ``grammar`` and the reaction verbs), with no
        date of its own and told in the simple past, takes the date of the saying that follows it in its sentence when
        that saying is the actor's own (``_own_saying``). Not "Iran released two prisoners, France said on Tuesday"
        (an act only reported), not another side's saying."""
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.status != "occurred" or c.quoted:
                continue
            said = self._said_noun(c) or (c.entry.pos == "verb" and self._simple_past(c) and self._said_act(c))
            if not said and c.entry.pos == "verb" and not self._simple_past(c):
                continue  # (an act told as done, by a verb in the simple past or a noun: "fired two missiles")
            for d in by_sent.get(c.sent, ()):
                tx = d.timex
                if d is c or d.start <= c.start or tx is None or d.timex_cost >= self._SENTENCE_COST or d.quoted \
                        or d.status != "occurred" or tx.type not in ("DATE", "TIME") or tx.anchored_to == "event" \
                        or tx.earliest is None or not _is_date(tx) or tx.start < d.start - 40:
                    continue
                if said and self._own_saying(c, d):
                    c.timex, c.timex_cost = tx, self._SENTENCE_COST + 4.0
                    self.__dict__.setdefault("_said_dates", {})[id(c)] = d.text
                    break
                if self._attribution_comma(c, d) is not None and tx.latest is not None:
                    # "Iran freed two prisoners, France said on Tuesday": reported that day, so done by then
                    self.__dict__.setdefault("_tense_bounds", {})[id(c)] = (
                        None, tx.latest, f"reported on '{tx.text}' ({tx.latest.isoformat()}), so no later than that")
                    break

    def _undate_by_attribution(self, cands: list[_Cand]) -> None:
        """"Iran rejected the proposal, Reuters reported on Tuesday": when the only trigger of a sentence's attribution is
        none (the reporting verb is no event), the attribution's date reaches the act as if it were its own. It is not:
        it dates the report, so the act was done by then (a bound on its range), unless the act is done by saying it and
        the speaker is the actor's own side (``_own_saying``'s test for an unnamed or named speaker)."""
        tok = self.tokens
        for c in cands:
            tx = c.timex
            if tx is None or c.quoted or c.status != "occurred" or c.timex_cost >= self._SENTENCE_COST \
                    or tx.start < c.end or tx.latest is None or tx.type not in ("DATE", "TIME"):
                continue
            k = tok.at(tx.start)
            v = next((m for m in range(k - 1, max(c.t1, k - 3) - 1, -1) if tok.low[m] in self.lex.reporting), None)
            if v is None:
                continue
            comma = next((m for m in range(v - 1, max(c.t1, v - 12) - 1, -1) if tok.low[m] == ","), None)
            if comma is None or any(tok.low[m] in (";", "that") for m in range(c.t1, v)) \
                    or any(d is not c and d.t0 == v for d in cands):
                continue  # (a reporting verb that is a trigger of its own: ``_date_from_own_saying``)
            said = self._said_noun(c) or (c.entry.pos == "verb" and self._simple_past(c) and self._said_act(c))
            if said and not any(tok.low[m] in self.w.reporting_outlets for m in range(comma + 1, v)):
                named = [self.mention_by_tok[m] for m in range(comma + 1, v) if m in self.mention_by_tok]
                if (self._own_unnamed_speaker(comma + 1, v) if not named else
                        c.source is not None and any(self._same_side(c.source, m) for m in named)):
                    continue  # ("Brazil criticised the controls, its foreign ministry announced on Tuesday": its day)
            c.timex, c.timex_cost = None, 1e9
            self.__dict__.setdefault("_tense_bounds", {})[id(c)] = (
                None, tx.latest, f"reported on '{tx.text}' ({tx.latest.isoformat()}), so no later than that")

    def _bound_by_saying_about(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"Scholz said on Tuesday that Russia had massed troops on the border and attacked Ukraine": an act with no date
        of its own, told as done in the past in what a dated saying in the simple past says ("said on Tuesday that ..."),
        was done by the day of that saying: its range ends there (a bound, not a date). Not across ";" or a quote."""
        tok = self.tokens
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.status != "occurred" or c.quoted \
                    or id(c) in self.__dict__.get("_tense_bounds", {}) or (c.entry.pos == "verb" and c.tense != "past"):
                continue
            for d in sorted(by_sent.get(c.sent, ()), key=lambda x: -x.start):
                tx = d.timex
                if d is c or d.t1 > c.t0 or d.quoted or d.entry.pos != "verb" or tok.low[d.t0] not in self.lex.reporting \
                        or not self._simple_past(d) or tx is None or d.timex_cost >= self._SENTENCE_COST \
                        or tx.type not in ("DATE", "TIME") or tx.anchored_to == "event" or tx.latest is None \
                        or not _is_date(tx) or d.status != "occurred":
                    continue
                between = tok.low[d.t1:c.t0]
                if "that" not in between or ";" in between or any(w in ('"', "“", "”") for w in between):
                    continue
                self.__dict__.setdefault("_tense_bounds", {})[id(c)] = (
                    None, tx.latest, f"told in what '{d.text}' on '{tx.text}' ({tx.latest.isoformat()}) says, so done "
                                     f"by then")
                break

    def _joined_reaction(self, c: _Cand, by_sent: dict[int, list[_Cand]]) -> _Cand | None:
        """"France condemned the shelling and urged restraint", "The EU denounced the vote and called for new
        elections": the reaction (a ``reactions`` verb of dating.yaml) that ``c``, a past verb after "and", goes on from
        in the same clause with the same speaker; the two are one answer, told of one occasion."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.tense != "past" or c.t0 < 2 or tok.low[c.t0 - 1] != "and":
            return None
        for d in sorted(by_sent.get(c.sent, ()), key=lambda x: -x.start):
            if d is c or d.t1 > c.t0 or d.entry.pos != "verb" or d.quoted or d.status != "occurred":
                continue
            if any(tok.low[k] in (",", ";") or tok.low[k] in self.lex.clause_breaks or tok.low[k] == "that"
                   for k in range(d.t1, c.t0 - 1)) or tok.clause[d.t0] != tok.clause[c.t0]:
                return None  # (only the verb right before, in one clause: "condemned the annexation and urged")
            if not self._reaction_verb(d) or not self._simple_past(d):
                return None
            if c.source is not None and d.source is not None and c.source.actor.id != d.source.actor.id:
                return None
            return d
        return None

    def _joined_reaction_constraints(self, ids, seen) -> list[Constraint]:
        """An act with no date of its own told as going on from a reaction ("condemned the shelling and urged
        restraint", ``_joined_reaction``) is of the reaction's occasion: the same day, so the range the reaction takes
        (from what it answers to the publication date) is its own."""
        out = []
        by_sent: dict[int, list[_Cand]] = {}
        for cl in self._clusters:
            for x in cl.cands:
                by_sent.setdefault(x.sent, []).append(x)
        for k, cl in enumerate(self._clusters):
            if any(self._range(x) or x.anchor_timex is not None for x in cl.cands):
                continue
            for c in cl.cands:
                d = self._joined_reaction(c, by_sent)
                if d is None or d.cluster is None or d.cluster == k:
                    continue
                s_id, t_id = ids[d.cluster], ids[k]
                if (s_id, t_id) in seen or (t_id, s_id) in seen:
                    break
                seen.add((s_id, t_id))
                s0, s1 = self.sentences[c.sent]
                out.append(Constraint(s_id, t_id, 0, 0, "same_day", f"'{d.text} ... and {c.text}' (one answer, told of "
                                      f"one occasion): {self.text[s0:s1]}", self.doc.id))
                break
        return out

    def _short_lapse_constraints(self, ids, live: list[_Cand], seen) -> list[Constraint]:
        """"Hours before the meeting, Trump had written ...", "..., days after the vote": a lapse with no number (a
        duration the engine leaves unanchored, "PTXH", "PXD") right before a ``sequence`` cue word ("before", "after")
        ties the event it governs to the event after the cue: hours away, the same day (as the gold guidelines read
        "Hours before the meeting"); days away, one to nine days before or after. The governed event is the last one
        told before the phrase in its sentence, else the first verbs after it (a fronted phrase)."""
        tok = self.tokens
        out = []
        for t in self.timexes:
            i = self._short_lapse_cue(t)
            if i is None or tok.sent[i] != tok.sent[tok.at(t.start)]:
                continue
            unit = "hours" if t.value == "PTXH" else "days"
            kind = "before" if (tok.low[i],) in self.lex.sequence["before"] else "after"
            pool = sorted((c for c in live if c.sent == tok.sent[i]), key=lambda c: c.start)
            anchor = next((c for c in pool if i < c.t0 <= i + 4 and tok.clause[c.t0] == tok.clause[i]), None)
            if anchor is None:
                anchor = self._earlier_event_named(i + 1, live, clause=True)
            if anchor is None or anchor.status != "occurred":
                continue
            anchor = getattr(self, "_named_occasions", {}).get(id(anchor), anchor)
            k0 = tok.at(t.start)
            before = [c for c in pool if c.t1 <= k0 and c.cluster != anchor.cluster
                      and not any(tok.low[m] in self.lex.clause_breaks for m in range(c.t1, k0))]
            a_end = next((m for m in range(i + 1, len(tok.low)) if tok.low[m] == "," or tok.sent[m] != tok.sent[i]),
                         len(tok.low))
            after = [c for c in pool if c.t0 > a_end and c.entry.pos == "verb" and c.cluster != anchor.cluster]
            govs = before[-1:] if before else self._fronted_scope(after)
            lo, hi = (0, 0) if unit == "hours" else (1, 9) if kind == "after" else (-9, -1)
            for gov in govs:
                if gov.cluster is None or anchor.cluster is None or gov.status not in ("occurred",) \
                        or self._range(gov) is not None or gov.anchor_timex is not None:
                    continue
                cap = self._lapse_cap(anchor, gov)
                if cap is not None and cap < lo:
                    continue  # ("days after" an act of the paper's day, told as past: keep its tense range)
                g_hi = hi if cap is None else min(hi, cap)
                a_id, g_id = ids[anchor.cluster], ids[gov.cluster]
                seen.add((a_id, g_id))
                s0, s1 = self.sentences[gov.sent]
                capped = "; told as done, so no later than the publication date" if cap is not None and cap < 9 else ""
                out.append(Constraint(a_id, g_id, lo, g_hi, "offset", f"'{t.text} {tok.low[i]} {anchor.text}' ({unit} "
                                      f"{kind} it{capped}): {self.text[s0:s1]}", self.doc.id))
        return out

    def _lapse_cap(self, anchor: _Cand, gov: _Cand) -> int | None:
        """The most days after ``anchor``'s day that ``gov``, an act told as done (status "occurred"), can lie: it never
        ends after the publication date ("Days after the talks on Thursday, Russia launched missiles", published on
        Friday: at most one day). None when there is no publication date, ``gov`` is not told as done or the anchor's
        cluster has no date of its own."""
        dct = self.doc.dct
        if dct is None or anchor.cluster is None or gov.status != "occurred":
            return None
        ranges = [r for r in (self._range(x) for x in self._clusters[anchor.cluster].cands) if r is not None]
        if not ranges:
            return None
        a0, a1 = min(ranges, key=lambda r: ((r[1] - r[0]).days, r[0]))
        return (dct - a1).days

    def _short_lapse_in(self, si: int) -> bool:
        """Does sentence ``si`` tie its events by a lapse with no number ("Days after the vote, ...",
        ``_short_lapse_constraints``)? Then they take no day from the sentence before."""
        s0, s1 = self.sentences[si]
        return any(self._short_lapse_cue(t) is not None for t in self.timexes if s0 <= t.start < s1)

    def _short_lapse_cue(self, t) -> int | None:
        """The token of the "before"/"after" right after ``t`` when ``t`` is a lapse with no number ("Hours", "Days",
        a duration the engine leaves unanchored), else None."""
        if t.value not in ("PTXH", "PXD") or t.anchored_to != "none":
            return None
        tok = self.tokens
        i = tok.at(t.end)
        return i if i < len(tok.low) and tok.low[i] in self._sequence_words else None

    def _said_of(self, c: _Cand) -> tuple[_Cand, str] | None:
        """"Lavrov told a news agency that the summit had been 'better than super'": a saying in the simple past whose
        "that" clause opens on a determined event noun answers the dated event of that name told before it (the earliest
        sentence naming it, the event nearest the noun there), with the words of the noun."""
        tok = self.tokens
        if c.entry.type != "STATEMENT" or c.entry.pos != "verb" or tok.low[c.t0] not in self.lex.reporting:
            return None
        n = len(tok.low)
        j = next((j for j in range(c.t1, min(n, c.t1 + 8)) if tok.sent[j] == c.sent and tok.low[j] == "that"), None)
        if j is None or j + 2 >= n or tok.low[j + 1] not in self.w.definite:
            return None
        k = j + 2
        head = tok.low[k]
        if tok.sent[k] != c.sent or k in self.mention_by_tok or not head[:1].isalpha():
            return None
        names = {head, head + "s", head[:-1] if head.endswith("s") else head}
        if not any(w in self.lex.forms for w in names):
            return None
        s0 = self.sentences[c.sent][0]
        told = [d for d in self._clusters_cands() if d.start < s0 and d.status in _FACTUAL and not d.quoted
                and d.timex is not None and d.timex.earliest is not None and d.timex_cost < self._SENTENCE_COST
                and d.cluster is not None and d.cluster != c.cluster
                and (tok.low[d.t0] in names or any(tok.low[m] in names for m in range(d.t1, min(n, d.t1 + 3))
                                                   if tok.sent[m] == d.sent))]
        if not told:  # ("that the summit had been ..." after "met on Monday": the last dated occasion of its kind)
            types = {e.type for w in names for e, _t in self.lex.forms.get(w, ())}
            kind = [d for d in self._clusters_cands() if d.start < s0 and d.status in _FACTUAL and not d.quoted
                    and d.entry.type in types and d.timex is not None and d.timex.earliest is not None
                    and d.timex.earliest == d.timex.latest and d.timex_cost < self._SENTENCE_COST
                    and d.cluster is not None and d.cluster != c.cluster]
            return (max(kind, key=lambda d: d.start), self.text[tok.starts[j]:tok.ends[k]]) if kind else None
        return min(told, key=lambda d: (d.timex.earliest, d.start)), self.text[tok.starts[j]:tok.ends[k]]
