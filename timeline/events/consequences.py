"""Acts told in a participial consequence clause (a mixin of the event extractor's context).

"Kosovo police raided several municipal offices, prompting a protest from Belgrade", "the strike killed ten
civilians, sparking condemnation", "..., drawing criticism from Washington": the act after the participle
(``consequence_participles``) comes on or after the main act; with no date of its own in that clause it takes the
main act's date (and the main act's anchor), never a date told for the main clause's other words ("Four days before
the talks": the talks' day is not the protest's).

Implicative complements: "..., prompting Blinken to postpone a planned trip", "The incident prompted Seoul to recall its
ambassador", "forced the president to cancel his visit", "Tokyo was forced to suspend the talks": the act after "<verb>
<object> to" (cues.yaml ``implicative_verbs``) happened (it is no plan: not "urged X to", "asked X to"), done by the
object (by the subject in the passive), and is dated with the implicative verb's clause. A modal, "to" or a negation
before the implicative verb ("could force Seoul to", "did not prompt") tells no act.

What an act still to come waits for ("urged the bloc to suspend contacts until it released prisoners": ``_pending_until``)
tells no act either; and a plan's cue may hold across the day of the act that makes the plan ("offered on Tuesday to
host talks": ``_past_time_between``).
"""

from __future__ import annotations

from timeline.events.common import _Cand, _FACTUAL
from timeline.model import ActorMention


class ConsequenceMixin:
    def _implicative_head(self, t0: int) -> tuple[int, bool] | None:
        """The implicative verb ("prompting", "forced", "led") whose complement "to <verb>" has its verb at ``t0``, and
        whether it is passive ("was forced to cancel"); None if there is none or it is told as not done or to come."""
        tok, w = self.tokens, self.w
        if t0 < 2 or tok.low[t0 - 1] != "to" or tok.sent[t0 - 2] != tok.sent[t0]:
            return None
        j, passive = t0 - 2, False
        if tok.low[j] in w.implicative_verbs and j > 0 and tok.low[j - 1] in w.passive_aux:
            passive = True  # "Tokyo was forced to suspend the talks"
        else:
            while j >= 0 and t0 - j <= 9 and tok.sent[j] == tok.sent[t0] and tok.low[j] not in w.implicative_verbs:
                word = tok.low[j]
                if not (word[:1].isalnum() or word in ("'s", "’s", "-")) or word in ("to", "that") \
                        or word in self.lex.clause_breaks or word in self.lex.modals:
                    return None
                if j < t0 - 2 and any(e.pos == "verb" and t == "past" for e, t in self.lex.forms.get(word, ())):
                    return None  # ("had urged Washington to lift": the infinitive is that verb's complement)
                j -= 1
            if j < 0 or j >= t0 - 2 or tok.sent[j] != tok.sent[t0] or tok.low[j] not in w.implicative_verbs:
                return None  # (an object between: "prompted Seoul to")
            if j + 1 < len(tok.low) and tok.low[j + 1] == "of":
                return None  # ("the root causes of migration": a noun)
        before = [tok.low[k] for k in range(max(0, j - 3), j) if tok.sent[k] == tok.sent[t0]]
        if any(b in self.lex.modals or b == "to" or b in w.negations or b.endswith("n't") or b in w.condition_words
               for b in before):
            return None  # "could force Seoul to recall", "did not prompt Tokyo to", "threatened to force"
        return j, passive

    def _implicative_doers(self, c: _Cand) -> list[ActorMention] | None:
        """The doers of verb ``c`` told as the complement of an active implicative verb: the actors of its object
        ("prompted Seoul and Tokyo to recall their envoys": both); an empty list when the object names none ("forced the
        president to cancel": no one the gazetteer knows, never the implicative verb's subject); None when ``c`` is no
        such complement (a passive "was forced to" keeps the clause's subject)."""
        if c.entry.pos != "verb" or c.quoted:
            return None
        head = self._implicative_head(c.t0)
        if head is None or head[1]:
            return None
        out: list[ActorMention] = []
        for k in range(head[0] + 1, c.t0 - 1):
            m = self.mention_cover.get(k)
            if m is not None and (not out or out[-1] is not m):
                out.append(m)
        if not out:
            self._doerless_ids().add(id(c))
        return out

    def _implicative_tenses(self, cands: list[_Cand]) -> None:
        """The complement of an implicative verb told in the past ("prompted Seoul to recall", ", prompting Blinken to
        postpone") is in the past too: its base form reads as that verb's tense (a bare day name after it is the last
        one, as for the verb itself). The present ("prompts") and progressive ("is forcing") keep the base form."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "base" or c.quoted:
                continue
            head = self._implicative_head(c.t0)
            if head is None:
                continue
            j, _passive = head
            word = tok.low[j]
            if word.endswith("s") or (word.endswith("ing") and j > 0 and tok.low[j - 1] in self.w.present_be):
                continue
            c.tense = "past"

    def _date_consequences(self, cands: list[_Cand]) -> None:
        tok = self.tokens
        for c in cands:
            if c.status not in _FACTUAL or c.quoted or c.same_as is not None:
                continue
            p = next((p for p in range(c.t0 - 1, max(c.t0 - 5, 0), -1)
                      if tok.sent[p] == tok.sent[c.t0] and tok.low[p] in self.w.consequence_participles), None)
            if p is None or tok.low[p - 1] != "," or any(k in self.trigger_toks for k in range(p + 1, c.t0)):
                continue
            if c.timex is not None and c.timex_cost < 1e8 and tok.at(c.timex.start) > p:
                continue  # "..., prompting a protest on Friday": a date of its own
            main = [d for d in cands if d is not c and d.sent == c.sent and d.t1 <= p - 1 and d.entry.pos == "verb"
                    and d.status in _FACTUAL and not d.quoted and tok.clause[d.t0] == tok.clause[p - 1]]
            if not main:
                continue
            d = main[-1]
            if d.timex is None and d.anchor_timex is None:
                continue
            c.timex, c.timex_cost, c.anchor_timex = d.timex, d.timex_cost, d.anchor_timex

    def _pending_until(self, t0: int) -> bool:
        """Is the verb at ``t0`` the predicate of an "until" clause (cues.yaml ``pending_until_words``; only a subject of
        a few words between) that follows an act still to come in its sentence: an infinitive ("to suspend contacts")
        or a modal ("would keep the sanctions"), with no clause break, ";" or reporting verb between?"""
        tok = self.tokens
        u = None
        for j in range(t0 - 1, max(-1, t0 - 5), -1):
            if tok.sent[j] != tok.sent[t0] or not tok.low[j][:1].isalnum():
                return False
            if tok.low[j] in self.w.pending_until_words:
                u = j
                break
        if u is None:
            return False
        for k in range(u - 1, max(-1, u - 16), -1):
            w = tok.low[k]
            if tok.sent[k] != tok.sent[t0] or w in (";", ":") or w in self.lex.reporting or w in self.lex.clause_breaks:
                return False
            if w in self.lex.modals or (w == "to" and k + 1 < u and tok.low[k + 1].isalpha()
                                         and tok.low[k + 1] not in self.lex.determiners):
                return True
        return False

    def _past_time_between(self, j: int) -> int:
        """The token after a date expression (with its preposition: "on Tuesday") that starts at token ``j``, or ``j``
        when none starts there."""
        low, cover = self.tokens.low, self.timex_cover
        k = j + 1 if j + 1 < len(low) and low[j] in self.w.date_preps and j + 1 in cover else j
        if k not in cover:
            return j
        while k < len(low) and k in cover:
            k += 1
        return k
