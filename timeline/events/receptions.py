"""Meetings found once each (a mixin of the event extractor's context).

* a visit and the host's reception of the visitor: "Abiy flew to Asmara on Sunday ... Isaias greeted him at the
  airport", "Biden welcomed Modi to the White House today for an official state visit": a host greeting or welcoming
  (cues.yaml ``visit_receptions``) the one who travels tells the visit's arrival, the same event as the visit (the
  talks held during it stay an event of their own); a visit noun after a visit verb of its sentence names that trip;
* groups named by their parties: "a summit between the leaders of Rwanda and Congo" (``_group_head``);
* meeting nouns that are the object of an act that stops, refuses or asks for them ("suspended trade talks with
  Canada", "called for talks between Israel and Hamas": cues.yaml ``consult_object_types``): a mention of that act, no
  meeting held.
"""

from __future__ import annotations

from timeline.events.common import _Cand, _FACTUAL


class ReceptionMixin:
    def _reception_of_visit(self, c: _Cand, cl) -> bool:
        """Is one of ``c`` and the cluster ``cl`` a visit (trigger mode ``visit``) and the other only the reception of
        that visitor: a ``visit_receptions`` verb whose object is the one travelling?"""
        receptions = self.w.visit_receptions
        if not receptions:
            return False

        def reception(x: _Cand) -> bool:
            if x.entry.pos != "verb" or x.target is None:
                return False
            if x.entry.lemma in receptions:
                return True
            # "Macron's last state visit to China was in 2019, when Xi hosted him in Beijing": a host verb in the
            # visit's own sentence, hosting the visitor and no occasion ("hosted him for a dinner": a meal of its own)
            return x.entry.lemma in self.w.visit_hosts and any(
                y.sent == x.sent and y.entry.mode == "visit" for y in [c, *cl.cands]) and not any(
                d.entry.type == "CONSULT" and d.entry.pos == "noun" and x.t1 <= d.t0 <= x.t1 + 6
                and d.entry.mode != "visit" for d in self._cands_by_tok_after(x))

        def visit(x: _Cand) -> bool:
            return x.entry.mode == "visit" and x.source is not None

        def who(m) -> set[str]:  # (the visitor named, or the state behind: "Xi hosted him" reads as France)
            return {m.actor.id, m.actor.country or m.actor.id}

        told = [x for x in cl.cands if x.strong] or cl.cands
        if reception(c) and all(visit(x) for x in told):
            return any(who(c.target) & who(x.source) for x in told)
        if visit(c) and all(reception(x) for x in told):
            return any(who(c.source) & who(x.target) for x in told)
        return False

    def _group_head(self, word: str) -> bool:
        """Is ``word`` the plural head of an unnamed group ("leaders", "ministers", "sides": cues.yaml ``group_nouns``
        and the narrative's group subjects), which "of <parties>" after it names ("the leaders of Rwanda and Congo")?"""
        nar = self.lex.narrative
        return word in self.lex.group_nouns or (nar is not None and word in nar.group_subjects and word != "they")

    def _visit_named_in_sentence(self, c: _Cand, cl) -> bool:
        """"Osman Saleh arrived six days later ..., the first official Eritrean visit in two decades": a visit noun after
        a visit verb of its sentence, its only parties the states of that verb's traveller, names that trip again."""
        if c.entry.pos != "noun" or c.entry.mode != "visit" or not c.actors or c.target is not None:
            return False
        mine = {m.actor.country or m.actor.id for m in c.actors}
        return any(x.sent == c.sent and x.start < c.start and x.entry.pos == "verb" and x.entry.mode == "visit"
                   and x.source is not None and (x.source.actor.country or x.source.actor.id) in mine
                   for x in cl.cands)

    def _consults_as_objects(self, cands: list[_Cand]) -> None:
        """"India suspended trade talks with Canada", "Iran rejected direct talks with Washington": a meeting noun that
        is the object of a verb of a ``consult_object_types`` type (up to four modifier words between, in its clause)
        names what that act stops or refuses, a mention of it, not a meeting held (suspending talks reduces relations:
        the suspension is the event, "suspended the talks with Athens"); so do talks asked for, held or to come ("called
        for talks between Israel and Hamas": the demand is the event); a meeting refused and read as not held ("ruled
        out a visit") stays an event (denied)."""
        kinds = self.w.consult_object_types
        if not kinds:
            return
        tok = self.tokens
        verbs = [d for d in cands if d.entry.pos == "verb" and d.entry.type in kinds and d.same_as is None]
        for c in cands:
            if c.entry.type != "CONSULT" or c.same_as is not None or c.quoted:
                continue  # (a noun, "talks with" read as a verb too)
            d = next((d for d in verbs if d.sent == c.sent and d.t1 <= c.t0 <= d.t1 + 4
                      and tok.clause[d.t0] == tok.clause[c.t0]), None)
            if d is not None and c.status not in _FACTUAL and d.entry.type not in ("SANCTION", "DEMAND"):
                continue  # ("ruled out a visit": the visit stays, denied; suspended or demanded talks are that act only)
            if d is None or any(k in self.trigger_toks or k in self.timex_cover or tok.low[k] in self.w.prepositions
                                or not tok.low[k].replace("-", "").isalpha() for k in range(d.t1, c.t0)):
                continue
            c.same_as = d
            c.status = d.status

    def _cands_by_tok_after(self, x: _Cand) -> list[_Cand]:
        """The mentions starting within six words after ``x`` in its sentence."""
        tok = self.tokens
        return [d for k in range(x.t1, min(x.t1 + 7, len(tok.low))) if tok.sent[k] == x.sent
                for d in self._cands_by_tok.get(k, ())]

    def _hosts_told_meeting(self, c: _Cand, cl) -> bool:
        """"Kurti and Vucic held talks in Ohrid on Saturday. North Macedonia hosted the talks.": a host verb (cues.yaml
        ``visit_hosts``) whose object is a definite noun ("the talks", "those talks") in the word of a meeting the
        cluster told in an earlier sentence names its host: that meeting, not one of its own."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.entry.lemma not in self.w.visit_hosts or c.t1 >= len(tok.low) \
                or tok.low[c.t1] not in self.w.definite:
            return False
        told = {x.entry.lemma for x in cl.cands if x.sent < c.sent}
        return any(d.entry.type == "CONSULT" and d.entry.pos == "noun" and d.entry.lemma in told
                   for k in (c.t1 + 1, c.t1 + 2) if k < len(tok.low) and tok.sent[k] == c.sent
                   for d in self._cands_by_tok.get(k, ()))
