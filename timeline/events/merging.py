"""Stage 4 of the event extractor: mentions of one event merge into one ``Event``.

``_compatible`` decides whether two candidates tell the same event (type, actors, place, status, date); ``_cluster``
groups them into ``_Cluster``s; ``_build``/``_event`` turn each cluster into an ``Event`` with its status, mode,
place, summary (``_summary``) and mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from datetime import date, timedelta

from timeline.actors import short_name
from timeline.events.common import _Cand, _Cluster, _FACTUAL, _plural_verb, _STATUS_SUFFIX
from timeline.events.lexicon import TriggerEntry
from timeline.events.story_day import load_story_day
from timeline.model import Actor, ActorMention, Event, Extraction, Mention, stable_id
from timeline.temporal.sections import date_lines


class MergingMixin:
    """Merging candidates into clusters and clusters into events; summaries."""

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
        if cl.type != c.entry.type and not (c.entry.type == "STATEMENT" and id(cl.lead) in self._said_typed):
            return None  # (but more words of a saying typed by its words are more of it: said_types.py)
        lead = cl.lead
        media = self._agg(cl, "media")
        if c.medium and media and c.medium not in media:
            return None
        if (c.status in _FACTUAL) != (lead.status in _FACTUAL):
            return None
        if any(self._linked(c, x) for x in cl.cands):
            return None
        if self._sections_apart(c, cl):
            return None  # a page of dated items ("November 10, 2021" above each readout): each tells its own events
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
        placed = {id(d) for d, _, _ in getattr(self, "_day_refs", ())}
        if (id(c) in placed and any(self._range(x) for x in cl.cands)) \
                or (self._range(c) and any(id(x) in placed for x in cl.cands)):
            return None  # "held talks with Yoon that day" (the day of an event placed by an offset) is not the summit
            # "in December 2019": its day is that event's, not a date of its own
        if c.entry.pos == "verb" and self._range(c) and any(
                x.entry.pos == "verb" and x.anchor_timex is not None and x.anchor_timex.anchored_to == "event"
                and not self._is_headline(x.sent) for x in cl.cands):
            return None  # and a meeting dated by its own words ("met Kim in April") is not the one placed by an offset
        if not self._one_telling_in_sentence(c, cl) and not self._reception_of_visit(c, cl) and any(
                x.sent == c.sent and not (c.entry.pos == "noun" and x.start < c.start and (
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
        if self._dated_new_occasion(c, cl) or self._background_under_headline(c, cl):
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
                        and not anaphoric and not (len(keys) < 2 and theirs_p <= mine_p):
                    return None  # "speaking by phone with King Hamad and Netanyahu": a party from a new country, a new call
                    # (but "Londoño, who had signed the deal with him" ... "Santos and Londoño had signed the
                    # accord on September 26": an act of one known party told again with both is the same act)
                if c.entry.pos == "verb" and mine_p and len(self._keys(c)) >= 2 and theirs_c and mine_c - theirs_c \
                        and not anaphoric and not self._is_headline(lead.sent) and c.entry.lemma != lead.entry.lemma:
                    return None  # "Amano signed a road map with Iran's nuclear chief": a named party from elsewhere
                    # makes another agreement, not more of Iran's deal with the powers
                if c.entry.pos == "verb" and not shared and not any(x.entry.lemma == c.entry.lemma for x in cl.cands) \
                        and min(abs(c.sent - x.sent) for x in cl.cands) > 2 and not self._range(c):
                    return None  # "reached an agreement" ... paragraphs later "the two leaders agreed that": not one act
                if self._reception_of_visit(c, cl) or self._visit_named_in_sentence(c, cl) \
                        or self._hosts_told_meeting(c, cl):
                    shared = max(shared, 2)  # "flew to Asmara ... Isaias greeted him at the airport": the visit's arrival
                elif self._new_party_in_new_words(c, cl, anaphoric) or self._greeting_apart(c, cl) \
                        or self._agreement_told_apart(c, cl, anaphoric) or self._one_side_under_headline(c, cl, anaphoric):
                    return None
                if len(mine_c) >= 2 and mine_c == theirs_c and not persons_both:
                    shared = max(shared, 2)  # "Armenia and Azerbaijan sign" / "Aliyev and Pashinyan signed"
                if self._lead_under_headline(c, cl):
                    shared = max(shared, 2)  # (the lead tells the headline's act: "seal deal" / "completed an agreement")
                if anaphoric and shared < 1 and self._same_dated_occasion(c, cl):
                    shared = 1  # "December 2000: the Algiers agreement ends the war": the agreement the two signed then
                if anaphoric and shared < 1 and not mine and self._bare_back_reference(c, cl):
                    shared = 1  # "after four days of talks in Beijing ... The talks opened on Monday": those talks
                if shared < 1 or shared < min(2, len(mine), len(keys)) and not anaphoric:
                    return None
            else:
                if not (my_source and my_source == lead_source) \
                        and not (my_source is None and lead_source and self._is_headline(lead.sent) and len(cl.cands) == 1):
                    return None  # (but "Colombians reject his deal" in the headline is the body's "voters rejected")
                if self._past_headline_telling(c, cl, anaphoric):
                    return None
                if c.entry.lemma != lead.entry.lemma and not anaphoric and not self._is_headline(lead.sent) \
                        and not (c.entry.lemma in self.w.attribution and lead.entry.lemma in self.w.attribution) \
                        and not self._saying_goes_on(c, cl):
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

    def _one_telling_in_sentence(self, c: _Cand, cl: _Cluster) -> bool:
        """"Biden, who held his own news conference an hour later, said he had handed over a list": the occasion of
        speaking (a noun) and the saying (a verb) of one speaker in one sentence are one statement."""
        if c.entry.type != "STATEMENT" or c.source is None:
            return False
        return any(x.sent == c.sent and x.entry.pos != c.entry.pos and x.source is not None
                   and x.source.actor.id == c.source.actor.id for x in cl.cands)

    def _saying_goes_on(self, c: _Cand, cl: _Cluster) -> bool:
        """"Scholz criticised the export ban on Thursday. 'This is unacceptable,' he said.": a verb of saying (cues.yaml
        ``attribution``) right after a verb of the cluster in the sentence before, typed alike by its words, tells more
        of that one statement (its words quoted), not a second one."""
        return c.entry.lemma in self.w.attribution and c.entry.pos == "verb" \
            and any(c.sent - x.sent == 1 and x.entry.pos == "verb" and not x.quoted for x in cl.cands)

    def _new_party_in_new_words(self, c: _Cand, cl: _Cluster, anaphoric: bool) -> bool:
        """"While attending the Group of 20 summit in Osaka, Trump wrote ..." and later "Trump and Kim sat down for
        talks": a mention in a word the event was never called, with a person as a party whom none of its mentions
        names, is another meeting held by one of its parties (not "the summit" or "the talks" said again)."""
        if anaphoric or c.entry.lemma in {x.entry.lemma for x in cl.cands}:
            return False
        theirs = self._agg(cl, "persons")
        return bool(theirs) and any(m is not None and m.actor.kind == "person" and m.actor.id not in theirs
                                    for m in (c.source, c.target))

    def _agreement_told_apart(self, c: _Cand, cl: _Cluster, anaphoric: bool) -> bool:
        """"The two leaders had agreed that their teams would look at ways to begin talks" and, paragraphs later, "the
        two sides had agreed in principle that the presidents would hold a virtual meeting": a verb of agreement (not
        of meeting, which later paragraphs often tell again) more than three sentences from every mention of an
        agreement, with no date that ties them, is another agreement."""
        if anaphoric or c.entry.pos != "verb" or c.entry.type == "CONSULT" or c.entry.type not in self.w.symmetric_types:
            return False
        if min(abs(c.sent - x.sent) for x in cl.cands) <= 3 or any(self._is_headline(x.sent) for x in cl.cands):
            return False  # (a headline names the event the body tells, however far)
        if self._persons(c) & self._agg(cl, "persons"):
            return False  # ("KCNA reported that Kim and Trump had agreed": the same leaders' agreement told again)
        mine = self._range(c)
        return not (mine and any((r := self._range(x)) and r[0] <= mine[1] and mine[0] <= r[1] for x in cl.cands))

    def _lead_under_headline(self, c: _Cand, cl: _Cluster) -> bool:
        """"Lebanon and Israel seal sea border deal" (headline) and the lead "Lebanon and Israel completed a U.S.-brokered
        agreement on Thursday": the first dated act of the body's first sentence, of the headline's type, is the act the
        headline names, whatever parties each names."""
        if self._lead_cluster is not None or self._range(c) is None or self._is_headline(c.sent) \
                or not all(self._is_headline(x.sent) for x in cl.cands):
            return False
        return c.sent == 1  # (the headline is sentence 0)

    def _one_side_under_headline(self, c: _Cand, cl: _Cluster, anaphoric: bool) -> bool:
        """"Lebanon and Israel seal sea border deal" (headline) ... "Israel's cabinet approved the final text": a
        headline naming two or more parties tells their joint act; a body verb in other words naming only one of them
        is that party's own step (a cabinet's approval, a signature), not the joint act (which the lead tells). Only once
        the body's first dated event (the lead) is told: the lead itself is the headline's act however few of its
        parties it names ("Sunak and von der Leyen strike deal" / "... von der Leyen sealed a new agreement")."""
        if anaphoric or c.entry.pos != "verb" or self._lead_cluster is None \
                or not any(self._is_headline(x.sent) for x in cl.cands) or any(x.sent > 1 for x in cl.cands):
            return False  # (told so far by the headline and at most the lead sentence under it)
        if c.entry.lemma in {x.entry.lemma for x in cl.cands}:
            return False  # ("Colombians reject his deal" ... "voters rejected the agreement")
        return len(self._agg(cl, "keys")) >= 2 and len(self._keys(c)) == 1

    def _same_dated_occasion(self, c: _Cand, cl: _Cluster) -> bool:
        """Is the definite noun ``c`` dated to the very week or month of a mention of the cluster ("signed a peace
        agreement in Algiers in December 2000" ... "December 2000: the Algiers agreement ends the fighting")? The same
        date names the same occasion even when the words name other parties (a city for its host state)."""
        mine = self._range(c)
        if mine is None or not 1 <= (mine[1] - mine[0]).days <= 31 or c.entry.pos != "noun":
            return False  # (a month or a week: many events share a day, few a month told with the same words)
        return any(self._range(x) == mine and x.strong for x in cl.cands)

    def _bare_back_reference(self, c: _Cand, cl: _Cluster) -> bool:
        """Is ``c`` a definite noun naming no party ("The talks opened on Monday") in the word of a mention of the
        cluster told at most six sentences before it ("after four days of talks hosted by China")? It names those."""
        return any(x.entry.lemma == c.entry.lemma and 0 < c.sent - x.sent <= 6 for x in cl.cands)

    def _greeting_apart(self, c: _Cand, cl: _Cluster) -> bool:
        """"The two presidents held talks at the Blue House ... where Moon greeted them", "King Salman greeted Trump on
        the tarmac ... the two leaders held talks": a greeting (cues.yaml ``greeting_lemmas``) is an encounter of its
        own, never more of the talks, nor talks more of it."""
        greets = self.lex.greeting_lemmas
        return bool(greets) and (c.entry.lemma in greets) != any(x.entry.lemma in greets for x in cl.cands if x.strong)

    def _dated_new_occasion(self, c: _Cand, cl: _Cluster) -> bool:
        """"In talks with Zelenskiy, he asked ..." and, paragraphs later, "Last month, Hungary took part in the peace
        conference on Ukraine that Switzerland hosted": a noun with "the" and a date of its own, in a word the event
        was never called and far from every mention of it, names an occasion the reader knows, not the undated event
        told before (talks still to come are often dated only when told again)."""
        if c.entry.pos != "noun" or c.determiner not in self.w.definite or self._range(c) is None \
                or c.status not in _FACTUAL or c.timex_cost >= 12.0 or any(x.entry.lemma == c.entry.lemma for x in cl.cands):
            return False
        return min(abs(c.sent - x.sent) for x in cl.cands) > 3 and not any(self._range(x) for x in cl.cands)

    def _background_under_headline(self, c: _Cand, cl: _Cluster) -> bool:
        """"Leaders strike Windsor deal" (headline) ... "The protocol was agreed as part of the withdrawal deal in October
        2019"; "seal sea border deal" ... "The text had been settled two weeks ago": a headline tells the news of the
        lead's day, so a body mention dated by its own clause further before the publication date than a lead's day
        may lie (``story_day.lead_days``) names an older event, not more of the headline's."""
        dct = self.doc.dct
        mine = self._range(c)
        if dct is None or mine is None or c.timex_cost >= self._SENTENCE_COST or self._is_headline(c.sent) \
                or not all(self._is_headline(x.sent) for x in cl.cands):
            return False
        return (dct - mine[1]).days > load_story_day().lead_days

    def _past_headline_telling(self, c: _Cand, cl: _Cluster, anaphoric: bool) -> bool:
        """A headline names its event in other words than the body ("Russia expels US diplomats" / "Moscow ordered
        60 Americans to leave"), so the first body mention joins it whatever its word; once the body has told it, a
        further act in a new word ("closed the consulate", "recalled its ambassador") is another act."""
        lead = cl.lead
        if anaphoric or not self._is_headline(lead.sent) or c.entry.lemma in self.w.attribution:
            return False
        lemmas = {x.entry.lemma for x in cl.cands}
        return c.entry.lemma not in lemmas and any(x.sent != lead.sent and x.strong for x in cl.cands)

    _AGGREGATES = {
        "media": lambda self, cands: {x.medium for x in cands if x.medium},
        "marks": lambda self, cands: {self._distinct_word(x) for x in cands},
        "locs": lambda self, cands: {x.location_country for x in cands if x.location_country},
        "keys": lambda self, cands: set().union(*(self._keys(x) for x in cands)),
        "countries": lambda self, cands: set().union(*(self._countries(x) for x in cands)),
        "persons": lambda self, cands: set().union(*(self._persons(x) for x in cands)),
        "sections": lambda self, cands: {self._section_of(x.start) for x in cands} - {0},
        "sents": lambda self, cands: {x.sent for x in cands},
        "noun_sents": lambda self, cands: {x.sent for x in cands if x.entry.pos != "verb"},
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
                         or tok.low[end] in self.w.prepositions or tok.low[end] in self.w.phrase_end_words):
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

    def _sections_apart(self, c: _Cand, cl: _Cluster) -> bool:
        """Is ``c`` in another dated section than a mention of the cluster? A page whose items sit under date lines
        of their own (readouts, press releases, a live page over several days: ``timeline.temporal.sections``)
        tells in each item what happened on or about its date; "the two leaders agreed" under "November 16" and
        "the two countries agreed" under "November 10" are two agreements, "the talks" of one readout are not the
        talks of another. Text before the first date line (the page's introduction) belongs to no item and may
        name any of them."""
        mine = self._section_of(c.start)
        if mine == 0:
            return False
        theirs = self._agg(cl, "sections")  # (the dated sections of its mentions)
        if not theirs or mine in theirs:
            return False
        return not any(self._dated_back_reference(c, x) or self._dated_back_reference(x, c) for x in cl.cands)

    def _dated_back_reference(self, c: _Cand, x: _Cand) -> bool:
        """Is ``c`` a definite noun dated by its own words to a month or less that holds the date of ``x`` ("the
        September call" in the readout of October 6, "spoke today" in that of September 9)? Such a noun names an
        event another item of the page tells."""
        mine, theirs = self._range(c), self._range(x)
        return c.entry.pos == "noun" and c.determiner in self.w.definite and mine is not None and theirs is not None \
            and (mine[1] - mine[0]).days <= 31 and mine[0] <= theirs[0] and theirs[1] <= mine[1]

    def _section_of(self, offset: int) -> int:
        """The dated section that holds ``offset``: 0 before the first date line, else 1 + the index of the date
        line above it."""
        starts = self.__dict__.get("_section_starts")
        if starts is None:
            starts = self._section_starts = self._dated_section_starts()
        return bisect_right(starts, offset) if starts else 0

    def _dated_section_starts(self) -> list[int]:
        """Where each dated section begins: at its date line, or at the heading line just above it ("President
        Biden's Call with President Xi Jinping" over "September 9, 2021": the item's title, alone in its paragraph
        and without final punctuation, is the item's, not the end of the item before)."""
        text = self.text
        out: list[int] = []
        for line in date_lines(text, self.timexes, self.doc.dct or date.max):
            start = text.rfind("\n", 0, line.start) + 1
            above_end = len(text[:start].rstrip())
            above_start = text.rfind("\n", 0, above_end) + 1
            heading = text[above_start:above_end].strip()
            if heading and start - above_end >= 2 and len(heading) <= 200 and heading[-1] not in ".!?:;,\"”’'…)" \
                    and (above_start == 0 or text[max(0, above_start - 2):above_start] == "\n\n") \
                    and (not out or above_start > out[-1]) and any(ch.isalpha() for ch in heading):
                start = above_start
            out.append(start)
        return out

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
            factual, mine = c.status in _FACTUAL, self._range(c)
            # A verb that can be neither one telling with a noun of its speaker (``_one_telling_in_sentence``) nor a
            # visit or its reception (``_reception_of_visit``) never joins a cluster told in its own sentence, nor
            # such a noun one with a noun in its sentence unless it is "the <noun>" named again with no party
            # (``_compatible``): refused at a glance, so one sentence of thousands of words is not a scan per pair.
            alone = not (c.entry.type == "STATEMENT" and c.source is not None) \
                and not (c.entry.mode == "visit" and c.source is not None) \
                and not (c.entry.pos == "verb" and c.target is not None and (
                    c.entry.lemma in self.w.visit_receptions or c.entry.lemma in self.w.visit_hosts))
            apart = "sents" if alone and c.entry.pos == "verb" else "noun_sents" if alone and c.entry.pos == "noun" \
                and (c.determiner not in self.w.definite or c.actors) else None
            pool = by_type.get(c.entry.type, [])
            if c.entry.type == "STATEMENT" and c.entry.pos == "verb" and self._said_typed:
                pool = pool + [cl for t, cls in by_type.items() if t != "STATEMENT" for cl in cls
                               if id(cl.lead) in self._said_typed]  # ("Kirby said the US supported ... He said ...")
            for cl in pool:
                if apart is not None and c.sent in self._agg(cl, apart):
                    continue
                if (cl.lead.status in _FACTUAL) != factual or (mine and any(
                        (r := self._range(x)) and (r[1] < mine[0] or mine[1] < r[0]) for x in cl.cands)):
                    continue  # (what ``_compatible`` refuses first, at a glance: a page of many stories has many clusters)
                score = self._compatible(c, cl)
                if score is not None and (best is None or score > best[0]):
                    best = (score, cl)
            return best[1] if best else None

        self._lead_cluster = None
        self._agg_cache: dict[int, tuple[int, dict[str, set]]] = {}  # (clusters live until the end of the call)
        self._clusters_cands_so_far = cands
        cands = [c for c in cands if not (c.entry.pos == "noun" and self._earlier_year_named(c))]
        # ("preserve the 2015 nuclear agreement": a name, no event; kept until now so its year dates no other verb)
        self._dated_subject_nouns(cands)
        self._answered_acts_apart(cands)
        self._passive_subjects_lead(cands)
        self._lead_strong_mentions(cands)
        self._press_telling_of_act(cands)  # (press_tellings.py: "..., Kirby told reporters" after his criticism)
        cands = [c for c in cands if not self._attribution_only(c)]
        self._objects_of_same_act(cands)
        self._consults_as_objects(cands)  # (receptions.py: "suspended trade talks with Canada": no talks held)
        self._acts_on_things(cands)
        self._apposed_same_acts(cands)  # (apposed_acts.py: "held talks, their first meeting": one act)
        self._coordinated_tellings(cands)  # (coordinated_tellings.py: "welcomed the deal and thanked Trump": one telling)
        strong = [c for c in cands if c.strong and not (c.entry.cancels and c.source is None and c.cancels_cand is not None) and c.same_as is None]
        strong_ids = {id(c) for c in strong}
        for c in strong:
            home = best_for(c)
            if home is not None:
                if self._lead_cluster is None and self._lead_under_headline(c, home):
                    self._lead_cluster = home  # (the headline's event, told by the lead: the story's news)
                home.add(c)
            elif self._points_back(c):
                continue  # "Those sanctions came on Friday": more of an act told before, never a new one
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
        held: dict[int, list[int]] = {}  # (where each cluster's mentions start -> the clusters, in order: a mention
        for k, cl in enumerate(clusters):  # equal to ``same_as`` starts where it does, and ``in`` compares every field)
            for x in cl.cands:
                if held.setdefault(x.start, [k])[-1] != k:
                    held[x.start].append(k)
        for c in cands:
            if c.same_as is not None:
                k = next((k for k in held.get(c.same_as.start, ()) if c.same_as in clusters[k].cands), None)
                home = clusters[k] if k is not None else None
                if home is None and c.strong and id(c) in self._told_on:
                    clusters.append(_Cluster([c]))  # ("welcomed ... and thanked Trump" when the welcome joined no
                    held.setdefault(c.start, []).append(len(clusters) - 1)  # event: the thanks are one of their own)
                elif home is not None:
                    home.add(c)
                    if k not in held.setdefault(c.start, []):
                        insort(held[c.start], k)
        self._agg_cache = {}
        for k, cl in enumerate(clusters):
            for c in cl.cands:
                c.cluster = k
        return clusters

    # ---- events

    def _answered_acts_apart(self, cands: list[_Cand]) -> None:
        """"Jordan condemned the Israeli raid on Wednesday": the act a reaction answers (kept by
        ``_answered_act_of_named_doer``) has no date from the reaction's clause (it came before, told undated) and is
        not done to the one who reacts."""
        answered = self.__dict__.setdefault("_answered_nouns", {})
        for c in cands:
            v = self._cause_of_reaction(c, cands)
            if v is not None and not any(d.entry.type == c.entry.type and d is not c and d.alive
                                         and d.status in _FACTUAL for d in cands):
                answered[id(c)] = v  # ("froze the assets of four officials over the detention of dual nationals")
                c.strong_override = True
                doer = c.source if c.source is not None and c.source.start < c.start else v.target
                if doer is not None:  # ("over Iran's seizure of": its own doer; else the one the reaction is aimed at)
                    self.__dict__.setdefault("_answered_doers", {})[id(c)] = doer
        for c in cands:
            v = answered.get(id(c))
            if v is None:
                continue
            if c.timex is not None and (c.timex is v.timex or c.timex_cost >= 1.0):
                c.timex, c.timex_cost, c.anchor_timex = None, 1e9, None
            named = self.__dict__.get("_answered_doers", {}).get(id(c))  # ("Iran's release of", "by Belarus")
            if named is not None:
                if c.target is not None and c.target.actor.id == named.actor.id:
                    c.target = None
                c.others = [m for m in c.others if m.actor.id != named.actor.id]
                if c.source is not None and c.source.actor.id != named.actor.id and c.target is None:
                    c.others.append(c.source)
                c.source = named
            doer = self._own_side(c.source) if c.source is not None else set()
            if any(d.source is not None and self._own_side(d.source) & doer and d.alive and d is not v
                   and abs(c.sent - d.sent) <= 5 and d.entry.lemma not in self.w.attribution
                   and not self._reaction_verb(d) for d in cands if d is not c):
                c.strong_override = False  # ("condemned Russia's annexation ... Putin signed the treaty": told apart)
                continue
            mine = {v.source.actor.id} if v.source is not None else set()
            if c.target is not None and c.target.actor.id in mine:
                c.target = None
            c.others = [m for m in c.others if m.actor.id not in mine]

    def _cause_of_reaction(self, c: _Cand, cands: list[_Cand]) -> _Cand | None:
        """"Britain froze the assets of four officials over the detention of dual nationals", "Iran vowed to retaliate
        against Israel for the killing of two officers": a material act (cues.yaml ``material_types``) named by a
        definite noun with its "of" after a cause preposition (``cause_preps``) is what the reaction, threat or sanction
        before it in the sentence answers; that verb, else None."""
        tok = self.tokens
        if c.entry.pos != "noun" or not c.alive or c.same_as is not None or c.quoted \
                or c.entry.type not in self.w.material_types or c.t0 < 2 or c.t1 >= len(tok.low) \
                or tok.low[c.t1] != "of" or tok.low[c.t0 - 1] not in self.w.definite \
                or tok.low[c.t0 - 2] not in self.w.cause_preps:
            return None
        return next((v for v in sorted(cands, key=lambda x: -x.start) if v.sent == c.sent and v.t1 <= c.t0 - 2
                     and v.entry.pos == "verb" and v.alive and v.source is not None and not v.quoted
                     and (self._reaction_verb(v) or v.entry.type in self.lex.aimed_types)), None)

    def _passive_subjects_lead(self, cands: list[_Cand]) -> None:
        """"Modi, Putin sign energy deal. The agreement was signed in New Delhi on Friday": a dated passive with no
        agent whose subject is an event noun of its type told before names that earlier event (no new one: the noun
        and the verb are its mentions, as "The agreement was reached on Friday" is); with nothing of its type told
        before ("A truce was agreed on Monday") the dated passive stays news of its own."""
        tok = self.tokens
        for c in cands:
            v = c.same_as
            if c.entry.pos != "noun" or v is None or v.entry.pos != "verb" or not v.predicated or v.actors \
                    or c.t1 > v.t0 or v.t0 < 1 or tok.low[v.t0 - 1] not in self.w.passive_aux or c.actors:
                continue
            if any(d.entry.type == c.entry.type and d.start < c.start and d.alive and d.actors for d in cands):
                v.predicated = False

    @staticmethod
    def _lead_strong_mentions(cands: list[_Cand]) -> None:
        """"August 27: An American drone strike kills two members of the group": a mention told as the same event as a
        verb (``same_as``) that makes no event of its own (no party, no date) while the mention would (named party,
        date) leads the event instead, the verb being its mention (a weak noun it was told with may still join another
        event: "defends the withdrawal in an address ..., calling ...")."""
        for c in cands:
            d = c.same_as
            if d is not None and d.same_as is None and c.strong and not d.strong and d.alive \
                    and d.entry.type == c.entry.type \
                    and (d.entry.pos == "verb" or not d.entry.weak):
                c.same_as, d.same_as = None, c

    def _attribution_only(self, c: _Cand) -> bool:
        """"Turkey hosted a meeting of opposition groups last week, officials said on Tuesday", "Talks are under way in
        Jeddah, mediators said on Friday": a saying that closes its sentence after a comma, with nothing of its own
        after it but its date or medium, only tells where the words before it come from; its date makes no statement
        of it (not '"We will respond," the minister said': a quote is the speaker's own words; not "..., he said,
        adding that ...": more words of the speaker)."""
        if c.entry.pos != "verb" or not c.entry.weak or c.entry.lemma not in self.w.attribution or c.strong_override \
                or c.quoted or c.same_as is not None:
            return False
        tok = self.tokens
        s0 = self.sentences[c.sent][0]
        comma = next((k for k in range(c.t0 - 1, max(-1, c.t0 - 10), -1)
                      if tok.sent[k] != c.sent or tok.low[k] in (",", ";", ":", '"', "”") or (k in self.trigger_toks and any(
                          not d.entry.weak for d in self._cands_by_tok.get(k, ())))), None)
        if comma is None or tok.sent[comma] != c.sent or tok.low[comma] != "," or tok.starts[comma] <= s0:
            return False
        if tok.low[tok.at(s0)] in ('"', "“", "‘", "'") or self.text[s0:s0 + 1] in ('"', "“"):
            return False  # ('"We will respond", the minister said': the speaker's own words)
        k = c.t1
        if comma != c.t0 - 1 and k < len(tok.low) and tok.sent[k] == c.sent and tok.low[k] not in self.w.prepositions \
                and k not in self.timex_toks and tok.low[k] not in (".", "!", "?"):
            return False  # ("On Friday, the ministry said India and China were working on ...": the saying's own words)
        while k < len(tok.low) and tok.sent[k] == c.sent:
            if tok.low[k] in ("that", ",", ";", ":") or (k in self.trigger_toks and any(
                    not d.entry.weak for d in self._cands_by_tok.get(k, ()))):
                return False
            k += 1
        return True

    def _acts_on_things(self, cands: list[_Cand]) -> None:
        """"The signing of the trade accord between India and Britain on Monday": an action noun in -ing whose "of"
        names a thing of its own type is the act told, the thing its mention (the act takes the thing's parties, date
        and status when it has none of its own)."""
        tok = self.tokens
        for i, c in enumerate(cands):
            if c.entry.pos != "noun" or not c.text.lower().endswith("ing") or c.same_as is not None or c.actors \
                    or c.t1 >= len(tok.low) or tok.low[c.t1] != "of":
                continue
            d = next((d for d in cands[i + 1:i + 2] if d.sent == c.sent and d.entry.pos == "noun"
                      and d.entry.type == c.entry.type and d.t0 <= c.t1 + 4 and d.same_as is None), None)
            if d is None or any(k in self.trigger_toks for k in range(c.t1, d.t0)) or not d.strong:
                continue
            c.source, c.target, c.others = d.source, d.target, list(d.others)
            if c.timex is None:
                c.timex, c.timex_cost, c.anchor_timex = d.timex, d.timex_cost, d.anchor_timex
            if c.status == "occurred":
                c.status, c.status_cue = d.status, d.status_cue
            c.strong_override = True
            d.same_as = c

    def _objects_of_same_act(self, cands: list[_Cand]) -> None:
        """"Germany pledged an additional 500 million euros in military aid to Ukraine": an event noun of the same type
        in the object of a verb just before it, in its clause with no comma or other trigger between, names what that
        verb does; one event, the noun its mention."""
        tok = self.tokens
        verbs: dict[int, list[_Cand]] = {}
        for d in cands:
            if d.entry.pos == "verb" and d.same_as is None and d.status in _FACTUAL:
                verbs.setdefault(d.sent, []).append(d)
        for c in cands:
            if c.entry.pos != "noun" or c.entry.weak or c.same_as is not None or c.status not in _FACTUAL:
                continue  # (a weak noun joins the verb's event anyway)
            d = next((d for d in reversed(verbs.get(c.sent, ())) if d.t1 <= c.t0 <= d.t1 + 8), None)
            required = d is not None and d.entry.type != c.entry.type and self._required_object(d, c)
            if d is None or (d.entry.type != c.entry.type and not required) or (d.entry.weak and not required) \
                    or not d.strong or tok.clause[d.t0] != tok.clause[c.t0] \
                    or any(tok.low[k] in (",", ";", ":", "to") or k in self.trigger_toks for k in range(d.t1, c.t0)):
                continue  # (not "flew to Rome to mediate the talks": an infinitive's object is another act)
            c.same_as = d

    def _required_object(self, d: _Cand, c: _Cand) -> bool:
        """"Modi addressed a joint meeting of Congress": the event noun ``c`` is, or is the sitting of, the very object
        the verb trigger ``d`` requires (its entry's ``objects``): the setting of that act, not an act of its own. ("Addressing
        the summit" names no such object: taking part in a summit stays an event.) A saying verb that requires no object
        ("told a joint meeting of Congress") takes the audiences of cues.yaml ``audience_nouns``: a speech to a sitting."""
        objects = d.entry.objects or (self.lex.audience_nouns if d.entry.type == "STATEMENT" and d.entry.pos == "verb"
                                      else frozenset())
        if not objects:
            return False
        low, k = self.tokens.low, c.t1
        if k < len(low) and low[k] == "of":  # "a joint meeting of [the] Congress": the sitting of that audience
            k += 1
            while k < len(low) and low[k] in self.lex.determiners:
                k += 1
            j = k  # ("of the United States Congress": the state that names the body, then the body)
            while j < min(len(low), k + 4) and low[j] not in objects and j in self.mention_cover:
                j += 1
            return j < len(low) and low[j] in objects
        return low[c.t1 - 1] in objects

    def _points_back(self, c: _Cand) -> bool:
        """Does the noun ``c`` open with a demonstrative (cues.yaml ``back_pointers``: "those sanctions", "these
        talks") after an event of its type told in the three sentences before? It names that event, not a new one."""
        return c.entry.pos == "noun" and c.determiner in self.lex.back_pointers and not c.actors \
            and any(d.entry.type == c.entry.type and 0 <= c.sent - d.sent <= 3 and d.start < c.start
                    for d in self._clusters_cands_so_far)

    def _build(self, clusters: list[_Cluster], cands: list[_Cand]) -> Extraction:
        doc = self.doc
        ids = [stable_id(doc.id, cl.first.start, cl.lead.entry.type) for cl in clusters]
        events: list[Event] = []
        actors: dict[str, Actor] = {}
        title_only = [self._title_only(cl) for cl in clusters]  # a headline only corroborates (dropped below)
        for k, cl in enumerate(clusters):
            ev = self._event(cl, ids[k])
            events.append(ev)
            for c in cl.cands if not title_only[k] else ():
                for m in c.actors:
                    actors.setdefault(m.actor.id, m.actor)
        constraints = self._constraints(clusters, ids, cands)
        events = self._link_cancels(events, clusters, ids, cands)
        events = [self._date_from_constraint(e, constraints, events) for e in events]
        events = self._occasion_places(clusters, events, constraints)  # (occasion_places.py: "Biden told a news conference")
        titled = {ids[k] for k in range(len(clusters)) if title_only[k]}
        if titled:
            events = [e if e.cancels not in titled else e.with_(cancels=None) for e in events if e.id not in titled]
            constraints = [x for x in constraints if x.source not in titled and x.target not in titled]
        return Extraction(events=tuple(events), constraints=tuple(constraints),
                          actors=tuple(sorted(actors.values(), key=lambda a: a.name)))

    def _title_end(self) -> int:
        """Where the document's title line ends in the text (``Document.title`` is the text's first line, as ingest
        sets it from a .txt/.md headline), else -1."""
        if not hasattr(self, "_title_end_at"):
            title = (self.doc.title or "").strip()
            self._title_end_at = -1
            if title:
                start = len(self.text) - len(self.text.lstrip())
                end = self.text.find("\n", start)
                end = len(self.text) if end < 0 else end
                self._title_end_at = end if self.text[start:end].strip() == title and end < len(self.text) else -1
        return self._title_end_at

    def _title_only(self, cl: _Cluster) -> bool:
        """"Russia strikes Kyiv as Ukraine condemns attack" (the title line) over "Russia struck Kyiv on Monday ...": an
        event told only in the title line is no event of its own; the title only corroborates the events of the body
        it merged into."""
        end = self._title_end()
        return end >= 0 and all(c.end <= end for c in cl.cands)

    def _event(self, cl: _Cluster, event_id: str) -> Event:
        lead = cl.lead
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
        named_ids: dict[str, str] = {}  # display name -> the actor's id (canonical identity), first told first
        for c in [lead] + cands:
            for m in c.actors:
                if m.actor.name not in names:
                    names.append(m.actor.name)
                named_ids.setdefault(m.actor.name, m.actor.id)
        for side in (source, target):
            if side is not None:
                named_ids.setdefault(side.actor.name, side.actor.id)
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
                host = self._state_of(loc_country) if lead.entry.mode == "visit" and target is None \
                    and source is not None and (source.actor.country or source.actor.id) != loc_country else None
                if host is not None:  # "MOSCOW - Xi flew home at the end of a state visit": the dateline's state hosted it
                    target = ActorMention(lead.start, lead.end, location, host, "place")
        mode = self._mode(lead, medium, source, target, loc_country, cands)
        if date_fields.pop("_conflict", False):
            flags.append("date_conflict_between_mentions")
        narrative = date_fields.pop("_narrative", False)
        if narrative:  # (story_day.py: the lead's day given to an act of the body that goes on with its story)
            story = id(date_fields.get("_dated_by")) in self.__dict__.get("_story_days", {})
            flags.append("date_from_story_day" if story else "date_from_previous_sentence")
        shown_names = names
        if not names:
            group = next((c.group for c in [lead] + cands if c.group), None)
            if group:
                shown_names = [group[:1].upper() + group[1:]]  # "The two foreign ministers meet in Geneva"
        aside = target is not None and lead.entry.pos == "verb" and not self._target_is_object(lead, target)
        told_mode = mode if mode != "phone" or medium == "phone" else None  # ("Biden spoke with Xi": a call by its
        # mode, but its summary tells no phone the text does not tell: "Biden and Xi speak")
        summary = self._summary(lead.entry, source, target, location, status, told_mode, shown_names,
                                self._object_words(lead) if (target is None or aside or id(lead) in self._joint_act_ids())
                                and lead.entry.pos == "verb" else "",
                                group=shown_names is not names, subject_verb=lead.subject_tok is not None, lead=lead,
                                aside=aside)
        summary = self._object_noun_summary(lead, target, summary)  # "shoots down a Chinese balloon", not "China"
        summary = self._body_summary(cl, lead, source, target, location, status, told_mode, shown_names, names, summary)
        summary = self._crowd_act_summary(lead, source, summary, location, status)  # "Protesters gather outside ..."
        summary = self._between_sides_summary(lead, summary, location, status)  # "... mediates between Israel and Hamas"
        summary = self._joined_group_summary(lead, source, summary)  # "Ukraine and the separatists withdraw forces"
        dated_by = date_fields.pop("_dated_by", None)
        # the evidence shown first: the mention whose sentence holds the date expression, else the first
        # strong mention dated by its own clause, else the lead
        shown = dated_by if dated_by is not None and not dated_by.quoted and dated_by.timex_cost < self._PREVIOUS_COST \
            else cl.evidence
        if shown.entry.type != cl.type and shown.same_as is not None and shown.same_as.sent == shown.sent \
                and shown.same_as in cands:
            shown = shown.same_as  # "met Scholz on Monday and said ...": the act's own words, not the saying's
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
            mentions=tuple(Mention(c.start, c.end, c.text, *self.sentences[c.sent]) for c in cands)
            + tuple(Mention(*c.told_by, self.text[c.told_by[0]:c.told_by[1]], *self.sentences[c.sent])
                    for c in cands if c.told_by is not None),
            actor_ids=tuple(named_ids.items()),
            **date_fields,
        )

    _DATELINE = re.compile(r"\s*([A-Z][A-Z.'’ ]+[A-Z.])(?:,[ \t]+[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?"
                           r"(?:,[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]+[-—–][ \t]")  # (", March 10, 2023")

    def _between_sides_summary(self, lead: _Cand, summary: str, location: str | None, status: str) -> str:
        """"Egypt mediates between Israel and Hamas": the two sides a verb acts between, after its own words."""
        pair = self._between_pair_ids().get(id(lead))
        if pair is None or lead.target is not None:
            return summary  # (a later reading named one side the target: the summary already says so)
        a, b = self._short(pair[0]), self._short(pair[1])
        if a in summary and b in summary:
            return summary
        cut = summary.rfind(" (") if status != "occurred" and summary.endswith(")") else len(summary)
        if location and summary[:cut].endswith(f" in {location}"):
            cut -= len(f" in {location}")
        head = summary[:cut]
        for x in (a, b):  # ("Türkiye coordinates with Ukraine": no side before the pair)
            if head.endswith(f" with {x}"):
                head = head[:-len(f" with {x}")]
        return f"{head} between {a} and {b}{summary[cut:]}"

    def _dateline_city(self) -> tuple[str, str] | None:
        """The city of the wire dateline at the head of the text and its state: "SINGAPORE -" as the gazetteer knows
        the capital; "HIROSHIMA, Japan -", "WUHAN —" as a listed place (places.tsv) knows it (a city in capitals is no
        actor mention); "PSARADES, Greece —" by the state named after the comma; a wire's date may follow ("GENEVA,
        June 17, 2021 —") and a headline line of its own may come first. None when it names no known place."""
        found = self._DATELINE.match(self.text)
        if not found or found.start(1) >= 4:
            head = self.text.find("\n\n", 0, 300)  # ("Biden and Putin agree ...\n\nGENEVA, June 17, 2021 —": after a
            found = self._DATELINE.match(self.text, head + 2) if head > 0 and "\n" not in self.text[:head] else None
            if not found or found.start(1) >= head + 6:  # headline line of its own)
                return None
        self._dateline_end = found.end()
        i = self.tokens.at(found.start(1))
        m = self.mention_by_tok.get(i)
        if m is not None and m.end == found.end(1) and (m.actor.country or m.actor.kind == "state"):
            return found.group(1).title(), m.actor.country or m.actor.id
        if m is not None:
            return None  # (a person or a body in capitals: no place)
        name = found.group(1).title()
        known = (getattr(self.gazetteer, "places", None) or {}).get(name)
        if known is not None:
            return name, known[1]
        k = self.tokens.at(found.end(1))
        if k + 1 < len(self.tokens.low) and self.tokens.low[k] == ",":
            state = self.mention_by_tok.get(k + 1)
            if state is not None and state.actor.kind == "state" and state.via in ("name", "alias"):
                return name, state.actor.id  # ("OHRID, North Macedonia —": a town of that state)
        return None

    def _dateline_place(self, lead: _Cand, source, target, date_fields: dict) -> tuple[str, str] | None:
        """"SINGAPORE - ...": a consultation the text places nowhere happened where the story was filed, when it is
        the lead paragraph's news, or a recent one (dated by its own words within the week before the publication
        date) with a party of the dateline's country ("On Monday, Trump met Singapore's prime minister")."""
        if not hasattr(self, "_dateline"):
            self._dateline = self._dateline_city()
        if self._dateline is None:
            return None
        name, country = self._dateline
        in_lede = self._in_lede(lead)
        dct, end = self.doc.dct, date_fields.get("date_end")
        recent = dct is not None and end is not None and date_fields.get("date_basis") == "expression" \
            and timedelta(0) <= dct - end <= timedelta(days=7)
        parties = {m.actor.country or m.actor.id for m in (source, target) if m is not None}
        if in_lede or (recent and country in parties):
            return name, country
        if recent and lead.entry.mode == "visit" and target is None and parties and country not in parties:
            return name, country  # "SEOUL - ... The Japanese prime minister arrived on Sunday": a visitor come there
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

    def _mode(self, lead: _Cand, medium, source, target, loc_country, cands) -> str | None:
        if lead.entry.type != "CONSULT":
            return None
        if medium == "phone":
            return "phone"
        if lead.entry.pos == "verb" and lead.entry.lemma in self.w.call_lemmas and source is not None \
                and target is not None and not any(c.location or c.entry.pos == "noun" for c in [lead] + cands) \
                and not (lead.t0 > 0 and self.tokens.low[lead.t0 - 1] in self.lex.light_verbs) \
                and not any(self.tokens.low[k] in self.lex.location_preps and k + 2 < len(self.tokens.low) and any(
                    self.text[self.tokens.starts[j]].isupper() or j in self.trigger_toks for j in (k + 1, k + 2))
                    for k in range(lead.t1, min(len(self.tokens.low), lead.t1 + 12)) if self.tokens.sent[k] == lead.sent):
            return "phone"  # "Biden spoke with Xi on Tuesday": two leaders who spoke, and no place, spoke by phone
            # (not "held talks with Zelenskiy": the noun after a light verb; not "spoke with Xi at a summit in Bali",
            # "spoke with Xi in the Oval Office")
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
        if loc_country is not None and source is not None and target is not None and (src is None) != (tgt is None):
            # "Burns met Baradar in Kabul", "Swaraj addressed the OIC in Abu Dhabi": of a party from a state and one
            # from none (a movement, an organization, an official the gazetteer does not know), the state's party
            # away from home is the one who travelled
            return "visit" if src is not None else "host"
        return None

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
        blame = self._blame_summary_words(c)
        if blame:
            return blame  # "calls the attack cowardly"
        tok = self.tokens
        words: list[str] = []
        stops = self.w.object_stops
        k = self._vote_object_starts().get(id(c), c.t1)  # "voted to demand a ceasefire": the object of "demand"
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
            if not words and k == c.t1 and w in self.w.negations and c.entry.type == "REJECT" and c.entry.pos == "verb":
                k += 1
                continue  # ("will accept no extension": rejects extension)
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
        if len(words) == 5:
            words = self._whole_object_phrase(c, words, k)  # ("a Syrian officer of war [crimes]": never cut mid-phrase)
        while words and words[-1].lower() in self.w.object_trailing:
            words.pop()
        return " ".join(words)

    def _object_phrase_ends(self, c: _Cand, k: int) -> bool:
        """Does the object phrase of ``c`` end before token ``k`` (a stop word, punctuation, a date, another verb)?"""
        tok = self.tokens
        if k >= len(tok.low) or tok.sent[k] != c.sent:
            return True
        w = tok.low[k]
        return not w[0].isalnum() or w in self.w.object_stops or w in self.lex.clause_breaks or k in self.timex_toks \
            or (k in self.trigger_toks and self._verb_at(k))

    def _whole_object_phrase(self, c: _Cand, words: list[str], k: int) -> list[str]:
        """Five object words that stop inside a phrase ("convicted a Syrian officer of war crimes"): the phrase up
        to three words longer when it ends there, else cut back before its last "of" ("a Syrian officer")."""
        tok = self.tokens
        if self._object_phrase_ends(c, k) or any(w.lower() in self.lex.location_preps for w in words[1:]):
            return words  # (a place phrase is no part of the object: "a Russian fighter jet near the ...")
        for extra in range(1, 4):
            if self._object_phrase_ends(c, k + extra):
                return words + [self.text[tok.starts[x]:tok.ends[x]] for x in range(k, k + extra)]
        lowered = [w.lower() for w in words]
        if "of" in lowered[2:]:
            return words[:len(lowered) - 1 - lowered[::-1].index("of")]
        return words

    def _blame_summary_words(self, c: _Cand) -> str:
        """"Macron called the attack cowardly", "Iran called the inspectors' report hostile": the object of a disapproval
        told by a predicative saying, with the blaming word that is all its content ("calls the attack cowardly", never
        "calls the attack", which reads as a phone call); "" when the saying ends in no such word."""
        tok = self.tokens
        if not c.entry.predicative or c.entry.type != "DISAPPROVE" or c.entry.pos != "verb":
            return ""
        for k in range(c.t1, min(len(tok.low), c.t1 + 9)):
            if tok.sent[k] != c.sent or k in self.timex_toks or tok.low[k] in (",", ";", ":"):
                return ""
            if tok.low[k] in self.w.predicative_blame and k > c.t1:
                words = self.text[tok.starts[c.t1]:tok.ends[k]]
                if (words.count('"') % 2 or words.count("\u201c") > words.count("\u201d")) and k + 1 < len(tok.low) \
                        and tok.sent[k + 1] == c.sent and self.text[tok.starts[k + 1]:tok.ends[k + 1]] in ('"', "\u201d"):
                    words = self.text[tok.starts[c.t1]:tok.ends[k + 1]]  # ('called the expulsions "unfriendly"')
                return words
        return ""

    def _target_is_object(self, lead: _Cand, target: ActorMention) -> bool:
        """Is the target named as the verb's object ("rejects Ukraine", "writes to Erdoğan", "urged the United States
        to ...") or before it (a subject, a passive), rather than found in the words said or in the act answered
        ("Trudeau said Canada expected Iran's cooperation", "condemned the move")?"""
        tok = self.tokens
        if target.via == "story side":
            return False  # (story_sides.py: the other side of the story, named elsewhere)
        k = tok.at(target.start)
        if k >= len(tok.low) or tok.sent[k] != lead.sent:
            return False
        if k < lead.t0:
            return not any(d.entry.pos == "verb" and d.source is not None and d.target is not None and lead.source is not None
                           and d.source.actor.id == target.actor.id and d.target.actor.id == lead.source.actor.id
                           for j in range(k + 1, lead.t0) for d in self._cands_by_tok.get(j, ()))
            # (not "Egypt welcomed the Israeli decision to open the crossing": the one who reacts to the act)
        nxt = tok.at(target.end)
        if target.via in ("adjective", "demonym") and nxt < len(tok.low) and tok.sent[nxt] == lead.sent \
                and tok.low[nxt].isalpha() and self.text[tok.starts[nxt]].islower() and tok.low[nxt] not in self.w.coordinators:
            return False  # "rejected the Hungarian proposal": a thing of that state, told in the text's words
        if self.text[target.end:target.end + 2] in ("'s", "’s") and k > lead.t1:
            return False  # "welcomed Trump's decision": the decision, not Trump
        return k - lead.t1 <= 3 and all(tok.low[j] in self.lex.determiners or tok.low[j] in self.w.prepositions
                                        for j in range(lead.t1, k))

    def _names_state_of(self, location: str, target) -> bool:
        """Is ``location`` a name the text gives the state ``target`` stands for ("Turkey" for Türkiye)?"""
        if target is None:
            return False
        state = target.actor.id if target.actor.kind == "state" else target.actor.country
        got = getattr(self, "_names_of_states", None)  # (state -> its names, once: asked for every event of a long page)
        if got is None or got[0] is not self.mentions:
            names: dict[str, set[str]] = {}
            for m in self.mentions:
                if m.actor.kind == "state" and m.via in ("name", "alias"):  # (not a capital: "New Delhi")
                    names.setdefault(m.actor.id, set()).add(m.text[4:] if m.text.lower().startswith("the ") else m.text)
            got = self._names_of_states = (self.mentions, names)
        return state is not None and location in got[1].get(state, ())

    def _summary(self, entry: TriggerEntry, source, target, location, status, mode, names, obj: str = "",
                 group: bool = False, subject_verb: bool = False, lead: _Cand | None = None,
                 aside: bool = False) -> str:
        src, tgt = self._short(source), self._short(target)
        if target is not None and target.via == "place" and target.text[:1].isupper():
            tgt = target.text  # "Russia withdraws from Kherson", "Russia strikes Odesa": the place told, not its state
        partners = [self._short(m) for m in self._goods_partners(lead)] if lead is not None and lead.target is target else []
        if tgt is not None and partners:
            tgt = ", ".join([tgt] + partners[:-1]) + f" and {partners[-1]}"  # "imposes tariffs on Canada and Mexico"
        if src is None:
            rest = [n for n in names if n != (target.actor.name if target else None)]
            src = rest[0] if rest else None
        if src is None:
            text = self._agentless_summary(entry, target, tgt, obj, lead)
        elif tgt is not None and entry.pair and entry.type in ("CONSULT", "AGREE"):
            text = f"{src} and {tgt} {entry.pair}"
        elif tgt is not None and lead is not None and id(lead) in self._joint_act_ids():
            verb, _, rest = entry.summary.partition(" ")
            text = f"{src} and {tgt} {_plural_verb(verb)} {rest or obj}".rstrip()  # "India and France hold drills",
            # "Colombia and Venezuela reopen their shared border"
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
            elif aside and tgt is not None and (phrase.split()[-1] not in self.w.prepositions or target.via == "story side") \
                    and not (entry.pair and entry.type in ("CONSULT", "AGREE")):
                # a target found in the words said or the act answered is no object of the verb: "Trudeau says
                # (on Iran)", "Tehran rejects the claims (on Ukraine)", never "Trudeau says Iran" (a summary that
                # ends in its own preposition says the relation itself: "pledges to Ethiopia")
                words = phrase.split()
                while len(words) > 1 and words[-1] in self.w.prepositions:
                    words.pop()
                told = obj.lower().split()
                if len(words) > 1 and told and words[-1].lower() == told[0]:
                    words.pop()  # "masses troops near [near] the Ukrainian city"
                elif len(words) > 1 and words[-1].lower() in told:
                    words = words[:1]  # "masses [forces near] 100,000 troops near its border": the verb, then its words
                text = f"{src} {' '.join(words)} {obj}".rstrip()
                if tgt not in obj and not entry.cancels:
                    text += f" (on {tgt})"  # (not "strikes targets near Damascus (on Damascus)", nor "postpones his
                    # trip (on Beijing)": the meeting called off names its own side)
            elif entry.mode == "visit" and target is not None and target.via == "place" and location:
                phrase = next((e.summary for e, _t in self.lex.forms.get(f"{entry.lemma} in", ()) if e.pos == "verb"),
                              phrase)  # ("arrived" where the place is the dateline's: "arrives in Seoul")
                text = f"{src} {phrase} {location}"  # "Kishida arrived in Washington" (a visit to the United States)
            elif entry.mode == "visit" and entry.pos == "verb" and target is not None and target.actor.kind == "person":
                visit = next((e.summary for e, _t in self.lex.forms.get("visit", ()) if e.pos == "verb"), phrase)
                text = f"{src} {visit} {tgt}"  # "flew to Nakhchivan to meet Aliyev": Erdoğan visits Aliyev
            elif entry.type == "RETREAT" and phrase.split()[-1] not in self.w.prepositions and target is not None \
                    and self._prep_before(self.tokens.at(target.start)) == "from":
                text = f"{src} {phrase} from {tgt}"  # "The withdrawal of Russian troops from Syria": the place left
            else:
                text = f"{src} {phrase} {tgt}"
        if group and source is None and src and text.startswith(src + " ") and not names[1:] \
                and (src.lower().endswith("s") or " and " in src or src.lower().split()[0] in self.w.whole_group_words
                     or src.lower().partition(" of ")[0].endswith("s")):  # ("Thousands of supporters of the junta rally")
            verb, _, rest = text[len(src) + 1:].partition(" ")
            text = f"{src} {_plural_verb(verb)} {rest}".rstrip()  # "The separatist authorities accept a ceasefire"
        if mode == "phone" and "phone" not in text:
            text += " by phone"
        if location and location not in text and not self._names_state_of(location, target):
            text += f" in {location}"  # (not "Putin visits Türkiye in Turkey": the target state by another name)
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
            if word.split()[-1].lower() in self.w.prepositions and entry.type in ("ASSAULT", "FIGHT", "COERCE"):
                return f"{word[:1].upper()}{word[1:]} {who}"  # "Fired on Pakistan" (not "Fired on against Pakistan")
            return f"{word[:1].upper()}{word[1:]} against {who}" if entry.type in ("ASSAULT", "FIGHT", "COERCE") \
                else f"{word[:1].upper()}{word[1:]} with {who}" if entry.type in self.w.symmetric_types \
                else f"{word[:1].upper()}{word[1:]} from {who}" if entry.type == "RETREAT" \
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
            e = lead.t0 - 2  # ("that more than 700 people had been arrested" -> "More than 700 people arrested")
            while e > j and tok.low[e] in self.w.perfect_aux_all:
                e -= 1
            if j < e and tok.low[j] in self.w.complement_breaks:
                j += 1
            if j < lead.t0 - 1:  # "The detainees were freed on Friday" -> "The detainees freed"
                subject = self.text[tok.starts[j]:tok.ends[e]]
                return f"{subject[:1].upper()}{subject[1:]} {word.lower()}"
        subject = self._coordinated_passive_subject(lead) if lead is not None else None  # (recall.py)
        if subject:  # "Gershkovich was arrested in March and convicted ... on July 19" -> "Gershkovich convicted"
            return f"{subject} {word.lower()}"
        text = f"{word[:1].upper()}{word[1:]}"
        if obj and lead is not None and lead.entry.pos == "verb" and not text.lower().endswith(obj.lower()):
            text = f"{text} {obj}"
        return text
