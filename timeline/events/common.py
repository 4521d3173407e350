"""Shared pieces of the event extractor's stages: tokens (``_Tokens``), trigger mentions (``_Cand``), clusters of
mentions (``_Cluster``), phrase expansion and matching (``_expanded``, ``_joined``), and small date helpers
(``_period_precision``, ``_whole_period``, ``_join_weekday_of_week``). No stage logic lives here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, KeysView
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial

from timeline.events.lexicon import Lexicon, TOKEN_RE, TriggerEntry
from timeline.model import ActorMention, Timex

_TOKEN = TOKEN_RE
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"
_FACTUAL = frozenset({"occurred", "ongoing"})
# (argument grammar lists: cues.yaml ``grammar``: self.w.broker_participles, subordinate_stops, seat_nouns, material_types)
_TITLE_GAP = re.compile(r"(?:[ \t]+(?:[A-Z][\w.'’-]*|of|the|for|and))*[ \t]*")
_STATUS_SUFFIX = {"planned": "planned", "cancelled": "cancelled", "denied": "denied",
                  "hypothetical": "hypothetical", "ongoing": "ongoing"}


@dataclass(slots=True)
class _Tokens:
    starts: list[int]
    ends: list[int]
    low: list[str]
    sent: list[int]  # sentence index of each token
    clause: list[int]  # clause id of each token (unique across the document)
    _found: dict = field(default_factory=dict, repr=False, compare=False)  # (``where``: word -> token indices)
    #: ``at(offset)``: index of the token that starts at or after ``offset`` (``bisect_left`` bound to ``starts``: the
    #: stages ask it hundreds of times per sentence, and a bound built-in spares a Python call each time; speed only)
    at: Callable[[int], int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.at = partial(bisect.bisect_left, self.starts)

    def clause_start(self, k: int) -> int:
        """Index of the first token of token ``k``'s clause (clause ids never decrease along the text, and a new
        sentence opens a new clause: the same as walking back while the token before is of the same sentence and
        clause, without the walk that makes a sentence of thousands of words quadratic)."""
        return bisect.bisect_left(self.clause, self.clause[k])

    def where(self, words, lo: int = 0, hi: int | None = None) -> list[int]:
        """The indices of the tokens from ``lo`` to before ``hi`` that are one of ``words`` (a set), in order (from
        an index of every word's places, made once: tokens never change after they are marked)."""
        index = self._found
        if not index and self.low:
            for k, w in enumerate(self.low):
                index.setdefault(w, []).append(k)
        hi = len(self.low) if hi is None else hi
        out: list[int] = []
        if isinstance(words, (set, frozenset, KeysView)) and len(words) > len(index):
            words = index.keys() & words  # (a large word set: only the words the text has; the same places, sorted below)
        for w in words:
            found = index.get(w)
            if found:
                out.extend(found[bisect.bisect_left(found, lo):bisect.bisect_left(found, hi)])
        if len(out) > 1:
            out.sort()
        return out

    def covering(self, offset: int) -> int:
        """Index of the token containing ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


#: a mark between two word characters: it joins the words either side into one ``_TOKEN`` ("U.S", "al-Assad",
#: "Kyiv’s") (the mark first, then the look behind: the regex engine skips to the marks instead of trying every position)
_JOINT = re.compile(r"[-'’.](?<=\w.)(?=\w)")


def joined_spans(text: str, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """The spans of the ``_TOKEN`` tokens of ``text`` (a word, then any joining marks each followed by a word; or
    one mark) from those of its finer tokens, words and single marks (``starts``, ``ends``: the actor resolver's,
    ``timeline.actors.tokens.TokenTable``): the joining marks are found by one regex, and the spans between them
    are copied as they are (no walk over every token)."""
    out_starts: list[int] = []
    out_ends: list[int] = []
    from_start = from_end = 0
    for joint in _JOINT.finditer(text):
        k = bisect.bisect_left(starts, joint.start())  # (the mark is a fine token of its own)
        out_starts.extend(starts[from_start:k])
        from_start = k + 2  # the mark and the word after it start no token
        out_ends.extend(ends[from_end:k - 1])
        from_end = k + 1  # the word before it and the mark end none
    out_starts.extend(starts[from_start:])
    out_ends.extend(ends[from_end:])
    return out_starts, out_ends


@dataclass(slots=True)
class _Cand:
    """One trigger mention while it is being analysed (internal, mutable)."""

    entry: TriggerEntry
    tense: str
    start: int
    end: int
    text: str
    t0: int
    t1: int  # token range [t0, t1)
    sent: int
    quoted: bool = False
    strong_override: bool = False
    subject_tok: int | None = None  # where to look for the subject (a light verb before a noun)
    determiner: str | None = None
    status: str = "occurred"
    status_cue: str = ""
    medium: str | None = None
    source: ActorMention | None = None
    target: ActorMention | None = None
    others: list[ActorMention] = field(default_factory=list)
    location: str | None = None
    location_country: str | None = None
    timex: Timex | None = None
    timex_cost: float = 1e9
    anchor_timex: Timex | None = None
    cancels_cand: "_Cand | None" = None
    same_as: "_Cand | None" = None  # "the talks, which Oman planned to host": a mention of that noun's event
    group: str | None = None  # a plural subject that names no one known: "the two foreign ministers"
    anchors: bool = False  # the subject noun of the clause an offset counts from ("a day before the summit opened")
    predicated: bool = False  # a noun with its own verb and date: "The truce began on Friday"
    participle: bool = False  # a noun told by the participle after it: "an interim deal struck in Geneva in 2013"
    told_by: tuple[int, int] | None = None  # the span of that participle or passive verb ("The deal was struck")
    cluster: int | None = None
    alive: bool = True

    @property
    def actors(self) -> list[ActorMention]:
        source, target = self.source, self.target  # (a new list each time: callers may change it)
        if source is None:
            return [target, *self.others] if target is not None else self.others[:]
        return [source, target, *self.others] if target is not None else [source, *self.others]

    @property
    def strong(self) -> bool:
        if self.quoted or not (self.source is not None or self.target is not None or self.others
                               or self.group or self.anchors or self.predicated):
            return False
        return not self.entry.weak or self.timex is not None or self.anchor_timex is not None or self.strong_override


class _Cluster:
    """Mentions of one event; ``lead`` (the first strong mention) defines it."""

    __slots__ = ("cands", "lead", "type")

    def __init__(self, cands: list[_Cand]) -> None:
        self.cands = cands
        self.lead = cands[0]
        self.type = cands[0].entry.type

    def add(self, c: _Cand) -> None:
        self.cands.append(c)
        strong = [x for x in self.cands if x.strong]
        own = [x for x in strong if x.same_as is None]  # (a mention told as part of another leads nothing)
        self.lead = min(own or strong or self.cands, key=lambda x: x.start)

    @property
    def evidence(self) -> _Cand:
        """The mention shown as the event's trigger and sentence: the first strong one that its own
        clause dates (the evidence for the date), else the lead."""
        strong = [x for x in self.cands if x.strong] or self.cands
        return min(strong, key=lambda x: (x.timex is None or x.timex_cost >= 50.0, x.start))

    @property
    def first(self) -> _Cand:
        return min(self.cands, key=lambda c: c.start)


_JOINED: dict[tuple[str, ...], str] = {}
_EXPANDED: dict[str, tuple[str, ...]] = {}


def _expanded(pattern: str) -> tuple[str, ...]:
    """``expand_phrase(pattern)``, remembered (entry lemmas are expanded again for every mention)."""
    out = _EXPANDED.get(pattern)
    if out is None:
        from timeline.events.lexicon import expand_phrase

        out = _EXPANDED[pattern] = tuple(expand_phrase(pattern))
    return out


def _joined(words: tuple[str, ...]) -> str:
    """``" ".join(words)``, remembered (trigger forms are looked up by their text at every token)."""
    s = _JOINED.get(words)
    if s is None:
        s = _JOINED[words] = " ".join(words)
    return s


def _join_split_mentions(text: str, spans, mentions) -> tuple[tuple[int, int], ...]:
    """Join two sentences when an actor mention runs across their boundary ("U.S. President ...":
    a full stop after an abbreviation is not the end of a sentence there)."""
    if not spans:
        return spans
    out = [list(spans[0])]
    ms = sorted(mentions, key=lambda m: m.start)
    k = 0
    for s, e in spans[1:]:
        prev_end = out[-1][1]
        while k < len(ms) and ms[k].end <= prev_end:
            k += 1
        crossing = any(m.start < prev_end and m.end > s for m in ms[k:k + 3])
        if crossing and "\n" not in text[prev_end:s]:
            out[-1][1] = e
        else:
            out.append([s, e])
    return tuple((a, b) for a, b in out)


_UNIT_DAYS = {"day": 1, "week": 7}


def _period_precision(t: Timex) -> str:
    """The precision an event dated by ``t`` reports: the expression's, when [earliest, latest] is that whole
    named period (a day, an ISO week, a month, a quarter, a year, a decade); "unknown" for any other range
    ("earlier this month" read as the 1st to the 10th, "within two weeks")."""
    a, b, p = t.earliest, t.latest, t.precision
    if a is None or b is None:
        return "unknown"
    if p in ("minute", "hour", "part_of_day", "day"):
        return p if a == b else "unknown"
    nxt = b + timedelta(days=1)
    whole = {
        "week": a.weekday() == 0 and (b - a).days == 6,
        "weekend": a.weekday() == 5 and (b - a).days == 1,
        "month": a.day == 1 and nxt.day == 1 and (a.year, a.month) == (b.year, b.month),
        "quarter": a.day == 1 and nxt.day == 1 and a.month in (1, 4, 7, 10) and (b.month - a.month) == 2,
        "half": a.day == 1 and nxt.day == 1 and a.month in (1, 7) and (b.month - a.month) == 5,
        "season": a.day == 1 and nxt.day == 1,
        "year": (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year,
        "decade": (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year % 10 == 0 and b.year == a.year + 9,
        "century": (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and b.year == a.year + 99,
    }
    return p if whole.get(p, False) else "unknown"


_PART_OF_UNIT_RULES = frozenset({"date_end_of_unit"})  # "by the end of the year": that part of it (December)


def _whole_period(t: Timex) -> Timex:
    """"Earlier this month", "later this week", "early next year", "mid-May": the engine reads a part of the period
    (the 1st to the 10th); the text names no day in it, so an event it dates lies in the whole named period, the
    TIMEX3 value (2020-09, 2018-W24, 2016), as analysts date it. Not "the end of the year" (that part: December)."""
    if t.mod not in ("START", "MID", "END") or t.rule in _PART_OF_UNIT_RULES or t.earliest is None or t.latest is None:
        return t
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})|-W(\d{2}))?", t.value)
    if m is None:
        return t
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        first = date(year, month, 1)
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        precision = "month"
    elif m.group(3):
        first = date.fromisocalendar(year, int(m.group(3)), 1)
        last, precision = first + timedelta(days=6), "week"
    else:
        first, last, precision = date(year, 1, 1), date(year, 12, 31), "year"
    if not (first <= t.earliest <= t.latest <= last) or (t.earliest, t.latest) == (first, last):
        return t
    return replace(t, earliest=first, latest=last, precision=precision,
                   derivation=f"{t.derivation}; the text names no day in it: the whole {precision}, "
                              f"{first.isoformat()} to {last.isoformat()}")


def _same_sentence(tok: "_Tokens", i: int, j: int) -> bool:
    return tok.sent[i] == tok.sent[j]


def _plural_verb(word: str) -> str:
    """"accepts" -> "accept", "reaches" -> "reach", "carries" -> "carry": a summary verb for a plural subject."""
    irregular = {"has": "have", "is": "are", "was": "were", "does": "do", "goes": "go"}
    if word in irregular:
        return irregular[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "oes")):
        return word[:-2]  # ("vetoes" -> "veto", "goes on strike" -> "go on strike")
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_UNSTATED_COUNT = re.compile(r"PT?X[A-Z]")


def _unstated_count(tx: Timex) -> bool:
    """Does the offset ``tx`` name no number of its units ("days after" PXD, "hours before" PTXH)?"""
    return tx.anchor is None or tx.anchor.amount is None or _UNSTATED_COUNT.fullmatch(tx.value) is not None


def _is_date(t: Timex) -> bool:
    """Does the expression place something in time ("for two hours", "every year" do not)?"""
    if t.value.endswith("_REF"):
        return False  # "now", "recently", "in the future": no particular time
    return not (t.type in ("DURATION", "SET") and t.anchor is None)


def _join_weekday_of_week(timexes: tuple[Timex, ...], text: str, lex: Lexicon) -> tuple[Timex, ...]:
    """"Tuesday of last week": the engine may tag the day name and the week apart, and resolve the day
    name on its own (the most recent Tuesday). The day of that week is meant: join the two into one
    expression, and re-resolve the day offsets counted from either part ("A day later")."""
    nar = lex.narrative
    if nar is None or len(timexes) < 2:
        return timexes
    out: list[Timex] = []
    joined: dict[int, Timex] = {}  # start of a replaced expression -> the joined one
    k = 0
    while k < len(timexes):
        day, week = timexes[k], timexes[k + 1] if k + 1 < len(timexes) else None
        name = (_TOKEN.findall(day.text.lower()) or [""])[-1]  # ("late on Tuesday of last week")
        gap = text[day.end:week.start].split() if week is not None else []
        if week is not None and name in nar.weekdays and len(gap) == 1 and gap[0].lower() in nar.week_joiners \
                and week.precision == "week" and week.earliest is not None and week.latest is not None \
                and week.earliest.weekday() == 0 and (week.latest - week.earliest).days == 6:
            when = week.earliest + timedelta(days=nar.weekdays.index(name))
            both = Timex(
                start=day.start, end=week.end, text=text[day.start:week.end], type="DATE", value=when.isoformat(),
                precision="day", earliest=when, latest=when, rule="events_weekday_of_week",
                derivation=f"'{text[day.start:week.end]}': {day.text} of the week '{week.text}' "
                           f"({week.value}, {week.earliest.isoformat()} to {week.latest.isoformat()}) -> {when.isoformat()}",
                anchored_to=week.anchored_to, tid=day.tid,
            )
            out.append(both)
            joined[day.start] = joined[week.start] = both
            k += 2
            continue
        out.append(day)
        k += 1
    if not joined:
        return timexes
    fixed = []
    for t in out:
        ref = t.anchored_to[6:] if t.anchored_to.startswith("timex:") else ""
        base = joined.get(int(ref)) if ref.isdigit() else None
        if base is not None and t.anchor is not None and t.anchor.unit in _UNIT_DAYS and t.earliest is not None \
                and t.anchor.amount is not None:
            when = base.earliest + timedelta(days=t.anchor.amount * _UNIT_DAYS[t.anchor.unit])
            t = replace(t, earliest=when, latest=when, anchored_to=f"timex:{base.start}",
                        derivation=f"'{t.text}': {t.anchor.amount} {t.anchor.unit}(s) from '{base.text}' "
                                   f"({base.earliest.isoformat()}) -> {when.isoformat()}")
        fixed.append(t)
    return tuple(fixed)
