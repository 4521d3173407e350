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

Recall on fresh news (``recall.py``): "troops crossed into <state>" is an incursion (only with an armed subject); "was
arrested in March and convicted ... on July 19" is two acts; "more than 700 people had been arrested" is news; "a second
round of talks is expected on Thursday" and "the military commanders are due to speak again" are planned acts of the
pair last told together; "voted to demand that X withdraw" is one demand (the withdrawal is only demanded); "firms
accused of supplying drones" accuses no one; "as protests over the result spread" tells protests. Bodies and people the
gazetteer lacks ("The Carter Center", "Navalny's widow, Yulia Navalnaya,") are actors (``timeline/actors/bodies.py``).

Participants: a territory ("Crimea", "the Gaza Strip") is a location, never a source or target, unless its own
body acts ("Greenland's government"); an act with no named agent is summarised by what happened to whom
("soldiers of China killed"), never with an invented actor; summaries use ``timeline.actors.short_name``.

Where each stage lives (``_Context`` below is composed of one mixin per stage; shared pieces in ``common.py``):
``triggers.py`` (trigger mentions, filters, folding, status, medium), ``arguments.py`` (actors, groups, place),
``constructions.py`` (recall passes over constructions, after actors), ``dating.py`` (the date expression each mention
governs), ``readings.py`` (how an expression reads for a mention; the date of each merged event), ``merging.py``
(clusters, events, summaries), ``constraints.py`` (constraints between events), ``anchoring.py`` (days tied to another
event or refined: responses, "the day after the massacre", commitments framed first, clock times), ``gatherings.py``
(crowds and officials gathering), ``clauses_who.py`` (whose act a clause tells: asides, carried subjects),
``clauses.py`` (which clause a date belongs to; dated sentences dating their other clauses), ``fresh_acts.py`` (acts
of fresh news: abductions, coups, charges, rulings, ultimatums), ``occasions.py`` (dating.yaml ``occasions``). This
module keeps the public API, the set-up (tokens, clauses, quotes) and the run order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

# (Occasions, parse_occasions, load_occasions, _Cand, _Tokens, _TOKEN, _expanded, _joined, _period_precision:
# also imported from here by tests and benchmarks)
from timeline.actors.tokens import TokenTable
from timeline.events.common import (
    _Cand, _expanded, _FACTUAL, _join_split_mentions, _join_weekday_of_week, _joined, _period_precision,
    _QUOTE_CLOSE, _QUOTE_OPEN, _TITLE_GAP, _TOKEN, _Tokens, joined_spans,
)
from timeline.events.lexicon import Lexicon, load_lexicon
from timeline.events.occasions import load_occasions, Occasions, parse_occasions
from timeline.model import Actor, ActorMention, Document, Extraction, Timex
from timeline.text import split_sentences

# the stages, one mixin each
from timeline.events import trace as _trace
from timeline.events.triggers import TriggerMixin
from timeline.events.constructions import ConstructionMixin
from timeline.events.arguments import ArgumentMixin
from timeline.events.locations import LocationMixin
from timeline.events.participants import ParticipantMixin
from timeline.events.dating import DatingMixin
from timeline.events.lead_dating import LeadDatingMixin
from timeline.events.readings import ReadingMixin
from timeline.events.merging import MergingMixin
from timeline.events.constraints import ConstraintMixin
from timeline.events.reactions import ReactionMixin
from timeline.events.speakers import SpeakerMixin
from timeline.events.doers import DoerMixin
from timeline.events.recall import RecallMixin
from timeline.events.anchoring import AnchoringMixin
from timeline.events.gatherings import GatheringMixin
from timeline.events.fresh_acts import FreshActMixin
from timeline.events.clauses import ClauseMixin
from timeline.events.clauses_who import ClauseWhoMixin
from timeline.events.arrangements import ArrangementMixin
from timeline.events.actor_sides import ActorSideMixin
from timeline.events.generic_statements import GenericStatementMixin
from timeline.events.placed_meetings import PlacedMeetingMixin
from timeline.events.sittings import SittingMixin
from timeline.events.narrative_steps import NarrativeStepMixin
from timeline.events.page_entries import PageEntryMixin
from timeline.events.story_day import StoryDayMixin
from timeline.events.scheduled import ScheduledMixin
from timeline.events.press_tellings import PressTellingMixin
from timeline.events.said_types import SaidTypeMixin
from timeline.events.consequences import ConsequenceMixin
from timeline.events.apposed_acts import ApposedActMixin
from timeline.events.receptions import ReceptionMixin
from timeline.events.coordinated_tellings import CoordinatedTellingMixin
from timeline.events.joint_papers import JointPaperMixin
from timeline.events.quoted_acts import QuotedActMixin
from timeline.events.introduced_names import IntroducedNameMixin
from timeline.events.occasion_places import OccasionPlaceMixin
from timeline.events.story_sides import StorySideMixin
from timeline.events.pronoun_gender import PronounGenderMixin

