"""Dating rules that tie an event's day to another event or refine it (a mixin of the event extractor's context).

* an act told "in response" / "in retaliation" (``response_phrases``) that has a date of its own still comes on or
  after the act it answers: a constraint, so that two dates breaking that order are flagged by reasoning, never
  silently moved ("Russia attacked Kharkiv on Tuesday. Ukraine struck Belgorod on Monday in response");
* an offset that counts from a definite noun naming a kind of act but no trigger of its own ("The day after the
  massacre", "a week after the vote": ``violence_told_nouns``, ``ballot_told_nouns``) counts from the last act of
  that kind told before it; with none told, no anchor (no guess);
* the "to" complement of a commitment verb told after the commitment's own frame ("agreed at talks in Abu Dhabi on
  Monday to sign a peace treaty by the end of the year") is a planned act, like one right after the verb: its
  deadline dates it, not the commitment, and the commitment's day does not date it; nor does the plan's deadline
  date the topic of the plan ("to hold talks on a ceasefire by the end of the year": ``topic_preps``);
* a date told in a time clause after an event noun ("his first visit since the war began in 2022",
  ``temporal_subordinators``) dates that clause, never the noun;
* an act told as done under a past main verb ("Washington welcomed Trump's decision to lift sanctions on Syria on
  Tuesday", published on a Thursday) is never dated after the publication date: a bare weekday the engine read
  forward (the tense of "to lift") is re-read as the most recent one (``readings._past_reading``); any other date
  after the publication date on an act told as done ("decided to lift sanctions on March 20" in a March 13 paper)
  is left as written and flagged: a constraint to the publication date that reasoning reports as a contradiction;
* a clock time told of the day that dates a clause ("On Sunday, the commission declared him the winner shortly after
  midnight": 'midnight', anchored to 'Sunday', falls on Monday) dates a one-off act more finely than the day: the act
  is on the clock time's day, not over both (an act that lasts, "the session ran past midnight", still spans them);
* the verbs joined by "and" to the first event of a "when" clause after a date share its date ("on Monday, when
  Washington expelled 60 diplomats and closed the consulate in Seattle": both Monday);
* an act told "at the time" (``time_then_phrases``) with no date of its own takes the date of the act told just
  before it, in its sentence or the one before ("shut the frontier in August 2015, a move that Bogota condemned at
  the time": August 2015), not the story's day nor the tense's year;
* a past verb joined by a bare "and" to the verb before it, with no subject of its own, shares that verb's date when
  the day came from the sentence before ("In May, migrants crossed. Spain sent troops and condemned Morocco": both
  May), answers included.
"""

from __future__ import annotations

import re

from timeline.events.common import _Cand, _FACTUAL
from timeline.events.occasions import load_occasions
from timeline.model import Constraint, Timex


#: a TIMEX3 value with a clock time ("2025-03-09T24:00")
_CLOCK_VALUE = re.compile(r"T\d{2}:\d{2}$")


