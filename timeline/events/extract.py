"""Events from one document: triggers -> mentions -> merged, dated, sourced events.

Stages, all rule-based and driven by ``timeline/resources/events/*.yaml`` (the grammar words too:
``cues.yaml``, section ``grammar``):

1. words and sentences; clause breaks (";", "while", "whom", "that" after a reporting verb ...);
2. trigger mentions from the lexicon, with a part of speech chosen from the words before them;
3. per mention: status (cue words around it; "denied that <clause>" denies the clause), actors (subject
   before, object after, "between A and B", "A-B talks", "whom", passive "by"; a group with no known
   name, "the two foreign ministers", still makes the event), location ("in Budapest", "the Hungarian
   capital"), and the date expression it governs (the nearest in its clause; reported speech dates the
   saying; the event of the clause an offset counts from, "a day before <the leaders met>", is dated
   only through that offset; a cancelled or postponed noun keeps its planned date, "planned for next month");
4. mentions of one event (same type, compatible actors, place, status and date) merge into one
   event that keeps every mention; weak or quoted mentions only ever join an event;
5. events get a date: the expression their clause governs; else the date of another event of their
   clause (or of a simultaneous "while" clause); else the one past day the sentence before names
   ("On Tuesday the ministers met. They agreed ..."), carried over at most ``max_chain`` date-less
   sentences of one paragraph; else an anchored offset ("two days after the letter", "after that"); else
   tense against the DCT (a reaction in the simple past: between the lead sentence's day and the DCT);
   a summary, a confidence, evidence (the mention holding the date), and the constraints between
   events ("four days after", "a day before", "after", "during") go to reasoning. Days told through another
   event become constraints too: "that evening" / "later that day" after an event placed by an offset (the day
   of the event just told, not of the last date expression), "on the day the truce was announced" / "on the
   first day of the offensive" (same day as that event, named in an earlier sentence if need be), and "It came
   nine days after <event>" (the offset places the event of the sentence before).

Round 5 rules: a noun/verb trigger word right before an auxiliary is a noun ("sanctions will be lifted"); an unnamed
group subject ("the separatist authorities", "rebels": ``group_nouns`` in cues.yaml) makes the event with a plural
summary; coordinated verbs share the first verb's subject, never its object ("met Scholz and signed ..."); a
fronted cue ("On the first day of the offensive, A called B, and C condemned ...") dates every coordinated event of
its main clause; calling an event off in reported speech ("said on Monday he would cancel the visit") happened on
the day of the saying; "its forces" stands for the state last told acting.

Round 6 rules: the "to" complements of a commitment verb (``commitment_lemmas``: "agreed to hold a summit every year,
to stage exercises and to ...") are planned acts of the committing parties (a bare verb right after the commitment,
"agreed to consult", stays the agreement's content); a past-tense verb after ", and" leaves the "would" of the clause
before ("said they would start sharing data, and criticized China" -> occurred).

Round 9 rules (recall from constructions news uses everywhere): an event noun told by its own participle or relative
clause and dated ("an interim deal struck in Geneva in November 2013", "a session that began on Monday") is an event, the
participle no event of its own; an -ing verb or event noun after a subordinator ("after speaking by phone with", "during a
visit to") and a verb after "and" take the subject of the clause they modify; "by <-ing>" is an event; "called <object> a
<description>" is a statement, not a phone call; "on/during his visit" and "In a joint statement" frame the act of their
sentence; what a warning says its speaker would do is the threat; habits ("routinely denounces") are no events; a passive
"were mediated by" tells the event of its noun subject; a mediation is third-party; a consultation placed nowhere takes the
dateline's place when it is the lead's news or a recent one with a party of that country; a reaction to an event noun is
aimed at that event's doer.

Round 11 rules (recall on unseen news): lexicon phrases take [optional] words and (a|b) choices ("sever [diplomatic]
(ties|relations)"); an event noun that opens its clause and is the subject of a verb of occurrence ("Protests were held in
Belgrade on Friday", "Heavy fighting broke out"), a dated agentless passive ("The detainees were freed on Friday", "The
summit was announced on May 25"), the act after "<actor>'s decision to", a measured noun ("a package of sanctions", "a
round of talks"), "A and B spoke" (``pair_only`` verbs) and "in a phone call" / "for talks with" / a fronted "After
meeting X, Y ..." (the clause's subject) are events; "a/an <word> <base form>" is a noun ("an implementation annex");
"its ambassador, X," names the object, not the target; "<place>, where he met" locates the meeting; people acting for
the states of a headline take their place.

Participants: a territory ("Crimea", "the Gaza Strip") is a location, never a source or target, unless its own
body acts ("Greenland's government"); an act with no named agent is summarised by what happened to whom
("soldiers of China killed"), never with an invented actor; summaries use ``timeline.actors.short_name``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from timeline.actors import short_name
from timeline.events.lexicon import TOKEN_RE, Lexicon, TriggerEntry, load_lexicon
from timeline.model import (
    Actor, ActorMention, Constraint, Document, Event, Extraction, Mention, Timex, stable_id,
)
from timeline.text import split_sentences

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

    def at(self, offset: int) -> int:
        """Index of the token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def covering(self, offset: int) -> int:
        """Index of the token containing ``offset`` (or the one before it)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


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
    irregular = {"has": "have", "is": "are", "was": "were", "does": "do"}
    if word in irregular:
        return irregular[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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


@dataclass(frozen=True, slots=True)
class Occasions:
    """How an undated event is tied to the occasion the text dates (dating.yaml, section ``occasions``)."""

    cues: frozenset[str]  # "before the ceremony", "after a phone call"
    lasting_types: frozenset[str]  # events of days or years: no one-day occasion
    within: tuple[tuple[str, ...], ...]  # "during her visit": on or after its first day
    lead_paragraphs: int  # how far the lead sentence's occasion may run
    first: frozenset[str]  # "the first agreement": the earliest event the noun names
    deadlines: frozenset[str]  # "by January 1": no later than that date
    at_most: tuple[tuple[str, ...], ...] = ()  # "less than three weeks later": an upper bound only
    at_least: tuple[tuple[str, ...], ...] = ()  # "more than a month after": a lower bound only
    until: frozenset[str] = frozenset()  # "lasted until Wednesday": where the event ends
    next_day: tuple[str, ...] = ()  # "ran past midnight", "into the early hours": it ends the next day
    unchanged_past: frozenset[str] = frozenset()  # "Riyadh cut ties": verbs whose past is their base form
    unstated: tuple[tuple[str, int, int], ...] = ()  # "days after", "weeks later": (unit, least, most) of an unstated count
    overnight: frozenset[str] = frozenset()  # "exchanged fire overnight": the night runs from its evening into the next day
    ends: frozenset[str] = frozenset()  # "opened on Tuesday and ends on Thursday": verbs that say on what day it ends
    reporting: frozenset[str] = frozenset()  # "acknowledged that": more words that report what was done
    past_plans: tuple[tuple[str, ...], ...] = ()  # "had been due to take place in early February": a plan told in the past
    arrivals: frozenset[str] = frozenset()  # "landed in Beijing on Sunday": a visit that lasts while the text dates its meetings
    stay_days: int = 0  # how many days after the arrival such a visit may run
    at_occasion: frozenset[str] = frozenset()  # "attend the summit", "boycott the session": done at that event
    follow_frames: tuple[tuple[str, ...], ...] = ()
    answer_frames: frozenset[str] = frozenset()  # "The reaction in Washington on Monday was swift.": its answers' day
    under_frames: frozenset[str] = frozenset()  # "Under the memorandum, ...": what the agreement told before holds  # "At the news conference that followed, ...": the scene just told


def parse_occasions(raw, name: str = "dating.yaml") -> Occasions:
    """The ``occasions`` section of dating.yaml, validated (``ResourceError`` with ``file:line``)."""
    from timeline.errors import ResourceError
    from timeline.events.lexicon import EVENT_TYPES

    def fail(line: int, what: str) -> ResourceError:
        return ResourceError(f"{name}:{line}: {what}", f"edit timeline/resources/events/{name}")

    section = raw.get("occasions") if isinstance(raw, dict) else None
    if not isinstance(section, dict):
        raise fail(raw.get("__line__", 1) if isinstance(raw, dict) else 1, "expected an 'occasions' mapping")
    line = section.get("__line__", 1)

    def words(key: str) -> list[str]:
        value = section.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(x, str) and x.strip() for x in value):
            raise fail(line, f"occasions: '{key}' must be a non-empty list of words")
        return [x.strip().lower() for x in value]

    types = {w.upper() for w in words("lasting_types")}
    if types - set(EVENT_TYPES):
        raise fail(line, f"occasions: unknown event type(s) in lasting_types: {', '.join(sorted(types - set(EVENT_TYPES)))}")
    paragraphs = section.get("lead_paragraphs")
    if not isinstance(paragraphs, int) or isinstance(paragraphs, bool) or paragraphs < 0:
        raise fail(line, "occasions: 'lead_paragraphs' must be a non-negative integer")
    unstated = section.get("unstated", {})
    spans = []
    for unit, span in (unstated.items() if isinstance(unstated, dict) else ()):
        if unit == "__line__":
            continue
        if not isinstance(span, list) or len(span) != 2 or not all(isinstance(n, int) and not isinstance(n, bool)
                                                                   for n in span) or not 1 <= span[0] <= span[1]:
            raise fail(line, f"occasions: unstated '{unit}' must be [least, most] with 1 <= least <= most")
        spans.append((str(unit), span[0], span[1]))
    if not isinstance(unstated, dict):
        raise fail(line, "occasions: 'unstated' must map units to [least, most]")
    return Occasions(
        unstated=tuple(spans),
        cues=frozenset(words("cues")), lasting_types=frozenset(types),
        within=tuple(tuple(_TOKEN.findall(w)) for w in words("within")), lead_paragraphs=paragraphs,
        first=frozenset(words("first")), deadlines=frozenset(words("deadlines")),
        at_most=tuple(tuple(_TOKEN.findall(w)) for w in words("at_most")),
        at_least=tuple(tuple(_TOKEN.findall(w)) for w in words("at_least")),
        until=frozenset(words("until")),
        next_day=tuple(" ".join(_TOKEN.findall(w)) for w in words("next_day")) if "next_day" in section else (),
        unchanged_past=frozenset(words("unchanged_past")) if "unchanged_past" in section else frozenset(),
        overnight=frozenset(words("overnight")) if "overnight" in section else frozenset(),
        ends=frozenset(words("ends")) if "ends" in section else frozenset(),
        at_occasion=frozenset(words("at_occasion")) if "at_occasion" in section else frozenset(),
        arrivals=frozenset(words("arrivals")) if "arrivals" in section else frozenset(),
        reporting=frozenset(words("reporting")) if "reporting" in section else frozenset(),
        stay_days=_stay_days(section, fail, line),
        past_plans=tuple(tuple(_TOKEN.findall(w)) for w in words("past_plans")) if "past_plans" in section else (),
        under_frames=frozenset(words("under_frames")) if "under_frames" in section else frozenset(),
        answer_frames=frozenset(words("answer_frames")) if "answer_frames" in section else frozenset(),
        follow_frames=tuple(tuple(_TOKEN.findall(w)) for w in words("follow_frames")) if "follow_frames" in section else (),
    )


def _stay_days(section: dict, fail, line: int) -> int:
    days = section.get("stay_days", 0)
    if not isinstance(days, int) or isinstance(days, bool) or days < 0:
        raise fail(line, "occasions: 'stay_days' must be a non-negative integer")
    return days


def load_occasions() -> Occasions:
    """The shipped ``occasions`` rules, compiled once per process."""
    global _OCCASIONS
    if _OCCASIONS is None:
        from timeline.events.lexicon import _read

        _OCCASIONS = parse_occasions(_read("dating.yaml"))
    return _OCCASIONS


_OCCASIONS: Occasions | None = None
_NEXT_DAY_FIRSTS: tuple = (None, set())


# --- public entry point ------------------------------------------------------------------------


def extract_events(doc: Document, timexes: tuple[Timex, ...], gazetteer) -> Extraction:
    """Events, constraints and actors of one document (see the module docstring)."""
    from timeline.actors import find_actor_mentions

    lex = load_lexicon()
    text = doc.text
    if not text.strip():
        return Extraction()
    actor_mentions = tuple(sorted(find_actor_mentions(text, gazetteer, dct=doc.dct), key=lambda m: (m.start, -m.end)))
    return extract_with_mentions(doc, timexes, actor_mentions, lex, gazetteer)


def extract_with_mentions(
    doc: Document, timexes: tuple[Timex, ...], actor_mentions: tuple[ActorMention, ...], lex: Lexicon | None = None,
    gazetteer=None,
) -> Extraction:
    """The extractor with actor mentions already found (lets tests and benchmarks isolate it)."""
    lex = lex or load_lexicon()
    ctx = _Context(doc, timexes, actor_mentions, lex, gazetteer)
    return ctx.run()


# --- the work ------------------------------------------------------------------------------------


class _Context:
    def __init__(self, doc: Document, timexes, actor_mentions, lex: Lexicon, gazetteer) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.w = lex.grammar
        self.gazetteer = gazetteer
        self.timexes = _join_weekday_of_week(tuple(sorted(timexes, key=lambda t: t.start)), doc.text, lex)
        self._timex_starts = {t.start for t in self.timexes}
        self.sentences = _join_split_mentions(self.text, split_sentences(self.text), actor_mentions)
        self.tokens = self._tokenize()
        self.quotes = self._quote_spans()
        self.mentions = self._clean_mentions(actor_mentions)
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_by_tok: dict[int, ActorMention] = {}
        self.mention_cover: dict[int, ActorMention] = {}
        for m in self.mentions:
            i = self.tokens.covering(m.start)
            if i < len(self.tokens.starts) and self.tokens.starts[i] < m.end:
                self.mention_by_tok.setdefault(i, m)
                j = i
                while j < len(self.tokens.starts) and self.tokens.starts[j] < m.end:
                    self.mention_cover.setdefault(j, m)
                    j += 1
        self._object_skip: set[int] | None = None
        self._predicate_index: dict[str, list[tuple[str, ...]]] = {}
        self._phone_index: dict[str, list[tuple[str, ...]]] = {}
        self._phone_empty = tuple(p for p in lex.phone_words if not p)  # (an empty phrase is found anywhere)
        for p in lex.phone_words:
            if p:
                self._phone_index.setdefault(p[0], []).append(p)
        if self._phone_empty:
            self._phone_index = {k: v + list(self._phone_empty) for k, v in self._phone_index.items()}
        for p in lex.predicates:
            self._predicate_index.setdefault(p[0], []).append(p)
        nar = lex.narrative
        self._subject_heads = (nar.group_subjects if nar is not None else frozenset()) | lex.group_nouns
        self.state_by_country: dict[str, Actor] = {}
        for m in self.mentions:
            if m.actor.kind == "state" and m.actor.country:
                self.state_by_country.setdefault(m.actor.country, m.actor)

    # ---- tokens, sentences, clauses, quotes

    def _tokenize(self) -> _Tokens:
        starts, ends, low, sent = [], [], [], []
        spans = self.sentences
        si, n = 0, len(spans)
        lowered = self.text.lower()
        for m in _TOKEN.finditer(self.text):
            a = m.start()
            while si < n and spans[si][1] <= a:
                si += 1
            if si == n:
                break
            if a < spans[si][0]:
                continue  # between sentences (whitespace only, in practice)
            b = m.end()
            starts.append(a)
            ends.append(b)
            low.append(lowered[a:b])
            sent.append(si)
        tokens = _Tokens(starts, ends, low, sent, [0] * len(starts))
        self._mark_clauses(tokens)
        return tokens

    def _mark_clauses(self, tok: _Tokens) -> None:
        lex = self.lex
        clause = 0
        prev_sent = -1
        low, sent, clauses = tok.low, tok.sent, tok.clause
        breaks, reporting = lex.clause_breaks, lex.reporting
        for i, word in enumerate(low):
            si = sent[i]
            if si != prev_sent:
                clause += 1
                prev_sent = si
            elif word in breaks:
                clause += 1
            elif word == "that" and any(low[j] in reporting for j in range(max(0, i - 3), i) if sent[j] == si):
                clause += 1
            clauses[i] = clause

    def _quote_spans(self) -> list[tuple[int, int]]:
        spans = []
        text = self.text
        i = 0
        while True:
            a = text.find(_QUOTE_OPEN, i)
            if a < 0:
                break
            b = text.find(_QUOTE_CLOSE, a + 1)
            if b < 0:
                break
            spans.append((a, b + 1))
            i = b + 1
        # straight quotes: pair them within each paragraph
        for para in re.finditer(r"[^\n]+", text):
            quotes = [m.start() + para.start() for m in re.finditer('"', para.group(0))]
            for a, b in zip(quotes[::2], quotes[1::2]):
                spans.append((a, b + 1))
        return sorted(spans)

    def _in_quote(self, offset: int) -> bool:
        return any(a < offset < b for a, b in self.quotes)

    def _clean_mentions(self, mentions) -> list[ActorMention]:
        """Drop an adjective right before a person ("Ukrainian President Volodymyr Zelenskiy") and
        nested mentions; keep the rest in text order."""
        out: list[ActorMention] = []
        last_end = -1
        trimmed = []
        for m in mentions:
            cut = m.text.rfind("\n")
            if cut >= 0:  # a mention never runs across lines: keep the part on the line where it ends
                rest = m.text[cut + 1:]
                lead = len(rest) - len(rest.lstrip())
                m = ActorMention(m.start + cut + 1 + lead, m.end, rest.lstrip(), m.actor, m.via)
                if not m.text:
                    continue
            trimmed.append(m)
        ms = sorted(trimmed, key=lambda m: (m.start, -(m.end - m.start)))
        for k, m in enumerate(ms):
            if m.start < last_end:
                continue
            if (m.via in ("adjective", "demonym") and m.actor.kind != "person") or (
                    m.via == "name" and m.actor.kind == "state"):
                nxt = ms[k + 1] if k + 1 < len(ms) else None
                gap = self.text[m.end:nxt.start] if nxt is not None else ""
                if nxt is not None and nxt.actor.kind == "person" and 0 <= len(gap) <= 40 \
                        and _TITLE_GAP.fullmatch(gap) and (m.via != "name" or gap.strip()):
                    continue  # "Ukrainian President Volodymyr Zelenskiy", "Kosovo Prime Minister Albin Kurti": the person
            out.append(m)
            last_end = m.end
        return out

    # ---- run

    def run(self) -> Extraction:
        cands = self.analyse()
        clusters = self._cluster(cands)
        self._clusters = clusters
        return self._build(clusters, cands)

    def analyse(self) -> list[_Cand]:
        """Every trigger mention with its status, actors, place and dates (before merging)."""
        cands = self._find_triggers()
        self._all_nouns = [c for c in cands if c.entry.pos == "noun"]  # (folded ones too: "an offer Copenhagen rejected")
        self._fold_noun_compounds(cands)
        self._fold_participles(cands)
        self._absorb_light_verbs(cands)
        self._fold_weak_nouns(cands)
        self._recall_purposes(cands)
        self._generic_nouns(cands)
        cands = [c for c in cands if c.alive]
        self.trigger_toks = {c.t0 for c in cands}
        self._cands_by_tok = {}
        for c in cands:
            self._cands_by_tok.setdefault(c.t0, []).append(c)
        self.timex_toks = {self.tokens.at(t.start) for t in self.timexes}
        self.timex_cover = {k for t in self.timexes for k in range(self.tokens.at(t.start), self.tokens.at(t.end))}
        self._told_cancels: set[int] = set()
        for c in cands:
            self._set_status(c)
            if c.entry.type == "THREATEN" and c.status == "planned":
                c.status = "occurred"  # "said Minsk would respond in kind": the threat is made now; what it
                # threatens lies ahead, but the event on the timeline is the threatening
        cands = [c for c in cands if c.alive]
        self._subjects: list[ActorMention] = []
        self._group_events: list[_Cand] = []
        for c in cands:
            self._set_actors(c)
            self._set_actor_type(c)
            if c.group and not c.actors and c.entry.lemma in self.w.attribution and c.entry.weak:
                c.group = None  # "Officials said on Monday ...", "Aid agencies said ...": words attributed, no act
            if c.source is not None and c.source.start < c.start:
                self._subjects.append(c.source)
            if not c.quoted and (len({m.actor.id for m in c.actors}) >= 2 or c.group):
                self._group_events.append(c)
            self._set_location(c)
            self._set_medium(c)
        self._fronted_participles(cands)
        self._attended_occasions(cands)
        for c in cands:
            if c.entry.pair_only and not c.group and not (
                    len({m.actor.id for m in c.actors if m.start < c.start}) >= 2
                    or (c.source is not None and c.target is not None and c.target.start > c.start
                        and self._prep_before(self.tokens.covering(c.target.start)) == "with")):
                c.alive = False  # "Trump spoke at a rally": no consultation unless two parties speak together
        cands = [c for c in cands if c.alive]
        self._commitment_complements(cands)
        self._visit_purposes(cands)
        self._frame_visits(cands)
        self._frame_statements(cands)
        self._passive_of_event_nouns(cands)
        self._threat_contents(cands)
        self._warnings_without_threat(cands)
        self._demand_contents(cands)
        cands = [c for c in cands if c.alive]
        self._event_object_targets(cands)
        self._zero_relatives(cands)
        self._partitive_subjects(cands)
        self._promote_named_statements(cands)
        cands = [c for c in cands if c.alive]
        self._join_coordinated_statements(cands)
        self._link_cancellations(cands)
        self._link_relatives(cands)
        self._attach_timexes(cands)
        self._date_weak_verbs_from_frames(cands)
        for c in cands:
            if c.entry.pos == "noun" and c.timex is not None and c.status in _FACTUAL \
                    and ((c.timex_cost < 1.0 and c.determiner in self.w.definite
                          and self._has_predicate(c.t1, min(c.t1 + 2, len(self.tokens.low))))
                         or (c.timex_cost < 8.0 and (c.participle or self._relative_predicate(c)))
                         or (c.timex_cost < 3.0 and self._subject_of_predicate(c))):
                # "The truce began on Friday of last week", "an interim deal struck in Geneva in November 2013",
                # "a final session that began on Monday evening", "Protests were held in Belgrade on Friday", "Talks
                # between the two sides were held in Jeddah on Tuesday": an event told with its own verb and date
                c.predicated = True
            if c.entry.pos == "verb" and c.tense == "past" and not c.actors and not c.quoted \
                    and c.timex is not None and c.timex_cost < 6.0 and c.status in _FACTUAL and c.t0 > 0 \
                    and self.tokens.low[c.t0 - 1] in self.w.passive_aux and c.same_as is None and (
                        c.entry.type in self.lex.passive_types or (c.entry.type == "ANNOUNCE" and any(
                            d.sent == c.sent and d.t1 < c.t0 and self.tokens.clause[d.t0] == self.tokens.clause[c.t0]
                            and not any(k in self.trigger_toks for k in range(d.t1, c.t0)) for d in self._all_nouns))):
                c.predicated = True  # "The summit was announced on May 25", "The detainees were freed on Friday": a
                # dated passive is news even when no one is named
            if c.entry.pos == "verb" and c.tense == "past" and not c.entry.weak and not c.actors and not c.quoted \
                    and c.status in _FACTUAL and c.same_as is None and c.entry.type in self.lex.undated_passive_types \
                    and c.entry.lemma not in self.lex.casualty_verbs \
                    and ((c.t0 > 0 and self.tokens.low[c.t0 - 1] in self.w.passive_aux)
                         or any(w in self.w.passive_aux for w in self.tokens.low[c.t0 + 1:c.t1])):
                c.predicated = True  # "Two rockets were fired at Kyiv", "Three soldiers were killed": an attack told in
                # the passive is news without a date or a named agent
            if c.entry.pos == "verb" and c.tense in ("past", "present") and not c.entry.weak and not c.actors \
                    and not c.quoted and c.status in _FACTUAL and c.same_as is None \
                    and c.entry.type in self.lex.undated_passive_types and c.entry.lemma not in self.lex.casualty_verbs \
                    and c.timex is not None and c.timex_cost < 6.0:
                c.predicated = True  # "August 26: A suicide bomber strikes a crowd at the airport": a dated attack by
                # someone the gazetteer does not know
            if c.entry.pos == "noun" and not c.actors and self._in_anchor_clause(c.start):
                t = next(t for t in self._anchor_spans if t.anchor.clause_start <= c.start < t.anchor.clause_end)
                c.anchors = self._has_predicate(c.t1, self.tokens.at(t.anchor.clause_end))
            if c.entry.pos == "noun" and c.source is None and c.timex is not None and c.timex_cost < self._SENTENCE_COST \
                    and c.determiner in ("their", "his", "her") and not c.quoted:
                self._possessive_antecedent(c)  # "Their previous meeting had taken place in Phnom Penh in November"
        return cands

    def _set_actor_type(self, c: _Cand) -> None:
        """What the subject makes of the act (triggers.yaml ``official_type``, ``reciprocal``): "Tokyo protested the
        incursion" is a diplomatic protest (DISAPPROVE), "Thousands protested" a demonstration; "Russia and China
        accepted the plan": each accepts it, neither is the other's target."""
        e, src = c.entry, c.source
        if e.official_type and src is not None and src.actor.kind in ("state", "igo", "person") \
                and not (src.via == "demonym" and src.text.endswith("s")):
            c.entry = replace(e, type=e.official_type, official_type=None)
        if not e.reciprocal and c.target is not None and src is not None and c.target.start < c.start \
                and src.start < c.start:
            c.others.insert(0, c.target)  # ("Russia and China accepted": a co-subject, no target)
            c.target = None

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

    def _subject_of_predicate(self, c: _Cand) -> bool:
        """"Protests were held in Belgrade on Friday", "Heavy fighting broke out in Khartoum", "The summit in Alaska was
        held on August 15": an event noun that opens its clause (after determiners, adjectives, names) and is the
        subject of a predicate of occurrence (cues.yaml ``predicates``), right after it or after one prepositional
        phrase, tells that event."""
        tok = self.tokens
        j = c.t0 - 1
        if j >= 1 and tok.low[j] == "of" and tok.low[j - 1] in self.lex.measure_nouns:
            j -= 2  # "The last round of talks ended in December"
        while j >= 0 and tok.sent[j] == c.sent and c.t0 - j <= 6 and (
                tok.low[j] in self.lex.determiners or self._adjective_like(tok.low[j]) or j in self.mention_cover
                or tok.low[j].isdigit() or (self.text[tok.starts[j]].isupper() and tok.low[j] not in self.w.prepositions)):
            j -= 1
        if not (j < 0 or tok.sent[j] != c.sent or tok.low[j] in (",", ";", ":", "and") or tok.clause[j] != tok.clause[c.t0]):
            return False  # (", and a definitive ceasefire took effect on August 29")
        n = len(tok.low)
        for k in range(c.t1, min(n, c.t1 + 9)):
            if tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0]:
                return False
            if self._has_predicate(k, k + 1):
                return k == c.t1 or tok.low[c.t1] in self.w.prepositions
            if tok.low[k] in (",", "that", "which", "who") or (k in self.trigger_toks and k != c.t0):
                return False
        return False

    def _possessive_antecedent(self, c: _Cand) -> None:
        """A dated event noun after "their"/"his"/"her" in a sentence that names no one: "their" stands for the
        parties of the last event two actors took part in, "his"/"her" for the last person who acted."""
        if c.determiner == "their":
            prior = [g for g in self._group_events if g.start < c.start and g.sent >= c.sent - 3
                     and len({m.actor.id for m in g.actors}) >= 2]
            if prior and c.target is None:
                g = max(prior, key=lambda g: g.start)
                c.source, c.target = g.source, g.target
                c.others = [m for m in g.others]
            return
        persons = [m for m in self._subjects if m.start < c.start and m.actor.kind == "person"]
        if persons and self.tokens.sent[self.tokens.covering(persons[-1].start)] >= c.sent - 3:
            c.source = persons[-1]

    # ---- triggers

    def _find_triggers(self) -> list[_Cand]:
        lex, tok, text = self.lex, self.tokens, self.text
        cands: list[_Cand] = []
        low = tok.low
        n_tok = len(low)
        form_index = lex.form_index
        t0 = 0
        while t0 < n_tok:
            forms = form_index.get(low[t0])
            if forms is None:  # (no form starts here, and no verb split by a date either)
                t0 += 1
                continue
            match = None
            nxt = low[t0 + 1] if t0 + 1 < n_tok else None
            for words in forms:  # longest form first
                n = len(words)
                if n > 1 and words[1] != nxt:
                    continue  # (the second word tells most forms apart)
                if tuple(low[t0:t0 + n]) == words and tok.sent[min(t0 + n - 1, n_tok - 1)] == tok.sent[t0]:
                    if match is not None:
                        match = words  # the shorter form, without the preposition that opens a date
                        break
                    match = words
                    if not (n > 1 and words[-1] in self.w.prepositions and self._timex_at(t0 + n)):
                        break
                    # "agreed on Monday": no "agree on" when "agreed" is a trigger of its own (else keep "arrived in")
            if match is not None and self._objects_missing(match, t0):
                # "called up 60,000 reservists" is a mobilisation, "called up Macron" a phone call
                match = next((w for w in lex.form_index.get(low[t0], ()) if len(w) < len(match)
                              and tuple(low[t0:t0 + len(w)]) == w and not self._objects_missing(w, t0)), None)
            if match is None:
                c = self._split_by_date(t0)
                if c is not None:
                    cands.append(c)
                t0 += 1
                continue
            next_t0 = t0 + len(match)
            c = self._make_candidate(t0, next_t0, lex.forms.get(_joined(match), ()))
            if c is not None:
                cands.append(c)
            t0 = next_t0
        return cands

    def _split_by_date(self, t0: int) -> _Cand | None:
        """"Trump will fly on Monday to Israel", "arrived late on Tuesday in Kyiv": a two-word verb form ("fly to",
        "arrive in") whose first word is no trigger alone, split by a date expression: the verb alone, read as the
        form (the date stays outside the trigger)."""
        tok, lex = self.tokens, self.lex
        if t0 + 2 >= len(tok.low) or tok.low[t0] not in lex.form_index:
            return None
        ends = getattr(self, "_timex_tok_ends", None)
        if ends is None:  # token of a date expression's start -> token after its end
            ends = self._timex_tok_ends = {tok.at(t.start): tok.at(t.end) for t in self.timexes}
        j = t0 + 1
        if j not in ends and tok.low[j] in ("late", "early", "later", "earlier"):
            j += 1
        if j not in ends and tok.low[j] in self.w.prepositions:
            j += 1  # "on Monday", "late on Tuesday"
        k = ends.get(j)
        if k is None or k >= len(tok.low) or tok.sent[k] != tok.sent[t0]:
            return None
        for words in lex.form_index.get(tok.low[t0], ()):
            if len(words) == 2 and words[1] == tok.low[k] and words[1] in self.w.prepositions:
                options = tuple(o for o in lex.forms.get(" ".join(words), ()) if o[0].pos == "verb")
                return self._make_candidate(t0, t0 + 1, options) if options else None
        return None

    def _objects_missing(self, words: tuple[str, ...], t0: int) -> bool:
        """Is every entry of this form one that needs an object (``objects``) and none is there?"""
        options = self.lex.forms.get(_joined(words), ())
        return bool(options) and all(e.objects and not self._has_object(e.objects, t0, t0 + len(words))
                                     for e, _ in options)

    def _has_object(self, words: tuple[str, ...], t0: int, t1: int) -> bool:
        """One of ``words`` is the object of the trigger at [t0, t1): within a few words after it in its clause
        ("closed two border crossings", "expelled the French ambassador"), or before a passive ("two diplomats
        were expelled", "the border crossings it closed" is not read)."""
        from timeline.events.lexicon import OBJECT_WINDOW

        tok, n = self.tokens, len(self.tokens.low)
        if "@actor" in words and t1 < n and tok.sent[t1] == tok.sent[t0] and t1 in self.mention_by_tok \
                and self.mention_by_tok[t1].actor.kind in ("state", "igo"):
            return True  # "The African Union suspended Niger"
        if self._object_skip is None:  # tokens of date expressions: "declared on Wednesday that ..."
            self._object_skip = {k for t in self.timexes for k in range(tok.at(t.start), tok.at(t.end))}
        seen = 0
        for k in range(t1, n):
            w = tok.low[k]
            if tok.sent[k] != tok.sent[t0] or seen > OBJECT_WINDOW:
                break
            if k in self._object_skip or (w in self.w.prepositions and k + 1 < n and self._timex_at(k + 1)):
                continue  # (dates first: "posted strong growth on Monday" posts nothing "on" anything)
            if w in words:
                return True
            if k in self.mention_cover and k > t1 and tok.low[k - 1] in ("in", "from", "to", "at") \
                    and self.mention_cover[k].via in ("place", "capital", "city", "metonym", "name"):
                continue  # "called its high commissioner in Islamabad home"
            if w in ("in", "from", "at") and k + 1 < n and k + 1 in self.mention_by_tok:
                continue
            seen += 1
            if w == "," and 0 < k < n - 1 and tok.low[k - 1].isdigit() and tok.low[k + 1].isdigit():
                continue  # "60,000 reservists"
            if w in ("about", "around", "over") and k + 1 < n and tok.low[k + 1][:1].isdigit():
                continue  # "froze about 200 billion euros of assets": a number, not a preposition
            if w in (",", ";", ".", ":") or (w in self.lex.clause_breaks and w not in words) \
                    or (w in self.w.prepositions and w != "of" and w not in words
                        and not (k + 1 < n and tok.low[k + 1] in words)):
                break  # (the object comes before a prepositional phrase: "returned to Moscow" returns no one)
        j = t0 - 1
        while j >= 0 and tok.sent[j] == tok.sent[t0] and tok.low[j] in self.w.adverbs:
            j -= 1
        if j >= 0 and tok.sent[j] == tok.sent[t0] and tok.low[j] in self.w.passive_aux:
            for k in range(j - 1, max(-1, j - OBJECT_WINDOW - 1), -1):
                if tok.sent[k] != tok.sent[t0] or tok.low[k] in (",", ";") or tok.low[k] in self.lex.clause_breaks:
                    break
                if tok.low[k] in words:
                    return True
        return False

    def _make_candidate(self, t0: int, t1: int, options) -> _Cand | None:
        """The trigger mention at tokens [t0, t1), or None when the words are no trigger here."""
        tok, text = self.tokens, self.text
        start = tok.starts[t0]
        options = tuple(o for o in options if not o[0].objects or self._has_object(o[0].objects, t0, t1))
        if not options:
            return None
        if text[start].isupper() and t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] \
                and tok.low[t0 - 1] not in ('"', "“", "(", "‘", "'", ":", "—") and not self._named_occasion(t0, options):
            return None  # a capitalised trigger word mid-sentence is a name ("Summit Avenue")
        choice = self._choose_entry(options, t0, t1)
        if choice is None:
            return None
        entry, tense, t1 = choice
        if not self._passes_filters(entry, tense, t0, t1):
            return None
        for type_, words in entry.object_types:
            if self._has_object(words, t0, t1):
                entry = replace(entry, type=type_, object_types=(), status=None,
                                cancels=entry.cancels if self._has_object(tuple(self.w.event_objects), t0, t1) else None)
                # "withdrew its ambassador":
                # SANCTION ("suspended its membership" reduces relations, it calls off no event)
                break
        end = tok.ends[t1 - 1]
        c = _Cand(entry=entry, tense=tense, start=start, end=end, text=text[start:end], t0=t0, t1=t1,
                  sent=tok.sent[t0], quoted=self._in_quote(start))
        c.determiner = self._determiner_before(t0)
        return c

    def _named_occasion(self, t0: int, options) -> bool:
        """"the Arab Islamic American Summit", "the G20 Summit": a capitalised occasion noun closing a name that opens
        with "the" is that occasion (not "Summit Avenue", not "the Summit Hotel")."""
        tok = self.tokens
        if not any(e.pos == "noun" and e.type == "CONSULT" and e.medium == "in_person" for e, _ in options) \
                or t0 + 1 < len(tok.low) and tok.sent[t0 + 1] == tok.sent[t0] and self.text[tok.starts[t0 + 1]].isupper():
            return False
        j = t0 - 1
        while j > 0 and tok.sent[j] == tok.sent[t0] and t0 - j <= 5 and (self.text[tok.starts[j]].isupper() or tok.low[j].isdigit()):
            j -= 1
        return j < t0 - 1 and tok.sent[j] == tok.sent[t0] and tok.low[j] == "the"

    def _noun_context(self, t0: int) -> bool:
        """Is the word at ``t0`` a noun here? After a determiner, a possessive, an adjective-like
        word after a determiner ("a productive call"), a preposition ("days of strikes"), an actor
        adjective ("Israeli strikes") or inside a compound ("the Rubio-Lavrov call")."""
        tok = self.tokens
        j = t0 - 1
        while j >= 0 and t0 - j <= 3 and tok.sent[j] == tok.sent[t0] and tok.low[j] in self.w.adjective_words:
            j -= 1
        if 0 <= j < t0 - 1 and tok.sent[j] == tok.sent[t0] and tok.low[j] in self.lex.light_verbs \
                and tok.low[j] not in ("agree", "agreed", "join", "joined") \
                and any(e.pos == "noun" for e, _ in self.lex.forms.get(tok.low[t0], ())):
            return True  # "held separate talks with Sisi", "held talks with": the object of a light verb is a noun
        if tok.low[t0].endswith("ing"):  # "in an overnight cabinet meeting": a determiner before an -ing word
            for j in range(t0 - 1, max(-1, t0 - 4), -1):
                w = tok.low[j]
                if tok.sent[j] != tok.sent[t0] or w in self.w.prepositions or w in self.lex.clause_breaks \
                        or j in self.mention_cover or not w.isalpha():
                    break
                if w in ("a", "an"):
                    return True
        if t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] and tok.low[t0 - 1].endswith("ing") \
                and any(tense == "ing" and e.pos == "verb" for e, tense in self.lex.forms.get(tok.low[t0 - 1], ())):
            return True  # "rejecting offers", "launching strikes": the object of an -ing verb is a noun
        if t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] and tok.low[t0].endswith("s") \
                and any(tense == "past" and e.pos == "verb" and " " not in e.lemma
                        for e, tense in self.lex.forms.get(tok.low[t0 - 1], ())):
            return True  # "struck targets", "fired rockets": a word in -s right after a past verb is its object
        for j in range(t0 - 1, max(-1, t0 - 4), -1):
            if tok.sent[j] != tok.sent[t0]:
                return False
            w = tok.low[j]
            if w in self.lex.determiners:
                return True
            if w.endswith(("'s", "’s")):
                return True  # "Russia's invasion"
            if j == t0 - 1 and w in self.w.prepositions and w not in ("after", "before", "following", "since", "by", "to"):
                return True  # "twelve days of strikes"
            if j == t0 - 1 and w in self.w.group_determiners and tok.low[t0].endswith("s") \
                    and not tok.low[t0].endswith(("ss", "us", "is")) \
                    and not (t0 + 1 < len(tok.low) and tok.low[t0 + 1] in self.w.passive_aux):
                return True  # "lift all sanctions", "two strikes": a plural noun after a quantifier (never "all meets")
            if j == t0 - 1 and w in self.w.prepositions and tok.low[t0].endswith("s") \
                    and not tok.low[t0].endswith(("ss", "us", "is")):
                return True  # "following talks with Erdogan", "after strikes on Kyiv": no verb in -s after a preposition
            if j in self.mention_cover:
                # "Trump met" (verb) unless the mention is part of a compound ("Rubio-Lavrov call")
                # or an adjective ("Israeli strikes")
                m = self.mention_cover[j]
                plural_people = m.via == "demonym" and m.text.endswith("s")  # "the Karabakh Armenians met"
                hyphen_compound = "-" in w and not (m.actor.kind == "person" and m.end >= tok.ends[j])  # (not "Ma Ying-jeou met")
                if j == t0 - 1 and m.end >= tok.ends[j] and tok.low[t0].endswith("ing") and m.actor.kind != "person" \
                        and not (t0 + 1 < len(tok.low) and tok.low[t0 + 1] in self.lex.determiners):  # ("meeting its")
                    k = tok.at(m.start) - 1  # "a first White House meeting", "the NATO meeting": a name as modifier
                    while k >= 0 and tok.sent[k] == tok.sent[t0] and tok.low[k] in self.w.adjective_words:
                        k -= 1
                    if k >= 0 and tok.sent[k] == tok.sent[t0] and tok.low[k] in ("a", "an", "the") \
                            and not (k > 0 and tok.low[k - 1] == "of"):  # (not "leaders of the EU meeting in ...")
                        return True
                return j == t0 - 1 and (hyphen_compound or (m.via in ("adjective", "demonym") and not plural_people))
            if self.text[tok.starts[j]:tok.starts[j] + 1].isupper() and j > 0 and tok.sent[j - 1] == tok.sent[t0] \
                    and w not in self.lex.adjective_heads:
                continue  # "the Camp David retreat", "the Maryland retreat": a name before the noun
            if not self._adjective_like(w) or w in self.lex.adjective_heads:
                return False  # "the two governments signed", "the Israeli military accused": a noun, so a verb here
            if j == t0 - 1 and w not in self.w.adjective_words and not w.isdigit():
                return True  # "the presidential retreat", "a productive call" (not "who first met")
        return False

    def _adjective_like(self, word: str) -> bool:
        w = self.w
        return word in w.adjective_words or "-" in word or word.isdigit() or (len(word) > 4 and word.endswith(w.adjective_endings))

    def _choose_entry(self, options, t0: int, t1: int) -> tuple[TriggerEntry, str, int] | None:
        nouns = [o for o in options if o[0].pos == "noun"]
        verbs = [o for o in options if o[0].pos == "verb"]
        noun_ctx = self._noun_context(t0)
        if noun_ctx and not nouns and t1 - t0 > 1:
            # "a second meeting with the Kremlin leader": the noun alone, not the verb phrase
            head = self.lex.forms.get(self.tokens.low[t0], ())
            head_nouns = [o for o in head if o[0].pos == "noun"]
            if head_nouns:
                return head_nouns[0][0], "noun", t0 + 1
        if noun_ctx:
            if nouns:
                pool = nouns
            else:
                return None  # "the proposed meeting", "Russia's demands": not a verb here
        else:
            # ("Talks between Israel and Hamas resumed": a noun before a verb read only with two subjects)
            pool = [v for v in verbs if not v[0].pair_only] or nouns or verbs
        nxt = self.tokens.low[t1] if t1 < len(self.tokens.low) else ""
        if not noun_ctx and nouns and t1 == t0 + 1 and self.tokens.low[t0].endswith("s") \
                and (nxt in self.w.aux_after_noun or (nxt in self.w.not_noun_context and nxt not in ("to", "not"))
                     or (nxt in self._predicate_index and self._has_predicate(t1, t1 + 1))) \
                and t1 < len(self.tokens.low) and self.tokens.sent[t1] == self.tokens.sent[t0]:
            pool = nouns  # "European sanctions will be lifted", "the talks were", "Clashes erupted": a verb is never
            # followed by an auxiliary or by a verb of occurrence
        if not noun_ctx and nouns and self._after_singular_modifier(t0):
            pool = nouns  # "paid an official visit": "a/an <word>" before it, so a noun (a verb would be "visits")
        if not noun_ctx and nouns and self.tokens.low[t0].endswith("ing") and (self._opens_clause(t0) or (
                t0 > 0 and self.tokens.low[t0 - 1] in self.lex.clause_breaks and self._has_predicate(t1, t1 + 1))):
            pool = nouns  # "Heavy fighting broke out", "Fighting resumed": an -ing word that opens its clause is a noun
        adj = self.mention_by_tok.get(t1)
        after_adj = self.tokens.low[self.tokens.at(adj.end)] if adj is not None and adj.via in ("adjective", "demonym") \
            and adj.end < len(self.text) and self.tokens.at(adj.end) < len(self.tokens.low) else ""
        for entry, tense in pool:
            if nxt in entry.not_next and not (nxt in self.w.prepositions and self._timex_at(t1 + 1)):
                continue  # ("held a call on Monday" is a call; "a call on Russia to withdraw" is none)
            if after_adj and after_adj in entry.not_next and after_adj not in self.w.prepositions:
                continue  # "speaking to Serbian television": the word the demonym qualifies decides
            if entry.next_actor and nxt in self.lex.determiners and any(
                    w in self.w.requirement_nouns for w in self.tokens.low[t1 + 1:t1 + 4]):
                continue  # "has met the conditions", "met all the demands": a requirement met, no one met
            if entry.predicative and not self._predicative_object(t1):
                continue
            if entry.next_actor and (t1 not in self.mention_by_tok or self.tokens.sent[t1] != self.tokens.sent[t0]
                                     or self.text[self.mention_by_tok[t1].end:self.mention_by_tok[t1].end + 2] in ("'s", "’s")):
                at_end = t1 >= len(self.tokens.low) or self.tokens.sent[t1] != self.tokens.sent[t0] \
                    or not nxt[:1].isalnum()
                if not (entry.next_words and (at_end or nxt in entry.next_words or self._timex_at(t1))) \
                        and not self._passive_of_people(t0, t1) and not self._unknown_name_at(t1):
                    continue
            return entry, tense, t1
        return None

    def _unknown_name_at(self, k: int) -> bool:
        """"met Hu Jintao", "called Lien Chan": a full name the gazetteer does not know (two capitalised words, no
        date, no actor) after a verb that needs an actor after it."""
        tok, text = self.tokens, self.text
        return k + 1 < len(tok.low) and tok.sent[k + 1] == tok.sent[k] and not self._timex_at(k) \
            and k not in self.mention_cover and k + 1 not in self.mention_cover \
            and all(text[tok.starts[j]].isupper() and tok.low[j].isalpha() and tok.low[j] not in self.lex.determiners
                    for j in (k, k + 1)) \
            and tok.ends[k] + 1 == tok.starts[k + 1]

    def _passive_of_people(self, t0: int, t1: int) -> bool:
        """"Zelenskiy was welcomed by Starmer", "the prince was received by Erdogan": a passive with an actor as its
        subject and an actor as its agent (not "the deal was welcomed by Berlin": no one was received)."""
        tok, n = self.tokens, len(self.tokens.low)
        return t0 >= 2 and t1 + 1 < n and tok.low[t0 - 1] in self.w.passive_aux and tok.low[t1] == "by" \
            and t0 - 2 in self.mention_cover and t1 + 1 in self.mention_by_tok \
            and self.mention_cover[t0 - 2].actor.kind in ("person", "state", "igo") \
            and tok.sent[t0 - 2] == tok.sent[t1 + 1] == tok.sent[t0]

    def _after_singular_modifier(self, t0: int) -> bool:
        """"an implementation annex", "an official visit", "development aid and budget support": "a/an/each/every" and
        one word, or a singular noun after "and", before a base form: the word is a noun's modifier (a singular subject
        would take "annexes", "visits", "supports")."""
        tok = self.tokens
        if t0 < 2 or tok.sent[t0 - 2] != tok.sent[t0] or not tok.low[t0 - 1].isalpha() or t0 - 1 in self.mention_cover:
            return False
        if tok.low[t0 - 2] in ("a", "an", "each", "every"):
            return True
        prev = tok.low[t0 - 1]
        return tok.low[t0 - 2] in ("and", "or") and not prev.endswith("s") and prev not in self.w.adverbs \
            and prev not in self.w.not_noun_context and prev not in self.lex.pronouns \
            and prev not in ("i", "you", "we", "they", "who", "that", "which", "also", "then", "do", "n't", "not") \
            and not prev.endswith("ly") and not prev.endswith("ed") and prev not in self.lex.forms

    def _opens_clause(self, t0: int) -> bool:
        """Nothing but adjectives stands between the clause's start (or a comma) and the word at ``t0``."""
        tok = self.tokens
        j = t0 - 1
        while j >= 0 and tok.sent[j] == tok.sent[t0] and t0 - j <= 3 and self._adjective_like(tok.low[j]) \
                and j not in self.mention_cover:
            j -= 1
        return j < 0 or tok.sent[j] != tok.sent[t0] or tok.low[j] in (",", ";", ":")  # (not "while fighting continues")

    def _predicative_object(self, t1: int) -> bool:
        """"called the meeting a historic milestone", "called her remarks "nasty"", "called Putin a dictator",
        "called it a betrayal": an object (an actor, a pronoun, or a noun phrase after a determiner), then a
        description of it opened by "a"/"an" or a quotation mark (not inside a prepositional phrase, not a date:
        "called Macron a day after the vote" is a phone call)."""
        tok, n = self.tokens, len(self.tokens.low)
        if t1 >= n or tok.sent[t1] != tok.sent[t1 - 1]:
            return False
        m = self.mention_by_tok.get(t1)
        if m is not None:
            j = first = tok.at(m.end)
        elif tok.low[t1] in ("it", "them", "him"):
            j = first = t1 + 1
        elif tok.low[t1] in self.lex.determiners and tok.low[t1] not in ("a", "an", "no", "any", "every", "each", "another"):
            j, first = t1 + 1, t1 + 2
        else:
            return False
        for k in range(j, min(n, j + 6)):
            w = tok.low[k]
            if tok.sent[k] != tok.sent[t1] or w in (",", ";", ".", "that", "to", "for", "on", "off") \
                    or w in self.lex.clause_breaks:
                return False
            if k >= first and (w in ("a", "an", '"', "“") or (w == "one" and k + 1 < n and tok.low[k + 1] == "of")) \
                    and tok.low[k - 1] not in self.w.prepositions and not self._timex_at(k):
                return True  # (and "called the news conference one of the most disgraceful performances")
        return False

    def _timex_at(self, k: int) -> bool:
        return k < len(self.tokens.starts) and self.tokens.starts[k] in self._timex_starts

    def _passes_filters(self, entry: TriggerEntry, tense: str, t0: int, t1: int) -> bool:
        tok = self.tokens
        prev = tok.low[t0 - 1] if t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] else ""
        habitual = self.lex.habitual
        if entry.pos == "verb" and ((prev and prev in habitual) or (  # (prev: the word before, in the sentence)
                t0 >= 2 and tok.low[t0 - 2] in habitual and tok.sent[t0 - 2] == tok.sent[t0])):
            return False  # "which North Korea routinely denounces", "had always supported": a stance, no event
        if entry.pos == "verb" and tense == "ing" and prev in self.lex.gerund_blockers:
            return False  # "a pause in fighting"
        if entry.pos == "verb" and tense == "present" and tok.low[t0].endswith("s") and self._relative_stance(t0):
            return False  # "Iran, which denies arming the Houthis", "a charge Baku rejects": a standing position
        if entry.pos == "verb" and self._in_condition(t0):
            return False  # "Moscow would respond if NATO deployed troops": the condition of another act, no event
        if entry.pos == "verb" and tense == "base" and self._after_singular_modifier(t0):
            return False  # "accepted an implementation annex": a singular subject never takes the base form, so a noun
        if entry.pos == "verb" and tense == "base" and prev == "to":
            if t0 >= 3 and tok.low[t0 - 2] in self.lex.decision_nouns and tok.sent[t0 - 3] == tok.sent[t0] \
                    and (tok.low[t0 - 3] in ("its", "their", "his", "her") or tok.low[t0 - 3].endswith(("'s", "’s"))
                         or t0 - 3 in self.mention_cover):
                return True  # "Niger's decision to cut ties with Ukraine": the act decided (not "the decision to
                # free him", which points back to an act already told)
            if self._headline_future(t0):
                return True  # "Modi to visit Moscow next week": a headline's "<actor> to <verb>" is its future
            j = t0 - 2  # "is due at the Vatican to meet the Pope": a planned stop's purpose is planned too
            while j >= 0 and t0 - j <= 7 and tok.sent[j] == tok.sent[t0] and (
                    j in self.mention_cover or tok.low[j] in ("at", "in", "the")):
                j -= 1
            if j < t0 - 2 and j >= 0 and tok.sent[j] == tok.sent[t0] and tok.low[j] == "due":
                return True
            # an infinitive is the content of another verb ("urged Trump to cede"), unless planned
            return any(self._cue_before(end, status, exact_end=True) is not None
                       for status in ("planned", "ongoing") for end in (t0, t0 - 1))
        return True

    def _relative_stance(self, t0: int) -> bool:
        """Does the present-tense verb at ``t0`` open a relative clause ("Iran, which denies ...", "an issue on which
        Washington accuses ...", "a charge Baku rejects")? A relative in the simple present tells what someone holds or
        does habitually, not an act on a day."""
        tok = self.tokens
        j = t0 - 1
        m = self.mention_cover.get(j)
        if m is not None:
            j = tok.at(m.start) - 1
        if j < 0 or tok.sent[j] != tok.sent[t0]:
            return False
        if tok.low[j] in ("which", "who"):
            return True
        return m is not None and j >= 1 and tok.low[j - 1] in ("a", "an") and tok.low[j].isalpha() \
            and tok.low[j] not in self.lex.pronouns and tok.low[j] not in self.w.prepositions

    _CONDITIONS = frozenset({"if", "unless", "whenever"})

    def _in_condition(self, t0: int) -> bool:
        """Is the verb at ``t0`` the predicate of a condition ("if NATO deployed troops", "whenever a crisis threatens
        one of them")? Only a subject of a few words may stand between."""
        tok = self.tokens
        for j in range(t0 - 1, max(-1, t0 - 5), -1):
            if tok.sent[j] != tok.sent[t0] or not tok.low[j][:1].isalnum():
                return False
            if tok.low[j] in self._CONDITIONS or (tok.low[j] == "once" and j < t0 - 1):
                return True  # (and "once inspectors confirm", but not "Trump once called Kim ...")
        return False

    def _headline_future(self, t0: int) -> bool:
        """"Modi to visit Moscow next week", "Macron to host Ukraine summit": an actor opens a sentence with no finite
        verb before "to" and the verb, in a line without a full stop (a headline): the news style for what will happen."""
        tok = self.tokens
        if t0 < 2 or tok.low[t0 - 1] != "to" or (t0 - 2) not in self.mention_cover:
            return False
        m = self.mention_cover[t0 - 2]
        first = tok.covering(m.start)
        if first > 0 and tok.sent[first - 1] == tok.sent[t0]:
            return False
        s_start, s_end = self.sentences[tok.sent[t0]]
        return not self.text[s_start:s_end].rstrip().endswith((".", "?", "!", '"', "”"))

    def _determiner_before(self, t0: int) -> str | None:
        tok = self.tokens
        for j in range(t0 - 1, max(-1, t0 - 4), -1):
            if tok.sent[j] != tok.sent[t0]:
                return None
            if tok.low[j] in self.lex.determiners:
                return tok.low[j]
        return None

    def _absorb_light_verbs(self, cands: list[_Cand]) -> None:
        """"offered Trump a partial concession", "held talks": the noun is the event, the verb
        gives it a subject and a tense."""
        tok = self.tokens
        for i, c in enumerate(cands):
            if c.entry.pos != "verb":
                continue
            first_word = tok.low[c.t0]
            if not (c.entry.light or first_word in self.lex.light_verbs):
                continue
            for d in [x for x in cands[i + 1:i + 4] if x.alive][:2]:
                if d.entry.pos != "noun" or d.t0 - c.t1 > 4 or tok.sent[d.t0] != tok.sent[c.t0]:
                    continue
                if c.entry.type == "AGREE" and not c.entry.light and d.entry.type != "AGREE":
                    break  # "agreed on a prisoner exchange": the agreement is the act told, the exchange what was agreed
                between = tok.low[c.t1:d.t0]
                measured = any(w == "of" and k > 0 and between[k - 1] in self.lex.measure_nouns
                               for k, w in enumerate(between))
                if any((w in self.w.prepositions and not (w == "of" and k > 0 and between[k - 1] in self.lex.measure_nouns))
                       or w in (",", "that") or w in self.lex.clause_breaks for k, w in enumerate(between)):
                    continue  # (but "host a new round of talks": the measured noun is the event)
                if (measured or not c.entry.light) and c.entry.type == d.entry.type:
                    d.same_as = c  # "who hosted 12 hours of talks", "had signed the accord": the verb's event, told once
                    break
                c.alive = False
                d.subject_tok = c.t0
                d.strong_override = True
                d.tense = c.tense
                break
        taken = {k for c in cands if c.alive for k in range(c.t0, c.t1)}
        for d in cands:
            j = d.t0 - 1
            if j >= 1 and self._adjective_like(tok.low[j]) and tok.low[j] not in self.lex.light_verbs:
                j -= 1  # "voiced deep concern"
            if d.entry.pos != "noun" or not d.entry.weak or d.entry.type not in self.lex.joined_types or j < 1 \
                    or tok.sent[j] != d.sent or tok.low[j] not in self.lex.light_verbs or j in taken \
                    or not tok.low[j].endswith("ed") or tok.low[j - 1] in self.w.passive_aux:
                continue
            d.subject_tok = j  # "Lithuania, which closed two crossings last year, expressed solidarity with Poland":
            d.strong_override = True  # the noun of a light verb that is no trigger itself is the act, told as done

    def _generic_nouns(self, cands: list[_Cand]) -> None:
        """"had no authority to make such a demand", "such talks": an event noun after "such" names a kind of event,
        no particular one."""
        tok = self.tokens
        for c in cands:
            if c.alive and c.entry.pos == "noun" and c.t0 >= 1:
                k = c.t0 - 1
                while k >= 0 and tok.sent[k] == c.sent and c.t0 - k <= 3 and (tok.low[k] in ("a", "an") or tok.low[k] in self.w.adverbs):
                    k -= 1
                if k >= 0 and tok.sent[k] == c.sent and tok.low[k] == "such":
                    c.alive = False
            if c.alive and c.entry.pos == "noun" and c.entry.type == "CONSULT" and c.entry.weak \
                    and c.t1 + 1 < len(tok.low) and tok.low[c.t1] == "of":
                body = next((tok.low[j] for j in range(c.t1 + 1, min(len(tok.low), c.t1 + 5))
                             if tok.sent[j] != c.sent or tok.low[j] in self.w.sitting_bodies
                             or tok.low[j] in self.w.prepositions or not tok.low[j][:1].isalpha()), "")
                if body in self.w.sitting_bodies:
                    c.alive = False  # "in a joint session of parliament": the body sits; no two parties consult

    def _recall_purposes(self, cands: list[_Cand]) -> None:
        """"called its high commissioner home for consultations": consultations an envoy is called home (or back) for
        are the recall's purpose, no consultation between the parties."""
        tok = self.tokens
        for c in cands:
            if not (c.alive and c.entry.pos == "noun" and c.entry.type == "CONSULT" and c.t0 >= 2
                    and tok.low[c.t0 - 1] == "for" and tok.sent[c.t0 - 2] == c.sent):
                continue
            if tok.low[c.t0 - 2] in ("home", "back") or any(
                    d.alive and d.entry.pos == "verb" and d.entry.type in ("PROTEST", "SANCTION") and d.sent == c.sent
                    and 0 <= c.t0 - d.t1 <= 10 for d in cands):
                c.alive = False  # (and "recalled its ambassador from New Delhi for consultations")

    def _relative_predicate(self, c: _Cand) -> bool:
        """"a final session that began on Monday", "talks which took place in Oman": a relative pronoun right
        after the noun, then a predicate of occurrence (cues.yaml ``predicates``)."""
        tok = self.tokens
        k = c.t1
        if k + 1 < len(tok.low) and tok.low[k] == "," and tok.low[k + 1] == "which":
            k += 1  # "the negotiations, which took place in Oman"
        if k + 1 >= len(tok.low) or tok.sent[k] != c.sent or tok.low[k] not in ("that", "which"):
            return False
        return self._has_predicate(k + 1, min(k + 4, len(tok.low)))

    def _fold_participles(self, cands: list[_Cand]) -> None:
        """"an interim deal struck in Geneva", "the accord signed in Doha on Saturday", "the summit held in
        Riyadh": a past form of a light verb (or of a verb of the noun's own type) right after an event noun,
        with no object of its own, is a participle telling that noun's event; the noun is the event (in the
        past), never the verb on its own ("struck" is no strike here)."""
        tok, n_tok = self.tokens, len(self.tokens.low)
        by_t0 = {c.t0: c for c in cands if c.entry.pos == "verb"}
        for c in cands:
            if not c.alive or c.entry.pos != "noun" or c.t1 + 1 >= n_tok or tok.sent[c.t1] != c.sent:
                continue
            p = c.t1
            if tok.low[p] in ("was", "were") and p + 2 < n_tok and tok.sent[p + 2] == c.sent:
                p += 1  # "A deal was struck in Doha on Sunday": the passive tells the noun's event too
                pv = by_t0.get(p)
                if pv is not None and pv.entry.type == c.entry.type:
                    continue  # ("the talks were hosted by Oman": the verb's own event, with its agent)
            v = by_t0.get(p)
            word = tok.low[p]
            if v is not None and (v.tense != "past" or v.t1 != p + 1
                                  or not (word in self.lex.light_verbs or v.entry.type == c.entry.type)):
                continue
            if v is None and not (word in self.lex.light_verbs and word.endswith(("ed", "ck", "ld", "ne", "de"))
                                  and word not in self.w.passive_aux):
                continue
            nxt = tok.low[p + 1] if tok.sent[p + 1] == c.sent else "."
            if not (nxt in self.w.prepositions or nxt in (",", ".", ";") or self._timex_at(c.t1 + 1)) \
                    or nxt in ("to", "that"):
                continue  # "the talks reached a deadlock", "the talks held that ...": a verb with its object
            if v is not None:
                v.alive = False
            c.participle = True
            c.strong_override = True
            c.tense = "past"

    def _fold_noun_compounds(self, cands: list[_Cand]) -> None:
        """"a ceasefire agreement", "peace talks": a trigger noun right before another trigger noun only
        modifies it; the last noun of the compound is the event."""
        tok = self.tokens
        for c, d in zip(cands, cands[1:]):
            if c.alive and c.entry.pos == "noun" and d.entry.pos == "noun" and d.t0 == c.t1 \
                    and tok.sent[d.t0] == c.sent and c.tense == "noun" and not c.text[-1:] in ("s",) \
                    and self.text[c.end:d.start] == " ":
                c.alive = False

    def _fold_weak_nouns(self, cands: list[_Cand]) -> None:
        """"sanctions will be lifted", "imposed tariffs": a weak noun right next to a verb trigger is
        that verb's object or subject, not an event of its own."""
        tok = self.tokens
        verbs = [c for c in cands if c.alive and c.entry.pos == "verb" and not c.entry.cancels]  # "postponed his trip"
        for c in cands:
            if c.alive and c.entry.pos == "noun" and not c.entry.weak and not c.strong_override and c.same_as is None:
                v = next((v for v in verbs if v.sent == c.sent and v.entry.type == c.entry.type and v.t1 <= c.t0 <= v.t1 + 1
                          and v.tense in ("past", "present") and v.start < c.start), None)
                if v is not None and (c.t0 == v.t1 or tok.low[v.t1] in self.lex.determiners):
                    c.same_as = v  # "Israel signed agreements on Tuesday": the signing, told once
                    continue
            if not c.alive or c.entry.pos != "noun" or not c.entry.weak or c.strong_override:
                continue
            for v in verbs:
                gap = v.t0 - c.t1 if v.t0 >= c.t1 else c.t0 - v.t1
                if 0 <= gap <= 3 and v.sent == c.sent and tok.clause[v.t0] == tok.clause[c.t0] \
                        and not any(tok.low[k] in (",", "that") for k in range(min(c.t1, v.t1), max(c.t0, v.t0))):
                    if v.entry.type == c.entry.type:
                        c.same_as = v  # "said in a televised address": one statement, two mentions
                    else:
                        c.alive = False
                    break

    # ---- cues

    def _phrase_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        low = self.tokens.low
        n = len(phrase)
        if i < 0 or n == 0:
            return low[i:i + n] == list(phrase) and all(self.tokens.sent[i + k] == self.tokens.sent[i] for k in range(n))
        if i + n > len(low) or low[i] != phrase[0]:
            return False
        if n > 1:  # (sentence indices never decrease: the last word in the first's sentence is all of them)
            if tuple(low[i + 1:i + n]) != tuple(phrase[1:]):
                return False
            sent = self.tokens.sent
            return sent[i + n - 1] == sent[i]
        return True

    def _cue_before(self, t0: int, status: str | None = None, exact_end: bool = False):
        tok = self.tokens
        for cue in self.lex.status_cues:
            if cue.where != "before" or (status is not None and cue.status != status):
                continue
            for phrase in cue.words:
                n = len(phrase)
                ends = [t0] if exact_end else range(t0, max(-1, t0 - cue.window - 1), -1)
                for end in ends:  # phrase occupies [end - n, end)
                    s = end - n
                    if s < 0 or tok.sent[s] != tok.sent[t0] or (n and tok.low[s] != phrase[0]):
                        continue
                    if self._phrase_at(s, phrase):
                        return cue.status, " ".join(phrase)
        return None

    def _set_status(self, c: _Cand) -> None:
        tok, lex = self.tokens, self.lex
        cues = lex.status_cues
        best: tuple[int, str] | None = None
        lo = max(0, c.t0 - 9)
        hi = min(len(tok.low), c.t1 + 9)
        cue_index, low, sent, clause, timex_cover = lex.cue_index, tok.low, tok.sent, tok.clause, self.timex_cover
        for s in range(lo, hi):
            found_here = cue_index.get(low[s])
            if found_here is None or c.t0 <= s < c.t1 or sent[s] != c.sent or clause[s] != clause[c.t0] \
                    or s in timex_cover:
                continue  # (not "May 24": a month, not the modal)
            for words, k in found_here:
                if best is not None and k >= best[0]:
                    continue
                cue = cues[k]
                n = len(words)
                if cue.where == "before":
                    if not (s + n <= c.t0 and c.t0 - (s + n) <= cue.window - n):
                        continue
                elif not (c.t1 <= s < c.t1 + cue.window):
                    continue
                if any(tok.low[j] == "than" and tok.sent[j] == c.sent for j in range(max(0, s - 2), s)):
                    continue  # "a day later than first planned": a comparison, no plan
                if self._phrase_at(s, words):
                    best = (k, " ".join(words))
                    best_at = s
        found = (cues[best[0]].status, best[1]) if best else None
        if found and found[0] in ("planned", "hypothetical") and cues[best[0]].where == "before" \
                and c.entry.pos == "verb" and c.tense == "past" and c.t0 > 0 \
                and tok.low[c.t0 - 1] not in self.w.passive_aux | self.w.perfect_aux | {"have"} \
                and ((best_at < c.t0 - 2 and tok.low[c.t0 - 2:c.t0] == [",", "and"])
                     or (best_at < c.t0 - 3 and tok.low[c.t0 - 3:c.t0 - 1] == [",", "and"]
                         and tok.low[c.t0 - 1] in self.w.adverbs)):
            found = None  # "said they would start sharing data, and criticized China": a new verb in the past is told as fact
        if (found is None or found[0] in ("planned", "ongoing", "hypothetical")) \
                and not (c.entry.pos == "noun" and self._determiner_before(c.t0) in self.w.definite):
            denial = self._denied_content(c)  # (not "during the meeting": a reference to another event)
            if denial:
                found = ("denied", denial)  # "Peskov denied that Moscow had been consulted"
        if found and found[0] == "denied" and found[1] in ("no", "not", "never") and c.entry.pos == "noun":
            c.alive = False  # "no ceasefire is on the agenda": no event
            return
        if found and found[0] == "denied" and c.entry.pos == "verb" and found[1].endswith(("not", "n't", "never")) \
                and best_at is not None and not any(tok.low[k] in self.lex.modals or tok.low[k] == "to"
                                                    for k in range(max(0, best_at - 2), best_at + 1)) \
                and (c.entry.type not in self.lex.negated_types
                     or any(tok.low[k] in self.w.passive_aux for k in range(max(0, best_at - 1), c.t0))):
            c.alive = False  # "said the United States did not support Taiwan independence", "which was not consulted":
            # a state of affairs, no event
            return
        if found and found[0] == "planned" and c.entry.pos == "noun" and found[1].split()[-1] == "to" \
                and found[1].split()[0] in ("agreed", "agree", "agrees") and self._determiner_before(c.t0) is not None:
            found = None  # "agreed to a truce": "to" is a preposition here, the agreement is made (not "agreed to meet")
        if c.entry.cancels and found and found[0] in ("cancelled", "postponed"):
            found = None  # "canceled" is the cancellation itself, which happened
        if c.entry.cancels and found and found[0] in ("planned", "hypothetical") and found[1] in ("would", "will", "would be", "will be") \
                and self._reporting_before(c) is not None:
            found = None  # "announced on Tuesday, saying he would be postponing the visit": calling it off is the saying
            self._told_cancels.add(id(c))
        if found is None and c.tense == "ing" and c.t0 > 0 and tok.low[c.t0 - 1] in self.w.progressive_aux:
            found = ("ongoing", tok.low[c.t0 - 1] + " " + tok.low[c.t0])
        if found is None and c.entry.pos == "noun" and c.subject_tok is not None and c.subject_tok < c.t0 - 3:
            # "offered to host a new round of talks": the cues of the light verb that governs the noun
            probe = _Cand(c.entry, c.tense, tok.starts[c.subject_tok], tok.ends[c.subject_tok], tok.low[c.subject_tok],
                          c.subject_tok, c.subject_tok + 1, c.sent)
            self._set_status(probe)
            if probe.alive and probe.status != "occurred":
                found = (probe.status, probe.status_cue)
        if found is None and c.entry.pos == "verb" and c.tense == "base" and self._headline_future(c.t0):
            found = ("planned", "to")
        if found is None and c.entry.status is not None:
            found = (c.entry.status, c.text.lower())  # "invited Kim to visit the White House": the visit is to come
        if found is None and c.entry.pos == "verb" and c.tense == "base":
            k = self._coordinated_modal(c)
            if k is not None:  # "would establish a headquarters, send two destroyers and deploy two squadrons"
                found = ("planned" if tok.low[k] in ("will", "would", "shall") else "hypothetical", tok.low[k])
        if found:
            c.status, c.status_cue = found

    def _coordinated_modal(self, c: _Cand) -> int | None:
        """The modal that governs a base-form verb coordinated after others ("would establish ..., send ... and
        deploy"): the verb follows "," or "and", and a modal opens the list in the same clause, with no clause
        break, reporting verb or "that" between."""
        tok = self.tokens
        if c.t0 < 2 or tok.low[c.t0 - 1] not in (",", "and") or tok.sent[c.t0 - 1] != c.sent:
            return None
        for k in range(c.t0 - 2, max(-1, c.t0 - 30), -1):
            w = tok.low[k]
            if tok.sent[k] != c.sent or w in (";", ":", "that", '"', "“", "”") or w in self.lex.reporting \
                    or (w in self.lex.clause_breaks and w not in (",", "and")):
                return None
            if w in self.lex.modals:
                return k
        return None

    def _reporting_before(self, c: _Cand) -> int | None:
        """The token of a reporting verb earlier in the sentence of ``c`` ("said", "announced ..., saying")."""
        tok = self.tokens
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent:
            if tok.low[k] in self.lex.reporting:
                return k
            k -= 1
        return None

    def _denied_content(self, c: _Cand) -> str | None:
        """The words that deny the clause of ``c`` when it is what someone denies: "denied that <clause>",
        "rejected claims that <clause>" (cues.yaml ``denials``)."""
        tok = self.tokens
        j = c.t0
        while j > 0 and tok.clause[j - 1] == tok.clause[c.t0]:
            j -= 1
        if tok.low[j] != "that" or j == 0 or tok.sent[j - 1] != c.sent:
            return None
        for phrase in self.lex.denials:
            n = len(phrase)
            if j - n >= 0 and self._phrase_at(j - n, phrase):
                return " ".join(phrase) + " that"
        return None

    def _set_medium(self, c: _Cand) -> None:
        c.medium = c.entry.medium
        if c.entry.type != "CONSULT" or c.medium in ("phone", "writing"):
            return
        tok = self.tokens
        for s in range(c.t1, min(len(tok.low), c.t1 + 10)):  # ("spoke with Saudi Crown Prince Mohammed bin Salman by phone")
            if tok.sent[s] != c.sent or (s > c.t1 and s in self.trigger_toks):
                break
            if s > c.t1 + 5 and not any(k in self.mention_cover for k in range(c.t1, s)):
                break
            for phrase in self._phone_index.get(tok.low[s], self._phone_empty):
                if self._phrase_at(s, phrase):
                    c.medium = "phone"
                    return

    # ---- actors

    def _mentions_in(self, t_from: int, t_to: int) -> list[tuple[int, ActorMention]]:
        out = []
        for i in range(max(0, t_from), min(t_to, len(self.tokens.low))):
            m = self.mention_by_tok.get(i)
            if m is not None:
                out.append((i, m))
        return out

    def _is_location_use(self, i: int, m: ActorMention) -> bool:
        """"at the White House", "in Budapest": a place, not a participant."""
        tok = self.tokens
        j = i - 1
        if j >= 0 and tok.low[j] == "the":
            j -= 1
        if j < 0 or tok.sent[j] != tok.sent[i]:
            return False
        if tok.low[j] == "," and m.actor.kind == "state" and m.via == "name":
            # "in Lausanne, Switzerland": the country of the place just named
            k = j - 1
            while k > j - 4 and k >= 0 and tok.sent[k] == tok.sent[i] and self.text[tok.starts[k]].isupper():
                k -= 1
            return k < j - 1 and k >= 0 and tok.low[k] in self.lex.location_preps
        return tok.low[j] in self.lex.location_preps and m.via not in ("title", "description", "surname") \
            and (m.actor.kind in ("state", "territory") or m.via in ("metonym", "capital", "city", "place"))

    def _participant(self, i: int, m: ActorMention) -> bool:
        """Can this mention be a participant? Adjectives only before actor nouns ("European leaders");
        news media report events, they do not take part ("The Washington Post reported")."""
        if m.actor.role == "media" or self._is_dateline(i, m):
            return False
        if self._is_location_use(i, m):
            return m.actor.kind != "territory" and self._agent_of(i)  # "officials in Kyiv condemned": Ukraine acts
        if m.actor.kind == "territory":
            return self._territory_body(m)  # "Crimea", "the Gaza Strip" are places, never parties
        if m.via in ("adjective", "demonym") and m.actor.kind != "person":
            if self.text[m.end:m.end + 1] == "-":
                return False  # "Russian-occupied"
            if m.via == "demonym" and m.text.endswith("s") and m.text[:1].isupper() \
                    and not (i > 0 and i - 1 in self.mention_cover and _same_sentence(self.tokens, i - 1, i)):
                return True  # "13 Israelis were handed over": people of that state (not "the Karabakh Armenians")
            return self._adjective_head_after(m, depth=2)
        return True

    def _territory_body(self, m: ActorMention) -> bool:
        """A territory's own authorities or people act ("Greenland's government", "the Karabakh Armenians",
        "Gaza authorities"); the territory itself is only a place."""
        tok = self.tokens
        k = tok.at(m.end)
        if k < len(tok.low) and tok.low[k] in ("'s", "’s"):
            k += 1
        if k >= len(tok.low) or tok.sent[k] != tok.sent[tok.covering(m.start)]:
            return False
        raw = self.text[tok.starts[k]:tok.ends[k]]
        return tok.low[k] in self.w.state_heads or tok.low[k] in self.lex.adjective_heads \
            or (raw[:1].isupper() and raw.endswith("ns") and tok.starts[k] == m.end + 1)  # "Karabakh Armenians"

    def _adjective_head_after(self, m: ActorMention, depth: int) -> bool:
        """"European leaders", and "South Korean and Japanese officials" (a head after a list)."""
        tok = self.tokens
        k = tok.at(m.end)
        nxt = tok.low[k] if k < len(tok.low) else ""
        if nxt in self.lex.adjective_heads:
            return True
        j = k
        while j < len(tok.low) and j < k + 2 and j not in self.mention_cover and tok.sent[j] == tok.sent[k] \
                and (self.text[tok.starts[j]].isupper() or any(ch.isdigit() for ch in tok.low[j])):
            j += 1  # "Indian Mirage jets", "Russian Su-34 bombers": a model's name before the head
        if j > k and j < len(tok.low) and tok.sent[j] == tok.sent[k] and tok.low[j] in self.lex.adjective_heads \
                and tok.low[j].endswith("s"):
            return True
        if depth > 0 and nxt in ("and", ",", "or") and k + 1 in self.mention_by_tok:
            other = self.mention_by_tok[k + 1]
            return other.via in ("adjective", "demonym") and self._adjective_head_after(other, depth - 1)
        return False

    def _is_dateline(self, i: int, m: ActorMention) -> bool:
        """"SINGAPORE - President Donald Trump ...": the place a report was filed from."""
        tok = self.tokens
        s0 = self.sentences[tok.sent[i]][0] if i < len(tok.sent) else 0
        if m.start > s0 + 2:
            return False
        k = tok.at(m.end)
        return k < len(tok.low) and tok.low[k] in ("-", "—", "–", ":") and tok.sent[k] == tok.sent[i] \
            and m.text.isupper()


    def _state_behind(self, m: ActorMention) -> ActorMention:
        """"President Ilham Aliyev's government demanded": the state acts, not the person."""
        if m.actor.kind != "person" or not m.actor.country:
            return m
        tail = self.text[m.end:m.end + 40]
        found = re.match(r"['’]s\s+(\w+)", tail)
        if found is None or found.group(1).lower() not in self.w.state_heads:
            return m
        state = self._state_of(m.actor.country)
        return ActorMention(m.start, m.end, m.text, state, "description") if state is not None else m

    def _state_of(self, country: str) -> Actor | None:
        """The state actor of a country code: as the document names it, else from the gazetteer."""
        if country in self.state_by_country:
            return self.state_by_country[country]
        entry = self.gazetteer.get(country) if self.gazetteer is not None and hasattr(self.gazetteer, "get") else None
        actor = getattr(entry, "actor", None)
        return actor if isinstance(actor, Actor) and actor.kind == "state" else None

    def _agent_of(self, i: int) -> bool:
        """"representatives of the Karabakh Armenians met ...": after "<actor noun> of", the actor acts."""
        tok = self.tokens
        j = i - 1
        while j >= 0 and tok.sent[j] == tok.sent[i] and tok.low[j] in ("the", "a", "an"):
            j -= 1
        if j >= 1 and tok.low[j] == "in" and tok.sent[j - 1] == tok.sent[i] and tok.low[j - 1] in self.lex.agent_heads \
                and tok.low[j - 1].endswith("s"):
            return True  # "Republican leaders in Congress vowed ...": the body they belong to acts
        if j >= 1 and tok.low[j] == "in" and tok.sent[j - 1] == tok.sent[i] and tok.low[j - 1] in self.w.state_heads \
                and self._unowned_body(j - 1):
            m = self.mention_by_tok.get(i)
            return m is not None and m.actor.kind == "state"  # "The foreign ministry in Warsaw summoned": Poland acts
        return j >= 1 and tok.low[j] in ("of", "from") and tok.sent[j - 1] == tok.sent[i] \
            and tok.low[j - 1] in self.lex.agent_heads  # ("envoys from the United States, China and Qatar say")

    def _unowned_body(self, k: int) -> bool:
        """Is the body noun at token ``k`` ("ministry", "government") owned by no actor named before it in its
        noun phrase (not "Russian forces in Ukraine", "Poland's foreign ministry in Warsaw")?"""
        tok = self.tokens
        j = k - 1
        while j >= 0 and tok.sent[j] == tok.sent[k] and k - j <= 4:
            if j in self.mention_cover or tok.low[j] in ("'s", "’s"):
                return False
            if tok.low[j] in self.lex.determiners or not self.text[tok.starts[j]:tok.ends[j]][:1].isalpha():
                return True
            j -= 1
        return True

    def _prep_before(self, i: int) -> str | None:
        tok = self.tokens
        j = i - 1
        while j >= 0 and tok.sent[j] == tok.sent[i] and tok.low[j] in ("the", "a", "an", "his", "her", "its", "their"):
            j -= 1
        if j >= 0 and tok.sent[j] == tok.sent[i] and tok.low[j] in self.w.prepositions \
                and tok.low[j] not in ("after", "before", "following", "since"):
            return tok.low[j]
        return None

    def _subject_chain(self, t_end: int, clause_only: bool = True) -> list[ActorMention]:
        """Actor mentions right before ``t_end`` that act as its subject: the nearest participant
        not inside a prepositional phrase, with those coordinated with it ("A and B"). Without
        ``clause_only`` it may look into earlier clauses, never across reported speech ("said that")."""
        tok = self.tokens
        sent = tok.sent[t_end] if t_end < len(tok.sent) else tok.sent[-1]
        clause = tok.clause[t_end] if t_end < len(tok.clause) else tok.clause[-1]
        head = self._apposition_head(t_end)
        if head is not None:
            return head  # "China, the North's main trading partner, said": the head, not a name inside the apposition
        chain: list[tuple[int, ActorMention]] = []
        i = t_end - 1
        while i >= 0 and tok.sent[i] == sent:
            if tok.clause[i] != clause:
                if clause_only or tok.low[i + 1] == "that":
                    break
                clause = tok.clause[i]
            m = self.mention_by_tok.get(i)
            if m is not None and self._participant(i, m):
                m = self._state_behind(m)
                if chain:
                    between = tok.low[tok.at(m.end):chain[-1][0]]
                    if i > 0 and any(d.entry.pos == "verb" for d in self._cands_by_tok.get(i - 1, ())) and not (
                            tok.low[i - 1] in self.lex.reporting and tok.low[i - 1] not in ("tell", "told", "tells")):
                        break  # "Blinken telephoned Aliyev, and the EU condemned": Aliyev is the call's object (not
                        # "officials said Raimondo and Yellen could travel": a saying's clause starts with its subject)
                    if between == [","] and len(chain) == 1 and tok.low[tok.at(chain[0][1].end)] != "and" \
                            and not (self._is_headline(sent) and m.start == self.sentences[sent][0]):
                        break  # "before leaving Beijing, Blinken said": a comma alone joins a list only before "and"
                        # (and in a title: "Xi, Lula hold talks")
                        # (as in "from A, B, C and other countries")
                    if all(w in ("and", ",", "-", "&", "/") or w in self.lex.adjective_heads for w in between) \
                            or (between[-1:] == ["the"] and all(w in ("and", ",", "the") for w in between)) \
                            or self._joined_bodies(between, self.text[m.end:m.end + 2] in ("'s", "’s")):
                        chain.append((i, m))
                        i -= 1
                        continue
                    break
                if i > 0 and tok.sent[i - 1] == sent and any(w in ("and", ",") for w in tok.low[tok.at(m.end):t_end]) \
                        and not any(w == "that" or w in self.lex.clause_breaks for w in tok.low[tok.at(m.end):t_end]):
                    verb = next((d for d in self._cands_by_tok.get(i - 1, ()) if d.entry.pos == "verb"), None)
                    if verb is not None and verb.t0 < i:
                        shared = self._subject_chain(verb.t0, clause_only)
                        if shared:
                            return shared  # "Macron met Scholz and signed a pact": the pact is Macron's, not Scholz's
                if self._prep_before(i) is None or self._agent_of(i):
                    chain.append((i, m))
            elif not chain and m is None and tok.low[i] in self.lex.pronouns and i not in self.mention_cover:
                return []  # "after he met Scholz": the pronoun is the subject
            elif not chain and m is None and i in self.mention_cover:
                pass  # (inside a multi-word name, read at its first word)
            elif not chain and m is None and i >= t_end - 3 and tok.low[i] in self._subject_heads \
                    and i > 0 and tok.low[i - 1] in self.w.group_determiners:
                j = i - 1
                while j > 0 and tok.sent[j - 1] == sent and tok.low[j - 1] in self.w.group_determiners:
                    j -= 1
                pair = self._pair_description(j) if any(tok.low[x] in ("two", "both") for x in range(j, i)) else []
                return pair  # "..., and later that month the three leaders met": the group is the subject
            elif not chain and m is None and tok.low[i] in ("two", "both"):
                pair = self._pair_description(i - 1 if i > 0 and tok.low[i - 1] == "the" else i)
                if pair and i >= t_end - 5:
                    return pair  # "the two leaders signed"
            i -= 1
        return [m for _, m in reversed(chain)]

    def _joined_bodies(self, between: list[str], possessive: bool) -> bool:
        """"Sudan's army and the paramilitary Rapid Support Forces signed": the words between two coordinated actors
        are a body of the first ("'s army") and a modifier of the second ("the paramilitary") around "and"."""
        b = [w for w in between if w not in ("'s", "’s")]
        if not possessive or not b or b[0] not in self.lex.adjective_heads:
            return False
        while b and b[0] in self.lex.adjective_heads:
            b = b[1:]
        if len(b) >= 2 and b[-2] == "the" and b[-1].isalpha() and b[-1] not in self.w.prepositions:
            b = b[:-1]
        return "and" in b and all(w in ("and", ",", "the") for w in b)

    def _apposition_head(self, t_end: int) -> list[ActorMention] | None:
        """"Saudi Arabia, Iran's main rival, responded": a subject followed by an apposition set off by commas
        (a description: "the ...", "a ...", "<actor>'s ...", not a name) right before the verb at ``t_end``
        is the actor before the first comma, never one named inside the apposition; [] when that head is
        no known actor ("Kim Yong Chol, the leader's aide, delivered"); None when there is no such apposition."""
        tok = self.tokens
        k = t_end - 1
        while k > 0 and tok.sent[k] == tok.sent[t_end] and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                             or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1
        if k < 2 or tok.low[k] != "," or tok.sent[k] != tok.sent[t_end]:
            return None
        for j in range(k - 1, max(0, k - 14), -1):
            if tok.sent[j] != tok.sent[t_end] or j in self.trigger_toks or j in self.timex_toks \
                    or tok.low[j] in ("that", "and", "or", "said", "says") or tok.low[j] in self.lex.clause_breaks:
                return None
            if tok.low[j] != ",":
                continue
            first = j + 1
            m = self.mention_by_tok.get(first)
            if m is not None and tok.at(m.end) < k and self.text[m.end:m.end + 2] in ("'s", "’s"):
                pass  # "Iran's main rival": a description owned by an actor
            elif m is not None and m.actor.kind == "person" and m.via in ("name", "alias") and tok.at(m.end) == k \
                    and j - 1 in self.mention_cover and self.mention_cover[j - 1].actor.id == m.actor.id:
                chain = self._subject_chain(j)  # "Tillerson and the Saudi foreign minister, Adel al-Jubeir, told":
                return chain or None  # the name restates the description before it; the whole subject acts
            elif tok.low[first] not in ("the", "a", "an", "its", "his", "her", "their", "one"):
                return None  # ", Sergei Lavrov," (a name), ", speaking in Kyiv,": no description
            if j - 1 not in self.mention_cover or not _same_sentence(tok, j - 1, t_end):
                return []
            before = self.mention_cover[j - 1]
            i0 = tok.at(before.start)
            if (i0 > 1 and tok.low[i0 - 1] == "," and i0 - 2 in self.mention_cover) \
                    or self._prep_before(i0) is not None and not self._agent_of(i0):
                return None  # a list ("Germany, France, ...") or a prepositional phrase: not an apposition to a subject
            if not self._participant(i0, before):
                return []
            return [self._state_behind(before)]
        return None

    def _first_after(self, c: _Cand, limit: int = 12) -> tuple[int, ActorMention] | None:
        tok = self.tokens
        for i, m in self._mentions_in(c.t1, c.t1 + limit):
            if tok.sent[i] != c.sent or tok.clause[i] != tok.clause[c.t0]:
                break
            if any(k in self.trigger_toks for k in range(c.t1, i)):
                break  # the next trigger owns what follows it
            if any(tok.low[k] == "to" and k + 1 not in self.mention_by_tok and tok.low[k + 1] != "the"
                   for k in range(c.t1, i)):
                break  # "refused to disclose Russia's demands": the content, not the target
            if any(tok.low[k] == "according" for k in range(c.t1, i)):
                break  # "seized rifles, according to the armed forces chief": the source of the report
            if any(w == "that" or w in self.lex.clause_breaks for w in tok.low[c.t1:i]):
                break
            if any(w in self.w.subordinate_stops for w in tok.low[c.t1:i]):
                break  # "will not normalize relations until a Palestinian state ...", "bombed what X called a camp"
            if any(tok.low[k] == "and" and (k + 1 in self.trigger_toks or (
                    tok.low[k + 1].endswith("ed") and k + 1 not in self.mention_cover)) for k in range(c.t1, i)):
                break  # "suspended its presence in Kabul and moved it to Doha": the next verb's own object
            if any(tok.low[k] == "," and tok.low[k + 1] in ("and", "but", "or") for k in range(c.t1, i - 1)):
                break  # "condemned the agreements, and Turkey said ...": a new clause
            if any(k in self.timex_toks for k in range(self._past_leading_date(c), i)):
                break  # "met in Abu Dhabi on July 10, a month before the Washington summit"
            prep = self._prep_before(i)
            if prep == "of" and self._of_people(i):
                prep = None  # "hosted the leaders of Japan and South Korea": those people
            if prep == "in" and m.actor.kind == "state" and i >= 2 and tok.low[i - 1] == "in" and tok.low[i - 2] in self.w.seat_nouns:
                return i, m  # "open an embassy in Israel", "an embassy in Jerusalem": the state that receives it
            if prep == "from" and c.entry.type in ("PROTEST", "RETREAT", "SANCTION"):
                prep = None  # "recalled its ambassador from Moscow", "pulled its troops from Syria": the one left
            after = tok.at(m.end)
            if after < len(tok.low) and tok.low[after] in self.lex.reporting and tok.sent[after] == c.sent \
                    and any(tok.low[k] == "," for k in range(c.t1, i)):
                break  # "a plan to normalize relations, the bloc's foreign policy chief Josep Borrell said": the speaker
            if m.actor.kind == "person" and i - c.t1 >= 3 and tok.low[i - 1] == "," \
                    and tok.low[c.t1] in ("its", "their", "his", "her", "our") \
                    and not any(w.startswith("counterpart") for w in tok.low[c.t1:i]) \
                    and not any(k in self.mention_cover for k in range(c.t1, i - 1)):
                return None  # "recalled its ambassador, Anatoly Antonov,": the object's own name, not whom it is aimed at
            if self._participant(i, m) and prep not in ("by", "in", "at", "of", "from", "between"):
                named = self._named_in_apposition(i, m)
                return named if named is not None else (i, m)
            if prep in (None, "on", "against", "to") and self._object_adjective(c, i, m):
                return i, m  # "downed a Pakistani F-16", "hand back a captured Indian Air Force pilot"
        return None

    def _recipient_after(self, m: ActorMention) -> bool:
        """Is "to <actor>" right after mention ``m`` ("a letter from Kim to Trump")?"""
        tok = self.tokens
        k = tok.at(m.end)
        return k + 1 < len(tok.low) and tok.low[k] == "to" and (k + 1 in self.mention_by_tok or (
            tok.low[k + 1] == "the" and k + 2 in self.mention_by_tok))

    def _past_leading_date(self, c: _Cand) -> int:
        """"will fly on Monday to Israel", "arrived on Tuesday in Kyiv": a trip's destination may follow a date right
        after its verb; the token after that date when "to"/"in" follows it, else ``c.t1``."""
        tok = self.tokens
        if c.entry.mode != "visit":
            return c.t1
        k = c.t1
        if k < len(tok.low) and tok.low[k] in ("on", "in", "at", "late", "early") and k + 1 in self.timex_cover:
            k += 1
        while k < len(tok.low) and k in self.timex_cover and tok.sent[k] == c.sent:
            k += 1
        return k if k > c.t1 and k < len(tok.low) and tok.low[k] in ("to", "in") else c.t1

    def _named_in_apposition(self, i: int, m: ActorMention) -> tuple[int, ActorMention] | None:
        """"urged Iran's newly re-elected president, Hassan Rouhani, to": the person named in apposition to a
        description owned by ``m`` (a few lowercase words after "<m>'s", then a comma and a person's name)."""
        tok = self.tokens
        if self.text[m.end:m.end + 2] not in ("'s", "’s") or m.actor.kind == "person":
            return None
        k = tok.at(m.end + 2)
        for j in range(k, min(k + 6, len(tok.low) - 1)):
            if tok.sent[j] != tok.sent[i] or j in self.mention_cover or j in self.trigger_toks or j in self.timex_toks:
                return None
            if tok.low[j] == ",":
                named = self.mention_by_tok.get(j + 1)
                if named is not None and named.actor.kind == "person" and named.via in ("name", "alias"):
                    return j + 1, named
                return None
            if not self.text[tok.starts[j]:tok.ends[j]][:1].islower():
                return None
        return None

    def _object_adjective(self, c: _Cand, i: int, m: ActorMention) -> bool:
        """A state's adjective inside the object noun phrase right after a verb ("a Pakistani F-16", "two
        British journalists", "the Egyptian plan") names the state the act is aimed at: only determiners,
        numbers and lowercase modifiers between the verb and the adjective, and a noun after it (not
        "Russian-occupied", not the adjective of a longer name or a list)."""
        tok = self.tokens
        if m.via != "adjective" or m.actor.kind != "state" or self.text[m.end:m.end + 1] == "-" or i - c.t1 > 3 \
                or c.entry.mode == "visit" or c.entry.type not in self.w.material_types:
            return False  # ("flew to the Azerbaijani exclave of Nakhchivan to meet Aliyev": a place on the way; "praised
            # the German budget": words about a thing, not an act done to the state's people or property)
        for k in range(c.t1, i):
            w = tok.low[k]
            if k in self.mention_cover or k in self.timex_toks or not (w.isalnum() or w in self.lex.determiners) \
                    or (self.text[tok.starts[k]].isupper() and k > c.t1):
                return False
            if w in self.w.prepositions and (w not in ("on", "against", "to") or k > c.t1):
                return False  # (not "sharing warning data on North Korean launches": the verb's own object first)
        nxt = tok.at(m.end)
        return nxt < len(tok.low) and tok.sent[nxt] == c.sent and tok.low[nxt][:1].isalnum() \
            and tok.low[nxt] not in ("and", "or") and nxt not in self.mention_cover

    def _of_people(self, i: int) -> bool:
        """Is the mention at token ``i`` the "X" of "the leaders of X", "the president of X", "a delegation of X"?"""
        tok = self.tokens
        k = i - 1
        while k >= 0 and tok.low[k] != "of" and i - k < 3:
            k -= 1
        return k > 0 and tok.low[k] == "of" and tok.low[k - 1] in self.lex.adjective_heads and tok.low[k - 1] not in (
            "state", "border", "sites", "facilities", "bases", "base", "positions", "targets", "cities", "ports",
            "airports", "infrastructure", "foreign", "air", "naval", "armed", "special", "royal", "prime")

    def _coordinated_after(self, i: int, m: ActorMention) -> list[ActorMention]:
        """"hosted A and B": the actors joined to the first object by "and"."""
        tok = self.tokens
        out = []
        k = tok.at(m.end)
        while k + 1 < len(tok.low) and tok.low[k] in ("and", ",") and tok.sent[k] == tok.sent[i]:
            nxt = self.mention_by_tok.get(k + 1)
            if nxt is None or not self._participant(k + 1, nxt):
                break
            out.append(nxt)
            k = tok.at(nxt.end)
        return out

    def _denied_party(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"Putin denied that Moscow wanted to divide Ukraine", "denied that the Russian state had interfered in
        American affairs": a denial is aimed at the other side the denied words name, the first actor in its
        "that" clause that is not the denier's own (its state, its capital, its people)."""
        tok = self.tokens
        k = c.t1
        while k < len(tok.low) and tok.sent[k] == c.sent and k < c.t1 + 5 and (
                k in self.timex_cover or (tok.low[k] in ("on", "in", "at") and k + 1 in self.timex_cover)):
            k += 1
        if source is None or k >= len(tok.low) or tok.low[k] != "that" or tok.sent[k] != c.sent:
            return None
        own = {source.actor.id, source.actor.country}
        for j in range(k + 1, min(len(tok.low), k + 30)):
            if tok.sent[j] != c.sent or tok.low[j] in (";", "but", ",", "said", "says", "told"):
                return None
            m = self.mention_by_tok.get(j)
            if m is None or m.actor.role == "media" or self.text[m.end:m.end + 1] == "-":
                continue
            if m.actor.id in own or (m.actor.country and m.actor.country in own):
                continue
            if self._participant(j, m) or (m.via == "adjective" and m.actor.kind == "state"):
                return m
        return None

    def _pronoun_object(self, c: _Cand, source: ActorMention | None) -> ActorMention | None:
        """"Blinken telephoned Aliyev to urge him to halt", "had warned him that": "him"/"her" as the object of the
        verb is the last person named before it (in its sentence or the one before) who is not the doer."""
        tok = self.tokens
        k = c.t1
        if k >= len(tok.low) or tok.sent[k] != c.sent or tok.low[k] not in ("him", "her"):
            return None
        nxt = tok.low[k + 1] if k + 1 < len(tok.low) and tok.sent[k + 1] == c.sent else "."
        if tok.low[k] == "her" and nxt[:1].isalpha() and nxt not in self.w.prepositions and nxt not in ("that", "and"):
            return None  # "praised her government": a possessive, not the object
        lo = self.sentences[max(0, c.sent - 1)][0]
        pos = bisect.bisect_left(self.mention_starts, c.start)
        mine = source.actor.id if source is not None else None
        for m in reversed(self.mentions[:pos]):
            if m.start < lo:
                return None
            if m.actor.kind == "person" and m.actor.id != mine and not self._in_quote(m.start):
                return m
        return None

    def _that_subject(self, c: _Cand) -> ActorMention | None:
        """"demanded that Armenia change its constitution": the actor asked to act."""
        tok = self.tokens
        k = c.t1
        while k < len(tok.low) and tok.sent[k] == c.sent and k < c.t1 + 5 and (
                k in self.timex_cover or (tok.low[k] in ("on", "in", "at") and k + 1 in self.timex_cover)):
            k += 1  # "demanded on Monday that ..."
        if k + 1 >= len(tok.low) or tok.low[k] != "that":
            return None
        i = k + 2 if tok.low[k + 1] == "the" and k + 2 < len(tok.low) else k + 1  # "demanded that the United States stop"
        m = self.mention_by_tok.get(i)
        return m if m is not None and tok.sent[i] == c.sent and self._participant(i, m) else None

    def _between(self, c: _Cand) -> list[ActorMention]:
        """"a phone call between the two leaders", "talks between A and B"."""
        tok = self.tokens
        dated = [k for k in range(c.t1, min(c.t1 + 8, len(tok.low)))
                 if k in self.timex_cover or (tok.low[k] in ("on", "in", "at") and k + 1 in self.timex_cover)]
        span = 3 + (len(dated) if dated and dated[0] <= c.t1 + 1 else 0)  # "talks on Tuesday afternoon between A and B"
        for k in range(c.t1, min(c.t1 + span, len(tok.low))):
            if tok.sent[k] != c.sent:
                return []
            if tok.low[k] in ("between", "among"):
                found: list[ActorMention] = []
                j = k + 1
                while j < len(tok.low) and tok.sent[j] == c.sent and j < k + 20:
                    m = self.mention_by_tok.get(j)
                    if m is not None:
                        if self._participant(j, m) and m.actor.id not in {f.actor.id for f in found}:
                            found.append(m)
                        j = tok.at(m.end)
                        continue
                    w = tok.low[j]
                    if w == "," and j + 1 in self.mention_by_tok:
                        j += 1
                        continue  # an apposition: "his Russian counterpart, Sergey Lavrov"
                    if w in self.w.prepositions or w in (",", ";", "that") or w in self.lex.clause_breaks \
                            or j in self.trigger_toks or j in self.timex_toks:
                        break
                    j += 1
                if len(found) < 2:
                    found = self._pair_description(k + 1) or found
                return found
        return []

    def _pair_description(self, k: int) -> list[ActorMention]:
        """"the two leaders": the last two actors named before with a matching role."""
        tok = self.tokens
        j = k + 1 if tok.low[k] == "the" else k
        if j >= len(tok.low) or tok.low[j] not in ("two", "both"):
            return []
        for words, roles in self.lex.pairs.items():
            if tok.low[j + 1:j + 1 + len(words)] == list(words):
                found: list[ActorMention] = []
                pair = self._last_pair(tok.starts[k], tok.sent[k], roles)
                if pair:
                    return pair  # "Vucic and Hoti signed ..., with Trump looking on. The two leaders will meet again"
                pos = bisect.bisect_left(self.mention_starts, tok.starts[k])
                for m in reversed(self.mentions[:pos]):
                    role = (m.actor.role or "").lower()
                    if self._is_location_use(tok.at(m.start), m):
                        continue
                    if "@state" in roles:
                        state = self._state_of(m.actor.country) if m.actor.kind == "person" and m.actor.country else None
                        if state is not None:  # ("Trump" for "the two governments": the United States)
                            m = ActorMention(m.start, m.end, m.text, state, "description")
                        fits = m.actor.kind == "state"
                    else:
                        fits = m.actor.kind == "person" and any(r in role for r in roles)
                    if fits and m.actor.id not in {f.actor.id for f in found}:
                        found.append(m)
                    if len(found) == 2:
                        return list(reversed(found))
                return []
        return []

    def _last_pair(self, before: int, si: int, roles) -> list[ActorMention]:
        """The two parties of the last event told with exactly two persons of a matching role (states for ``@state``)
        as its source and target, within the three sentences before ``before``: "the two leaders" are the pair that
        last acted together, not the last two people named (a host looking on, a mediator)."""
        for g in reversed(getattr(self, "_group_events", ())):
            if g.sent >= si or g.quoted or g.source is None or g.target is None:
                continue  # (in its own sentence, the last two named: "A and B hosted C and D, and the two men met")
            if g.entry.type not in self.w.symmetric_types and g.target.start > g.start:
                continue  # ("Parmelin welcomed Biden": one acting on the other, not a pair acting together)
            if g.sent < si - 3:
                break
            pair = []
            for m in (g.source, g.target):
                own = self.mention_by_tok.get(self.tokens.covering(m.start))
                m = own if own is not None and own.start == m.start and own.actor.id == m.actor.id else m
                if "@state" in roles:
                    state = self._state_of(m.actor.country) if m.actor.kind == "person" and m.actor.country else None
                    m = ActorMention(m.start, m.end, m.text, state, "description") if state is not None else m
                    fits = m.actor.kind == "state"
                else:
                    fits = m.actor.kind == "person" and any(r in (m.actor.role or "").lower() for r in roles)
                if not fits:
                    break
                pair.append(m)
            if len(pair) == 2 and pair[0].actor.id != pair[1].actor.id:
                return pair
        return []

    def _compound_before(self, c: _Cand) -> list[ActorMention]:
        """"the Trump-Putin summit", "Russia's invasion", "the Rubio-Lavrov call"."""
        tok = self.tokens
        found = []
        i = c.t0 - 1
        while i >= 0 and i >= c.t0 - 4 and tok.sent[i] == c.sent:
            w = tok.low[i]
            if w in self.lex.determiners and not w.endswith(("'s", "’s")) and w not in ("'s", "’s"):
                break
            if w in self.w.prepositions or w in (",", "and") or w in self.lex.clause_breaks or w in self.lex.light_verbs:
                break  # "France and Germany held talks": the subject of the verb, not a compound
            m = self.mention_by_tok.get(i)
            if m is None:
                # a mention may start earlier inside the same token ("Rubio-Lavrov")
                pos = bisect.bisect_right(self.mention_starts, tok.starts[i]) - 1
                while pos >= 0 and self.mentions[pos].end > tok.starts[i] - 1 and self.mentions[pos].start >= tok.starts[i]:
                    pos -= 1
            for mm in self.mentions:
                if tok.starts[i] <= mm.start < tok.ends[i] and mm not in found and (
                        self._participant(i, mm) or mm.via in ("adjective", "demonym")):
                    if mm.via == "metonym" and i == c.t0 - 1 and c.entry.type == "CONSULT":
                        continue  # "the Washington summit": a place
                    found.append(mm)
            i -= 1
        return sorted(found, key=lambda m: m.start)

    def _pronoun_actor(self, c: _Cand, exclude: set[str]) -> ActorMention | None:
        """"whom he reportedly pressured": he/she -> the last person who was the subject of an
        event before (else the last person named)."""
        tok = self.tokens
        lo = c.t0 - 4
        k = c.t0 - 1
        while k > 0 and c.t0 - k <= 5 and tok.sent[k] == c.sent and (
                tok.low[k] in ("to", "due", "set", "expected", "going", "about", "be") or tok.low[k] in self.w.passive_aux
                or tok.low[k] in self.w.past_aux or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals
                or tok.low[k] in self.w.adverbs):
            k -= 1
        lo = min(lo, k - 1)  # ("where he is due to meet Netanyahu": past the auxiliaries to the pronoun)
        for j in range(c.t0 - 1, max(-1, lo), -1):
            if tok.sent[j] != c.sent:
                break
            w = tok.low[j]
            if w in self.lex.pronouns:
                if not self._person_before(j):  # "Trump flew on to Seoul. He met Moon": the previous sentence's subject
                    prev = self._previous_subject(c.sent, exclude)
                    if prev is not None:
                        return prev
                else:  # "Trump will fly to Israel, where he is due to meet Netanyahu": a person of its own sentence
                    s0 = self.sentences[c.sent][0]
                    own = next((m for m in reversed(self._subjects) if s0 <= m.start < tok.starts[j]
                                and m.actor.kind == "person" and m.actor.id not in exclude), None)
                    if own is None:
                        own = self._sentence_subject(c.sent, until=tok.starts[j])
                    if own is not None and own.actor.kind == "person" and own.actor.id not in exclude:
                        return own
                for m in reversed(self._subjects):
                    if m.start < tok.starts[j] and m.actor.kind == "person" and m.actor.id not in exclude:
                        return m
                pos = bisect.bisect_left(self.mention_starts, tok.starts[j])
                for m in reversed(self.mentions[:pos]):
                    if m.actor.kind == "person" and m.actor.id not in exclude:
                        return m
                return None
        return None

    def _person_before(self, j: int) -> bool:
        """Is a person named, outside quotes, in the sentence of token ``j`` before it?"""
        tok = self.tokens
        s0 = self.sentences[tok.sent[j]][0]
        pos = bisect.bisect_left(self.mention_starts, tok.starts[j])
        for m in reversed(self.mentions[:pos]):
            if m.start < s0:
                return False
            if m.actor.kind == "person" and not self._in_quote(m.start):
                return True
        return False

    def _previous_subject(self, si: int, exclude: set[str], reach: int = 3) -> ActorMention | None:
        """A sentence-initial "he"/"she" refers first to the subject of the sentence before when that is a
        person, else to the subject of the one before that (up to ``reach`` sentences); None when none is."""
        for s in range(si - 1, max(-1, si - 1 - reach), -1):
            m = self._sentence_subject(s)
            if m is not None and m.actor.kind == "person" and m.actor.id not in exclude:
                return m
        return None

    def _sentence_subject(self, si: int, until: int | None = None) -> ActorMention | None:
        """The subject of sentence ``si``: its first actor outside quotes that is not governed by a preposition,
        not a possessive ("Kim's aide"), and comes before the sentence's first event verb (or right after a
        reporting verb: "said Lavrov"); None when the sentence opens with no such actor."""
        tok = self.tokens
        s0, s1 = self.sentences[si]
        if until is not None:
            s1 = min(s1, until)
        i = tok.at(s0)
        found, reported = None, False
        for j in range(i, len(tok.low)):
            if tok.sent[j] != si or tok.starts[j] >= s1:
                break
            if tok.low[j] == ";" or (tok.low[j] == "," and j + 1 < len(tok.low) and tok.low[j + 1] in ("and", "but")):
                reported = False  # ", and the Kremlin spokesman said": a new main clause
            for d in self._cands_by_tok.get(j, ()):
                if d.entry.pos == "verb" and not d.quoted and d.source is not None and s0 <= d.source.start < d.start \
                        and not reported and not self._in_quote(d.source.start):
                    found = d.source  # "Blinken said ...": the doer of the sentence's (last) main verb event
                    reported = True  # ("Trump said Moon had agreed", "Wang demanded that China lift": inside its clause)
        if found is not None:
            return found
        if i < len(tok.low) and (tok.low[i] in self.w.prepositions or tok.low[i] in self.w.adverbial_subordinators):
            # "At a news conference before leaving Beijing, Blinken said": the subject follows the fronted phrase
            comma = next((j for j in range(i, min(len(tok.low), i + 25)) if tok.sent[j] == si and tok.low[j] == ","), None)
            if comma is None:
                return None
            i = comma + 1
            s0 = tok.starts[i] if i < len(tok.low) else s1
        pos = bisect.bisect_left(self.mention_starts, s0)
        verb_seen = False
        for m in self.mentions[pos:]:
            if m.start >= s1:
                return None
            k = tok.at(m.start)
            while i < k:
                if any(d.entry.pos == "verb" for d in self._cands_by_tok.get(i, ())) and not self._in_quote(tok.starts[i]):
                    verb_seen = True
                i += 1
            if self._in_quote(m.start) or not self._participant(k, m):
                continue
            if verb_seen and not (k > 0 and tok.low[k - 1] in self.lex.reporting):
                return None
            if self._prep_before(k) is not None and not self._agent_of(k):
                continue
            if self.text[m.end:m.end + 2] in ("'s", "’s"):
                return None
            return m
        return None

    def _its_forces(self, c: _Cand) -> ActorMention | None:
        """"Baku denied that its forces had targeted civilians": "its"/"their" + a body of a state ("forces",
        "government", "troops") as the subject stands for the state that was last the subject of an event."""
        tok = self.tokens
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                     or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.w.passive_aux):
            k -= 1
        if k < 1 or tok.sent[k - 1] != c.sent or tok.low[k] not in self.w.state_heads or tok.low[k - 1] not in ("its", "their"):
            return None
        for m in reversed(self._subjects):
            if m.start < tok.starts[k] and m.actor.kind in ("state", "igo", "organization", "group"):
                return ActorMention(tok.starts[k - 1], tok.ends[k], self.text[tok.starts[k - 1]:tok.ends[k]], m.actor,
                                    "description")
        return None

    def _their_parties(self, c: _Cand) -> list[ActorMention]:
        """Whom "their" before an event noun stands for: in a phrase fronted before the subject ("At a news conference
        after their meeting, the two leaders pledged ...") the plural subject after its comma; else the parties of the
        last event two or more actors took part in, within the two sentences before. [] when neither is known."""
        tok = self.tokens
        s0 = tok.at(self.sentences[c.sent][0])
        comma = next((j for j in range(c.t1, min(len(tok.low), c.t1 + 12))
                      if tok.sent[j] == c.sent and tok.low[j] == ","), None)
        if comma is not None and comma + 1 < len(tok.low) and tok.sent[comma + 1] == c.sent \
                and "," not in tok.low[s0:c.t0] and not any(k in self.trigger_toks for k in range(s0, c.t0)) \
                and any(tok.low[k] in self.w.prepositions or tok.low[k] in self.w.adverbial_subordinators
                        for k in range(s0, c.t0)):
            pair = self._pair_description(comma + 1)
            if pair:
                return pair
            j = comma + 2 if tok.low[comma + 1] == "the" else comma + 1
            m = self.mention_by_tok.get(j)
            if m is not None and self._participant(j, m):
                joined = [m] + self._coordinated_after(j, m)
                if len({x.actor.id for x in joined}) >= 2:
                    return joined
            return []  # (the subject after the comma is one actor or none: see the possessive's nearest actor)
        prior = [g for g in self._group_events if g.start < c.start and g.sent >= c.sent - 2 and not g.quoted
                 and len({m.actor.id for m in g.actors}) >= 2]
        if prior:
            g = max(prior, key=lambda g: g.start)
            return [m for m in (g.source, g.target, *g.others) if m is not None]
        return []

    def _possessive_actor(self, c: _Cand) -> ActorMention | None:
        """"its full-scale invasion": the state of the nearest actor in the sentence."""
        tok = self.tokens
        if c.determiner not in ("its", "their", "his", "her"):
            return None
        s, e = self.sentences[c.sent]
        cands = [(abs(m.start - c.start), m) for m in self.mentions if s <= m.start < e
                 and self._participant(tok.at(m.start), m)
                 and (m.actor.kind == "person" or c.determiner not in ("his", "her"))  # "his visit to China": a person's
                 and (m.start < c.start or tok.clause[tok.at(m.start)] == tok.clause[c.t0])]  # (not "..., when they
        # were joined by Guterres": a later clause names no owner of "their meeting")
        if not cands:
            return None
        before = [x for x in cands if x[1].start < c.start]
        m = min(before or cands, key=lambda x: x[0])[1]  # a possessive points back ("repeated his offer to meet Modi")
        if c.determiner == "its" and m.actor.kind == "person" and m.actor.country in self.state_by_country:
            state = self.state_by_country[m.actor.country]
            return ActorMention(m.start, m.end, m.text, state, "description")
        return m

    def _set_actors(self, c: _Cand) -> None:
        tok = self.tokens
        if c.entry.pos == "noun":
            pair = self._between(c)
            pre = self._compound_before(c)
            forum = pre[0] if c.entry.type == "CONSULT" and not pair and len(pre) == 1 and pre[0].actor.kind == "igo" \
                and tok.at(pre[0].end) == c.t0 and c.entry.mode != "visit" else None
            # ("attended a NATO summit": the organization holds it and is the one met; whoever attends is the source)
            subj: list[ActorMention] = []
            light_at: int | None = None  # the light verb before the noun, when no actor is its subject
            if c.subject_tok is not None:
                subj = self._subject_chain(c.subject_tok)
            elif (not pre or forum is not None) and not pair:
                # "X had talks", "are due to begin their annual Ulchi Freedom Shield exercises": a light verb
                # before the noun phrase
                for j in range(c.t0 - 1, max(-1, c.t0 - 8), -1):
                    if tok.low[j] == "of" and j > 0 and tok.low[j - 1] in self.lex.measure_nouns:
                        continue  # "adopted a package of sanctions", "concluded two days of talks"
                    if tok.sent[j] != c.sent or tok.low[j] in self.w.prepositions or tok.low[j] in self.lex.habitual:
                        break  # (not "had always supported an agreement": a stance, no light verb)
                    if tok.low[j] in self.lex.light_verbs:
                        if any(k in self.trigger_toks for k in range(j + 1, c.t0)):
                            break  # "had suspended climate talks": the verb after "had" governs the noun
                        subj = self._coordinated_subject(_Cand(c.entry, c.tense, c.start, c.end, c.text, j, j + 1, c.sent)) \
                            or self._subject_chain(j)  # ("Trump met the leaders of the Gulf states, and held talks with")
                        light_at = j
                        p = j - 1
                        while p > 0 and tok.sent[p] == c.sent and (tok.low[p] in self.w.past_aux or tok.low[p] in self.w.adverbs
                                                                   or tok.low[p] in self.w.perfect_aux):
                            p -= 1  # ("where he had attended a NATO summit")
                        if not subj and p >= 0 and tok.low[p] in self.lex.pronouns:
                            c_light = _Cand(c.entry, c.tense, c.start, c.end, c.text, j, j + 1, c.sent)
                            pron = self._pronoun_actor(c_light, set())
                            subj = [pron] if pron else []
                        if not subj:
                            subj = self._offer_owner(p)  # "repeated his offer to hold talks with Modi"
                        if subj and j not in self.trigger_toks:
                            # the verb belongs to the mention: "resumed its air and ground offensive"
                            c.start = tok.starts[j]
                            c.text = self.text[c.start:c.end]
                            c.strong_override = True
                            if c.status == "occurred":  # "are due to begin their annual exercises": the verb's cues
                                probe = _Cand(c.entry, c.tense, c.start, c.end, c.text, j, j + 1, c.sent)
                                self._set_status(probe)
                                if probe.alive and probe.status != "occurred":
                                    c.status, c.status_cue = probe.status, probe.status_cue
                        break
            if not pair and not pre and not subj:
                subj = self._adverbial_subject(c)  # "announced the deal after a phone call with the king"
            if not pair and not pre and not subj and c.determiner in ("a", "an") and c.t0 >= 2 \
                    and tok.low[c.t0 - 1] == c.determiner and tok.low[c.t0 - 2] in ("with", "on") \
                    and tok.sent[c.t0 - 2] == c.sent and self._possessive_actor(c) is None:
                subj = self._subject_chain(c.t0 - 2)  # "Kishida returned the gesture with a trip to Seoul": his trip
            people = pair + pre + subj if pair else subj + pre
            if not people and forum is None and c.determiner == "their":
                people = self._their_parties(c)  # "After their meeting, the two leaders pledged": the two leaders
            if not people and forum is None:
                poss = self._possessive_actor(c)
                if poss is not None:
                    people = [poss]
            after = None
            after_prep = ""
            if not pair:
                reach = c.t1 + 3
                if c.t1 + 1 < len(tok.low) and tok.low[c.t1] == "and":
                    j = c.t1 + 1  # "imposed travel bans and asset freezes on Russian officials": past a joined noun
                    while j < len(tok.low) and j < c.t1 + 4 and tok.low[j].isalpha() and tok.low[j] not in self.w.prepositions \
                            and j not in self.trigger_toks and j not in self.mention_cover and self.text[tok.starts[j]].islower():
                        j += 1
                    reach = max(reach, j + 1)
                for k in range(c.t1, min(reach, len(tok.low))):
                    if tok.sent[k] != c.sent:
                        break
                    if tok.low[k] == "by" and k > c.t1 and tok.low[k - 1] in self.w.broker_participles:
                        broker = self._first_after_prep(k, c)  # "a ceasefire brokered by Moscow": a third party
                        if broker is not None:
                            c.others = [broker]
                        break
                    if tok.low[k] == "from" and c.entry.type == "CONSULT":
                        hit = self._first_after_prep(k, c)
                        if hit is not None and self._recipient_after(hit):
                            continue  # "delivered a letter from Kim to Trump": the one it went to follows
                    if tok.low[k] in ("with", "to", "on", "against", "of", "toward", "towards", "by") or (
                            tok.low[k] == "from" and (c.entry.type in self.lex.aimed_types or c.entry.type == "CONSULT")):
                        hit = self._first_after_prep(k, c)  # ("drew sharp criticism from Beijing": Beijing criticised)
                        if hit is not None:
                            after = hit
                            after_prep = tok.low[k]
                        break
            uniq: list[ActorMention] = []
            sender = after_prep == "from" and c.entry.type == "CONSULT" and not self._recipient_after(after)
            # ("received a letter from Xi": Xi wrote it; not "delivered a letter from Kim to Trump": the one who carried)
            agent = self._noun_agent_after(c, after) if after is not None and after_prep != "by" and not sender else None
            if agent is not None and agent.actor.id != after.actor.id:
                people = [agent] + [m for m in people if m.actor.id != agent.actor.id]  # "a visit to Taiwan by Pelosi"
            if after is not None and (after_prep == "by" or sender):
                people = [after] + people  # "an attack by Chinese coast guard vessels": the agent acts
            for m in people + ([after] if after else []):
                if m.actor.id not in {u.actor.id for u in uniq}:
                    uniq.append(m)
            if forum is None and after is not None and after_prep == "of" and after.actor.kind == "igo" and not people \
                    and c.entry.type == "CONSULT" and not pair:
                forum, after = after, None  # "is due to address a meeting of the Organisation of Islamic Cooperation"
                k = c.t0 - 1
                while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.lex.determiners or self._adjective_like(tok.low[k])):
                    k -= 1
                if tok.low[k] not in self.w.prepositions and tok.low[k] not in (",", "and"):
                    subj = self._subject_chain(c.t0)  # (not "before a meeting of the G7": no verb governs it)
            if forum is not None and subj:  # (with no one named as attending, the organization's summit is its own)
                c.source, c.target = subj[0], forum
                c.others = [m for m in subj[1:] if m.actor.id != subj[0].actor.id] + [
                    m for m in c.others if m.actor.id not in {forum.actor.id, *(x.actor.id for x in subj)}]  # (a host)
                if after is not None and after.actor.id not in {forum.actor.id, *(m.actor.id for m in subj)}:
                    c.others.append(after)
                return
            if not people and after is not None and (after_prep in ("to", "on", "against", "toward", "towards") and (
                    c.entry.mode == "visit" or c.entry.type not in self.w.symmetric_types) or after_prep == "with"):
                c.target = after  # "a visit to China", "strikes on Kyiv": where it went, whom it hit; not who did it
                # ("negotiations with a North Korean official": the other side, the one who leads them is not named)
            elif uniq:
                c.source = uniq[0]
                if len(uniq) > 1:
                    c.target = uniq[-1] if after else uniq[1]
                if len(uniq) >= 3 and c.entry.type in self.w.symmetric_types and c.entry.mode != "visit":
                    c.target = None  # "Macron and Merkel hosted a video summit with Vucic": a joint act of three or more
                if c.entry.type not in self.w.symmetric_types and not pair and len(subj) >= 2 \
                        and c.target is not None and c.target in subj:
                    c.target = after if after is not None and after not in subj else None  # "Japan and Australia
                    # voiced concern": both voice it, neither is its target
                c.others = [m for m in uniq if m is not c.source and m is not c.target] + [
                    m for m in c.others if m.actor.id not in {u.actor.id for u in uniq}]
            elif c.subject_tok is not None or light_at is not None:  # "they signed a ceasefire agreement", "The three
                # countries held talks in Ankara on May 25"
                at = c.subject_tok if c.subject_tok is not None else light_at
                c.group = self._group_description(_Cand(c.entry, c.tense, c.start, c.end, c.text, at, at + 1, c.sent))
            return
        # verbs
        passive = c.tense == "past" and c.t0 > 0 and tok.low[c.t0 - 1] in self.w.passive_aux
        if c.t0 > 1 and tok.low[c.t0 - 1] in ("been", "being") :
            passive = True
        rel = self._relative_pronoun(c)
        owner = self.mention_cover.get(c.t0 - 3) if c.t0 >= 3 and tok.low[c.t0 - 1] == "to" \
            and tok.low[c.t0 - 2] in self.lex.decision_nouns and tok.low[c.t0 - 3].endswith(("'s", "’s")) else None
        participial = self._participial_subject(c)  # ", killing a warrant officer": the main clause's doer or no one
        subject = ([self._state_behind(owner)] if owner is not None else [])  \
            or self._adverbial_subject(c) or self._coordinated_subject(c) or self._relative_head(c) \
            or (participial if participial is not None else self._subject_chain(c.t0)) \
            or self._group_subject(c)  # ("Trump's decision to postpone": Trump's act)
        if not subject:
            k = c.t0 - 1
            while k > 0 and tok.sent[k] == c.sent and tok.low[k] in self.lex.light_verbs and c.t0 - k <= 2:
                k -= 1
            subject = self._offer_owner(k)  # "repeated his offer to hold talks with Modi"
        target_hit = self._first_after(c)
        if c.tense == "past" and c.t1 < len(tok.low) and tok.low[c.t1] == "by" and tok.sent[c.t1] == c.sent:
            passive = True  # "three detainees freed by the North"
        if c.tense == "past" and c.entry.type in self.lex.participle_types and c.t1 + 1 < len(tok.low) \
                and tok.sent[c.t1] == c.sent and subject and tok.at(subject[-1].end) >= c.t0 - 3 \
                and (self._timex_at(c.t1) or (tok.low[c.t1] in ("on", "in") and self._timex_at(c.t1 + 1))):
            passive = True  # "two Americans, a mother and her daughter, freed on October 20": they were freed
        by_agent = None
        if passive:
            for k in range(c.t1, min(c.t1 + 9, len(tok.low))):
                if tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0] or (k > c.t1 and k in self.trigger_toks) \
                        or tok.low[k] in (",", "that"):
                    break
                if tok.low[k] == "by":  # "was announced on August 13 by Trump"
                    by_agent = self._first_after_prep(k, c)
                    break
        source = target = None
        others: list[ActorMention] = []
        joint = False  # a joint act of three or more parties
        if passive:
            source = by_agent
            target = subject[-1] if subject and self._verb_group_between(subject[-1].end, c.t0) else None
            if target is None:
                target = self._passive_adjective_target(c)  # "three American detainees freed by the North"
        else:
            if subject:
                source = subject[0]
                others = subject[1:]
            target = target_hit[1] if target_hit else None
            if target_hit:
                others = others + self._coordinated_after(*target_hit)
            joint = len({m.actor.id for m in subject}) >= 3 or (
                c.entry.type in self.w.symmetric_types and len({m.actor.id for m in subject}) == 2 and target is not None
                and target.actor.id not in {m.actor.id for m in subject} and c.entry.mode != "visit")
            # ("Officials from Qatar and Egypt met Hamas leaders": three parties)
            if joint:
                subject = self._states_of_group(c, subject)  # "the three governments agreed": the states
                source, others = subject[0], subject[1:] + others[len(subject) - 1:]
                if target is not None and c.entry.type in self.w.symmetric_types:
                    others.append(target)
                    target = None  # a joint act of three or more parties: its first party, no target
            if c.entry.type in self.w.symmetric_types and len(subject) >= 2 and c.entry.mode != "visit" and not joint:
                if target is not None:
                    others.append(target)
                target = subject[1]  # "Aliyev and Pashinyan met"
                others = [m for m in others if m is not target]
            if target is None and len({m.actor.id for m in subject}) == 2 and self._reciprocal_object(c):
                target = subject[1]  # "Both sides accused each other", "Each side accused the other of ..."
                others = [m for m in others if m is not target]
            if target is None:
                target = self._pronoun_object(c, subject[0] if subject else self._pronoun_actor(c, set()))
                # ("telephoned Aliyev to urge him", "Biden said he had warned him")
            if target is None and c.entry.type in ("DEMAND", "THREATEN", "COERCE", "PROTEST", "DISAPPROVE"):
                target = self._that_subject(c)  # ("protested that Washington had overreacted": whom it blames)
                own = {source.actor.id, source.actor.country} - {None} if source is not None else set()
                if target is not None and (target.actor.id in own or target.actor.country in own):
                    target = None  # "Blinken warned that Washington would hold violators accountable": its own side
            if target is None and c.entry.type == "REJECT":
                target = self._denied_party(c, subject[0] if subject else None)
            if rel == "whom":
                prev = self._last_participant_before(tok.starts[c.t0], clause_before=True)
                if prev is not None:
                    target = prev
            elif rel == "who" and source is None:
                source = self._last_participant_before(tok.starts[c.t0], clause_before=True)
            if source is None:
                source = self._pronoun_actor(c, {target.actor.id} if target else set())
            if source is None and participial is None:
                chain = self._subject_chain(c.t0, clause_only=False)
                source = chain[0] if chain else None
            if source is None:
                source = self._its_forces(c)
        if source is not None and target is not None and source.actor.id == target.actor.id:
            target = None
        if c.entry.lemma == "say" and target is not None and target.start > c.start:
            target = None  # "said Turkey would keep working": the subject of what was said, no one spoken to
        if c.entry.predicative and target is not None and self.mention_by_tok.get(c.t1) is not target:
            target = None  # "calling it a victory for Ukraine": only "called Putin a ..." names whom it is about
        c.source, c.target = source, target
        c.others = [m for m in others if m.actor.id not in {x.actor.id for x in (source, target) if x}]
        if c.target is None and c.others and c.entry.type in self.w.symmetric_types and c.entry.mode != "visit" \
                and not joint:
            c.target = c.others.pop(0)  # "Putin and Trump agreed" (not "Iran and the five powers agreed": a joint act
            # of three or more has its first party as source and no target)
        if c.source is None and c.others:
            c.source = c.others.pop(0)
        if c.source is None and not passive:
            c.source = self._unnamed_body(c)  # "China was more cautious. A foreign ministry spokesman urged ...": China
        if not c.actors and not passive:
            c.group = self._group_description(c)
        if not c.actors and c.entry.type == "FIGHT":
            # "troops clashed in the Galwan Valley, a fight in which 20 Indian soldiers and four Chinese soldiers
            # were killed": the sides of a fight with no named subject are the forces the sentence names
            s0, s1 = self.sentences[c.sent]
            sides: list[ActorMention] = []
            for m in self.mentions:
                if c.end <= m.start < s1 and m.via in ("adjective", "demonym") and m.actor.kind == "state" \
                        and self._participant(tok.at(m.start), m) and m.actor.id not in {x.actor.id for x in sides}:
                    sides.append(m)
            if len(sides) == 2:
                c.source, c.target = sides

    def _unnamed_body(self, c: _Cand) -> ActorMention | None:
        """"China was more cautious. A foreign ministry spokesman urged all sides ...", "The ministry said ...": a
        subject that opens its sentence and is a state's body or spokesman ("a foreign ministry spokesman", "the
        government", "the defence ministry") owned by no one named stands for the state the sentence before is about
        (its subject: a state, or a person's state); None when that is no state."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or k in self.mention_cover or c.sent == 0 or not (
                tok.low[k] in self.w.state_heads or tok.low[k] in ("spokesman", "spokeswoman", "spokesperson")):
            return None
        j = k
        while j - 1 >= 0 and tok.sent[j - 1] == c.sent and k - j < 4 and j - 1 not in self.mention_cover \
                and tok.low[j - 1].isalpha() and self.text[tok.starts[j - 1]].islower() \
                and tok.low[j - 1] not in self.w.prepositions and tok.low[j - 1] not in self.lex.clause_breaks \
                and tok.low[j - 1] not in self.lex.determiners:
            j -= 1  # "foreign ministry spokesman"
        if j - 1 >= 0 and tok.sent[j - 1] == c.sent and tok.low[j - 1] in ("a", "an", "the"):
            j -= 1
        s0 = tok.at(self.sentences[c.sent][0])
        if j - 1 >= s0 and tok.sent[j - 1] == c.sent and not (j - 1 == s0 and tok.low[s0] in ("but", "and", "meanwhile")) \
                and not (tok.low[j - 1] == "," and "," not in tok.low[s0:j - 1] and not any(
                    x in self.mention_cover or x in self.trigger_toks for x in range(s0, j - 1))):
            return None  # (only a subject that opens its sentence, or follows a fronted phrase: "Later, the ministry said")
        m = self._sentence_subject(c.sent - 1)
        if m is not None and m.actor.kind == "person" and m.actor.country:
            state = self._state_of(m.actor.country)
            m = ActorMention(m.start, m.end, m.text, state, "description") if state is not None else None
        if m is None or m.actor.kind != "state":
            return None
        return ActorMention(tok.starts[j], tok.ends[k], self.text[tok.starts[j]:tok.ends[k]], m.actor, "description")

    def _passive_adjective_target(self, c: _Cand) -> ActorMention | None:
        """"three American detainees freed by the North", "two Russian diplomats were expelled": the state whose
        adjective stands right before the noun a material act is done to, in the passive (as ``_object_adjective``
        reads it after an active verb)."""
        tok = self.tokens
        if c.entry.type not in self.w.material_types:
            return None
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.passive_aux or tok.low[k] in self.w.adverbs):
            k -= 1
        if k < 1 or tok.sent[k] != c.sent or k in self.mention_cover or not tok.low[k].isalpha() \
                or not self.text[tok.starts[k]].islower() or tok.low[k] in self.lex.clause_breaks \
                or tok.low[k] in self.w.prepositions or tok.low[k] in ("that", "and", "or"):
            return None  # (not "a Filipino who were freed": a relative clause of its own)
        m = self.mention_cover.get(k - 1)
        if m is None or m.via not in ("adjective", "demonym") or m.actor.kind != "state" or tok.at(m.end) != k:
            return None
        return m

    def _reciprocal_object(self, c: _Cand) -> bool:
        """Is the object of verb ``c`` "each other", "one another" or "the other"?"""
        words = self.tokens.low[c.t1:c.t1 + 2]
        return words in (["each", "other"], ["one", "another"], ["the", "other"])

    def _participial_subject(self, c: _Cand) -> list[ActorMention] | None:
        """"Armed men stormed a Ukrainian military centre, killing a warrant officer": an -ing verb right after a
        comma has no subject of its own; its doer is the doer of the verb event before it in the sentence (none when
        that one has none; never an actor in that verb's object). None when ``c`` is no such participle."""
        tok = self.tokens
        if c.tense != "ing" or c.t0 < 1 or tok.low[c.t0 - 1] != "," or tok.sent[c.t0 - 1] != c.sent:
            return None
        for j in range(c.t0 - 2, -1, -1):
            if tok.sent[j] != c.sent:
                return None
            for d in self._cands_by_tok.get(j, ()):
                if d is not c and d.entry.pos == "verb" and d.t0 < c.t0:
                    return [d.source] if d.source is not None and d.source.start < d.start else []
        return None

    def _offer_owner(self, k: int) -> list[ActorMention]:
        """"his offer to hold talks", "her plan to visit": with "to" at token ``k`` after a noun owned by "his"/"her",
        the doer is that owner: the last person who was the subject of an event before it."""
        tok = self.tokens
        if k < 2 or tok.low[k] != "to" or tok.sent[k - 2] != tok.sent[k] or tok.low[k - 2] not in ("his", "her"):
            return []
        owner = next((m for m in reversed(self._subjects) if m.actor.kind == "person" and m.start < tok.starts[k - 2]),
                     None)
        return [owner] if owner is not None else []

    def _states_of_group(self, c: _Cand, subject: list[ActorMention]) -> list[ActorMention]:
        """"the three governments agreed", "the countries signed": a group named by a word that means states
        (``pairs`` entries with @state) stands for the states of the people it gathers."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1
        if k < 0 or "@state" not in self.lex.pairs.get((tok.low[k],), ()):
            return subject
        out: list[ActorMention] = []
        for m in subject:
            state = self._state_of(m.actor.country) if m.actor.kind == "person" and m.actor.country else None
            m = ActorMention(m.start, m.end, m.text, state, "description") if state is not None else m
            if m.actor.id not in {x.actor.id for x in out}:
                out.append(m)
        return out

    def _coordinated_subject(self, c: _Cand) -> list[ActorMention]:
        """"They also said they would start sharing data ..., and criticized China": a verb right after "and" (with no
        subject of its own) shares the subject of the verb event before it in its sentence."""
        tok = self.tokens
        k = c.t0 - 1
        while k > 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                    or tok.low[k] in self.w.perfect_aux or tok.low[k] in self.lex.modals):
            k -= 1  # ("had raised the cases ... and had pressed Beijing")
        if k < 1 or tok.low[k] != "and" or tok.sent[k] != c.sent:
            return []
        found = []
        for j in range(k - 1, max(-1, k - 40), -1):
            if tok.sent[j] != c.sent:
                break
            for d in self._cands_by_tok.get(j, ()):
                if d.entry.pos == "verb" and d is not c and d.source is not None and d.source.start < d.start:
                    found.append(d)
        if not found:
            return []
        # ", and criticized": back to the sentence's main verb (the first), not one inside what was said before it
        d = found[-1] if tok.low[k - 1] == "," else found[0]
        return [m for m in (d.source, d.target, *d.others) if m is not None and m.start < d.start]

    def _adverbial_subject(self, c: _Cand) -> list[ActorMention]:
        """"Trump announced the deal after speaking by phone with the king", "Blinken left Cairo before meeting
        Netanyahu": an -ing verb right after a subordinator (cues.yaml ``adverbial_subordinators``) has no subject
        of its own; its doer is the subject of the clause it modifies: the subject of the nearest verb event
        before it in the sentence, else the first actor of the sentence outside a prepositional phrase."""
        tok = self.tokens
        k = c.t0 - 1
        if c.entry.pos == "noun":  # "after a three-way phone call with Netanyahu", "after talks with Macron"
            while k > 0 and tok.sent[k] == c.sent and c.t0 - k <= 3 and (tok.low[k] in ("a", "an") or (
                    self._adjective_like(tok.low[k]) and k not in self.mention_cover)):
                k -= 1
        elif c.tense != "ing":
            return []
        if k < 0 or tok.sent[k] != c.sent or tok.low[k] not in self.w.adverbial_subordinators:
            return []  # (a subordinator may open the sentence: "After meeting Putin ..., Orban flew")
        if tok.low[k] == "in" and not (c.entry.pos == "noun" and any(w in ("a", "an") for w in tok.low[k + 1:c.t0])):
            return []  # "in a phone call", "in an interview" (not "$5 billion in aid", "in talks that ...")
        if tok.low[k] == "for" and not (c.entry.pos == "noun" and c.entry.type == "CONSULT"):
            return []  # "flew to Moscow for a meeting with Putin", "is in Pyongyang for talks" (not "sanctions for attacks")
        s0 = tok.at(self.sentences[c.sent][0])
        for j in range(k - 1, s0 - 1, -1):
            for d in self._cands_by_tok.get(j, ()):
                if d.entry.pos == "verb" and d.source is not None and d.source.start < tok.starts[k]:
                    # (a passive's agent too: "was announced by Trump after a call with ...")
                    return [m for m in (d.source, d.target, *d.others)
                            if m is not None and m.start < tok.starts[k] and (
                                m.start < d.start or m is d.source
                                or (m is d.target and c.entry.type == "CONSULT" and c.entry.pos == "noun"))]
                    # ("Putin told Trump in a phone call": the one told is the other party of the call)
        for j in range(s0, k):
            m = self.mention_by_tok.get(j)
            if m is not None and self._participant(j, m) and self._prep_before(j) is None:
                # "Macron and Modi talked about the war in a phone call": both parties of a coordinated subject
                return [self._state_behind(m)] + [self._state_behind(x) for x in self._coordinated_after(j, m)
                                                  if x.start < tok.starts[k]]
        if tok.low[k] != "in" and (k == s0 or (k == s0 + 1 and tok.low[s0] in ("and", "but", "shortly", "just", "soon"))):
            # "After meeting Putin in the Kremlin on Tuesday, Orban flew to Beijing": a fronted clause's doer is the
            # subject right after its comma
            comma = next((j for j in range(c.t1, min(len(tok.low), c.t1 + 25))
                          if tok.sent[j] == c.sent and tok.low[j] == ","), None)
            if comma is not None and comma + 1 < len(tok.low) and tok.sent[comma + 1] == c.sent:
                j = comma + 1
                m = self.mention_by_tok.get(j)
                if m is None and tok.low[j] in ("the",) and j + 1 < len(tok.low):
                    m = self.mention_by_tok.get(j + 1)
                    j += 1
                if m is not None and self._participant(j, m):
                    return [self._state_behind(m)]
        return []

    def _fronted_participles(self, cands: list[_Cand]) -> None:
        """"Visiting Kyiv on Tuesday, the Dutch prime minister promised ...", "Speaking by phone on Monday, Modi and
        Ishiba agreed ...": an -ing verb that opens its sentence, with no subject of its own, has the subject of the
        main clause after its comma (the first actor named right after the comma)."""
        tok = self.tokens
        for c in cands:
            ing_noun = c.entry.pos == "noun" and c.entry.type == "CONSULT" and tok.low[c.t0].endswith("ing") \
                and c.t1 < len(tok.low) and tok.low[c.t1] in self.w.prepositions  # "Meeting in Ankara on Monday, ..."
            if not (c.entry.pos == "verb" and c.tense == "ing" or ing_noun) or c.source is not None or c.quoted \
                    or c.same_as is not None:
                continue
            if c.t0 > 0 and tok.sent[c.t0 - 1] == c.sent:
                continue
            k = next((k for k in range(c.t1, min(len(tok.low), c.t1 + 15)) if tok.sent[k] != c.sent
                      or tok.low[k] in (",", ";", ".") or tok.low[k] in self.lex.clause_breaks), None)
            if k is None or tok.low[k] != "," or tok.sent[k] != c.sent:
                continue
            j = k + 1
            while j < len(tok.low) and tok.sent[j] == c.sent and tok.low[j] in self.lex.determiners and j - k <= 2:
                j += 1
            m = self.mention_by_tok.get(j) or self.mention_cover.get(j)
            if m is None or m.actor.kind not in ("person", "state", "igo") or tok.sent[j] != c.sent:
                continue
            if c.target is not None and c.target.actor.id == m.actor.id:
                c.target = None
            c.source = m
            if c.entry.weak and c.entry.type == "STATEMENT":
                d = next((d for d in cands if d.sent == c.sent and d.t0 > k and d.alive and d.entry.pos == "verb"
                          and d.same_as is None), None)
                if d is not None:
                    c.same_as = d  # "Speaking to reporters on Wednesday, Trump called her remarks "nasty"": one act
                    continue
            if c.entry.pair_only or c.entry.type == "CONSULT":
                after = tok.at(m.end)
                if after < len(tok.low) and tok.low[after] == "and":
                    other = self.mention_by_tok.get(after + 1)
                    if other is not None and other.actor.id != m.actor.id and c.target is None:
                        c.target = other  # "Speaking by phone on Monday, Modi and Ishiba agreed ..."

    def _attended_occasions(self, cands: list[_Cand]) -> None:
        """"Addressing the Arab Islamic American Summit in Riyadh, Trump said ...", "On Saturday, while attending the
        G20 summit in Osaka, Trump wrote ...": an occasion noun that is the object of a participle of taking part
        (cues.yaml ``attend_participles``) opening its sentence or an adverbial clause has the subject of the main
        clause (the first actor named right after the comma that closes it) as the one who takes part; a forum named
        on the noun ("the G20 summit") becomes its target."""
        tok, n = self.tokens, len(self.tokens.low)
        for c in cands:
            if c.entry.pos != "noun" or c.entry.type != "CONSULT" or c.quoted or c.same_as is not None:
                continue
            p = c.t0 - 1
            while p >= 0 and tok.sent[p] == c.sent and c.t0 - p <= 7 and tok.low[p] not in self.w.attend_participles \
                    and (tok.low[p] in self.lex.determiners or p in self.mention_cover or tok.low[p].isdigit()
                         or tok.low[p] == "of" or self.text[tok.starts[p]].isupper() or self._adjective_like(tok.low[p])):
                p -= 1
            if p < 0 or tok.sent[p] != c.sent or tok.low[p] not in self.w.attend_participles \
                    or any(x is not None and not tok.starts[p] < x.start < c.start for x in (c.source, c.target)):
                continue  # (only the actors named in the occasion's own name: "the Arab Islamic American Summit")
            if p > 0 and tok.sent[p - 1] == c.sent and tok.low[p - 1] not in self.w.adverbial_subordinators \
                    and tok.low[p - 1] != ",":
                continue  # ("Trump, addressing ..." leaves its subject to the arguments; "was attending" is a verb)
            k = next((k for k in range(c.t1, min(n, c.t1 + 12)) if tok.sent[k] != c.sent
                      or tok.low[k] in (",", ";", ".") or tok.low[k] in self.lex.clause_breaks), None)
            if k is None or tok.low[k] != "," or tok.sent[k] != c.sent:
                continue
            j = k + 1
            while j < n and tok.sent[j] == c.sent and tok.low[j] in self.lex.determiners and j - k <= 2:
                j += 1
            m = self.mention_by_tok.get(j) or self.mention_cover.get(j)
            if m is None or m.actor.kind not in ("person", "state", "igo") or tok.sent[j] != c.sent:
                continue
            forum = c.source if c.source is not None and c.source.actor.kind == "igo" else None
            c.source, c.target, c.others = m, None, []
            if forum is not None and forum.actor.id != m.actor.id:
                c.target = forum

    def _partitive_subjects(self, cands: list[_Cand]) -> None:
        """"two rockets were fired at southern Israel, and the military said one of them struck Ashdod": a verb whose
        subject is "one of them" (or "some of them", "two of them") tells more of the event of its type just told in its
        sentence, whatever else its clause names."""
        tok = self.tokens
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or c.same_as is not None or c.t0 < 1:
                continue
            k = c.t0 - 1
            partitive = tok.low[k] == "them" and k >= 2 and tok.low[k - 1] == "of" and tok.sent[k - 2] == c.sent
            if not partitive:
                continue
            d = next((d for d in reversed(cands[:i]) if d.sent == c.sent and d.entry.type == c.entry.type
                      and d.same_as is None and d.alive), None)
            if d is not None:
                c.same_as = d
                c.source = None  # (not "the military" that said it)

    def _zero_relatives(self, cands: list[_Cand]) -> None:
        """"an offer Copenhagen rejected", "the proposal Moscow accepted": a verb whose subject follows an event
        noun directly has that noun's event as its object, so whoever made the offer is its target."""
        tok = self.tokens
        by_end = {c.t1: c for c in self._all_nouns}
        for c in cands:
            if c.entry.pos != "verb" or c.target is not None or c.source is None or c.source.start >= c.start:
                continue
            k = tok.at(c.source.start)
            d = by_end.get(k)
            if d is None or d.sent != c.sent or not self._verb_group_between(c.source.end, c.t0):
                continue
            maker = d.source if d.source is not None and d.source.actor.id != c.source.actor.id else None
            if maker is None:  # "offered Denmark $100 million ..., an offer Copenhagen rejected": that offer's maker
                told = [e for e in cands if e.sent == c.sent and e.t1 <= d.t0 and e.entry.type == d.entry.type
                        and e.source is not None and e.source.actor.id != c.source.actor.id]
                maker = told[-1].source if told else None
            if maker is not None:
                c.target = maker

    def _commitment_complements(self, cands: list[_Cand]) -> None:
        """"A and B agreed to hold a summit every year, to stage exercises and to set up a hotline": each "to"
        complement of a commitment verb (``commitment_lemmas``) is an act of the same parties, planned when the
        commitment is told as fact; a bare verb right after the commitment ("agreed to consult") or one of the
        commitment's own type ("agreed to extend") is what was agreed, left to the commitment event. Complements are followed while each one opens with "to" + a verb and
        nothing but commas, "and" and plain words stand between them."""
        tok = self.tokens
        articles = {"a", "an"} | self.w.definite
        for i, g in enumerate(cands):
            if g.entry.pos != "verb" or g.entry.lemma not in self.w.commitment_lemmas or g.quoted:
                continue
            owner = g
            if not (g.actors or g.group) and g.tense == "ing" and g.t0 > 0 and tok.low[g.t0 - 1] == ",":
                # "The separatists accepted a ceasefire, agreeing to disband their forces": the acceptors agree
                owner = next((d for d in reversed(cands[:i]) if d.sent == g.sent and d.entry.pos == "verb"
                              and (d.group or (d.source is not None and d.source.start < d.start))), None)
            if owner is None or not (owner.actors or owner.group):
                continue
            pos = g.t1
            for c in cands[i + 1:]:
                if c.sent != g.sent or c.t0 < pos:
                    if c.sent != g.sent:
                        break
                    continue
                between = tok.low[pos:c.t0]
                if any(w in (";", ":", ".", "that", "but") or (w in self.lex.clause_breaks and w not in (",", "and"))
                       for w in between):
                    break
                k = max((j for j in range(pos, c.t0) if tok.low[j] == "to"), default=None)
                if k is None or c.t0 - k > 4 or (k + 1 < c.t0 and tok.low[k + 1] in articles) \
                        or (k + 1 == c.t0 and c.entry.pos != "verb"):
                    break
                if c.entry.type == g.entry.type or (pos == g.t1 and k + 1 == c.t0 and owner is g):
                    # "had agreed to extend the truce", "agreed to consult": the verb right after the commitment
                    # is what was agreed, told by the commitment event itself
                    pos = c.t1
                    continue
                if not c.actors and not c.group:
                    c.source, c.target, c.others = owner.source, owner.target, list(owner.others)
                    c.group = owner.group
                if c.status in _FACTUAL and g.status in _FACTUAL:
                    c.status, c.status_cue = "planned", " ".join(tok.low[g.t0:g.t1]) + " to"
                c.strong_override = True
                pos = c.t1

    def _visit_purposes(self, cands: list[_Cand]) -> None:
        """"Erdogan flew to Nakhchivan to meet Aliyev": the one a trip is made to meet is whom it visits."""
        tok = self.tokens
        for c in cands:
            if c.entry.mode != "visit" or c.entry.pos != "verb" or (
                    c.target is not None and c.target.via not in ("place", "capital", "city", "metonym")):
                continue
            for k in range(c.t1, min(c.t1 + 12, len(tok.low) - 1)):
                if tok.sent[k] != c.sent or tok.low[k] in self.lex.clause_breaks or tok.low[k] in (",", "that"):
                    break
                if tok.low[k] != "to" or not any(e.type == "CONSULT" and e.pos == "verb" and tense != "noun" and not e.weak
                                                 for e, tense in self.lex.forms.get(tok.low[k + 1], ())):
                    continue
                i = k + 2 + (1 if k + 2 < len(tok.low) and tok.low[k + 2] in ("with", "the") else 0)
                m = self.mention_by_tok.get(i)
                if m is not None and tok.sent[i] == c.sent and self._participant(i, m):
                    c.target = m  # "to meet Xi", "to meet with Aliyev" (the place stays the location)
                break

    def _frame_visits(self, cands: list[_Cand]) -> None:
        """"Blinken, on his third visit to the region, met Netanyahu", "arrived in Yerevan, and during her visit
        she announced ...": a visit named with a possessive after "on"/"during" frames the consultation its
        sentence tells (it is that event, made on a visit); with none, it stays an event of its own."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "noun" or c.entry.type != "CONSULT" or c.entry.mode != "visit" or c.same_as is not None \
                    or c.determiner not in ("his", "her", "their", "its", "a", "an"):
                continue  # ("During a visit to Washington, he met Biden", "met Putin on a visit to Moscow")
            k = c.t0 - 1
            while k > 0 and tok.low[k] != c.determiner and c.t0 - k <= 3:
                k -= 1
            if k < 1 or tok.low[k] != c.determiner or tok.low[k - 1] not in ("on", "during") or tok.sent[k - 1] != c.sent:
                continue
            verbs = [d for d in cands if d is not c and d.sent == c.sent and d.entry.pos == "verb" and d.alive
                     and d.entry.type == "CONSULT" and d.same_as is None]
            if verbs:
                d = min(verbs, key=lambda d: abs(d.t0 - c.t0))
                c.same_as = d
                if d.source is not None and (c.source is None or c.source.actor.id != d.source.actor.id):
                    c.source = d.source  # (the possessive's nearest actor is not always the traveller)

    def _frame_statements(self, cands: list[_Cand]) -> None:
        """"In a joint statement they called "the Spirit of Camp David," the leaders agreed to ...": a statement
        noun after "in" that opens its sentence or clause frames the act its sentence tells with a verb of the
        same type (one event, told twice)."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "noun" or c.same_as is not None \
                    or c.entry.type not in ("AGREE", "STATEMENT", "ANNOUNCE", "CONSULT"):
                continue
            preps = ("in", "during", "at") if c.entry.type == "CONSULT" else ("in",)
            k = c.t0 - 1
            while k > 0 and c.t0 - k <= 3 and tok.low[k] not in preps and tok.sent[k] == c.sent \
                    and (tok.low[k] in self.lex.determiners or self._adjective_like(tok.low[k])):
                k -= 1
            if tok.low[k] not in preps or tok.sent[k] != c.sent \
                    or (k > 0 and tok.sent[k - 1] == c.sent and tok.low[k - 1] != ","):
                continue
            d = next((d for d in cands if d.sent == c.sent and d.t0 > c.t0 and d.entry.pos == "verb" and d.alive), None)
            if d is not None and d.same_as is None and (d.entry.type == c.entry.type or (
                    c.entry.type != "CONSULT" and d.entry.type in ("STATEMENT", "ANNOUNCE") and d.entry.pos == "verb")):
                c.same_as = d  # ("In a phone call on Wednesday, Macron and Starmer discussed ...": one consultation; "In a
                # joint statement issued after the meeting, the two governments said ...": one statement)
            elif d is not None and c.entry.type == "CONSULT" and not c.actors and not c.group \
                    and (d.group or (d.source is not None and d.source.start < d.start)):
                c.source, c.group = d.source, d.group  # "At a second summit on August 10, West African leaders ordered
                # ...": the meeting's parties are who acted at it

    def _passive_of_event_nouns(self, cands: list[_Cand]) -> None:
        """"Talks between Russia and Ukraine in Istanbul were mediated by Turkey", "the summit, which was hosted by
        India": a passive verb of the same type whose subject is an event noun tells more of that noun's event."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "past" or c.same_as is not None or c.t0 < 1 \
                    or tok.low[c.t0 - 1] not in self.w.passive_aux:
                continue
            nouns = [d for d in cands if d.entry.pos == "noun" and d.sent == c.sent and d.t1 <= c.t0 - 1
                     and c.t0 - d.t1 <= 14 and d.entry.type == c.entry.type and d.same_as is None and d.alive]
            if not nouns:
                continue
            d = max(nouns, key=lambda d: d.t0)
            if any(x.entry.pos == "verb" and d.t1 <= x.t0 < c.t0 for x in cands) \
                    or any(tok.low[k] in (";", "that") for k in range(d.t1, c.t0)):
                continue
            c.same_as = d
            for m in c.actors:  # the agent of the passive ("by Turkey") takes part in the event
                if m.actor.id not in {x.actor.id for x in d.actors}:
                    d.others.append(m)

    def _event_object_targets(self, cands: list[_Cand]) -> None:
        """"Iran condemned the agreements", "the EU condemned the offensive": a reaction whose object is an event noun
        is aimed at who did that event: the noun's own actor ("condemned Russia's invasion"), else the event that
        noun names back to (the last one told with that word, or of that type): its doer, or for a joint act
        (agreement, talks) its other party."""
        tok = self.tokens
        for c in cands:
            if c.entry.pos != "verb" or c.target is not None or c.source is None or c.quoted or c.entry.cancels:
                continue  # (only ever aims a reaction someone made, never makes one; "postponed his trip" is no aim)
            d = next((d for d in self._all_nouns if c.t1 <= d.t0 <= c.t1 + 4 and d.sent == c.sent), None)  # (folded too)
            if d is None or any(tok.low[k] in (",", "that", "to") or tok.low[k] in self.w.prepositions
                                for k in range(c.t1, d.t0)):
                continue
            if c.entry.type not in self.lex.aimed_types and not d.actors:
                continue  # "suspended talks with the ELN": another kind of act only through its object's own party
            ref = d if d.actors else None
            if ref is None and d.determiner in self.w.definite | {"both", "their", "its", "his", "her"}:
                earlier = [e for e in cands if e.start < d.start and e is not d and e.actors and e.sent >= d.sent - 15
                           and (e.entry.lemma == d.entry.lemma or e.entry.type == d.entry.type)]
                same_word = [e for e in earlier if e.entry.lemma == d.entry.lemma]
                ref = max(same_word or earlier, key=lambda e: e.start) if earlier else None
            if ref is None:
                continue
            mine = c.source.actor.id if c.source is not None else None
            if c.entry.type == "SUPPORT" and ref.entry.type in self.w.symmetric_types \
                    and mine not in {m.actor.id for m in ref.actors}:
                continue  # "Washington welcomed the meeting": an outsider welcomes a joint act for both its parties
            order = (ref.target, ref.source) if ref.entry.type in self.w.symmetric_types else (ref.source, ref.target)
            hit = next((m for m in order if m is not None and m.actor.id != mine), None)
            if hit is not None:
                c.target = hit

    def _threat_contents(self, cands: list[_Cand]) -> None:
        """"warned that he would veto any bill": what a warning says its speaker would do is the threat itself, one
        event (a threat that was made), not a second, planned act."""
        tok = self.tokens
        for c in cands:
            if c.entry.type != "THREATEN" or c.entry.pos != "verb" or c.source is None:
                continue
            k = next((k for k in range(c.t1, min(c.t1 + 5, len(tok.low))) if tok.low[k] == "that" or tok.low[k] == ","
                      or tok.sent[k] != c.sent), None)  # "warned that", "warned Congress that"
            if k is None or tok.low[k] != "that" or tok.sent[k] != c.sent:
                continue
            for d in cands:
                if d is c or d.sent != c.sent or d.entry.pos != "verb" or not (k < d.t0 <= k + 6) or d.same_as is not None:
                    continue
                side = {c.source.actor.id, c.source.actor.country}  # "Putin warned that Russia would strike"
                if any(tok.low[j] in ("would", "will") for j in range(max(k, d.t0 - 3), d.t0)) \
                        and (d.source is None or d.source.actor.id in side or d.source.actor.country in side - {None}):
                    d.same_as = c
                    d.status, d.status_cue = c.status, c.status_cue
                break

    def _warnings_without_threat(self, cands: list[_Cand]) -> None:
        """"He warned that there was no room for compromise on Taiwan": a warning whose "that" clause names nothing that
        would or could be done (no modal, no "if"/"unless") threatens no act; it is a statement."""
        tok, n = self.tokens, len(self.tokens.low)
        for c in cands:
            if c.entry.type != "THREATEN" or c.entry.pos != "verb" or not c.alive or c.same_as is not None:
                continue
            k = next((k for k in range(c.t1, min(n, c.t1 + 8)) if tok.sent[k] != c.sent
                      or tok.low[k] in ("that", ",", ";", ".", "of", "against", "to")), None)
            if k is None or tok.sent[k] != c.sent or tok.low[k] != "that":
                continue
            clause = []
            for j in range(k + 1, min(n, k + 25)):
                if tok.sent[j] != c.sent or tok.low[j] in (";", ":"):
                    break
                clause.append(tok.low[j])
            if not any(w in self.lex.modals or w in ("if", "unless", "threatened", "threatens") for w in clause):
                c.entry = replace(c.entry, type="STATEMENT", summary="warns")

    def _demand_contents(self, cands: list[_Cand]) -> None:
        """"Wang demanded that the United States stop hyping ..., lift sanctions": a verb in its base form in the
        "that" clause of a demand is what was demanded, part of the demand, not an act that happened."""
        tok = self.tokens
        for c in cands:
            if c.entry.type != "DEMAND" or c.entry.pos != "verb":
                continue
            k = next((k for k in range(c.t1, min(c.t1 + 5, len(tok.low)))
                      if tok.low[k] in ("that", ",") or tok.sent[k] != c.sent), None)
            if k is None or tok.low[k] != "that" or tok.sent[k] != c.sent:
                continue
            for d in cands:
                if d is not c and d.sent == c.sent and d.entry.pos == "verb" and d.t0 > k and d.tense == "base" \
                        and d.status in _FACTUAL and not any(tok.low[j] in self.lex.clause_breaks or tok.low[j] == ";"
                                                             for j in range(k + 1, d.t0)):
                    d.alive = False

    def _verb_group_between(self, offset: int, t0: int) -> bool:
        """Are the words from ``offset`` to token ``t0`` only auxiliaries, negation and adverbs ("Moscow had
        not been consulted")? Else the actor before is not the verb's subject ("Biden said a nuclear war should
        never be fought")."""
        tok = self.tokens
        k0 = tok.at(offset)
        while k0 < t0 and (k0 in self.mention_cover or tok.low[k0] in (",", "and", "or", "'s", "’s")
                           or self.text[tok.starts[k0]].isupper()):
            k0 += 1  # "United Nations, American and European sanctions will be lifted"
        if k0 < t0 and k0 + 1 < len(tok.low) and tok.low[k0 + 1] in self.w.passive_aux | self.w.perfect_aux | self.w.not_noun_context \
                and tok.low[k0].isalpha() and tok.low[k0] not in self.w.passive_aux | self.w.perfect_aux | self.w.not_noun_context:
            k0 += 1  # the head noun of the subject ("Russia's forces were ...")
        for k in range(k0, t0):
            w = tok.low[k]
            if not (w in self.w.passive_aux or w in self.w.past_aux or w in self.w.perfect_aux or w in self.w.not_noun_context
                    or w in self.w.adverbs or (w.endswith("ly") and len(w) > 4)):
                return False
        return True

    def _noun_agent_after(self, c: _Cand, after: ActorMention) -> ActorMention | None:
        """"a visit to Taiwan by Nancy Pelosi", "strikes on Kyiv by Russian forces": the "by" agent that follows the
        noun's target in its phrase (not across a comma, a clause or another event word); none after a broker
        participle ("talks with Hamas mediated by Qatar")."""
        tok = self.tokens
        k = tok.at(after.end)
        for j in range(k, min(k + 6, len(tok.low))):
            if tok.sent[j] != c.sent or tok.low[j] in (",", ";", "that", "and") or tok.low[j] in self.lex.clause_breaks \
                    or j in self.trigger_toks:
                return None
            if tok.low[j] == "by":
                if j > 0 and tok.low[j - 1] in self.w.broker_participles:
                    return None
                return self._first_after_prep(j, c)
        return None

    def _first_after_prep(self, k: int, c: _Cand) -> ActorMention | None:
        """The actor that a preposition governs: "with the Kremlin leader", "by Russia"."""
        tok = self.tokens
        for i, m in self._mentions_in(k + 1, k + 5):
            if tok.sent[i] != c.sent or any(j in self.timex_toks or tok.low[j] in (",", "after", "before", "that")
                                            for j in range(k + 1, i)):
                return None
            if self._participant(i, m):
                return m
        return None


    def _group_subject(self, c: _Cand) -> list[ActorMention]:
        """"They also criticized ...", "the leaders agreed to ...": a plural subject that names no one stands
        for the parties of the last event told with two or more of them (within the two sentences before,
        or earlier in its own sentence); none when there is no such event."""
        nar = self.lex.narrative
        tok = self.tokens
        if nar is None or not nar.group_subjects:
            return []
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                     or tok.low[k] in self.w.perfect_aux or tok.low[k] in ("would", "will")):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or k in self.mention_cover:
            return []
        each = k > 0 and tok.low[k - 1] in ("each", "either") and tok.low[k] in self.lex.group_nouns
        if tok.low[k] not in nar.group_subjects and not each:  # ("Each side accused the other": the two parties)
            return []
        if tok.low[k] != "they" and not (k > 0 and tok.low[k - 1] in self.w.group_determiners):
            return []
        count = {"two": 2, "both": 2, "each": 2, "either": 2, "three": 3, "four": 4, "five": 5}.get(tok.low[k - 1]) \
            if k > 0 else None
        for d in reversed(self._group_events):
            if d.start >= c.start or d.sent < c.sent - 2:
                continue
            parties = [m for m in d.actors if m.actor.kind in ("state", "igo", "person", "group", "organization")]
            if count is not None and len({m.actor.id for m in parties}) != count:
                return []  # "the three leaders" are not the two parties of the trip just told
            return parties
        return []

    def _group_description(self, c: _Cand) -> str | None:
        """"On Monday the two foreign ministers met in Geneva. They signed ...": a plural subject that names
        no known actor ("the two foreign ministers", "both sides") still makes the event; "they" stands for the
        group of the last such event (within the two sentences before)."""
        nar = self.lex.narrative
        tok = self.tokens
        if nar is None:
            return None
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or tok.low[k] in self.w.past_aux
                                                     or tok.low[k] in self.w.perfect_aux or tok.low[k] in ("would", "will")):
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or k in self.mention_cover:
            return None
        if tok.low[k] == "they":
            for d in reversed(self._group_events):
                if d.start < c.start and d.sent >= c.sent - 2 and d.group and not d.actors:
                    return d.group
            return None
        heads = set(nar.group_subjects) | {words[-1] for words in self.lex.pairs} | self.lex.group_nouns
        if tok.low[k] not in heads:
            return None
        j = k
        while j - 1 >= 0 and tok.sent[j - 1] == c.sent and (j - 1 not in self.mention_cover or (
                k - j < 2 and self.mention_cover[j - 1].via in ("adjective", "demonym"))) and (
                tok.low[j - 1] in self.w.group_determiners or (k - j < 2 and tok.low[j - 1].replace("-", "").isalpha()
                                                             and tok.low[j - 1] not in self.w.prepositions
                                                             and tok.low[j - 1] not in self.lex.clause_breaks
                                                             and tok.low[j - 1] not in self.lex.reporting
                                                             and (self.text[tok.starts[j - 1]].islower()
                                                                  or tok.low[j - 1] not in self.lex.determiners))):
            j -= 1  # ("Nordic governments", "Several Arab diplomats": a capitalised modifier too)
        if any(tok.low[x] in self.w.group_determiners for x in range(j, k)):
            while j < k and tok.low[j] not in self.w.group_determiners:
                j += 1  # "said both sides": the phrase starts at its determiner
        words = tok.low[j:k + 1]
        if tok.low[k] in self.lex.group_nouns and (j == k or tok.low[j] in self.w.definite or tok.low[j] in ("both", "all")
                                                   or not any(w in self.w.group_determiners for w in words)):
            return self.text[tok.starts[j]:tok.ends[k]]  # "the separatist authorities", "rebels": a group of its own
        if not any(w in ("two", "both", "three", "four", "five", "all", "same") for w in words) \
                and words not in (["the", "parties"], ["the", "sides"]) \
                and not (words[0] == "the" and tuple(words[1:]) in self.lex.pairs and self._fronted_or_dated(c)):
            return None  # "the leaders" alone may be anyone's; "the two leaders", "both sides", "the parties" are a group
            # (and "Ahead of the summit, the foreign ministers met in New York on Tuesday": a group dated in its clause)
        return self.text[tok.starts[j]:tok.ends[k]]

    def _fronted_or_dated(self, c: _Cand) -> bool:
        """A date expression in the clause of ``c`` after it ("met in New York on Tuesday")."""
        tok = self.tokens
        return any(k in self.timex_toks and tok.clause[k] == tok.clause[c.t0]
                   for k in range(c.t1, min(len(tok.low), c.t1 + 8)) if tok.sent[k] == c.sent)

    def _relative_head(self, c: _Cand) -> list[ActorMention] | None:
        """"Moon, who first met Kim in April, praised the outcome": the subject of a verb right after a
        relative clause set off by commas is the actor before "who"/"which", not the last actor inside."""
        tok = self.tokens
        k = c.t0 - 1
        while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in self.w.adverbs or (tok.low[k].endswith("ly") and len(tok.low[k]) > 4)):
            k -= 1
        if k < 1 or tok.sent[k] != c.sent or tok.low[k] != ",":
            return None
        for j in range(k - 1, max(0, k - 30), -1):
            if tok.sent[j] != c.sent or tok.low[j] in (";", ".") :
                return None
            if tok.low[j] in ("who", "which") and j >= 2 and tok.low[j - 1] == ",":
                chain = self._subject_chain(j - 1)
                if not chain or self.text[chain[-1].end:tok.starts[j - 1]].strip():
                    return None
                return chain
        return None

    def _relative_pronoun(self, c: _Cand) -> str | None:
        tok = self.tokens
        for j in range(c.t0 - 1, max(-1, c.t0 - 5), -1):
            if tok.sent[j] != c.sent:
                return None
            if tok.low[j] in ("whom", "who"):
                return tok.low[j]
            if tok.clause[j] != tok.clause[c.t0]:
                return None
        return None

    def _last_participant_before(self, offset: int, clause_before: bool = False) -> ActorMention | None:
        pos = bisect.bisect_left(self.mention_starts, offset)
        s, _e = self.sentences[self.tokens.sent[self.tokens.covering(offset)]]
        for m in reversed(self.mentions[:pos]):
            if m.start < s:
                return None
            i = self.tokens.at(m.start)
            if self._participant(i, m):
                return m
        return None


    _NO_COMPLEMENT = frozenset({"than", ",", ".", ";", ":", ")", "was", "is", "were", "are", "and", "but", "or", "matters",
                                "mattered"})

    def _promote_named_statements(self, cands: list[_Cand]) -> None:
        """A leader's words are news: "Biden said the summit was not about China" is a statement event even
        without a date, while "officials said" only attributes. A weak statement verb becomes an event when
        a named person is its subject in its own clause (for verbs other than say/tell, any named actor:
        "Saudi Arabia responded cautiously"), outside quotes and outside another's reported speech."""
        tok = self.tokens
        for c in cands:
            if c.entry.weak and c.entry.pos == "verb" and c.entry.lemma in self.w.attribution and c.t1 < len(tok.low) \
                    and tok.sent[c.t1] == c.sent and (tok.low[c.t1] in self.w.passive_aux
                                                      or tok.low[c.t1] in ("would", "will", "had", "has")):
                c.alive = False  # "a gesture Prime Minister Imran Khan said was meant to ...", "talks, which he said had
                # been useful": a saying inside a noun phrase only attributes it
                continue
            if c.entry.weak and c.entry.pos == "verb" and c.entry.type == "STATEMENT" \
                    and any(tok.low[k] in ("what", "whatever") for k in range(max(0, c.t0 - 6), c.t0) if tok.sent[k] == c.sent) \
                    and (c.t1 >= len(tok.low) or tok.sent[c.t1] != c.sent or tok.low[c.t1] in self._NO_COMPLEMENT):
                c.alive = False  # "less what the two men said than whether ...": a free relative names the words, no
                # saying of its own
                continue
            if c.entry.weak and c.entry.pos == "verb" and c.entry.lemma in self.w.attribution and not c.quoted \
                    and c.source is not None and c.status == "occurred" and self._says_own_act(c, cands):
                c.alive = False  # "In April, North Korea said it would suspend nuclear tests": the act said is the
                # news, the saying only tells it
        tok = self.tokens
        for c in cands:
            if not c.entry.weak or c.entry.pos != "verb" or c.entry.type != "STATEMENT" or c.quoted \
                    or c.status != "occurred" or c.source is None:
                continue
            if c.entry.lemma in self.w.attribution and c.source.actor.kind != "person" or c.source.start > c.start:
                continue
            by_pronoun = c.t0 > 0 and tok.low[c.t0 - 1] in self.lex.pronouns  # "He defended the decision"
            if tok.sent[tok.covering(c.source.start)] != c.sent and not by_pronoun:
                continue
            reported = any(tok.low[k] == "that" and any(tok.low[j] in self.lex.reporting for j in range(max(0, k - 3), k))
                           for k in range(max(0, c.t0 - 25), c.t0) if tok.sent[k] == c.sent)
            if reported or (c.tense not in ("past", "ing") and c.entry.pos == "verb"):
                continue
            if any(d is not c and d.sent == c.sent and not d.entry.weak and d.source is not None
                   and d.source.actor.id == c.source.actor.id and d.entry.pos == "verb" for d in cands):
                continue  # "Abe welcomed the commitment but said ...": the saying belongs to that event
            if c.entry.lemma in self.w.attribution and any(
                    d.sent == c.sent and d.start > c.start and not d.entry.weak and d.alive and d.entry.pos == "verb"
                    and d.entry.type not in ("STATEMENT", "ANNOUNCE") for d in cands):
                continue  # "Qureshi said Pakistan would boycott the session": the news is the act said, not the saying
            if c.entry.lemma in self.w.attribution and self._trailing_saying(c, cands):
                continue  # "Britain suspended all military cooperation, the foreign secretary told parliament": the
                # saying only attributes the act told before it
            c.strong_override = True

    def _trailing_saying(self, c: _Cand, cands: list[_Cand]) -> bool:
        """Does the saying ``c`` close its sentence after a comma, attributing an act told before the comma ("Britain
        suspended all military cooperation with Russia, Foreign Secretary William Hague told parliament.")?"""
        tok = self.tokens
        s0 = self.sentences[c.sent][0]
        comma = next((k for k in range(c.t0 - 1, max(-1, c.t0 - 8), -1)
                      if tok.sent[k] != c.sent or tok.low[k] in (",", ";", ":") or k in self.trigger_toks), None)
        if comma is None or tok.sent[comma] != c.sent or tok.low[comma] != "," or tok.low[comma - 1] in ('"', "”", "’"):
            return False
        k = c.t1
        while k < len(tok.low) and tok.sent[k] == c.sent:
            if tok.low[k] in ("that", ",", ";", ":") or k in self.trigger_toks:
                return False  # ("..., he said, adding that ...": more words of the speaker's own)
            k += 1
        return tok.starts[comma] > s0 and any(
            d is not c and d.sent == c.sent and d.alive and d.t1 <= comma and not d.entry.weak and not d.quoted
            and d.entry.pos == "verb" and d.entry.type not in ("STATEMENT", "ANNOUNCE") for d in cands)

    def _says_own_act(self, c: _Cand, cands: list[_Cand]) -> bool:
        """Does the saying ``c`` announce a plan of its own speaker's side right after it ("North Korea said it would
        suspend nuclear tests")? (Not a past act: "Macron said Tuesday that he had spoken with Putin" is two events.)"""
        tok = self.tokens
        side = {c.source.actor.id, c.source.actor.country} - {None}
        for d in cands:
            if d is c or d.sent != c.sent or d.start < c.start or not d.alive or d.entry.pos != "verb" \
                    or d.entry.weak or d.entry.type in ("STATEMENT", "ANNOUNCE") or d.quoted:
                continue
            if d.t0 - c.t1 > 8 or any(tok.low[k] in self.lex.reporting or tok.low[k] in (";", ":")
                                      for k in range(c.t1, d.t0)):
                return False
            src = d.source
            planned = d.status == "planned" or (d.status in _FACTUAL and any(
                tok.low[j] in ("would", "will") for j in range(max(c.t1, d.t0 - 3), d.t0)))
            calls_off = d.entry.cancels and any(x.entry.pos == "noun" and x.sent == d.sent and 0 <= x.t0 - d.t1 <= 3
                                                for x in cands)  # ("said he would cancel his visit": told apart)
            return planned and not calls_off \
                and (src is None or src.actor.id in side or src.actor.country in side)
        return False

    def _join_coordinated_statements(self, cands: list[_Cand]) -> None:
        """"Trump called her remarks "nasty" and said she should not have spoken that way": a weak statement
        verb joined by "and" to a statement verb of the same speaker just before it is the same statement."""
        tok = self.tokens
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or not c.entry.weak or c.entry.type != "STATEMENT" or c.same_as is not None \
                    or c.t0 < 1 or tok.low[c.t0 - 1] not in ("and", "but") or c.strong_override:
                continue
            d = next((d for d in reversed(cands[:i]) if d.sent == c.sent and d.entry.pos == "verb" and d.alive), None)
            if d is not None and d.entry.type == "STATEMENT" and d.source is not None \
                    and (c.source is None or c.source.actor.id == d.source.actor.id):
                c.same_as = d.same_as or d  # ("called the offer "interesting" but said ...": one statement)
        for i, c in enumerate(cands):
            if c.entry.pos != "verb" or c.entry.type not in (self.lex.joined_types | self.lex.listed_types) \
                    or c.same_as is not None or c.t0 < 1 or tok.low[c.t0 - 1] not in ("and", ","):
                continue
            d = next((d for d in reversed(cands[:i]) if d.sent == c.sent and d.alive), None)
            if c.entry.type not in self.lex.joined_types and d is not None \
                    and not any(tok.low[k] == "," for k in range(d.t1, c.t0)):
                continue  # ("expelled three diplomats and closed a border crossing": two measures)
            if d is not None and d.entry.pos == "verb" and d.entry.type == c.entry.type and d.source is not None \
                    and (c.source is None or c.source.actor.id == d.source.actor.id) and d.status == c.status \
                    and (tok.low[c.t0 - 1] == "and" or d.tense == c.tense):
                c.same_as = d.same_as or d  # "He thanked Erdogan for the agreement and praised his efforts", "closed
                # their borders with Niger, suspended transactions, froze its assets": one reaction, one set of sanctions

    # ---- location

    def _set_location(self, c: _Cand) -> None:
        tok = self.tokens
        best = None
        order: list[int] = []
        # after the trigger, up to a clause break, another trigger or a reporting verb ...
        low, sent, breaks, reporting, triggers = tok.low, tok.sent, self.lex.clause_breaks, self.lex.reporting, \
            self.trigger_toks
        for i in range(c.t1, min(len(low), c.t1 + 16)):
            if sent[i] != c.sent:
                break
            w = low[i]
            if i > c.t1 and (w in breaks or w == "that" or w in reporting or w == "according" or i in triggers):
                break
            order.append(i)
        # ... or just before it, within its phrase ("in Budapest, the leaders met")
        for i in range(c.t0 - 1, max(-1, c.t0 - 5), -1):
            if tok.sent[i] != c.sent or tok.low[i] in (",", ";") or tok.low[i] in self.lex.clause_breaks \
                    or i in self.trigger_toks:
                break
            order.append(i)
        territory = None
        for i in order:
            m = self.mention_by_tok.get(i)
            if m is not None and m.actor.kind == "territory" and territory is None and i >= c.t1:
                # "struck the Gaza Strip": a territory named as the object is where it happened
                territory = (m.text[4:] if m.text.lower().startswith("the ") else m.text, m.actor.country)
            if m is None or not self._is_location_use(i, m):
                continue
            if m.via in ("adjective", "demonym"):
                k = tok.at(m.end)
                if k < len(tok.low) and tok.low[k] == "capital":
                    name = self._capital_name(m.actor)
                    if name:
                        best = (name, m.actor.country or m.actor.id)
                        break
                continue
            name = m.text[4:] if m.text.lower().startswith("the ") else m.text
            if i > 0 and tok.low[i - 1] == ",":  # "in Lausanne, Switzerland": the place is Lausanne
                k = i - 2
                while k >= 0 and self.text[tok.starts[k]].isupper() and tok.low[k] not in self.lex.location_preps:
                    k -= 1
                name = self.text[tok.starts[k + 1]:tok.ends[i - 2]] if k + 1 <= i - 2 else name
            best = (name, m.actor.country or m.actor.id)
            break
        if best is None and c.entry.type == "CONSULT" and c.t0 > 0:
            m = self.mention_by_tok.get(c.t0 - 1)
            if m is not None and m.via == "metonym" and tok.ends[c.t0 - 1] == m.end:
                best = (m.text[4:] if m.text.lower().startswith("the ") else m.text, m.actor.country or m.actor.id)
        if best is None:
            best = self._named_place(c) or territory or self._where_place(c)
        if best is None and c.entry.mode == "visit" and c.target is not None and c.target.actor.kind == "state":
            name = c.target.text[4:] if c.target.text.lower().startswith("the ") else c.target.text
            best = (name, c.target.actor.country or c.target.actor.id)
        if best:
            c.location, c.location_country = best
        if c.target is None and c.entry.type == "CONSULT" and c.entry.mode == "visit" and c.location_country \
                and c.source is not None and c.source.actor.country != c.location_country \
                and self._state_of(c.location_country) is not None:
            state = self._state_of(c.location_country)  # "Power arrived in Yerevan": a visit to Armenia
            c.target = ActorMention(c.start, c.end, c.location, state, "place")

    def _where_place(self, c: _Cand) -> tuple[str, str | None] | None:
        """"travelled to Moscow, where he met Putin": the place before ", where" is where the event of the relative
        clause happened (a place the gazetteer knows: a capital, a state, a territory or a listed city)."""
        tok = self.tokens
        for k in range(c.t0 - 1, max(-1, c.t0 - 6), -1):
            if tok.sent[k] != c.sent or tok.low[k] in (",", ";") or (k in self.trigger_toks and k != c.t0):
                return None
            if tok.low[k] != "where":
                continue
            if k < 2 or tok.low[k - 1] != "," or tok.sent[k - 2] != c.sent:
                return None
            m = self.mention_cover.get(k - 2)
            if m is not None and m.actor.kind in ("state", "territory") and m.via not in ("adjective", "demonym"):
                name = m.text[4:] if m.text.lower().startswith("the ") else m.text
                return name, m.actor.country or m.actor.id
            places = getattr(self.gazetteer, "places", None) or {}
            j = k - 2
            while j >= 0 and tok.sent[j] == c.sent and self.text[tok.starts[j]].isupper() and k - 2 - j < 4:
                j -= 1
            name = self.text[tok.starts[j + 1]:tok.ends[k - 2]] if j + 1 <= k - 2 else ""
            known = places.get(name) if name else None
            return (name, known[1]) if known is not None else None
        return None

    def _named_place(self, c: _Cand) -> tuple[str, str | None] | None:
        """"met in Abu Dhabi": a capitalised name after in/at right after the trigger, even when the
        gazetteer does not know it (no country then)."""
        tok = self.tokens
        preps = self.lex.location_preps
        if c.entry.mode == "visit":  # "traveled to Granada": a visit's destination is where it happens
            preps = (*preps, "to")
        k = c.t1
        if c.t1 - 1 > c.t0 and tok.low[c.t1 - 1] in preps:
            k = c.t1 - 1  # the trigger ends on the preposition: "traveled to | Granada"
        while k < min(len(tok.low), c.t1 + 10) and tok.sent[k] == c.sent and tok.clause[k] == tok.clause[c.t0] \
                and tok.low[k] not in preps and tok.low[k] not in (",", "that") \
                and (k == c.t1 or k not in self.trigger_toks):
            k += 1  # "talks between Russia and Ukraine in Istanbul"
        if k < len(tok.low) and tok.low[k] in preps and tok.sent[k] == c.sent:
            j = k + 1
            words = []
            while j < len(tok.low) and tok.sent[j] == c.sent and j not in self.timex_toks and j not in self.mention_cover:
                raw = self.text[tok.starts[j]:tok.ends[j]]
                if not raw[:1].isupper() or raw.lower() in self.lex.determiners:
                    break
                words.append(raw)
                j += 1
            if words and len(words) <= 4:
                places = getattr(self.gazetteer, "places", None) or {}
                for n in range(len(words), 0, -1):  # "Sochi Olympic Park": the longest known place first
                    known = places.get(" ".join(words[:n]))
                    if known is not None:
                        return " ".join(words), known[1]
                return " ".join(words), None
        return None

    def _capital_name(self, actor: Actor) -> str | None:
        """The capital named elsewhere in the document ("Budapest" for "the Hungarian capital")."""
        for m in self.mentions:
            if m.actor.id == actor.id and m.via in ("metonym", "capital", "city", "seat") \
                    and m.text[:1].isupper() and not m.text.lower().startswith("the ") and " " not in m.text:
                return m.text
        entry = self.gazetteer.get(actor.id) if self.gazetteer is not None and hasattr(self.gazetteer, "get") else None
        for form, via in getattr(entry, "forms", ()) or ():
            if via == "capital":
                return form
        return None

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
            while k >= 0 and tok.clause[k] == tok.clause[c.t0] and (tok.low[k] not in ("which", "that")
                                                                   or k in self.timex_cover):
                k -= 1  # (not the "that" of "later that month")
            if k < 0 or tok.low[k] not in ("which", "that") or tok.sent[k] != c.sent or c.t0 - k > 8:
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
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "past" or c.same_as is not None or c.t0 == 0:
                continue
            d = next((d for d in by_sent[c.sent] if d.entry.pos == "noun" and d.t1 == c.t0 and d.entry.type == c.entry.type
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
                if any(w in ("for", "on", "during") for w in between[-5:]) and not any(
                        w in (",", ";", "that") or w in self.lex.clause_breaks for w in between) \
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
            if m is None or tok.sent[k] != c.sent or m.text.lower() in ("they", "we", "i", "you"):
                continue
            c.tense = "past"

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
        for tx in self.timexes:
            if tx.type == "SET":
                continue
            ti = tok.at(tx.start)
            if ti >= len(tok.low):
                continue
            if tx.precision == "year" and ti > 0 and tok.low[ti - 1] in ("a", "an") and tok.at(tx.end) < len(tok.low) \
                    and tok.low[tok.at(tx.end)][:1].isalpha():
                continue  # "a 1972 law": the year of something else
            if tx.anchor is not None and tx.anchor.clause_start is None and tx.earliest is None \
                    and tok.at(tx.end) + 1 < len(tok.low) and tok.low[tok.at(tx.end) + 1] == "than":
                continue  # "began a day later than first planned": later than a plan, no event to count from
            te = max(ti, tok.at(tx.end) - 1)
            pool = by_sent.get(tok.sent[ti], [])
            tx_any = tx  # the readings that do not depend on the event (a deadline, a bound, a past plan ...)
            for reading in (self._deadline_reading, self._same_day_reading, self._bounded_reading,
                            self._past_plan_reading, self._unresolved_reading, self._time_stamp_reading):
                tx_any = reading(tx)
                if tx_any is not tx:
                    break
            best = None
            ranked: list[tuple[float, int, _Cand]] = []
            for c in pool:
                if tx.anchor is not None and tx.anchor.clause_start is not None \
                        and tx.anchor.clause_start <= c.start < (tx.anchor.clause_end or tx.anchor.clause_start):
                    continue  # the anchoring event, not the anchored one
                if self._in_anchor_clause(c.start, but_not=tx):
                    continue  # "Two days after the meeting, on Thursday, they signed": Thursday is the signing's
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
            if owner is not None and owner.timex is tx:
                continue
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
        self._date_from_apposed_offsets(cands)
        self._pronoun_govs = self._find_pronoun_offsets(cands)
        self._day_refs = self._find_day_references(cands)
        self._date_from_sentence(cands, by_sent)
        self._date_from_since(cands)
        self._date_from_when(cands)
        self._date_from_where(cands)
        self._date_from_apposed_occasion(cands)
        for c in cands:  # "announced late on Tuesday, saying he would be postponing the visit": the day of the saying
            if id(c) in self._told_cancels and c.timex is None and c.anchor_timex is None:
                k = self._reporting_before(c)
                sayings = [d for d in by_sent.get(c.sent, ()) if d.t0 <= k and d.timex is not None and d.status in _FACTUAL
                           and d.timex.type in ("DATE", "TIME") and d.timex.anchored_to != "event"]
                if k is not None and sayings:
                    c.timex, c.timex_cost = sayings[-1].timex, self._SENTENCE_COST
        self._date_from_previous_sentence(cands, by_sent)
        self._date_from_occasion(cands, by_sent)
        self._date_from_lead(cands)
        self._date_from_attended(cands)
        self._date_from_reported_meeting(cands)
        self._date_from_entries(cands)

    _ENTRY_COST = 49.0

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
                if own is None and c.entry.weak and not c.strong_override:
                    continue  # "officials say": a weak word the date would make an event of its own
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
                  and t.earliest is not None and t.earliest == t.latest and not self._after_publication(t)}
        for tx in self._anchor_spans:
            ti = tok.at(tx.start)
            day = by_end.get(ti - 1) if ti > 1 and tok.low[ti - 1] == "," else None
            if day is None or self._in_quote(tx.start) or any(d.anchor_timex is tx and d.timex is day and d.strong for d in cands):
                continue  # (the event of the day counts from the clause's: a constraint between the two)
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
            first, last = day.earliest - timedelta(days=hi), day.earliest - timedelta(days=lo)
            c.timex = replace(
                tx, earliest=first, latest=last, precision="day" if first == last else "unknown", type="DATE",
                value=first.isoformat() if first == last else tx.value, anchored_to=f"timex:{day.start}",
                start=day.start, end=tx.end, text=self.text[day.start:tx.end], rule="events_apposed_offset",
                derivation=f"'{self.text[day.start:tx.end]}': '{tx.text}' {a.signal} '{c.text}' counted back from "
                           f"'{day.text}' ({day.earliest.isoformat()}) -> {first.isoformat()}"
                           + ("" if first == last else f" to {last.isoformat()}"))
            c.timex_cost = self._SENTENCE_COST - 1.0

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
            if k < 2 or tok.low[k] not in ("in", "at", "during") or tok.low[k - 1] != "," or tok.sent[k - 2] != c.sent:
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
        for k, w in enumerate(tok.low):
            if w != "where" or k < 2 or tok.low[k - 1] != ",":
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
                    or any(tok.low[j] in ("had", "'d") for j in range(k + 1, c.t0)) \
                    or (c.status in _FACTUAL and dct is not None and tx.earliest > dct) \
                    or (c.status not in _FACTUAL and dct is not None and tx.earliest < dct):
                continue
            c.timex, c.timex_cost = self._time_stamp_reading(tx), self._SENTENCE_COST - 2.0

    def _date_from_when(self, cands: list[_Cand]) -> None:
        """"a rupture that began in January 2016, when Riyadh cut ties": a "when" clause right after a date tells what
        happened at that date; its event takes the date even when what the date belongs to is no event."""
        tok = self.tokens
        dct = self.doc.dct
        for k, w in enumerate(tok.low):
            if w != "when":
                continue
            tx = self._when_after_date(k)
            if tx is None or tx.type not in ("DATE", "TIME") or tx.earliest is None or tx.anchored_to == "event" \
                    or (dct is not None and tx.earliest > dct) or self._in_quote(tx.start):
                continue
            after = [c for c in cands if c.sent == tok.sent[k] and c.t0 > k and tok.clause[c.t0] == tok.clause[k]]
            if not after:
                continue
            c = min(after, key=lambda c: c.t0)
            if c.timex is None and c.anchor_timex is None and c.status in _FACTUAL and not c.quoted:
                c.timex, c.timex_cost = tx, self._SENTENCE_COST - 2.0

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
        placed by an offset from another event instead, the day is its day: (event, event just told, days after)."""
        dct = self.doc.dct
        out: list[tuple[_Cand, _Cand, int]] = []
        by_start = {t.start: t for t in self.timexes}
        placed = {id(gov) for _, gov in self._pronoun_govs}
        for c in cands:
            tx = c.timex
            if tx is None or tx.rule not in self.w.day_back_references or tx.earliest is None or tx.earliest != tx.latest:
                continue
            if tx.anchored_to.startswith("timex:") and tx.anchored_to[6:].isdigit():
                ref = by_start.get(int(tx.anchored_to[6:]))
                ref_day = ref.earliest if ref is not None else None
            else:
                ref, ref_day = None, dct if tx.anchored_to == "dct" else None
            told = [d for d in cands if d.start < tx.start and d is not c and d.status in _FACTUAL and not d.quoted
                    and (d.actors or d.group) and (d.entry.pos == "verb" or d.strong) and d.entry.type != "STATEMENT"
                    and d.timex is not tx]
            if not told or ref_day is None:
                continue
            last = max(told, key=lambda d: d.start)
            if last.timex is not None or not (last.anchor_timex is not None or id(last) in placed):
                continue  # the event just told is dated by an expression: the engine's reference is its day
            delta = (tx.earliest - ref_day).days
            if abs(delta) > 1:
                continue
            for d in cands:  # the expression dates its owner and the events of its sentence that share it
                if d.timex is tx:
                    d.timex, d.timex_cost = None, 1e9
                    out.append((d, last, delta))
        return out

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
        for c in cands:
            if c.timex is not None or c.anchor_timex is not None or c.status not in _FACTUAL or c.quoted \
                    or not (c.actors or c.group) or (c.entry.weak and not c.strong_override) \
                    or (c.entry.pos == "noun" and c.determiner in self.w.definite):
                continue  # only events in their own right, not mentions that may refer back
            if c.t0 > 0 and any(self._phrase_at(k, p) for k in range(max(0, c.t0 - 3), c.t0)
                                for p in self._sequence_by_first().get(tok.low[k], ())):
                continue
            if self._in_anchor_clause(c.start):
                continue  # "on Thursday, a day before the two leaders met": the meeting is a day after Thursday
            k0 = tok.at(self.sentences[c.sent][0])
            if any(tok.clause[k] == tok.clause[c.t0] and self._phrase_at(k, p) for k in range(k0, c.t0)
                   for p in load_occasions().within if p[0] == tok.low[k]):
                continue  # "arrived the same day, and during her visit she announced": placed within the visit
            best = None
            for d in by_sent.get(c.sent, ()):
                tx = d.timex
                if d is c or tx is None or d.timex_cost >= self._SENTENCE_COST or tx.anchored_to == "event" or not _is_date(tx) \
                        or d.status not in _FACTUAL or (tx.type not in ("DATE", "TIME")
                                                        and not (tx.anchor is not None and tx.earliest is not None)) \
                        or self._time_to_come(tx):  # ("urged him to conclude the treaty by the end of the year")
                    continue
                joined = c.start > d.start and c.t0 > 0 and tok.low[c.t0 - 1] == "and" and c.entry.pos == "verb" \
                    and c.tense == "past" and c.source is not None and d.source is not None \
                    and c.source.actor.id == d.source.actor.id  # "said ... and warned Congress": one occasion, one speaker
                joined = joined or self._participle_adjunct(c, d, by_sent.get(c.sent, ()))
                if not joined and (d.entry.type == "STATEMENT" or (tok.low[d.t0] in self.lex.reporting and c.start > d.start)):
                    continue  # the date of a saying is not the date of what is said
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
                dist = abs(c.t0 - tok.at(tx.start))
                if best is None or dist < best[0]:
                    best = (dist, tx)
            if best is not None:
                c.timex, c.timex_cost = best[1], self._SENTENCE_COST + best[0]

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
        return len(breaks) == 1 and tok.low[breaks[0]] in ("who", "which") and self._closed_relative_at(breaks[0], j)

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
        while k > 0 and tok.sent[k - 1] == tok.sent[i] and tok.low[k] not in ("who", "which") and i - k < 20:
            k -= 1
        if tok.low[k] not in ("who", "which") or k == 0 or tok.low[k - 1] != ",":
            return False
        return "," in tok.low[i:j]

    def _closed_relative_at(self, k: int, j: int) -> bool:
        """Does the relative clause opened at token ``k`` ("who", "which") close with ", and" before token ``j``
        ("13 Israelis were handed over, with workers who were freed under a separate arrangement, and Israel
        released 39 Palestinians": the main clause goes on after it)?"""
        tok = self.tokens
        if tok.low[k] not in ("who", "which"):
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
        if k + 1 < c.t0 and tok.low[k] in ("at", "during") and tok.low[k + 1] == "which":
            k += 1  # "a NATO summit in Brussels on Wednesday of last week, at which he accused Germany": at that date
        return k < c.t0 and tok.low[k] in ("when", "which") and (tok.low[k] == "when" or tok.low[k - 1] in ("at", "during")) \
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
        anchored_ends = [t.end for t in self.timexes if t.anchored_to == "event"]

        def one_day(x: _Cand) -> bool:
            t = x.timex
            return t is not None and t.earliest is not None and t.earliest == t.latest and t.anchored_to != "event" \
                and x.timex_cost <= self._PREVIOUS_COST + 10 and id(x) not in self._occasion_ties and x.status in _FACTUAL

        def undated(x: _Cand) -> bool:
            return x.timex is None and x.anchor_timex is None

        def simple_past(x: _Cand) -> bool:
            if x.status != "occurred" or x.quoted or any(tok.low[j] in ("had", "'d") for j in range(max(0, x.t0 - 3), x.t0)
                                                        if tok.sent[j] == x.sent):
                return False
            return x.entry.pos == "noun" or x.tense in ("past", "ing") \
                or (x.tense == "base" and x.determiner in ("a", "an") and tok.low[x.t0 - 1] not in ("to", "will", "would"))
            # (a verb form after "a", "after a drone attack", is a noun)

        def told_before(x: _Cand) -> bool:  # "after speaking with Putin by phone": the call told earlier
            mine = self._keys(x)
            return bool(mine) and any(d.sent < x.sent and d.entry.type == x.entry.type and mine <= self._keys(d)
                                      and (d.entry.lemma == x.entry.lemma or (x.medium and d.medium == x.medium))
                                      for d in cands)

        for k, word in enumerate(tok.low):
            if word not in occ.cues or k in self.timex_cover or any(e <= tok.starts[k] <= e + 2 for e in anchored_ends):
                continue  # "four days after", "the day after the vote" are the temporal engine's
            si = tok.sent[k]
            pool = sorted(by_sent.get(si, ()), key=lambda c: c.start)
            anchor = next((c for c in pool if k < c.t0 <= k + 4 and tok.clause[c.t0] == tok.clause[k]), None)
            named = False
            if anchor is None:
                anchor, named = self._occasion_named(k + 1, cands), True
            if anchor is None or anchor.status != "occurred" or anchor.quoted:
                continue
            a_end = anchor.t1 if anchor.sent == si else k + 1
            while a_end < len(tok.low) and tok.sent[a_end] == si and tok.clause[a_end] == tok.clause[k] \
                    and tok.low[a_end] not in (",", ";"):
                a_end += 1
            if any(j in self.timex_cover for j in range(k + 1, a_end)):
                continue  # "after months of talks", "after speaking ... in the preceding days": a time of its own
            fronted = k == tok.at(self.sentences[si][0]) or tok.low[k - 1] in ("and", "but", "that", "—", "-") \
                or (tok.low[k - 1] == "," and not any(c.t1 <= k for c in pool))  # (", after ..." closing a clause is not)
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
                if g is anchor or not simple_past(g) or (g.entry.weak and not g.strong_override):
                    continue  # (a tie makes no event of a weak word: "and the military said ...")
                if one_day(anchor) and undated(g) and anchor.entry.type not in occ.lasting_types:  # (not "before the war")
                    g.timex, g.timex_cost = anchor.timex, self._OCCASION_COST
                    self._occasion_ties[id(g)] = (anchor, f"'{self.text[phrase[0]:phrase[1]]}' tells '{g.text}' as part "
                                                          f"of the occasion of '{anchor.text}'", *phrase)
                elif one_day(g) and undated(anchor) and not named and simple_past(anchor) \
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

    def _date_from_lead(self, cands: list[_Cand]) -> None:
        """The paragraphs after a news lead tell its occasion ("Israel signed agreements on Tuesday ... in a ceremony
        hosted by Trump. [...] Trump signed as a witness."; "Iran and six powers reached an agreement on Tuesday. The deal
        ... was announced at a news conference by ... Zarif"). Within ``lead_paragraphs`` paragraphs from the top, while
        none names another past date, an undated event in the simple past is tied to the lead event's day when a party
        to the lead acts in it and its sentence names the lead event ("the deal", "the summit", "the ceremony": a bare
        definite noun of the lead event's type or of the lead sentence) or repeats the lead's act ("signed"). An event
        that only shares actors ("Macron met Scholz on Monday. // Macron urged Germany ...") is not tied."""
        occ = load_occasions()
        lede = self._lede_day()
        if lede is None or occ.lead_paragraphs <= 0 or not self.sentences:
            return
        tok = self.tokens
        dct = self.doc.dct
        ties = self._occasion_ties
        ls = self._lede_sent()
        leads = [c for c in cands if c.sent == ls and c.timex is not None and c.timex.earliest == lede.earliest
                 and c.timex.latest == lede.latest and c.status in _FACTUAL and c.timex_cost < self._PREVIOUS_COST
                 and id(c) not in ties]
        if not leads:
            return
        lead = min(leads, key=lambda c: (c.timex_cost, c.start))
        s0, s1 = self.sentences[ls]
        lead_toks = [k for k in range(tok.at(s0), tok.at(s1)) if tok.low[k][:1].isalpha()]
        lead_lemmas = {e.lemma for k in lead_toks for e, _t in self.lex.forms.get(tok.low[k], ())}
        lead_words = {tok.low[k] for k in lead_toks if tok.low[k] not in self.lex.determiners}
        lead_types = {c.entry.type for c in leads}
        told_types = {c.entry.type for c in cands if c.sent == ls and c.status in _FACTUAL and not c.quoted} \
            - {"STATEMENT", "ANNOUNCE"}  # the acts of the lead's occasion ("agreed ... after a summit")
        parties = {m.actor.id for m in self.mentions if s0 <= m.start < s1}
        parties |= {m.actor.country for m in self.mentions if s0 <= m.start < s1 and m.actor.country}
        # the episode: paragraphs from the top while none names another past date
        last_sent, paragraphs = ls, 1
        for si in range(ls + 1, len(self.sentences)):
            a, b = self.sentences[si]
            if "\n" in self.text[self.sentences[si - 1][1]:a]:
                paragraphs += 1
                if paragraphs > occ.lead_paragraphs:
                    break
            other = [t for t in self.timexes if a <= t.start < b and _is_date(t) and t.earliest is not None
                     and not (t.earliest == lede.earliest and t.latest == lede.latest) and not self._in_quote(t.start)
                     and not (dct is not None and t.earliest > dct)
                     and not (t.type == "TIME" and not re.search(r"\d|\b[A-Z]", t.text[1:]))
                     and not self._background_date(t)]
            # ("arrived in the morning": a part of a day names no other day)
            if other:
                break
            last_sent = si
        if last_sent == ls:
            return
        quiet = {si for si in range(ls + 1, last_sent + 1)}

        def names_lead(si: int) -> tuple[int, int] | None:
            a, b = self.sentences[si]
            for k in range(tok.at(a), tok.at(b) - 1):
                if tok.low[k] not in ("the", "this", "that") or self._in_quote(tok.starts[k]):
                    continue
                head = tok.low[k + 1]
                nxt = tok.low[k + 2] if k + 2 < len(tok.low) else ""
                if nxt in ("of", "'s", "’s") or not head[:1].isalpha() or (k + 1) in self.mention_by_tok:
                    continue
                types = {e.type for e, _t in self.lex.forms.get(head, ())}
                if types & lead_types or (head in lead_words and len(head) > 3 and types):
                    return tok.starts[k], tok.ends[k + 1]
            return None

        nar = self.lex.narrative
        chain = nar.max_chain if nar is not None else 0
        tied_in: dict[int, _Cand] = {}  # sentence -> an event of it told as part of the lead's occasion
        for c in sorted(cands, key=lambda c: c.start):
            if id(c) in ties and c.sent in quiet:
                tied_in.setdefault(c.sent, c)
            if c.sent not in quiet or c.timex is not None or c.anchor_timex is not None or c.status != "occurred" \
                    or c.quoted or id(c) in getattr(self, "_occasion_ties", {}) or c.cluster is lead.cluster is not None:
                continue
            if c.entry.pos == "verb" and (c.tense not in ("past", "ing") or any(
                    tok.low[j] in ("had", "'d", "has", "have") for j in range(max(0, c.t0 - 3), c.t0) if tok.sent[j] == c.sent)):
                continue  # "had met": before the occasion; "has met": not tied to it
            if any(self._phrase_at(k, p) for k in range(max(0, c.t0 - 3), c.t0)
                   for p in self._sequence_by_first().get(tok.low[k], ())):
                continue  # placed by the event it follows or precedes
            span = names_lead(c.sent)
            subject = span is not None and span[1] <= c.start and tok.clause[tok.at(span[0])] == tok.clause[c.t0] \
                and not any(k in self.trigger_toks for k in range(tok.at(span[1]), c.t0)) and not self._reacts(c.entry)
            party = bool(({m.actor.id for m in c.actors} | {m.actor.country for m in c.actors if m.actor.country}) & parties)
            if not subject and not party and not c.group:
                continue  # (the lead event as the subject, "the deal was announced by ...", needs no party to the lead)
            before = next((tied_in[si] for si in range(c.sent - 1, max(0, c.sent - 1 - chain), -1) if si in tied_in
                           and "\n" not in self.text[self.sentences[si][1]:self.sentences[c.sent][0]]), None)
            if span is not None and any(d.sent == c.sent and d.start <= c.start and tok.at(span[0]) == d.t1
                                        and self._reaction_verb(d) for d in cands):
                continue  # "Grossi welcomed the agreement, saying ...": an answer to the lead event, on or after its day
            if span is not None and (party or subject):
                reason = f"'{self.text[span[0]:span[1]]}' names the occasion of the lead sentence"
            elif c.entry.lemma in lead_lemmas and c.entry.pos == "verb" and party:
                span, reason = (c.start, c.end), f"'{c.text}' repeats the act of the lead sentence"
            elif (c.entry.type in told_types or self._group_subject_words(c) is not None) and c.actors and all(
                    m.actor.id in parties or m.actor.country in parties for m in c.actors):
                # "after a summit in Geneva. // The two leaders met for about three hours": the lead's act told again,
                # or the lead's parties acting together ("agreed on Wednesday to ... // The two leaders met for two hours")
                span, reason = (c.start, c.end), f"'{c.text}' is told of the parties to the lead sentence"
            elif before is not None and c.entry.pos == "verb":  # "They also said ..., and criticized China"
                span, reason = (c.start, c.end), f"'{c.text}' is told right after '{before.text}', of the same occasion"
            elif party and (cue := self._party_cue(c, parties)) is not None:  # "after Kim had left, Trump announced"
                span, reason = cue, f"'{self.text[cue[0]:cue[1]]}' tells '{c.text}' as part of the lead's occasion"
            else:
                continue
            c.timex, c.timex_cost = lead.timex, self._OCCASION_COST
            self._occasion_ties[id(c)] = (lead, reason + ", in the lead's paragraphs, by a party to it", *span)
            tied_in.setdefault(c.sent, c)

    def _date_from_reported_meeting(self, cands: list[_Cand]) -> None:
        """"Putin said that the two sides had agreed to work more closely on arms control", "Biden said he had warned Putin
        ...": a past act a saying reports, with no date of its own, is what was done at the last meeting told before it
        of the speaker (or of the act's own parties), in the week before the saying (or the paper): a tie to that
        meeting's day (basis "constraint"). Not when no such meeting is told."""
        tok = self.tokens
        dct = self.doc.dct
        occ = load_occasions()
        ties = self._occasion_ties

        def parties(x: _Cand) -> set[str]:  # the sides: a person counts as their state when it is known
            return {m.actor.country or m.actor.id for m in x.actors}

        meetings = [m for m in cands if m.entry.type == "CONSULT" and m.status in _FACTUAL and not m.quoted
                    and m.timex is not None and m.timex.earliest is not None and m.timex.earliest == m.timex.latest
                    and m.timex_cost < self._SENTENCE_COST and id(m) not in ties]
        if not meetings:
            return
        for c in cands:
            if c.entry.pos != "verb" or c.tense != "past" or c.status != "occurred" or c.quoted or c.timex is not None \
                    or c.anchor_timex is not None or id(c) in ties or c.entry.type in ("CONSULT", "STATEMENT") \
                    or self._reaction_verb(c):
                continue  # (a reply is a saying of its own, not what a saying reports)
            sayings = [d for d in cands if d.sent == c.sent and d.t1 <= c.t0 and d is not c and not d.quoted
                       and (d.entry.type == "STATEMENT" or tok.low[d.t0] in self.lex.reporting)
                       and ("that" in tok.low[d.t1:c.t0] or any(tok.low[j] in ("had", "'d") for j in range(d.t1, c.t0)))
                       and not any(w in (";", "but", "while", "when", "after", "before") for w in tok.low[d.t1:c.t0])]
            if sayings:
                d = sayings[-1]
                ref = d.timex.latest if d.timex is not None and d.timex.latest is not None else dct
                who, saying, s_at = parties(d) | parties(c), d.text, d.start
            else:  # "Blinken acknowledged that China had refused his proposal": a reporting word that is no event
                k0 = tok.at(self.sentences[c.sent][0])
                said = [k for k in range(k0 + 1, c.t0) if (tok.low[k] in self.lex.reporting or tok.low[k] in occ.reporting)
                        and k - 1 in self.mention_cover and tok.low[k + 1] == "that"
                        and not any(w in (";", "but", "while", "when") for w in tok.low[k:c.t0])]
                if not said:
                    continue
                speaker = self.mention_cover[said[-1] - 1]
                ref, who = dct, parties(c) | {speaker.actor.country or speaker.actor.id}
                saying, s_at = self.text[tok.starts[said[-1]]:tok.ends[said[-1]]], tok.starts[said[-1]]
            if ref is None:
                continue
            need = 1 if c.group else 2  # ("the two sides had agreed": the sides of the meeting)
            found = [m for m in meetings if m.start < c.start and len(who & parties(m)) >= need and len(parties(m)) >= 2
                     and ref - timedelta(days=occ.stay_days + 3) <= m.timex.earliest <= ref]
            if not found:
                continue
            m = max(found, key=lambda m: (m.timex.earliest, m.start))
            first = min(x.timex.earliest for x in found)
            tx = m.timex
            if first < tx.earliest:  # meetings of those sides on several days (a visit): somewhere in them
                tx = replace(tx, earliest=first, precision="unknown",
                             derivation=f"{tx.derivation}; the sides met on several days told, from {first.isoformat()}")
            c.timex, c.timex_cost = tx, self._OCCASION_COST
            ties[id(c)] = (m, f"'{saying} ... {c.text}' reports what was done at '{m.text}', the last meeting told of "
                              f"its parties" + ("" if tx is m.timex else f" (they met from {first.isoformat()} on)"),
                           s_at, c.end)

    def _date_from_attended(self, cands: list[_Cand]) -> None:
        """"Swaraj is due to address a meeting of the OIC on Friday. Pakistan said it would boycott the session": a verb that
        is done at an occasion (``at_occasion`` in dating.yaml: attend, boycott, skip, address ...) whose object is a
        definite noun naming an event of the same kind told just before (this sentence or the two before), with a day
        of its own, happens on that day: a tie, as for other occasions (basis "constraint")."""
        occ = load_occasions()
        if not occ.at_occasion:
            return
        tok = self.tokens
        n = len(tok.low)
        for c in cands:
            if c.entry.pos != "verb" or c.timex is not None or c.anchor_timex is not None or c.quoted \
                    or id(c) in self._occasion_ties or not any(p in occ.at_occasion for p in _expanded(c.entry.lemma)):
                continue
            k = c.t1
            if k >= n or tok.low[k] not in self.w.definite or tok.sent[k] != c.sent:
                continue  # ("attend a summit": a new one)
            while k < n and k < c.t1 + 3 and tok.low[k] in self.lex.determiners:
                k += 1
            if k >= n or tok.sent[k] != c.sent or not tok.low[k][:1].isalpha():
                continue
            kinds = {e.type for e, _t in self.lex.forms.get(tok.low[k], ())}
            told = [d for d in cands if d is not c and d.start < c.start and d.sent >= c.sent - 2 and d.entry.pos == "noun"
                    and (d.entry.type in kinds or tok.low[d.t0] == tok.low[k]) and not d.quoted
                    and d.timex is not None and d.timex.earliest is not None and d.timex.earliest == d.timex.latest
                    and d.timex_cost < self._SENTENCE_COST and id(d) not in self._occasion_ties]
            if not told:
                continue
            d = max(told, key=lambda d: d.start)
            c.timex, c.timex_cost = d.timex, self._OCCASION_COST
            self._occasion_ties[id(c)] = (d, f"'{c.text} {self.text[tok.starts[c.t1]:tok.ends[k]]}' is done at "
                                             f"'{d.text}'", c.start, tok.ends[k])

    def _main_clause_verb(self, k: int, pool: list[_Cand]) -> _Cand | None:
        """", hours after", ", minutes before", ", shortly after": a short lapse set off by a comma at the end of a sentence
        tells the time of the sentence's main event, its first verb (not of the clause just before the cue)."""
        tok = self.tokens
        j = k - 1
        if j > 0 and tok.low[j] in ("just", "only"):
            j -= 1
        if j < 1 or tok.low[j] not in ("hours", "minutes", "moments", "shortly", "soon") or tok.low[j - 1] != ",":
            return None
        if tok.low[j] in ("hours", "minutes") and not all(
                m in self.timex_cover for m in range(j, j + 1)):  # (the engine's "hours": no count of its own)
            return None
        verbs = [c for c in sorted(pool, key=lambda c: c.start) if c.t1 <= j and c.entry.pos == "verb"]
        if not verbs or verbs[0].status not in _FACTUAL or verbs[0].quoted:
            return None
        return verbs[0]  # (the first verb of the sentence, after a dateline's dash)

    def _infinitive_complement(self, c: _Cand) -> bool:
        """"(agreed) to begin talks": a plan told as the infinitive a verb takes."""
        k = self.tokens.at(c.start)  # (the light verb of "begin talks" opens the mention)
        return c.status not in _FACTUAL and k > 0 and self.tokens.low[k - 1] == "to"

    def _group_subject_words(self, c: _Cand) -> tuple[int, int] | None:
        """"The two leaders met", "Both sides agreed", "They signed": a plural subject that names no one, right before the
        verb in its clause (``group_subjects`` in dating.yaml, the lexicon's group nouns): its span."""
        tok = self.tokens
        v = tok.at(c.start)  # (the light verb of "held talks")
        if c.entry.pos != "verb" and v == c.t0:
            return None
        k = v - 1
        while k >= 0 and tok.sent[k] == c.sent and v - k <= 3 and tok.low[k] not in self._subject_heads:
            if k in self.mention_cover or tok.low[k] in (",", ";"):
                return None
            k -= 1
        if k < 0 or tok.sent[k] != c.sent or tok.low[k] not in self._subject_heads:
            return None
        j = k
        while j > 0 and tok.sent[j - 1] == c.sent and k - j < 3 and (tok.low[j - 1] in self.lex.determiners
                                                                     or tok.low[j - 1] in ("two", "three", "both", "all")):
            j -= 1
        return tok.starts[j], tok.ends[k]

    def _other_time_between(self, c: _Cand, k: int) -> bool:
        """Is there a date expression between event ``c`` and token ``k`` that dates another event ("suspended ...
        after a drone attack, only to rejoin four days later after mediation": the mediation's, so the cue after it
        is not about the attack)?"""
        lo, hi = self.tokens.ends[c.t1 - 1], self.tokens.starts[k]
        return any(lo <= t.start < hi and self._timex_owner.get(t.start) not in (None, c) for t in self.timexes)

    def _party_cue(self, c: _Cand, parties: set) -> tuple[int, int] | None:
        """"At a news conference after Kim had left, Trump announced ...": a cue ("after", "before") earlier in the
        sentence whose clause tells what a party to the lead did, with no event of its own: its span."""
        tok = self.tokens
        occ = load_occasions()
        k0 = tok.at(self.sentences[c.sent][0])
        for k in range(k0, c.t0):
            if tok.low[k] not in occ.cues or (k + 1) not in self.mention_by_tok:
                continue
            m = self.mention_by_tok[k + 1]
            if m.actor.id not in parties and m.actor.country not in parties:
                continue
            end = k + 1
            while end < c.t0 and tok.low[end] not in (",", ";"):
                end += 1
            if end >= c.t0 or any(j in self.trigger_toks or j in self.timex_cover for j in range(k + 1, end)):
                return None
            return tok.starts[k], tok.ends[end - 1]
        return None

    def _occasion_named(self, k0: int, cands: list[_Cand]) -> _Cand | None:
        """"Before the ceremony": a definite noun that is no event of its own names the occasion an earlier sentence
        tells ("signed agreements on Tuesday ..., in a ceremony on the South Lawn"): that sentence's dated event told
        before the noun, or the event the noun itself is."""
        tok = self.tokens
        if k0 >= len(tok.low) or tok.low[k0] not in self.w.definite:
            return None
        k = k0
        while k < len(tok.low) and k < k0 + 3 and tok.low[k] in self.lex.determiners:
            k += 1
        if k >= len(tok.low) or not tok.low[k][:1].isalpha() or k in self.trigger_toks or tok.sent[k] != tok.sent[k0]:
            return None
        head = tok.low[k]
        names = {head, head + "s", head[:-1] if head.endswith("s") else head}
        for j in range(tok.at(self.sentences[tok.sent[k0]][0]) - 1, -1, -1):
            if tok.low[j] not in names:
                continue
            pool = [d for d in cands if d.sent == tok.sent[j] and d.status in _FACTUAL and not d.quoted]
            own = [d for d in pool if d.t0 <= j < d.t1]
            if own:
                return own[0]
            dated = [d for d in pool if d.t1 <= j and d.timex is not None and d.timex_cost < self._SENTENCE_COST]
            if dated:
                return dated[-1]  # (else an earlier sentence that names it: "Before the ceremony, ..." told no day)
        return None

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
            own = [t for t in self.timexes if s0 <= t.start < s1 and _is_date(t) and not self._time_to_come(t)]
            if own and all(self._background_date(t) for t in own) and not any(
                    d.timex is not None and d.timex.start == t.start and not d.quoted for t in own
                    for d in by_sent.get(si, ()) if self._simple_past(d)):
                own = []  # "Sweden had halted arms exports in 2019": a time of background does not end the scene
            found: tuple[Timex, int] | None = None
            if own:
                found = self._sentence_day(own) or self._sentence_frame(si, own)
                found = (found, 0) if found is not None else None
                if found is not None and (si == 0 or "\n" in self.text[self.sentences[si - 1][1]:s0]) \
                        and not any(d.actors or d.group for d in by_sent.get(si, ())):
                    found = (found[0], -len(self.sentences))  # "The reaction in Washington on Monday was swift.": a
                    # paragraph's opening sentence that tells no act of its own frames the whole paragraph
            elif si > 0 and "\n" not in self.text[self.sentences[si - 1][1]:s0]:
                prev = narrated(si - 1)
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
            answer = (c.entry.type == "STATEMENT" and not c.strong_override) or self._reaction_verb(c) \
                or not (c.actors or c.group)  # (an act told without its agent: only in a paragraph that opens on its day,
            # "The fighting came on Tuesday afternoon. Armed men stormed a military centre")
            if c.entry.pos == "verb" and (c.tense not in ("past", "ing") or self._tense_class(c, c.status) != "past"
                                          or any(tok.low[j] == "had" for j in range(max(0, c.t0 - 3), c.t0)
                                                 if tok.sent[j] == c.sent)):
                continue  # "had met": before the day told; "has met": not tied to it
            s0, s1 = self.sentences[c.sent]
            dated = own_dates.get(c.sent)
            if dated is None:
                dated = own_dates[c.sent] = any(t.start < s1 and t.end > s0 and _is_date(t) and not self._time_to_come(t)
                                                for t in self.timexes)
            if dated:
                continue  # the sentence has dates of its own ("for an hour" is none, nor "conclude it by the year's end")
            if any(self._phrase_at(k, p) for k in range(max(tok.at(s0), c.t0 - 3), c.t0)
                   for p in self._sequence_by_first().get(tok.low[k], ())):
                continue  # "after speaking by phone": placed by the event it precedes, not by the day told
            if any(self._phrase_at(k, p) for k in range(tok.at(s0), tok.at(s1))
                   for p in during.get(tok.low[k], ()) if tok.clause[k] == tok.clause[c.t0]):
                continue  # "On the day the deal was announced, Turkey recalled ...": placed by that event (also after it)
            if any(tok.low[k] in ("who", "which") and k > 0 and tok.low[k - 1] == "," for k in range(max(0, c.t0 - 3), c.t0)
                   if tok.sent[k] == c.sent):
                continue  # "Qatar, which mediated the talks, welcomed ...": a description of its subject, not the day told
            found = narrated(c.sent)
            if found is None and self._wire_paragraph_step(c, cands):
                prev = narrated(c.sent - 1)  # wire copy: a paragraph of one sentence goes on from the one before
                found = (prev[0], prev[1] + 1) if prev is not None and prev[1] + 1 <= max_chain else None
            framed = found is not None and found[1] < 0
            if framed and (c.entry.type == "STATEMENT" or self._reaction_verb(c)) \
                    and not self._frames_answers(c.sent, follow_at):
                continue  # ("The fighting came on Tuesday afternoon. ... The prime minister said ...": an answer)
            if answer and not framed:
                continue  # "Poland condemned the pact": on or after what it answers, not on the day just told (unless the
                # paragraph opens on its day: "The reaction in Washington on Monday was swift. McCain called ...")
            if found is not None and found[1] < 0 and found[1] + len(self.sentences) >= 1:
                c.timex, c.timex_cost = found[0], self._PREVIOUS_COST  # (framed by its paragraph's opening sentence)
                self._framed[id(c)] = found[0]
                k = next((k for k in range(c.sent, -1, -1) if k in follow_at), None)
                if k is not None and not any("\n" in self.text[self.sentences[j - 1][1]:self.sentences[j][0]]
                                             for j in range(k + 1, c.sent + 1)):
                    self._follows[id(c)] = follow_at[k]
            elif found is not None and found[1] >= 1:
                c.timex, c.timex_cost = found[0], self._PREVIOUS_COST + 5.0 * (found[1] - 1)

    def _frames_answers(self, si: int, follow_at: dict) -> bool:
        """Does the paragraph of sentence ``si`` open on the answers it tells ("The reaction in Washington on Monday was
        swift.", ``answer_frames`` in dating.yaml) or on a scene that follows ("At the news conference that followed")?
        Only then do its statements and reactions take the paragraph's day ("The fighting came on Tuesday afternoon.
        Armed men stormed ... The prime minister said ...": the saying is an answer, on or after that day)."""
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
            if t.type not in ("DATE", "TIME") or t.anchored_to == "event" or t.earliest is None \
                    or t.earliest != t.latest or self._in_quote(t.start) or (dct is not None and t.earliest > dct):
                return None
            owner = self._timex_owner.get(t.start)
            if owner is not None and owner.status not in _FACTUAL:
                return None
            k = self.tokens.at(t.start)
            if any(self.tokens.low[j] in ("had", "'d") and not self._relative_subject_clause(j)
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
        return any(tok.low[i] in ("that", "which", "who") and i > 0 and tok.sent[i - 1] == tok.sent[j]
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

    def _window(self, tx: Timex, ti: int, c: _Cand) -> Timex | None:
        """"would take place within two weeks": a planned event's window from the publication date."""
        dct = self.doc.dct
        tok = self.tokens
        if c.status in _FACTUAL and ti > 0 and tok.low[ti - 1] == "within":
            return self._within_hours(tx, ti)
        if dct is None or c.status in _FACTUAL or ti == 0 or tok.low[ti - 1] not in ("within", "in", "next"):
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
        if told:  # "ordered him on Friday to leave within 48 hours": counted from the day of the order
            start, frm = told[-1].earliest, f"'{told[-1].text}' ({told[-1].earliest.isoformat()}), the day it was set"
        end = start + timedelta(days=days)
        return replace(tx, earliest=start, latest=end, precision="unknown",  # a window, no named period
                       derivation=f"'{tok.low[ti - 1]} {tx.text}' from {frm}: "
                                  f"{start.isoformat()} to {end.isoformat()}")

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
        dct = self.doc.dct
        if not self._after_publication(tx) or tx.precision not in ("day", "part_of_day") or tx.earliest != tx.latest \
                or tx.anchor is not None \
                or tx.anchored_to != "dct" or c.status != "occurred" or c.entry.pos != "verb" or c.tense != "past" \
                or self.tokens.low[self.tokens.at(tx.start)] not in (self.lex.narrative.weekdays if self.lex.narrative else ()):
            return tx
        day = tx.earliest
        while day > dct:
            day -= timedelta(days=7)
        return replace(tx, earliest=day, latest=day, value=day.isoformat() + tx.value[10:],  # ("Sunday night": TNI)
                       derivation=f"{tx.derivation}; but '{c.text}' is in the past: the most recent {tx.text.strip()}, "
                                  f"{day.isoformat()}")

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
                or not any(tok.low[k] in ("will", "shall") for k in range(max(0, c.t0 - 2), c.t0) if tok.sent[k] == c.sent) \
                or (tok.at(tx.start) > 0 and tok.low[tok.at(tx.start) - 1] in ("last", "past")):
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
        ref = next((t for t in self.timexes if t.start == int(tx.anchored_to[6:])), None)
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
        sign = -1 if a.signal in ("before", "earlier", "previous", "preceding", "ago") or (a.amount or 0) < 0 else 1
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

    def _same_day_reading(self, tx: Timex) -> Timex:
        """"closed the border on July 30. Hours earlier, protesters attacked the embassy": an unstated number of hours or
        minutes from a day told as a whole is that same day (the gold guideline), not the day before too."""
        if re.fullmatch(r"PTX[HM]", tx.value) is None or not tx.anchored_to.startswith("timex:") \
                or not tx.anchored_to[6:].isdigit():
            return tx
        ref = next((t for t in self.timexes if t.start == int(tx.anchored_to[6:])), None)
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
        for phrase in sorted(load_occasions().deadlines, key=lambda p: -len(p.split())):
            words = phrase.split()
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
        return self._deadline_words

    def _timexes_between(self, lo: int, hi: int) -> tuple[Timex, ...]:
        """The expressions (sorted by start) that start at or after offset ``lo`` and before ``hi``."""
        if getattr(self, "_timex_starts_of", None) is not self.timexes:
            self._timex_starts_of = self.timexes
            self._timex_starts = [t.start for t in self.timexes]
        starts = self._timex_starts
        return self.timexes[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def _after_publication(self, tx: Timex) -> bool:
        """Does the expression lie wholly after the publication date ("next month", "in the coming weeks")?"""
        dct = self.doc.dct
        return dct is not None and tx.earliest is not None and tx.earliest > dct

    def _has_predicate(self, lo: int, hi: int) -> bool:
        """"would take place", "was held" between two tokens."""
        index = self._predicate_index
        return any(self._phrase_at(k, p) for k in range(lo, hi) for p in index.get(self.tokens.low[k], ()))

    def _in_closing_relative(self, k: int, ti: int) -> bool:
        """Is token ``k`` inside a relative clause (", which ...", ", who ...") that a comma closes before token ``ti``
        ("The truce, which was signed after two weeks of talks brokered by Riyadh, took effect on Monday": the predicate
        after the comma is the truce's, not the talks')?"""
        tok = self.tokens
        j = k - 1
        while j > 0 and tok.sent[j] == tok.sent[k] and tok.low[j] not in ("which", "who") and k - j < 15:
            j -= 1
        if tok.low[j] not in ("which", "who") or j == 0 or tok.low[j - 1] != "," or tok.sent[j] != tok.sent[k]:
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
        if te + 1 >= len(tok.low) or tok.low[te + 1] != ",":
            return False
        return any(k in self.trigger_toks and any(c.entry.pos == "verb" for c in self._cands_by_tok.get(k, ()))
                   for k in range(tok.at(self.sentences[tok.sent[ti]][0]), ti) if tok.clause[k] == tok.clause[ti])

    def _in_apposition(self, words: list[str], m: int) -> bool:
        """Is word ``m`` inside a noun phrase set off by commas in ``words`` (", the train that links Lahore and Delhi,")?
        A relative "that" there belongs to the apposition; the clause goes on after its closing comma."""
        left = next((j for j in range(m - 1, -1, -1) if words[j] in (",", ";")), None)
        if left is None or words[left] != "," or left + 1 >= m or words[left + 1] not in ("the", "a", "an"):
            return False
        return "," in words[m + 1:]

    def _timex_cost(self, c: _Cand, ti: int, te: int, tx: Timex) -> float | None:
        tok = self.tokens
        if ti >= c.t1:
            lo, hi, after = c.t1, ti, True
        else:
            lo, hi, after = te + 1, c.t0, False
        between = tok.low[lo:hi]
        if c.status == "occurred" and c.entry.pos == "verb" and c.tense == "past" and self._time_to_come(tx):
            return None  # "said he would convene the committee next month and warned", "urged him to conclude the
            # treaty by the end of the year": a time to come (a deadline to come) dates no past act
        if not after and self._trailing_attribution(c, ti, te):
            return None  # "Tusk will meet Stoltenberg on Monday, his office said": the day of what is said, not the saying's
        if after and self._plan_of_past_act(c, tx):
            return None  # "Iran agreed to free the detainees on Monday": the agreement's (past) Monday, not the release's
        if after and self._in_closing_relative(c.t0, ti):
            return None  # "The truce, which was signed after two weeks of talks, took effect on Monday": the truce's day
        if after and ti >= 2 and tok.low[ti - 1] == "of" and ti - 2 != c.t1 - 1:
            return None  # "restored the situation of April 2020": the date of the situation, not of the event
        if after and c.entry.pos == "noun" and hi - lo <= 12 and self._has_predicate(lo, hi) \
                and not any(k in self.trigger_toks for k in range(lo, hi)) and not self._in_closing_relative(c.t0, ti):
            # "the summit Trump said would take place within two weeks", "the summit that had been planned for
            # next month", "his trip, which had been scheduled for Saturday": the predicate carries the date back
            return 0.5 + 0.1 * len(between)
        if tok.clause[ti] != tok.clause[c.t0]:
            # a predicate may carry the date back to its noun: "the summit Trump said would take place within"
            if after and c.entry.pos == "noun" and self._has_predicate(lo, hi):
                return 0.5 + 0.1 * len(between)
            if not after and c.entry.pos == "verb" and self._fronted(ti) and self._same_time(ti, c.t0):
                # "On Saturday morning, while attending the summit in Osaka, Trump wrote": the fronted day is the main
                # clause's, across a clause of the same time
                return len(between) + 3 * between.count(",") + 6.0
            return None
        if after and ti >= 2:
            j = ti - 1 if tok.low[ti - 1] in ("on", "in", "at", "during") else ti
            if j >= 2 and tok.low[j - 1] == "and" and tok.low[j - 2] == "," and any(
                    k in self.trigger_toks or k in self.mention_by_tok or tok.low[k] in ("it", "he", "she", "they", "we")
                    for k in range(te + 1, min(te + 4, len(tok.low))) if tok.sent[k] == tok.sent[ti]):
                return None  # "said it would suspend tests, and last month it blew up the tunnels": the next clause's
            if "," in between and any(tok.low[m] == "," and tok.low[m + 1] == "and" and any(
                    tok.low[v] in self.lex.modals or (v in self.trigger_toks and any(
                        x.entry.pos == "verb" for x in self._cands_by_tok.get(v, ())))
                    for v in range(m + 2, min(m + 4, ti))) for m in range(lo, hi - 1)):
                return None  # "will fly to Israel, where he is due to meet Netanyahu, and will see Abbas on Tuesday": the
                # date of the verb coordinated after ", and", not of the clause before it
        if after and "that" in between and any(w == "that" and not self._in_apposition(between, m)
                                               for m, w in enumerate(between)):
            return None
        if after and "had" in between and not any(tok.low[k] == "had" for k in range(max(0, c.t0 - 3), c.t0)) \
                and not (c.entry.pos == "noun" and self._has_predicate(lo, hi)):
            return None  # "met Macron, repeating the offer he had made on Sunday": the date of the earlier act
        if not after and c.entry.pos == "verb" and (tx.anchor is None or self._closes_clause(ti, te)) and any(
                between[m] == "," and between[m + 1] == "and" for m in range(max(0, len(between) - 4), len(between) - 1)):
            return None  # "would start sharing data by the end of the year, and criticized China": the clause before's
            # ("shot the balloon down a day later, and Beijing protested": the offset dates the shooting)
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
        if tx.anchor is None and any(w in self._sequence_words for w in between):
            cost += 12  # "recalled its ambassador in March after Biden said": March is the recall's
            offsets = {tok.at(t.end) for t in self.timexes if t.anchor is not None or t.type == "DURATION"}
            if not after and any(tok.low[k] in self._sequence_words and k not in self.timex_cover and k not in offsets
                                 for k in range(max(lo, hi - 3), hi)):
                return None  # "cut off in August last year after a visit to Taiwan": the visit is the other side (not
                # "in April, days after Washington imposed sanctions": an offset of the engine's)
        if id(c) in self._called_off:
            cost += 8  # "suspended the talks in August": the date of the suspension, not of the talks
        if after and dist == 0 and c.entry.type == "STATEMENT":
            cost = 0  # "Trump said Sunday"
        if after and c.entry.pos == "noun" and self._has_predicate(lo, hi) and not self._in_closing_relative(c.t0, ti):
            cost = 0.5 + 0.1 * dist
        return cost

    # ---- merging

    def _keys(self, c: _Cand) -> set[str]:
        return {m.actor.id for m in c.actors}

    def _persons(self, c: _Cand) -> set[str]:
        return {m.actor.id for m in c.actors if m.actor.kind == "person"}

    def _countries(self, c: _Cand) -> set[str]:
        return {m.actor.country or m.actor.id for m in c.actors}

    @staticmethod
    def _range(c: _Cand) -> tuple[date, date] | None:
        if c.timex is not None and c.timex.earliest and c.timex.latest:
            return c.timex.earliest, c.timex.latest
        return None

    def _linked(self, c: _Cand, x: _Cand) -> bool:
        """Two mentions tied by an anchored offset ("four days after") are two events."""
        for a, b in ((c, x), (x, c)):
            tx = a.anchor_timex
            if tx is not None and tx.anchor is not None and tx.anchor.clause_start is not None \
                    and tx.anchor.clause_start <= b.start < (tx.anchor.clause_end or tx.anchor.clause_start):
                return True
        return False

    def _compatible(self, c: _Cand, cl: _Cluster) -> float | None:
        """A score when the mention can be the same event as the cluster, else None."""
        if cl.type != c.entry.type:
            return None
        lead = cl.lead
        media = self._agg(cl, "media")
        if c.medium and media and c.medium not in media:
            return None
        if (c.status in _FACTUAL) != (lead.status in _FACTUAL):
            return None
        if any(self._linked(c, x) for x in cl.cands):
            return None
        if c.entry.pos == "noun" and any(x.entry.pos == "noun" and x.entry.lemma != c.entry.lemma
                                         and (x.entry.pair_only or c.entry.pair_only) for x in cl.cands):
            return None  # "attending the G20 summit ... had dinner with Moon": a meal is an occasion of its own
        if c.entry.pos == "noun" and c.entry.pair_only and c.strong \
                and not any(x.entry.lemma == c.entry.lemma for x in cl.cands):
            return None  # "greeted each other ... then had dinner together": nor is it more of the greeting or talks
        if c.strong and c.entry.type == "CONSULT" and c.entry.mode is None and c.entry.medium != "phone" \
                and all(x.entry.mode == "visit" for x in cl.cands):
            return None  # "landed in Beijing on Sunday ... held seven hours of talks": the trip, and the talks held on it
        mark = self._distinct_word(c)
        if mark is not None and mark not in self._agg(cl, "marks"):
            return None  # "held separate meetings with each of them" is not the joint summit
        if c.entry.pos == "verb" and c.anchor_timex is not None and c.anchor_timex.anchored_to == "event" \
                and not any(x.anchor_timex is c.anchor_timex for x in cl.cands) \
                and not (c.entry.type == "STATEMENT" and any(abs(x.sent - c.sent) == 1 and x.entry.pos == "verb"
                                                             and x.timex is not None for x in cl.cands)):
            return None  # "two days after that, the delegation landed": placed by its own offset, an event of its own
        if c.entry.pos == "verb" and self._range(c) and any(
                x.entry.pos == "verb" and x.anchor_timex is not None and x.anchor_timex.anchored_to == "event"
                and not self._is_headline(x.sent) for x in cl.cands):
            return None  # and a meeting dated by its own words ("met Kim in April") is not the one placed by an offset
        if any(x.sent == c.sent and not (c.entry.pos == "noun" and x.start < c.start and (
                x.entry.pos == "verb" or (x.entry.lemma == c.entry.lemma and c.determiner in self.w.definite
                                          and not c.actors)))
               for x in cl.cands):
            return None  # two mentions of one type in one sentence are two events (unless "met ..., the first meeting")
        locs = self._agg(cl, "locs")
        if c.location_country and locs and c.location_country not in locs:
            return None
        mine_r = self._range(c)
        if mine_r:
            for x in cl.cands:
                r = self._range(x)
                if r and (r[1] < mine_r[0] or mine_r[1] < r[0]):
                    return None
        if c.entry.pos == "verb" and self._anaphoric_object(c) and any(0 < c.sent - x.sent <= 2 for x in cl.cands):
            # "the United States and the Taliban sign an agreement ... Khalilzad and Baradar sign the text": the same act
            nearest = min(abs(c.start - x.start) for x in cl.cands)
            return 3.0 + 1.0 / (1.0 + nearest / 200.0)
        keys = self._agg(cl, "keys")
        mine = self._keys(c)
        shared = len(mine & keys)
        if not keys and mine and c.entry.pos == "noun" and c.determiner in self.w.definite \
                and any(x.entry.lemma == c.entry.lemma and x.anchors for x in cl.cands):
            shared = 1  # "a day before the summit opened ... represented at the summit by Lavrov"
        if not shared and c.entry.pos == "noun" and c.determiner in self.w.definite and mine and not self._persons(c):
            # "the Washington summit" after "Trump hosted ...": a state stands for its people
            countries = self._agg(cl, "countries")
            if all((m.actor.country or m.actor.id) in countries or m.actor.id in keys for m in c.actors):
                shared = len(self._countries(c) & countries)  # (not "the G20 summit hosted by India": G20 is new)
        lead_source = lead.source.actor.id if lead.source else None
        my_source = c.source.actor.id if c.source else None
        anaphoric = c.entry.pos == "noun" and c.determiner in self.w.definite
        if c.strong and c.status not in _FACTUAL and lead.status not in _FACTUAL and not anaphoric \
                and not any(x.entry.lemma == c.entry.lemma or (c.entry.mode and x.entry.mode == c.entry.mode)
                            for x in cl.cands):
            return None  # two events that did not happen are told apart by what they are ("trip", "talks")
        if not c.strong and anaphoric and c.status not in _FACTUAL and lead.status not in _FACTUAL \
                and c.entry.mode is None and all(x.entry.mode for x in cl.cands):
            return None  # "the talks would take place in mid-July" names planned talks, not an invitation to visit
        if c.strong:
            if c.entry.type in self.w.symmetric_types:
                mine_c = self._countries(c)
                theirs_c = self._agg(cl, "countries")
                persons_both = self._persons(c) and any(self._persons(x) for x in cl.cands)
                mine_p = self._persons(c)
                theirs_p = self._agg(cl, "persons")
                if len(mine_p) >= 2 and len(theirs_p) >= 2 and mine_p - theirs_p and theirs_p - mine_p:
                    return None  # a call with Netanyahu and Hamad is not the call with Netanyahu and bin Zayed
                if c.entry.pos == "verb" and len(mine_p) >= 2 and theirs_p and mine_p - theirs_p and mine_c - theirs_c \
                        and not anaphoric:
                    return None  # "speaking by phone with King Hamad and Netanyahu": a party from a new country, a new call
                if c.entry.pos == "verb" and mine_p and len(self._keys(c)) >= 2 and theirs_c and mine_c - theirs_c \
                        and not anaphoric and not self._is_headline(lead.sent) and c.entry.lemma != lead.entry.lemma:
                    return None  # "Amano signed a road map with Iran's nuclear chief": a named party from elsewhere
                    # makes another agreement, not more of Iran's deal with the powers
                if c.entry.pos == "verb" and not shared and not any(x.entry.lemma == c.entry.lemma for x in cl.cands) \
                        and min(abs(c.sent - x.sent) for x in cl.cands) > 2 and not self._range(c):
                    return None  # "reached an agreement" ... paragraphs later "the two leaders agreed that": not one act
                if len(mine_c) >= 2 and mine_c == theirs_c and not persons_both:
                    shared = max(shared, 2)  # "Armenia and Azerbaijan sign" / "Aliyev and Pashinyan signed"
                if shared < 1 or shared < min(2, len(mine), len(keys)) and not anaphoric:
                    return None
            else:
                if not (my_source and my_source == lead_source) \
                        and not (my_source is None and lead_source and self._is_headline(lead.sent) and len(cl.cands) == 1):
                    return None  # (but "Colombians reject his deal" in the headline is the body's "voters rejected")
                if c.entry.lemma != lead.entry.lemma and not anaphoric and not self._is_headline(lead.sent) \
                        and not (c.entry.lemma in self.w.attribution and lead.entry.lemma in self.w.attribution):
                    return None  # (a headline names the event the body tells in other words; "said" and "told" one act)
                if c.entry.type == "STATEMENT" and c.entry.pos == "verb" and not self._same_telling(c, cl):
                    return None  # "Biden said in an interview in March ..." is not what he said at the summit
        elif mine:
            if not shared or (c.entry.type not in self.w.symmetric_types and my_source and lead_source and my_source != lead_source):
                return None
            if c.entry.type == "STATEMENT" and c.entry.pos == "verb" and not self._same_telling(c, cl):
                return None  # (a saying paragraphs later is not more of that statement either)
        elif c.entry.pos != "noun":
            if not (self._is_headline(lead.sent) and len(cl.cands) == 1 and c.entry.lemma == lead.entry.lemma
                    and not c.entry.weak and c.status == lead.status):
                return None  # "said" with no one saying it joins nothing (but "voters rejected the agreement" is the
                # headline's "Colombians reject his deal")
        elif not (anaphoric or (c.location_country and c.location_country in locs)
                  or (mine_r and any(self._range(x) for x in cl.cands) and any(x.entry.lemma == c.entry.lemma
                                                                              for x in cl.cands))):
            return None  # "a ceasefire" alone names no particular event ("left for consultations" on the day of a
            # call is not that call)
        score = 3.0 * shared + (2.0 if c.location_country and c.location_country in locs else 0.0)
        if not mine and anaphoric:
            # "The summit nearly did not happen": a bare back-reference names the same word used before, else
            # the story's lead event rather than whatever event was told last
            if any(x.entry.lemma == c.entry.lemma for x in cl.cands):
                score += 2.0
            if self._lead_cluster is cl:
                score += 1.5
        score += 1.0 if c.medium and c.medium in media else 0.0
        nearest = min(abs(c.start - x.start) for x in cl.cands)
        score += 1.0 / (1.0 + nearest / 200.0)
        return score

    _AGGREGATES = {
        "media": lambda self, cands: {x.medium for x in cands if x.medium},
        "marks": lambda self, cands: {self._distinct_word(x) for x in cands},
        "locs": lambda self, cands: {x.location_country for x in cands if x.location_country},
        "keys": lambda self, cands: set().union(*(self._keys(x) for x in cands)),
        "countries": lambda self, cands: set().union(*(self._countries(x) for x in cands)),
        "persons": lambda self, cands: set().union(*(self._persons(x) for x in cands)),
    }

    def _agg(self, cl: _Cluster, name: str) -> set:
        """What the cluster's mentions have together (``_AGGREGATES``), computed again only when a mention joins
        it (clustering asks it for every mention x cluster; read-only: callers never change the set)."""
        got = self._agg_cache.get(id(cl))
        if got is None or got[0] != len(cl.cands):
            got = self._agg_cache[id(cl)] = (len(cl.cands), {})
        v = got[1].get(name)
        if v is None:
            v = got[1][name] = self._AGGREGATES[name](self, cl.cands)
        return v

    def _anaphoric_object(self, c: _Cand) -> bool:
        """Is the object right after the verb ``c`` a word for the result of an event already told ("signed the
        text", "signed it"; ``anaphoric_objects`` in cues.yaml)?"""
        tok = self.tokens
        for words in self.lex.anaphoric_objects:
            end = c.t1 + len(words)
            if end <= len(tok.low) and tuple(tok.low[c.t1:end]) == words and tok.sent[end - 1] == c.sent \
                    and (end == len(tok.low) or tok.sent[end] != c.sent or not tok.low[end].isalpha()
                         or tok.low[end] in self.w.prepositions or tok.low[end] in ("as", "and", "after", "before")):
                return True
        return False

    def _same_telling(self, c: _Cand, cl: _Cluster) -> bool:
        """Can the saying ``c`` be more of what the cluster's speaker said? Only when it goes on from a
        mention in the sentence before or after (one telling: "Trump said on Tuesday ... 'The sentence
        should have been ...,' Trump told reporters"), or when both are dated to the same day; a speaker's
        words paragraphs apart are two statements unless a date ties them."""
        if any(abs(x.sent - c.sent) <= 1 for x in cl.cands):
            return True
        mine = self._range(c)
        return mine is not None and mine[0] == mine[1] and any(self._range(x) == mine for x in cl.cands)

    def _distinct_word(self, c: _Cand) -> str | None:
        tok = self.tokens
        for k in (c.t0 - 1, c.t0 - 2):
            if k >= 0 and tok.sent[k] == c.sent and tok.low[k] in self.w.distinct_words:
                return tok.low[k]
        return None

    def _is_headline(self, si: int) -> bool:
        """Is sentence ``si`` the article's title line (first, alone on its line, no final punctuation)?"""
        if si != 0 or not self.sentences:
            return False
        s0, s1 = self.sentences[0]
        line = self.text[s0:s1].rstrip()
        return bool(line) and line[-1] not in ".!?\"”’'" and self.text[s1:s1 + 1] in ("\n", "")

    def _cluster(self, cands: list[_Cand]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        by_type: dict[str, list[_Cluster]] = {}

        def best_for(c: _Cand) -> _Cluster | None:
            best = None
            for cl in by_type.get(c.entry.type, ()):
                score = self._compatible(c, cl)
                if score is not None and (best is None or score > best[0]):
                    best = (score, cl)
            return best[1] if best else None

        self._lead_cluster = None
        self._agg_cache: dict[int, tuple[int, dict[str, set]]] = {}  # (clusters live until the end of the call)
        strong = [c for c in cands if c.strong and not (c.entry.cancels and c.source is None and c.cancels_cand is not None) and c.same_as is None]
        strong_ids = {id(c) for c in strong}
        for c in strong:
            home = best_for(c)
            if home is not None:
                home.add(c)
            else:
                cl = _Cluster([c])
                clusters.append(cl)
                by_type.setdefault(cl.type, []).append(cl)
                if self._lead_cluster is None and not self._is_headline(c.sent) and self._range(c) is not None:
                    self._lead_cluster = cl  # the first dated event of the body: the story's news
        for c in cands:
            if id(c) in strong_ids or (c.entry.cancels and c.source is None and c.cancels_cand is not None) or c.same_as is not None:
                continue
            home = best_for(c)
            if home is not None:
                home.add(c)
        for c in cands:
            if c.same_as is not None:
                home = next((cl for cl in clusters if c.same_as in cl.cands), None)
                if home is not None:
                    home.add(c)
        self._agg_cache = {}
        for k, cl in enumerate(clusters):
            for c in cl.cands:
                c.cluster = k
        return clusters

    # ---- events

    def _build(self, clusters: list[_Cluster], cands: list[_Cand]) -> Extraction:
        doc = self.doc
        ids = [stable_id(doc.id, cl.first.start, cl.lead.entry.type) for cl in clusters]
        events: list[Event] = []
        actors: dict[str, Actor] = {}
        for k, cl in enumerate(clusters):
            ev = self._event(cl, ids[k])
            events.append(ev)
            for c in cl.cands:
                for m in c.actors:
                    actors.setdefault(m.actor.id, m.actor)
        constraints = self._constraints(clusters, ids, cands)
        events = self._link_cancels(events, clusters, ids, cands)
        events = [self._date_from_constraint(e, constraints, events) for e in events]
        return Extraction(events=tuple(events), constraints=tuple(constraints),
                          actors=tuple(sorted(actors.values(), key=lambda a: a.name)))

    def _event(self, cl: _Cluster, event_id: str) -> Event:
        lead, first = cl.lead, cl.first
        cands = sorted(cl.cands, key=lambda c: c.start)
        source = lead.source or next((c.source for c in cands if c.source), None)
        target = lead.target or next((c.target for c in cands if c.target and (not source or c.target.actor.id != source.actor.id)), None)
        if source is not None and target is not None and source.actor.id == target.actor.id:
            target = None
        if source is not None and target is not None and source.actor.kind == "state" and target.actor.kind == "state":
            sides = {source.actor.country or source.actor.id, target.actor.country or target.actor.id}
            for c in cands:  # "Kosovo and Serbia agree" (headline), "Vucic and Kurti agreed": the people who acted
                if c.source is not None and c.target is not None and c.source.actor.kind == "person" \
                        and c.target.actor.kind == "person" and {c.source.actor.country, c.target.actor.country} == sides:
                    source, target = c.source, c.target
                    break
        names: list[str] = []
        for c in [lead] + cands:
            for m in c.actors:
                if m.actor.name not in names:
                    names.append(m.actor.name)
        status, flags = self._cluster_status(cands)
        placed = [c for c in [lead] + cands if c.location and not c.quoted]  # a quote is evidence, not a place
        location = placed[0].location if placed else None
        loc_country = placed[0].location_country if placed else None
        medium = next((c.medium for c in [lead] + cands if c.medium), None)
        date_fields = self._date(cl, lead, status)
        if location is None and lead.entry.type == "CONSULT" and medium != "phone" and status == "occurred":
            at = self._dateline_place(lead, source, target, date_fields)
            if at is not None:
                location, loc_country = at  # "SINGAPORE - Trump and Kim met on Tuesday": where the story is filed
        mode = self._mode(lead, medium, source, target, loc_country, cands)
        if date_fields.pop("_conflict", False):
            flags.append("date_conflict_between_mentions")
        narrative = date_fields.pop("_narrative", False)
        if narrative:
            flags.append("date_from_previous_sentence")
        shown_names = names
        if not names:
            group = next((c.group for c in [lead] + cands if c.group), None)
            if group:
                shown_names = [group[:1].upper() + group[1:]]  # "The two foreign ministers meet in Geneva"
        summary = self._summary(lead.entry, source, target, location, status, mode, shown_names,
                                self._object_words(lead) if target is None and lead.entry.pos == "verb" else "",
                                group=shown_names is not names, subject_verb=lead.subject_tok is not None, lead=lead)
        dated_by = date_fields.pop("_dated_by", None)
        # the evidence shown first: the mention whose sentence holds the date expression, else the first
        # strong mention dated by its own clause, else the lead
        shown = dated_by if dated_by is not None and not dated_by.quoted and dated_by.timex_cost < self._PREVIOUS_COST \
            else cl.evidence
        s_start, s_end = self.sentences[shown.sent]
        confidence = 0.45 + (0.15 if source else 0) + (0.1 if target else 0) \
            + (0.15 if date_fields["date_basis"] == "expression" else 0) + (0.05 if len(cands) > 1 else 0) \
            - (0.1 if lead.entry.weak else 0) - (0.1 if lead.quoted else 0)
        if narrative:
            confidence = min(confidence, 0.5)
        if date_fields["date_basis"] == "tense":
            cap = self.lex.tense_windows[self._tense_class(lead, status)].confidence
            confidence = min(confidence, cap)
            flags.append("date_from_tense")
        return Event(
            id=event_id, doc=self.doc.id, type=lead.entry.type, trigger=shown.text, start=shown.start, end=shown.end,
            sentence=self.text[s_start:s_end], sentence_start=s_start, sentence_end=s_end, summary=summary,
            status=status, mode=mode if lead.entry.type == "CONSULT" else None, actors=tuple(names),
            source_actor=source.actor.name if source else None, target_actor=target.actor.name if target else None,
            location=location, confidence=round(max(0.05, min(0.95, confidence)), 3), flags=tuple(flags),
            mentions=tuple(Mention(c.start, c.end, c.text, *self.sentences[c.sent]) for c in cands),
            **date_fields,
        )

    _DATELINE = re.compile(r"\s*([A-Z][A-Z.'’ ]+[A-Z.])(?:,[ \t]+[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?[ \t]+[-—–][ \t]")

    def _dateline_place(self, lead: _Cand, source, target, date_fields: dict) -> tuple[str, str] | None:
        """"SINGAPORE - ...": a consultation the text places nowhere happened where the story was filed, when it is
        the lead paragraph's news, or a recent one (dated by its own words within the week before the publication
        date) with a party of the dateline's country ("On Monday, Trump met Singapore's prime minister")."""
        if not hasattr(self, "_dateline"):
            self._dateline = None
            found = self._DATELINE.match(self.text)
            if found and found.start(1) < 4:
                i = self.tokens.at(found.start(1))
                m = self.mention_by_tok.get(i)
                if m is not None and m.end == found.end(1) and (m.actor.country or m.actor.kind == "state"):
                    self._dateline = (found.group(1).title(), m.actor.country or m.actor.id)
        if self._dateline is None:
            return None
        name, country = self._dateline
        para_end = self.text.find("\n", self.sentences[0][1] if self.sentences else 0)
        in_lede = lead.start < (para_end if para_end >= 0 else len(self.text))
        dct, end = self.doc.dct, date_fields.get("date_end")
        recent = dct is not None and end is not None and date_fields.get("date_basis") == "expression" \
            and timedelta(0) <= dct - end <= timedelta(days=7)
        parties = {m.actor.country or m.actor.id for m in (source, target) if m is not None}
        if in_lede or (recent and country in parties):
            return name, country
        return None

    @staticmethod
    def _cluster_status(cands: list[_Cand]) -> tuple[str, list[str]]:
        statuses = [c.status for c in cands]
        flags: list[str] = []
        if "postponed" in statuses:
            flags.append("postponed")
        for s in ("cancelled", "denied"):
            if s in statuses:
                return s, flags
        if "postponed" in statuses or "planned" in statuses:
            return "planned", flags
        if statuses and all(s == "hypothetical" for s in statuses):
            return "hypothetical", flags
        strong = [c.status for c in cands if c.strong] or statuses
        if "hypothetical" in strong and all(s == "hypothetical" for s in strong):
            return "hypothetical", flags
        if strong and strong[0] == "ongoing":
            return "ongoing", flags
        return "occurred", flags

    @staticmethod
    def _mode(lead: _Cand, medium, source, target, loc_country, cands) -> str | None:
        if lead.entry.type != "CONSULT":
            return None
        if medium == "phone":
            return "phone"
        if any(c.entry.mode == "third-party" for c in [lead] + cands):
            return "third-party"  # "mediated by Qatar": a go-between, wherever the talks are held
        src = source.actor.country if source else None
        tgt = target.actor.country if target else None
        if loc_country is not None and src and tgt:
            if src == loc_country:
                return "host"
            if tgt == loc_country:
                return "visit"
            return "third-party"
        for c in [lead] + cands:
            if c.entry.mode:
                return c.entry.mode
        if loc_country is not None and src == loc_country:
            return "host"
        if loc_country is not None and tgt == loc_country:
            return "visit"
        return None

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
                    w in ("is", "are", "am") for w in window) else "past"
            if any(w in self.w.past_aux for w in window):
                return "past"
            return "present"
        # nouns: the first auxiliary or past-tense word in the clause
        clause = tok.clause[c.t0]
        j = c.t0
        while j > 0 and tok.clause[j - 1] == clause:
            j -= 1
        while j < len(tok.low) and tok.clause[j] == clause:
            w = tok.low[j]
            if w in self.w.perfect_aux:
                return "perfect"
            if w in ("is", "are", "comes", "says", "remains"):
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
                date_derivation=(f"the offset in its clause counts from a day told just before it: {tx.derivation}"
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
                                 f"no date in its sentence; '{tx.text}' in the opening sentence of its paragraph, which "
                                 f"tells no act of its own, frames the paragraph: {tx.derivation}"
                                 if id(best) in getattr(self, "_framed", {}) and best.timex is tx else
                                 f"'{tx.text}' governs '{best.text}' in the same clause: {tx.derivation}"
                                 if best.timex_cost < self._SENTENCE_COST else
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
            until = self._running_until(best, tx)
            if until is not None:  # "a session that began on Monday evening ran past midnight": Monday to Tuesday
                out.update(date_end=until.latest, precision="unknown",
                           date_derivation=out["date_derivation"] + f"; it runs until '{until.text}' "
                                           f"({until.latest.isoformat()}): {until.derivation}")
            span = self._stated_length(cl, best, tx)
            if span is not None:  # "arrive on September 2 for a two-day visit": September 2 and 3
                days, length = span
                out.update(date_end=tx.earliest + timedelta(days=days - 1), precision="unknown",
                           date_derivation=out["date_derivation"] + f"; '{length.text}' lasts {days} days from "
                                           f"{tx.earliest.isoformat()}")
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
            # "and ends on Thursday", "closed on Friday": an end verb (``ends``) before "on"; in the present, still to come
            ends = k >= 2 and tok.low[k - 1] == "on" and tok.low[k - 2] in occ.ends
            to_come = ends and tok.low[k - 2].endswith("s") and tok.low[k - 3 if k >= 3 else k] in ("and", ",")
            if ends and t.earliest is not None and t.earliest == t.latest and t.latest <= tx.latest and self.lex.narrative \
                    and tok.low[k] in self.lex.narrative.weekdays:  # ("ends on Thursday" read as the last Thursday)
                day = t.earliest
                while day <= tx.latest:
                    day += timedelta(days=7)
                t = replace(t, earliest=day, latest=day, value=day.isoformat(),
                            derivation=f"{t.derivation}; but it ends after it began ({tx.earliest.isoformat()}): the "
                                       f"next {t.text.strip()}, {day.isoformat()}")
            if t.start <= tx.end or t.start >= s1 or k == 0 or (tok.low[k - 1] not in words and not ends) \
                    or t.type not in ("DATE", "TIME") or t.latest is None or t.earliest is None or t.latest <= tx.latest \
                    or (dct is not None and t.latest > dct and not to_come) or (t.latest - tx.earliest).days > 31:
                continue
            if any(j in self.trigger_toks and j != best.t0 for j in range(tok.at(tx.end), k)) \
                    and not (ends and tok.low[k - 3] == "and"):
                return None  # another event between: the date is its own (not "... and ends on Thursday": the event's)
            return t
        return self._running_into_next_day(best, tx)

    def _running_into_next_day(self, best: _Cand, tx: Timex) -> Timex | None:
        """"began on Monday evening and ran past midnight", "went on into the early hours": a phrase of the event's
        sentence after its date (``next_day`` in dating.yaml), with no other event between, ends it the next day."""
        tok = self.tokens
        s1 = self.sentences[best.sent][1]
        k0, k1 = tok.at(tx.end), tok.at(s1)
        occ = load_occasions()
        global _NEXT_DAY_FIRSTS
        if _NEXT_DAY_FIRSTS[0] is not occ:  # (the first words of the phrases, once per rule set)
            _NEXT_DAY_FIRSTS = (occ, {phrase.split()[0] for phrase in occ.next_day})
        firsts = _NEXT_DAY_FIRSTS[1]
        if not any(tok.low[k] in firsts for k in range(k0, k1)):
            return None  # (no phrase can start in the rest of the sentence)
        for phrase in load_occasions().next_day:
            words = phrase.split()
            for k in range(k0, max(k0, k1 - len(words) + 1)):
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
        next few days (``stay_days``, not after the paper) on which the text dates a meeting of that person (or of the
        state they act for, placed in that country) that is not placed in another country: that meeting, else None."""
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
        later = [d for d in self._clusters_cands() if d.cluster != lead.cluster and d.entry.type == "CONSULT"
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
        for c in cl.cands:
            if c.entry.pos != "noun" or c.sent != best.sent or c.t0 == 0:
                continue
            for t in self.timexes:
                m = re.fullmatch(r"P(\d+)D", t.value)
                if m and t.anchor is None and t.type == "DURATION" and tok.at(t.end) == c.t0 and 2 <= int(m.group(1)) <= 31:
                    return int(m.group(1)), t
        return None

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
                if day is not None:
                    self._lede, self._lede_si = day, si
                    break
            if self._lede_si is None:
                self._lede_si = first
        return self._lede

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
        j = k
        while j > 0 and tok.sent[j - 1] == tok.sent[k] and tok.clause[j - 1] == tok.clause[k]:
            j -= 1
        return (tok.low[j] in ("since", "who", "which", "whose") and j > 0 and tok.sent[j - 1] == tok.sent[k]) \
            or any(tok.low[m] in ("had", "'d") and not self._relative_subject_clause(m) for m in range(j, k))

    def _is_reaction(self, cl: _Cluster) -> bool:
        """An event that answers another ("condemned", "welcomed", "responded"), told in the simple past."""
        nar = self.lex.narrative
        if nar is None:
            return False
        return any((self._reacts(c.entry) or c.strong_override or (c.entry.type == "STATEMENT" and self._simple_past(c)))
                   and c.entry.type in nar.reaction_types
                   and c.entry.pos == "verb" and c.tense == "past" and not c.quoted for c in cl.cands if c.strong) \
            and cl.lead.entry.type in nar.reaction_types

    def _simple_past(self, c: _Cand) -> bool:
        """"said", not "had said" nor "has said": a verb in the simple past, told as news; in reported speech the past
        is shifted back ("Biden said he had told Putin ..." = he told him) and still counts."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.tense != "past":
            return False
        aux = [j for j in range(max(0, c.t0 - 3), c.t0) if tok.sent[j] == c.sent and tok.low[j] in ("had", "'d", "has", "have")]
        if not aux:
            return True
        j = aux[0]
        return tok.low[j] in ("had", "'d") and any(tok.low[m] in self.lex.reporting
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
        k = c.t1
        while k < len(tok.low) and k < c.t1 + 3 and (tok.low[k] in self.lex.determiners or tok.low[k] in ("both", "all")):
            k += 1
        if k == c.t1 or k >= len(tok.low) or tok.sent[k] != c.sent or not tok.low[k][:1].isalpha() or k in self.mention_by_tok:
            found = self._reaction_ground(c)  # ("congratulated Santos on the prize")
            cache[id(cl)] = found
            return found  # only a determined noun ("the agreements", "both deals"), not a name
        head = tok.low[k]
        names = {head, head + "s", head[:-1] if head.endswith("s") else head}
        if not any(w in self.lex.forms for w in names):
            return None  # a noun that names no kind of event
        s0 = self.sentences[c.sent][0]
        sents = {tok.sent[j] for j in range(tok.at(s0)) if tok.low[j] in names}
        told = [d for d in self._clusters_cands() if d.sent in sents and d.start < s0 and d.status in _FACTUAL
                and d.timex is not None and d.timex.earliest is not None and d.timex_cost <= self._PREVIOUS_COST + 10
                and d.cluster is not None and self._clusters[d.cluster] is not cl]
        spots = [j for j in range(tok.at(s0)) if tok.low[j] in names]
        near = []  # in each sentence naming the noun, the event told nearest to it ("it was the first meeting ... since
        for si in sents:  # the civil war ended in 1949, when the Nationalists retreated": the meeting, not the retreat)
            here = [d for d in told if d.sent == si]
            if here:
                near.append(min(here, key=lambda d: min(abs(d.t0 - j) for j in spots if tok.sent[j] == si)))
        told = near
        if told:
            cache[id(cl)] = (min(told, key=lambda d: (d.timex.earliest, d.start)), self.text[tok.starts[c.t1]:tok.ends[k]])
        return cache[id(cl)]

    def _reaction_ground(self, c: _Cand) -> tuple[_Cand, str] | None:
        """"Uribe congratulated Santos on the prize", "criticized Israel over the strikes": a reaction aimed at someone,
        with the ground it gives after "on"/"over"/"for" and a determined noun: the earliest dated event told before
        whose own object is that noun ("accepted the prize on Friday"), with the words of the ground."""
        tok = self.tokens
        n = len(tok.low)
        j = next((j for j in range(c.t1, min(n - 1, c.t1 + 8)) if tok.sent[j] == c.sent
                  and tok.low[j] in ("on", "over", "for") and tok.low[j + 1] in self.lex.determiners), None)
        if j is None or any(tok.low[m] in (",", ";", "and", "that") for m in range(c.t1, j)):
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
        return [x for cl in self._clusters for x in cl.cands]

    def _answered_told_before(self, cl: _Cluster, k: int) -> tuple[_Cand, str] | None:
        """What a reaction with no object of its own answers: an act told earlier in its own sentence (", and Beijing
        protested"), else the last dated act of the sentence before in its paragraph (else its last act)."""
        tok = self.tokens
        c = min(cl.cands, key=lambda x: x.start)
        s0 = self.sentences[c.sent][0]
        first = c.sent == 0 or "\n" in self.text[self.sentences[c.sent - 1][1]:s0]
        nar = self.lex.narrative
        if nar is None or not any((self._reacts(x.entry) or (x.entry.type == "STATEMENT" and self._simple_past(x)))
                                  and x.entry.pos == "verb" for x in cl.cands):
            return None  # (a statement promoted for its speaker answers nothing in particular)
        told = [d for d in self._clusters_cands() if (d.sent == c.sent - 1 and not first) or (
                    d.sent == c.sent and d.t1 <= c.t0
                    and any(tok.low[j] == "," and tok.low[j + 1] == "and" for j in range(d.t1, c.t0 - 1)))]
        prev = [d for d in told if d.status in _FACTUAL and not d.quoted
                and d.cluster is not None and d.cluster != k and (d.actors or d.group)
                and (d.entry.pos == "verb" or d.subject_tok is not None)
                and not any(tok.low[j] in self._sequence_words or tok.low[j] in ("had", "'d")
                            for j in range(max(0, d.t0 - 3), d.t0))]
        if not prev:
            return None  # (the first sentence of a paragraph answers nothing told before it in the paragraph)
        mine = [d for d in prev if d.sent == c.sent]
        dated = [d for d in prev if self._cluster_dated(d.cluster)]
        return max(mine or dated or prev, key=lambda d: d.start), "told just before"

    def _reaction_constraints(self, ids, seen) -> list[Constraint]:
        """A reaction with no date of its own comes on or after what it answers: the event its object names
        ("condemned the agreements"), else the event told just before it in its paragraph ("On the first day of the
        offensive, ... the EU condemned the escalation. Pashinyan ... accused Russia ...")."""
        out = []
        tok = self.tokens
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

    def _short(self, m: ActorMention | None) -> str | None:
        if m is None:
            return None
        a = m.actor
        if m.via == "metonym" and m.text[:1].isalpha():
            return m.text[4:] if m.text.lower().startswith("the ") else m.text  # "White House announces"
        short = short_name(a, self.gazetteer if hasattr(self.gazetteer, "get") else None)
        if a.kind == "person" and a.name.startswith(short + " "):
            # a family name written first ("Wang Yi", "Li Qiang") is shared by many officials: keep the name whole
            return a.name
        return short

    def _verb_at(self, k: int) -> bool:
        return any(c.t0 == k and c.entry.pos == "verb" for c in self._cands_by_tok.get(k, ()))

    def _object_words(self, c: _Cand) -> str:
        """The words after a verb with no target actor: "rejects a pause", "calls on both sides"."""
        tok = self.tokens
        words: list[str] = []
        stops = self.w.object_stops
        k = c.t1
        while k < len(tok.low) and len(words) < 5 and tok.sent[k] == c.sent:
            w = tok.low[k]
            if k in self.timex_toks:
                break  # ("deployed about 10,000 troops there last month": no "month" in the summary)
            if w in self.w.adverbs or (w.endswith("ly") and len(w) > 4):
                k += 1
                continue
            if w == "to" and not words:
                words.append("to")
                k += 1
                continue  # "refuses to disclose ..."
            if w == "," and words and words[-1].isdigit() and k + 1 < len(tok.low) and tok.low[k + 1].isdigit() \
                    and tok.ends[k] == tok.starts[k + 1]:
                words[-1] += "," + self.text[tok.starts[k + 1]:tok.ends[k + 1]]  # "about 10,000 troops"
                k += 2
                continue
            if not w[0].isalnum() or w in stops or w in self.lex.clause_breaks or k in self.timex_toks \
                    or (k in self.trigger_toks and words and self._verb_at(k)):
                break
            words.append(self.text[tok.starts[k]:tok.ends[k]])
            k += 1
        while words and words[-1].lower() in self.w.object_trailing:
            words.pop()
        return " ".join(words)

    def _summary(self, entry: TriggerEntry, source, target, location, status, mode, names, obj: str = "",
                 group: bool = False, subject_verb: bool = False, lead: _Cand | None = None) -> str:
        src, tgt = self._short(source), self._short(target)
        if src is None:
            rest = [n for n in names if n != (target.actor.name if target else None)]
            src = rest[0] if rest else None
        if src is None:
            text = self._agentless_summary(entry, target, tgt, obj, lead)
        elif tgt is not None and entry.pair and entry.type in ("CONSULT", "AGREE"):
            text = f"{src} and {tgt} {entry.pair}"
        elif tgt is None and source is None and not names[1:] and group and entry.pair:
            text = f"{src} {entry.pair}"  # "The two foreign ministers meet"
        else:
            phrase = entry.alone if entry.alone and tgt is None and not subject_verb and source is not None \
                and source.actor.kind == "person" else entry.summary  # (a state or a group holds its summit)
            if tgt is None:
                words = phrase.split()
                while len(words) > 1 and words[-1] in self.w.prepositions:
                    words.pop()
                phrase = " ".join(words)
                text = f"{src} {phrase}"
                if obj and (entry.type not in ("STATEMENT",) or entry.predicative):  # "Yoon calls the meeting a ..."
                    verb = entry.summary if " " in entry.lemma else entry.summary.split()[0]
                    if " " in entry.lemma and verb.split()[-1] in self.w.prepositions \
                            and obj.split()[0].lower() in self.w.prepositions \
                            and verb.split()[-1].lower() != obj.split()[0].lower():
                        verb, obj = phrase, ""  # "halts trade [with] of Ukrainian grain": the phrase alone
                    if obj and verb.split()[-1].lower() == obj.split()[0].lower():
                        obj = obj.split(" ", 1)[1] if " " in obj else ""  # "pulls out of [of] the deal"
                    text = f"{src} {verb} {obj}".rstrip()
            elif entry.mode == "visit" and target is not None and target.via == "place" and location:
                text = f"{src} {phrase} {location}"  # "Kishida arrived in Washington" (a visit to the United States)
            elif entry.mode == "visit" and entry.pos == "verb" and target is not None and target.actor.kind == "person":
                visit = next((e.summary for e, _t in self.lex.forms.get("visit", ()) if e.pos == "verb"), phrase)
                text = f"{src} {visit} {tgt}"  # "flew to Nakhchivan to meet Aliyev": Erdoğan visits Aliyev
            else:
                text = f"{src} {phrase} {tgt}"
        if group and source is None and src and text.startswith(src + " ") and not names[1:] \
                and (src.lower().endswith("s") or " and " in src or src.lower().split()[0] in ("both", "all")):
            verb, _, rest = text[len(src) + 1:].partition(" ")
            text = f"{src} {_plural_verb(verb)} {rest}".rstrip()  # "The separatist authorities accept a ceasefire"
        if mode == "phone" and "phone" not in text:
            text += " by phone"
        if location and location not in text:
            text += f" in {location}"
        if status in _STATUS_SUFFIX and status != "occurred":
            text += f" ({_STATUS_SUFFIX[status]})"
        return text

    def _agentless_summary(self, entry: TriggerEntry, target: ActorMention | None, tgt: str | None, obj: str,
                           lead: _Cand | None) -> str:
        """No one named does it: say what happened to whom, never an invented agent. "Chinese soldiers were
        killed" -> "soldiers of China killed"; "missiles struck Kyiv" -> "Kyiv struck"; "a ceasefire" -> "Ceasefire"."""
        tok = self.tokens
        word = lead.text if lead is not None else entry.lemma
        if target is not None and tgt is not None:
            who = tgt
            if target.via in ("adjective", "demonym"):
                k = tok.at(target.end)
                if k < len(tok.low) and tok.low[k] in self.lex.adjective_heads and tok.low[k].isalpha():
                    who = f"{tok.low[k]} of {tgt}"  # "Chinese soldiers" -> "soldiers of China"
            if lead is not None and lead.entry.pos == "verb" and lead.tense == "past" and " " not in word:
                return f"{who} {word.lower()}"  # what happened to them, in the words of the text
            if entry.mode == "visit":
                return f"Visit to {who}"  # "travelled to Beijing" with no traveller named (not "Travelled to with Beijing")
            return f"{word[:1].upper()}{word[1:]} against {who}" if entry.type in ("ASSAULT", "FIGHT", "COERCE") \
                else f"{word[:1].upper()}{word[1:]} with {who}" if entry.type in self.w.symmetric_types \
                else f"{word[:1].upper()}{word[1:]}: {who}"
        if lead is not None and lead.entry.pos == "verb" and lead.t0 > 0 and tok.low[lead.t0 - 1] in self.w.passive_aux:
            told = [d for d in self._all_nouns if d.sent == lead.sent and d.t1 < lead.t0
                    and tok.clause[d.t0] == tok.clause[lead.t0]]
            if told:  # "The summit was announced on May 25" -> "Summit announced"
                noun = told[-1].text
                return f"{noun[:1].upper()}{noun[1:]} {word.lower()}"
            j = lead.t0 - 1
            while j > 0 and lead.t0 - j <= 6 and tok.sent[j - 1] == lead.sent and tok.clause[j - 1] == tok.clause[lead.t0] \
                    and tok.low[j - 1] not in (",", ";"):
                j -= 1
            if j < lead.t0 - 1:  # "The detainees were freed on Friday" -> "The detainees freed"
                subject = self.text[tok.starts[j]:tok.ends[lead.t0 - 2]]
                return f"{subject[:1].upper()}{subject[1:]} {word.lower()}"
        text = f"{word[:1].upper()}{word[1:]}"
        if obj and lead is not None and lead.entry.pos == "verb" and not text.lower().endswith(obj.lower()):
            text = f"{text} {obj}"
        return text

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
        out.extend(self._reported_constraints(ids, live, seen))
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
        for c in live:
            if c.status != "occurred" or c.quoted or c.entry.pos != "verb" or c.tense != "past" \
                    or self._cluster_dated(c.cluster) or any(x.anchor_timex is not None for x in self._clusters[c.cluster].cands):
                continue  # (only an event with no date of its own: the bound is all the text gives)
            for d in live:
                if d.sent != c.sent or d.t1 > c.t0 or d.cluster == c.cluster or d.status not in _FACTUAL or d.quoted \
                        or not (d.entry.type == "STATEMENT" or d.entry.lemma in ("say", "tell", "announce")) \
                        or not self._cluster_dated(d.cluster):
                    continue
                between = tok.low[d.t1:c.t0]
                pluperfect = c.t0 > 0 and tok.low[c.t0 - 1] in ("had", "'d")
                if not ("that" in between or pluperfect) or any(k in self.trigger_toks for k in range(d.t1, c.t0)) \
                        or any(w in (";", "but", "while", "when", "after", "before") for w in between):
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
            out.append(Constraint(source=s_id, target=t_id, lo_days=lo, hi_days=hi,
                                  kind="same_day" if lo == hi == 0 else "offset",
                                  evidence=f"{reason} (one occasion): {self.text[s0:s1]}", doc=self.doc.id))
        return out

    def _offset_bounds(self, tx: Timex) -> tuple[int | None, int | None]:
        """Days from the anchoring event to the anchored one: "four days after" 4..4, "six weeks after" 36..48 (news
        rounds), "less than three weeks later" 0..24 (an upper bound only), "more than a month after" 28.. (a lower
        bound only)."""
        a = tx.anchor
        occ = load_occasions()
        vague = a.amount is None or re.fullmatch(r"PT?X[A-Z]", tx.value) is not None  # "hours before" (PTXH), "days
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
            if tok.low[k0] not in self.w.event_pronouns or k - k0 > 4 or any(
                    j in self.trigger_toks or not tok.low[j][:1].isalpha() for j in range(k0 + 1, k)):
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

    def _pronoun_offset_constraints(self, ids, live: list[_Cand], seen) -> list[Constraint]:
        out = []
        for tx, gov in getattr(self, "_pronoun_govs", ()):
            if gov.cluster is None:
                continue
            src = self._anchor_event(replace(gov, sent=self.tokens.sent[self.tokens.at(tx.start)]), tx, live)
            if src is None or src.cluster == gov.cluster:
                continue
            a = tx.anchor
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
        return None

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
        for c in live:
            k = c.t0 - 1
            while k >= 0 and tok.clause[k] == tok.clause[c.t0] and tok.low[k] not in ("where", "when"):
                k -= 1
            if k < 0 or tok.low[k] not in ("where", "when") or tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0]:
                continue
            if tok.low[k] == "when" and self._when_after_date(k) is not None:
                continue  # "began in January 2016, when Riyadh cut ties": the time of that date, not of an event before
            if any(tok.low[j] in ("had", "'d") for j in range(k + 1, c.t0)):
                continue  # "flew in from Scotland, where he had met the queen": earlier than the head's time
            before = [d for d in live if d.sent == c.sent and d.t1 <= k and d.cluster != c.cluster]
            if not before:
                continue
            gov = max(before, key=lambda d: d.t0)
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
        for i, word in enumerate(tok.low):
            for kind, phrase in index.get(word, ()):
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
                    if before and after and within and i > 0 and tok.low[i - 1] in ("and", "but"):
                        before = []  # "arrived the same day, and during her visit she announced": the clause it opens
                    govs = [before[-1]] if before else self._fronted_scope(after)
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
                        elif within:
                            out.append(Constraint(a_id, g_id, 0, None, "during", evidence, self.doc.id))
                        else:
                            out.append(Constraint(a_id, g_id, 0, 0, "same_day", evidence, self.doc.id))
        return out

    def _fronted_scope(self, after: list[_Cand]) -> list[_Cand]:
        """The events a fronted cue governs ("On the first day of the offensive, Blinken telephoned Aliyev, and
        the EU condemned the escalation"; "After the vote, the envoys met and signed ..."): the first verb after it
        and the verbs coordinated with it, up to a saying (what is said has its own time) or a pluperfect ("had
        warned": earlier than the cue's day)."""
        tok = self.tokens
        out: list[_Cand] = []
        for c in after:
            if out and any(tok.low[j] in ("had", "'d") for j in range(max(out[-1].t1, c.t0 - 3), c.t0)):
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
        while k < len(tok.low) and k < k0 + 4 and (tok.low[k] in self.lex.determiners or tok.low[k] in ("first", "second", "new")):
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
        if clause and nxt not in self.w.passive_aux and nxt not in ("had", "has", "have"):
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
                    for d in cands:
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
        basis = {x.id: x.date_basis for x in events}
        offsets = [k for k in constraints if k.kind in ("offset", "same_day") and e.id in (k.source, k.target)
                   and basis.get(k.target if k.source == e.id else k.source) in ("expression", "analyst", "constraint")]
        if e.date_basis == "tense" and offsets:  # (not tied to another event dated only by its tense)
            e = e.with_(date_basis="constraint", flags=tuple(f for f in e.flags if f != "date_from_tense"),
                        date_derivation="date from an anchored event; until then, " + e.date_derivation)
        if e.date_basis != "constraint":
            return e
        by_id = {x.id: x for x in events}
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
