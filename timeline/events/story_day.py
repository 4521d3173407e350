"""Stage 3 of the event extractor, continued: the story day of a news report.

A news report tells one story: its lead dates the main act ("Russia expelled 60 U.S. diplomats on Thursday"), or
names no date at all when the report is of the day it is published. The body goes on with that story: "The two
leaders shook hands", "Lavrov told reporters ..." are read on the lead's day although their sentences name none.
An act told in the body in the simple past, with no date in its sentence, no cue of background ("had", "since",
"years ago", "previously": ``story_day.background`` in dating.yaml; a "had" after a reporting verb is the saying's
past shifted back, "Scholz said he had told Xi", and no cue) and no "after ..." that places it by another event, takes
the story day, with a derivation in words and a low confidence (flag "date_from_story_day"), when it goes on with the
story: a party to the lead acts in it, or the parties together ("the two leaders"), or others do what is no answer to
the news ("Egyptian envoys met Somali officials": not a saying nor a reaction of others, which lie between the lead's
day and the paper, unless the report is of its own day). A party's turn in the story's own exchange ("Xi replied
that ...": ``story_day.replies``) is of the story day, not an answer to the news.
A time that only tells which thing is meant ("contacts that China suspended in 2022") moves nothing.
A sentence that names another recent day ("On Friday, Macron flew to Guangzhou.") moves the story on: the lead's
day is given no more after it (the sentences right after it take that day from ``_date_from_previous_sentence``);
one that names a time further back (a month, a year, a day long before: background) stops only its own paragraph.
Answers to the news ("condemned", "welcomed", a saying of others about it) keep their range from the lead's day to
the paper (readings.py).

Runs after every other dating rule and dates only what is still undated, so what the text says is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline.events.common import _Cand, _is_date, _TOKEN
from timeline.model import Timex


@dataclass(frozen=True, slots=True)
class StoryDayRules:
    """dating.yaml, section ``story_day``."""

    lead_days: int  # the lead's day lies at most this many days before the publication date
    move_days: int  # a day the body moves to lies at most this many days before it
    background: tuple[tuple[str, ...], ...]  # "since", "years ago", "previously": an earlier time
    apart: tuple[tuple[str, ...], ...] = ()  # "Separately, ...": an act told apart from the story
    replies: frozenset[str] = frozenset()  # "replied": a turn in the story's own exchange


_RULES: StoryDayRules | None = None
_CUES_BY_FIRST: dict[int, tuple[StoryDayRules, dict[str, list[tuple[str, ...]]]]] = {}


def _cues_by_first(rules: StoryDayRules) -> dict[str, list[tuple[str, ...]]]:
    """The background and apart cues of ``rules`` by their first word (in their order), built once per rules."""
    hit = _CUES_BY_FIRST.get(id(rules))
    if hit is None or hit[0] is not rules:
        index: dict[str, list[tuple[str, ...]]] = {}
        for p in rules.background + rules.apart:
            if p:
                index.setdefault(p[0], []).append(p)
        hit = _CUES_BY_FIRST[id(rules)] = (rules, index)
    return hit[1]


def load_story_day() -> StoryDayRules:
    """The shipped ``story_day`` rules, compiled once per process."""
    global _RULES
    if _RULES is None:
        from timeline.events.lexicon import _read

        _RULES = parse_story_day(_read("dating.yaml"))
    return _RULES


def parse_story_day(raw, name: str = "dating.yaml") -> StoryDayRules:
    """The ``story_day`` section, validated (``ResourceError`` with ``file:line``)."""
    from timeline.errors import ResourceError

    section = raw.get("story_day") if isinstance(raw, dict) else None
    line = section.get("__line__", 1) if isinstance(section, dict) else 1

    def fail(what: str) -> ResourceError:
        return ResourceError(f"{name}:{line}: story_day: {what}", f"edit timeline/resources/events/{name}")

    if not isinstance(section, dict):
        raise fail("expected a 'story_day' mapping")
    days = {}
    for key in ("lead_days", "move_days"):
        n = section.get(key)
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise fail(f"'{key}' must be a non-negative integer")
        days[key] = n
    words = section.get("background")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise fail("'background' must be a non-empty list of words")
    apart = section.get("apart", [])
    if not isinstance(apart, list) or not all(isinstance(w, str) and w.strip() for w in apart):
        raise fail("'apart' must be a list of words")
    replies = section.get("replies", [])
    if not isinstance(replies, list) or not all(isinstance(w, str) and w.strip() and " " not in w.strip()
                                                for w in replies):
        raise fail("'replies' must be a list of single words")
    return StoryDayRules(background=tuple(tuple(_TOKEN.findall(w.lower())) for w in words),
                         apart=tuple(tuple(_TOKEN.findall(w.lower())) for w in apart),
                         replies=frozenset(w.strip().lower() for w in replies), **days)


def _weekday(d: date) -> str:
    return d.strftime("%A")


class StoryDayMixin:
    """The day the lead dates its story, given to the undated acts of the body that go on with it."""

    _STORY_COST = 95.0

    def _story_day(self) -> tuple[Timex, str] | None:
        """The day the report's lead dates its act, with words for it; the publication date when the lead's paragraph
        names no date (a same-day report); None when the lead dates a longer time or a day long before."""
        dct = self.doc.dct
        rules = load_story_day()
        lede = self._lede_day()
        if lede is not None:
            if lede.earliest is None or lede.earliest != lede.latest or lede.earliest > dct \
                    or (dct - lede.earliest).days > rules.lead_days:
                return None
            return lede, f"the lead's act on {_weekday(lede.earliest)} {lede.earliest.isoformat()} ('{lede.text}')"
        if self._lede_first_day() is not None:
            return None
        ls = self._lede_sent()
        if ls is None or ls >= len(self.sentences):
            return None
        first = 1 if len(self.sentences) > 1 and self._is_headline(0) else 0
        for si in range(first, len(self.sentences)):
            if si > first and "\n" in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]:
                break
            s0, s1 = self.sentences[si]
            if any(_is_date(t) and not self._dateline_date(t) for t in self._timexes_between(s0, s1)):
                return None  # (the lead names a time, though no single day: no same-day report)
        s0, s1 = self.sentences[ls]
        day = Timex(start=s0, end=s0, text="", type="DATE", value=dct.isoformat(), precision="day", earliest=dct,
                    latest=dct, rule="events_story_day", anchored_to="dct",
                    derivation=f"the lead names no date: a report of the day it was published, {dct.isoformat()}")
        return day, f"the lead's act, told with no date in a report published on {_weekday(dct)} {dct.isoformat()}"

    def _sentence_moves_to(self, si: int) -> Timex | None | bool:
        """The time sentence ``si`` moves the story to: a Timex of one day, False for another kind of time (a month,
        a year, a stretch), None when the sentence names no time of the story (none, or only background or quoted)."""
        dct = self.doc.dct
        s0, s1 = self.sentences[si]
        in_sent = self._timexes_between(s0, s1)  # (those starting in the sentence, sorted: readings.py)
        if any(_is_date(t) and t.earliest is None and t.anchored_to == "event" for t in in_sent):
            return False  # ("A day after Macron left": a time counted from another event)
        own = [t for t in in_sent if _is_date(t) and t.earliest is not None
               and not self._in_quote(t.start) and not self._time_to_come(t) and not self._dateline_date(t)
               and not (dct is not None and t.earliest > dct) and not self._background_date(t)
               and not self._time_of_a_thing(t)]
        if not own:
            return None
        day = self._sentence_day(own)
        return day if day is not None else False

    def _time_of_a_thing(self, t: Timex) -> bool:
        """"senior commanders will resume contacts that China suspended in 2022": a time in a "that" clause after a
        noun tells which thing is meant (the contacts suspended then); the sentence does not move the story to it. Not
        after a reporting verb ("said that ...": what follows is what was said) nor after a word of an event ("agreed
        that ...", "the deal that ..."), whose time it may well be."""
        tok = self.tokens
        k = tok.at(t.start)
        if k >= len(tok.low):
            return False
        if self._time_of_a_participle(t, k):
            return True
        j = tok.clause_start(k)
        if j < 1 or tok.sent[j - 1] != tok.sent[k] or tok.low[j] not in self.w.relative_that_which:
            j = next((i for i in range(k - 1, max(j, k - 8) - 1, -1) if tok.low[i] in self.w.relative_that_which), None)
            if j is None or j < 1 or tok.sent[j - 1] != tok.sent[k]:
                return False
        before = tok.low[j - 1]
        return before.isalpha() and before not in self.lex.reporting and before not in self.w.prepositions \
            and j - 1 not in self.trigger_toks

    def _time_of_a_participle(self, t: Timex, k: int) -> bool:
        """"agreed to revive a security accord signed in 2001", "called it a step to preserve the peace won in 1998": a
        time after a past participle (or after "from": "a trade agreement from 1998") that follows a determined noun
        phrase (not the clause's subject: a verb or a preposition comes before its determiner) tells which thing is
        meant, as a "that" clause does; the sentence does not move the story to it. Only a time further back than a
        recent day (``move_days``): "attended the ceremony held on Friday" is of the scene."""
        tok = self.tokens
        dct = self.doc.dct
        if dct is None or t.latest is None or (dct - t.latest).days <= load_story_day().move_days \
                or k < 4 or tok.low[k - 1] not in self.w.prepositions or tok.sent[k - 2] != tok.sent[k]:
            return False
        p = k - 2
        if tok.low[k - 1] == "from":
            p = k - 1  # ("revive a trade agreement from 1998": the thing's own time, with no participle)
        elif not self._plain_past_word(p):
            return False
        dets = self.lex.determiners
        j = p - 1
        while j > p - 5 and j >= 0 and tok.sent[j] == tok.sent[k] and tok.low[j].isalpha() and tok.low[j] not in dets \
                and j not in self.mention_cover and tok.low[j] not in self.w.prepositions:
            j -= 1
        if j == p - 1 or j < 1 or tok.low[j] not in dets or tok.sent[j - 1] != tok.sent[k]:
            return False  # (a noun phrase opened by a determiner: "a security accord", "the peace")
        return tok.low[j - 1].isalpha() and tok.clause_start(j) < j
        # (a verb or a preposition before it, in its clause: not "The two sides signed in 2001" as the subject)

    def _story_background(self, si: int, at: int | None = None) -> bool:
        """Does sentence ``si`` carry a cue of an earlier time ("had", "since", "years ago", "previously") or of an act
        told apart from the story ("Separately, ...")? For the act at token ``at``, a "had" before it shifted back by a
        saying ("Scholz said he had told Xi") is no cue: the act it reports is of the talks told; the saying itself
        ("Wang told reporters that the talks had been frank") may come after them and keeps the cue. Nor is a "had" after
        the act in what a later saying reports ("Tusk thanked the French, saying the two had discussed ...")."""
        tok = self.tokens
        s0, s1 = self.sentences[si]
        k0, k1 = tok.at(s0), tok.at(s1)
        cues, low = _cues_by_first(load_story_day()), tok.low
        return any(self._phrase_at(k, p) and not (at is not None and (self._shifted_back(k) if k < at
                                                                      else self._shifted_back(k, at + 1)))
                   for k in range(k0, k1) for p in cues.get(low[k], ()))

    def _shifted_back(self, k: int, after: int | None = None) -> bool:
        """"Scholz said he had told Xi ...", "told reporters that the two had agreed ...": a "had" after a reporting verb
        of its sentence is the past of what was said, shifted back (he told him, in the talks he reports on). With
        ``after``, the reporting verb must lie at or after that token: for an act told before the "had" ("Zelensky
        thanked the American people, saying the two men had discussed ..."), a "had" in what a later saying reports
        is that saying's past, not the act's."""
        tok = self.tokens
        if tok.low[k] not in self.w.pluperfect_aux:
            return False
        k0 = tok.at(self.sentences[tok.sent[k]][0])
        return any(tok.low[m] in self.lex.reporting for m in range(max(k0, after or 0), k))

    def _story_act(self, c: _Cand, ls: int, same_day: bool = False) -> bool:
        """An act of the body that may take the story day: told as done, in the simple past, after the lead sentence
        (or in it, in a same-day report whose lead names no date), not quoted, with no date of its own, nor one tied to
        another event."""
        tok = self.tokens
        if c.sent < ls or (c.sent == ls and not same_day) or c.status != "occurred" or c.timex is not None \
                or c.anchor_timex is not None or c.quoted or (c.entry.weak and not c.strong_override) \
                or not (self._simple_past(c) or self._past_participle_adjunct(c) or self._light_verb_past(c)):
            return False
        return not self._placed_by_another(c) and not (c.sent == ls and self._occasion_framed(c))
        # (not "At the meeting, Macron asked ...": placed by a sitting the text does not date)

    def _placed_by_another(self, c: _Cand) -> bool:
        """Is act ``c`` placed by another event its sentence names ("A day after Macron left", "on the day the deal was
        announced", "Days after the vote") or told as a description of its subject ("Qatar, which mediated ...")?"""
        tok = self.tokens
        k0, k1 = tok.at(self.sentences[c.sent][0]), tok.at(self.sentences[c.sent][1])
        if any(self._phrase_at(k, p) and not self._opens_own_clause(k + len(p), c)
               for k in range(k0, c.t0) for p in self._sequence_by_first().get(tok.low[k], ())):
            return True  # "A day after Macron left, China launched ...": placed by the event it follows or precedes
        if any(p[0] == tok.low[k] and self._phrase_at(k, p) for k in range(k0, k1)
               for p in self.lex.sequence["during"]):
            return True  # "recalled its ambassador on the day the deal was announced": placed by that event
        if self._short_lapse_in(c.sent):
            return True  # "Days after the vote, ...": placed by that vote
        if any(tok.low[k] in self.w.relative_who_which and k > 0 and tok.low[k - 1] == ","
               for k in range(max(0, c.t0 - 3), c.t0) if tok.sent[k] == c.sent):
            return True  # "Qatar, which mediated the talks, welcomed ...": a description of its subject
        return False

    def _story_stretch(self, ls: int, day: Timex, words: str) -> dict[int, tuple[Timex, str] | None]:
        """The story day of each sentence after the lead ``ls``, or None. A sentence that names a time of its own takes
        none (its acts are dated by it). After a sentence that moves to another recent day (``move_days``: "On Friday,
        Macron flew to Guangzhou"), the story has moved on: no later sentence takes the lead's day (until one names it
        again). After one that moves further back (a month, a year, a day long before: background), its paragraph takes
        none, and the next paragraph returns to the story. After a move to a recent day, the rest of that sentence's
        paragraph goes on with the scene of that day ("On Thursday, Xi received him ... Xi replied that ..."; answers to
        the news excepted), and later paragraphs take none."""
        dct = self.doc.dct
        rules = load_story_day()
        at: dict[int, tuple[Timex, str] | None] = {}
        cur: tuple[Timex, str] | None = (day, words)
        moved_on, scene = False, ls
        for si in range(ls + 1, len(self.sentences)):
            if not moved_on and "\n" in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]:
                cur = (day, words)  # (a new paragraph after background: back to the story)
            moved = self._sentence_moves_to(si)
            if moved is not None:
                at[si] = None
                if moved is not False and moved.earliest == day.earliest:
                    cur, moved_on = (day, words), False
                    continue
                cur = None
                recent = moved is not False and (dct - moved.earliest).days <= rules.move_days
                moved_on = moved_on or recent
                if recent:  # ("The swap took place on Thursday ... Biden announced it from the Oval Office": the
                    # sentences after it in its paragraph go on with the scene of that day)
                    cur = (moved, f"the day an earlier sentence of the paragraph moved the story to, "
                                  f"{_weekday(moved.earliest)} {moved.earliest.isoformat()}")
                    scene = si
                continue
            if moved_on and cur is not None and "\n" in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]:
                cur = None  # (a new paragraph after the story moved on: no day is given any more)
            at[si] = cur
            if cur is not None and cur[0] is not day:
                self.__dict__.setdefault("_scene_of", {})[si] = scene  # (the sentence that set the scene)
        return at

    def _answer_of_others(self, c: _Cand, parties: set[str], same_sent: list[_Cand]) -> bool:
        """A saying, or an act of a type that answers the news (``reaction_types`` in dating.yaml: "Japan expressed
        concern", "Wang Yi said ..."), of someone outside the lead: it lies between the lead's day and the paper
        (readings.py); or an act of others that a saying of others reports ("Biden said he had warned Putin ..."): of
        the speaker's time, not the story's. An act of others of another kind, told by the report itself ("Kushner met
        Netanyahu", "the army shelled the town") or by a party to the lead ("Lavrov said the Americans had ..."), goes
        on with the story like the lead's own."""
        nar = self.lex.narrative
        if self._told_saying(c) or (nar is not None and c.entry.type in nar.reaction_types):
            return True
        tok = self.tokens
        k0 = tok.at(self.sentences[c.sent][0])
        if not any(tok.low[m] in self.lex.reporting for m in range(k0, c.t0)):
            return False
        return not any(d is not c and d.t1 <= c.t0 and tok.low[d.t0] in self.lex.reporting
                       and (self._keys(d) | self._countries(d)) & parties for d in same_sent)

    def _opens_own_clause(self, k: int, c: _Cand) -> bool:
        """Is act ``c`` the verb of the clause an "after"/"before" ending before token ``k`` opens, with only its
        subject between, in the lead of a report that names no date ("Pilgrims crossed into Pakistan, after India and
        Pakistan opened a corridor": the report's own news, of its day; not "It came after London sanctioned ..." in
        the body, which places that act before the one it explains)?"""
        tok = self.tokens
        if c.sent != self._lede_sent() or self._lede_day() is not None:
            return False
        return c.entry.pos == "verb" and k < c.t0 <= k + 8 and all(
            tok.low[j] not in (",", ";", ":") and j not in self.trigger_toks and tok.sent[j] == c.sent
            for j in range(k, c.t0))

    def _date_from_story_day(self, cands: list[_Cand]) -> None:
        """Date the undated simple-past acts of the body that go on with the story with the story day (``_story_day``),
        in the sentences ``_story_stretch`` leaves to it."""
        dct = self.doc.dct
        if dct is None or not self.sentences:
            return
        story = self._story_day()
        if story is None:
            return
        day, words = story
        rules = load_story_day()
        ls = self._lede_sent()
        s0, s1 = self.sentences[ls]
        parties = {m.actor.id for m in self.mentions if s0 <= m.start < s1}
        parties |= {m.actor.country for m in self.mentions if s0 <= m.start < s1 and m.actor.country}
        at = self._story_stretch(ls, day, words)
        no_lead_date = day.rule == "events_story_day"  # (the lead names no date: the report is of its own day)
        same_day = no_lead_date or day.earliest == dct  # (a report of its own day: an answer of others is of that day too)
        news = self._news_day()
        news_before = news is not None and news.earliest is not None and news.earliest < dct
        if no_lead_date and ls + 1 < len(self.sentences) and "\n" in self.text[self.sentences[ls][1]:self.sentences[-1][0]]:
            at[ls] = (day, words)  # (the lead of a report that goes on in paragraphs of its own: its act too)
        by_sent: dict[int, list[_Cand]] = {}
        for c in cands:
            by_sent.setdefault(c.sent, []).append(c)
        lead_done = any(d.status == "occurred" and self._simple_past(d) for d in by_sent.get(ls, ()))
        # (a lead that tells an act done, not "Leaders gather in Rome": the news answered is of that day)
        placed = {id(gov) for _, gov in getattr(self, "_pronoun_govs", ())}  # ("It came three days after ...": that
        # offset places the act told just before, not the story's day)
        for c in cands:
            here = at.get(c.sent)
            if here is None or id(c) in placed or not self._story_act(c, ls, no_lead_date) \
                    or self._story_background(c.sent, c.t0):
                continue
            mine = self._keys(c) | self._countries(c)
            reply = self.tokens.low[c.t0] in rules.replies and bool(mine & parties)
            # ("Xi replied that ...": a party's turn in the story's own exchange, on its day)
            answer = not reply and (self._reaction_verb(c) or self._reacts(c.entry)
                                    or self._joined_reaction(c, by_sent) is not None or self._told_in_response(c)) \
                and not self._past_participle_adjunct(c)
            # (a participle is told with the act before it: "announced the expulsion, denouncing the entry as ...")
            if id(c) in self.__dict__.get("_tense_bounds", {}) or (answer and not no_lead_date) \
                    or (here[0] is not day and answer) or (answer and c.sent == ls and news_before):
                # ("Western governments condemned the annexation ..." in a lead that names no day, when the next
                # sentences date the news to an earlier day: from that day to the paper, readings.py)
                continue  # (an answer to the news, or "in retaliation": on or after what it answers, readings.py)
            if no_lead_date and c.sent > ls and (answer or self._told_saying(c)) and lead_done:
                pass  # (in a report of its own day, an answer to the news or a saying about it lies between the
                # lead's day and the paper: that one day)
            elif not (mine & parties or c.group or (same_day and not answer and here[0] is day)
                      or not self._answer_of_others(c, parties, by_sent[c.sent])):
                continue  # (a saying of others about the news is an answer to it, on or after its day: readings.py)
            tx, why = here
            c.timex, c.timex_cost = tx, self._STORY_COST
            self.__dict__.setdefault("_story_days", {})[id(c)] = why
            self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                f"story day: {why}; no date in this sentence, which goes on with the story")
        self._date_scene_sittings(cands, at, by_sent, parties)

    def _date_scene_sittings(self, cands: list[_Cand], at: dict, by_sent: dict[int, list[_Cand]],
                             parties: set[str]) -> None:
        """"On Thursday, Xi received him ... During their talks, Macron asked Xi to ...": a meeting noun told with a
        definite or possessive word ("their talks", "the meeting") in a sentence that goes on with a scene day, held by
        the scene's parties (none of its own outside them and the lead's, whom the scene may name by a pronoun:
        "received him"), is the sitting of that scene: it takes the day, and the acts
        its fronted phrase governs are told at it (sittings.py)."""
        tok = self.tokens
        scene_of = self.__dict__.get("_scene_of", {})
        for c in cands:
            here = at.get(c.sent)
            if here is None or c.sent not in scene_of or c.entry.pos != "noun" or c.entry.type != "CONSULT" \
                    or c.timex is not None or c.anchor_timex is not None or c.status != "occurred" or c.quoted \
                    or c.determiner not in self.w.definite | self.w.possessive_pronouns \
                    or (c.entry.weak and not c.strong_override) or self._story_background(c.sent, c.t0) \
                    or any(tok.low[k] in self.w.relative_who_which for k in range(c.t1, min(c.t1 + 2, len(tok.low)))):
                continue  # (not "the talks, which began in 2019": a thing described, of its own time)
            s0, s1 = self.sentences[scene_of[c.sent]]
            scene = {m.actor.id for m in self.mentions if s0 <= m.start < s1}
            scene |= {m.actor.country for m in self.mentions if s0 <= m.start < s1 and m.actor.country}
            theirs = {m.actor.id for m in c.actors} | {m.actor.country for m in c.actors if m.actor.country}
            if not theirs <= scene | parties:
                continue  # ("the talks with Iran": a sitting with another party, not the scene's)
            tx, why = here
            c.timex, c.timex_cost = tx, self._STORY_COST
            self.__dict__.setdefault("_story_days", {})[id(c)] = why
            self.__dict__.setdefault("_date_notes", {})[id(c)] = (
                f"scene day: {why}; a sitting of the scene's parties, told with '{c.determiner}'")
            pool = sorted(by_sent[c.sent], key=lambda d: d.start)
            found = self._fronted_sitting_noun(c.sent, pool)
            if found is not None and found[0] is c:
                kc = found[1]
                self._tie_to_sitting(c.sent, kc, self._fronted_scope([
                    d for d in pool if d.t0 > kc and d.entry.pos == "verb"
                    and not any((tok.low[m] == "that" or tok.low[m] in self.lex.clause_breaks)
                                and not self._closed_relative_at(m, d.t0) for m in range(kc, d.t0))]), c)

    def _occasion_framed(self, c: _Cand) -> bool:
        """Does a fronted phrase that names an occasion open the sentence of ``c`` ("At the meeting, ...", "During the
        talks, ...")?"""
        tok = self.tokens
        k0 = tok.at(self.sentences[c.sent][0])
        return any(x.entry.pos == "noun" and x.sent == c.sent and k0 < x.t0 < c.t0 and tok.low[k0] in self.w.prepositions
                   and "," in tok.low[x.t1:c.t0] for x in self._all_nouns)

    def _past_participle_adjunct(self, c: _Cand) -> bool:
        """"Boluarte announced the expulsion in a message, denouncing the entry as a breach": a participle right after a
        comma tells what the subject of the verb before it in its sentence did while doing it; when that verb is in the
        simple past, the participle is told as done with it. So is one right after "by" after such a verb ("Beijing
        responded by calling for calm", "Moscow retaliated by expelling ten diplomats"): the way that act was done."""
        tok = self.tokens
        if c.entry.pos == "verb" and c.tense == "ing" and c.t0 >= 2 and tok.low[c.t0 - 1] == "by" \
                and tok.sent[c.t0 - 2] == c.sent:
            d = next((d for d in self._cands_by_tok.get(c.t0 - 2, ()) if d.entry.pos == "verb"), None)
            if d is not None:
                return d.status == "occurred" and self._simple_past(d)
            return self._plain_past_word(c.t0 - 2)
        if c.entry.pos != "verb" or c.tense != "ing" or c.t0 == 0 or tok.low[c.t0 - 1] != ",":
            return False
        for k in range(c.t0 - 2, tok.at(self.sentences[c.sent][0]) - 1, -1):
            d = next((d for d in self._cands_by_tok.get(k, ()) if d.entry.pos == "verb"), None)
            if d is not None:  # (an event verb: told as done, in the simple past)
                return d.status == "occurred" and self._simple_past(d)
            if self._plain_past_word(k):  # ("defended the recall, accusing Lima ...": a verb of no event)
                return True
        return False

    def _plain_past_word(self, k: int) -> bool:
        """Is the word at ``k`` a verb in the simple past (an -ed form or an irregular past of the temporal lexicon), with
        no auxiliary or modal right before it ("had", "was", "would")?"""
        from timeline.temporal.resources import load_rules

        tok = self.tokens
        w = tok.low[k]
        if not (w.endswith("ed") and len(w) > 4 or w in load_rules().tense_cues["irregular_past"]) \
                or k in self.mention_cover:
            return False
        return not any(tok.low[j] in self.w.perfect_aux_all or tok.low[j] in self.w.passive_aux
                       or tok.low[j] in self.lex.modals for j in range(max(0, k - 2), k) if tok.sent[j] == tok.sent[k])

    def _light_verb_past(self, c: _Cand) -> bool:
        """"The two presidents then held talks at State House", "officials signed 12 agreements": an event noun right
        after a light verb (``light_verbs``; a determiner, a number or one modifier between) in the simple past (an -ed
        form or an irregular past of the temporal lexicon) is told as done like that verb (not "had held talks": an
        earlier time). The light verb may be the first word of the trigger's own form ("held their first summit")."""
        tok = self.tokens
        if c.entry.pos != "noun":
            return False
        k = tok.at(c.start)
        if k < c.t0 and " " in c.text:
            return self._plain_past_word(k)
        k = c.t0 - 1
        while k >= 0 and c.t0 - k <= 3 and tok.sent[k] == c.sent and tok.low[k] not in self.lex.light_verbs \
                and (tok.low[k] in self.lex.determiners or tok.low[k][:1].isdigit() or k == c.t0 - 1):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or tok.low[k] not in self.lex.light_verbs:
            return False
        return self._plain_past_word(k)
