"""Stage 3b of the event extractor, continued: where each candidate happened.

The place of a candidate ("in Budapest", "the Hungarian capital"), from the sentence itself, from a trip or visit
named nearby, from a sideline ("on the sidelines of the summit in ..."), from a place phrase fronted before the
sentence's subject ("In Hanoi, Trump said ..."), or from the capital of the host state; a seat of government ("the Oval
Office", "the Kremlin") places the act in its state's capital. (Acts of a placed occasion: occasion_places.py.)
Writes ``location`` and ``location_country``. Moved out of arguments.py unchanged.
"""

from __future__ import annotations

import re

from timeline.events.common import _Cand
from timeline.model import Actor, ActorMention


class LocationMixin:
    """Place (location and its country) of each candidate."""

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
            if w == "," and i + 1 < len(low) and low[i + 1] in self.w.clause_coordinators:
                break  # "visited Riyadh in December, and Raisi was received in Beijing": another clause's place
            order.append(i)
        # ... or just before it, within its phrase ("in Budapest, the leaders met")
        for i in range(c.t0 - 1, max(-1, c.t0 - 5), -1):
            if tok.sent[i] != c.sent or tok.low[i] in (",", ";") or tok.low[i] in self.lex.clause_breaks \
                    or i in self.trigger_toks:
                break
            order.append(i)
        territory = None
        for i in order:
            if tok.low[i] in self.w.settlement_nouns:
                best = self._settlement_at(i, c)  # ("met in the Saudi city of Jeddah": Jeddah)
                if best is not None:
                    break
            m = self.mention_by_tok.get(i)
            if m is not None and self._situation_place(i, m):
                continue  # "pressed Xi on human rights in Xinjiang": where the rights are, not where he pressed
            if m is not None and m.actor.kind == "territory" and territory is None and i >= c.t1:
                # "struck the Gaza Strip": a territory named as the object is where it happened
                territory = (m.actor.name if m.via in ("adjective", "demonym")  # ("the Crimean bridge": Crimea)
                             else m.text[4:] if m.text.lower().startswith("the ") else m.text, m.actor.country)
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
        if best is None and c.medium not in ("phone", "writing") and c.entry.mode != "phone":
            best = self._fronted_place(c)  # ("In Hanoi, Trump said on Thursday ...": the sentence's scene)
        if best is None and c.entry.type == "CONSULT" and c.entry.mode != "phone" and c.medium not in ("phone", "writing"):
            # (a call or a letter is not placed by the trip or the summit around it: "Biden later called Macron")
            best = self._sideline_place(c) or self._trip_place(c) or self._visit_place_before(c)
            told = self._pair_events().get(id(c))
            if best is None and told is not None and told.location:
                best = (told.location, told.location_country)  # "The formal talks were held on Tuesday": where they met
        if best is None and c.entry.mode == "visit" and c.target is not None and c.target.actor.kind == "state":
            name = c.target.text[4:] if c.target.text.lower().startswith("the ") else c.target.text
            best = (name, c.target.actor.country or c.target.actor.id)
        best = self._place_not_said(c, best)  # ("Modi said there was no discrimination in India's democracy")
        best = self._seat_city(best)  # ("in the Oval Office": Washington)
        if best:
            c.location, c.location_country = best
            if c.entry.type == "CONSULT" and not c.quoted:
                self._placed_consults().append(c)
        if c.target is None and c.entry.type == "CONSULT" and c.entry.mode == "visit" and c.location_country \
                and c.source is not None and c.source.actor.country != c.location_country \
                and self._state_of(c.location_country) is not None:
            state = self._state_of(c.location_country)  # "Power arrived in Yerevan": a visit to Armenia
            c.target = ActorMention(c.start, c.end, c.location, state, "place")
        home = None if c.source is None else c.source.actor.country or (
            c.source.actor.id if c.source.actor.kind == "state" else None)
        if c.entry.type == "CONSULT" and c.entry.mode == "visit" and c.entry.pos == "verb" and home \
                and not c.others and not c.group \
                and ((c.target is None and home == c.location_country and len({m.actor.id for m in c.actors}) <= 1)
                     or (c.target is not None and c.target.actor.kind == "state" and c.target.actor.id == home)
                     or (c.target is None and c.t1 in self.mention_by_tok and self.mention_by_tok[c.t1].actor.id == home
                         and self.tokens.sent[c.t1] == c.sent)):
            c.alive = False  # "Biden flew to Chicago for a fundraiser", "before leaving for Washington": travel at home
            # or back home, no visit to anyone
        self._placed_crowd(c)  # "Protesters gathered outside the Russian embassy in Tbilisi": Georgians (gatherings.py)
        if c.source is None:
            c.source = self._placed_body(c)  # "The army fired at protesters in Yangon": Myanmar's army
            if c.source is not None and c.target is not None and c.target.actor.id == c.source.actor.id:
                c.location, c.location_country = c.location or c.target.text, c.location_country or c.source.actor.country
                c.target = None  # (where it acted, not whom it acted on)

    def _situation_place(self, i: int, m) -> bool:
        """"on human rights in Xinjiang", "discussed the situation in northern Gaza", "the war in Ukraine": a country
        or region named by its name after "in" (region words between) right after a noun of a state of affairs
        (cues.yaml ``situation_nouns``) places that situation, not the act; a city keeps placing the act ("talks on
        the war in Doha")."""
        return m.via in ("name", "alias") and m.actor.kind in ("state", "territory") and self._topic_place(i)

    def _topic_place(self, i: int) -> bool:
        """Does the place at token ``i`` follow "in" (an article and region words between) after a noun of a state of
        affairs (cues.yaml ``situation_nouns``, one or two words: "the humanitarian situation in Gaza")?"""
        tok = self.tokens
        if i >= len(tok.low):
            return False
        j = i - 1
        if j > 0 and tok.low[j] in self.w.articles:
            j -= 1
        j = self._before_region_words(j, i, only_after="in")  # ("the situation in northern Gaza")
        if j < 1 or tok.low[j] != "in" or tok.sent[j - 1] != tok.sent[i]:
            return False
        return tok.low[j - 1] in self.w.situation_nouns or (
            j >= 2 and f"{tok.low[j - 2]} {tok.low[j - 1]}" in self.w.situation_nouns)

    def _settlement_at(self, i: int, c: _Cand) -> tuple[str, str | None] | None:
        """"met in the Saudi city of Jeddah", "at the border village of Panmunjom", "visited the town of Bucha": a
        noun of a kind of place (cues.yaml ``settlement_nouns``) at token ``i`` with "of" and a capitalised name after
        it, in a phrase opened by an article after a location preposition or right after the trigger of a visit or of
        an act done in a place that is no meeting's act (cues.yaml ``occasion_act_types``): "visited the town of
        Bucha", "captured the town of Bakhmut"; "discussed the city of Jerusalem": a topic), places the act at that
        name (its state as the gazetteer knows the name; none from an adjective before the noun: "the Azerbaijani
        exclave of Nakhchivan" does not make Azerbaijan a visit's host)."""
        tok = self.tokens
        if i + 2 >= len(tok.low) or tok.low[i + 1] != "of" or tok.sent[i + 2] != tok.sent[i] \
                or not self.text[tok.starts[i + 2]].isupper():
            return None
        j = i - 1
        while j >= 0 and i - j <= 4 and tok.sent[j] == tok.sent[i] and tok.low[j] not in self.w.articles \
                and tok.low[j] not in self.lex.location_preps and j not in self.trigger_toks \
                and tok.low[j] not in self.lex.clause_breaks and tok.low[j] not in (",", ";"):
            j -= 1  # the words between the article and the noun ("the Ukrainian port city")
        if j < 0 or tok.low[j] not in self.w.articles or tok.sent[j] != tok.sent[i]:
            return None
        if not ((j > 0 and tok.low[j - 1] in self.lex.location_preps) or (j == c.t1 and (
                c.entry.mode == "visit" or (c.entry.type not in self.w.occasion_act_types
                                            and c.entry.type.lower() not in self.w.struck_place_acts)))):
            return None  # (the object of a visit or a capture is where it happened; "discussed the city of X": a
            # topic; a strike's object place stays with its struck-place rule: participants._struck_place)
        m = self.mention_by_tok.get(i + 2)
        if m is not None:
            if m.via in ("adjective", "demonym") or m.actor.kind not in ("state", "territory") and m.via not in (
                    "metonym", "capital", "city", "seat", "place"):
                return None
            name = m.text[4:] if m.text.lower().startswith("the ") else m.text
            return name, m.actor.country or m.actor.id
        words = []
        k = i + 2
        while k < len(tok.low) and len(words) < 4 and tok.sent[k] == tok.sent[i] and k not in self.timex_toks \
                and k not in self.mention_cover and self.text[tok.starts[k]].isupper():
            words.append(self.text[tok.starts[k]:tok.ends[k]])
            k += 1
        if not words:
            return None
        places = getattr(self.gazetteer, "places", None) or {}
        for n in range(len(words), 0, -1):
            known = places.get(" ".join(words[:n]))
            if known is not None:
                return " ".join(words[:n]), known[1]
        return " ".join(words), None

    def _placed_consults(self) -> list[_Cand]:
        """The consultations placed so far in the document, in text order."""
        if not hasattr(self, "_placed_consult_list"):
            self._placed_consult_list: list[_Cand] = []
        return self._placed_consult_list

    def _place_at(self, k: int) -> tuple[str, str | None, int] | None:
        """The place named from token ``k`` (a state, capital or city the gazetteer knows, or a listed place), with
        the token after it; None when none is."""
        tok = self.tokens
        if k >= len(tok.low):
            return None
        m = self.mention_by_tok.get(k)
        if m is not None:
            if m.actor.kind not in ("state", "territory") and m.via not in ("metonym", "capital", "city", "seat"):
                return None
            if m.via in ("adjective", "demonym"):
                return None
            name = m.text[4:] if m.text.lower().startswith("the ") else m.text
            return name, m.actor.country or m.actor.id, tok.at(m.end)
        places = getattr(self.gazetteer, "places", None) or {}
        j = k
        while j < len(tok.low) and j - k < 4 and tok.sent[j] == tok.sent[k] and self.text[tok.starts[j]].isupper() \
                and j not in self.mention_cover:
            j += 1
        for n in range(j, k, -1):
            known = places.get(self.text[tok.starts[k]:tok.ends[n - 1]])
            if known is not None:
                return self.text[tok.starts[k]:tok.ends[n - 1]], known[1], n
        return None

    def _sideline_place(self, c: _Cand) -> tuple[str, str | None] | None:
        """"met Erdogan on the margins of the summit", "met on the sidelines of the G20 summit in Osaka": a meeting at
        the edge of a gathering is where the gathering is: the place named after it, else the place of the last
        gathering placed before it in the document."""
        tok = self.tokens
        for k in range(c.t1, min(len(tok.low) - 1, c.t1 + 20)):
            if tok.sent[k] != c.sent or tok.low[k] == ";":
                return None
            if tok.low[k] not in self.w.sideline_nouns or tok.low[k + 1] != "of":
                continue
            for j in range(k + 2, min(len(tok.low) - 1, k + 12)):
                if tok.sent[j] != c.sent or tok.low[j] in self.lex.clause_breaks or tok.low[j] == ",":
                    break
                if tok.low[j] in self.lex.location_preps:
                    at = self._place_at(j + 1)
                    if at is not None:
                        return at[0], at[1]
            gathering = next((d for d in reversed(self._placed_consults()) if d.entry.pos == "noun"
                              and d.entry.mode != "visit" and d.start < c.start), None)
            return (gathering.location, gathering.location_country) if gathering is not None else None
        return None

    def _visit_place_before(self, c: _Cand) -> tuple[str, str | None] | None:
        """"Isaias is in Ethiopia this weekend on his first visit", "Xi flew home from Moscow at the end of a state
        visit": a visit noun named with no destination is in the place its clause put the visitor in (or left for
        home) before it."""
        if c.entry.mode != "visit" or c.entry.pos != "noun":
            return None
        tok = self.tokens
        for k in range(c.t0 - 1, max(-1, c.t0 - 14), -1):
            if tok.sent[k] != c.sent or tok.low[k] == ";" or (
                    k in self.trigger_toks and tok.low[k] not in self.w.trip_verbs):
                return None  # (another act's clause; "flew home from Moscow ... visit": the trip is this visit's end)
            if tok.low[k] == "in" or (tok.low[k] == "from" and k > 0 and tok.low[k - 1] in self.w.return_adverbs):
                at = self._place_at(k + 1)
                if at is not None:
                    return at[0], at[1]
        return None

    def _trips(self) -> list[tuple[int, str, str | None, str | None]]:
        """Every trip the document tells, in text order: (token of the verb, place, its state, the traveller's actor
        id): "Orban flew to Beijing", "He arrived in Kyiv on Tuesday", "returned to Budapest"."""
        if hasattr(self, "_trip_list"):
            return self._trip_list
        tok = self.tokens
        trips: list[tuple[int, str, str | None, str | None]] = []
        for i in tok.where(self.w.trip_verbs):  # (the tokens that are trip verbs, in order: from the word index)
            if i > 0 and tok.low[i - 1] == "before":
                continue  # ("Before leaving for London, Blinken met Xi": told first, the trip comes after)
            for j in range(i + 1, min(len(tok.low) - 1, i + 5)):
                if tok.sent[j] != tok.sent[i] or tok.low[j] in self.lex.clause_breaks or tok.low[j] == ",":
                    break
                if tok.low[j] not in self.w.trip_preps:
                    continue
                at = self._place_at(j + 1)
                if at is None:
                    continue
                traveller = self._traveller(i)
                trips.append((i, at[0], at[1], traveller.actor.id if traveller is not None else None))
                break
        self._trip_list = trips
        return trips

    def _traveller(self, i: int) -> ActorMention | None:
        """Who travels in the clause of the travel verb at token ``i``: the last person or state named before it in
        its sentence (outside a preposition's phrase), else for "he"/"she" the subject of a sentence before."""
        tok = self.tokens
        si = tok.sent[i]
        for k in range(i - 1, max(-1, i - 15), -1):
            if tok.sent[k] != si:
                break
            m = self.mention_by_tok.get(k)
            if m is not None and m.actor.kind in ("person", "state") and m.via not in ("adjective", "demonym") \
                    and self._prep_before(k) is None:
                return m
            if tok.low[k] in self.w.subject_pronouns:
                return self._previous_subject(si, set())
        return None

    def _trip_place(self, c: _Cand) -> tuple[str, str | None] | None:
        """"Orban flew to Beijing on Monday. He met Xi at the state guesthouse hours later": a consultation the
        text places nowhere (or only in a building) happened where one of its parties last travelled, told at most
        three sentences before it (news paragraphs are short: a lede's trip places the next paragraph's meeting)."""
        parties = {m.actor.id for m in (c.source, c.target) if m is not None}
        if not parties or c.entry.mode == "visit":
            return None  # (a visit named without its destination is one told before: merging finds it)
        tok = self.tokens
        visits = [(d.t0, d.location, d.location_country, d.source.actor.id) for d in self._placed_consults()
                  if d.source is not None and d.location_country is not None and (
                      (d.sent < c.sent and (d.entry.mode == "visit" or (
                          d.entry.mode != "phone" and c.status == "occurred")))
                      or (d.sent == c.sent and d.start < c.start))
                  and not (d.t0 > 0 and tok.low[d.t0 - 1] == "before")]  # (as in ``_trips``: the trip comes after)
        # ("Modi visited Kyiv on Friday. He held talks with Zelensky in the Mariinsky Palace": a visit is a trip too;
        # "Trump received Netanyahu in the Oval Office and held a separate meeting with the Emirati minister": so is
        # the same doer's meeting just before, in the same sentence, or, for a meeting that took place, in the
        # sentences before: "Addressing the summit in the Saudi capital, Trump said ... Earlier, Trump met ...")
        for i, name, country, traveller in sorted(self._trips() + visits, key=lambda t: t[0], reverse=True):
            if i >= c.t0:
                continue
            if tok.sent[i] < c.sent - 3:
                return None
            if traveller in parties:
                return None if self._times_apart(tok.sent[i], c.sent) else (name, country)
            if traveller is not None:
                return None  # someone else travelled last: no evidence for this meeting's place
        return None

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
                and tok.low[k] not in preps and tok.low[k] not in self.w.complement_breaks \
                and (k == c.t1 or k not in self.trigger_toks):
            k += 1  # "talks between Russia and Ukraine in Istanbul"
        if k < len(tok.low) and tok.low[k] in preps and tok.sent[k] == c.sent and not self._topic_place(k + 1):
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

    def _fronted_place(self, c: _Cand) -> tuple[str, str | None] | None:
        """"In Hanoi, President Trump said ...", "In Amman on May 1, the ministers sat down with Mekdad and agreed ...",
        "Earlier in the day, in Kabul, Modi had held talks": a place phrase fronted before the sentence's subject (a
        location preposition and a known place, a date after it at most, closed by a comma; one adverbial phrase of
        its own before it) sets the scene of the acts of the sentence after it."""
        tok = self.tokens
        k = tok.at(self.sentences[c.sent][0]) if c.sent < len(self.sentences) else c.t0
        for _ in range(2):  # the place phrase first, or after one fronted phrase ("Earlier in the day, in Kabul, ...")
            if k >= c.t0 or tok.sent[k] != c.sent:
                return None
            comma = next((j for j in range(k, min(c.t0, k + 10)) if tok.low[j] in (",", ";")), None)
            if comma is None or tok.low[comma] != ",":
                return None
            if tok.low[k] in self.lex.location_preps and not (k in self.trigger_toks or comma > c.t0):
                at = self._place_at(k + 1)
                if at is not None and at[2] <= comma and all(j in self.timex_cover or tok.low[j] in ("on", "in")
                                                             for j in range(at[2], comma)):
                    return at[0], at[1]
            if any(j in self.trigger_toks for j in range(k, comma)):
                return None  # (a fronted act of its own: "After meeting Xi in Beijing, Lula said")
            k = comma + 1
        return None

    def _seat_city(self, place: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
        """"received Netanyahu in the Oval Office", "talks at the Kremlin": a seat of government (states.yaml
        ``seats``: a building or office that stands for the state) places the act in the state's capital, as the
        capital is named in the document or else in the gazetteer."""
        if place is None or place[1] is None or self.gazetteer is None or not hasattr(self.gazetteer, "get"):
            return place
        entry = self.gazetteer.get(place[1])
        seats = getattr(entry, "seats", ()) or ()
        name = place[0][4:] if place[0].lower().startswith("the ") else place[0]
        if not any(name.lower() == s.lower() for s in seats):
            return place
        capital = next((f for f, via in entry.forms if via == "metonym" and f not in seats), None)
        return (capital, place[1]) if capital else place

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
