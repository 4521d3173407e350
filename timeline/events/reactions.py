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
        v = self._attribution_verb(d)
        if v is not None:
            comma = self._attribution_comma(c, d)
            if comma is None:
                return False
            if any(tok.low[k] in self.w.reporting_outlets for k in range(comma + 1, v)):
                return False  # ("..., state media said on Tuesday": a report of the act, not the act)
            if self._source_from_attribution(c, comma, v):
                return False  # ("The president condemned the attack, a Polish diplomat said": whose, not when)
            named = [self.mention_by_tok[k] for k in range(comma + 1, v) if k in self.mention_by_tok]
            # (the speaker as the attribution names it: "the French foreign ministry", "a spokesman for the Chinese
            # foreign ministry"; none for "a spokesman", "its foreign minister", "the prime minister's office")
            if not named:  # ("its foreign ministry", "a spokesman": own; "a European diplomat", "officials": not)
                return self._own_unnamed_speaker(comma + 1, v)
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
        v = self._attribution_verb(d)
        if v is None or (v == d.t0 and not self._simple_past(d)) or (v != d.t0 and not tok.low[v].endswith(("id", "ld"))):
            return None  # (a saying in the simple past: "said", "told"; "said in a statement")
        k0 = max(c.t1, v - 12)
        comma = next((k for k in range(v - 1, k0 - 1, -1) if tok.low[k] == ","), None)
        if comma is None or any(tok.low[k] == ";" or tok.low[k] == "that" for k in range(c.t1, v)):
            return None
        return comma

    def _attribution_verb(self, d: _Cand) -> int | None:
        """The token of the reporting verb that ``d`` is ("said") or whose setting ``d`` names ("said in a statement",
        "said in an interview": a ``saying_settings`` noun of cues.yaml), else None."""
        tok = self.tokens
        if d.entry.pos == "verb":
            return d.t0 if tok.low[d.t0] in self.lex.reporting else None
        if tok.low[d.t1 - 1] not in self.w.saying_settings:
            return None  # ("a statement", "a news conference": by its head)
        return self._verb_of_setting(d.t0)

    def _verb_of_setting(self, m: int) -> int | None:
        """The reporting verb before "in"/"at" a few words before ``m``, a ``saying_settings`` noun ("said in a
        statement", "told reporters at a news conference"), else None."""
        tok = self.tokens
        for j in range(m - 1, max(-1, m - 5), -1):
            if tok.sent[j] != tok.sent[m] or tok.low[j] in (",", ";", ":"):
                return None
            if tok.low[j] in ("in", "at"):
                v = next((v for v in range(j - 1, max(-1, j - 3), -1) if tok.low[v] in self.lex.reporting
                          and tok.sent[v] == tok.sent[m]), None)
                return v
        return None

    def _reporting_verb_before(self, k: int, lo: int) -> int | None:
        """The reporting verb of the date at token ``k`` (not before ``lo``): right before it ("said on Tuesday",
        "said late on Tuesday") or before its setting ("said in a statement on Tuesday", ``_verb_of_setting``)."""
        tok = self.tokens
        v = next((m for m in range(k - 1, max(lo, k - 3) - 1, -1) if tok.low[m] in self.lex.reporting), None)
        if v is not None:
            return v
        m = next((m for m in range(k - 1, max(lo, k - 3) - 1, -1) if tok.low[m] in self.w.saying_settings), None)
        v = self._verb_of_setting(m) if m is not None else None
        return v if v is not None and v >= lo else None

    def _source_from_attribution(self, c: _Cand, comma: int, v: int) -> bool:
        """Did ``c``'s source come from its attribution (the words ``comma``..``v``: "The president condemned the
        attack, a Polish diplomat said on Monday": Poland's by the attribution)? Then the attribution told whose act it
        is, not that the act was its saying: it bounds the act's date, it does not give it."""
        tok = self.tokens
        if c.source is None:
            return False
        if tok.ends[comma] <= c.source.start < tok.starts[v]:
            return True
        if c.source.via != "description" or any(w[:1].isupper() for w in c.source.text.split()[1:]):
            return False  # (a bare title, "The president", read as the state the attribution names)
        sid = c.source.actor.id
        return any(m.actor.id == sid or m.actor.country == sid
                   for m in (self.mention_by_tok[k] for k in range(comma + 1, v) if k in self.mention_by_tok))

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
            said = self._done_by_saying(c)
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

    def _done_by_saying(self, c: _Cand) -> bool:
        """Is ``c`` an act done by saying it: an act noun of saying, a verb of such an act in the simple past ("accepted
        the offer, the ministry said"), or a refusal stated for the future ("Hungary won't approve it, Orban said")?"""
        return self._said_noun(c) or (c.entry.pos == "verb" and self._simple_past(c) and self._said_act(c)) \
            or id(c) in self.__dict__.get("_stated_refusals", ())

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
            v = self._reporting_verb_before(k, c.t1)
            if v is None:
                continue
            comma = next((m for m in range(v - 1, max(c.t1, v - 12) - 1, -1) if tok.low[m] == ","), None)
            if comma is None or any(tok.low[m] in (";", "that") for m in range(c.t1, v)) \
                    or any(d is not c and d.t0 == v for d in cands):
                continue  # (a reporting verb that is a trigger of its own: ``_date_from_own_saying``)
            said = self._done_by_saying(c)
            if said and not any(tok.low[m] in self.w.reporting_outlets for m in range(comma + 1, v)) \
                    and not self._source_from_attribution(c, comma, v):
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
        comma = tok.low[c.t0 - 2] == ","  # ("condemned any violation of the convention, and urged ...": ", and" with no
        # subject of its own after it goes on with the same clause's subject)
        end = c.t0 - 2 if comma else c.t0 - 1
        for d in sorted(by_sent.get(c.sent, ()), key=lambda x: -x.start):
            if d is c or d.t1 > c.t0 or d.entry.pos != "verb" or d.quoted or d.status != "occurred":
                continue
            if any(tok.low[k] in (",", ";") or tok.low[k] in self.lex.clause_breaks or tok.low[k] == "that"
                   for k in range(d.t1, end)) or tok.clause[d.t0] != tok.clause[end if comma else c.t0]:
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
                anchor = self._earlier_event_named(i + 1, live, clause=True) or self._lapse_pronoun_anchor(i, live) \
                    or self._lapse_noun_anchor(i, live)  # (anchoring.py: "hours after the massacre")
            if anchor is None or anchor.status != "occurred":
                continue
            named = getattr(self, "_named_occasions", {}).get(id(anchor))  # (not a mention dropped since)
            anchor = named if named is not None and named.cluster is not None else anchor
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
                if cap is not None and cap < lo:  # ("days after" an act of the paper's day, told as past: keep its
                    # tense range, and say why the tie is left out)
                    self.__dict__.setdefault("_lapse_clashes", {})[ids[gov.cluster]] = (
                        f"told as '{t.text} {tok.low[i]} {anchor.text}', yet '{anchor.text}' is dated on or after the "
                        f"publication date {self.doc.dct.isoformat()}: the two do not fit (check the dates), so the "
                        f"tie is left out")
                    continue
                g_hi = hi if cap is None else min(hi, cap)
                a_id, g_id = ids[anchor.cluster], ids[gov.cluster]
                seen.add((a_id, g_id))
                s0, s1 = self.sentences[gov.sent]
                capped = "; told as done, so no later than the publication date" if cap is not None and cap < 9 else ""
                out.append(Constraint(a_id, g_id, lo, g_hi, "offset", f"'{t.text} {tok.low[i]} {anchor.text}' ({unit} "
                                      f"{kind} it{capped}): {self.text[s0:s1]}", self.doc.id))
        return out

    def _lapse_pronoun_anchor(self, i: int, live: list[_Cand]) -> _Cand | None:
        """"A truce was announced on Monday night. Hours after it was announced, warplanes bombed ...": after the cue
        ``i``, an ``event_pronouns`` word that opens a passive clause stands for the event noun told last before it, in
        the sentence before (same paragraph) or earlier in its own; else None."""
        tok = self.tokens
        if i + 2 >= len(tok.low) or tok.low[i + 1] not in self.w.event_pronouns or tok.sent[i + 2] != tok.sent[i] \
                or tok.low[i + 2] not in self.w.passive_aux:
            return None  # ("after it was signed": the act done to the thing told; not "before it came into force", a
            # later stage of it, nor "after that meeting")
        si = tok.sent[i]
        s0 = self.sentences[si][0]
        same_par = si > 0 and "\n" not in self.text[self.sentences[si - 1][1]:s0]
        nouns = [c for c in live if c.entry.pos == "noun" and c.sent in ((si - 1, si) if same_par else (si,))
                 and c.t1 <= i and not c.quoted and c.status in _FACTUAL]
        return max(nouns, key=lambda c: c.start) if nouns else None

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

    def _date_dated_subject_nouns(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"Russia's invasion of Ukraine in 2022 was condemned by the assembly on Monday", "Israel's withdrawal from Gaza
        on Monday was welcomed by Egypt on Tuesday": a date inside the subject of a passive verb, after an event noun and
        before the auxiliary, is the noun's; the date after the verb is the verb's (never the other way round, which is
        how the nearest-date reading pairs them when the noun and the verb both reach both dates)."""
        tok = self.tokens
        n_tok = len(tok.low)
        for n in cands:
            if n.entry.pos != "noun" or n.quoted or n.t1 >= n_tok \
                    or not self._timexes_between(n.end, tok.ends[min(n.t1 + 11, n_tok - 1)]):
                continue  # (no date right after the noun: nothing to set right)
            aux = None
            for k in range(n.t1, min(n_tok, n.t1 + 12)):
                if tok.sent[k] != n.sent or tok.low[k] in (",", ";", ":") or tok.low[k] in self.lex.clause_breaks \
                        or k in self.trigger_toks:
                    break
                if tok.low[k] in self.w.passive_aux:
                    aux = k
                    break
            v = next((d for d in by_sent.get(n.sent, ()) if d.entry.pos == "verb" and aux < d.t0 <= aux + 2), None) \
                if aux is not None else None
            if aux is None or aux + 1 >= n_tok or (v is None and not tok.low[aux + 1].endswith(("ed", "en"))):
                continue  # (a participle after the auxiliary: "was condemned", "were held")
            t1 = next((t for t in self._timexes_between(n.end, tok.starts[aux]) if self._dated_here(t)), None)
            if t1 is None:
                continue
            k_end = next((k for k in range(aux + 2, n_tok) if tok.sent[k] != n.sent or tok.low[k] in (",", ";", ":")
                          or tok.low[k] in self.lex.clause_breaks), n_tok)
            end = tok.ends[k_end - 1] if k_end > aux + 2 else tok.ends[aux + 1]
            t2 = next((t for t in self._timexes_between(tok.ends[aux + 1], end) if self._dated_here(t)), None)
            if n.timex is None or n.timex.start != t1.start:
                n.timex, n.timex_cost = t1, min(n.timex_cost, 2.0)
                self._timex_owner[t1.start] = n
            if v is not None and t2 is not None and (v.timex is None or v.timex.start == t1.start):
                v.timex, v.timex_cost = t2, 2.0
                self._timex_owner[t2.start] = v

    @staticmethod
    def _dated_here(t) -> bool:
        """A date or time told with its own value (not an offset from an event, not a set)."""
        return t.type in ("DATE", "TIME") and t.anchor is None and t.earliest is not None and t.latest is not None \
            and _is_date(t)

    def _attributive_date(self, t) -> bool:
        """"New Delhi said the strikes answered the April 22 attack in Pahalgam": a date between "the" and a noun, past
        the opening words of its sentence, names which thing is meant (the attack of that day); it is no day the
        sentence narrates, and the sentences after it do not carry it on."""
        tok = self.tokens
        k, e = tok.at(t.start), tok.at(t.end)
        if k < 1 or e >= len(tok.low) or tok.sent[e] != tok.sent[k] or tok.low[k - 1] != "the" \
                or k - tok.at(self.sentences[tok.sent[k]][0]) < 3:
            return False
        return tok.low[e].isalpha() and tok.low[e] not in self.w.prepositions and tok.low[e] not in self.lex.clause_breaks

    def _bound_trailing_saying(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"India and Pakistan agreed on Saturday to a ceasefire, Trump announced": a saying in the simple past with no
        date of its own that closes its sentence as the attribution of a dated act told before it (after a comma) was
        made on or after the act's day: the act's first day bounds its range from below."""
        tok = self.tokens
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.quoted or c.status != "occurred" \
                    or c.entry.pos != "verb" or tok.low[c.t0] not in self.lex.reporting or not self._simple_past(c) \
                    or id(c) in self.__dict__.get("_tense_bounds", {}):
                continue
            comma = next((k for k in range(c.t0 - 1, max(-1, c.t0 - 8), -1) if tok.low[k] == ","), None)
            if comma is None or tok.sent[comma] != c.sent or any(k in self.trigger_toks for k in range(comma + 1, c.t0)):
                continue
            if c.t1 < len(tok.low) and tok.sent[c.t1] == c.sent and tok.low[c.t1][:1].isalnum():
                continue  # (only an attribution that closes its clause: "..., Trump announced." / "..., Trump said, ...")
            acts = [d for d in by_sent.get(c.sent, ()) if d.t1 <= comma and d.status in _FACTUAL and not d.quoted
                    and d.timex is not None and d.timex.earliest is not None and d.timex_cost < self._SENTENCE_COST
                    and self._dated_here(d.timex) and (self.doc.dct is None or d.timex.earliest <= self.doc.dct)]
            if not acts:
                continue
            tx = min(acts, key=lambda d: d.start).timex
            self.__dict__.setdefault("_tense_bounds", {})[id(c)] = (
                tx.earliest, None, f"the attribution of what happened on '{tx.text}' ({tx.earliest.isoformat()}), so "
                                   f"said on or after that day")

    def _dates_told_act(self, t) -> bool:
        """Does ``t``, a date of background by its clause ("had been expected to be signed on February 28, when Zelensky
        visited the White House"), date an act told as news there (its owner an event in the simple past that
        happened)? Then it names another day of the story all the same."""
        tok = self.tokens
        k = tok.at(t.start)
        j = k
        while j > 0 and tok.sent[j - 1] == tok.sent[k] and tok.clause[j - 1] == tok.clause[k]:
            j -= 1
        if tok.low[j] in self.w.relative_clause_openers:
            return False  # ("their first meeting since Scholz visited Paris in January": background all the same)
        s0, s1 = self.sentences[tok.sent[k]]
        return any(d.alive and d.status == "occurred" and not d.quoted and d.entry.pos == "verb" and d.timex is not None
                   and d.timex.start == t.start and self._simple_past(d)
                   for k in range(tok.at(s0), tok.at(s1)) for d in self._cands_by_tok.get(k, ()))

    def _date_from_next_naming(self, cands: list[_Cand]) -> None:
        """"Egypt said it would host a summit on Gaza. The summit will take place in Cairo on October 4.", "Iran and the
        United States held a new round of talks. The talks took place in Muscat on Saturday.": an event with no date
        of its own whose occasion the next sentence (same paragraph) opens on, as "the <noun>" of its type or named in
        its clause, with that noun's own predicate and date ("will take place ... on October 4", "was held on
        Saturday"), takes that date; the noun there is no new event (it has no party of its own)."""
        tok = self.tokens
        n_tok = len(tok.low)
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.quoted or not (c.actors or c.group) \
                    or c.sent + 1 >= len(self.sentences) or c.status not in ("occurred", "planned"):
                continue
            s0, s1 = self.sentences[c.sent + 1]
            if "\n" in self.text[self.sentences[c.sent][1]:s0]:
                continue
            k0 = tok.at(s0)
            if k0 + 3 >= n_tok or tok.low[k0] != "the" or k0 + 1 in self.mention_by_tok:
                continue
            head = tok.low[k0 + 1]
            types = {e.type for e, _t in self.lex.forms.get(head, ())}
            if c.entry.type not in types:
                continue
            a0, a1 = self.sentences[c.sent]
            if tok.low[c.t1 - 1] != head and not any(tok.low[k] == head for k in range(c.t1, tok.at(a1))
                                                     if tok.clause[k] == tok.clause[c.t0]):
                continue  # ("would host a summit. The summit ...": named in its clause)
            if tok.low[k0 + 2] not in self.w.passive_aux and tok.low[k0 + 2] not in self.w.future_aux:
                continue  # (the noun's own predicate: "will take place", "was held", "is set for")
            if any(d.alive and d.t0 > k0 + 1 and d.sent == c.sent + 1 and (d.actors or d.group)
                   for k in range(k0, tok.at(s1)) for d in self._cands_by_tok.get(k, ())):
                continue  # (an act of its own in that sentence dates itself)
            own = [t for t in self._timexes_between(s0, s1) if self._dated_here(t) and tok.clause[tok.at(t.start)]
                   == tok.clause[k0 + 2] and (t.earliest > self.doc.dct if c.status == "planned" and self.doc.dct
                                              else True)]
            if len(own) != 1:
                continue
            c.timex, c.timex_cost = own[0], self._SENTENCE_COST + 6.0
            self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                f"no date in its sentence; the next sentence tells its occasion ('{self.text[tok.starts[k0]:tok.ends[k0 + 1]]}"
                f" {tok.low[k0 + 2]} ...')")

    def _undate_by_background(self, cands: list[_Cand]) -> None:
        """"Orban made his first visit to Kyiv on Tuesday since the war began in 2022", "Mali declared the end of the 2015
        Algiers agreement on Thursday": a date of background after the event (in a "since", "who", "which" clause,
        ``_background_date``) or naming the thing its object is (``_attributive_date``) is not the event's when its own
        clause names a day of the story that no other event took: that day dates it."""
        self._undate_done_after_publication(cands)
        tok = self.tokens
        for c in cands:
            t = c.timex
            if t is None or t.start < c.end or c.quoted \
                    or not (self._background_date(t) or (c.entry.pos == "verb" and self._attributive_date(t))):
                continue  # ("declared the end of the 2015 Algiers agreement on Thursday": 2015 is the agreement's)
            s0, s1 = self.sentences[c.sent]
            days = [u for u in self._timexes_between(s0, s1) if u is not t and self._dated_here(u)
                    and tok.clause[tok.at(u.start)] == tok.clause[c.t0] and not self._background_date(u)
                    and not self._attributive_date(u)
                    and self._free_or_adjunct(u, c, cands) and not self._time_to_come(u)]
            if len(days) == 1:
                u = days[0]
                owner = self._timex_owner.get(u.start)
                if owner is not None and owner is not c and owner.timex is u and self._named_by_date(t, owner):
                    owner.timex = t  # ("the 2015 Algiers peace agreement": the agreement's year)
                    self._timex_owner[t.start] = owner
                c.timex = u
                self._timex_owner[u.start] = c

    def _undate_done_after_publication(self, cands: list[_Cand]) -> None:
        """"Iran condemned the sanctions and vowed to retaliate on Monday": an act told as done (a verb in the simple past,
        status occurred) cannot lie after the publication date, so a date expression read forward ("on Monday" for the
        retaliation to come) is not its own: it falls back to its tense."""
        dct = self.doc.dct
        if dct is None:
            return
        for c in cands:
            t = c.timex
            if t is not None and t.earliest is not None and t.earliest > dct and c.status == "occurred" and not c.quoted \
                    and c.entry.pos == "verb" and self._simple_past(c):
                c.timex = None

    def _named_by_date(self, t, n: _Cand) -> bool:
        """Is ``n`` the noun that the attributive date ``t`` names ("the 2015 Algiers peace agreement")?"""
        tok = self.tokens
        e = tok.at(t.end)
        return n.entry.pos == "noun" and e <= n.t0 <= e + 3 and self._attributive_date(t) \
            and not any(tok.low[k] in self.w.prepositions for k in range(e, n.t0))

    def _free_or_adjunct(self, u, c: _Cand, cands: list[_Cand]) -> bool:
        """Is date ``u`` taken by no event, by ``c`` itself, or by a participle set off after ``c`` that tells its
        occasion ("declared ... on Thursday, accusing Algeria": Thursday is the declaration's too)?"""
        owner = self._timex_owner.get(u.start)
        return owner is None or owner is c or self._participle_adjunct(owner, c, [x for x in cands if x.sent == c.sent]) \
            or (c.timex is not None and self._named_by_date(c.timex, owner))

    def _offset_to_main_verb(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"Russia expelled two British diplomats on Thursday, accusing them of spying, a day after London imposed
        sanctions": an offset from an event that closes the sentence after a participle set off by a comma
        (``_participle_adjunct``) counts from the sentence's main verb, not from the participle; the participle tells
        the main verb's occasion and takes its date when it has none."""
        for c in cands:
            tx = c.anchor_timex
            if tx is None or tx.anchored_to != "event" or tx.start < c.end:
                continue
            pool = by_sent.get(c.sent, [])
            d = next((d for d in sorted(pool, key=lambda d: d.start) if d is not c and d.t1 < c.t0
                      and self._participle_adjunct(c, d, pool)), None)
            if d is None or d.anchor_timex is not None or d.timex is None:
                continue
            d.anchor_timex, c.anchor_timex = tx, None
            if c.timex is None:
                c.timex, c.timex_cost = d.timex, self._SENTENCE_COST + 1.0

    def _bound_answer_from(self, c: _Cand, t) -> None:
        """"North Korea tested a missile on Monday. ... the United States later called the launch a provocation": an
        answer told in a paragraph that opens on a past day, not assumed of that day (``_framed_answer_same_day``), is
        on or after it (its range starts there)."""
        dct = self.doc.dct
        if t.earliest is None or (dct is not None and t.earliest > dct) or c.entry.pos != "verb" or not self._simple_past(c):
            return
        bounds = self.__dict__.setdefault("_tense_bounds", {})
        if id(c) not in bounds:
            bounds[id(c)] = (t.earliest, None, f"an answer to what its paragraph opens on, '{t.text}' "
                                               f"({t.earliest.isoformat()}), so on or after that day")

    def _told_in_response(self, c: _Cand) -> bool:
        """"Tehran summoned the Dutch ambassador in response", "Moscow expelled two diplomats in retaliation": a
        ``response_phrases`` phrase of cues.yaml in ``c``'s clause tells it as an answer to what was told before."""
        cache = self.__dict__.get("_response_clauses")
        if cache is None:  # (once per text: the clauses that hold such a phrase)
            tok = self.tokens
            phrases: dict[str, list[tuple[str, ...]]] = {}
            for p in self.w.response_phrases:
                words = tuple(p.split())
                phrases.setdefault(words[0], []).append(words)
            cache = self.__dict__["_response_clauses"] = {
                tok.clause[k] for k in tok.where(phrases.keys())
                if any(tuple(tok.low[k:k + len(p)]) == p for p in phrases[tok.low[k]])}
        return self.tokens.clause[c.t0] in cache

    def _day_behind_apposed(self, tx):
        """The day an apposed offset counts from ("on May 11, a day after European leaders visited Kyiv": May 11) when
        ``tx`` is such an offset (``_date_from_apposed_offsets``), else ``tx``: the sentence's own day is that one."""
        if tx is None or tx.rule != "events_apposed_offset":
            return tx
        return next((t for t in self._timexes_between(tx.start, tx.start + 1) if t.start == tx.start), None)

    def _date_coordinated_in_clause(self, c: _Cand, inside: list[_Cand]) -> None:
        """"..., a day after European leaders visited Kyiv and demanded a truce": the verbs joined by "and" to ``c``, the
        first event of an offset's clause, with no date of their own, share the date the offset gives it."""
        tok = self.tokens
        for d in sorted(inside, key=lambda d: d.start):
            if d is c or d.start < c.start or d.timex is not None or d.entry.pos != "verb" or d.tense != c.tense \
                    or d.t0 < 1 or tok.low[d.t0 - 1] != "and" or tok.clause[d.t0] != tok.clause[c.t0]:
                continue
            d.timex, d.timex_cost = c.timex, c.timex_cost + 1.0