class AnchoringMixin:
    """Order and anchor ties between events that the other dating stages leave out."""

    def _date_coordinated_verbs(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"In May, migrants crossed into Ceuta. Spain sent troops to the enclave and condemned Morocco": a past verb
        right after a bare "and" that joins it to a dated past verb of its sentence (no other verb between, the same
        doer or none named) is told of the same occasion and takes its date; an answer too, which the sentence before
        did not date on its own."""
        tok = self.tokens
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.status != "occurred" or c.quoted \
                    or c.entry.pos != "verb" or c.tense != "past" or c.t0 < 2 or tok.low[c.t0 - 1] != "and":
                continue
            before = [d for d in by_sent.get(c.sent, ()) if d is not c and d.t1 < c.t0 and d.entry.pos == "verb"]
            if not before:
                continue
            d = max(before, key=lambda x: x.t0)
            if d.timex is None or d.anchor_timex is not None or d.status != "occurred" or d.tense != "past" \
                    or d.quoted or tok.clause[d.t0] != tok.clause[c.t0] \
                    or any(tok.low[k] in (",", ";", ":") for k in range(d.t1, c.t0)) \
                    or (c.source is not None and d.source is not None and c.source.actor.id != d.source.actor.id):
                continue
            c.timex, c.timex_cost = d.timex, d.timex_cost + 1.0

    def _date_from_time_then(self, cands: list[_Cand], by_sent: dict[int, list[_Cand]]) -> None:
        """"deported thousands in August 2015, a move that Bogota condemned at the time", "Seoul protested back then":
        an act told as done with no date of its own whose clause puts it "at the time" (``time_then_phrases``, right
        after it or opening its sentence) takes the date of the last act with a date of the past told before it in its
        sentence, else in the sentence before."""
        tok = self.tokens
        phrases = [tuple(p.split()) for p in self.w.time_then_phrases]
        starts = {k for p in phrases for k in tok.where({p[0]}) if self._phrase_at(k, p)}
        if not starts:  # (no such phrase in the document: nothing to do)
            return
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.status != "occurred" or c.quoted:
                continue
            s0 = tok.at(self.sentences[c.sent][0])
            s1 = tok.at(self.sentences[c.sent][1])
            after = []
            for k in range(c.t1, min(c.t1 + 8, s1)):
                if tok.low[k] in (",", ";", ":") or (k in self.trigger_toks and k >= c.t1):
                    break
                after.append(k)
            if s0 not in starts and not any(k in starts for k in after):
                continue
            best = None
            for si in (c.sent, c.sent - 1):
                for d in reversed(by_sent.get(si, ())):
                    tx = d.timex
                    if d is c or (si == c.sent and d.t0 >= c.t0) or tx is None or d.status != "occurred" \
                            or tx.type not in ("DATE", "TIME") or tx.anchored_to == "event" or tx.earliest is None \
                            or self._time_to_come(tx) or d.quoted:
                        continue
                    best = tx
                    break
                if best is not None:
                    break
            if best is not None:
                c.timex, c.timex_cost = best, self._SENTENCE_COST + 1.0

    def _response_order_constraints(self, ids, live: list[_Cand], seen) -> list[Constraint]:
        """A dated act told as an answer ("Ukraine struck Belgorod on Monday in response") comes on or after the act it
        answers: the last act with a date of its own told before it, in its sentence before ", and" / ";" (the answer's
        part holding the ``response_phrases`` phrase), else in the sentence before (same paragraph). An answer with no
        date of its own is bounded elsewhere (``_bound_answer_from``)."""
        out: list[Constraint] = []
        tok = self.tokens
        for c in live:
            if c.status not in _FACTUAL or c.quoted or c.cluster is None or not self._cluster_dated(c.cluster) \
                    or not self._told_in_response(c):
                continue
            k0 = tok.clause_start(c.t0)
            join = max((j for j in range(k0, c.t0) if tok.low[j] == ";"
                        or (tok.low[j] == "," and tok.low[j + 1] == "and")), default=None)
            if not self._response_phrase_from(join if join is not None else k0, c):
                continue
            s0 = self.sentences[c.sent][0]
            first = c.sent == 0 or "\n" in self.text[self.sentences[c.sent - 1][1]:s0]
            told = [d for d in live if d.cluster is not None and d.cluster != c.cluster and d.status in _FACTUAL
                    and not d.quoted and self._cluster_dated(d.cluster)
                    and ((join is not None and d.sent == c.sent and d.t1 <= join)
                         or (join is None and d.sent == c.sent - 1 and not first))]
            if not told:
                continue
            d = max(told, key=lambda d: d.start)
            s_id, t_id = ids[d.cluster], ids[c.cluster]
            if (s_id, t_id) in seen or (t_id, s_id) in seen:
                continue
            seen.add((s_id, t_id))
            s1 = self.sentences[c.sent][1]
            out.append(Constraint(s_id, t_id, 0, None, "after", f"'{c.text} ... in response' (an answer comes on or "
                                  f"after what it answers, '{d.text}'): {self.text[s0:s1]}", self.doc.id))
        return out

    def _response_phrase_from(self, k0: int, c: _Cand) -> bool:
        """Is a bare ``response_phrases`` phrase in ``c``'s clause at or after token ``k0`` (the answer's own part)?
        Bare: no word after it ("in response." / "in retaliation,"); "in response to the shelling" names what it
        answers, which need not be the act told just before."""
        tok = self.tokens
        clause = tok.clause[c.t0]
        for p in self.w.response_phrases:
            words = p.split()
            for k in tok.where({words[0]}, k0, len(tok.low)):
                if tok.clause[k] != clause:
                    break
                after = k + len(words)
                if tok.low[k:after] == words and (after >= len(tok.low) or not tok.low[after][:1].isalnum()):
                    return True
        return False

    #: event types an act of violence named by a noun (``violence_told_nouns``) can be
    _VIOLENT_TYPES = frozenset({"ASSAULT", "FIGHT"})

    def _told_act_by_noun(self, head: str, c: _Cand, tx, live: list[_Cand]) -> _Cand | None:
        """"Militants killed 26 tourists on April 22. The day after the massacre, India suspended ...": the anchor
        noun of ``tx`` (``head``) is no trigger and is not named before, but it names a kind of act; the last act of
        that kind told before the offset (occurred, not quoted, not ``c``'s own event) is what it counts from. None
        when the noun names no such kind or no such act was told."""
        return self._last_act_of_kind(head, tx.start, c.cluster, live)

    def _last_act_of_kind(self, head: str, before: int, cluster: int | None, live: list[_Cand]) -> _Cand | None:
        """The last act told before offset ``before`` (occurred, not quoted, not of ``cluster``) of the kind the noun
        ``head`` names (``violence_told_nouns``: an act of violence; ``ballot_told_nouns``: a vote), else None."""
        if head in self.w.violence_told_nouns:
            told = [d for d in live if d.entry.type in self._VIOLENT_TYPES]
        elif head in self.w.ballot_told_nouns:
            told = [d for d in live if d.entry.lemma in self.w.ballot_lemmas]
        else:
            return None
        told = [d for d in told if d.start < before and d.cluster is not None and d.cluster != cluster
                and d.status in _FACTUAL and not d.quoted]
        return max(told, key=lambda d: d.start) if told else None

    def _lapse_noun_anchor(self, i: int, live: list[_Cand]) -> _Cand | None:
        """"Hours after the massacre, India suspended ...", "days after the vote": after the cue word at token ``i``, a
        definite noun phrase that ends the phrase (a comma or the sentence's end next) and names a kind of act
        (``_last_act_of_kind``): the last act of that kind told before it."""
        tok = self.tokens
        k = i + 1
        if k >= len(tok.low) or tok.low[k] not in self.w.definite:
            return None
        while k + 1 < len(tok.low) and tok.sent[k + 1] == tok.sent[i] and tok.low[k + 1][:1].isalnum() and k - i < 4:
            k += 1
        if k == i + 1 or (k + 1 < len(tok.low) and tok.sent[k + 1] == tok.sent[i] and tok.low[k + 1] not in (",", ".")):
            return None  # (not "days after the vote was held": a clause, read by the other anchors)
        return self._last_act_of_kind(tok.low[k], tok.starts[i], None, live)

    def _framed_commitment_complements(self, cands: list[_Cand]) -> None:
        """"Armenia and Azerbaijan agreed at talks in Abu Dhabi on Monday to sign a peace treaty by the end of the
        year": a prepositional frame ("at talks in Abu Dhabi on Monday": a preposition first, then no verb, clause
        break or comma) between a commitment verb (``commitment_lemmas``) and "to" + a verb (not one of the
        commitment's own type, which is what was agreed) leaves the verb a "to" complement of the commitment
        (``_commitment_complements`` stops at the frame): a planned act of the same parties."""
        tok = self.tokens
        stops = self.lex.clause_breaks | {",", ";", ":", ".", "that", "but"}
        for i, g in enumerate(cands):
            if g.entry.pos != "verb" or g.entry.lemma not in self.w.commitment_lemmas or g.quoted \
                    or g.status not in _FACTUAL or not (g.actors or g.group) or g.t1 >= len(tok.low) \
                    or tok.low[g.t1] not in self.w.prepositions or tok.low[g.t1] == "to":
                continue
            for c in cands[i + 1:]:
                if c.sent != g.sent or c.t0 - g.t1 > 14:
                    break
                first = tok.at(c.start)  # ("sign a peace treaty": a light verb folded into its noun opens it)
                if first < 2 or tok.low[first - 1] != "to" or not (c.entry.pos == "verb" or first < c.t0):
                    if c.entry.pos == "verb" or first - 1 < g.t1:
                        break  # (a verb of its own between them: no frame)
                    continue
                if any(w in stops for w in tok.low[g.t1:first - 1]) \
                        or (c.entry.pos == "verb" and c.entry.type == g.entry.type):
                    break  # ("agreed with Iran to extend the truce": a verb of the commitment's own type is what was
                    # agreed, told by the commitment event itself, as ``_commitment_complements`` reads it)
                if not c.actors and not c.group:
                    c.source, c.target, c.others = g.source, g.target, list(g.others)
                    c.group = g.group
                if c.status in _FACTUAL:
                    c.status, c.status_cue = "planned", " ".join(tok.low[g.t0:g.t1]) + " to"
                c.strong_override = True
                break

    def _subordinate_clause_between(self, lo: int, hi: int) -> bool:
        """Is there, among tokens ``lo`` to ``hi`` (between an event noun and a date after it), a time subordinator
        (``temporal_subordinators``: "since", "after", "before") that opens a clause with a verb of its own ("since the
        war began in 2022")? Then the date is that clause's. Not a bare phrase ("the talks after the vote")."""
        tok = self.tokens
        subs = self.w.temporal_subordinators
        for k in range(lo, hi):
            if tok.low[k] in subs:  # (the clause runs to the date: no comma closes it before, "after two weeks of
                # talks brokered by Riyadh, took effect on Monday")
                return "," not in tok.low[k + 1:hi] and self._has_predicate(k + 1, hi)
        return False

    def _done_under_past_verb(self, c: _Cand) -> bool:
        """Is ``c``, told as done (status occurred, not quoted) but no simple past verb itself ("Trump's decision to
        lift sanctions", "the lifting of sanctions"), governed by a past main verb: a verb in the simple past earlier in
        its clause, with no modal or future auxiliary (``future_auxiliaries``) after it ("welcomed Trump's decision to
        lift ..." yes; "said it would lift ..." no)?"""
        if c.status != "occurred" or c.quoted:
            return False
        tok = self.tokens
        k0 = tok.clause_start(c.t0)
        for d in self._cands_by_tok_range(k0, c.t0):
            if d.entry.pos == "verb" and d.tense == "past" and not d.quoted and tok.clause[d.t0] == tok.clause[c.t0]:
                between = tok.low[d.t1:c.t0]
                return not any(w in self.lex.modals or w in self.w.future_auxiliaries for w in between)
        return False

    def _cands_by_tok_range(self, lo: int, hi: int) -> list[_Cand]:
        """The live mentions whose first token lies from ``lo`` to before ``hi``, in text order."""
        found = self._cands_by_tok
        return [d for k in range(lo, hi) for d in found.get(k, ()) if d.alive]

    def _refining_clock_time(self, cl, best: _Cand, tx: Timex) -> Timex | None:
        """The clock time, later in ``best``'s clause, that the engine resolved against ``tx`` (anchored to it) and put
        on another single day ("On Sunday ... shortly after midnight": Monday), when ``best``'s event is a one-off act
        (not of the ``lasting_types`` of dating.yaml nor a consultation, which go on: "the talks ran past midnight")
        and no ``until`` word ("past", "into", "until") stands right before it; else None."""
        if tx.earliest is None or tx.earliest != tx.latest or best.timex is not tx:
            return None
        occ = load_occasions()
        if cl.type in occ.lasting_types or cl.type == "CONSULT":
            return None
        tok = self.tokens
        ref = f"timex:{tx.start}"
        s1 = self.sentences[best.sent][1]
        for t in self._timexes_between(tx.end, s1):
            if t.type != "TIME" or t.anchored_to != ref or t.earliest is None or t.earliest != t.latest \
                    or not _CLOCK_VALUE.search(t.value):  # (a clock time, "midnight", "3 p.m.": not "overnight")
                continue
            k = tok.at(t.start)
            if tok.clause[k] != tok.clause[best.t0] or t.earliest == tx.earliest \
                    or (k > 0 and tok.low[k - 1] in occ.until):
                return None
            return t
        return None

    def _topic_of_planned_act(self, c: _Cand) -> bool:
        """Is the event noun ``c`` the topic of a planned act right before it ("to hold talks on a ceasefire": a
        ``topic_preps`` word after the plan, then only modifiers)? Then a time to come after it is the plan's."""
        tok = self.tokens
        for k in range(c.t0 - 1, max(0, c.t0 - 5), -1):
            if tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0] or k in self.trigger_toks:
                return False
            if tok.low[k] in self.w.topic_preps:
                return any(d.status not in _FACTUAL and d.t1 == k for j in range(max(0, k - 4), k)
                           for d in self._cands_by_tok.get(j, ()))
            if not tok.low[k][:1].isalnum():
                return False
        return False

    def _object_of_other_act(self, k: int) -> bool:
        """Is the definite noun opened at token ``k`` the object of an infinitive or of a verb that is no reaction to it
        nor a saying ("in an effort to restore the pause", "violated the truce")? Then the sentence talks about the
        event the noun names; it does not tell its occasion (``_date_from_lead``)."""
        tok = self.tokens
        v = k - 1
        if v < 0 or tok.sent[v] != tok.sent[k] or not tok.low[v][:1].isalpha() or v in self.mention_by_tok:
            return False
        if v > 0 and tok.low[v - 1] == "to" and self.text[tok.starts[v]].islower():
            return True
        if tok.low[v] in self.lex.reporting:
            return False  # ("said the summit was ...", "called the meeting a milestone": told of the occasion)
        return any(d.entry.pos == "verb" and d.t1 == k and not self._reaction_verb(d)
                   and d.entry.type not in ("STATEMENT", "ANNOUNCE") for d in self._cands_by_tok.get(v, ()))

    def _date_from_when_and_coordinates(self, cands: list[_Cand]) -> None:
        """``_date_from_when`` ("in January 2016, when Riyadh cut ties"), then the verbs joined by "and" to the event it
        dated, in the same clause and tense, with no date of their own ("on Monday, when Washington expelled 60
        diplomats and closed the consulate": the closure is Monday too)."""
        before = {id(c) for c in cands if c.timex is not None}
        self._date_from_when(cands)
        tok = self.tokens
        for c in cands:
            if c.timex is None or id(c) in before or c.entry.pos != "verb":
                continue
            clause = tok.clause[c.t0]
            last = c
            for d in cands:
                if d.t0 <= last.t0 or d.sent != c.sent:
                    continue
                if tok.clause[d.t0] != clause or d.entry.pos != "verb":
                    break
                if tok.low[d.t0 - 1] not in self.w.list_separators or d.tense != c.tense or d.timex is not None \
                        or d.anchor_timex is not None or d.status not in _FACTUAL or d.quoted \
                        or any(k in self.trigger_toks for k in range(last.t1, d.t0 - 1)):
                    break
                d.timex, d.timex_cost = c.timex, c.timex_cost
                last = d

    def _done_by_publication_constraints(self, clusters, ids) -> list[Constraint]:
        """An event told as done (every mention occurred, not quoted) whose own date expression starts after the
        publication date: "no later than the publication date" as a constraint to the ``dct:<doc>`` node, which the
        expression breaks, so reasoning flags the event for the analyst (the date is not moved: the status or the date
        is wrong, and the text does not say which)."""
        dct = self.doc.dct
        if dct is None:
            return []
        out = []
        for k, cl in enumerate(clusters):
            dated = [x for x in cl.cands if self._range(x) is not None and x.timex_cost < self._PREVIOUS_COST]
            if not dated or any(x.status != "occurred" or x.quoted for x in cl.cands) \
                    or not all(self._range(x)[0] > dct for x in dated):
                continue
            x = min(dated, key=lambda x: x.timex_cost)
            s0, s1 = self.sentences[x.sent]
            out.append(Constraint(ids[k], f"dct:{self.doc.id}", 0, None, "before",
                                  f"'told as done' ('{x.text}': so no later than the publication date "
                                  f"{dct.isoformat()}; yet '{x.timex.text}' is later): {self.text[s0:s1]}",
                                  self.doc.id))
        return out
