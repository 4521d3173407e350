"""How a date expression reads for a mention, and the date of each merged event.

Windows and readings of a timex for one mention (past, future, bounded, deadline, same day, unresolved; ``_timex_cost``
ranks them), then, per cluster of mentions, the event's date range and basis (``_date``: expression, tense against the
DCT, the lead's day, reactions between the lead's day and the DCT, stays and overnight spans).
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.events.common import (
    _Cand, _Cluster, _expanded, _FACTUAL, _is_date, _period_precision, _TOKEN, _whole_period,
)
from timeline.events.occasions import load_occasions
from timeline.events.story_day import load_story_day
from timeline.model import Constraint, Timex


_NEXT_DAY_FIRSTS: tuple = (None, set())  # (occasions, the first words of its next_day phrases)


class ReadingMixin:
    """Readings of a date expression for a mention; the date of each merged event."""

    def _window(self, tx: Timex, ti: int, c: _Cand) -> Timex | None:
        """"would take place within two weeks": a planned event's window from the publication date."""
        dct = self.doc.dct
        tok = self.tokens
        if c.status in _FACTUAL and ti > 0 and tok.low[ti - 1] == "within":
            return self._within_hours(tx, ti)
        if dct is None or c.status in _FACTUAL or ti == 0 or tok.low[ti - 1] not in self.w.window_words:
            return None
        m = re.fullmatch(r"PT?(\d+)([DWMYH])", tx.value)
        if m is None or (m.group(2) == "H") != tx.value.startswith("PT"):
            return None
        if m.group(2) == "H":  # "leave the country within 48 hours": whole days
            days = -(-int(m.group(1)) // 24)
        else:
            unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[m.group(2)]
            days = int(m.group(1)) * self.lex.units[unit][1]
        start, frm = dct, f"the publication date {dct.isoformat()}"
        s0 = self.sentences[c.sent][0]
        told = [t for t in self.timexes if s0 <= t.start < tx.start and t.type == "DATE" and t.earliest is not None
                and t.earliest == t.latest and t.earliest <= dct and self._owner_factual(t)]
        if not told:  # "signed the accord on Monday. Troops must withdraw within five days": from the day it was set
            told = self._setting_day_before(c, tx)
        if told:  # "ordered him on Friday to leave within 48 hours": counted from the day of the order
            start, frm = told[-1].earliest, f"'{told[-1].text}' ({told[-1].earliest.isoformat()}), the day it was set"
        end = start + timedelta(days=days)
        return replace(tx, earliest=start, latest=end, precision="unknown",  # a window, no named period
                       derivation=f"'{tok.low[ti - 1]} {tx.text}' from {frm}: "
                                  f"{start.isoformat()} to {end.isoformat()}")

    def _setting_day_before(self, c: _Cand, tx: Timex) -> list[Timex]:
        """"Israel and Egypt signed the accord on Monday. Troops must withdraw within five days": a plan with a window and
        no day in its sentence before it, right after a sentence of its paragraph whose last day-precise date of the
        past dates an act that sets terms (``window_setting_types``, cues.yaml ``grammar``: an agreement, a demand, an
        order), continues that act: its window counts from that day. Not after a saying in its own sentence ("Egypt
        said Israel must withdraw within five days": what is said counts from its own telling)."""
        dct = self.doc.dct
        tok = self.tokens
        if c.sent == 0 or dct is None:
            return []
        s0, s1 = self.sentences[c.sent - 1][0], self.sentences[c.sent][0]
        if "\n" in self.text[s0:tx.start] or any(
                tok.low[k] in self.lex.reporting for k in range(tok.at(s1), tok.at(tx.start))):
            return []
        days = [t for t in self.timexes if s0 <= t.start < s1 and t.type == "DATE" and t.earliest is not None
                and t.earliest == t.latest and t.earliest <= dct and t.anchored_to != "event" and not self._in_quote(t.start)]
        owner = getattr(self, "_timex_owner", {}).get(days[-1].start) if days else None
        if owner is None or owner.status not in _FACTUAL or owner.entry.type not in self.w.window_setting_types:
            return []
        return days[-1:]

    def _within_hours(self, tx: Timex, ti: int) -> Timex | None:
        """"Putin signed the treaty on Tuesday. The White House condemned the move within hours": a past act "within" some
        hours (or minutes) happened on the last day told before it (in its paragraph or the one before), the same day."""
        m = re.fullmatch(r"PT(X|\d+)([HM])", tx.value)
        if m is None or (m.group(2) == "H" and m.group(1) != "X" and int(m.group(1)) > 12):
            return None
        dct = self.doc.dct
        si = self.tokens.sent[ti]
        lo = self.sentences[max(0, si - 3)][0]
        days = [t for t in self.timexes if lo <= t.start < tx.start and t.type in ("DATE", "TIME") and t.earliest is not None
                and t.earliest == t.latest and t.anchored_to != "event" and not self._in_quote(t.start)
                and (dct is None or t.earliest <= dct) and self._owner_factual(t)]
        if not days:
            return None
        day = days[-1]
        return replace(tx, type="DATE", earliest=day.earliest, latest=day.earliest, precision="day",
                       value=day.earliest.isoformat(), text=self.text[self.tokens.starts[ti - 1]:tx.end],
                       start=self.tokens.starts[ti - 1],
                       derivation=f"'within {tx.text}' of the last day told, '{day.text}' ({day.earliest.isoformat()}): "
                                  f"that same day")

    def _owner_factual(self, t: Timex) -> bool:
        """Does a date expression date something that happened (not a plan of its own)?"""
        owner = getattr(self, "_timex_owner", {}).get(t.start)
        return owner is None or owner.status in _FACTUAL

    def _past_reading(self, tx: Timex, c: _Cand) -> Timex:
        """"The United States welcomed the deal on Friday but said it would watch ...": a bare day name read as the next
        one (the engine took the tense of another clause) dates a verb in the simple past as the most recent one."""
        year_back = self._past_year_reading(tx, c)
        if year_back is not tx:
            return year_back
        dct = self.doc.dct
        if not self._after_publication(tx) or tx.precision not in ("day", "part_of_day") or tx.earliest != tx.latest \
                or tx.anchor is not None \
                or tx.anchored_to != "dct" or c.status != "occurred" \
                or not ((c.entry.pos == "verb" and c.tense == "past") or self._done_under_past_verb(c)) \
                or self.tokens.low[self.tokens.at(tx.start)] not in (self.lex.narrative.weekdays if self.lex.narrative else ()) \
                or any(ch.isdigit() for ch in tx.text):
            return tx  # ("Sunday, January 19" names its one day: never moved a week back)
        day = tx.earliest
        while day > dct:
            day -= timedelta(days=7)
        return replace(tx, earliest=day, latest=day, value=day.isoformat() + tx.value[10:],  # ("Sunday night": TNI)
                       derivation=f"{tx.derivation}; but '{c.text}' is in the past: the most recent {tx.text.strip()}, "
                                  f"{day.isoformat()}")

    def _past_year_reading(self, tx: Timex, c: _Cand) -> Timex:
        """"Iran fired missiles at Israel on April 13" published on March 7: a day and month with no year that the engine
        read as the one to come dates a verb in the simple past, told as done, as the one a year before (the last
        such day before the publication date). A bare month name read as the one to come ("postponed a planned trip in
        February": the engine read "planned") is the last such month before publication, the same way."""
        dct = self.doc.dct
        month = tx.precision == "month" and re.fullmatch(r"\d{4}-\d{2}", tx.value or "") is not None \
            and not re.search(r"\d", tx.text) and tx.earliest is not None and tx.latest is not None
        if dct is None or not self._after_publication(tx) or (tx.precision != "day" and not month) \
                or (not month and tx.earliest != tx.latest) \
                or tx.anchor is not None or tx.anchored_to != "dct" or c.status != "occurred" or c.entry.pos != "verb" \
                or c.tense != "past" or not self._simple_past(c) or c.quoted or re.search(r"\d{4}", tx.text) \
                or not (month or (re.search(r"\d", tx.text) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", tx.value))):
            return tx  # ("Blinken postponed a planned trip to Beijing in February": a bare month name the engine read as
            # the next one, from "planned", dates the past act as the last February before publication)
        tok = self.tokens
        ti = tok.at(tx.start)
        if month and (ti == 0 or tok.low[ti - 1] not in self.w.date_preps):
            return tx  # ("criticised the secrecy ahead of January's election": the month of something else)
        lo, hi = (c.t1, ti) if ti >= c.t1 else (tok.at(tx.end), c.t0)
        off = c.cancels_cand.t0 if c.cancels_cand is not None else None  # ("postponed a planned trip to Beijing in")
        if tok.clause[ti] != tok.clause[c.t0] or any(
                w in self.lex.modals or w in self.w.future_auxiliaries or w == "that"
                or (w == "to" and not (off is not None and k > off and k + 1 in self.mention_cover))
                for k, w in enumerate(tok.low[lo:hi], lo)) \
                or any(k in self.trigger_toks and k != off for k in range(lo, hi)):
            return tx  # ("said the ceasefire would expire on October 31": the date of what is said, still to come)
        if month:
            first = tx.earliest.replace(year=tx.earliest.year - 1)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            if first > dct:
                return tx
            return replace(tx, earliest=first, latest=last, value=first.isoformat()[:7],
                           derivation=f"{tx.derivation}; but '{c.text}' is told as done in the past: the "
                                      f"{tx.text.strip()} before the publication date, {first.isoformat()[:7]}")
        try:
            day = tx.earliest.replace(year=tx.earliest.year - 1)
        except ValueError:  # (February 29)
            return tx
        if day > dct:
            return tx
        return replace(tx, earliest=day, latest=day, value=day.isoformat(),
                       derivation=f"{tx.derivation}; but '{c.text}' is told as done in the past: the {tx.text.strip()} "
                                  f"before the publication date, {day.isoformat()}")

    def _trailing_attribution(self, c: _Cand, ti: int, te: int) -> bool:
        """"..., his office said.", "..., officials told reporters.": a reporting verb after a comma that closes what was said
        (an event told before the expression), with only its subject between (no other verb): the expression belongs to
        what was said. (Not a fronted day: "On Saturday, while attending the summit, Trump wrote ...".)"""
        tok = self.tokens
        if c.entry.type != "STATEMENT" or c.entry.pos != "verb" or tok.low[c.t0] not in self.lex.reporting:
            return False
        if not any(k in self.trigger_toks for k in range(tok.at(self.sentences[c.sent][0]), ti)):
            return False
        commas = [k for k in range(te + 1, c.t0) if tok.low[k] == ","]
        if not commas or any(k in self.trigger_toks for k in range(commas[-1] + 1, c.t0)):
            return False
        if any(tok.low[k] in ("that", "and", "but", ";", ":") for k in range(commas[-1] + 1, c.t0)):
            return False  # ("on Monday, and Sweden said": a clause of its own)
        k = c.t1
        return k >= len(tok.low) or tok.sent[k] != c.sent or tok.low[k] in (".", ",", "in", "on", "to") \
            or not tok.low[k][:1].isalnum()

    def _own_later_date(self, c: _Cand, te: int) -> bool:
        """"Poland built a steel barrier in 2022 and deployed about 10,000 troops there last month": a verb coordinated by
        "and" after an expression, which has a date expression of its own later in its clause (before any other event or
        infinitive plan, and not one to come): the earlier expression is the first verb's."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.t0 == 0 or tok.low[c.t0 - 1] != "and" or not te < c.t0 - 1:
            return False
        s1 = self.sentences[c.sent][1]
        for t in self._timexes_between(tok.starts[c.t1] if c.t1 < len(tok.starts) else s1, s1):
            k = tok.at(t.start)
            if tok.clause[k] != tok.clause[c.t0] or any(
                    j in self.trigger_toks or tok.low[j] in ("to", "and")
                    or (tok.low[j] == "," and not (tok.low[j - 1].isdigit() and tok.low[j + 1].isdigit()))  # ("10,000")
                    for j in range(c.t1, k)):
                return False
            return _is_date(t) and t.anchor is None and not self._time_to_come(t)
        return False

    def _plan_of_past_act(self, c: _Cand, tx: Timex) -> bool:
        """"Iran agreed to free the detainees on Monday": a bare day name after the infinitive plan of a verb in the simple
        past. The engine reads it as the next Monday (from "to free"); news prose means the day of the act told (the
        most recent Monday): it goes to the main verb, the plan keeps no day (also when the engine read the day as past:
        "offered to withdraw its troops on Wednesday" dates no withdrawal in the past). ("agreed to free them next Monday" keeps
        its day: the expression opens with "next", not with the day name.)"""
        tok = self.tokens
        if not self._infinitive_complement(c) or tx.anchor is not None or tx.anchored_to != "dct" \
                or tx.precision not in ("day", "part_of_day") \
                or tok.low[tok.at(tx.start)] not in (self.lex.narrative.weekdays if self.lex.narrative else ()):
            return False
        k = tok.at(c.start) - 2  # the verb before "to"
        return k >= 0 and any(d.entry.pos == "verb" and d.tense == "past" and d.status == "occurred" and not d.quoted
                              for d in self._cands_by_tok.get(k, ()))

    def _future_reading(self, tx: Timex, c: _Cand) -> Timex:
        """"Tusk will discuss the situation with Stoltenberg on Monday, his office said": a bare day name read as the last
        one (the engine took the tense of the saying) dates a plan in the future tense ("will", "shall" right before the
        verb) as the next one."""
        dct = self.doc.dct
        tok = self.tokens
        if dct is None or tx.earliest is None or tx.earliest != tx.latest or tx.earliest >= dct or tx.anchor is not None \
                or tx.anchored_to != "dct" or tx.precision not in ("day", "part_of_day") or c.status != "planned" \
                or c.entry.pos != "verb" or tok.low[tok.at(tx.start)] not in (self.lex.narrative.weekdays if self.lex.narrative else ()) \
                or not any(tok.low[k] in self.w.future_aux for k in range(max(0, c.t0 - 2), c.t0) if tok.sent[k] == c.sent) \
                or (tok.at(tx.start) > 0 and tok.low[tok.at(tx.start) - 1] in self.w.recent_period_words):
            return tx
        day = tx.earliest
        while day <= dct:
            day += timedelta(days=7)
        return replace(tx, earliest=day, latest=day, value=day.isoformat() + tx.value[10:],
                       derivation=f"{tx.derivation}; but '{c.text}' is still to come (future tense): the next "
                                  f"{tx.text.strip()}, {day.isoformat()}")

    def _bounded_reading(self, tx: Timex) -> Timex:
        """"The talks collapsed on May 3. Less than a week later, Iran fired missiles": an offset bounded from above
        (``at_most`` in dating.yaml, TIMEX3 mod LESS_THAN) from a day is the range between that day and the bound;
        one bounded from below ("more than a month later", mod MORE_THAN) runs from the bound to the publication date."""
        if not tx.anchored_to.startswith("timex:") or not tx.anchored_to[6:].isdigit() or tx.earliest is None \
                or tx.earliest != tx.latest:
            return tx
        ref = next(iter(self._timexes_between(int(tx.anchored_to[6:]), int(tx.anchored_to[6:]) + 1)), None)
        if ref is None or ref.earliest is None or ref.latest is None or ref.earliest != ref.latest:
            return tx
        occ = load_occasions()
        words = tuple(_TOKEN.findall(tx.text.lower()))
        dct = self.doc.dct
        if tx.mod in ("LESS_THAN", "EQUAL_OR_LESS") or any(words[:len(p)] == p for p in occ.at_most):
            lo, hi = sorted((ref.earliest, tx.earliest))
            how = f"no further than {tx.earliest.isoformat()} from '{ref.text}' ({ref.earliest.isoformat()})"
        elif (tx.mod in ("MORE_THAN", "EQUAL_OR_MORE") or any(words[:len(p)] == p for p in occ.at_least)) \
                and dct is not None and ref.earliest < tx.earliest <= dct:
            lo, hi = tx.earliest, dct
            how = f"at least as far as {tx.earliest.isoformat()}, and before the publication date"
        else:
            return tx
        return replace(tx, earliest=lo, latest=hi, precision="unknown",
                       derivation=f"{tx.derivation}; '{tx.text}' is a bound, not a count: {how}: {lo.isoformat()} to "
                                  f"{hi.isoformat()}")

    def _time_stamp_reading(self, tx: Timex) -> Timex:
        """"**16:50 GMT** -- Hoti told reporters ...": a clock time that opens a paragraph (after markup only) is a live
        page's time stamp, a time of the day the page is published, not of the day the paragraph before told."""
        dct = self.doc.dct
        if dct is None or tx.type != "TIME" or tx.precision not in ("minute", "hour") or tx.earliest == dct \
                or not re.match(r"\d{1,2}[:.]\d{2}", tx.text) or not tx.anchored_to.startswith("timex:"):
            return tx
        line = self.text.rfind("\n", 0, tx.start) + 1
        if re.search(r"\w", self.text[line:tx.start]):
            return tx
        return replace(tx, earliest=dct, latest=dct, value=dct.isoformat() + tx.value[10:], anchored_to="dct",
                       derivation=f"'{tx.text}' opens its paragraph: a time stamp of the page, on the publication date "
                                  f"{dct.isoformat()} (not the day the paragraph before told)")

    def _unresolved_reading(self, tx: Timex) -> Timex:
        """"The war began on April 15, when the forces, which had seized power in October 2021, turned on each other. The
        United States evacuated its diplomats in the following week": an offset in days or weeks the engine left
        unresolved counts from the last day told before it in its paragraph (not a date of background): the week
        after April 15's (ISO week), a day N days from it."""
        a = tx.anchor
        if tx.anchored_to != "unresolved" or a is None or a.clause_start is not None or a.unit not in ("day", "week") \
                or tx.earliest is not None or self._in_quote(tx.start):
            return tx
        tok = self.tokens
        dct = self.doc.dct
        si = tok.sent[tok.at(tx.start)]
        p0 = si
        while p0 > 0 and si - p0 < 3 and "\n" not in self.text[self.sentences[p0 - 1][1]:self.sentences[p0][0]]:
            p0 -= 1
        lo = self.sentences[p0][0]
        days = [t for t in self.timexes if lo <= t.start < tx.start and t.type in ("DATE", "TIME") and t.earliest is not None
                and t.earliest == t.latest and t.anchored_to != "event" and not self._background_date(t)
                and not self._in_quote(t.start) and (dct is None or t.earliest <= dct)]
        if not days:
            return tx
        ref = days[-1]
        n = abs(a.amount) if a.amount is not None else 1
        sign = -1 if a.signal in self.w.past_offset_words or (a.amount or 0) < 0 else 1
        if a.unit == "day":
            first = last = ref.earliest + timedelta(days=sign * n)
            value, precision = first.isoformat(), "day"
        else:
            first = ref.earliest - timedelta(days=ref.earliest.weekday()) + timedelta(days=7 * sign * n)
            last = first + timedelta(days=6)
            iso = first.isocalendar()
            value, precision = f"{iso[0]}-W{iso[1]:02d}", "week"
        if dct is not None and first > dct:
            return tx
        return replace(tx, earliest=first, latest=last, value=value, precision=precision, type="DATE",
                       anchored_to=f"timex:{ref.start}",
                       derivation=f"'{tx.text}': {n} {a.unit}(s) {'before' if sign < 0 else 'after'} the last day told, "
                                  f"'{ref.text}' ({ref.earliest.isoformat()}) -> {value}"
                                  + ("" if first == last else f" ({first.isoformat()} to {last.isoformat()})"))

    def _past_plan_reading(self, tx: Timex) -> Timex:
        """"The trip had been due to take place in early February" (in a June paper): a plan told in the past (``past_plans``
        in dating.yaml: "had been due", "was scheduled") for a month or a day without a year, which the engine reads as the
        next one, is the nearest one: the last February, not the next."""
        dct = self.doc.dct
        if dct is None or not self._after_publication(tx) or tx.anchored_to != "dct" or tx.anchor is not None \
                or tx.precision not in ("day", "month") or tx.latest is None or re.search(r"\d{4}", tx.text) \
                or not re.match(r"\d{4}-", tx.value):
            return tx
        tok = self.tokens
        k = tok.at(tx.start)
        words = tok.low[max(0, k - 8):k]
        if tok.sent[max(0, k - 8)] != tok.sent[k]:
            words = [w for j, w in zip(range(max(0, k - 8), k), words) if tok.sent[j] == tok.sent[k]]
        found = next((p for p in load_occasions().past_plans if any(tuple(words[j:j + len(p)]) == p
                                                                     for j in range(len(words)))), None)
        if found is None or (self.lex.narrative and any(w in self.lex.narrative.weekdays for w in _TOKEN.findall(tx.text.lower()))):
            return tx
        try:
            first, last = tx.earliest.replace(year=tx.earliest.year - 1), tx.latest.replace(year=tx.latest.year - 1)
        except ValueError:  # (February 29)
            return tx
        if last > dct or (dct - last) >= (tx.earliest - dct):
            return tx  # the next one is nearer: still to come
        return replace(tx, earliest=first, latest=last, value=str(first.year) + tx.value[4:],
                       derivation=f"{tx.derivation}; but '{' '.join(found)}' tells a plan in the past: the nearest "
                                  f"{tx.text.strip()}, {first.year}")

    def _trailing_year_reading(self, tx: Timex) -> Timex:
        """"Russia has expelled 40 diplomats in the past year", "over the last year": "the past year" after a preposition
        (``trailing_period_preps``; ``trailing_period_words``, cues.yaml ``grammar``) dates an event in the twelve months up to the publication
        date, not in the calendar year before it (the engine's value, as TimeBank annotates it). Not "last year" (no
        article: the calendar year), nor "the last year of his term"."""
        dct = self.doc.dct
        tok = self.tokens
        if dct is None or tx.precision != "year" or tx.anchor is not None or tx.anchored_to != "dct" or tx.mod:
            return tx
        ti, te = tok.at(tx.start), tok.at(tx.end)
        words = tok.low[ti:te]
        if len(words) != 3 or words[0] not in self.w.definite or words[1] not in self.w.trailing_period_words \
                or words[2] != "year" or ti == 0 or tok.low[ti - 1] not in self.w.trailing_period_preps \
                or (te < len(tok.low) and tok.low[te] == "of"):
            return tx
        try:
            first = dct.replace(year=dct.year - 1)
        except ValueError:  # (February 29)
            first = dct.replace(year=dct.year - 1, day=28)
        return replace(tx, earliest=first, latest=dct, precision="unknown",
                       derivation=f"{tx.derivation}; but '{tx.text.strip()}' after '{tok.low[ti - 1]}' is the twelve "
                                  f"months up to the publication date: {first.isoformat()}..{dct.isoformat()}")

    def _same_day_reading(self, tx: Timex) -> Timex:
        """"closed the border on July 30. Hours earlier, protesters attacked the embassy": an unstated number of hours or
        minutes from a day told as a whole is that same day (the gold guideline), not the day before too."""
        if re.fullmatch(r"PTX[HM]", tx.value) is None or not tx.anchored_to.startswith("timex:") \
                or not tx.anchored_to[6:].isdigit():
            return tx
        ref = next(iter(self._timexes_between(int(tx.anchored_to[6:]), int(tx.anchored_to[6:]) + 1)), None)
        if ref is None or ref.earliest is None or ref.earliest != ref.latest or tx.earliest == tx.latest:
            return tx
        return replace(tx, earliest=ref.earliest, latest=ref.earliest, precision="day",
                       derivation=f"{tx.derivation}; hours from a day told as a whole: that same day, "
                                  f"{ref.earliest.isoformat()}")

    def _deadline_reading(self, tx: Timex) -> Timex:
        """"signed a decree on Thursday dissolving the institutions by January 1": a deadline is still to come when it
        is set; a month and day without a year after deadline words, read as past, is the next such day."""
        dct = self.doc.dct
        if dct is None or tx.precision != "day" or tx.earliest is None or tx.earliest != tx.latest or tx.earliest >= dct \
                or tx.anchored_to != "dct" or re.search(r"\d{4}", tx.text) or self._deadline_before(tx) is None:
            return tx
        try:
            day = tx.earliest.replace(year=tx.earliest.year + 1)
        except ValueError:  # February 29
            return tx
        if day < dct:
            return tx
        return replace(tx, earliest=day, latest=day, value=day.isoformat(),
                       derivation=f"{tx.derivation}; but '{self._deadline_before(tx)} {tx.text}' is a deadline, still to "
                                  f"come: the next {tx.text.strip()}, {day.isoformat()}")

    def _time_to_come(self, tx: Timex) -> bool:
        """A time after the publication date, or a deadline still to come ("by the end of the year"): the date of a plan,
        never of what the sentence tells as past."""
        if self._after_publication(tx):
            return True
        tok = self.tokens
        k = tok.at(tx.start)
        dct = self.doc.dct
        return dct is not None and k > 0 and self._deadline_before(tx) is not None and tx.latest is not None \
            and tx.latest > dct

    def _deadline_before(self, tx: Timex) -> str | None:
        """The deadline words right before an expression, in its sentence ("by January 1", "before the end of the
        year", "no later than April 15"; ``deadlines`` in dating.yaml), longest first; None when there are none."""
        tok = self.tokens
        k = tok.at(tx.start)
        if k == 0 or k > len(tok.low) or tok.low[k - 1] not in self._deadline_last_words():
            return None  # (no deadline phrase ends right before it)
        for phrase, words in self._deadline_phrases:  # (set by ``_deadline_last_words``, longest first)
            n = len(words)
            if k >= n and k < len(tok.low) and tok.low[k - n:k] == words and tok.sent[k - n] == tok.sent[k]:
                return phrase
        return None

    def _deadline_last_words(self) -> frozenset[str]:
        """The last words of the deadline phrases (a cheap test before matching them)."""
        occ = load_occasions()
        if getattr(self, "_deadline_words_of", None) is not occ:
            self._deadline_words_of = occ
            self._deadline_words = frozenset(p.split()[-1] for p in occ.deadlines)
            self._deadline_phrases = tuple((p, p.split()) for p in sorted(occ.deadlines, key=lambda p: -len(p.split())))
        return self._deadline_words

    def _timexes_between(self, lo: int, hi: int) -> tuple[Timex, ...]:
        """The expressions (sorted by start) that start at or after offset ``lo`` and before ``hi``."""
        if getattr(self, "_timex_starts_of", None) is not self.timexes:
            self._timex_starts_of = self.timexes
            self._timex_start_list = [t.start for t in self.timexes]  # (not ``_timex_starts``: the set of extract.py)
        starts = self._timex_start_list
        return self.timexes[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def _after_publication(self, tx: Timex) -> bool:
        """Does the expression lie wholly after the publication date ("next month", "in the coming weeks")?"""
        dct = self.doc.dct
        return dct is not None and tx.earliest is not None and tx.earliest > dct

    def _has_predicate(self, lo: int, hi: int) -> bool:
        """"would take place", "was held" between two tokens."""
        index = self._predicate_index
        return any(self._phrase_at(k, p) for k in range(lo, hi) for p in index.get(self.tokens.low[k], ()))

    def _carries_back(self, lo: int, hi: int, tx: Timex) -> bool:
        """Does a predicate between a noun and the expression at token ``hi`` carry the expression back to the noun:
        "would take place", "was held" (``_has_predicate``), or a relative clause of a ``placing_verbs`` word of
        cues.yaml right before an offset ("a bilateral meeting with Yoon, which came a day before the summit")? Not
        past another date expression told after the noun and a comma after it."""
        tok = self.tokens
        if lo < len(tok.starts) and any(_is_date(t) and "," in tok.low[tok.at(t.end):hi]
                                        for t in self._timexes_between(tok.starts[lo], tx.start)):
            return False  # "talks in Ankara in July and August, but a third round planned for September": the nearer
            # date is the noun's; past a comma, the predicate carries the later one to what it is said of (not "a
            # session that began on Monday evening ran past midnight")
        if self._has_predicate(lo, hi):
            return True
        low = tok.low
        return tx.anchor is not None and hi - lo >= 2 and low[hi - 1] in self.w.placing_verbs \
            and low[hi - 2] in self.w.relative_who_which

    def _in_closing_relative(self, k: int, ti: int) -> bool:
        """Is token ``k`` inside a relative clause (", which ...", ", who ...") that a comma closes before token ``ti``
        ("The truce, which was signed after two weeks of talks brokered by Riyadh, took effect on Monday": the predicate
        after the comma is the truce's, not the talks')?"""
        tok = self.tokens
        j = k - 1
        while j > 0 and tok.sent[j] == tok.sent[k] and tok.low[j] not in self.w.relative_who_which and k - j < 15:
            j -= 1
        if tok.low[j] not in self.w.relative_who_which or j == 0 or tok.low[j - 1] != "," or tok.sent[j] != tok.sent[k]:
            return False
        return "," in tok.low[k + 1:ti]

    def _fronted(self, ti: int) -> bool:
        """Does the expression at token ``ti`` open its sentence (after a preposition: "On Saturday morning, ...")?"""
        tok = self.tokens
        k0 = tok.at(self.sentences[tok.sent[ti]][0])
        return ti - k0 <= 1 and all(tok.low[k] in self.w.prepositions for k in range(k0, ti))

    def _closes_clause(self, ti: int, te: int) -> bool:
        """Does the expression at tokens ``ti``..``te`` end a clause that a verb trigger before it tells ("shot the balloon
        down a day later, and ...")? An offset that opens its sentence ("Two days later, A met B, and C ...") does not."""
        tok = self.tokens
        if te + 2 < len(tok.low) and tok.low[te + 1] in ("later", "earlier") and tok.low[te + 2] == ",":
            te += 1  # ("a day later, and": the engine's expression may leave out "later")
        if te + 1 >= len(tok.low) or tok.low[te + 1] != ",":
            return False
        k0 = tok.at(self.sentences[tok.sent[ti]][0])
        if any(k in self.trigger_toks and any(c.entry.pos == "verb" for c in self._cands_by_tok.get(k, ()))
               for k in range(k0, ti) if tok.clause[k] == tok.clause[ti]):
            return True
        # (a verb the lexicon does not know: "An American jet shot the balloon down a day later, and Beijing protested":
        # the offset ends a clause with a subject and a verb before it, not one it opens)
        here = [k for k in range(k0, ti) if tok.clause[k] == tok.clause[ti]]
        return len(here) >= 3 and tok.low[ti - 1] not in (",", ";", ":") and any(
            k in self.mention_cover or tok.low[k] in self.lex.determiners for k in here[:3]) and not any(
            tok.low[k] in (",", ";") for k in here)

    def _in_span_phrase(self, ti: int) -> bool:
        """Does the date expression at token ``ti`` follow a span opener ("since") that hangs on the word before it
        ("their first meeting since September", "the worst violence since 2021"), not one fronted to a clause
        ("Since January, Russia has launched ...")? Such a date starts a span and dates no act told after it."""
        tok = self.tokens
        return ti >= 2 and tok.low[ti - 1] in self.w.span_openers and tok.sent[ti - 2] == tok.sent[ti] \
            and tok.low[ti - 2] not in (",", ";", ":", "—", "–", "(", '"')

    def _in_apposition(self, words: list[str], m: int) -> bool:
        """Is word ``m`` inside a noun phrase set off by commas in ``words`` (", the train that links Lahore and Delhi,")?
        A relative "that" there belongs to the apposition; the clause goes on after its closing comma."""
        left = next((j for j in range(m - 1, -1, -1) if words[j] in (",", ";")), None)
        if left is None or words[left] != "," or left + 1 >= m or words[left + 1] not in self.w.articles:
            return False
        return "," in words[m + 1:]

    #: the most words between a mention and a date expression that can date it: far beyond any news sentence (the
    #: longest in the benchmarks has 68 tokens), it keeps a scraped table or a list with no full stops (one "sentence"
    #: of thousands of words) from pairing every mention with every expression (``_attach_timexes`` looks no further)
    _TIMEX_REACH = 150

    def _timex_cost(self, c: _Cand, ti: int, te: int, tx: Timex) -> float | None:
        tok = self.tokens
        if ti >= c.t1:
            lo, hi, after = c.t1, ti, True
        else:
            lo, hi, after = te + 1, c.t0, False
        if hi - lo > self._TIMEX_REACH:
            return None  # (a list or a table read as one sentence: too far to be this mention's date)
        between = tok.low[lo:hi]
        if self._timex_of_other_clause(c, ti, te, tx):
            return None  # (clauses.py: the date line, the anchoring event's day, a year modifying a noun, a relative)
        if c.status == "occurred" and c.entry.pos == "verb" and c.tense == "past" and self._time_to_come(tx):
            return None  # "said he would convene the committee next month and warned", "urged him to conclude the
            # treaty by the end of the year": a time to come (a deadline to come) dates no past act
        if c.status == "occurred" and c.entry.pos == "noun" and self._time_to_come(tx) and self._object_of_past_act(c):
            return None  # "signed two declarations, one on energy until 2030": nor the object of a past act
        if c.status == "occurred" and c.entry.pos == "noun" and self._time_to_come(tx) and self._topic_of_planned_act(c):
            return None  # "agreed to hold talks on a ceasefire by the end of the year": the deadline is the talks'
        if not after and self._in_span_phrase(ti):
            return None  # "their first meeting since September, as the EU pressed both sides": a span's start, no later act's
        if not after and self._trailing_attribution(c, ti, te):
            return None  # "Tusk will meet Stoltenberg on Monday, his office said": the day of what is said, not the saying's
        if after and ti > 0 and tok.low[ti - 1] == "from" and c.entry.pos == "verb" and "to" in between \
                and not any(w in (",", ";") for w in between):
            return None  # "called on the warring parties to stop fighting from midnight on Sunday": when the act asked
            # for is to start, not the day of the call
        if after and c.entry.pos == "verb" and ti > 0 and tok.low[ti - 1] in self.w.result_end_preps \
                and not any(w in (",", ";") for w in between) \
                and any(tok.low[k] in self.w.result_end_verbs for k in range(c.t0, ti)):
            return None  # "the ceasefire was prolonged until Friday", "said the truce was extended until Thursday":
            # Friday ends the extension, neither the act of prolonging nor the saying ("the signing was delayed until
            # next year": the noun of the act put off keeps its new time)
        if after and self._plan_of_past_act(c, tx):
            return None  # "Iran agreed to free the detainees on Monday": the agreement's (past) Monday, not the release's
        if after and self._in_closing_relative(c.t0, ti):
            return None  # "The truce, which was signed after two weeks of talks, took effect on Monday": the truce's day
        if after and ti >= 2 and tok.low[ti - 1] == "of" and ti - 2 != c.t1 - 1:
            return None  # "restored the situation of April 2020": the date of the situation, not of the event
        if after and c.entry.pos == "noun" and self._subordinate_clause_between(lo, hi):
            return None  # "his first visit since the war began in 2022": the date of the "since" clause, not the visit's
        if after and c.entry.pos == "noun" and hi - lo <= 12 and self._carries_back(lo, hi, tx) \
                and not any(k in self.trigger_toks for k in range(lo, hi)) and not self._in_closing_relative(c.t0, ti):
            # "the summit Trump said would take place within two weeks", "the summit that had been planned for
            # next month", "his trip, which had been scheduled for Saturday": the predicate carries the date back
            return 0.5 + 0.1 * len(between)
        if tok.clause[ti] != tok.clause[c.t0]:
            # a predicate may carry the date back to its noun: "the summit Trump said would take place within"
            if after and c.entry.pos == "noun" and self._carries_back(lo, hi, tx) and not any(
                    between[m] == "," and between[m + 1] == "and" for m in range(len(between) - 1)):
                # (not "a trade agreement with Peru, ..., and goods began arriving the following month": the predicate
                # of a clause of its own)
                return 0.5 + 0.1 * len(between)
            if not after and c.entry.pos == "verb" and self._fronted(ti) and self._same_time(ti, c.t0):
                # "On Saturday morning, while attending the summit in Osaka, Trump wrote": the fronted day is the main
                # clause's, across a clause of the same time
                return len(between) + 3 * between.count(",") + 6.0
            return None
        if after and ti >= 2:
            j = ti - 1 if tok.low[ti - 1] in self.w.date_preps else ti
            if j >= 2 and tok.low[j - 1] == "and" and tok.low[j - 2] == "," and any(
                    k in self.trigger_toks or k in self.mention_by_tok or tok.low[k] in self.w.subject_pronouns
                    for k in range(te + 1, min(te + 4, len(tok.low))) if tok.sent[k] == tok.sent[ti]):
                return None  # "said it would suspend tests, and last month it blew up the tunnels": the next clause's
            if "," in between and any(tok.low[m] == "," and tok.low[m + 1] == "and" and any(
                    tok.low[v] in self.lex.modals or (v in self.trigger_toks and any(
                        x.entry.pos == "verb" for x in self._cands_by_tok.get(v, ())))
                    for v in range(m + 2, min(m + 4, ti))) for m in range(lo, hi - 1)):
                return None  # "will fly to Israel, where he is due to meet Netanyahu, and will see Abbas on Tuesday": the
                # date of the verb coordinated after ", and", not of the clause before it
        if after and any(between[m] == "and" and between[m + 1] == "then" for m in range(len(between) - 1)):
            return None  # "attended a summit, and then flew home before leaving for Paris on Sunday night": the time
            # of what came next
        if after and (c.entry.type == "STATEMENT" or tok.low[c.t0] in self.lex.reporting) and any(
                w in self.w.future_and_conditional_modals for w in between[1:]):
            return None  # "Anwar said the truce would take effect at midnight": the time of what is said, not of the
            # saying
        if after and "that" in between and any(w == "that" and not self._in_apposition(between, m)
                                               and not self._demonstrative_of_time(between, m, tx)
                                               for m, w in enumerate(between)):
            return None
        if after and "had" in between and not any(tok.low[k] == "had" for k in range(max(0, c.t0 - 3), c.t0)) \
                and not (c.entry.pos == "noun" and self._has_predicate(lo, hi)):
            return None  # "met Macron, repeating the offer he had made on Sunday": the date of the earlier act
        if not after and c.entry.pos == "verb" and (tx.anchor is None or self._closes_clause(ti, te)) and any(
                between[m] == "," and between[m + 1] == "and" for m in range(max(0, len(between) - 4), len(between) - 1)):
            return None  # "would start sharing data by the end of the year, and criticized China": the clause before's
            # ("shot the balloon down a day later, and Beijing protested": the offset dates the shooting)
        if not after and len(between) > 2 and between[0] == "," and between[1] == "and" and not self._fronted(ti) \
                and any(any(x.entry.pos == "verb" for x in self._cands_by_tok.get(k, ())) for k in range(lo + 2, hi)) \
                and any(any(x.entry.pos == "verb" for x in self._cands_by_tok.get(k, ())) for k in range(
                    self.tokens.at(self.sentences[c.sent][0]), ti)):
            return None  # "met Faria in San Cristobal on August 11, and the two agreed to restore consultations": the
            # date closes the clause before ", and"; a noun the next clause's verb governs is not dated by it
        if not after and c.status == "planned" and not self._time_to_come(tx) and any(
                w in self.lex.reporting and any(x in self.w.future_and_conditional_modals for x in between[m + 1:])
                for m, w in enumerate(between)):
            return None  # "On Saturday, Lavrov said Russia would hold talks with Turkey": the day of the saying, not of
            # the plan it tells (not "said it had decided to expel": the deciding's day)
        if not after and self._own_later_date(c, te):
            return None  # "built a barrier in 2022 and deployed 10,000 troops there last month": the deployment's own
        if not after and c.entry.pos == "noun" and c.determiner in self.w.definite \
                and any(len(w) > 4 and w.endswith("ing") for w in between):
            return None  # "to vote next week on a resolution endorsing the agreement": the vote's date, not the deal's
        if not after and self._closed_relative(ti, c.t0):
            return None  # "Meloni, who first met him in April, praised ...": April is the meeting's
        dist = len(between)
        commas = between.count(",")
        cost = dist + 3 * commas + (0 if after else 1.5)
        if not after and c.entry.pos == "verb" and c.tense == "ing" and dist == 0 and ti > 0 \
                and any(k in self.trigger_toks for k in range(max(0, ti - 4), ti) if tok.clause[k] == tok.clause[ti]):
            cost += 3  # "signed a decree on Thursday dissolving ...": the day of the verb the participle's clause hangs on
        if tx.anchor is None and not self._sequence_words.isdisjoint(between):
            cost += 12  # "recalled its ambassador in March after Biden said": March is the recall's
            if getattr(self, "_offset_ends_of", None) is not self.timexes:  # (once per document)
                self._offset_ends_of = self.timexes
                self._offset_ends = {tok.at(t.end) for t in self.timexes if t.anchor is not None or t.type == "DURATION"}
            offsets = self._offset_ends
            if not after and any(tok.low[k] in self._sequence_words and k not in self.timex_cover and k not in offsets
                                 for k in range(max(lo, hi - 3), hi)):
                return None  # "cut off in August last year after a visit to Taiwan": the visit is the other side (not
                # "in April, days after Washington imposed sanctions": an offset of the engine's)
        if id(c) in self._called_off:
            cost += 8  # "suspended the talks in August": the date of the suspension, not of the talks
        if after and c.entry.pos == "noun" and self._reaction_object_told_before(c):
            cost += 8  # "Beijing praised the summit on Thursday": the day of the praise, the summit told before
        if after and dist == 0 and c.entry.type == "STATEMENT":
            cost = 0  # "Trump said Sunday"
        if after and c.entry.pos == "noun" and self._has_predicate(lo, hi) and not self._in_closing_relative(c.t0, ti):
            cost = 0.5 + 0.1 * dist
        return cost

    def _demonstrative_of_time(self, between: list[str], m: int, tx) -> bool:
        """"held his previous call with Putin that December": a "that" right before a capitalised date word (not a
        possessive, "that Monday's talks") points at the time, it opens no clause."""
        return m == len(between) - 1 and tx.text[:1].isupper() and self.text[tx.end:tx.end + 2] not in ("'s", "’s")

    def _reaction_object_told_before(self, c: _Cand) -> bool:
        """"called the summit 'positive' on Thursday", "condemned the strikes on Monday": a definite event noun right
        after a reaction verb of its clause (dating.yaml ``reactions``, or a predicative "called"; only modifiers between), when an event of its
        type was told in an earlier sentence, names that event: a date after it is the reaction's."""
        tok = self.tokens
        if c.determiner not in self.w.definite:
            return False
        verb = next((d for k in range(c.t0 - 1, max(-1, c.t0 - 4), -1) if tok.sent[k] == c.sent
                     for d in self._cands_by_tok.get(k, ()) if d.entry.pos == "verb"), None)
        if verb is None or tok.clause[verb.t0] != tok.clause[c.t0] or not (self._reacts(verb.entry) or verb.entry.predicative):
            return False
        got = getattr(self, "_cand_toks", None)  # (the tokens of the mentions, in order: only those of earlier
        if got is None or got[0] is not self._cands_by_tok:  # sentences are read, not every mention of a long page)
            got = self._cand_toks = (self._cands_by_tok, sorted(self._cands_by_tok))
        upto = bisect.bisect_left(got[1], tok.at(self.sentences[c.sent][0]))
        return any(x.sent < c.sent and x.entry.type == c.entry.type
                   for k in got[1][:upto] for x in self._cands_by_tok[k])

    def _object_of_past_act(self, c: _Cand) -> bool:
        """"signed two declarations", "held talks": an event noun right after a verb of its clause told as done in
        the past (only determiners and modifiers between)."""
        tok = self.tokens
        for k in range(c.t0 - 1, max(-1, c.t0 - 5), -1):
            if tok.sent[k] != c.sent or not tok.low[k][:1].isalnum() or tok.clause[k] != tok.clause[c.t0]:
                return False
            if any(d.entry.pos == "verb" and d.tense == "past" and d.status == "occurred"
                   for d in self._cands_by_tok.get(k, ())):
                return True
        return False

    def _tense_class(self, c: _Cand, status: str) -> str:
        if status == "denied" and c.status_cue.split()[:1] and c.status_cue.split()[0] in self.w.past_aux | self.w.perfect_aux:
            return "past"  # "did not travel", "had not been consulted": a past that did not happen
        if status == "denied" and c.entry.pos == "verb" and c.tense == "past" and any(
                self.tokens.low[j] in self.w.past_aux | self.w.perfect_aux
                for j in range(max(0, c.t0 - 3), c.t0) if self.tokens.sent[j] == c.sent):
            return "past"  # "denied that Putin had met Trump": a past that is denied
        if status not in _FACTUAL:
            return "planned"
        if status == "ongoing":
            return "ongoing"
        tok = self.tokens
        window = [tok.low[j] for j in range(max(0, c.t0 - 3), c.t0) if tok.sent[j] == c.sent]
        if c.entry.pos == "verb":
            if c.tense == "past":
                return "perfect" if any(w in self.w.perfect_aux for w in window) else "past"
            if c.tense == "ing":
                return "past" if any(w in self.w.past_aux for w in window) else "present" if any(
                    w in self.w.present_be for w in window) else "past"
            if any(w in self.w.past_aux for w in window):
                return "past"
            return "present"
        # nouns: the first auxiliary or past-tense word in the clause
        clause = tok.clause[c.t0]
        j = tok.clause_start(c.t0)  # (the first word of its clause)
        while j < len(tok.low) and tok.clause[j] == clause:
            w = tok.low[j]
            if w in self.w.perfect_aux:
                return "perfect"
            if w in self.w.present_verbs:
                return "present"
            if w in self.w.past_aux or (w.endswith("ed") and len(w) > 4):
                return "past"
            j += 1
        return "past"

    def _date(self, cl: _Cluster, lead: _Cand, status: str) -> dict:
        dated = [c for c in sorted(cl.cands, key=lambda c: c.start) if self._range(c)]
        own = [c for c in dated if c.timex_cost < self._SENTENCE_COST]
        dated = own or dated
        dct = self.doc.dct
        out: dict = {}
        if dated:
            best = min(dated, key=lambda c: ((c.timex.latest - c.timex.earliest).days, c.timex_cost, c.start))
            tx = _whole_period(best.timex)
            tie = getattr(self, "_occasion_ties", {}).get(id(best))
            if tie is not None and tie[0].cluster != best.cluster:
                other, reason, p0, p1 = tie
                return dict(
                    date_start=tx.earliest, date_end=tx.latest, precision=_period_precision(tx), timex=tx.value,
                    date_text=self.text[p0:p1], date_start_offset=p0, date_end_offset=p1, date_basis="constraint",
                    date_derivation=(f"tied to '{other.text}'; one occasion: {reason}, dated '{tx.text}' "
                                     f"({tx.earliest.isoformat()}); no date expression of its own"),
                    _dated_by=best,
                )
            conflict = any(
                self._range(a)[1] < self._range(b)[0] or self._range(b)[1] < self._range(a)[0]
                for a in dated for b in dated)
            out = dict(
                date_start=tx.earliest, date_end=tx.latest, precision=_period_precision(tx), timex=tx.value,
                date_text=tx.text, date_start_offset=tx.start, date_end_offset=tx.end, date_basis="expression",
                date_derivation=(f"{self._date_notes[id(best)]}: {tx.derivation}"
                                 if tx.rule == "events_story_day" and id(best) in self.__dict__.get("_date_notes", {}) else
                                 f"{self._date_notes[id(best)]}, dated '{tx.text}': {tx.derivation}"
                                 if id(best) in self.__dict__.get("_date_notes", {}) and best.timex is tx else
                                 f"the offset in its clause counts from a day told just before it: {tx.derivation}"
                                 if tx.rule == "events_apposed_offset" else
                                 f"the chronology entry '{tx.text}:' dates every event told in it: {tx.derivation}"
                                 if id(best) in getattr(self, "_entry_dates", {}) else
                                 f"no date in its paragraph, which opens '{self._follows[id(best)][6:]}': the terms of "
                                 f"the agreement told before, dated '{tx.text}': {tx.derivation}"
                                 if self.__dict__.get("_follows", {}).get(id(best), "").startswith("under:")
                                 and best.timex is tx else
                                 f"no date in its paragraph, which opens '{self._follows[id(best)]}': the scene comes "
                                 f"right after the paragraph before, dated '{tx.text}': {tx.derivation}"
                                 if id(best) in getattr(self, "_follows", {}) and best.timex is tx else
                                 f"no date in its sentence; reaction told with the act of '{tx.text}' "
                                 f"({tx.earliest.isoformat()}) that opens its paragraph; assumed the same day: "
                                 f"{tx.derivation}"
                                 if id(best) in self.__dict__.get("_framed_answers", {}) and best.timex is tx else
                                 f"no date in its sentence; '{tx.text}' in the opening sentence of its paragraph, which "
                                 f"tells no act of its own, frames the paragraph: {tx.derivation}"
                                 if id(best) in getattr(self, "_framed", {}) and best.timex is tx else
                                 f"'{tx.text}' governs '{best.text}' in the same clause: {tx.derivation}"
                                 if best.timex_cost < self._SENTENCE_COST else
                                 f"'{tx.text}' dates the saying ('{self._uttered[id(best)]}') that utters "
                                 f"'{best.text}': a threat is made when it is said: {tx.derivation}"
                                 if id(best) in self.__dict__.get("_uttered", {}) and best.timex is tx else
                                 f"'{tx.text}' dates the actor's own saying ('{self._said_dates[id(best)]}') in which "
                                 f"'{best.text}' is done: {tx.derivation}"
                                 if id(best) in self.__dict__.get("_said_dates", {}) and best.timex is tx else
                                 f"'{tx.text}' dates the sentence of '{best.text}': {tx.derivation}"
                                 if best.timex_cost < self._PREVIOUS_COST else
                                 f"no date in its sentence; the sentence before, about the same actors, is dated "
                                 f"'{tx.text}': {tx.derivation}").strip(),
                _conflict=conflict, _narrative=best.timex_cost >= self._PREVIOUS_COST, _dated_by=best,
            )
            night = self._overnight(tx)
            if night is not None:  # "exchanged fire overnight" (the night of the 28th): the 28th and the 1st
                out.update(date_end=night, precision="unknown",
                           date_derivation=out["date_derivation"] + f"; '{tx.text}' runs from the evening of "
                                           f"{tx.earliest.isoformat()} into the next day, {night.isoformat()}")
            also = self._coordinated_day(tx, spans=not best.entry.cancels) if night is None else None
            # (not "postponed the talks from Monday to Wednesday": a new day, no span)
            if also is not None:  # "met in Doha on Monday and Tuesday": both days
                out.update(date_end=also.latest, precision="unknown",
                           date_derivation=out["date_derivation"] + f"; and '{also.text}' "
                                           f"({also.latest.isoformat()}): both days")
            before = self._coordinated_day_before(tx) if night is None and also is None \
                and not best.entry.cancels else None
            if before is not None:  # "gathered on Tuesday and Wednesday for a summit", read from "Wednesday": both days
                out.update(date_start=before.earliest, precision="unknown",
                           date_derivation=out["date_derivation"] + f"; after '{before.text}' "
                                           f"({before.earliest.isoformat()}) and it: both days")
            finer = self._refining_clock_time(cl, best, tx) if night is None and also is None else None
            if finer is not None:  # "On Sunday, the commission declared him the winner shortly after midnight": Monday
                out.update(date_start=finer.earliest, date_end=finer.latest, precision="day", timex=finer.value,
                           date_text=finer.text, date_start_offset=finer.start, date_end_offset=finer.end,
                           date_derivation=out["date_derivation"] + f"; the clock time '{finer.text}' told of that day "
                                           f"dates it more finely: {finer.derivation}")
            until = self._running_until(best, tx) if also is None and finer is None else None
            if until is not None:  # "a session that began on Monday evening ran past midnight": Monday to Tuesday
                out.update(date_end=until.latest, precision="unknown",
                           date_derivation=out["date_derivation"] + f"; it runs until '{until.text}' "
                                           f"({until.latest.isoformat()}): {until.derivation}")
            if until is None and also is None and finer is None:
                until = self._ending_told_next(cl, best, tx)
                if until is not None:  # "began a visit to Japan on Monday. The visit ends on Friday": Monday to Friday
                    out.update(date_end=until.latest, precision="unknown",
                               date_derivation=out["date_derivation"] + f"; the next sentence ends it on '{until.text}' "
                                               f"({until.latest.isoformat()}): {until.derivation}")
            span = self._stated_length(cl, best, tx)
            span = None if span is not None and self._length_of_act_content(cl, best, span[1]) else span  # (arrangements.py)
            if span is not None and self._length_closes(span[1]):  # "flew home on Wednesday at the end of a three-day
                days, length = span  # visit": Monday to Wednesday
                out.update(date_start=tx.latest - timedelta(days=days - 1), date_end=tx.latest, precision="unknown",
                           date_derivation=out["date_derivation"] + f"; '{length.text}' lasts {days} days, ending on "
                                           f"{tx.latest.isoformat()}")
            elif span is not None:  # "arrive on September 2 for a two-day visit": September 2 and 3
                days, length = span
                first = out["date_start"] if before is not None else tx.earliest  # (from the first of two days joined)
                out.update(date_end=first + timedelta(days=days - 1), precision="unknown",
                           date_derivation=out["date_derivation"] + f"; '{length.text}' lasts {days} days from "
                                           f"{first.isoformat()}")
            stay = self._stay_until(cl, best, tx) if span is None and until is None else None
            if stay is not None:  # "Blinken landed in Beijing on Sunday ... On Monday morning Blinken met Wang": Sunday to Monday
                out.update(date_end=stay.timex.latest, precision="unknown",
                           date_derivation=out["date_derivation"] + f"; the visit lasts at least until '{stay.text}' of "
                                           f"the traveller ('{stay.timex.text}', {stay.timex.latest.isoformat()})")
            if out["date_end"] != tx.latest:  # a stretch of days the event fills, not days it is one of
                self.__dict__.setdefault("_span_days", {})[id(cl)] = (out["date_end"] - out["date_start"]).days
            deadline = self._deadline_before(tx)
            if status not in _FACTUAL and dct is not None and deadline is not None \
                    and tx.latest is not None and tx.latest >= dct and best.timex_cost < self._SENTENCE_COST:
                # "will dissolve its institutions by January 1": a deadline; the plan is placed at it (the gold
                # guideline: "by the end of the year" = December), its derivation says it is due no later than that
                out.update(date_derivation=f"'{deadline} {tx.text}' is a deadline for '{best.text}': due no later than "
                                           f"{tx.latest.isoformat()}, placed at the deadline ({tx.derivation})")
                if tx.mod == "END" and re.fullmatch(r"\d{4}", tx.value):  # "by the end of the year": its December
                    out.update(date_start=date(tx.latest.year, 12, 1), date_end=date(tx.latest.year, 12, 31),
                               precision="month")
            return out
        anchored = next((c for c in cl.cands if c.anchor_timex is not None), None)
        if anchored is not None:
            tx = anchored.anchor_timex
            out = dict(timex=tx.value, date_text=tx.text, date_start_offset=tx.start, date_end_offset=tx.end,
                       date_basis="constraint",
                       date_derivation=f"'{tx.text}' ties '{anchored.text}' to another event; date from that event")
        if dct is None:
            out.setdefault("date_basis", "none")
            out.setdefault("date_derivation", "no date expression in its clause and no publication date")
            return out
        tense = self._tense_class(lead, status)
        window = self.lex.tense_windows[tense]
        start = dct + timedelta(days=window.lo)
        end = dct + timedelta(days=window.hi) if window.hi is not None else None
        words = {"past": "past tense: within the year before", "perfect": "present perfect: within the 90 days before",
                 "present": "present tense: within the week before", "ongoing": "ongoing: within the 30 days before",
                 "planned": "planned or not (yet) held: within the year after"}[tense]
        tense_text = f"no date expression in its clause; '{lead.text}', {words} the publication date {dct.isoformat()}"
        lede = self._lede_day() or self._lede_first_day() or self._news_day()
        if lede is None and self.__dict__.get("_story_days"):
            story = self._story_day()  # (a report of the day it is published: its lead names no date; story_day.py)
            lede = story[0] if story is not None and story[0].rule == "events_story_day" else None
        news = self._news_day()
        if tense == "past" and news is not None and start <= news.earliest <= dct and lead.sent == self._lede_sent() \
                and lead.status == "occurred" and (lead.entry.pos != "verb" or self._simple_past(lead)) and not out:
            # "Western governments condemned the annexation ..." in a lead that names no day: the news the next sentences
            # date, from its first day to the paper
            start = news.earliest
            tense_text = (f"no date expression in its clause; '{lead.text}' is told in the lead sentence, which sums up the "
                          f"news the article dates from '{news.text}' ({news.earliest.isoformat()}): between that day and "
                          f"the publication date {dct.isoformat()}")
        answered = self._answered_told_before(cl, lead.cluster) if self._is_reaction(cl) else None
        if tense == "past" and lede is not None and start <= lede.earliest <= dct and self._is_reaction(cl) \
                and start == dct + timedelta(days=window.lo) and (lead.entry.pos != "verb" or self._simple_past(lead)) \
                and self._reaction_object(cl) is None and not (answered and self._cluster_dated(answered[0].cluster)):
            # ("condemned the agreements": from the first of them on; "replied" after a dated act: from that act on)
            start = lede.earliest
            tense_text = (f"no date expression in its clause; '{lead.text}' answers the news the article reports, "
                          f"so it lies between the day of the lead sentence ('{lede.text}', {lede.earliest.isoformat()}) "
                          f"and the publication date {dct.isoformat()}")
            if lede.earliest < dct and self._party_saying_at_lead(cl, lede):
                # "Biden met Xi yesterday. // ... Biden said he did not want a war": the speaker's saying, that day
                end = lede.earliest
                tense_text = (f"no date expression in its clause; '{lead.text}' is a saying of a party to the lead "
                              f"sentence, told in a paragraph that names no date: the lead's day ('{lede.text}', "
                              f"{lede.earliest.isoformat()})")
        bounds = [b for b in (self.__dict__.get("_tense_bounds", {}).get(id(c)) for c in cl.cands) if b is not None]
        if tense == "past" and bounds:  # "Since then, ...": from the period told before; "..., France said on
            lo = max((b[0] for b in bounds if b[0] is not None), default=None)  # Tuesday": no later than the report
            hi = min((b[1] for b in bounds if b[1] is not None), default=None)
            if lo is not None and lo > start and (end is None or lo <= end) and (hi is None or lo <= hi):
                start = lo
            if hi is not None and hi <= start:  # (a start taken from the report's own day, or past it: the window's)
                start = min(dct + timedelta(days=window.lo), hi)
            if hi is not None and (end is None or hi < end):
                end = hi
            tense_text += "; " + "; ".join(dict.fromkeys(b[2] for b in bounds))
        if out:
            out["date_derivation"] += f"; until then, {tense_text}"
            out.update(date_start=start, date_end=end, precision="unknown")
            return out
        return dict(date_start=start, date_end=end, precision="unknown", date_basis="tense",
                    date_derivation=tense_text)

    @staticmethod
    def _overnight(tx: Timex) -> date | None:
        """"The two armies exchanged fire overnight": a night told with an ``overnight`` word (dating.yaml) of one day's
        night (TIMEX3 value ...TNI) runs into the next day: that next day, else None ("on Tuesday night" stays Tuesday)."""
        words = load_occasions().overnight
        if not words or tx.earliest is None or tx.earliest != tx.latest or not tx.value.endswith("TNI") \
                or not any(w in words for w in _TOKEN.findall(tx.text.lower())):
            return None
        return tx.earliest + timedelta(days=1)

    def _coordinated_day(self, tx: Timex, spans: bool = True) -> Timex | None:
        """"on Monday and Tuesday", "on March 3 and March 4": the next day joined to ``tx`` by "and" alone (with "on"
        at most): the act told takes both days; "January 26-27", "from Monday to Wednesday": a later day joined by a
        ``day_range_joiners`` word (dating.yaml), the span of days. Not "on Monday and again on Friday" (other
        words), not a day before it."""
        if tx.precision != "day" or tx.earliest is None or tx.earliest != tx.latest:
            return None
        tok = self.tokens
        occ = load_occasions()
        glued = self.text[tx.end:tx.end + 1]
        if spans and glued and glued in occ.day_range_joiners:  # "26-27" is one token
            nxt = next(iter(self._timexes_between(tx.end + 1, tx.end + 2)), None)
            if nxt is not None and nxt.precision == "day" and nxt.earliest is not None and nxt.earliest == nxt.latest \
                    and 1 <= (nxt.earliest - tx.earliest).days <= occ.range_days:
                return nxt
            return None
        k = tok.at(tx.end)
        if k >= len(tok.low) or tok.sent[k] != tok.sent[tok.at(tx.start)]:
            return None
        # "January 26-27", "from Monday to Wednesday": a span of days (a word joins it only after "from")
        span = spans and tok.low[k] in occ.day_range_joiners and (
            not tok.low[k].isalpha() or (tok.at(tx.start) > 0 and tok.low[tok.at(tx.start) - 1] == "from"))
        if tok.low[k] != "and" and not span:
            return None
        j = k + 1 + (k + 1 < len(tok.low) and tok.low[k + 1] == "on")
        if j >= len(tok.low) or tok.sent[j] != tok.sent[k]:
            return None
        nxt = next(iter(self._timexes_between(tok.starts[j - 1] + 1 if j > 0 else -1,  # (those starting at token ``j``)
                                              tok.starts[j] + 1 if j < len(tok.starts) else len(self.text) + 1)), None)
        most = occ.range_days if span else 1
        if nxt is None or nxt.precision != "day" or nxt.earliest is None or nxt.earliest != nxt.latest \
                or not 1 <= (nxt.earliest - tx.earliest).days <= most or self.text[nxt.end:nxt.end + 2] in ("'s", "’s"):
            return None  # (not "on Friday and Monday": two occasions; not "Tuesday's talks": another event's day)
        return nxt

    def _coordinated_day_before(self, tx: Timex) -> Timex | None:
        """"on Tuesday and Wednesday" read from "Wednesday": the day just before ``tx`` that ``_coordinated_day`` joins
        to it by "and" alone (the act told takes both days), else None."""
        if tx.precision != "day" or tx.earliest is None or tx.earliest != tx.latest:
            return None
        prev = [t for t in self._timexes_between(max(0, tx.start - 40), tx.start) if t.end <= tx.start]
        if not prev:
            return None
        p = max(prev, key=lambda t: t.end)
        if not re.fullmatch(r"\s+and\s+", self.text[p.end:tx.start]):
            return None  # (not "shelled it on Monday and on Tuesday the rebels signed": another clause's day; the span
            # words, "from Monday to Wednesday", are read from the first day)
        got = self._coordinated_day(p, spans=False)
        return p if got is not None and got.start == tx.start else None

    def _running_until(self, best: _Cand, tx: Timex) -> Timex | None:
        """"A final session that began on Monday evening ran past midnight", "talks that opened on Monday and lasted
        until Wednesday": a later date of the same sentence after an "until" word (``until`` in dating.yaml), with no
        other event between, is where the event ends."""
        if tx.earliest is None or tx.latest is None or best.timex_cost >= self._SENTENCE_COST:
            return None
        tok = self.tokens
        occ = load_occasions()
        words = occ.until
        dct = self.doc.dct
        s1 = self.sentences[best.sent][1]
        for t in self._timexes_between(tx.end + 1, s1):  # (the later expressions of the sentence only)
            k = tok.at(t.start)
            if k - tok.at(tx.end) > self._TIMEX_REACH:
                break  # (a list read as one sentence: no further than a date can be read)
            # "and ends on Thursday", "closed on Friday": an end verb (``ends``) before "on"; in the present, still to come
            ends = k >= 2 and tok.low[k - 1] == "on" and tok.low[k - 2] in occ.ends
            to_come = ends and tok.low[k - 2].endswith("s") and tok.low[k - 3 if k >= 3 else k] in self.w.list_separators
            if ends and t.earliest is not None and t.earliest == t.latest and t.latest <= tx.latest and self.lex.narrative \
                    and tok.low[k] in self.lex.narrative.weekdays:  # ("ends on Thursday" read as the last Thursday)
                t = self._next_weekday_after(t, tx)
            if t.start <= tx.end or t.start >= s1 or k == 0 or (tok.low[k - 1] not in words and not ends) \
                    or t.type not in ("DATE", "TIME") or t.latest is None or t.earliest is None or t.latest <= tx.latest \
                    or (dct is not None and t.latest > dct and not to_come) or (t.latest - tx.earliest).days > 31:
                continue
            if any(j in self.trigger_toks and j != best.t0 for j in range(tok.at(tx.end), k)) \
                    and not (ends and tok.low[k - 3] == "and"):
                return None  # another event between: the date is its own (not "... and ends on Thursday": the event's)
            return t
        return self._running_into_next_day(best, tx)

    def _ending_told_next(self, cl: _Cluster, best: _Cand, tx: Timex) -> Timex | None:
        """"Xi began a visit to Japan on Monday. The visit ends on Friday": the next sentence of the paragraph, opened by
        a definite word and the event's own noun (a noun mention of its event, up to three words in: "The three-day
        visit"), with an end verb (``ends`` in dating.yaml) and "on" right before a later day, within a month, says
        where the event ends. A day name read as one before the start is the next such day."""
        if tx.earliest is None or tx.latest is None or best.sent + 1 >= len(self.sentences):
            return None
        tok = self.tokens
        s0, s1 = self.sentences[best.sent + 1]
        if "\n" in self.text[self.sentences[best.sent][1]:s0]:
            return None
        k0 = tok.at(s0)
        heads = {tok.low[x.t1 - 1] for x in cl.cands if x.entry.pos == "noun"}
        if k0 + 4 >= len(tok.low) or tok.low[k0] not in self.w.definite:
            return None
        h = next((k for k in range(k0 + 1, k0 + 4) if tok.low[k] in heads), None)
        ends = load_occasions().ends
        if h is None or tok.low[h + 1] not in ends or tok.low[h + 2] != "on":
            return None
        t = next((t for t in self._timexes_between(tok.starts[h + 3], s1) if tok.at(t.start) == h + 3), None)
        if t is None or t.type not in ("DATE", "TIME") or t.earliest is None or t.earliest != t.latest:
            return None
        if t.latest <= tx.latest and self.lex.narrative and tok.low[h + 3] in self.lex.narrative.weekdays:
            t = self._next_weekday_after(t, tx)
        if t.latest <= tx.latest or (t.latest - tx.earliest).days > 31:
            return None
        return t

    @staticmethod
    def _next_weekday_after(t: Timex, tx: Timex) -> Timex:
        """An end day named by its weekday but read as one before the start ``tx``: the next such day after it."""
        day = t.earliest
        while day <= tx.latest:
            day += timedelta(days=7)
        return replace(t, earliest=day, latest=day, value=day.isoformat(),
                       derivation=f"{t.derivation}; but it ends after it began ({tx.earliest.isoformat()}): the "
                                  f"next {t.text.strip()}, {day.isoformat()}")

    def _running_into_next_day(self, best: _Cand, tx: Timex) -> Timex | None:
        """"began on Monday evening and ran past midnight", "went on into the early hours": a phrase of the event's
        sentence after its date (``next_day`` in dating.yaml), with no other event between, ends it the next day.
        Not after an hour offset ("two hours after midnight on Tuesday"): its date already counts the hours."""
        if tx.anchor is not None and tx.anchor.unit in ("hour", "minute"):
            return None  # (an hour offset never widens a day)
        tok = self.tokens
        s1 = self.sentences[best.sent][1]
        k0, k1 = tok.at(tx.end), tok.at(s1)
        occ = load_occasions()
        global _NEXT_DAY_FIRSTS
        if _NEXT_DAY_FIRSTS[0] is not occ:  # (the first words of the phrases, once per rule set)
            _NEXT_DAY_FIRSTS = (occ, {phrase.split()[0] for phrase in occ.next_day})
        firsts = _NEXT_DAY_FIRSTS[1]
        if not tok.where(firsts, k0, k1):
            return None  # (no phrase can start in the rest of the sentence)
        for phrase in occ.next_day:
            words = phrase.split()
            for k in tok.where((words[0],), k0, max(k0, k1 - len(words) + 1)):  # (where the phrase's first word is)
                if tok.low[k:k + len(words)] != words:
                    continue
                if any(j in self.trigger_toks and j != best.t0 for j in range(k0, k)):
                    return None  # another event between: the phrase is its own
                day = tx.latest + timedelta(days=1)
                p0, p1 = tok.starts[k], tok.ends[k + len(words) - 1]
                return replace(tx, start=p0, end=p1, text=self.text[p0:p1], earliest=day, latest=day,
                               value=day.isoformat(), precision="day",
                               derivation=f"'{self.text[p0:p1]}' carries it into the next day, {day.isoformat()}")
        return None

    def _stay_until(self, cl: _Cluster, best: _Cand, tx: Timex) -> _Cand | None:
        """"Blinken landed in Beijing on Sunday morning ... On Monday morning Blinken met Wang Yi": an arrival (``arrivals``
        in dating.yaml) of a person on a day, dated by its own expression, is a visit that lasts until the last of the
        next few days (``stay_days``, not after the paper) on which the text dates a meeting or an agreement of that person
        (or of the state they act for, placed in that country) that is not placed in another country ("flew to Asmara on
        Sunday ... The next morning they signed a declaration": Sunday and Monday): that event, else None."""
        occ = load_occasions()
        lead = cl.lead
        dct = self.doc.dct
        if not occ.arrivals or lead.entry.type != "CONSULT" or lead.status != "occurred" or tx.earliest is None \
                or tx.earliest != tx.latest or best.timex_cost >= self._SENTENCE_COST:
            return None
        if not any(p in occ.arrivals for x in cl.cands for p in _expanded(x.entry.lemma)):
            return None
        travellers = [m.actor for x in cl.cands for m in ([x.source] if x.source else []) if m.actor.kind == "person"]
        if not travellers:
            return None
        person = travellers[0]
        country = next((x.location_country for x in cl.cands if x.location_country), None)
        last = tx.earliest + timedelta(days=occ.stay_days)
        if dct is not None:
            last = min(last, dct)
        later = [d for d in self._clusters_cands() if d.cluster != lead.cluster and d.entry.type in ("CONSULT", "AGREE")
                 and d.status in _FACTUAL and not d.quoted and d.timex is not None and d.timex_cost < self._SENTENCE_COST
                 and d.timex.earliest is not None and d.timex.earliest == d.timex.latest
                 and tx.earliest < d.timex.earliest <= last
                 and (person.id in {m.actor.id for m in d.actors} or (  # (the person's state, met in that country)
                     country is not None and d.location_country == country and person.country is not None
                     and person.country in {m.actor.country for m in d.actors if m.actor.country}))
                 and (d.location_country is None or country is None or d.location_country == country)]
        return max(later, key=lambda d: (d.timex.earliest, d.start)) if later else None

    def _stated_length(self, cl: _Cluster, best: _Cand, tx: Timex) -> tuple[int, Timex] | None:
        """"arrive in Copenhagen on September 2 for a two-day visit": a length in days written right before a noun of
        the event, in the sentence whose expression gives the event its first day (not "a seven-day truce" told in
        another sentence than its start)."""
        if tx.earliest is None or tx.earliest != tx.latest:
            return None
        tok = self.tokens
        lengths = self._day_lengths()
        if not lengths:
            return None
        for c in cl.cands:
            if c.sent != best.sent or c.t0 == 0:
                continue  # (any word class: after "a three-day" even "visit" is a noun)
            for days, t, end in lengths:
                if end == c.t0 or (end == c.t0 - 1 and tok.low[c.t0 - 1][:1].isalpha()
                                   and c.t0 - 1 not in self.trigger_toks and c.t0 - 1 not in self.mention_by_tok):
                    return days, t  # (also "a three-day state visit")
        return None

    def _day_lengths(self) -> list[tuple[int, Timex, int]]:
        """The document's lengths of 2 to 31 days with no anchor ("a two-day visit"): (days, timex, token after it)."""
        cached = getattr(self, "_day_lengths_cache", None)
        if cached is not None and cached[0] is self.timexes:
            return cached[1]
        got = []
        for t in self.timexes:
            m = re.fullmatch(r"P(\d+)D", t.value)
            if m and t.anchor is None and t.type == "DURATION" and 2 <= int(m.group(1)) <= 31:
                got.append((int(m.group(1)), t, self.tokens.at(t.end)))
        self._day_lengths_cache = (self.timexes, got)  # (the timexes are replaced once joined; then read again)
        return got

    def _length_closes(self, length: Timex) -> bool:
        """"at the end of a three-day visit", "wrapping up a two-day trip": the length ends on the day the sentence gives
        (``length_closing`` in cues.yaml ``grammar``: the words before "a"/"his"/"her"/"their" and the length)."""
        tok = self.tokens
        k = tok.at(length.start) - 1
        if k < 1 or tok.low[k] not in self.w.possessive_or_indefinite:
            return False
        before = " ".join(tok.low[max(0, k - 4):k])
        return any(before.endswith(p) for p in self.w.length_closing)

    def _lede_day(self) -> Timex | None:
        """The one past day the article's first sentence reports (after a title line), if it names one; a wire
        dateline's date ("OHRID, March 19, 2023 —") is the day of the report, not of the news."""
        if not hasattr(self, "_lede"):
            self._lede, self._lede_si = None, None
            first = 1 if len(self.sentences) > 1 and self._is_headline(0) else 0
            for si in range(first, len(self.sentences)):
                if si > first and "\n" in self.text[self.sentences[si - 1][1]:self.sentences[si][0]]:
                    break  # (within the first paragraph: "Tensions eased this week. On Wednesday, the two met ...")
                s0, s1 = self.sentences[si]
                own = [t for t in self.timexes if s0 <= t.start < s1]
                news = [t for t in own if not self._dateline_date(t)] or own  # (a dateline alone: the news is of its day)
                news = [t for t in news if not self._background_date(t)]  # ("a war that voters had refused to end
                # less than a week earlier": a time of background, not the news's day)
                day = self._sentence_day(news) if news else None
                if day is None and news:
                    day = self._day_before_older_times(news)
                if day is not None:
                    self._lede, self._lede_si = day, si
                    break
            if self._lede_si is None:
                self._lede_si = first
        return self._lede

    def _day_before_older_times(self, news: list[Timex]) -> Timex | None:
        """"Friday's announcement ... closed a negotiation that began a quarter of a century ago": a lead sentence with
        one recent day and, besides it, only longer times that ended long before that day (a year, a month of the
        past: what the news is measured against) reports its act on that day."""
        days = [t for t in news if t.type in ("DATE", "TIME") and t.earliest is not None and t.earliest == t.latest]
        if not days:
            return None
        day = self._sentence_day(days)
        if day is None:
            return None
        far = load_story_day().move_days
        others = [t for t in news if t not in days]
        if not others or any(t.type not in ("DATE", "TIME") or t.latest is None or t.anchored_to == "event"
                             or (day.earliest - t.latest).days <= far for t in others):
            return None
        return day

    def _news_day(self) -> Timex | None:
        """"Western governments condemned Russia's annexation of Crimea ... // Putin signed a treaty on Tuesday ...": a lead
        sentence that names no day sums up news the next sentences date; the first day they name (in the two paragraphs
        after the lead, not a date of background) is where that news begins."""
        if not hasattr(self, "_news"):
            self._news = None
            ls = self._lede_sent()
            if self._lede_day() is None and self._lede_first_day() is None and ls is not None:
                dct = self.doc.dct
                paragraphs = 0
                for si in range(ls + 1, min(len(self.sentences), ls + 6)):
                    s0, s1 = self.sentences[si]
                    if "\n" in self.text[self.sentences[si - 1][1]:s0]:
                        paragraphs += 1
                        if paragraphs > 2:
                            break
                    own = [t for t in self.timexes if s0 <= t.start < s1 and t.type in ("DATE", "TIME")
                           and t.anchored_to != "event" and t.earliest is not None and t.earliest == t.latest
                           and (dct is None or t.earliest <= dct) and not self._in_quote(t.start)
                           and not self._background_date(t) and not self._dateline_date(t)]
                    if own:
                        self._news = min(own, key=lambda t: (t.earliest, t.start))
                        break
        return self._news

    def _lede_first_day(self) -> Timex | None:
        """"NATO invited Finland and Sweden on Wednesday, a day after Turkey dropped its objections in a memorandum signed
        late on Tuesday": a lead sentence that names several past days reports news that began on the first of them;
        that day's expression (not a dateline's, not one of background), when the lead names no single day."""
        if not hasattr(self, "_lede_first"):
            self._lede_first = None
            si = 1 if len(self.sentences) > 1 and self._is_headline(0) else 0
            if si < len(self.sentences):
                s0, s1 = self.sentences[si]
                dct = self.doc.dct
                days = [t for t in self.timexes if s0 <= t.start < s1 and t.type in ("DATE", "TIME")
                        and t.anchored_to != "event" and t.earliest is not None and t.earliest == t.latest
                        and (dct is None or t.earliest <= dct) and not self._dateline_date(t)
                        and not self._in_quote(t.start) and not self._background_date(t)]
                if len({t.earliest for t in days}) > 1:
                    self._lede_first = min(days, key=lambda t: (t.earliest, t.start))
        return self._lede_first

    def _lede_sent(self) -> int:
        """The article's first sentence of news: the first (the second after a title line) or, when it names no day, the
        first sentence of the first paragraph that does."""
        self._lede_day()
        return self._lede_si

    def _dateline_date(self, t: Timex) -> bool:
        """"OHRID, North Macedonia, March 19, 2023 —", "ANKARA, March 5 (Reuters) -": a date before the dash that closes a
        wire dateline at the head of the text, before any event."""
        tok = self.tokens
        k = tok.at(t.end)
        if k < len(tok.low) and tok.low[k] == "(":  # "(Reuters)"
            k = next((j + 1 for j in range(k, min(k + 6, len(tok.low))) if tok.low[j] == ")"), k)
        if k >= len(tok.low) or tok.low[k] not in ("—", "–", "-", "--"):
            return False
        s0 = self.sentences[tok.sent[k]][0] if k < len(tok.sent) else 0
        head = tok.at(s0)
        return k - head <= 14 and not any(j in self.trigger_toks for j in range(head, k))

    def _background_date(self, t: Timex) -> bool:
        """A date of background within a sentence of the lead's paragraphs: in a "since", "who", "which" clause
        ("their first meeting since Scholz visited Paris in January", "Kosovo, which declared independence in 2008") or
        after a pluperfect ("had met in April"): it tells of an earlier time, and ends no episode."""
        tok = self.tokens
        k = tok.at(t.start)
        if k >= len(tok.low):
            return False
        j = tok.clause_start(k)  # (the first token of its clause)
        return (tok.low[j] in self.w.relative_clause_openers and j > 0 and tok.sent[j - 1] == tok.sent[k]) \
            or any(not self._relative_subject_clause(m) for m in tok.where(self.w.pluperfect_aux, j, k))

    def _is_reaction(self, cl: _Cluster) -> bool:
        """An event that answers another ("condemned", "welcomed", "responded"), told in the simple past."""
        nar = self.lex.narrative
        if nar is None:
            return False
        return any((self._reacts(c.entry) or c.strong_override or (self._told_saying(c) and self._simple_past(c)))
                   and c.entry.type in nar.reaction_types
                   and c.entry.pos == "verb" and c.tense == "past" and not c.quoted for c in cl.cands if c.strong) \
            and cl.lead.entry.type in nar.reaction_types

    def _told_saying(self, c: _Cand) -> bool:
        """A statement, or a saying typed by the support its words voice ("said it supports the proposal",
        said_types.py), or a description typed by its blame ("called the move unconscionable"): an answer to the news
        like any statement."""
        return c.entry.type == "STATEMENT" or id(c) in self._said_supports or c.entry.predicative

    def _simple_past(self, c: _Cand) -> bool:
        """"said", not "had said" nor "has said": a verb in the simple past, told as news; in reported speech the past
        is shifted back ("Biden said he had told Putin ..." = he told him) and still counts."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.tense != "past":
            return False
        aux = [j for j in range(max(0, c.t0 - 3), c.t0) if tok.sent[j] == c.sent and tok.low[j] in self.w.perfect_aux_all]
        if not aux:
            return True
        j = aux[0]
        return tok.low[j] in self.w.pluperfect_aux and any(tok.low[m] in self.lex.reporting
                                                   for m in range(max(0, j - 5), j) if tok.sent[m] == c.sent)

    def _reaction_object(self, cl: _Cluster) -> tuple[_Cand, str] | None:
        """"Iran condemned the agreements", "has denounced both deals": the earliest dated event that the reaction's
        object names, told before it (a reaction cannot come before what it answers), with the object's words."""
        cache = self.__dict__.setdefault("_reaction_objects", {})
        if id(cl) in cache:
            return cache[id(cl)]
        cache[id(cl)] = None
        if not self._is_reaction(cl):
            return None
        tok = self.tokens
        c = next((x for x in cl.cands if x.entry.pos == "verb" and not x.quoted), None)
        if c is None:
            return None
        if c.t1 < len(tok.low) and tok.low[c.t1] in self.lex.generic_object_determiners:
            return None  # ("condemned any violation of the convention": a kind of act, no event told before)
        k = c.t1
        while k < len(tok.low) and k < c.t1 + 3 and (tok.low[k] in self.lex.determiners or tok.low[k] in self.w.whole_group_words):
            k += 1
        if k == c.t1 or k >= len(tok.low) or tok.sent[k] != c.sent or not tok.low[k][:1].isalpha() or k in self.mention_by_tok:
            found = self._reaction_ground(c) or self._said_of(c)  # ("congratulated Santos on the prize")
            cache[id(cl)] = found
            return found  # only a determined noun ("the agreements", "both deals"), not a name
        head = tok.low[k]
        names = {head, head + "s", head[:-1] if head.endswith("s") else head}
        if not any(w in self.lex.forms for w in names):
            k, names = self._compound_event_head(k, c.sent) or (k, None)  # ("criticised the arms sales")
            if names is None:
                cache[id(cl)] = self._said_of(c)  # ("told reporters that the talks had been frank")
                return cache[id(cl)]  # a noun that names no kind of event
        s0 = self.sentences[c.sent][0]
        sents = {tok.sent[j] for j in tok.where(names, 0, tok.at(s0))}
        told = [d for d in self._clusters_cands() if d.sent in sents and d.start < s0 and d.status in _FACTUAL
                and d.timex is not None and d.timex.earliest is not None and d.timex_cost <= self._PREVIOUS_COST + 10
                and d.cluster is not None and self._clusters[d.cluster] is not cl]
        spots = tok.where(names, 0, tok.at(s0))
        if len(spots) > 1:  # "The agreement was announced ... They also revived a trade agreement from 1998. // Lapid
            # slammed the agreement": a noun told again with "a" after its first telling names another thing of the kind,
            # not what "the agreement" points back to
            spots = [spots[0]] + [j for j in spots[1:] if not self._indefinite_noun(j)]
            sents = {tok.sent[j] for j in spots}
        told_in: dict[int, list[_Cand]] = {}  # (the events told and the noun's places, per sentence)
        spots_in: dict[int, list[int]] = {}
        for d in told:
            told_in.setdefault(d.sent, []).append(d)
        for j in spots:
            spots_in.setdefault(tok.sent[j], []).append(j)
        near = []  # in each sentence naming the noun, the event told nearest to it ("it was the first meeting ... since
        for si in sents:  # the civil war ended in 1949, when the Nationalists retreated": the meeting, not the retreat)
            here = told_in.get(si, [])
            if here:
                near.append(min(here, key=lambda d: min(abs(d.t0 - j) for j in spots_in[si])))
        told = near
        if told:
            cache[id(cl)] = (min(told, key=lambda d: (d.timex.earliest, d.start)), self.text[tok.starts[c.t1]:tok.ends[k]])
        return cache[id(cl)]

    def _indefinite_noun(self, j: int) -> bool:
        """Is the noun at token ``j`` told with an indefinite article ("a trade and investment agreement", "an accord"):
        the article within the four words before it, in its sentence, with only words between (no other determiner,
        no mark)?"""
        tok = self.tokens
        for m in range(j - 1, max(-1, j - 5), -1):
            if tok.sent[m] != tok.sent[j] or not tok.low[m][:1].isalpha():
                return False
            if tok.low[m] in self.w.indefinite_articles:
                return True
            if tok.low[m] in self.lex.determiners or m in self.mention_by_tok:
                return False
        return False

    def _compound_event_head(self, k: int, si: int) -> tuple[int, set[str]] | None:
        """"the arms sales", "the border clashes": a noun that names no event, modifying the noun right after it (the
        head of the compound), when that head names an event or the two words were told before: the head's token and
        its forms."""
        tok = self.tokens
        j = k + 1
        if j >= len(tok.low) or tok.sent[j] != si or not tok.low[j][:1].isalpha() or j in self.mention_by_tok:
            return None
        head = tok.low[j]
        names = {head, head + "s", head[:-1] if head.endswith("s") else head}
        if any(w in self.lex.forms for w in names):
            return j, names
        s0 = tok.at(self.sentences[si][0])  # (or the same two words told before: "including arms sales worth ...")
        told = any(tok.low[m] == tok.low[k] and tok.low[m + 1] == head for m in range(s0 - 1))
        return (j, {head}) if told else None

    def _reaction_ground(self, c: _Cand) -> tuple[_Cand, str] | None:
        """"Uribe congratulated Santos on the prize", "criticized Israel over the strikes": a reaction aimed at someone,
        with the ground it gives after "on"/"over"/"for" and a determined noun: the earliest dated event told before
        whose own object is that noun ("accepted the prize on Friday"), with the words of the ground."""
        tok = self.tokens
        n = len(tok.low)
        j = next((j for j in range(c.t1, min(n - 1, c.t1 + 8)) if tok.sent[j] == c.sent
                  and tok.low[j] in self.w.ground_preps and tok.low[j + 1] in self.lex.determiners), None)
        if j is None or any(tok.low[m] in self.w.phrase_breaks_and for m in range(c.t1, j)):
            return None
        k = j + 1
        while k < n and k < j + 4 and tok.low[k] in self.lex.determiners:
            k += 1
        if k >= n or tok.sent[k] != c.sent or not tok.low[k][:1].isalpha() or k in self.mention_by_tok:
            return None
        head = tok.low[k]
        names = {head, head + "s", head[:-1] if head.endswith("s") else head}
        s0 = self.sentences[c.sent][0]
        told = [d for d in self._clusters_cands() if d.start < s0 and d.status in _FACTUAL and d.timex is not None
                and d.timex.earliest is not None and d.timex_cost <= self._PREVIOUS_COST + 10 and d.cluster is not None
                and d.cluster != c.cluster and any(tok.low[m] in names for m in range(d.t1, min(n, d.t1 + 4))
                                                   if tok.sent[m] == d.sent)]
        if not told:
            return None
        return min(told, key=lambda d: (d.timex.earliest, d.start)), self.text[tok.starts[j]:tok.ends[k]]

    def _clusters_cands(self) -> list[_Cand]:
        got = self.__dict__.get("_clusters_flat")  # (made once per document: clusters do not change once made, and
        if got is None or got[0] is not self._clusters:  # every caller only reads the list)
            got = self._clusters_flat = (self._clusters, [x for cl in self._clusters for x in cl.cands])
        return got[1]

    def _clusters_cands_of_sentences(self, first: int, last: int) -> list[_Cand]:
        """``[d for d in self._clusters_cands() if first <= d.sent <= last]`` (in that order), from an index by
        sentence made once per document."""
        flat = self._clusters_cands()
        got = self.__dict__.get("_clusters_by_sent")
        if got is None or got[0] is not flat:
            index: dict[int, list[tuple[int, _Cand]]] = {}
            for k, d in enumerate(flat):
                index.setdefault(d.sent, []).append((k, d))
            got = self._clusters_by_sent = (flat, index)
        index = got[1]
        hits = [e for si in range(first, last + 1) for e in index.get(si, ())]
        hits.sort(key=lambda e: e[0])
        return [d for _k, d in hits]

    def _answered_told_before(self, cl: _Cluster, k: int) -> tuple[_Cand, str] | None:
        """What a reaction with no object of its own answers: an act told earlier in its own sentence (", and Beijing
        protested"), else the last dated act of the sentence before in its paragraph (else its last act)."""
        tok = self.tokens
        c = min(cl.cands, key=lambda x: x.start)
        s0 = self.sentences[c.sent][0]
        first = c.sent == 0 or "\n" in self.text[self.sentences[c.sent - 1][1]:s0]
        nar = self.lex.narrative
        if nar is None or not any((self._reacts(x.entry) or (self._told_saying(x) and self._simple_past(x)))
                                  and x.entry.pos == "verb" for x in cl.cands):
            return None  # (a statement promoted for its speaker answers nothing in particular)
        joins = self.__dict__.get("_join_toks")  # (where ", and" or ";" joins two clauses, once per document)
        if joins is None or joins[0] is not tok:
            joins = self._join_toks = (tok, [j for j in range(len(tok.low) - 1)
                                             if (tok.low[j] == "," and tok.low[j + 1] == "and") or tok.low[j] == ";"])
        n = bisect.bisect_left(joins[1], c.t0 - 1)
        last_join = joins[1][n - 1] if n else -1  # (the last one before ``c``: one lies after ``d`` when it does)
        told = [d for d in self._clusters_cands_of_sentences(c.sent - 1, c.sent) if (d.sent == c.sent - 1 and not first) or (
                    d.sent == c.sent and d.t1 <= c.t0 and d.t1 <= last_join and c.t0 - d.t1 <= self._TIMEX_REACH)]
        # (not an act further back than a date could be read: a list read as one sentence of thousands of words)
        prev = [d for d in told if d.status in _FACTUAL and not d.quoted
                and d.cluster is not None and d.cluster != k and (d.actors or d.group)
                and (d.entry.pos == "verb" or d.subject_tok is not None
                     or (d.sent == c.sent and (d.participle or d.predicated)))
                # ("a missile fired by Houthi rebels; the kingdom blamed Iran": the act its own participle tells)
                and not any(tok.low[j] in self._sequence_words
                            or (tok.low[j] in self.w.pluperfect_aux and (d.sent != c.sent or ";" not in tok.low[d.t1:c.t0]))
                            for j in range(max(0, d.t0 - 3), d.t0))]
        # ("On Friday, air defences had intercepted a missile; the kingdom blamed Iran": what it answers, though told in
        # the pluperfect before it, the semicolon joining the answer to it; not a pluperfect of the sentence before)
        if not prev:
            return None  # (the first sentence of a paragraph answers nothing told before it in the paragraph)
        mine = [d for d in prev if d.sent == c.sent]
        dated = [d for d in prev if self._cluster_dated(d.cluster)]
        if not mine and dated:  # ("announced it late on Tuesday, and Beijing confirmed it the next morning. Tsai
            # criticised the secrecy": from the first day of the news it answers, the earliest it can have come; not a
            # time of background a week or more before, "Moon, who first met Kim in April, praised ...")
            last = self._cluster_first_day(max(dated, key=lambda d: d.start).cluster)
            news = [d for d in dated if 0 <= (last - self._cluster_first_day(d.cluster)).days < 7]
            return min(news, key=lambda d: (self._cluster_first_day(d.cluster), d.start)), "told just before"
        return max(mine or dated or prev, key=lambda d: d.start), "told just before"

    def _cluster_first_day(self, k: int):
        """The earliest day a dated cluster's mentions give."""
        return min(r[0] for r in (self._range(x) for x in self._clusters[k].cands) if r)

    def _reaction_constraints(self, ids, seen) -> list[Constraint]:
        """A reaction with no date of its own comes on or after what it answers: the event its object names
        ("condemned the agreements"), else the event told just before it in its paragraph ("On the first day of the
        offensive, ... the EU condemned the escalation. Pashinyan ... accused Russia ...")."""
        out = []
        for k, cl in enumerate(self._clusters):
            if any(self._range(x) or x.anchor_timex is not None for x in cl.cands) or not self._is_reaction(cl):
                continue
            answered = self._answered_told_before(cl, k)
            c0 = min(cl.cands, key=lambda x: x.start)
            if answered is not None and answered[0].sent == c0.sent:
                found = answered  # ("Lavrov told reporters on Thursday ..., and Peskov said the talks had been good")
            else:
                found = self._reaction_object(cl) or answered
            if found is None:
                continue
            other, words = found
            s_id, t_id = ids[other.cluster], ids[k]
            if (s_id, t_id) in seen or (t_id, s_id) in seen:
                continue
            seen.add((s_id, t_id))
            c = cl.evidence
            s0, s1 = self.sentences[c.sent]
            out.append(Constraint(s_id, t_id, 0, None, "before", f"'{c.text} {words}' (a reaction comes after what it "
                                  f"answers): {self.text[s0:s1]}", self.doc.id))
        return out