# --- public entry point ------------------------------------------------------------------------


def extract_events(
    doc: Document, timexes: tuple[Timex, ...], gazetteer, *, tokens: TokenTable | None = None,
) -> Extraction:
    """Events, constraints and actors of one document (see the module docstring); ``tokens``: the text's token
    table when the caller made one."""
    from timeline.actors import find_actor_mentions

    lex = load_lexicon()
    text = doc.text
    if not text.strip():
        return Extraction()
    # (tokenised once: the actor resolver and the event stage share the table)
    table = tokens if tokens is not None and tokens.text == text else TokenTable(text)
    actor_mentions = tuple(sorted(find_actor_mentions(text, gazetteer, dct=doc.dct, tokens=table),
                                  key=lambda m: (m.start, -m.end)))
    return extract_with_mentions(doc, timexes, actor_mentions, lex, gazetteer, tokens=table)


def extract_with_mentions(
    doc: Document, timexes: tuple[Timex, ...], actor_mentions: tuple[ActorMention, ...], lex: Lexicon | None = None,
    gazetteer=None, *, tokens: TokenTable | None = None,
) -> Extraction:
    """The extractor with actor mentions already found (lets tests and benchmarks isolate it); ``tokens``: the
    text's token table when the caller made it already."""
    lex = lex or load_lexicon()
    ctx = _Context(doc, timexes, actor_mentions, lex, gazetteer, tokens)
    try:
        if _trace.TRACE is not None:  # (bench --breakdown: why gold events are missed; off by default)
            return _trace.traced_run(ctx)
        return ctx.run()
    finally:  # (a stage's closure that calls itself holds the context in a reference cycle: its tokens, mentions
        ctx.__dict__.clear()  # and candidates are freed now, not left for the garbage collector; speed only)


# --- the work ------------------------------------------------------------------------------------


