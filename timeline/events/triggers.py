"""Stage 2-3a of the event extractor: trigger mentions.

Finds the lexicon's trigger words and phrases in the tokens and makes a ``_Cand`` for each (entry, part of speech,
tense, token span, sentence, quoted, determiner), drops the ones the filters reject, folds light verbs, noun compounds,
participles and weak nouns into the mention they belong to (``alive = False``), then reads each mention's status
(``status``, ``status_cue``) and medium (``medium``) from the cue words around it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from timeline.events.common import _Cand, _joined
from timeline.events.lexicon import OBJECT_WINDOW, TriggerEntry

#: (id(form_index), first word, next word) -> the forms of ``form_index[first]`` that can start there: one word long or
#: with ``next`` as their second word, in their order (longest first). A word such as "cut" opens hundreds of forms
#: ("cut ties with", "cut off aid to" ...), and the next word tells almost all of them apart (speed only)
_FORMS_AFTER: dict[tuple[int, str, str | None], tuple[dict, tuple[tuple[str, ...], ...]]] = {}
_FORMS_AFTER_MAX = 100_000
_OPENING_QUOTES = "\"“‘«"  # a quotation opens: the words after it are the object, the clause goes on


def _forms_after(form_index: dict, first: str, nxt: str | None) -> tuple[tuple[str, ...], ...]:
    """``tuple(w for w in form_index.get(first, ()) if len(w) == 1 or w[1] == nxt)``, remembered per lexicon."""
    key = (id(form_index), first, nxt)
    got = _FORMS_AFTER.get(key)
    if got is not None and got[0] is form_index:
        return got[1]
    forms = tuple(w for w in form_index.get(first, ()) if len(w) == 1 or w[1] == nxt)
    if len(_FORMS_AFTER) >= _FORMS_AFTER_MAX:
        _FORMS_AFTER.clear()
    _FORMS_AFTER[key] = (form_index, forms)
    return forms


_LAST_WORDS: dict[frozenset[str], frozenset[str]] = {}  # (the last words of a phrase list, for a quick first test)
_FIRST_WORDS: dict[frozenset[str], frozenset[str]] = {}  # (the first words of a phrase list, likewise)


class TriggerMixin:
    """Finding trigger mentions, filtering and folding them, their status and medium."""

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
        j = self._skip_leading_date(j, c.sent)  # "and in May 1998 fighting broke out around the town"
        if not (j < 0 or tok.sent[j] != c.sent or tok.low[j] in (",", ";", ":", "and") or tok.clause[j] != tok.clause[c.t0]):
            return False  # (", and a definitive ceasefire took effect on August 29")
        n = len(tok.low)
        for k in range(c.t1, min(n, c.t1 + 9)):
            if tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0]:
                return False
            if self._has_predicate(k, k + 1):
                return k == c.t1 or tok.low[c.t1] in self.w.prepositions
            if tok.low[k] in self.w.predicate_subject_stops or (k in self.trigger_toks and k != c.t0):
                return False
        return False

    # ---- triggers

    def _find_triggers(self) -> list[_Cand]:
        lex, tok = self.lex, self.tokens
        cands: list[_Cand] = []
        low = tok.low
        n_tok = len(low)
        form_index = lex.form_index
        t0 = 0
        skips = getattr(self, "_trace_skips", None)  # (the trace's record of forms that made no candidate; else None)
        # (only the tokens where some form starts, in order: no form starts elsewhere, and no verb split by a date)
        for at in tok.where(form_index.keys()):
            if at < t0:
                if skips is not None:
                    skips.append((at, at + 1, "inside a longer form before it"))
                continue  # (inside the form found before)
            t0 = at
            match = None
            nxt = low[t0 + 1] if t0 + 1 < n_tok else None
            for words in _forms_after(form_index, low[t0], nxt):  # longest form first (the second word tells most apart)
                n = len(words)
                if tuple(low[t0:t0 + n]) == words and tok.sent[min(t0 + n - 1, n_tok - 1)] == tok.sent[t0]:
                    if match is not None:
                        match = words  # the shorter form, without the preposition that opens a date
                        break
                    match = words
                    if not (n > 1 and words[-1] in self.w.prepositions and self._timex_at(t0 + n)):
                        break
                    # "agreed on Monday": no "agree on" when "agreed" is a trigger of its own (else keep "arrived in")
            why = None
            if match is not None and self._objects_missing(match, t0):
                # "called up 60,000 reservists" is a mobilisation, "called up Macron" a phone call
                why = "objects required but none there" if len(match) == 1 else "a longer form's objects missing"
                match = next((w for w in _forms_after(form_index, low[t0], nxt) if len(w) < len(match)
                              and tuple(low[t0:t0 + len(w)]) == w and not self._objects_missing(w, t0)), None)
            elif match is None:
                why = "only longer forms start there, none fits"
            if match is None:
                c = self._split_by_date(t0)
                if c is not None:
                    cands.append(c)
                elif skips is not None:
                    skips.append((t0, t0 + 1, why))
                t0 += 1
                continue
            if len(match) == 1 and t0 + 1 in self._timex_tok_starts():
                c = self._split_by_date(t0)  # "spoke today with Xi", "called on Monday for a truce": the two-word form
                if c is not None:
                    cands.append(c)
                    t0 += 1
                    continue
            next_t0 = t0 + len(match)
            options = lex.forms.get(_joined(match), ())
            c = self._make_candidate(t0, next_t0, options)
            if c is not None:
                cands.append(c)
            elif skips is not None and not options:
                skips.append((t0, next_t0, "a form with no entry"))
            t0 = next_t0
        return cands

    def _timex_tok_starts(self) -> set[int]:
        starts = getattr(self, "_timex_first_toks", None)
        if starts is None:  # tokens where a date expression starts, and the words that may open one ("on", "late")
            tok = self.tokens
            starts = self._timex_first_toks = {tok.at(t.start) for t in self.timexes} | {
                tok.at(t.start) - 1 for t in self.timexes if tok.at(t.start) > 0}
        return starts

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
        if j not in ends and tok.low[j] in self.w.time_of_day_modifiers:
            j += 1
        if j not in ends and tok.low[j] in self.w.prepositions:
            j += 1  # "on Monday", "late on Tuesday"
        k = ends.get(j)
        if k is None or k >= len(tok.low) or tok.sent[k] != tok.sent[t0]:
            return None
        for words in _forms_after(lex.form_index, tok.low[t0], tok.low[k]):
            if len(words) == 2 and words[1] == tok.low[k] and words[1] in self.w.prepositions:
                options = tuple(o for o in lex.forms.get(" ".join(words), ()) if o[0].pos == "verb")
                return self._make_candidate(t0, t0 + 1, options) if options else None
        return None

    def _objects_missing(self, words: tuple[str, ...], t0: int) -> bool:
        """Is every entry of this form one that needs an object (``objects``) and none is there?"""
        options = self.lex.forms.get(_joined(words), ())
        return bool(options) and all(e.objects and not self._has_object(e.objects, t0, t0 + len(words))
                                     for e, _ in options)

    def _appositive_name_end(self, k: int) -> int | None:
        """The closing comma of a name set off by commas after the comma at ``k`` ("its ambassador, Jane Doe,
        home"): one to four capitalised words, or an actor mention, then a comma, in the same sentence."""
        tok, n = self.tokens, len(self.tokens.low)
        j = k + 1
        while j < n and j - k <= 4 and tok.sent[j] == tok.sent[k] and tok.low[j] != ",":
            word = self.text[tok.starts[j]:tok.starts[j] + 1]
            if not (word.isupper() or j in self.mention_cover):
                return None
            j += 1
        return j if j > k + 1 and j < n and tok.low[j] == "," and tok.sent[j] == tok.sent[k] else None

    def _has_object(self, words: tuple[str, ...], t0: int, t1: int) -> bool:
        """One of ``words`` is the object of the trigger at [t0, t1): within a few words after it in its clause
        ("closed two border crossings", "expelled the French ambassador"), or before a passive ("two diplomats
        were expelled", "the border crossings it closed" is not read)."""
        tok, n = self.tokens, len(self.tokens.low)
        if "@actor" in words and t1 < n and tok.sent[t1] == tok.sent[t0] and t1 in self.mention_by_tok \
                and self.mention_by_tok[t1].actor.kind in ("state", "igo"):
            return True  # "The African Union suspended Niger"
        dates = self._date_tokens()  # (tokens of date expressions: "declared on Wednesday that ...")
        seen, skip_to = 0, t1
        for k in range(t1, n):
            w = tok.low[k]
            if tok.sent[k] != tok.sent[t0] or seen > OBJECT_WINDOW:
                break
            if k < skip_to:
                continue
            if k in dates or (w in self.w.prepositions and k + 1 < n and self._timex_at(k + 1)):
                continue  # (dates first: "posted strong growth on Monday" posts nothing "on" anything)
            if w == "," and k > t1 and (close := self._appositive_name_end(k)) is not None:
                skip_to = close + 1  # "called its ambassador, Jane Doe, home": a name between commas
                continue
            if w in words:
                return True
            if k in self.mention_cover and k > t1 and tok.low[k - 1] in self.w.place_preps_to \
                    and self.mention_cover[k].via in ("place", "capital", "city", "metonym", "name"):
                continue  # "called its high commissioner in Islamabad home"
            if w in self.w.place_preps and k + 1 < n and k + 1 in self.mention_by_tok:
                continue
            seen += 1
            if w in self.w.clause_coordinators and k > t1 and k + 1 < n and any(
                    e.pos == "verb" and tense == "past" for e, tense in self.lex.forms.get(tok.low[k + 1], ())):
                break  # ("welcomed the outcome and urged both leaders to ...": the next verb's object, not this one's)
            if w == "," and 0 < k < n - 1 and tok.low[k - 1].isdigit() and tok.low[k + 1].isdigit():
                continue  # "60,000 reservists"
            if w in self.w.approximators and k + 1 < n and tok.low[k + 1][:1].isdigit():
                continue  # "froze about 200 billion euros of assets": a number, not a preposition
            if w == "in" and k > t1 and tok.low[k - 1] in self.w.amount_words:
                continue  # ("announced $500 million in military aid": the amount's "in" leads to the object)
            if w in (",", ";", ".", ":") or (w in self.lex.clause_breaks and w not in words) \
                    or (w in self.w.prepositions and w != "of" and w not in words
                        and not self._object_past_modifiers(k + 1, words)):
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

    def _object_past_modifiers(self, k: int, words: tuple[str, ...]) -> bool:
        """Is one of ``words`` the noun of the phrase opening at ``k``, right after a preposition, past a few words
        that modify it ("with sanctions", "with new sanctions", "with 25% tariffs", "with a sweeping 10 percent
        tariff") or a measure noun and "of" ("with a new round of sanctions")? Not past a name, a punctuation mark
        (but "%"), another preposition or a clause break."""
        tok, n = self.tokens, len(self.tokens.low)
        measured = False
        for j in range(k, min(n, k + 6)):
            w = tok.low[j]
            if tok.sent[j] != tok.sent[k] or (j >= k + 4 and not measured):
                return False  # (a few modifiers only; two more after a measure noun and "of")
            if w in words:
                return True
            if w == "of" and j > k and tok.low[j - 1] in self.lex.measure_nouns:
                measured = True
                continue  # "with a new round of sanctions": the measured noun is the object
            if not (w[:1].isalnum() or w in ("%", "$", "-")) or w in self.w.prepositions \
                    or w in self.lex.clause_breaks or j in self.mention_cover or j in self._object_skip \
                    or (self.text[tok.starts[j]].isupper() and not w[:1].isdigit()):
                return False
        return False

    def _make_candidate(self, t0: int, t1: int, options) -> _Cand | None:
        """The trigger mention at tokens [t0, t1), or None when the words are no trigger here."""
        tok, text = self.tokens, self.text
        start = tok.starts[t0]
        options = tuple(o for o in options if not o[0].objects or self._has_object(o[0].objects, t0, t1))
        if not options or self._inside_date(t0):
            return None
        if text[start].isupper() and t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] \
                and tok.low[t0 - 1] not in ('"', "“", "(", "‘", "'", ":", "—") and not self._named_occasion(t0, options):
            return None  # a capitalised trigger word mid-sentence is a name ("Summit Avenue")
        choice = self._choose_entry(options, t0, t1)
        if choice is None:
            return None
        entry, tense, t1 = choice
        if entry.pos == "verb" and tense == "present" and t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] \
                and tok.low[t0 - 1] in self.lex.light_verbs and self._plain_past_word(t0 - 1) \
                and any(e.pos == "noun" for e, _t in self.lex.forms.get(tok.low[t0], ())):
            tense = "past"  # ("Modi held talks with Kishida": "talks", a noun too, is what a past light verb tells as
            # done, not a verb in the present)
        if not self._passes_filters(entry, tense, t0, t1):
            return None
        for type_, words in entry.object_types:
            if self._has_object(words, t0, t1):
                entry = replace(entry, type=type_, object_types=(), status=None,
                                cancels=entry.cancels if self._has_object(tuple(self.w.event_objects), t0, t1) else None)
                # "withdrew its ambassador":
                # SANCTION ("suspended its membership" reduces relations, it calls off no event)
                break
        if entry.type == "CONCEDE" and entry.pos == "verb" and self._substance_let_out(t1):
            return None  # "began releasing treated water into the sea": a substance let out, no one freed
        end = tok.ends[t1 - 1]
        c = _Cand(entry=entry, tense=tense, start=start, end=end, text=text[start:end], t0=t0, t1=t1,
                  sent=tok.sent[t0], quoted=self._in_quote(start))
        c.determiner = self._determiner_before(t0)
        return c

    def _substance_let_out(self, t1: int) -> bool:
        """Is the object right after the verb ending before ``t1`` a substance (cues.yaml ``released_substances``):
        "releasing treated water", "released the radioactive gas" (within three words, before any preposition)?"""
        tok = self.tokens
        for k in range(t1, min(len(tok.low), t1 + 3)):
            if tok.sent[k] != tok.sent[t1] or not tok.low[k][:1].isalnum() or tok.low[k] in self.w.prepositions:
                return False
            if tok.low[k] in self.w.released_substances:
                return True
        return False

    def _inside_date(self, t0: int) -> bool:
        """Is the capitalised word at ``t0`` part of a date expression ("March 4: Ankara recalls ...", "in May")? A
        month name is no event noun ("march", "may")."""
        if not self.text[self.tokens.starts[t0]].isupper():
            return False
        return t0 in self._date_tokens()

    def _date_tokens(self) -> set[int]:
        """The indices of the tokens inside date expressions (made once per document, kept in ``_object_skip``)."""
        if self._object_skip is None:
            tok = self.tokens
            self._object_skip = {k for t in self.timexes for k in range(tok.at(t.start), tok.at(t.end))}
        return self._object_skip

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
        if self._members_of_body(t0):
            return True
        if self._opens_subject(t0):  # (recall.py: "as protests over the result spread")
            return True
        if (t0 == 0 or tok.sent[t0 - 1] != tok.sent[t0]) and tok.low[t0].endswith("s") \
                and not tok.low[t0].endswith(("ss", "us", "is")) \
                and any(e.pos == "noun" for e, _ in self.lex.forms.get(tok.low[t0], ())):
            return True  # "Sanctions on Syria were lifted on Friday": a word in -s opening its sentence has no subject
            # before it, so it is no verb in -s but a plural noun
        j = t0 - 1
        while j >= 0 and t0 - j <= 3 and tok.sent[j] == tok.sent[t0] and tok.low[j] in self.w.adjective_words:
            j -= 1
        if 0 <= j < t0 - 1 and tok.sent[j] == tok.sent[t0] and tok.low[j] in self.lex.light_verbs \
                and tok.low[j] not in self.w.agree_join_forms \
                and any(e.pos == "noun" for e, _ in self.lex.forms.get(tok.low[t0], ())):
            return True  # "held separate talks with Sisi", "held talks with": the object of a light verb is a noun
        if tok.low[t0].endswith("ing"):  # "in an overnight cabinet meeting": a determiner before an -ing word
            for j in range(t0 - 1, max(-1, t0 - 4), -1):
                w = tok.low[j]
                if tok.sent[j] != tok.sent[t0] or w in self.w.prepositions or w in self.lex.clause_breaks \
                        or j in self.mention_cover or not w.isalpha():
                    break
                if w in self.w.indefinite_articles:
                    return True
        if t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] and tok.low[t0 - 1].endswith("ing") \
                and any(tense == "ing" and e.pos == "verb" for e, tense in self.lex.forms.get(tok.low[t0 - 1], ())):
            return True  # "rejecting offers", "launching strikes": the object of an -ing verb is a noun
        if t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] and tok.low[t0].endswith("s") \
                and any(tense == "past" and e.pos == "verb" and " " not in e.lemma
                        for e, tense in self.lex.forms.get(tok.low[t0 - 1], ())):
            return True  # "struck targets", "fired rockets": a word in -s right after a past verb is its object
        if t0 >= 2 and tok.low[t0 - 2] == "to" and tok.sent[t0 - 2] == tok.sent[t0] and self._object_of_infinitive(t0):
            return True  # "decided to join sanctions", "agreed to resume talks": a word in -s after "to <verb>" is its
            # object
        named = False  # (a capitalised name skipped: "the Camp David retreat")
        for j in range(t0 - 1, max(-1, t0 - 4), -1):
            if tok.sent[j] != tok.sent[t0]:
                return False
            w = tok.low[j]
            if w in self.lex.determiners:
                forms = self.lex.forms.get(tok.low[t0], ())
                return not (named and all(e.pos == "verb" and tense == "past" for e, tense in forms))
                # ("the First Lady hosted": after a name a word with no noun reading is the verb of that subject)
            if w.endswith(("'s", "’s")):
                return True  # "Russia's invasion"
            if j == t0 - 1 and w in self.w.prepositions and w not in self.w.verb_preps and self._joined_in(t0) is None:
                return True  # "twelve days of strikes" (not "joined France in condemning")
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
                hyphen_compound = "-" in w and not (m.actor.kind == "person" and m.end >= tok.ends[j]) \
                    and m.via != "description"  # (not "Ma Ying-jeou met", "the UN secretary-general condemned")
                if j == t0 - 1 and m.end >= tok.ends[j] and tok.low[t0].endswith("ing") and m.actor.kind != "person" \
                        and not (t0 + 1 < len(tok.low) and tok.low[t0 + 1] in self.lex.determiners):  # ("meeting its")
                    k = tok.at(m.start) - 1  # "a first White House meeting", "the NATO meeting": a name as modifier
                    while k >= 0 and tok.sent[k] == tok.sent[t0] and tok.low[k] in self.w.adjective_words:
                        k -= 1
                    if k >= 0 and tok.sent[k] == tok.sent[t0] and tok.low[k] in self.w.articles \
                            and not (k > 0 and tok.low[k - 1] == "of"):  # (not "leaders of the EU meeting in ...")
                        return True
                return j == t0 - 1 and (hyphen_compound or (m.via in ("adjective", "demonym") and not plural_people))
            if self.text[tok.starts[j]:tok.starts[j] + 1].isupper() and j > 0 and tok.sent[j - 1] == tok.sent[t0] \
                    and w not in self.lex.adjective_heads and w not in self.lex.title_nouns:
                named = True
                continue  # "the Camp David retreat", "the Maryland retreat": a name before the noun
            if self._possessed_modifier(j, t0) or self._modifier_after_preposition(j, t0):
                return True
            if not self._adjective_like(w) or w in self.lex.adjective_heads or w in self.lex.title_nouns \
                    or self._number_head(j, t0):
                return False  # "the two governments signed", "the Israeli military accused": a noun, so a verb here
            if j == t0 - 1 and w not in self.w.adjective_words and not w.isdigit():
                return True  # "the presidential retreat", "a productive call" (not "who first met")
        return False

    def _object_of_infinitive(self, t0: int) -> bool:
        """Is the word in -s at ``t0`` the object of a bare verb after "to" ("Serbia's decision to join sanctions",
        "ready to back talks")? No verb in -s follows "to <verb>" (not a name, a number, a plural or a determiner
        between)."""
        tok = self.tokens
        w, prev = tok.low[t0], tok.low[t0 - 1]
        return w.endswith("s") and not w.endswith(("ss", "us", "is")) and prev.isalpha() and not prev.endswith("s") \
            and t0 - 1 not in self.mention_cover and prev not in self.lex.determiners \
            and not self.text[tok.starts[t0 - 1]].isupper() and not self._timex_at(t0 - 1)

    def _possessed_modifier(self, j: int, t0: int) -> bool:
        """"one of Moscow's main demands", "Beijing's latest sanctions", "Pyongyang's firm support": one plain word between
        a possessive and a word in -s (or a bare form) describes it, so that word is a noun (not "Russia's president
        demands": a title or a head that acts)."""
        tok = self.tokens
        w, v = tok.low[j], tok.low[t0]
        bare = v.isalpha() and not v.endswith(("s", "ed")) and not w.endswith("s") \
            and not any(tense == "past" for _e, tense in self.lex.forms.get(v, ()))  # (not "Erdogan's office said")
        # ("North Korea's firm support": no bare verb follows a singular head, so a bare form there is a noun)
        return j == t0 - 1 and j > 0 and tok.sent[j - 1] == tok.sent[t0] and tok.low[j - 1].endswith(("'s", "’s")) \
            and (v.endswith("s") or bare) and w.isalpha() and j not in self.mention_cover \
            and w not in self.lex.adjective_heads and w not in self.lex.title_nouns and w not in self.lex.group_nouns \
            and w not in self.lex.agent_heads

    def _modifier_after_preposition(self, j: int, t0: int) -> bool:
        """"200 tonnes of relief supplies", "with fresh sanctions": one plain lowercase word (or two, the second
        adjective-like: "with sweeping new sanctions") between a preposition and a word in -s describes it, so that word
        is a noun (no verb follows a preposition and one or two such words)."""
        tok = self.tokens
        p = j - 1  # ("of the Pacific island states": an article and names between the preposition and the word)
        while p > 0 and j - p <= 3 and tok.sent[p] == tok.sent[t0] and p not in self.mention_cover and (
                tok.low[p] in self.w.articles or (self.text[tok.starts[p]].isupper() and tok.low[p].isalpha())):
            p -= 1
        if p < j - 1 and tok.low[j - 1] in self.w.articles:
            p = j - 1  # (the article right before the word: the rules after a determiner decide)
        second = j == t0 - 2 and tok.low[t0 - 1].isalpha() and t0 - 1 not in self.mention_cover \
            and not self.text[tok.starts[t0 - 1]].isupper() and self._adjective_like(tok.low[t0 - 1])
        # (two words: "with sweeping new sanctions", "with tough new tariffs")
        return (j == t0 - 1 or second) and p >= 0 and tok.sent[p] == tok.sent[t0] and tok.low[p] in self.w.prepositions \
            and tok.low[p] not in self.w.verb_preps and tok.low[t0].endswith("s") \
            and not tok.low[t0].endswith(("ss", "us", "is")) and tok.low[j].isalpha() and j not in self.mention_cover \
            and not self.text[tok.starts[j]].isupper() and tok.low[j] not in self.lex.group_nouns \
            and tok.low[j] not in self.w.subject_pronouns and tok.low[j] not in self.w.object_pronouns

    def _number_head(self, j: int, t0: int) -> bool:
        """"the two declared a partnership", "the three signed": a number right after "the" and right before a
        past-tense trigger stands for the people just named (cues.yaml ``number_heads``), so the trigger is a verb."""
        tok = self.tokens
        return j == t0 - 1 and j > 0 and tok.low[j] in self.lex.number_heads and tok.low[j - 1] == "the" \
            and any(tense == "past" and e.pos == "verb" for e, tense in self.lex.forms.get(tok.low[t0], ()))

    def _members_of_body(self, t0: int) -> bool:
        """"fourteen European Union states, among them Germany", "the Arab states": a plural word for a group
        (cues.yaml ``group_nouns``) right after an organization or a demonym is a noun, not a verb ("states")."""
        tok = self.tokens
        m = self.mention_cover.get(t0 - 1) if t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] else None
        if m is None or tok.low[t0] not in self.lex.group_nouns:
            return False
        nxt = tok.low[t0 + 1] if t0 + 1 < len(tok.low) and tok.sent[t0 + 1] == tok.sent[t0] else ""
        return (m.actor.kind == "igo" or m.via in ("adjective", "demonym")) and nxt != "that"

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
            nxt, low = self.tokens.low[t0 + 1], self.tokens.low
            governed = any(low[j] in self.lex.light_verbs and self.tokens.sent[j] == self.tokens.sent[t0]
                           for j in range(max(0, t0 - 3), t0))
            head_nouns = [o for o in head if o[0].pos == "noun" and (
                not governed or nxt not in o[0].not_next or (nxt in self.w.prepositions and self._timex_at(t0 + 2)))]
            # ("made a call on Israel to halt": no phone call, the noun's own excluded next words hold after a light
            # verb too)
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
        if self.tokens.low[t0].endswith("ing") and (nxt in self.lex.determiners or nxt in self.w.requirement_nouns) \
                and any(w in self.w.requirement_nouns for w in self.tokens.low[t1:t1 + 4]):
            return None  # "fell short of meeting the demands", "meeting its targets": a requirement met, no one met
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
            if entry.lemma in self.w.regard_lemmas and t1 in self.mention_by_tok:
                k = self.tokens.at(self.mention_by_tok[t1].end)
                if k < len(self.tokens.low) and self.tokens.low[k] == "as":
                    continue  # "saw Mexico as an equal partner": an opinion of the one named, no meeting
            if entry.next_actor and (t1 not in self.mention_by_tok or self.tokens.sent[t1] != self.tokens.sent[t0]
                                     or self.text[self.mention_by_tok[t1].end:self.mention_by_tok[t1].end + 2] in ("'s", "’s")):
                quoted = nxt[:1] in _OPENING_QUOTES and t1 + 1 < len(self.tokens.low) \
                    and self.tokens.sent[t1 + 1] == self.tokens.sent[t0]
                at_end = t1 >= len(self.tokens.low) or self.tokens.sent[t1] != self.tokens.sent[t0] \
                    or not nxt[:1].isalnum() and not quoted  # ('received "attractive news"': a quoted object goes on)
                if not (entry.next_words and (at_end or nxt in entry.next_words or self._timex_at(t1)
                                              or quoted and self.tokens.low[t1 + 1] in entry.next_words)) \
                        and not self._passive_of_people(t0, t1) and not self._unknown_name_at(t1) \
                        and not self._officials_after(t1) and not self._the_name_at(t0, t1):
                    continue
            return entry, tense, t1
        return None

    def _officials_after(self, k: int) -> bool:
        """"briefed the four European leaders", "received the two delegations", "will brief the other leaders": a
        verb that needs an actor after it met people named by their office as a group (cues.yaml ``official_groups``)
        after a determiner or possessive and up to two modifiers, in its clause."""
        tok, w = self.tokens, self.w
        if k >= len(tok.low) or (tok.low[k] not in self.lex.determiners and tok.low[k] not in w.possessive_pronouns):
            return False
        for j in range(k + 1, min(len(tok.low), k + 4)):
            if tok.sent[j] != tok.sent[k] or not tok.low[j][:1].isalnum() or tok.low[j] in w.prepositions:
                return False
            if tok.low[j] in w.official_groups:
                return True
        return False

    def _the_name_at(self, t0: int, k: int) -> bool:
        """"went to the United States", "met the Dalai Lama": a verb that needs an actor after it met a name the
        gazetteer knows right after "the" (the name's mention leaves the article out), in its sentence; not an
        adjective or demonym ("went to the Chinese market"), nor a name that qualifies the noun after it."""
        tok = self.tokens
        m = self.mention_by_tok.get(k + 1)
        if m is None or tok.low[k] != "the" or tok.sent[k + 1] != tok.sent[t0] or m.via in ("adjective", "demonym") \
                or self.text[m.end:m.end + 2] in ("'s", "’s"):
            return False
        j = tok.at(m.end)  # ("departing for the G20 summit", "met the United States ambassador": the name qualifies a
        # noun after it, which is the object)
        return j >= len(tok.low) or tok.sent[j] != tok.sent[t0] or not tok.low[j].isalpha() \
            or tok.low[j] in self.w.prepositions or tok.low[j] in self.w.list_separators

    def _unknown_name_at(self, k: int) -> bool:
        """"met Hu Jintao", "called Lien Chan": a full name the gazetteer does not know (two capitalised words, no
        date, no actor) after a verb that needs an actor after it; also one titled by the body it serves ("sat down
        with Microsoft co-founder Bill Gates", "met Tesla chief executive Elon Musk": a capitalised word, up to three
        lowercase words, then the name)."""
        tok, text = self.tokens, self.text
        if self._unknown_full_name_at(k):
            return True
        if k >= len(tok.low) or k in self.mention_cover or not text[tok.starts[k]].isupper() \
                or not tok.low[k].isalpha() or tok.low[k] in self.lex.determiners or self._timex_at(k):
            return False
        j = k + 1
        while j < min(len(tok.low), k + 4) and tok.sent[j] == tok.sent[k] and text[tok.starts[j]].islower() \
                and tok.low[j].replace("-", "").isalpha() and tok.low[j] not in self.w.prepositions \
                and tok.low[j] not in self.lex.clause_breaks:
            j += 1
        return k + 1 < j < len(tok.low) and tok.sent[j] == tok.sent[k] and self._unknown_full_name_at(j)

    def _unknown_full_name_at(self, k: int) -> bool:
        """Two capitalised words at ``k`` (no date, no actor, no determiner): a full name the gazetteer does not know."""
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
            and ((t0 - 2 in self.mention_cover and self.mention_cover[t0 - 2].actor.kind in ("person", "state", "igo"))
                 or self._coordinated_subject_of_passive(t0) or self._relative_subject_of_passive(t0)
                 or self._apposed_subject_of_passive(t0)) \
            and t1 + 1 in self.mention_by_tok and tok.sent[t0 - 2] == tok.sent[t1 + 1] == tok.sent[t0]

    def _relative_subject_of_passive(self, t0: int) -> bool:
        """"Scholz, who flew in with business leaders, was received by Xi": a comma before the auxiliary closes a
        relative clause ("who", "whose") that follows the subject, an actor named right before it."""
        tok = self.tokens
        if tok.low[t0 - 2] != ",":
            return False
        j = t0 - 3
        while j > 0 and tok.sent[j] == tok.sent[t0] and tok.low[j] != ",":
            j -= 1
        return j > 0 and tok.low[j] == "," and tok.sent[j] == tok.sent[t0] and j + 1 < t0 - 2 \
            and tok.low[j + 1] in self.w.relative_who_which and j - 1 in self.mention_cover \
            and self.mention_cover[j - 1].actor.kind in ("person", "state", "igo")

    def _apposed_subject_of_passive(self, t0: int) -> bool:
        """"The new ambassador, Ana Ruiz, was received by the president": a person named between commas right before
        the auxiliary is the apposed name of the subject."""
        tok = self.tokens
        m = self.mention_cover.get(t0 - 3) if tok.low[t0 - 2] == "," else None
        if m is None or m.actor.kind != "person":
            return False
        k = tok.at(m.start)
        return k > 0 and tok.low[k - 1] == "," and tok.sent[k - 1] == tok.sent[t0]

    def _coordinated_subject_of_passive(self, t0: int) -> bool:
        """"The foreign minister arrived six days later and was received by Abiy": "and" before the auxiliary, and
        the sentence's subject, an actor, opens it: the passive shares that subject."""
        tok = self.tokens
        if tok.low[t0 - 2] != "and":
            return False
        j = t0 - 3
        while j >= 0 and tok.sent[j] == tok.sent[t0]:
            j -= 1
        first = j + 1
        while first < min(t0 - 2, j + 7) and first not in self.mention_cover and (
                tok.low[first] in self.lex.determiners or tok.low[first] in ("his", "her", ",")
                or tok.low[first] in self.lex.adjective_heads or self._adjective_like(tok.low[first])):
            first += 1  # ("His foreign minister, Osman Saleh, arrived ...")
        m = self.mention_cover.get(first)
        return m is not None and m.actor.kind in ("person", "state", "igo")

    def _after_singular_modifier(self, t0: int) -> bool:
        """"an implementation annex", "an official visit", "development aid and budget support": "a/an/each/every" and
        one word, or a singular noun after "and", before a base form: the word is a noun's modifier (a singular subject
        would take "annexes", "visits", "supports")."""
        tok = self.tokens
        if t0 < 2 or tok.sent[t0 - 2] != tok.sent[t0] or not tok.low[t0 - 1].isalpha() or t0 - 1 in self.mention_cover:
            return False
        if tok.low[t0 - 2] in self.w.singular_quantifiers:
            return True
        prev = tok.low[t0 - 1]
        if tok.low[t0 - 2].endswith(("'s", "’s")) and not prev.endswith("s") and prev not in self.w.adverbs \
                and prev not in self.lex.modals and not prev.endswith("ly"):
            return True  # "President Xi Jinping's state visit": a possessive's one-word modifier (a verb would be "visits")
        if self._demonym_compound(t0):
            return True  # "protests Chinese water cannon attack": the head of a noun phrase a demonym opens
        return tok.low[t0 - 2] in self.w.coordinators and not prev.endswith("s") and prev not in self.w.adverbs \
            and prev not in self.w.not_noun_context and prev not in self.lex.pronouns \
            and prev not in self.w.clause_words_before_and \
            and not prev.endswith("ly") and not prev.endswith("ed") and prev not in self.lex.forms

    def _demonym_compound(self, t0: int) -> bool:
        """"Chinese water cannon attack", "a Russian drone strike": singular nouns that follow a demonym or a state's
        adjective, before a base form at ``t0``: the base form is the head noun of that phrase (a subject of one
        singular noun would take "attacks"; "Chinese troops attack": a plural ends the walk)."""
        tok = self.tokens
        j = t0 - 1
        while j >= 0 and t0 - j <= 3 and tok.sent[j] == tok.sent[t0] and j not in self.mention_cover:
            w = tok.low[j]
            if not w.isalpha() or w.endswith(("s", "ly", "ed")) or w in self.w.adverbs or w in self.lex.modals \
                    or w in self.lex.pronouns or w in self.lex.forms or w in self.w.not_noun_context \
                    or w in self.lex.determiners or w in self.w.prepositions:
                return False
            j -= 1
        m = self.mention_cover.get(j)
        return j < t0 - 1 and m is not None and m.via in ("adjective", "demonym") and tok.sent[j] == tok.sent[t0]

    def _opens_clause(self, t0: int) -> bool:
        """Nothing but adjectives stands between the clause's start (or a comma) and the word at ``t0``."""
        tok = self.tokens
        j = t0 - 1
        while j >= 0 and tok.sent[j] == tok.sent[t0] and t0 - j <= 3 and self._adjective_like(tok.low[j]) \
                and j not in self.mention_cover:
            j -= 1
        j = self._skip_leading_date(j, tok.sent[t0])  # ("and in May 1998 fighting broke out")
        return j < 0 or tok.sent[j] != tok.sent[t0] or tok.low[j] in (",", ";", ":") \
            or (tok.low[j] == "and" and j + 1 < t0 and tok.low[j + 1] in self.w.fronted_date_preps)
        # (not "while fighting continues")

    def _predicative_object(self, t1: int) -> bool:
        """"called the meeting a historic milestone", "called her remarks "nasty"", "called Putin a dictator",
        "called it a betrayal": an object (an actor, a pronoun, or a noun phrase after a determiner), then a
        description of it opened by "a"/"an" or a quotation mark (not inside a prepositional phrase, not a date:
        "called Macron a day after the vote" is a phone call)."""
        tok, n = self.tokens, len(self.tokens.low)
        if t1 >= n or tok.sent[t1] != tok.sent[t1 - 1]:
            return False
        if self._blamed_object(t1) is not None:
            return True  # ("called the attack on Kyiv barbaric", "called Western sanctions illegal")
        m = self.mention_by_tok.get(t1)
        if m is not None:
            j = first = tok.at(m.end)
        elif tok.low[t1] in self.w.object_pronouns:
            j = first = t1 + 1
        elif tok.low[t1] in self.lex.determiners and tok.low[t1] not in self.w.new_thing_determiners:
            j, first = t1 + 1, t1 + 2
        else:
            return False
        for k in range(j, min(n, j + 6)):
            w = tok.low[k]
            if tok.sent[k] != tok.sent[t1] or w in self.w.predicative_object_stops \
                    or w in self.lex.clause_breaks:
                return False
            if k >= first and self._bare_blame_at(k, first):
                return True  # ("called the move unconscionable": a bare description that blames)
            if k >= first and (w in ("a", "an", '"', "“") or (w == "one" and k + 1 < n and tok.low[k + 1] == "of")
                               or w == "the") \
                    and tok.low[k - 1] not in self.w.prepositions and not self._timex_at(k):
                return True  # (and "called the news conference one of the most disgraceful performances", "called the
                # agreement the completion of decolonisation"; not "called the president the next day", a date)
        return False

    def _bare_blame_at(self, k: int, first: int) -> bool:
        """Is the word at ``k`` a bare adjective that blames (cues.yaml ``predicative_blame``), ending the description
        after a predicative object that opens at ``first`` ("called the move unconscionable on Monday", "called the
        Russian strikes barbaric"; not "a war criminal", not "the most disgraceful performances")?"""
        tok, n = self.tokens, len(self.tokens.low)
        if tok.low[k] not in self.w.predicative_blame or any(
                tok.low[j] in self.w.articles or tok.low[j] in ('"', "“", "most", "more") for j in range(first, k)):
            return False
        nxt = tok.low[k + 1] if k + 1 < n and tok.sent[k + 1] == tok.sent[k] else "."
        return nxt in (".", ",", ";", ":", "and", "but", "!", "?") or nxt in self.w.prepositions or self._timex_at(k + 1)

    def _blamed_object(self, t1: int) -> int | None:
        """"called the attack on Kyiv barbaric", "called the US arms sale to Taiwan provocative", "called the government's
        plan reckless", "called Western sanctions illegal", "called a vote illegal under EU law": the token of the bare
        adjective that blames (``_bare_blame_at``) closing the object that opens at ``t1`` (a noun phrase with its
        possessives and phrases opened by cues.yaml ``blamed_object_preps``), or of the article opening a description
        that condemns (``disapproval_words``) after such a phrase ("called the attack on its embassy a violation of
        international law"); None when anything else comes first: a date, a clause, a verb of saying, an auxiliary, a
        description opened by an article right after the object ("called Putin a war criminal": read elsewhere)."""
        tok, n, w_ = self.tokens, len(self.tokens.low), self.w
        opening = True  # (an article or a possessive may open the object, or the noun phrase after a preposition)
        skip = 0
        for k in range(t1, min(n, t1 + 12)):
            w = tok.low[k]
            if opening and w.endswith(("'s", "’s")) and self._timex_at(k):
                continue  # "called Tuesday's strikes on Kyiv barbaric": a day's, as a possessive
            if tok.sent[k] != tok.sent[t1] or self._timex_at(k) or w in self.lex.clause_breaks \
                    or w in self.lex.reporting or w in w_.passive_aux or w in self.lex.modals:
                return None
            if skip or (not opening and self._blame_negator_at(k)):
                skip = skip - 1 if skip else len(self._blame_negator_at(k).split()) - 1
                continue  # ("called the ruling far from unacceptable": the negator's words are no preposition)
            if w in w_.predicative_blame and not opening:
                return k if self._bare_blame_at(k, k) else None
            if w in w_.blamed_object_preps:
                if opening:
                    return None
                opening = True
            elif w in self.lex.determiners or w in w_.possessive_pronouns:
                if not opening:  # ("called Putin a war criminal": a description, read by ``_predicative_object``)
                    return k if k > t1 + 2 and w in w_.indefinite_articles and any(
                        tok.low[j] in w_.blamed_object_preps for j in range(t1, k)) and any(
                        self._phrase_at(j, p) for j in range(k + 1, min(n, k + 4)) if tok.sent[j] == tok.sent[k]
                        for p in self.lex.disapproval_words.get(tok.low[j], ())) else None
                    # "called the Israeli strikes on Gaza a genocide": after the object's own phrases, a description
                    # that condemns
            elif w in ("'", "’") and k > t1 and tok.low[k - 1].endswith("s"):
                opening = True  # "the inspectors' report"
            elif w == "and" and not opening and k + 1 < n and (k + 1 in self.mention_cover
                                                               or self.text[tok.starts[k + 1]].isupper()):
                opening = True  # "the attacks on Kyiv and Kharkiv"
            elif not w[:1].isalnum() or w in w_.predicative_object_stops or w == "and":
                return None
            else:
                opening = False
        return None

    def _blame_negator_at(self, k: int) -> str:
        """The words of cues.yaml ``blame_negators`` that start at token ``k`` ("far from", "hardly"), else ""."""
        return next((p for p in self.w.blame_negators if p.split()[0] == self.tokens.low[k]
                     and self._phrase_at(k, tuple(p.split()))), "")

    def _timex_at(self, k: int) -> bool:
        return k < len(self.tokens.starts) and self.tokens.starts[k] in self._timex_starts

    def _denied_passive_gerund(self, t0: int) -> bool:
        """Is the participle at ``t0`` a passive gerund after a negating subordinator, in its sentence ("without being
        blocked", "without having been consulted")?"""
        tok = self.tokens
        k = t0 - 1
        while k >= 0 and t0 - k <= 3 and tok.sent[k] == tok.sent[t0] and tok.low[k] in self.w.passive_gerund_aux:
            k -= 1
        return k < t0 - 1 and k >= 0 and tok.sent[k] == tok.sent[t0] and tok.low[t0 - 1] in self.w.passive_aux \
            and tok.low[k] in self.w.negating_subordinators

    def _passes_filters(self, entry: TriggerEntry, tense: str, t0: int, t1: int) -> bool:
        tok = self.tokens
        prev = tok.low[t0 - 1] if t0 > 0 and tok.sent[t0 - 1] == tok.sent[t0] else ""
        habitual = self.lex.habitual
        if entry.pos == "verb" and ((prev and prev in habitual) or (  # (prev: the word before, in the sentence)
                t0 >= 2 and tok.low[t0 - 2] in habitual and tok.sent[t0 - 2] == tok.sent[t0])):
            return False  # "which North Korea routinely denounces", "had always supported": a stance, no event
        if entry.pos == "verb" and (tense == "present" or (tense == "base" and prev and prev != "to"
                                                           and prev not in self.lex.modals)) \
                and self._repeated_by_set(t0, t1):
            return False  # "Kishida meets his counterpart every month", "ministers meet weekly": a habit, no act on a day
        if entry.pos == "verb" and prev in self.w.natural_agents:
            return False  # "A powerful storm struck the coast", "the quake hit the region": nature acted, no party
        if entry.pos == "verb" and tense == "ing" and prev in self.lex.gerund_blockers and self._joined_in(t0) is None:
            return False  # "a pause in fighting" (not "joined France in condemning the coup")
        if entry.pos == "verb" and tense == "past" and self._denied_passive_gerund(t0):
            return False  # "reached the outpost without being blocked": the act did not happen
        if entry.pos == "verb" and tense == "present" and tok.low[t0].endswith("s") and self._relative_stance(t0):
            self._stance_toks.add(t0)
            return False  # "Iran, which denies arming the Houthis", "a charge Baku rejects": a standing position
        if entry.pos == "verb" and tense == "present" and tok.low[t0].endswith("s") and prev \
                and any(e.pos == "verb" and t in ("base", "past") and tok.low[t0] in e.objects
                        for e, t in self.lex.forms.get(prev, ())):
            return False  # "will tighten sanctions": right after a verb whose objects (triggers.yaml) name it, the "-s"
            # word is that verb's object noun
        if entry.pos == "noun" and self._sought_only(t0):
            return False  # "issued a warrant for his arrest": an arrest sought, none made
        if entry.pos == "verb" and self._in_condition(t0):
            return False  # "Moscow would respond if NATO deployed troops": the condition of another act, no event
        if entry.pos == "verb" and self._pending_until(t0):
            return False  # "urged the bloc to suspend contacts until it released prisoners": awaited, not done
        if entry.pos == "verb" and tense == "base" and (t0 == 0 or tok.sent[t0 - 1] != tok.sent[t0]) \
                and t1 < len(tok.low) and tok.sent[t1] == tok.sent[t0] and tok.low[t1] in self.w.prepositions \
                and not self._in_quote(tok.starts[t0]):
            return False  # "Pressure from Washington led Kyiv to resume talks": a base form opening a sentence before a
            # preposition is a noun (news prose tells no orders), not the verb
        if entry.pos == "verb" and tense == "base" and self._after_singular_modifier(t0):
            return False  # "accepted an implementation annex": a singular subject never takes the base form, so a noun
        if entry.pos == "verb" and tense == "base" and prev in self.w.list_separators:
            k = self._coordinated_infinitive_at(t0)
            if k is not None and self._infinitive_governor(k) is None and not self._passes_filters(entry, tense, k + 1, k + 2):
                return False  # "refused to lift the blockade and free the ships": a verb listed after an infinitive that
                # is the content of another verb is content too (not "managed to free the crews and reopen the port")
        if entry.pos == "verb" and tense == "base" and prev == "to":
            if t0 >= 3 and tok.low[t0 - 2] in self.lex.decision_nouns and tok.sent[t0 - 3] == tok.sent[t0] \
                    and (tok.low[t0 - 3] in self.w.third_person_possessives or tok.low[t0 - 3].endswith(("'s", "’s"))
                         or t0 - 3 in self.mention_cover):
                return True  # "Niger's decision to cut ties with Ukraine": the act decided (not "the decision to
                # free him", which points back to an act already told)
            if self._headline_future(t0):
                return True  # "Modi to visit Moscow next week": a headline's "<actor> to <verb>" is its future
            if self._purpose_of_use(t0):
                return True  # "used his inaugural speech to call on Eritrea": what the speech was used for was done
            if self._invited_act(t0):
                return True  # "accepted an invitation from Xi to visit China": the visit invited to (planned)
            if self._implicative_head(t0) is not None:
                return True  # "prompting Blinken to postpone a trip", "forced Seoul to recall": done (consequences.py)
            if self._first_to_act(t0):
                return True  # "was the first Western power to recognise Beijing": an act done
            if t0 >= 2 and tok.low[t0 - 2] in self.w.done_infinitive_heads and tok.sent[t0 - 2] == tok.sent[t0]:
                return True  # "Kyiv managed to free the crews": the act done
            j = t0 - 2  # "is due at the Vatican to meet the Pope": a planned stop's purpose is planned too
            while j >= 0 and t0 - j <= 7 and tok.sent[j] == tok.sent[t0] and (
                    j in self.mention_cover or tok.low[j] in self.w.place_phrase_words):
                j -= 1
            if j < t0 - 2 and j >= 0 and tok.sent[j] == tok.sent[t0] and tok.low[j] == "due":
                return True
            m = self.mention_cover.get(t0 - 2) if t0 >= 4 and tok.sent[t0 - 2] == tok.sent[t0] else None
            k = tok.at(m.start) - 1 if m is not None else -1
            if k > 0 and tok.sent[k] == tok.sent[t0] and tok.low[k] == "for" and any(
                    self._cue_before(k + 1, status, exact_end=True) is not None for status in ("planned", "denied")):
                return True  # "no plans for Xi to meet the Japanese prime minister", "plans for Putin to visit": the
                # act planned (or denied) for the one named
            # an infinitive is the content of another verb ("urged Trump to cede"), unless planned
            return any(self._cue_before(end, status, exact_end=True) is not None
                       for status in ("planned", "ongoing") for end in (t0, t0 - 1))
        return True

    def _first_to_act(self, t0: int) -> bool:
        """"France was the first major Western power to recognise Beijing", "became the first Japanese leader to
        address Congress", "was among the last leaders to congratulate Biden": the infinitive at ``t0`` after "the
        first/last <a few words>" that follows a past "be", "became" or "among" (cues.yaml ``first_to_words``,
        ``first_to_frames``) is done by the one it ranks, not the content of another verb ("is the first step to
        end the war", "wants to be the first leader to visit": no such frame)."""
        tok, low = self.tokens, self.tokens.low
        for j in range(t0 - 2, max(-1, t0 - 8), -1):
            if tok.sent[j] != tok.sent[t0] or not low[j][:1].isalnum():
                return False
            if low[j] in self.w.first_to_words:
                return j >= 2 and tok.sent[j - 2] == tok.sent[t0] and low[j - 1] in self.w.definite \
                    and low[j - 2] in self.w.first_to_frames
        return False

    def _joined_in(self, t0: int) -> int | None:
        """"Germany joined France in condemning the coup", "Japan joined the United States in imposing sanctions": the
        token of the verb of joining (cues.yaml ``joining_verbs``) whose "<party> in" comes right before the -ing verb at
        ``t0`` (the party an actor named, with its determiners), else None."""
        tok = self.tokens
        if t0 < 3 or tok.low[t0 - 1] != "in" or (t0 - 2 not in self.mention_cover
                                                   and tok.low[t0 - 2] not in self.w.object_pronouns):
            return None
        j = t0 - 2
        if tok.low[j] in self.w.object_pronouns:
            j -= 1  # ("Niger joined them in condemning the move")
        while j >= 0 and t0 - j <= 8 and tok.sent[j] == tok.sent[t0] and (
                j in self.mention_cover or tok.low[j] in self.lex.determiners or tok.low[j] in self.w.list_fillers):
            j -= 1
        return j if j >= 0 and tok.sent[j] == tok.sent[t0] and tok.low[j] in self.w.joining_verbs else None

    def _purpose_of_use(self, t0: int) -> bool:
        """"used his inaugural speech to call on Eritrea to end the dispute", "used the summit to press Beijing": the
        infinitive after "<use> <object> to" (cues.yaml ``purpose_verbs``) says what was done with it, an act told as
        done (only a past form of the verb, a short object naming no actor, no clause break between)."""
        tok = self.tokens
        for j in range(t0 - 3, max(-1, t0 - 8), -1):
            if tok.sent[j] != tok.sent[t0] or tok.low[j] in self.lex.clause_breaks or tok.low[j] in (",", ";", ":"):
                return False
            if tok.low[j] in self.lex.purpose_verbs:
                return not any(k in self.mention_cover for k in range(j + 1, t0 - 1))  # (not "used Turkey to ...")
        return False

    def _invited_act(self, t0: int) -> bool:
        """"accepted an invitation from Xi to visit China this year", "an invitation to attend the summit": the
        infinitive after an invitation noun (cues.yaml ``invitation_nouns``), its inviter between, is the act invited
        to (a planned one: the status cues read the noun)."""
        tok = self.tokens
        for j in range(t0 - 2, max(-1, t0 - 7), -1):
            if tok.sent[j] != tok.sent[t0] or tok.low[j] in (",", ";", ":") or tok.low[j] in self.lex.clause_breaks:
                return False
            if tok.low[j] in self.lex.invitation_nouns:
                return all(k in self.mention_cover or tok.low[k] in ("from", "by") for k in range(j + 1, t0 - 1))
        return False

    def _sought_only(self, t0: int) -> bool:
        """Is the noun at ``t0`` what a warrant, a bid or a call is "for" (cues.yaml ``sought_heads``: "a warrant for
        his arrest", "calls for their release")? Then it is sought, not done."""
        tok = self.tokens
        j = t0 - 1
        while j >= 0 and t0 - j <= 3 and tok.sent[j] == tok.sent[t0] and tok.low[j] in self.lex.determiners:
            j -= 1
        return j >= 1 and tok.sent[j - 1] == tok.sent[t0] and tok.low[j] == "for" and tok.low[j - 1] in self.lex.sought_heads

    def _repeated_by_set(self, t0: int, t1: int) -> bool:
        """Does a set of times ("every month", "weekly", "each year": a SET expression) follow the verb at ``t0``..``t1``
        in its clause, within a few words? A verb in the simple present then tells what is done again and again, no act
        on a day (not "agreed to hold a summit every year": a commitment, nor "said it was not every day ...")."""
        tok = self.tokens
        if getattr(self, "_set_timexes_of", None) is not self.timexes:  # (the SET expressions and their tokens, once)
            self._set_timexes_of = self.timexes
            self._set_timex_toks = [tok.at(tx.start) for tx in self.timexes if tx.type == "SET"]
        for k in self._set_timex_toks:
            if not t1 <= k < t1 + 8 or k >= len(tok.low) or tok.sent[k] != tok.sent[t0]:
                continue
            if not any(tok.low[j] in (",", ";", ".") or tok.low[j] in self.lex.clause_breaks or tok.low[j] == "that"
                       for j in range(t1, k)):
                return True
        return False

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
        if tok.low[j] in self.w.relative_who_which:
            return True
        return m is not None and j >= 1 and tok.low[j - 1] in self.w.indefinite_articles and tok.low[j].isalpha() \
            and tok.low[j] not in self.lex.pronouns and tok.low[j] not in self.w.prepositions

    def _in_condition(self, t0: int) -> bool:
        """Is the verb at ``t0`` the predicate of a condition ("if NATO deployed troops", "whenever a crisis threatens
        one of them")? Only a subject of a few words may stand between."""
        tok = self.tokens
        for j in range(t0 - 1, max(-1, t0 - 5), -1):
            if tok.sent[j] != tok.sent[t0] or not tok.low[j][:1].isalnum():
                return False
            if tok.low[j] in self.w.condition_words or (tok.low[j] == "once" and j < t0 - 1):
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
                       or w in self.w.complement_breaks or w in self.lex.clause_breaks for k, w in enumerate(between)):
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
        no particular one. Also drops words that only describe a thing: a participle before its noun
        (``_attributive_participle``) and an undated act in a relative clause about things (``_relative_background``)."""
        tok = self.tokens
        for c in cands:
            if c.alive and c.entry.pos == "noun" and c.t0 >= 1:
                k = c.t0 - 1
                while k >= 0 and tok.sent[k] == c.sent and c.t0 - k <= 3 and (tok.low[k] in self.w.indefinite_articles or tok.low[k] in self.w.adverbs):
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
            if c.alive and c.entry.pos == "verb" and c.text.endswith("ed") and self._attributive_participle(c):
                c.alive = False
            if c.alive and self._framework_agreement(c):
                c.alive = False
        self._relative_background(cands)

    def _framework_agreement(self, c: _Cand) -> bool:
        """"Troops began withdrawing on Wednesday under a Qatari-brokered accord", "operates the base under a defence
        agreement": an agreement noun after a preposition that sets an act in the agreement it follows (cues.yaml
        ``framework_preps``), across its determiner and modifiers only, names the frame of that act, no agreement made
        (not "under the terms of the accord": another preposition between them)."""
        tok = self.tokens
        if c.entry.pos != "noun" or c.entry.type != "AGREE" or not self.w.framework_preps:
            return False
        k = c.t0 - 1
        while k >= 0 and c.t0 - k <= 5 and tok.sent[k] == c.sent:
            if tok.low[k] in self.w.framework_preps:
                return True
            if tok.low[k] in self.w.prepositions or not (tok.low[k][:1].isalnum() or tok.low[k] == "-"):
                return False
            k -= 1
        return False

    def _relative_background(self, cands: list[_Cand]) -> None:
        """"Chinese suppliers that Washington has pressed allies to avoid", "eight officials whom Washington accused of
        taking part", "landmines that Baku blamed on saboteurs": an act told in a relative clause that describes a thing
        (a noun that names no event) with no date of its own is background to that thing, not news the story tells (not
        "the sanctions that the EU imposed on Monday": dated; nor "the treaty that Putin signed": the noun is the event;
        nor "the summit at which he accused": an occasion)."""
        tok = self.tokens
        nouns = {k for c in cands if c.entry.pos == "noun" for k in range(c.t0, c.t1)}
        for c in cands:
            if not c.alive or c.entry.pos != "verb" or c.t0 < 3:
                continue
            rel = next((k for k in range(c.t0 - 1, max(0, c.t0 - 5), -1)
                        if tok.low[k] in self.w.relative_that_which or tok.low[k] in self.w.person_relatives), None)
            if rel is None or tok.sent[rel - 1] != c.sent or rel - 1 in nouns or tok.low[rel] == "who":
                continue
            head = tok.low[rel - 1]  # a plural common noun: "suppliers that", "officials whom" (not "announces that")
            if not head.isalpha() or not self.text[tok.starts[rel - 1]].islower() or not head.endswith("s") \
                    or head.endswith("ss") or head in self.lex.reporting or self._timex_at(rel - 1) \
                    or any(tok.low[k] in self.lex.reporting for k in range(max(0, rel - 4), rel - 1)):
                continue  # ("told reporters that Turkey had closed ...": the words told, not a relative clause)
            if any(tok.low[k] in (",", ";", ":") or k in nouns for k in range(rel + 1, c.t0)):
                continue
            end = c.t1
            while end < len(tok.low) and tok.sent[end] == c.sent and tok.low[end] not in (",", ";", ":", "."):
                end += 1
            if any(self._timex_at(k) for k in range(rel + 1, end)):
                continue
            if c.t1 < len(tok.low) and tok.low[c.t1] == "be":
                continue  # ("U.S. actions that Beijing demanded be corrected": the clause tells the demand made)
            c.alive = False

    def _attributive_participle(self, c: _Cand) -> bool:
        """"released two detained Canadians", "the release of other detained officials": a past participle between a
        determiner (or a count) and the noun it describes is an adjective, no act told here (not "the two signed
        agreements": a count after "the" is the subject)."""
        tok = self.tokens
        n_tok = len(tok.low)
        if c.t1 - c.t0 != 1 or not tok.low[c.t0].endswith("ed") or c.t0 < 1 or c.t1 + 1 >= n_tok \
                or tok.sent[c.t0 - 1] != c.sent or tok.sent[c.t1] != c.sent:
            return False
        before, after = tok.low[c.t0 - 1], tok.low[c.t1]
        counted = before.isdigit() or before in self.lex.number_heads
        if counted and c.t0 >= 2 and tok.low[c.t0 - 2] in self.lex.determiners:
            return False
        if not (counted or before == "other" or before in self.lex.determiners
                or (before in self.w.prepositions and self.text[tok.starts[c.t1]].isupper())):
            return False  # (and "the bridge to occupied Crimea": a place named after a preposition)
        if not after.isalpha() or after in self.lex.determiners or after in self.w.prepositions \
                or tok.low[c.t1 + 1] in self.lex.determiners:
            return False
        return self.text[tok.starts[c.t1]].isupper() or (len(after) > 3 and after.endswith("s"))

    def _earlier_year_named(self, c: _Cand) -> bool:
        """"preserve the 2015 nuclear agreement", "under their 1994 accord": an event noun named by an earlier year
        between its determiner and itself is a standing thing the story refers to (its name), not an event it tells
        (the year the article appeared is the story's own: "the 2025 summit" may be this one). Applied when mentions
        are clustered (``_cluster``), so that the year still dates the name and no other verb."""
        tok, dct = self.tokens, self.doc.dct
        if dct is None:
            return False
        for k in range(c.t0 - 1, max(-1, c.t0 - 4), -1):
            word = tok.low[k]
            if tok.sent[k] != c.sent or word in self.lex.determiners:
                return False
            if len(word) == 4 and word.isdigit():
                return 1800 <= int(word) < dct.year and k > 0 and tok.low[k - 1] in self.lex.determiners
            if not word.isalpha():
                return False
        return False

    def _stance_objects(self, cands: list[_Cand]) -> None:
        """"cybersecurity, an issue on which Washington accuses Moscow of sheltering the groups behind ransomware
        attacks": what a standing position told in a relative clause (a present-tense verb ``_passes_filters`` set
        aside) holds, up to the clause's next comma, is part of that position, no event of its own."""
        tok = self.tokens
        for s in self._stance_toks:
            for c in cands:
                if c.alive and c.sent == tok.sent[s] and s < c.t0 <= s + 16 \
                        and tok.clause[c.t0] == tok.clause[s] and not any(tok.low[k] in (",", ";", ":")
                                                                          for k in range(s + 1, c.t0)):
                    c.alive = False

    def _recall_purposes(self, cands: list[_Cand]) -> None:
        """"called its high commissioner home for consultations": consultations an envoy is called home (or back) for
        are the recall's purpose, no consultation between the parties."""
        tok = self.tokens
        for c in cands:
            if not (c.alive and c.entry.pos == "noun" and c.entry.type == "CONSULT" and c.t0 >= 2
                    and tok.low[c.t0 - 1] == "for" and tok.sent[c.t0 - 2] == c.sent):
                continue
            if tok.low[c.t0 - 2] in self.w.return_adverbs or any(
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
        if k + 1 >= len(tok.low) or tok.sent[k] != c.sent or tok.low[k] not in self.w.relative_that_which:
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
            if tok.low[p] in self.w.prepositions:
                p = self._subject_phrase_end(c, by_t0)  # "A deal on the release of sailors was struck on Monday"
                if p > c.t1 and by_t0.get(p + 1) is not None and not by_t0[p + 1].alive:
                    continue  # (the passive already told by the noun that heads the phrase)
            passive = tok.low[p] in self.w.past_be and p + 2 < n_tok and tok.sent[p + 2] == c.sent
            if passive:
                p += 1  # "A deal was struck in Doha on Sunday": the passive tells the noun's event too
                pv = by_t0.get(p)
                if pv is not None and pv.entry.type == c.entry.type:
                    if p - 1 > c.t1:
                        self._drop_subject_contents(c, p - 1, cands)
                    continue  # ("the talks were hosted by Oman": the verb's own event, with its agent)
            v = by_t0.get(p)
            word = tok.low[p]
            if v is not None and (v.tense != "past" or v.t1 != p + 1
                                  or not (word in self.lex.light_verbs or v.entry.type == c.entry.type
                                          or self._verb_types_object(v, c))):
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
            if p > c.t1 and tok.low[c.t1] in self.w.prepositions:
                self._drop_subject_contents(c, p, cands)
            c.participle = True
            c.strong_override = True
            c.tense = "past"
            if p == c.t1 + passive:
                c.told_by = (tok.starts[p], tok.ends[p])  # "The deal was struck", "an accord signed in 2001", "Formal
                # talks resumed in January": the verb right after the noun tells its act too (a mention of it)

    def _verb_types_object(self, v: _Cand, c: _Cand) -> bool:
        """"A joint declaration released in the evening": is the noun ``c`` an object that gives the verb ``v`` the
        noun's own type (triggers.yaml ``object_types``: "released a declaration" is an announcement)?"""
        head = self.tokens.low[c.t1 - 1]
        return any(t == c.entry.type and head in words for t, words in v.entry.object_types)

    @staticmethod
    def _drop_subject_contents(c: _Cand, end: int, cands: list[_Cand]) -> None:
        """"the release" in "A deal on the release of sailors was struck", "the return" in "An agreement on the return of
        refugees was signed": an event noun inside the phrase after the subject noun ``c`` (up to token ``end``) is what
        was agreed or talked about, no event of its own."""
        for d in cands:
            if d.entry.pos == "noun" and c.t1 < d.t0 < end:
                d.alive = False

    def _subject_phrase_end(self, c: _Cand, verbs: dict[int, _Cand]) -> int:
        """"A deal on the release of sailors was struck", "An agreement between Iran and Sweden was reached": the token
        after the prepositional phrases that follow the event noun ``c`` (at most eight words of nouns, names,
        determiners and prepositions, no verb, comma or clause break), when a past "was"/"were" comes right after them
        and no verb trigger stands there (else ``c.t1``: the noun's phrase tells no passive of its own)."""
        tok, n = self.tokens, len(self.tokens.low)
        for k in range(c.t1 + 1, min(n, c.t1 + 9)):
            w = tok.low[k]
            if tok.sent[k] != c.sent or tok.clause[k] != tok.clause[c.t0]:
                break
            if w in self.w.past_be:
                return k if k > c.t1 + 1 and tok.low[k - 1] not in self.w.prepositions else c.t1
            if k in verbs or self._timex_at(k) or not (w[:1].isalnum() or w in ("'", "’")) \
                    or w in self.lex.reporting or w in self.lex.modals or w in self.w.complement_breaks:
                break
        return c.t1

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
                v = next((v for v in self._in_sentence(verbs, c.sent) if v.sent == c.sent and v.entry.type == c.entry.type and v.t1 <= c.t0 <= v.t1 + 1
                          and v.tense in ("past", "present") and v.start < c.start), None)
                if v is not None and (c.t0 == v.t1 or tok.low[v.t1] in self.lex.determiners):
                    c.same_as = v  # "Israel signed agreements on Tuesday": the signing, told once
                    continue
            if not c.alive or c.entry.pos != "noun" or not c.entry.weak or c.strong_override:
                continue
            for v in self._in_sentence(verbs, c.sent):
                gap = v.t0 - c.t1 if v.t0 >= c.t1 else c.t0 - v.t1
                if 0 <= gap <= 3 and v.sent == c.sent and tok.clause[v.t0] == tok.clause[c.t0] \
                        and not any(tok.low[k] in self.w.complement_breaks for k in range(min(c.t1, v.t1), max(c.t0, v.t0))) \
                        and not (v.t1 <= c.t0 and self._opens_subject(c.t0)):  # ("expels envoys as protests spread")
                    if v.entry.type == c.entry.type:
                        c.same_as = v  # "said in a televised address": one statement, two mentions
                    elif self._answered_act_of_named_doer(c, v):
                        c.strong_override = True
                        self.__dict__.setdefault("_answered_nouns", {})[id(c)] = v
                    elif not self._announced_occasion(c, v):
                        c.alive = False
                    break

    def _answered_act_of_named_doer(self, c: _Cand, v: _Cand) -> bool:
        """"Jordan condemned the Israeli raid on the camp", "welcomed the release of five activists by Belarus",
        "condemned North Korea's launch": an act a reaction answers, named with its own doer (a state's adjective or
        possessive right before the noun, or "by" a party after it), is an event of its own; the reaction's object
        otherwise ("condemned the raid") only tells what it answers."""
        tok = self.tokens
        if v.start > c.start or c.entry.type not in self.w.material_types or not self._reaction_verb(v):
            return False  # (not "welcomed Brazil's offer": what a party proposes is the reaction's matter, no act)
        j = c.t0 - 1
        while j > v.t1 and tok.low[j] in self.w.adjective_words:
            j -= 1
        m = self.mention_cover.get(j)
        if j >= v.t1 and m is not None and m.actor.kind != "person" and (
                m.via in ("adjective", "demonym") or tok.low[j].endswith(("'s", "’s"))):
            self.__dict__.setdefault("_answered_doers", {})[id(c)] = m
            return True
        k = c.t1
        while k < min(len(tok.low), c.t1 + 6) and tok.sent[k] == c.sent and tok.low[k] not in (",", ";", ":"):
            if tok.low[k] == "by" and k + 1 in self.mention_cover:
                self.__dict__.setdefault("_answered_doers", {})[id(c)] = self.mention_cover[k + 1]
                return True
            k += 1
        return False

    def _announced_occasion(self, c: _Cand, v: _Cand) -> bool:
        """"The Kremlin confirmed the trip only on Friday", "announced the visit": a word for a meeting or trip that
        is the object of a verb of announcing is an event of its own, not part of the announcement."""
        return c.entry.type == "CONSULT" and v.entry.type == "ANNOUNCE" and v.start < c.start

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
        if self._negative_subject(c) or self._negative_object(c):
            c.alive = False  # "neither side has endorsed it", "agreed to nothing": no one did it, no event
            return
        if self._partial_legislators(c):
            c.alive = False  # "Some Republican lawmakers criticised the meeting": domestic politics, no event
            return
        cues = lex.status_cues
        best: tuple[int, str] | None = None
        lo = max(0, c.t0 - 9)
        hi = min(len(tok.low), c.t1 + 9)
        cue_index, low, sent, clause, timex_cover = lex.cue_index, tok.low, tok.sent, tok.clause, self.timex_cover
        cue_toks = getattr(self, "_cue_toks", None)
        if cue_toks is None:  # (the tokens where some cue starts, in order: made once per document)
            cue_toks = self._cue_toks = tok.where(cue_index.keys())
        my_clause = clause[c.t0]
        for s in cue_toks[bisect_left(cue_toks, lo):bisect_left(cue_toks, hi)]:
            found_here = cue_index[low[s]]
            if c.t0 <= s < c.t1 or sent[s] != c.sent or clause[s] != my_clause or s in timex_cover:
                continue  # (not "May 24": a month, not the modal)
            for words, k in found_here:
                if best is not None and k >= best[0]:
                    continue
                cue = cues[k]
                n = len(words)
                if cue.where == "before" and n == 2 and words[1] == "to" and low[s + 1:s + 2] != ["to"]:
                    j = self._past_time_between(s + 1)  # ("offered on Tuesday to host talks": the plan's cue across the
                    if j > s + 1 and j < c.t0 and low[j] == "to" and sent[j] == c.sent \
                            and c.t0 - (j + 1) <= cue.window - n:  # day of the offering)
                        best, best_at = (k, " ".join(words)), s
                    continue
                if cue.where == "before":
                    gap = c.t0 - (s + n)
                    if gap > cue.window - n and s + n <= c.t0 and words[-1] == "for":
                        # ("no plans for President Vladimir Putin to meet": the one the act is planned for is one word)
                        gap -= sum(1 for j in range(s + n, c.t0)
                                   if j in self.mention_cover and tok.at(self.mention_cover[j].start) != j)
                    if not (s + n <= c.t0 and gap <= cue.window - n):
                        continue
                    if self._in_quote(tok.starts[s]) and not self._in_quote(c.start):
                        continue  # ('"... a future," Biden told reporters': the words quoted, not the telling's plan)
                elif not (c.t1 <= s < c.t1 + cue.window):
                    continue
                if any(tok.low[j] == "than" and tok.sent[j] == c.sent for j in range(max(0, s - 2), s)):
                    continue  # "a day later than first planned": a comparison, no plan
                if self._phrase_at(s, words):
                    best = (k, " ".join(words))
                    best_at = s
        found = (cues[best[0]].status, best[1]) if best else None
        if found and found[1] == "to be" and c.tense != "past":
            found = None  # "are understood to be holding talks": a progressive under way, not a passive infinitive to come
        if found and found[0] in ("planned", "hypothetical") and cues[best[0]].where == "before" \
                and c.entry.pos == "verb" and c.tense == "past" and c.t0 > 0 \
                and tok.low[c.t0 - 1] not in self.w.passive_aux | self.w.perfect_aux | {"have"} \
                and ((best_at < c.t0 - 2 and tok.low[c.t0 - 2:c.t0] == [",", "and"])
                     or (best_at < c.t0 - 3 and tok.low[c.t0 - 3:c.t0 - 1] == [",", "and"]
                         and tok.low[c.t0 - 1] in self.w.adverbs)
                     or (best_at < c.t0 - 1 and tok.low[c.t0 - 1] == "and" and not any(
                         t == "base" for _e, t in lex.forms.get(tok.low[c.t0], ())))):
            found = None  # "said they would start sharing data, and criticized China": a new verb in the past is told as fact
            # (so too after a bare "and" when the past form is no base form: "said the envoy would return for
            # consultations and accused Montenegro", not "would meet and sign", nor "would cut ties and put ...")
        if (found is None or found[0] in ("planned", "ongoing", "hypothetical")) \
                and not (c.entry.pos == "noun" and self._determiner_before(c.t0) in self.w.definite):
            denial = self._denied_content(c)  # (not "during the meeting": a reference to another event)
            if denial:
                found = ("denied", denial)  # "Peskov denied that Moscow had been consulted"
        if c.entry.pos == "noun" and self._refused_light_verb(c):
            c.alive = False  # "said Iran would not attend the talks": an act refused to come, no event
            return
        if found and found[0] == "denied" and found[1] in self.w.negations and c.entry.pos == "noun":
            c.alive = False  # "no ceasefire is on the agenda": no event
            return
        if found and found[0] == "denied" and c.entry.pos == "verb" and self._refused_by_negation(c, found[1]):
            return
        if found and found[0] == "planned" and self._refused_with_no(c, found[1]):
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
                and found[1].split()[0] in self.w.agree_forms and self._determiner_before(c.t0) is not None:
            found = None  # "agreed to a truce": "to" is a preposition here, the agreement is made (not "agreed to meet")
        if c.entry.cancels and found and found[0] in ("cancelled", "postponed"):
            found = None  # "canceled" is the cancellation itself, which happened
        if c.entry.cancels and found and found[0] in ("planned", "hypothetical") and found[1] in self.w.future_status_cues \
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
                found = ("planned" if tok.low[k] in self.w.future_and_conditional_modals else "hypothetical", tok.low[k])
        if found is None and c.entry.pos == "verb" and c.tense == "base":
            k = self._coordinated_infinitive_at(c.t0)
            if k is not None:  # "agreed on Friday to restore relations and reopen their embassies": the list's "to"
                found = self._infinitive_governor(k)
        if found is None and (c.entry.pos == "noun" or c.tense != "past") and not c.quoted \
                and self._determiner_before(c.t0) not in self.w.definite:
            k = self._modal_over_object(c)
            if k is not None:  # "could trigger the return of United Nations sanctions": only possible
                found = ("hypothetical", tok.low[k])
        if (found is None or found[1] in self.lex.modals) and c.entry.pos == "verb" and c.tense == "past":
            k = self._coordinated_modal(c)
            if k is not None and tok.low[k + 1] == "have":
                # "a draft that would have deplored the invasion and demanded a withdrawal": no demand happened either
                found = ("hypothetical", tok.low[k] + " have")
        found = self._present_or_conditional(c, found)
        if found and found[0] == "hypothetical" and found[1] in self.w.unreal_cues and not c.quoted:
            c.alive = False  # "a resolution that would have renewed sanctions", "veto any new sanctions package": an
            return  # act that did not happen or no act in particular
        if found:
            c.status, c.status_cue = found

    def _refused_light_verb(self, c: _Cand) -> bool:
        """Is the noun ``c`` the object of a light verb refused for the future ("would not attend the talks", "will not
        hold talks", ``refusal_negations`` right before the verb)? Not a verb of accepting ("would not accept the
        deal": the refusal is itself a rejection, cues.yaml ``refused_by_negation``)."""
        tok = self.tokens
        k = c.subject_tok
        if k is None:  # (a light verb that is no trigger itself: "attend the talks")
            k = next((j for j in range(c.t0 - 1, max(-1, c.t0 - 4), -1) if tok.low[j] in self.lex.light_verbs), None)
            if k is not None and any(w in self.w.prepositions or w in self.lex.clause_breaks or not w.isalpha()
                                     for w in tok.low[k + 1:c.t0]):
                return False
        if k is None or k < 1 or k >= c.t0 or tok.sent[k] != c.sent or tok.low[k] in self.w.refused_by_negation:
            return False
        return " ".join(tok.low[max(0, k - 2):k]) in self.w.refusal_negations or tok.low[k - 1] in self.w.refusal_negations

    def _refused_by_negation(self, c: _Cand, cue: str) -> bool:
        """"The Kremlin did not accept the offer", "Parliament did not approve the accord": a past refusal to accept what
        another side put forward is a rejection that happened (cues.yaml ``refused_by_negation``: the accepting verbs; the
        negation right before the verb; an object follows); so is a refusal stated for the future ("Moscow would not
        accept any change", ``refusal_negations``): the stand is taken when it is said. Makes ``c`` that rejection;
        returns whether it did."""
        tok = self.tokens
        before = " ".join(tok.low[max(0, c.t0 - 2):c.t0])  # ("would not accept", "won't accept")
        if c.entry.lemma not in self.w.refused_by_negation or c.tense != "base" \
                or (cue not in self.w.past_negations and before not in self.w.refusal_negations
                    and (c.t0 < 1 or tok.low[c.t0 - 1] not in self.w.refusal_negations)) \
                or c.t1 >= len(tok.low) or tok.sent[c.t1] != c.sent or tok.low[c.t1] not in self.lex.determiners:
            return False
        self._make_refusal(c, stated=cue not in self.w.past_negations)
        return True

    def _make_refusal(self, c: _Cand, stated: bool) -> None:
        """Make ``c`` the rejection it tells, done; a stand ``stated`` by saying it is dated by the actor's own saying."""
        c.entry = replace(c.entry, type="REJECT", summary="rejects")
        c.status, c.status_cue = "occurred", ""
        if stated:
            self.__dict__.setdefault("_stated_refusals", set()).add(id(c))

    def _refused_with_no(self, c: _Cand, cue: str) -> bool:
        """"The Taliban say they will accept no extension", "Kyiv would accept no deal that cedes land": an accepting
        verb (cues.yaml ``refused_by_negation``) after a modal, its object opened by a negative determiner ("no"), is a
        refusal stated when it is said, like "would not accept any change" (``_refused_by_negation``). Makes ``c``
        that rejection; returns whether it did."""
        tok = self.tokens
        if c.entry.pos != "verb" or c.entry.lemma not in self.w.refused_by_negation or c.tense != "base" \
                or cue not in self.lex.modals or c.t1 >= len(tok.low) or tok.sent[c.t1] != c.sent \
                or tok.low[c.t1] not in self.w.negations or tok.low[c.t1] not in self.lex.determiners:
            return False
        self._make_refusal(c, stated=True)
        return True

    def _phrase_ending_before(self, t0: int, phrases: frozenset[str], gap: int) -> str | None:
        """The phrase of ``phrases`` that ends at most ``gap`` words before token ``t0`` in its sentence."""
        tok = self.tokens
        last = _LAST_WORDS.get(phrases)
        if last is None:
            last = _LAST_WORDS[phrases] = frozenset(p.split()[-1] for p in phrases)
        for end in range(t0, max(-1, t0 - gap - 1), -1):
            if end < 1 or tok.low[end - 1] not in last:
                continue
            for n in (2, 3, 4):
                s = end - n
                if s >= 0 and tok.sent[s] == tok.sent[t0] and " ".join(tok.low[s:end]) in phrases:
                    return " ".join(tok.low[s:end])
        return None

    def _present_or_conditional(self, c: _Cand, found):
        """Statuses the cue list cannot tell: "Talks ... are under way in Jeddah", "Modi is on a three-day visit to
        South Africa", "Ukrainian forces have been fighting Russian troops since October" (ongoing: under way at
        publication); "The United States is considering sanctions" (hypothetical: only weighed); "The EU would
        impose tariffs if Washington went ahead" (hypothetical: a condition follows the "would")."""
        tok, w = self.tokens, self.w
        if found is None and (c.entry.pos == "noun" or c.tense == "present"):  # ("Talks with the IMF are ...")
            k = c.t1
            first = _FIRST_WORDS.get(w.ongoing_state_phrases)
            if first is None:
                first = _FIRST_WORDS[w.ongoing_state_phrases] = frozenset(p.split()[0] for p in w.ongoing_state_phrases)
            while k < min(len(tok.low), c.t1 + 12) and tok.sent[k] == c.sent and tok.clause[k] == tok.clause[c.t0] \
                    and tok.low[k] not in (",", ";", ":") and (k == c.t1 or k not in self.trigger_toks):
                for n in ((2, 3, 4) if tok.low[k] in first else ()):
                    if " ".join(tok.low[k:k + n]) in w.ongoing_state_phrases:
                        return ("ongoing", " ".join(tok.low[k:k + n]))
                k += 1
            cue = self._phrase_ending_before(c.t0, w.ongoing_occasion_openers, 2)
            if cue is not None:
                return ("ongoing", cue)  # ("is on a three-day visit to")
        if found is None and c.entry.pos == "verb" and c.tense == "ing" and c.t0 >= 2 and tok.low[c.t0 - 1] == "been" \
                and tok.low[c.t0 - 2] in w.perfect_aux:
            return ("ongoing", tok.low[c.t0 - 2] + " been")  # ("have been fighting since October": up to now)
        if found is None or found[0] == "planned":
            cue = self._phrase_ending_before(c.t0, w.considering_phrases, 2)
            if cue is not None:
                return ("hypothetical", cue)
        if found is not None and found[0] == "planned" and found[1] in w.future_modals and c.entry.type != "THREATEN":
            # (not "would respond in kind if": a threat with its condition is made now)
            for k in range(c.t1, min(len(tok.low), c.t1 + 12)):
                if tok.sent[k] != c.sent or tok.low[k] in (";", ":") or tok.low[k] in self.lex.reporting:
                    break
                if tok.low[k] in w.condition_words:
                    return ("hypothetical", found[1] + " ... " + tok.low[k])
            opener = self._opening_condition(c)
            if opener is not None:  # "If Iran were to agree ..., Washington would offer relief": a condition's outcome
                return ("hypothetical", opener + " ... " + found[1])
        return found

    def _modal_over_object(self, c: _Cand) -> int | None:
        """The modal of possibility (cues.yaml ``possibility_modals``) whose verb takes the phrase that ends on the noun
        ``c`` ("could trigger the return of United Nations sanctions"), within eight words, with no mark, "that",
        clause break, reporting verb or other trigger between; None otherwise."""
        tok = self.tokens
        for k in range(c.t0 - 1, max(-1, c.t0 - 9), -1):
            w = tok.low[k]
            if tok.sent[k] != c.sent or not w[:1].isalnum() or w == "that" or w in self.lex.clause_breaks \
                    or w in self.lex.reporting or k in self.trigger_toks:
                return None
            if w in self.w.possibility_modals and k not in self.timex_cover:  # (not "in May 1998": a month)
                return k if k + 1 < c.t0 else None
        return None

    def _opening_condition(self, c: _Cand) -> str | None:
        """The word that opens ``c``'s sentence with a condition ("If Iran were to agree to a cap, ...", "Should the
        talks fail, ...", cues.yaml ``condition_words`` and ``inverted_condition_openers``) when a comma closes that
        condition before ``c``, with no ";", ":" or reporting verb between; None otherwise."""
        tok, w = self.tokens, self.w
        comma = False
        for k in range(c.t0 - 1, -1, -1):
            if tok.sent[k] != c.sent:
                k += 1
                break
            if tok.low[k] in (";", ":") or tok.low[k] in self.lex.reporting:
                return None
            comma = comma or tok.low[k] == ","
        else:
            k = 0
        while k < c.t0 and not tok.low[k][:1].isalnum():
            k += 1  # (an opening quote mark)
        if comma and k < c.t0 and (tok.low[k] in w.condition_words or tok.low[k] in w.inverted_condition_openers):
            return tok.low[k]
        return None

    def _coordinated_modal(self, c: _Cand) -> int | None:
        """The modal that governs a base-form verb coordinated after others ("would establish ..., send ... and
        deploy"): the verb follows "," or "and", and a modal opens the list in the same clause, with no clause
        break, reporting verb or "that" between."""
        tok = self.tokens
        if c.t0 < 2 or tok.low[c.t0 - 1] not in self.w.list_separators or tok.sent[c.t0 - 1] != c.sent:
            return None
        for k in range(c.t0 - 2, max(-1, c.t0 - 30), -1):
            w = tok.low[k]
            if tok.sent[k] != c.sent or w in (";", ":", "that", '"', "“", "”") or w in self.lex.reporting \
                    or (w in self.lex.clause_breaks and w not in self.w.list_separators):
                return None
            if w in self.lex.modals:
                return k
        return None

    def _coordinated_infinitive_at(self, t0: int) -> int | None:
        """The "to" that governs the base-form verb at ``t0`` coordinated after another infinitive ("agreed to restore
        relations and reopen their embassies"): the verb follows "," or "and", and "to" before a lower-case word that is
        no determiner opens the list in the same clause, with no modal, clause break, reporting verb or "that" between."""
        tok = self.tokens
        sent = tok.sent[t0]
        if t0 < 3 or tok.low[t0 - 1] not in self.w.list_separators or tok.sent[t0 - 1] != sent:
            return None
        for k in range(t0 - 2, max(-1, t0 - 30), -1):
            w = tok.low[k]
            if tok.sent[k] != sent or w in (";", ":", "that", '"', "“", "”") or w in self.lex.reporting \
                    or w in self.lex.modals or (w in self.lex.clause_breaks and w not in self.w.list_separators):
                return None
            if w == "to" and k + 1 < t0 - 1:
                nxt = tok.low[k + 1]
                if nxt.isalpha() and self.text[tok.starts[k + 1]].islower() and nxt not in self.lex.determiners:
                    return k
        return None

    def _infinitive_governor(self, k: int) -> tuple[str, str] | None:
        """The status a cue ending in "to" gives the infinitive whose "to" is token ``k``, a date or adverbs allowed
        between the cue's verb and "to" ("agreed on Friday to", "pledged again to", "vowed on Monday to"): None when
        no such cue governs it ("helped to", "managed to": done)."""
        tok, dates = self.tokens, self._date_tokens()
        j = k - 1
        while j >= 0 and tok.sent[j] == tok.sent[k] and (j in dates or tok.low[j] in self.w.adverbs
                                                         or tok.low[j] in self.w.date_lead_words):
            j -= 1
        for cue in self.lex.status_cues:
            if cue.where != "before":
                continue
            for words in cue.words:
                if len(words) > 1 and words[-1] == "to" and self._phrase_at(j - len(words) + 2, words[:-1]):
                    return (cue.status, " ".join(words))
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

    def _denial_statement(self, c: _Cand) -> bool:
        """"Putin denied that Moscow wanted to divide Ukraine": a denial of what a clause tells is a statement (triggers.yaml
        ``deny``), aimed at the other side it names like a rejection (arguments._denied_party)."""
        return c.entry.type == "STATEMENT" and any(self._phrase_at(c.t0, p) for p in self.lex.denials)

    def _act_said(self, c: _Cand) -> bool:
        """"Putin denied that Moscow wanted to divide Ukraine": a statement that is an act done by saying it (no weak
        saying, ``acts_of_saying``) is told like that act, not as an answer to the news (dating._date_from_previous_sentence)."""
        return not c.entry.weak and c.entry.lemma in self.w.acts_of_saying

    def _denied_content(self, c: _Cand) -> str | None:
        """The words that deny the clause of ``c`` when it is what someone denies: "denied that <clause>",
        "rejected claims that <clause>" (cues.yaml ``denials``)."""
        tok = self.tokens
        j = tok.clause_start(c.t0)  # (the first word of its clause)
        if tok.low[j] != "that" or j == 0 or tok.sent[j - 1] != c.sent:
            return None
        if c.entry.type == "STATEMENT" and c.entry.weak and c.entry.pos == "verb" and tok.low[c.t0 - 1] == "and":
            return None  # "Putin denied that Moscow wanted to divide Ukraine and said ...": the denier's own saying
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

    def _scheduled(self, c: _Cand) -> bool:
        """"The summit was set for June 27", "Talks are scheduled for Thursday": a planned event told with the date
        it is set for is news too."""
        return c.status == "planned" and any(self._phrase_at(c.t1 + k, words) for k in range(0, 7)
                                             for words in self.lex.schedule_predicates)

    def _skip_leading_date(self, j: int, si: int) -> int:
        """The token before a date phrase ("in May 1998", "on Sunday") that ends at token ``j``, or ``j`` when no date
        phrase opened by a preposition ends there: a date fronted before a subject leaves the subject opening its
        clause."""
        tok = self.tokens
        cover = self._date_tokens()  # (the triggers are found before the analysis sets ``timex_cover``)
        if j < 0 or tok.sent[j] != si:
            return j
        if j + 1 in cover and tok.low[j] in self.w.fronted_date_preps:
            return j - 1  # (the date's own words already passed over as names and numbers)
        if j not in cover:
            return j
        k = j
        while k >= 0 and tok.sent[k] == si and k in cover:
            k -= 1
        if k >= 0 and tok.sent[k] == si and tok.low[k] in self.w.fronted_date_preps:
            return k - 1
        return j