class _Context(TriggerMixin, ConstructionMixin, ArgumentMixin, LocationMixin, ParticipantMixin, DatingMixin,
               LeadDatingMixin, ReadingMixin, MergingMixin, ConstraintMixin,
               ReactionMixin, SpeakerMixin, DoerMixin, RecallMixin, AnchoringMixin, GatheringMixin, FreshActMixin,
               ClauseMixin, ClauseWhoMixin, ArrangementMixin, ActorSideMixin, GenericStatementMixin,
               SittingMixin, PageEntryMixin, StoryDayMixin,
               ScheduledMixin, PressTellingMixin, SaidTypeMixin, ConsequenceMixin, ApposedActMixin, ReceptionMixin,
               PlacedMeetingMixin, CoordinatedTellingMixin, JointPaperMixin, QuotedActMixin, NarrativeStepMixin,
               IntroducedNameMixin, OccasionPlaceMixin, StorySideMixin, PronounGenderMixin):
    """One document's extraction: the stage mixins' methods over shared tokens, mentions and candidates."""

    def __init__(self, doc: Document, timexes, actor_mentions, lex: Lexicon, gazetteer,
                 table: TokenTable | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.w = lex.grammar
        self.gazetteer = gazetteer
        self.timexes = _join_weekday_of_week(tuple(sorted(timexes, key=lambda t: t.start)), doc.text, lex)
        self._timex_starts = {t.start for t in self.timexes}
        self.sentences = _join_split_mentions(self.text, split_sentences(self.text), actor_mentions)
        self.tokens = self._tokenize(table)
        self.quotes = self._quote_spans()
        self._quote_starts = [a for a, _ in self.quotes]  # (for _in_quote: the spans opening before an offset,
        self._quote_reach = list(accumulate((b for _, b in self.quotes), max))  # and the furthest any of them ends)
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
        self._stance_toks: set[int] = set()  # present-tense verbs of a standing position in a relative clause
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

    def _tokenize(self, table: TokenTable | None = None) -> _Tokens:
        """The ``_TOKEN`` tokens of the text's sentences (those between sentences are dropped), made from the
        offsets of the document's token table (``table``, made here if not given), each sentence's tokens copied
        as one slice."""
        text = self.text
        if table is None or table.text != text:
            table = TokenTable(text)
        all_starts, all_ends = joined_spans(text, *table.spans())
        lowered = text.lower()
        all_low = [lowered[a:b] for a, b in zip(all_starts, all_ends)]
        starts: list[int] = []
        ends: list[int] = []
        low: list[str] = []
        sent: list[int] = []
        for si, (lo, hi) in enumerate(self.sentences):
            a, b = bisect_left(all_starts, lo), bisect_left(all_starts, hi)
            starts += all_starts[a:b]
            ends += all_ends[a:b]
            low += all_low[a:b]
            sent += [si] * (b - a)
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

    def _in_sentence(self, cands: list[_Cand], si: int) -> list[_Cand]:
        """The mentions of ``cands`` in sentence ``si``, in their order in ``cands``: what a stage reads when it looks
        for another mention of one mention's sentence (the document's would make a long article quadratic). An index
        per list, made when first asked and again if the list grows (the lists passed are never changed otherwise)."""
        memo = self.__dict__.setdefault("_sentence_index", {})
        got = memo.get(id(cands))
        if got is None or got[0] is not cands or got[1] != len(cands):
            index: dict[int, list[_Cand]] = {}
            for d in cands:
                index.setdefault(d.sent, []).append(d)
            got = memo[id(cands)] = (cands, len(cands), index)
        return got[2].get(si, [])

    def _near_timex(self, pool: list[_Cand], ti: int, te: int, pools: dict) -> list[_Cand]:
        """The mentions of ``pool`` (one sentence's, in order) near enough to the expression at tokens ``ti``..``te`` to
        be dated by it: ``_timex_cost`` reads no further than ``_TIMEX_REACH`` words. A long sentence's mentions are
        sorted by place once (in ``pools``), so that a list read as one sentence is not read whole for each date."""
        if len(pool) < 16:
            return pool  # (a news sentence: ``_timex_cost`` sees them all)
        reach = self._TIMEX_REACH
        got = pools.get(id(pool))
        if got is None or got[0] is not pool:
            entries = sorted((c.t0, k, c) for k, c in enumerate(pool))
            got = pools[id(pool)] = (pool, [e[0] for e in entries], entries, max(c.t1 - c.t0 for c in pool))
        _pool, keys, entries, span = got
        window = entries[bisect_left(keys, ti - reach - span):bisect_right(keys, te + 1 + reach)]
        return [c for _k, c in sorted((k, c) for _t0, k, c in window) if c.t1 >= ti - reach and c.t0 <= te + 1 + reach]

    def _dated_near(self, c: _Cand, by_sent: dict[int, list[_Cand]], dated: dict) -> list[_Cand]:
        """The mentions of ``c``'s sentence, in their order there, whose date expression lies within
        ``_TIMEX_REACH`` words of ``c`` (the pool of ``_date_from_sentence``: in a list or table read as one sentence of
        thousands of words, a date that far away is no date of its clause). The dated mentions of a sentence are
        sorted once, when ``_date_from_sentence`` first asks: the dates it gives cost at least ``_SENTENCE_COST``,
        which it never takes a date from, so the mentions it may take one from do not change while it runs."""
        pool = by_sent.get(c.sent, ())
        at, reach = self.tokens.at, self._TIMEX_REACH
        if len(pool) < 16:  # (a news sentence: no index)
            return [d for d in pool if d.timex is not None and abs(at(d.timex.start) - c.t0) <= reach]
        got = dated.get(c.sent)
        if got is None:
            near = sorted((at(d.timex.start), k, d) for k, d in enumerate(pool) if d.timex is not None)
            got = dated[c.sent] = ([ti for ti, _k, _d in near], near)
        keys, near = got
        window = near[bisect_left(keys, c.t0 - reach):bisect_right(keys, c.t0 + reach)]
        return [d for _k, d in sorted((k, d) for _ti, k, d in window)] if window else []

    def _in_quote(self, offset: int) -> bool:
        k = bisect_left(self._quote_starts, offset)  # (= any(a < offset < b for a, b in self.quotes))
        return k > 0 and self._quote_reach[k - 1] > offset

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
        self._said_supports: set[int] = set()  # (sayings typed by the support their words voice: said_types.py)
        self._said_typed: set[int] = set()  # (sayings typed by what their words do: said_types.py)
        cands = self._screen_fresh_triggers(self._find_triggers())  # (fresh_acts.py)
        self._all_nouns = [c for c in cands if c.entry.pos == "noun"]  # (folded ones too: "an offer Copenhagen rejected")
        self._fold_noun_compounds(cands)
        self._fold_participles(cands)
        self._absorb_light_verbs(cands)
        self._fold_weak_nouns(cands)
        self._recall_purposes(cands)
        self._stance_objects(cands)
        self._generic_nouns(cands)
        self._generic_statements(cands)  # (generic_statements.py: "tend to", "deny any arms trade")
        cands = [c for c in cands if c.alive]
        self._quoted_own_acts(cands)  # (quoted_acts.py: "'We have lodged protests,' the spokesman said")
        self.trigger_toks = {c.t0 for c in cands}
        self._cands_by_tok = {}
        for c in cands:
            self._cands_by_tok.setdefault(c.t0, []).append(c)
        self.timex_toks = {self.tokens.at(t.start) for t in self.timexes}
        self.timex_cover = {k for t in self.timexes for k in range(self.tokens.at(t.start), self.tokens.at(t.end))}
        self._told_cancels: set[int] = set()
        self._implicative_tenses(cands)  # (consequences.py: "prompted Seoul to recall its ambassador": past)
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
            self._set_medium(c)
            self._set_location(c)
        self._joint_paper_pairs(cands)  # (joint_papers.py: "A joint declaration issued after the dinner": the pair's)
        self._quoted_act_speakers(cands)
        self._fronted_participles(cands)
        self._apposed_participles(cands)
        self._requests_of_parties(cands)
        self._disapproving_statements(cands)
        self._announced_concessions(cands)  # (said_types.py: "announced that it would compensate")
        self._attended_occasions(cands)
        self._recall_constructions(cands)  # (recall.py: group heads, planned rounds, armed movements, participles)
        for c in cands:
            if c.entry.pair_only and not c.group and not (
                    len({m.actor.id for m in c.actors if m.start < c.start}) >= 2
                    or (c.source is not None and c.target is not None and c.target.start > c.start
                        and self._with_party(self.tokens.covering(c.target.start)))):
                c.alive = False  # "Trump spoke at a rally": no consultation unless two parties speak together
        cands = [c for c in cands if c.alive]
        self._commitment_complements(cands)
        self._framed_commitment_complements(cands)  # (anchoring.py: "agreed at a summit on Monday to ...")
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
        self._envoy_states(cands)  # (actor_sides.py: "summoned the British ambassador, Jane Doe": the United Kingdom)
        self._guest_targets(cands)  # ("Putin told his guest": the visitor told arriving)
        self._replied_targets(cands)  # (actor_sides.py: "Biden told Xi ... Xi replied that": Biden)
        self._coordinated_passive_targets(cands)  # ("arrived on Tuesday and was received by Abiy": the one arriving)
        self._noun_purpose_targets(cands)  # ("signed an agreement to restore ties with Morocco": Morocco)
        self._passive_frame_nouns(cands)  # ("soldiers were killed in an ambush": the soldiers' side was hit)
        self._pair_member_objects(cands)  # ("spoken with the foreign ministers of both countries": the first)
        self._story_side_targets(cands)  # (story_sides.py: "Russia pulled out of the deal": at the story's other side)
        self._join_coordinated_statements(cands)
        self._link_cancellations(cands)
        self._settle_fresh_acts(cands)  # (fresh_acts.py: groups behind "first", plans continued, stances voiced)
        self._link_relatives(cands)
        self._attach_timexes(cands)
        self._date_quoted_acts()
        self._insisted_facts(cands)  # (said_types.py: "insisted that the vote was fair": a statement)
        self._relative_cancellations(cands)  # (fresh_acts.py: "a trip he cancelled on Saturday")
        self._date_clauses_from_frames(cands)  # (clauses.py)
        self._date_weak_verbs_from_frames(cands)
        self._date_from_page_layout(cands)  # (page_entries.py: date lines and live entries date what is under them)
        self._date_from_story_day(cands)  # (story_day.py: the body's undated acts that go on with the lead's story)
        self._plan_from_date_to_come(cands)  # (scheduled.py: a present-tense act dated after publication)
        self._date_consequences(cands)  # (consequences.py: ", prompting a protest": the main act's date)
        for c in cands:
            if c.entry.pos == "noun" and c.timex is not None and (c.status in _FACTUAL or self._scheduled(c)) \
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
            if not c.predicated and self._placed_meeting(c):
                c.predicated = True  # "after talks at the state guest house on Wednesday": a meeting placed and dated
            if c.entry.pos == "noun" and not c.actors and self._in_anchor_clause(c.start):
                t = next(t for t in self._anchor_spans if t.anchor.clause_start <= c.start < t.anchor.clause_end)
                c.anchors = self._has_predicate(c.t1, self.tokens.at(t.anchor.clause_end))
            if c.entry.pos == "noun" and c.source is None and c.timex is not None and c.timex_cost < self._SENTENCE_COST \
                    and c.determiner in self.w.antecedent_possessives and not c.quoted:
                self._possessive_antecedent(c)  # "Their previous meeting had taken place in Phnom Penh in November"
        self._recall_passives(cands)  # (recall.py: coordinated and counted passives)
        self._arrangement_passives(cands)  # (arrangements.py: truces extended, starts told ahead)
        return cands
