"""Find every mention of an actor in a document and resolve it to one actor.

Passes over the document's tokens (all data comes from the gazetteer and the roles lexicon):

1. gazetteer forms (names, aliases, acronyms, adjectives, demonyms, capitals, seats, media),
   longest first; a one-word name next to another unknown capitalized word is part of someone
   else's name and skipped ("Jordan Bardella", "Melania Trump"); ambiguity rules decide forms
   like "Brussels" or "Georgia";
2. titles followed by a name ("U.S. Secretary of State Marco Rubio"); a name the gazetteer does
   not know becomes a new actor with the title's role and the country of its adjective
   ("Deputy Foreign Minister Sergey Ryabkov"); the same from an apposition
   ("Sergey Ryabkov, Russia's deputy foreign minister");
3. surnames of the people mentioned so far ("Ryabkov said"), family names for names written family
   name first ("Kim Jong Un ... Kim said"); with several people of one surname, the most mentioned;
4. descriptions ("his Russian counterpart", "the Kremlin leader", "Putin's spokesperson",
   "the diplomat"), resolved in document order against the people already mentioned, then
   against the gazetteer holder of the office on the document's date; a bare title ("the
   president") only against a mentioned person holding that title; a description followed by an
   unknown name in apposition ("Oman's crown prince, Theyazin bin Haitham") introduces that person;
   so does a title tied to a place or organization ("the leader of Nagorno-Karabakh, <Name>,",
   "<Name>, the defense minister of Zimbabwe,", "<Name>, who heads the African Union,");
5. back-references (rules.yaml ``references``): "the bloc", "the alliance", "the 27 member states",
   "the commission", "the group", "its leaders" to an organization or state named before; a title
   cut short before its "of" ("The Deputy Secretary") to the person named with the whole title.

Overlaps are resolved longest first, then earliest (spaCy's rule).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from timeline.actors.appositions import match_title_appositions
from timeline.actors.bodies import match_unknown_bodies
from timeline.actors.gazetteer import AmbiguityRule, Entry, Gazetteer, Title, slugify, surname_of
from timeline.actors.tokens import Token, TokenTable, split_form
from timeline.model import Actor, ActorMention
from timeline.text import sentence_at, split_sentences

_PLACE_KINDS = ("state", "igo", "group", "government", "organization")
#: categories a one-word unknown name may follow ("President Sulyok"); others need two words
_STRONG = frozenset({
    "head_of_state", "head_of_government", "deputy_head_of_state", "deputy_head_of_government",
    "foreign_minister", "deputy_foreign_minister", "defense_minister", "finance_minister",
    "interior_minister", "trade_minister", "national_security_adviser", "envoy", "ambassador",
    "organization_head", "spokesperson", "ministry_spokesperson",
})


@dataclass(slots=True)
class _Cand:
    """A candidate mention over tokens ``[i, j)``."""

    i: int
    j: int
    kind: str  # entity, person, description
    via: str
    entry: Entry | None = None  # gazetteer entry (entity / gazetteer person)
    actor: Actor | None = None  # document person
    category: str | None = None  # office category (document persons, descriptions)
    # descriptions
    pattern: str = ""
    country: _Cand | None = None
    person: _Cand | None = None
    role: Title | None = None
    recent: tuple[str, ...] = ()
    role_start: int = -1  # possessed titles: where the written role starts ("political chief")
    recent_title: str | None = None  # "the president": the title a bare title noun names (None: "the diplomat")
    children: list[_Cand] = field(default_factory=list)
    ambiguous: tuple[tuple[str, str], ...] = ()  # (entry id, via) when several entries share the form
    rule: AmbiguityRule | None = None


def find_actor_mentions(
    text: str, gazetteer: Gazetteer, *, dct: date | None = None, tokens: TokenTable | None = None,
) -> tuple[ActorMention, ...]:
    """Every actor mention of ``text``: sorted, non-overlapping, each resolved to one actor.

    ``dct`` (the document's date) picks the office holder when a description names only an office
    ("the Russian foreign minister" with no Russian foreign minister named in the document). ``tokens``: the
    text's tokens when the caller made them already (to share them with the event stage)."""
    return _Resolver(text, gazetteer, dct, tokens).run()


#: id(roles) -> (roles, the words of its description patterns): built once per lexicon, not per document
_DESCRIPTION_WORDS: dict[int, tuple] = {}


def _description_words(roles):
    """``recent`` by word tuple, ``recent`` tuples by first word, ``counterpart`` tuples and their first words,
    and every word a description pattern can start with (cached per roles lexicon)."""
    got = _DESCRIPTION_WORDS.get(id(roles))
    if got is not None and got[0] is roles:
        return got[1]
    recent = {tuple(k.split()): cats for k, cats in roles.recent.items()}
    recent_first: dict[str, list[tuple[str, ...]]] = {}
    for keys in recent:
        recent_first.setdefault(keys[0], []).append(keys)
    counterpart = {tuple(c.split()) for c in roles.counterpart}
    counterpart_first = {keys[0] for keys in counterpart}
    needed = set(roles.possessives) | set(recent_first) | counterpart_first | {
        p.items[0] for p in roles.descriptions if p.items[0] not in _PLACEHOLDERS}
    value = (recent, recent_first, counterpart, counterpart_first, frozenset(needed))
    if len(_DESCRIPTION_WORDS) > 64:
        _DESCRIPTION_WORDS.clear()
    _DESCRIPTION_WORDS[id(roles)] = (roles, value)
    return value


_START, _END = attrgetter("start"), attrgetter("end")  # (a token's offsets, for map)

_PLACEHOLDERS = frozenset({"{COUNTRY}", "{PERSON}", "{ROLE}", "{POSS}", "{RECENT}", "{COUNTERPART}"})


class _Resolver:
    def __init__(self, text: str, gazetteer: Gazetteer, dct: date | None, table: TokenTable | None = None) -> None:
        self.text = text
        self.gaz = gazetteer
        self.roles = gazetteer.roles
        self.rules = gazetteer.rules
        self.dct = dct
        if table is None or table.text != text:
            table = TokenTable(text)
        self.tokens: list[Token] = table.tokens
        self.keys, self.lower = table.keys, table.lower
        self.document_skips: dict[str, bool] = {}
        self.headline = _headline_tokens(text, self.tokens)
        self.title_words = gazetteer.roles.words
        self.doc_people: dict[str, Actor] = {}
        self.raw_entities: dict[int, _Cand] = {}
        self.raw_persons: dict[int, _Cand] = {}
        self.doc_units: dict[str, str | None] = {}  # document person -> the state or organization of their title
        self.doc_titles: dict[str, str] = {}  # document person -> the canonical title they were introduced with
        self.person_titles: dict[str, frozenset[str]] = {}  # person -> canonical titles held (on the DCT)
        self._sentences: tuple[tuple[int, int], ...] | None = None  # split only when a rule needs them
        self._guessed_unit: str | None = None  # the unit of the office whose gazetteer holder was last taken
        self._places: dict[bool, dict[str, list[int]]] = {}  # (``_where``: word -> token indices, by keys or lower)

    def _where(self, words, lower: bool = True) -> list[int]:
        """The indices of the tokens whose lower-cased key (or key, with ``lower`` false) is one of ``words``, in
        order: from an index of every word's places, made once (a pass reads those tokens, not the document's)."""
        index = self._places.get(lower)
        if index is None:
            index = self._places[lower] = {}
            for k, w in enumerate(self.lower if lower else self.keys):
                index.setdefault(w, []).append(k)
        out = [k for w in (index.keys() & words if len(words) > len(index) else words) for k in index.get(w, ())]
        if len(out) > 1:
            out.sort()
        return out

    # --- driver ------------------------------------------------------------------------------------

    def run(self) -> tuple[ActorMention, ...]:
        if not self.tokens:
            return ()
        base = self._match_forms()
        self.raw_entities = {c.i: c for c in base if c.kind == "entity"}  # before the longer-name rule
        self.raw_persons = {c.j: c for c in base if c.kind == "person"}  # by end
        covered = _covered(base)
        base = [c for c in base if self._keep_single(c, covered)]
        self._resolve_ambiguous(base)
        base = [c for c in base if c.entry is not None]
        titles = self._match_titles()
        persons = self._match_titled_persons(base, base, titles) + self._match_appositions(base, titles)
        persons += self._match_affiliated_names(base + persons, titles)
        persons += self._match_plural_appositions(base + persons)
        persons += self._match_unknown_bodies(base + persons, titles)  # (names the gazetteer lacks: bodies.yaml)
        persons += match_title_appositions(self, base + persons, titles)  # "the interim president, X,"
        surnames = self._match_surnames(base + persons)
        cands = base + persons + surnames
        cands += self._match_titled_persons(surnames, base, titles, known_only=True)
        descriptions = self._match_descriptions(cands, titles)
        named = self._match_description_appositions(descriptions + self._possessed_titles(titles, cands), cands)
        if named:  # "Hassan said" after "the group's spokesman, Ahmed Hassan,"
            named += self._match_surnames(base + persons + surnames + named)
        cands += descriptions + named
        chosen = _select(cands, self.tokens)
        return tuple(self._add_back_references(self._resolve(chosen)))

    # --- pass 1: gazetteer forms -------------------------------------------------------------------

    def _match_forms(self) -> list[_Cand]:
        by_length, keys = self.gaz.by_length, self.keys
        particles_title = {p.capitalize() for p in self.rules.particles if p.islower()}
        out: list[_Cand] = []
        for i, key in enumerate(keys):
            tries = []
            if key in by_length:
                tries.append((key, False))
            if key in particles_title and key.lower() in by_length:
                tries.append((key.lower(), False))  # "Al-Hayya said": a particle opening a sentence
            if key == "The" and "the" in by_length:
                tries.append(("the", False))  # "The North agreed": a form that starts with "the"
            if not tries and len(key) > 2 and key.isupper() and key.capitalize() in by_length:
                tries.append((key.capitalize(), True))  # a dateline or an all-caps line: "KYIV (Reuters)"
            for first, shouting in tries:
                cand = self._match_at(i, first, shouting, by_length[first])
                if cand is not None:
                    if cand.kind != "person" or not self._has_suffix(cand.j):
                        out.append(cand)
                    break
        return out

    def _match_at(self, i: int, first: str, shouting: bool, options) -> _Cand | None:
        """The longest gazetteer form starting at token ``i`` (whose key is read as ``first``)."""
        tokens, keys = self.tokens, self.keys
        for n, forms in options:
            if i + n > len(tokens):
                continue
            rest = keys[i + 1:i + n]
            if shouting:
                rest = [k.capitalize() if k.isupper() and len(k) > 1 else k for k in rest]
            span = (first, *rest)
            named = forms.get(span)
            if named is None:
                continue
            if n > 1 and "\n" in self.text[tokens[i].start:tokens[i + n - 1].end]:
                continue
            entry_id, via = named[-1]
            cand = _Cand(i, i + n, "entity", via, self.gaz.entries[entry_id])
            if len(named) > 1:
                cand.ambiguous = named
            cand.rule = self.rules.ambiguous.get(span)
            if cand.entry.actor.kind == "person":
                cand.kind = "person"
            return cand
        return None

    def _has_suffix(self, j: int) -> bool:
        """A name followed by "Jr." or ", Jr." belongs to someone else."""
        toks = self.tokens
        if j < len(toks) and toks[j].key == ",":
            j += 1
        return j < len(toks) and toks[j].key.rstrip(".") in self.rules.suffixes

    def _keep_single(self, cand: _Cand, covered: set[int]) -> bool:
        """Skip a one-word name that is part of a longer unknown proper name, and apply the
        ambiguity rule's skip conditions."""
        rule = cand.rule
        if rule is not None and self._rule_skips(rule, cand):
            return False
        if cand.via in ("adjective", "demonym"):
            # "Indian Ocean", "Turkish Airlines": the adjective names no actor
            return not (cand.j < len(self.tokens) and self.tokens[cand.j].key in self.rules.adjective_skip_after)
        if cand.via not in ("name", "alias", "metonym"):
            return True
        if cand.via == "metonym" and self._names_an_accord(cand):
            return False
        words = [t for t in self.tokens[cand.i:cand.j] if t.is_word and t.is_capitalized]
        if len(words) > 1 and cand.i >= 2 and self.lower[cand.i - 1] == "and" \
                and all(t.is_capitalized for t in self.tokens[cand.i:cand.j] if t.is_word) \
                and self.tokens[cand.i - 2].is_word and self.tokens[cand.i - 2].is_capitalized \
                and cand.i - 2 not in covered and self.tokens[cand.i - 2].key not in self.rules.common_words:
            return False  # "the African Union's Peace and Security Council": the end of a longer unknown name
        if len(words) != 1:
            return True
        tok = words[0]
        if tok.key.isupper() and len(tok.key) > 1:  # acronyms stand alone
            return True
        if cand.i in self.headline:
            return True
        return not (self._blocks(cand.i - 1, covered) or self._blocks(cand.j, covered))

    def _names_an_accord(self, cand: _Cand) -> bool:
        """Is this capital or seat part of an accord's or a process's name ("the Minsk agreements", "the
        Paris climate accord")? Not when a hyphen pairs it with another ("the Washington-Moscow accord")."""
        toks = self.tokens
        if cand.j >= len(toks) or toks[cand.j].key.lower() not in self.rules.metonym_skip_after:
            return False
        return not (cand.i >= 1 and toks[cand.i - 1].key in ("-", "–", "—", "/"))

    def _blocks(self, k: int, covered: set[int]) -> bool:
        """Is token ``k`` a capitalized word that makes its neighbour part of an unknown name?"""
        if k < 0 or k >= len(self.tokens):
            return False
        tok = self.tokens[k]
        if not tok.is_word or not tok.is_capitalized or tok.key.isdigit():
            return False
        if k in covered or tok.key in self.rules.common_words or tok.key in self.rules.name_words:
            return False
        if len(tok.key) > 5 and tok.key.endswith("ing") and self._opens_sentence(k):
            return False  # "Visiting Kyiv on Tuesday, ...", "Addressing Macron, ...": a participle opening its sentence
        return self.lower[k] not in self.title_words and self.lower[k] not in self.roles.honorifics

    def _opens_sentence(self, k: int) -> bool:
        """Does token ``k`` open a sentence, a paragraph or a quotation?"""
        if k == 0:
            return True
        prev = self.tokens[k - 1]
        return prev.key in (".", "!", "?", '"', "'", ":") or "\n" in self.text[prev.end:self.tokens[k].start]

    def _rule_skips(self, rule: AmbiguityRule, cand: _Cand) -> bool:
        keys = self.keys
        for words in rule.skip_before:
            n = len(words)
            if n and cand.i >= n and tuple(keys[cand.i - n:cand.i]) == words:
                return True
        for words in rule.skip_after:
            n = len(words)
            if n and tuple(keys[cand.j:cand.j + n]) == words:
                return True
        skip = self.document_skips.get(rule.source)
        if skip is None:
            skip = self.document_skips[rule.source] = any(word in self.text for word in rule.skip_document)
        return skip

    def _resolve_ambiguous(self, cands: list[_Cand]) -> None:
        mentioned = {c.entry.id for c in cands if c.entry is not None and not c.ambiguous and not (c.rule and c.rule.choices)}
        # a person mentioned stands for their state too ("Kim Jong Un" makes a story about North Korea)
        mentioned |= {c.entry.actor.country for c in cands if c.entry is not None and c.entry.actor.kind == "person"
                      and c.entry.actor.country and not c.ambiguous}
        for cand in cands:
            rule = cand.rule
            if rule is None or not rule.choices:
                continue
            chosen: str | None = cand.entry.id if cand.entry else None
            for actor_id, condition in rule.choices:
                if not condition or mentioned.intersection(condition):
                    chosen = actor_id
                    break
            if chosen is None:
                cand.entry = None
                continue
            cand.entry = self.gaz.entries[chosen]
            for entry_id, via in cand.ambiguous:
                if entry_id == chosen:
                    cand.via = via
            if cand.entry.actor.kind == "person":
                cand.kind = "person"

    # --- pass 2: titles and new people ---------------------------------------------------------------

    def _match_titles(self) -> dict[int, tuple[int, Title]]:
        """Title matches by start token: start -> (end, title). Case is ignored."""
        out: dict[int, tuple[int, Title]] = {}
        lower = self.lower
        for i in self._where(self.roles.by_first.keys()):
            for title in self.roles.by_first[lower[i]]:
                best = 0
                for keys in title.keys:
                    n = len(keys)
                    if n > best and tuple(lower[i:i + n]) == keys:
                        best = n
                if best and (i not in out or out[i][0] < i + best):
                    out[i] = (i + best, title)
        # a title inside a longer one is not a title of its own ("Minister" in "Deputy Foreign Minister")
        reach = -1
        for i in sorted(out):
            if i < reach:
                del out[i]
            else:
                reach = out[i][0]
        return out

    def _role_text(self, i: int, j: int, title: Title) -> str:
        """The title as written ("head", "Kremlin aide"), or its canonical form when it is only a
        case variant of it ("deputy foreign minister" -> "Deputy Foreign Minister")."""
        written = self.text[self.tokens[i].start:self.tokens[j - 1].end]
        if written.lower() == title.title.lower() or "." in written:  # "Sen." -> "Senator"
            return title.title
        return written

    def _document_person(self, name: str, role: str, prefix: _Cand | None, title: Title | None = None) -> Actor:
        """One actor per name introduced in the document (the first introduction gives the role)."""
        actor_id = slugify(name)
        actor = self.doc_people.get(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=name, kind="person", country=_country_of(prefix), role=role, source="document")
            self.doc_people[actor_id] = actor
            self.doc_units[actor_id] = _unit_of(prefix)
            if title is not None:
                self.doc_titles[actor_id] = title.title
        return actor

    def _prefix(self, i: int, cands_by_end: dict[int, _Cand]) -> tuple[int, _Cand | None]:
        """A state/organization word (with or without "'s") or an honorific right before token
        ``i``: the start of the whole mention and the country/organization candidate."""
        toks = self.tokens
        j = i
        if j >= 2 and toks[j - 1].key == "s" and toks[j - 2].key == "'":
            j -= 2
        cand = cands_by_end.get(j)
        if cand is not None and cand.entry is not None and cand.entry.actor.kind in _PLACE_KINDS \
                and cand.entry.actor.role != "media":
            return cand.i, cand
        return i, None

    def _match_titled_persons(self, cands: list[_Cand], entities: list[_Cand], titles: dict[int, tuple[int, Title]],
                              *, known_only: bool = False) -> list[_Cand]:
        by_start = {c.i: c for c in cands if c.kind == "person"}
        entity_end: dict[int, _Cand] = {}
        for c in entities:  # the longest entity ending at each token ("Bosnian Serb", not "Serb")
            if c.kind == "entity" and (c.j not in entity_end or c.i < entity_end[c.j].i):
                entity_end[c.j] = c
        entity_start = self.raw_entities
        covered = _covered(cands)
        out: list[_Cand] = []
        lower = self.lower
        for i, (j, title) in titles.items():
            if not title.person_title:
                continue
            # "Ambassador to Israel Mike Huckabee", "Special Envoy for Syria Tom Barrack"
            min_words = 1
            if j + 1 < len(lower) and lower[j] in ("to", "for", "of", "on"):
                m = j + 2 if lower[j + 1] == "the" else j + 1
                target = entity_start.get(m)
                if target is not None and target.entry is not None and target.entry.actor.kind != "person":
                    j = target.j
                    min_words = 2
            # "Mr." / "Sheikh" may sit between the title and the name
            k = j
            if k < len(lower) and lower[k] in self.roles.honorifics:
                k += 2 if k + 1 < len(lower) and lower[k + 1] == "." else 1
            start, prefix = self._prefix(i, entity_end)
            person = by_start.get(k)
            if person is not None:
                cand = _Cand(start, person.j, "person", "title", person.entry, person.actor, person.category or title.category)
                cand.role = title
                if prefix is not None:
                    cand.children.append(prefix)
                out.append(cand)
                continue
            if known_only:
                continue
            end = self._name_run(k, covered)
            if end is None and self._common_word_surname(k, covered):
                end = self._name_run(k + 1, covered)  # "Vice Premier He Lifeng": a surname that is also a common word
                end = end if end is not None and end > k + 1 else None
            if end is None:
                continue
            tail = self.raw_persons.get(end)  # the run swallowed a known name...
            if tail is None or tail.i <= k:
                tail = by_start.get(end)  # ...or stopped right before one
                end = tail.j if tail is not None else end
            if tail is not None and k < tail.i:
                # "Foreign Minister Sergei Viktorovich Lavrov": a known name with extra given names
                cand = _Cand(start, end, "person", "title", tail.entry, tail.actor, title.category)
                cand.role = title
                out.append(cand)
                continue
            words = sum(1 for t in self.tokens[k:end] if t.is_word and t.key not in self.rules.particles)
            if words < min_words or words < 2 and (title.category not in _STRONG or len(self.tokens[k].key) < 3):
                continue
            name = self.text[self.tokens[k].start:self.tokens[end - 1].end]
            actor = self._document_person(name, self._role_text(i, j, title), prefix, title)
            cand = _Cand(start, end, "person", "title", None, actor, title.category)
            cand.role = title
            out.append(cand)
        return out

    def _common_word_surname(self, k: int, covered: set[int]) -> bool:
        """Right after a title, a capitalized common word ("He", "Long", "Du") followed by another
        capitalized word that is not one is the first word of a name: "Vice Premier He Lifeng"."""
        toks = self.tokens
        if k + 1 >= len(toks) or k in covered or k + 1 in covered:
            return False
        first, second = toks[k], toks[k + 1]
        return (first.is_word and first.is_capitalized and first.key in self.rules.common_words
                and second.is_word and second.is_capitalized and second.key not in self.rules.common_words
                and second.key not in self.rules.name_words and self.lower[k + 1] not in self.title_words
                and second.start == first.end + 1)

    def _name_run(self, k: int, covered: set[int]) -> int | None:
        """End of a run of 1-4 capitalized words starting at ``k`` that no gazetteer form covers
        ("Sergey Ryabkov", "Khalil al-Hayya", "Ursula von der Leyen"); None if there is none."""
        toks, rules = self.tokens, self.rules
        end = k
        words = 0
        n = len(toks)
        while end < n and words < 4:
            tok = toks[end]
            if tok.is_word and tok.is_capitalized and (len(tok.key) == 1 or not tok.key.isupper()):
                if end in covered or tok.key in rules.common_words or tok.key in rules.name_words \
                        or self.lower[end] in self.title_words:
                    break
                if tok.key.rstrip(".") in rules.suffixes:
                    break
                words += 1
                end += 1
                if end < n and toks[end].key == "." and len(tok.key) == 1:  # an initial: "John F. Kennedy"
                    end += 1
                continue
            if tok.is_word and tok.key in rules.particles and words and end + 1 < n:
                end += 1
                continue
            if tok.key == "'" and end + 1 < n and toks[end + 1].key == "s":
                break  # a possessive: "Sergey Ryabkov's remarks"
            if tok.key in ("-", "'") and words and end + 1 < n and toks[end + 1].is_word \
                    and toks[end].start == toks[end - 1].end and toks[end + 1].start == toks[end].end:
                # joined pieces belong to the name whatever their case: "Jae-in", "al-Hayya", "O'Brien"
                end += 2
                continue
            break
        # do not end on a particle or a joiner
        while end > k and (toks[end - 1].key in ("-", "'") or toks[end - 1].key in rules.particles):
            end -= 1
        if words == 0 or end == k:
            return None
        if "\n" in self.text[toks[k].start:toks[end - 1].end]:
            return None
        return end

    def _match_appositions(self, cands: list[_Cand], titles: dict[int, tuple[int, Title]]) -> list[_Cand]:
        """ "Sergey Ryabkov, Russia's deputy foreign minister," and "X, the Hungarian foreign
        minister": an unknown two-word name followed by its title."""
        covered = _covered(cands)
        entity_at = {c.i: c for c in cands if c.kind == "entity"}
        out: list[_Cand] = []
        toks = self.tokens
        for k in self._where((",",), lower=False):
            if k == 0:
                continue
            # the name ends right before the comma: walk back over capitalized words
            start = k
            while start > 0 and toks[start - 1].is_word and (toks[start - 1].is_capitalized or toks[start - 1].key in self.rules.particles):
                start -= 1
            while start < k and (toks[start].key in self.rules.common_words or self.lower[start] in self.title_words):
                start += 1
            if k - start < 2:
                continue
            end = self._name_run(start, covered)
            if end != k:
                continue
            m = k + 1
            if m < len(toks) and self.lower[m] in ("the", "a", "an", "another"):
                m += 1
            qualified = False  # a state, group, possessor or modifier says which office
            while m < len(toks) and self.lower[m] in self.roles.modifiers:  # "a senior Hamas official"
                m += 1
                qualified = True
            prefix = entity_at.get(m)
            if prefix is not None and prefix.entry is not None and prefix.entry.actor.kind in _PLACE_KINDS:
                m = prefix.j
                if m + 1 < len(toks) and toks[m].key == "'" and toks[m + 1].key == "s":
                    m += 2
                qualified = True
            else:
                prefix = None
                # "the group's spokesman", "the movement's political chief": an unnamed possessor
                if m + 2 < len(toks) and toks[m].is_word and not toks[m].is_capitalized \
                        and toks[m + 1].key == "'" and toks[m + 2].key == "s":
                    m += 3
                    qualified = True
            while m < len(toks) and self.lower[m] in self.roles.modifiers:
                m += 1
            if m not in titles:
                continue
            _, title = titles[m]
            if not title.person_title:
                continue
            if title.category in ("official", "leader") and not qualified \
                    and not (titles[m][0] < len(toks) and self.lower[titles[m][0]] == "of"):
                continue  # "X, the official": too vague to make X an actor
            name = self.text[toks[start].start:toks[k - 1].end]
            role = self._role_text(m, titles[m][0], title)
            if prefix is None:  # "X, the leader of the breakaway region of Nagorno-Karabakh,"
                place = self._affiliation(titles[m][0], entity_at)
                if place is not None:
                    prefix, role = self._affiliated_role(role, place)
                else:  # "X, the head of the U.S. Agency for International Development,"
                    prefix, role = self._named_affiliation(titles[m][0], role, entity_at)
            actor = self._document_person(name, role, prefix, title)
            cand = _Cand(start, k, "person", "name", None, actor, title.category)
            out.append(cand)
        return out

    # --- pass 2b: names introduced by an affiliated title -------------------------------------------

    def _affiliation(self, m: int, entity_at: dict[int, _Cand]) -> _Cand | None:
        """The place or organization an "of"/"for" phrase at token ``m`` ends with, when the phrase
        runs to a comma or the end of the sentence: "of the breakaway region of Nagorno-Karabakh," ->
        Nagorno-Karabakh; "of the UN refugee agency," -> none (the phrase does not end on a name)."""
        toks, lower = self.tokens, self.lower
        if m >= len(toks) or lower[m] not in ("of", "for"):
            return None
        found: _Cand | None = None
        n = m + 1
        while n < len(toks) and n <= m + 9:
            if toks[n].key in (",", ".", ";", ":", "(", ")") or toks[n].key == '"':
                break
            cand = entity_at.get(n)
            if cand is not None and cand.entry is not None:
                found, n = cand, cand.j
                continue
            if toks[n].is_word and toks[n].is_capitalized and lower[n] not in self.title_words:
                found = None  # an unknown name inside the phrase: not sure what it names
            n += 1
        if found is None or found.j != n or n >= len(toks) or toks[n].key not in (",", ".", ";"):
            return None
        actor = found.entry.actor
        if actor.kind not in _PLACE_KINDS + ("territory",) or actor.role == "media":
            return None
        return found

    def _named_affiliation(self, m: int, role: str, entity_at: dict[int, _Cand]) -> tuple[_Cand | None, str]:
        """An "of"/"for" phrase at token ``m`` naming a body the gazetteer lacks, up to the comma:
        kept in the role as written, the state named inside it as the country ("head of the U.S.
        Agency for International Development" -> USA). Only for a name already introduced."""
        toks, lower = self.tokens, self.lower
        if m >= len(toks) or lower[m] not in ("of", "for"):
            return None, role
        state: _Cand | None = None
        n = m + 1
        while n < len(toks) and n <= m + 9 and toks[n].key not in (",", ";", "(", ")", '"'):
            cand = entity_at.get(n)
            if cand is not None and cand.entry is not None:
                if cand.entry.actor.kind == "state" and state is None:
                    state = cand
                n = cand.j
                continue
            if toks[n].key == "." and not (n + 1 < len(toks) and toks[n + 1].key == ","):
                break
            n += 1
        last = toks[n - 1]
        named_last = last.is_word and (last.is_capitalized or n - 2 > m and toks[n - 2].is_capitalized
                                       and lower[n - 1] in self.roles.place_nouns)  # "the Belgorod region"
        if n >= len(toks) or toks[n].key != "," or n == m + 1 or not named_last \
                or "\n" in self.text[toks[m].start:last.end]:
            return None, role
        return state, f"{role} {self.text[toks[m].start:last.end]}"

    def _affiliated_role(self, role: str, place: _Cand) -> tuple[_Cand, str]:
        """The prefix and role text for a title with an affiliation: a state only sets the country
        ("President of Ghana" -> President, GHA); a territory or organization is kept in the role
        ("leader of Nagorno-Karabakh", "head of the IAEA")."""
        actor = place.entry.actor
        if actor.kind == "state":
            return place, role
        written = self.text[self.tokens[place.i].start:self.tokens[place.j - 1].end]
        if place.i > 0 and self.lower[place.i - 1] == "the":  # "head of the IAEA"
            written = "the " + written
        return place, f"{role} of {written}"

    def _match_affiliated_names(self, cands: list[_Cand], titles: dict[int, tuple[int, Title]]) -> list[_Cand]:
        """ "The leader of the breakaway region of Nagorno-Karabakh, Samvel Shahramanyan, signed",
        "Abkhazia's leader, Badra Gunba,", "Rafael Grossi, who heads the IAEA,": an unknown name of two
        or more words introduced by a title tied to a place or organization."""
        covered = _covered(cands)
        entity_at = {c.i: c for c in cands if c.kind == "entity"}
        entity_end = {c.j: c for c in cands if c.kind == "entity"}
        toks, lower = self.tokens, self.lower
        out: list[_Cand] = []

        def name_after(k: int) -> int | None:
            """End of an unknown name of 2+ words right after the comma at ``k``, closed by a comma,
            the sentence's end or a lowercase word (its verb)."""
            if k + 2 >= len(toks) or toks[k].key != ",":
                return None
            end = self._name_run(k + 1, covered)
            if end is None:
                return None
            words = sum(1 for t in toks[k + 1:end] if t.is_word and t.key not in self.rules.particles)
            if words < 2:
                return None
            if end < len(toks) and not (toks[end].key in (",", ".", ";") or toks[end].is_word and not toks[end].is_capitalized):
                return None
            return end

        def add(start: int, end: int, role: str, prefix: _Cand | None, title: Title) -> None:
            name = self.text[toks[start].start:toks[end - 1].end]
            actor = self._document_person(name, role, prefix, title)
            out.append(_Cand(start, end, "person", "name", None, actor, title.category))
            covered.update(range(start, end))

        for m, (j, title) in titles.items():
            if not title.person_title or m in covered:
                continue
            # "<the> [modifiers] <title> of <...> <Place>, <Name>"
            i = m
            while i > 0 and lower[i - 1] in self.roles.modifiers:
                i -= 1
            opens = i > 0 and lower[i - 1] in ("the", "a", "an") or i == 0 or toks[i - 1].key in (",", ".", '"', "\n")
            place = self._affiliation(j, entity_at)
            if place is not None:
                if opens:
                    end = name_after(place.j)
                    if end is not None:
                        prefix, role = self._affiliated_role(self._role_text(m, j, title), place)
                        add(place.j + 1, end, role, prefix, title)
                        continue
            elif opens and title.category in self.roles.place_titled:
                # "The governor of Belgorod, Vyacheslav Gladkov," / "the mayor of Kharkiv, Ihor
                # Terekhov,": a place the gazetteer lacks stays in the role as written
                state, role = self._named_affiliation(j, self._role_text(m, j, title), entity_at)
                if state is not None or role != self._role_text(m, j, title):
                    comma = next((n for n in range(j, min(j + 11, len(toks))) if toks[n].key == ","), None)
                    end = name_after(comma) if comma is not None else None
                    if end is not None:
                        add(comma + 1, end, role, state, title)
                        continue
            # "<Territory>'s [modifiers] <title>, <Name>" (states and organizations: descriptions)
            i = m
            while i > 0 and lower[i - 1] in self.roles.modifiers:
                i -= 1
            if i >= 2 and toks[i - 1].key == "s" and toks[i - 2].key == "'":
                owner = entity_end.get(i - 2)
                if owner is not None and owner.entry is not None and owner.entry.actor.kind == "territory":
                    end = name_after(j)
                    if end is not None:
                        prefix, role = self._affiliated_role(self._role_text(m, j, title), owner)
                        add(j + 1, end, role, prefix, title)
        # "<Name>, who heads <Organization>,"
        for k in self._where((",",), lower=False):
            if k + 3 >= len(toks) or lower[k + 1] != "who" or lower[k + 2] not in self.roles.head_verbs:
                continue
            start = k
            while start > 0 and toks[start - 1].is_word and (toks[start - 1].is_capitalized or toks[start - 1].key in self.rules.particles):
                start -= 1
            while start < k and (toks[start].key in self.rules.common_words or lower[start] in self.title_words):
                start += 1
            if k - start < 2 or self._name_run(start, covered) != k:
                continue
            n = k + 3
            if n < len(toks) and lower[n] == "the":
                n += 1
            place = entity_at.get(n)
            if place is None or place.entry is None or place.j >= len(toks) or toks[place.j].key not in (",", ".", ";"):
                continue
            if place.entry.actor.kind not in _PLACE_KINDS + ("territory",) or place.entry.actor.role == "media":
                continue
            form, title = self.roles.head_verbs[lower[k + 2]]
            prefix, role = self._affiliated_role(form, place)
            add(start, k, role, prefix, title)
        return out

    def _plural_title_before(self, k: int) -> tuple[int, Title] | None:
        """A plural title ending at token ``k`` ("special envoys", "foreign ministers"): its first
        token and the title."""
        word = self.lower[k]
        if len(word) < 4 or not word.endswith("s"):
            return None
        singular = word[:-1]
        best: tuple[int, Title] | None = None
        for n in range(1, 4):
            i = k - n + 1
            if i < 0:
                break
            keys = (*self.lower[i:k], singular)
            for title in self.roles.by_first.get(keys[0], ()):
                if title.person_title and keys in title.keys:
                    best = (i, title)
        return best

    def _match_plural_appositions(self, cands: list[_Cand]) -> list[_Cand]:
        """ "Special envoys of the two countries, Serdar Kilic and Ruben Rubinyan, met" / "The foreign
        ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov,": two unknown names
        after a plural title each become a person with that role (and, when an "of A and B" phrase
        names two states, the state in the same order)."""
        covered = _covered(cands)
        entity_at = {c.i: c for c in cands if c.kind == "entity" and c.entry is not None}
        toks, lower = self.tokens, self.lower
        out: list[_Cand] = []
        for k in self._where((",",), lower=False):
            if k < 2:
                continue
            first_end = self._name_run(k + 1, covered) if k + 1 < len(toks) else None
            if first_end is None or first_end >= len(toks) or lower[first_end] != "and":
                continue
            second_end = self._name_run(first_end + 1, covered)
            if second_end is None or (second_end < len(toks) and toks[second_end].is_word and toks[second_end].is_capitalized):
                continue
            names = [(k + 1, first_end), (first_end + 1, second_end)]
            if any(sum(1 for t in toks[a:b] if t.is_word) < 2 for a, b in names):
                continue
            # walk back from the comma over an "of ..." phrase to the plural title
            states: list[_Cand] = []
            m = k - 1
            found = None
            while m >= 0 and m >= k - 10 and toks[m].key not in (",", ".", ";"):
                found = self._plural_title_before(m)
                if found is not None:
                    break
                m -= 1
            if found is None:
                continue
            n = m + 1
            while n < k:
                cand = entity_at.get(n)
                if cand is not None and cand.entry.actor.kind == "state":
                    states.append(cand)
                    n = cand.j
                    continue
                n += 1
            start, title = found
            role = title.title
            for idx, (a, b) in enumerate(names):
                prefix = states[idx] if len(states) == 2 else None
                name = self.text[toks[a].start:toks[b - 1].end]
                actor = self._document_person(name, role, prefix, title)
                out.append(_Cand(a, b, "person", "name", None, actor, title.category))
                covered.update(range(a, b))
        for k in self._where(self.roles.plural_ends):  # "Deputy foreign ministers Theresa Lazaro and Chen Xiaodong
            # held talks": the two names right after the plural title, with no comma
            if not 1 <= k < len(toks) - 3 or not toks[k].is_word or not lower[k].endswith("s") or k + 1 in covered \
                    or not toks[k + 1].is_capitalized:
                continue
            found = self._plural_title_before(k)
            first_end = self._name_run(k + 1, covered) if found is not None else None
            if first_end is None or first_end >= len(toks) or lower[first_end] != "and":
                continue
            second_end = self._name_run(first_end + 1, covered)
            if second_end is None or (second_end < len(toks) and toks[second_end].is_word
                                      and toks[second_end].is_capitalized):
                continue
            names = [(k + 1, first_end), (first_end + 1, second_end)]
            if any(sum(1 for t in toks[a:b] if t.is_word) < 2 for a, b in names):
                continue
            title = found[1]
            for a, b in names:
                name = self.text[toks[a].start:toks[b - 1].end]
                actor = self._document_person(name, title.title, None, title)
                out.append(_Cand(a, b, "person", "name", None, actor, title.category))
                covered.update(range(a, b))
        return out

    def _match_unknown_bodies(self, cands: list[_Cand], titles: dict[int, tuple[int, Title]] | None = None) -> list[_Cand]:
        """Names the gazetteer lacks: organizations by their head, their unnamed officers, people by a relation
        (``timeline/actors/bodies.py``, data in ``bodies.yaml``)."""
        return match_unknown_bodies(self, cands, titles)

    def _match_description_appositions(self, cands: list[_Cand], context: list[_Cand] = ()) -> list[_Cand]:
        """ "Oman's crown prince, Theyazin bin Haitham," / "the group's spokesman, Ahmed Hassan, said":
        a description with a title followed by an unknown name of two or more words becomes that
        person, with the title's role and the description's state. "his Russian counterpart, Nikolai
        Patrushev," names a counterpart; "Russia recalled its ambassador, Anatoly Antonov," takes its
        state from the possessive pronoun's antecedent in ``context`` (the nearest earlier mention in
        the sentence)."""
        covered = _covered(cands)
        toks = self.tokens
        out: list[_Cand] = []
        for cand in cands:
            counterpart = cand.kind == "description" and cand.pattern == "counterpart" and cand.role is None
            if cand.kind != "description" or not counterpart and (cand.role is None or not cand.role.person_title):
                continue
            k = cand.j
            if k + 2 >= len(toks) or toks[k].key != ",":
                continue
            end = self._name_run(k + 1, covered)
            if end is None or end == k + 1:
                continue
            words = sum(1 for t in toks[k + 1:end] if t.is_word and t.key not in self.rules.particles)
            if words < 2:
                continue
            if end < len(toks) and toks[end].is_word and toks[end].is_capitalized:
                continue  # the run stopped inside a longer capitalized phrase
            name = self.text[toks[k + 1].start:toks[end - 1].end]
            country = cand.country
            if country is None and cand.pattern == "possessed" and self.lower[cand.i] in self.roles.possessives:
                country = self._antecedent(cand, context)
            if counterpart:
                actor = self._document_person(name, "counterpart", country)
            else:
                actor = self._document_person(name, self._role_text(*self._title_span(cand), cand.role), country, cand.role)
            person = _Cand(k + 1, end, "person", "name", None, actor, cand.role.category if cand.role else cand.category)
            out.append(person)
            covered.update(range(k + 1, end))
        return out

    def _antecedent(self, cand: _Cand, context: list[_Cand]) -> _Cand | None:
        """What a possessive pronoun before a title refers to: the nearest earlier state, body or
        known person in the same sentence ("its" and "their" prefer a state or body, "his" and "her"
        a person)."""
        start = self.tokens[cand.i].start
        if self._sentences is None:
            self._sentences = split_sentences(self.text)
        lo = sentence_at(self._sentences, start)[0]
        wanted = "person" if self.lower[cand.i] in ("his", "her") else "entity"
        before = [c for c in context if c.j <= cand.i and self.tokens[c.i].start >= lo and c.entry is not None
                  and (c.kind == "person" or c.entry.actor.kind in _PLACE_KINDS)]
        if not before and lo > 0:
            # ("China condemned the move. "It is bullying," its spokesman, Wang Wenbin, said": the sentence before)
            prev = sentence_at(self._sentences, lo - 1)[0]
            before = [c for c in context if self.tokens[c.i].start >= prev and self.tokens[c.j - 1].end <= lo
                      and c.entry is not None and (c.kind == "person" or c.entry.actor.kind in _PLACE_KINDS)]
        if not before:
            return None
        preferred = [c for c in before if c.kind == wanted]
        return max(preferred or before, key=lambda c: c.j)

    def _possessed_titles(self, titles: dict[int, tuple[int, Title]], cands: list[_Cand]) -> list[_Cand]:
        """ "the group's spokesman", "the movement's political chief", "its ambassador": a title owned
        by an unnamed body or a pronoun. Used only to introduce the name that follows it in apposition;
        never an actor itself."""
        covered = _covered(cands)
        toks = self.tokens
        out = []
        for t, (j, title) in titles.items():
            p = t
            while p > 0 and self.lower[p - 1] in self.roles.modifiers:
                p -= 1
            if p > 0 and self.lower[p - 1] in self.roles.possessives and p - 1 not in covered \
                    and j < len(toks) and toks[j].key == ",":
                cand = _Cand(p - 1, j, "description", "description", pattern="possessed", category=title.category)
                cand.role = title
                cand.role_start = t
                out.append(cand)
                continue
            i = t
            if i >= 1 and toks[i - 1].is_word and not toks[i - 1].is_capitalized and i - 1 not in covered \
                    and not (i >= 2 and toks[i - 2].key in ("'", "s") and toks[i - 1].key == "s"):
                i -= 1  # one word between the possessor and the title: "the movement's political chief"
            if i < 3 or i in covered or not (toks[i - 1].key == "s" and toks[i - 2].key == "'"):
                continue
            owner = toks[i - 3]
            if not owner.is_word or owner.is_capitalized or i - 3 in covered:
                continue
            cand = _Cand(i - 3, j, "description", "description", pattern="possessed", category=title.category)
            cand.role = title
            cand.role_start = i
            out.append(cand)
        return out

    def _title_span(self, cand: _Cand) -> tuple[int, int]:
        """Token span of the title inside a description ("crown prince" in "Oman's crown prince")."""
        if cand.role_start >= 0:
            return cand.role_start, cand.j
        for i in range(cand.i, cand.j):
            for title_keys in cand.role.keys if cand.role is not None else ():
                n = len(title_keys)
                if tuple(self.lower[i:i + n]) == title_keys:
                    return i, i + n
        return cand.i, cand.j

    # --- pass 3: surnames ----------------------------------------------------------------------------

    def _match_surnames(self, cands: list[_Cand]) -> list[_Cand]:
        """Surnames of people mentioned earlier in the document ("Ryabkov said")."""
        firsts: dict[tuple[str, ...], list[tuple[int, _Cand]]] = {}
        for cand in sorted(cands, key=lambda c: c.i):
            if cand.kind != "person":
                continue
            keys = self._surname_keys(cand)
            if keys:
                firsts.setdefault(keys, []).append((cand.j, cand))
        if not firsts:
            return []
        covered = _covered(cands)
        out: list[_Cand] = []
        toks = self.tokens
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for keys in firsts:
            by_first.setdefault(keys[0], []).append(keys)
        lower, particles = self.lower, self.rules.particles
        for i, first in enumerate(self.keys):
            if first not in by_first:
                first = lower[i]
                if first not in by_first or first not in particles:
                    continue
                # "Al-Hayya said": a particle opening a sentence
            if i in covered:
                continue
            tok = toks[i]
            for keys in sorted(by_first[first], key=len, reverse=True):
                n = len(keys)
                if (first, *self.keys[i + 1:i + n]) != keys or any(x in covered for x in range(i, i + n)):
                    continue
                before = [c for end, c in firsts[keys] if end <= i]
                if not before:
                    continue
                if n == 1 and i not in self.headline and (self._blocks(i - 1, covered) or self._blocks(i + 1, covered)):
                    continue
                if n == 1 and tok.key in self.rules.common_words:
                    continue  # "He said": the pronoun, not He Lifeng
                person = self._salient(before, [c for c in out if c.i < i])
                cand = _Cand(i, i + n, "person", "surname", person.entry, person.actor, person.category)
                out.append(cand)
                break
        return out

    @staticmethod
    def _salient(named: list[_Cand], referred: list[_Cand]) -> _Cand:
        """Of the people fully named before with this surname, the one a lone surname means: the
        most mentioned so far (a second Kim introduced in passing does not take over "Kim"), the
        most recently named among equals."""
        def key(c: _Cand) -> str:
            return c.entry.id if c.entry is not None else c.actor.id if c.actor is not None else ""
        counts: dict[str, int] = {}
        for c in named + referred:
            counts[key(c)] = counts.get(key(c), 0) + 1
        best = named[-1]
        for c in reversed(named):
            if counts[key(c)] > counts[key(best)]:
                best = c
        return best

    def _surname_keys(self, cand: _Cand) -> tuple[str, ...] | None:
        if cand.entry is not None:
            return split_form(cand.entry.surname) if cand.entry.surname else None
        if cand.actor is None:
            return None
        # the family name ("Guo Jiakun" -> Guo), else the last word with its particles ("al-Hayya")
        surname = surname_of(cand.actor.name, cand.actor.country, self.rules.name_order, self.rules.particles)
        return split_form(surname or cand.actor.name) or None

    # --- pass 4: descriptions ------------------------------------------------------------------------

    def _match_descriptions(self, cands: list[_Cand], titles: dict[int, tuple[int, Title]]) -> list[_Cand]:
        entity_at: dict[int, _Cand] = {}
        person_at: dict[int, _Cand] = {}
        for c in cands:
            if c.kind == "entity" and c.entry is not None and c.entry.actor.kind in _PLACE_KINDS and c.entry.actor.role != "media":
                entity_at.setdefault(c.i, c)
            elif c.kind == "person" and c.via != "title":
                person_at.setdefault(c.i, c)
        recent, recent_first, counterpart, counterpart_first, needed = _description_words(self.roles)
        out: list[_Cand] = []
        lower = self.lower
        n = len(lower)
        possessives = self.roles.possessives
        modifiers = self.roles.modifiers
        positions: dict[str, list[int]] = {}  # (only the words a pattern can start with)
        for k in self._where(needed):
            positions.setdefault(lower[k], []).append(k)

        def starts(item: str) -> list[int]:
            if item == "{COUNTRY}":
                return list(entity_at)
            if item == "{PERSON}":
                return list(person_at)
            if item == "{ROLE}":
                return [k for k, (_, t) in titles.items() if t.description]
            if item == "{POSS}":
                return [k for word in possessives for k in positions.get(word, ())]
            if item == "{RECENT}":
                return [k for word in recent_first for k in positions.get(word, ())]
            if item == "{COUNTERPART}":
                return [k for word in counterpart_first for k in positions.get(word, ())]
            return positions.get(item, [])

        tries = sorted((i, order) for order, pattern in enumerate(self.roles.descriptions) for i in starts(pattern.items[0]))
        for i, order in tries:
            pattern = self.roles.descriptions[order]
            # (the candidate is made only when the pattern matches: most tries fail at their first words)
            country = person = role = recent_title = None
            recent_cats: tuple[str, ...] = ()
            children: list[_Cand] = []
            k = i
            ok = True
            for item in pattern.items:
                if item in ("{COUNTRY}", "{ROLE}", "{COUNTERPART}") and not (item == "{ROLE}" and k in titles):
                    while k < n and lower[k] in modifiers:  # "Russia's new defense minister"
                        k += 1
                if k >= n:
                    ok = False
                    break
                if item == "{COUNTRY}":
                    c = entity_at.get(k)
                    if c is None:
                        ok = False
                        break
                    country = c
                    children.append(c)
                    k = c.j
                elif item == "{PERSON}":
                    c = person_at.get(k)
                    if c is None:
                        ok = False
                        break
                    person = c
                    children.append(c)
                    k = c.j
                elif item == "{ROLE}":
                    t = titles.get(k)
                    if t is None or not t[1].description:
                        ok = False
                        break
                    role = t[1]
                    k = t[0]
                elif item == "{POSS}":
                    if lower[k] not in self.roles.possessives:
                        ok = False
                        break
                    k += 1
                elif item == "{RECENT}":
                    best = None
                    for keys in recent_first.get(lower[k], ()):
                        if tuple(lower[k:k + len(keys)]) == keys and (best is None or len(keys) > len(best)):
                            best = keys
                    if best is None:
                        ok = False
                        break
                    recent_cats = recent[best]
                    if len(recent_cats) == 1:
                        named = self.roles.title_named(" ".join(best))
                        recent_title = named.title if named is not None else None
                    k += len(best)
                elif item == "{COUNTERPART}":
                    best = None
                    for keys in counterpart:
                        if tuple(lower[k:k + len(keys)]) == keys:
                            best = keys
                    if best is None:
                        ok = False
                        break
                    k += len(best)
                else:
                    if lower[k] != item:
                        ok = False
                        break
                    k += 1
            if not ok or k == i:
                continue
            # "the president of the European Commission": the "of" phrase names the office
            if k < n and lower[k] == "of":
                continue
            # "the Russian foreign minister Sergey Lavrov" is a titled name, not a description
            if k < n and self.tokens[k].is_capitalized and self.tokens[k].is_word and lower[k] not in ("the",) \
                    and self.tokens[k].key not in self.rules.common_words and self.tokens[k].start == self.tokens[k - 1].end + 1 \
                    and role is not None:
                continue
            out.append(_Cand(i, k, "description", "description", pattern=pattern.resolve, category=pattern.category,
                             country=country, person=person, role=role, recent=recent_cats, recent_title=recent_title,
                             children=children))
        return out

    # --- resolution in document order --------------------------------------------------------------

    def _resolve(self, chosen: list[_Cand]) -> list[ActorMention]:
        out: list[ActorMention] = []
        seen: list[tuple[int, Actor, frozenset[str]]] = []  # (start char, person, categories)
        guessed: dict[int, str] = {}  # index in ``out`` -> the unit of an office whose holder the gazetteer gave
        pending = sorted(chosen, key=lambda c: c.i)
        idx = 0
        while idx < len(pending):
            cand = pending[idx]
            idx += 1
            if cand.kind == "description":
                self._guessed_unit = None
                actor = self._resolve_description(cand, pending, idx, seen)
                if actor is not None and self._guessed_unit is not None:
                    guessed[len(out)] = self._guessed_unit
                if actor is None and self._owned_office(cand):
                    actor = self._actor_of(cand.country)  # "NATO's secretary general" (no holder known): NATO
                if actor is None:
                    # fall back to what it contains ("Kremlin officials" -> the Kremlin)
                    pending[idx:idx] = sorted(cand.children, key=lambda c: c.i)
                    continue
                via = "description"
            else:
                actor = self._actor_of(cand)
                via = cand.via
            start, end = self.tokens[cand.i].start, self.tokens[cand.j - 1].end
            out.append(ActorMention(start, end, self.text[start:end], actor, via))
            if actor.kind == "person":
                seen.append((start, actor, self._categories(cand, actor)))
                if actor.id not in self.person_titles:
                    self.person_titles[actor.id] = self._titles(actor)
        return self._unnamed_offices(out, guessed)

    def _unnamed_offices(self, out: list[ActorMention], guessed: dict[int, str]) -> list[ActorMention]:
        """"Qatar's Prime Minister said", "the Omani foreign minister", "his Turkish counterpart": an official the text
        names only by title, never by name anywhere in it, acts for the state or organization of the office (the
        gazetteer's holder is a guess an analyst cannot check against the text); "The Turkish leader hosted ... Recep
        Tayyip Erdogan promised" names the holder, who stays."""
        if not guessed:
            return out
        named = {m.actor.id for k, m in enumerate(out) if k not in guessed and m.via != "description"}
        # (a description that refers back to the guessed holder, "The German chancellor met ... The chancellor said",
        # names no one either: it follows the first one to the state)
        units = {out[k].actor.id: unit for k, unit in guessed.items()}
        for k, m in enumerate(out):
            unit = guessed.get(k) or (units.get(m.actor.id) if m.via == "description" else None)
            if unit is None or m.actor.id in named:
                continue
            state = self._unit_actor(unit)
            if state is not None:
                out[k] = ActorMention(m.start, m.end, m.text, state, m.via)
        return out

    # --- pass 5: back-references ("the bloc", "the alliance", "the Deputy Secretary") ----------------

    def _add_back_references(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """Definite nouns that stand for an organization named before ("the bloc" after "the EU",
        "the committee" after "the Norwegian Nobel Committee", "the group" after "Hamas") and titles
        cut short that stand for the person named with the whole title before ("The Deputy
        Secretary" after "Deputy Secretary of State Wendy Sherman"). Each resolves to the most
        recent earlier mention it fits, never to an actor the document has not named."""
        refs = self.rules.references
        if not mentions or refs is None:
            return mentions
        lower, toks = self.lower, self.tokens
        firsts = _reference_firsts(refs)
        words = _title_cuts(self.roles)
        its = [i for i in self._where(("its",)) if i + 1 < len(lower) and refs.possessive_nouns]
        full = _full_titles(self.roles)
        rulers = {keys[0] for keys in refs.ruler_nouns}
        thes = [i for i in self._where(("the",)) if i + 1 < len(lower)
                and (lower[i + 1] in firsts or lower[i + 1] in words or toks[i + 1].key in refs.modifiers
                     or toks[i + 1].key.isdigit() or lower[i + 1] in full or lower[i + 1] in rulers)]
        if not thes and not its:
            return mentions
        starts, ends = list(map(_START, toks)), list(map(_END, toks))  # (both strictly increasing)
        owner: dict[int, int] = {}  # token -> index of the mention covering it
        for n, m in enumerate(mentions):
            i, j = bisect_left(starts, m.start), bisect_left(ends, m.end)
            if i == len(starts) or starts[i] != m.start or j == len(ends) or ends[j] != m.end:
                continue  # (no token starts where the mention starts, or none ends where it ends)
            for k in range(i, j + 1):
                owner[k] = n
        added: list[ActorMention] = []
        dropped: set[int] = set()
        n_tok = len(toks)
        for i in thes:
            if i + 1 in owner and mentions[owner[i + 1]].actor.kind == "person":
                continue
            found = self._refer_to_organization(i, mentions, owner, refs)
            if found is None:
                found = self._refer_to_person(i, mentions, owner)
            if found is None:
                found = self._refer_to_titled_person(i, mentions, owner)
            if found is None:
                found = self._refer_to_rulers(i, mentions, owner, refs)
            if found is None:
                continue
            j, actor, inside = found
            if j < n_tok and lower[j] in refs.skip_after:
                continue  # "the bloc of flats", "the alliance between the two parties"
            dropped.update(inside)
            start, end = toks[i].start, toks[j - 1].end
            added.append(ActorMention(start, end, self.text[start:end], actor, "description"))
        for i in its:
            found = self._refer_with_its(i, mentions, owner, refs)
            if found is not None:
                j, actor = found
                start, end = toks[i].start, toks[j - 1].end
                added.append(ActorMention(start, end, self.text[start:end], actor, "description"))
        if not added:
            return mentions
        kept = [m for n, m in enumerate(mentions) if n not in dropped]
        return sorted(kept + added, key=lambda m: m.start)

    def _refer_with_its(self, i: int, mentions: list[ActorMention], owner: dict[int, int], refs):
        """``its leaders`` at token ``i``: (end token, the state or organization mentioned last before)."""
        lower, toks, n_tok = self.lower, self.tokens, len(self.tokens)
        for keys in refs.possessive_nouns:
            j = i + 1 + len(keys)
            if tuple(lower[i + 1:j]) != keys or any(k in owner for k in range(i + 1, j)):
                continue
            if j < n_tok and (lower[j] in refs.skip_after or toks[j].key == "'"):
                return None  # "its members of parliament", "its leaders' summit"
            before = toks[i].start
            for m in reversed(mentions):
                if m.start >= before:
                    continue
                if before - m.end > refs.possessive_window:
                    return None
                if m.actor.kind == "person":
                    return None  # "his"/"its" after a person: not a body's
                if m.via in ("adjective", "demonym"):
                    continue
                return j, m.actor
            return None
        return None

    def _reference_noun_at(self, k: int, refs) -> bool:
        lower = self.lower
        return any(tuple(lower[k:k + len(keys)]) == keys for keys in refs.nouns if len(keys) > 1)

    def _most_mentioned(self, mentions: list[ActorMention], before: int, fits) -> Actor | None:
        """The actor that ``fits`` mentioned most often before character ``before`` (the most recent among equals)."""
        counts: dict[str, int] = {}
        actors: dict[str, Actor] = {}
        for m in mentions:
            if m.start >= before:
                break
            actor = fits(m.actor)
            if actor is not None:
                counts[actor.id] = counts.get(actor.id, 0) + 1
                actors[actor.id] = actor
                actors[actor.id] = actors.pop(actor.id)  # re-inserted: the last key is the most recent
        if not actors:
            return None
        best = max(counts.values())
        return [a for i, a in actors.items() if counts[i] == best][-1]

    def _earlier(self, mentions: list[ActorMention], before: int, fits) -> Actor | None:
        """The actor of the most recent mention before character ``before`` that ``fits``."""
        for m in reversed(mentions):
            if m.start >= before:
                continue
            actor = fits(m.actor)
            if actor is not None:
                return actor
        return None

    def _refer_to_organization(self, i: int, mentions: list[ActorMention], owner: dict[int, int], refs):
        """``the [modifiers] noun`` at token ``i``: (end token, organization, mentions inside to drop)."""
        lower, toks, n_tok = self.lower, self.tokens, len(self.tokens)
        k = i + 1
        inside: list[int] = []
        while k < n_tok and k - i <= 5:
            key = toks[k].key
            if self._reference_noun_at(k, refs):
                break  # "the 27 member states": "member" is the noun here, not a modifier
            if k in owner:
                m = mentions[owner[k]]
                hyphened = k + 1 < n_tok and toks[k + 1].key == "-"  # "the Iran-backed group"
                if key not in refs.modifiers or not (m.via in ("adjective", "demonym") or hyphened):
                    return None
                inside.append(owner[k])
            elif not (key in refs.modifiers or key.isdigit() or key == "-"):
                break
            k += 1
        # the noun: the longest listed one at k
        best: tuple[int, frozenset[str] | None, str | None] | None = None
        for keys, ids in refs.nouns.items():
            if tuple(lower[k:k + len(keys)]) == keys and (best is None or len(keys) > best[0]):
                best = (len(keys), ids, None)
        if best is None and k < n_tok and lower[k] in refs.kind_nouns:
            best = (1, None, lower[k])
        head = k < n_tok and lower[k] in refs.head_nouns
        if best is None and not head:
            return None
        j = k + (best[0] if best else 1)
        if any(m in owner for m in range(k, j)):
            return None
        if j < n_tok and toks[j].is_capitalized and toks[j].is_word and toks[j].start == toks[j - 1].end + 1:
            return None  # "the Union Minister", "the Alliance Party": part of a longer name
        before = toks[i].start
        actor = None
        if best is not None and best[1] is not None:
            ids = best[1]

            def fits(a: Actor) -> Actor | None:
                if a.id in ids:
                    return a
                entry = self.gaz.entries.get(a.id)
                if entry is not None and entry.parent in ids:
                    return self.gaz.entries[entry.parent].actor
                return None
            actor = self._most_mentioned(mentions, before, fits)
        elif best is not None:
            kinds = refs.kind_nouns[best[2]]
            actor = self._earlier(mentions, before, lambda a: a if a.kind in kinds else None)
        if actor is None and head:
            noun = lower[k]
            actor = self._earlier(mentions, before, lambda a: a if a.kind in ("igo", "group", "organization", "government")
                                  and noun in self._name_words(a) else None)
            j = k + 1
        if actor is None:
            return None
        return j, actor, inside

    def _name_words(self, actor: Actor) -> frozenset[str]:
        """Lowercase words of an organization's names ("committee" for the Norwegian Nobel Committee)."""
        cached = _NAME_WORDS.get(id(self.gaz))
        if cached is None or cached[0] is not self.gaz:
            _NAME_WORDS.clear()
            cached = _NAME_WORDS[id(self.gaz)] = (self.gaz, {})
        cache = cached[1]
        found = cache.get(actor.id)
        if found is None:
            entry = self.gaz.entries.get(actor.id)
            forms = [actor.name] + ([f for f, via in entry.forms if via in ("name", "alias")] if entry is not None else [])
            found = cache[actor.id] = frozenset(k.lower() for f in forms for k in split_form(f))
        return found

    def _refer_to_person(self, i: int, mentions: list[ActorMention], owner: dict[int, int]):
        """``the <title cut before "of">`` ("the Deputy Secretary", "the Secretary") standing for the
        last person the document named with the whole title ("Deputy Secretary of State ...")."""
        lower, toks, n_tok = self.lower, self.tokens, len(self.tokens)
        cuts = _title_cuts(self.roles)
        if i + 1 >= n_tok or lower[i + 1] not in cuts or (i + 1) in owner:
            return None
        before = toks[i].start
        window = self.rules.recency_window
        for m in reversed(mentions):
            if m.start >= before:
                continue
            if before - m.start > window:
                return None
            if m.actor.kind != "person":
                continue
            for title in self.person_titles.get(m.actor.id, ()):
                for keys in cuts[lower[i + 1]].get(title, ()):
                    cut = len(keys)
                    if tuple(lower[i + 1:i + 1 + cut]) != keys:
                        continue
                    j = i + 1 + cut
                    if any(k in owner for k in range(i + 1, j)):
                        return None
                    if j < n_tok and (lower[j] == "of" or toks[j].is_capitalized and toks[j].is_word) or j < n_tok and lower[j] in ("-", "general"):
                        return None  # "the Secretary of the club", "the Secretary Antony Blinken", "the Secretary-General"
                    return j, m.actor, []
        return None

    def _refer_to_rulers(self, i: int, mentions: list[ActorMention], owner: dict[int, int], refs):
        """``the junta`` (references ``ruler_nouns``) at token ``i``: the state whose rulers the document named with
        the same words before ("Niger's junta", "the Malian junta": the most recent), else the state whose capital
        opens the document as its dateline ("NIAMEY - ..."); None otherwise."""
        lower, toks = self.lower, self.tokens
        if i + 1 >= len(lower) or not any(k[0] == lower[i + 1] for k in refs.ruler_nouns):
            return None
        keys = next((k for k in refs.ruler_nouns if tuple(lower[i + 1:i + 1 + len(k)]) == k), None)
        if keys is None or any(k in owner for k in range(i + 1, i + 1 + len(keys))):
            return None
        j = i + 1 + len(keys)
        before = toks[i].start
        starts = [t.start for t in toks]
        for m in reversed(mentions):
            if m.start >= before or m.actor.kind != "state":
                continue
            k = bisect_left(starts, m.end)
            if k < len(toks) and toks[k].key == "'" and k + 1 < len(toks) and lower[k + 1] == "s":
                k += 2  # "Niger's junta"
            elif m.via not in ("adjective", "demonym"):
                continue  # (only an owner: "Niger's", "the Malian")
            if tuple(lower[k:k + len(keys)]) == keys:
                return j, m.actor, []
        first = mentions[0] if mentions else None
        if first is not None and first.start == toks[0].start and first.actor.kind == "state" \
                and first.via in ("capital", "metonym") and len(toks) > 1 and toks[1].key in ("-", "—", "–", ","):
            return j, first.actor, []  # the dateline: "NIAMEY - ..."
        return None

    def _refer_to_titled_person(self, i: int, mentions: list[ActorMention], owner: dict[int, int]):
        """``the <whole title>`` ("the secretary-general", "the prime minister") standing for the one person the
        document named before with that title (held on the document's date): "a spokesman for Secretary-General
        António Guterres said the secretary-general urged restraint". None when no one or more than one person named
        before holds it, or when a name or "of" follows ("the Prime Minister of Japan")."""
        lower, toks, n_tok = self.lower, self.tokens, len(self.tokens)
        best = None
        for title, keys in _full_titles(self.roles).get(lower[i + 1], ()):
            j = i + 1 + len(keys)
            if tuple(lower[i + 1:j]) == keys and (best is None or j > best[0]):
                best = (j, title)
        if best is None:
            return None
        j, title = best
        if any(k in owner for k in range(i + 1, j)) or j < n_tok and (
                lower[j] in ("of", "-") or toks[j].is_capitalized and toks[j].is_word):
            return None
        before = toks[i].start
        holders = {m.actor.id: m.actor for m in mentions if m.start < before and m.actor.kind == "person"
                   and title in self.person_titles.get(m.actor.id, ())}
        if len(holders) != 1:
            return None
        return j, next(iter(holders.values())), []

    def _owned_office(self, cand: _Cand) -> bool:
        """Is ``cand`` an office owned by a state or organization named with "'s" ("NATO's secretary general",
        "Iran's foreign minister")? With no holder known on the document's date, the owner speaks through it."""
        c = cand.country
        if c is None or cand.children != [c] or c.entry is None or c.entry.actor.kind not in ("state", "igo") \
                or cand.pattern in ("recent", "counterpart", "person_office"):
            return False
        toks = self.tokens
        return c.j + 1 < cand.j and toks[c.j].key == "'" and toks[c.j + 1].key == "s"

    def _actor_of(self, cand: _Cand) -> Actor:
        if cand.entry is not None:
            return cand.entry.actor_on(self.dct)
        assert cand.actor is not None
        return cand.actor

    def _current_offices(self, entry: Entry) -> list:
        """The offices ``entry`` holds on the document's date (without a date: today's offices)."""
        if self.dct is None:
            return [o for o in entry.offices if o.end is None]
        return [o for o in entry.offices if o.covers(self.dct)]

    def _titles(self, actor: Actor) -> frozenset[str]:
        """Canonical titles a person holds on the document's date ("President", "Special Envoy")."""
        entry = self.gaz.entries.get(actor.id) if actor.source != "document" else None
        if entry is None or entry.actor.kind != "person":
            title = self.doc_titles.get(actor.id)
            return frozenset({title} if title else ())
        offices = self._current_offices(entry)
        if not offices:
            office = entry.office_on(self.dct)
            offices = [office] if office else []
        out = set()
        for office in offices:
            title = self.roles.title_named(office.role)
            if title is not None:
                out.add(title.title)
        return frozenset(out)

    def _categories(self, cand: _Cand, actor: Actor) -> frozenset[str]:
        entry = self.gaz.entries.get(actor.id) if actor.source != "document" else None
        if entry is not None and entry.actor.kind == "person":
            cats = {o.category for o in self._current_offices(entry)}
            if not cats:
                office = entry.office_on(self.dct)
                cats = {office.category} if office else set()
            return frozenset(cats)
        return frozenset({cand.category} if cand.category else ())

    def _resolve_description(self, cand: _Cand, pending: list[_Cand], idx: int,
                             seen: list[tuple[int, Actor, frozenset[str]]]) -> Actor | None:
        # apposition: "his Russian counterpart, Sergey Lavrov" / "Putin's spokesperson, Dmitry Peskov"
        toks = self.tokens
        if cand.j < len(toks) and toks[cand.j].key == "," and idx < len(pending):
            nxt = pending[idx]
            if nxt.kind == "person" and nxt.i == cand.j + 1:
                return self._actor_of(nxt)
        if idx < len(pending) and pending[idx].kind == "person" and pending[idx].i == cand.j and cand.pattern == "counterpart":
            return self._actor_of(pending[idx])  # "his Pakistani counterpart Shah Mahmood Qureshi": the one named
        start_char = toks[cand.i].start
        if cand.pattern == "recent":
            window = self.rules.recency_window
            for pos, actor, cats in reversed(seen):
                if start_char - pos > window:
                    break
                # "the president" is someone holding that title, not any head of state (a king, an emir)
                if cand.recent_title is not None and cand.recent_title not in self.person_titles.get(actor.id, ()):
                    continue
                if cats.intersection(cand.recent):
                    if self._someone_else_between(pos, cand):
                        return None  # "a Western diplomat said ... the diplomat": not the named one
                    return actor
            return None
        if cand.pattern == "counterpart":
            if not seen:
                return None
            _, owner, cats = seen[-1]
            if not cats:
                return None
            target = _unit_of(cand.country)
            if target is None:
                # "his counterpart": the last person mentioned with the same office elsewhere
                for _, actor, other in reversed(seen[:-1]):
                    if other & cats and actor.id != owner.id and actor.country != owner.country:
                        return actor
                return None
            for category in sorted(cats):
                found = self._office_holder(target, category, seen)
                if found is not None and found.id != owner.id:
                    return found
            return None
        category = cand.category or (cand.role.category if cand.role is not None else None)
        if category is None:
            return None
        if cand.pattern == "person_office":
            if cand.person is None:
                return None
            owner = self._actor_of(cand.person)
            entry = self.gaz.entries.get(owner.id) if owner.source != "document" else None
            office = entry.office_on(self.dct) if entry is not None else None
            unit = (office.org or office.country) if office is not None else owner.country
            if unit is None:
                return None
            return self._office_holder(unit, self._category_for(unit, category), seen)
        unit = _unit_of(cand.country)
        if unit is None:
            return None
        found = self._office_holder(unit, self._category_for(unit, category), seen)
        if found is None and category == "minister":
            # "the Emirati minister" after "Emirati Foreign Minister Abdullah bin Zayed": the last minister of any
            # portfolio the document named for that state
            for _, actor, cats in reversed(seen):
                if any(c.endswith("minister") for c in cats) and self._unit_of_actor(actor) == unit:
                    return actor
        return found

    def _unit_of_actor(self, actor: Actor) -> str | None:
        if actor.source == "document":
            return self.doc_units.get(actor.id)
        entry = self.gaz.entries.get(actor.id)
        office = entry.office_on(self.dct) if entry is not None else None
        return (office.org or office.country) if office is not None else actor.country

    def _someone_else_between(self, pos: int, cand: _Cand) -> bool:
        """Is the description's noun used for an unnamed person ("a senior official", "an EU
        diplomat") between the named antecedent at ``pos`` and the description?"""
        noun = self.lower[cand.j - 1]
        indefinite = ("a", "an", "another", "one")
        for k in range(cand.i - 1, -1, -1):
            if self.tokens[k].start < pos:
                return False
            if self.lower[k] in (noun, noun + "s") and any(self.lower[m] in indefinite for m in range(max(0, k - 4), k)):
                return True
        return False

    def _category_for(self, unit: str, category: str) -> str:
        entry = self.gaz.entries.get(unit)
        kind = entry.actor.kind if entry is not None else "state"
        if kind == "state":
            if category in ("leader", "organization_head"):
                return entry.leader if entry is not None else "head_of_state"
            return category
        if kind == "group":
            return "group_leader" if category in ("leader", "organization_head") else category
        return "organization_head" if category == "leader" else category

    def _office_holder(self, unit: str, category: str, seen: list[tuple[int, Actor, frozenset[str]]]) -> Actor | None:
        """The person holding ``category`` for ``unit`` (a state or organization id): the last one
        mentioned in the document, else the gazetteer holder on the document's date."""
        for _, actor, cats in reversed(seen):
            if category not in cats:
                continue
            if actor.source == "document":
                if self.doc_units.get(actor.id) == unit:
                    return actor
                continue
            entry = self.gaz.entries.get(actor.id)
            if entry is None:
                continue
            for office in entry.offices:
                if office.category == category and (office.org or office.country) == unit \
                        and (self.dct is None or office.covers(self.dct) or office.end is None):
                    return actor
        holder = self.gaz.holder(unit, category, self.dct)
        if holder is not None:
            self._guessed_unit = unit  # (the holder is the gazetteer's, not one the text names: see ``_unnamed_offices``)
        return holder.actor_on(self.dct) if holder is not None else None

    def _unit_actor(self, unit: str) -> Actor | None:
        """The state or organization ``unit`` stands for: an official the text names only by title ("Qatar's prime
        minister said", "his Turkish counterpart") acts for it; the gazetteer's office-holder is never guessed."""
        entry = self.gaz.entries.get(unit)
        return entry.actor_on(self.dct) if entry is not None and entry.actor.kind != "person" else None


# --- helpers -----------------------------------------------------------------------------------------


# caches keyed by the object they were built from (kept alive with them, so an id is never reused)
_FIRSTS: dict[int, tuple[object, frozenset[str]]] = {}
_NAME_WORDS: dict[int, tuple[object, dict[str, frozenset[str]]]] = {}
_CUTS: dict[int, tuple[object, dict[str, dict[str, tuple[tuple[str, ...], ...]]]]] = {}


def _title_cuts(roles) -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """Titles cut before their "of" ("deputy secretary" of "Deputy Secretary of State"): first word ->
    canonical title -> the cut keys (cached per roles lexicon)."""
    cached = _CUTS.get(id(roles))
    found = cached[1] if cached is not None and cached[0] is roles else None
    if found is None:
        built: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for title in roles.titles:
            for keys in title.keys:
                if "of" in keys and keys.index("of") >= 1:
                    cut = keys[:keys.index("of")]
                    built.setdefault(cut[0], {}).setdefault(title.title, []).append(cut)
        found = {w: {t: tuple(c) for t, c in by.items()} for w, by in built.items()}
        _CUTS.clear()
        _CUTS[id(roles)] = (roles, found)
    return found


_FULL: dict[int, tuple[object, dict]] = {}


def _full_titles(roles) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Whole titles that may introduce a person, by first word: first word -> (canonical title, keys) (cached per
    roles lexicon)."""
    cached = _FULL.get(id(roles))
    found = cached[1] if cached is not None and cached[0] is roles else None
    if found is None:
        built: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for title in roles.titles:
            if title.person_title:
                for keys in title.keys:
                    built.setdefault(keys[0], []).append((title.title, keys))
        found = {w: tuple(v) for w, v in built.items()}
        _FULL.clear()
        _FULL[id(roles)] = (roles, found)
    return found


def _reference_firsts(refs) -> frozenset[str]:
    """The words a back-reference's noun may start with (cached per rules object)."""
    cached = _FIRSTS.get(id(refs))
    found = cached[1] if cached is not None and cached[0] is refs else None
    if found is None:
        found = frozenset({keys[0] for keys in refs.nouns} | set(refs.kind_nouns) | set(refs.head_nouns))
        _FIRSTS.clear()
        _FIRSTS[id(refs)] = (refs, found)
    return found


def _unit_of(cand: _Cand | None) -> str | None:
    """The state or organization a prefix or description word stands for (an office's unit)."""
    if cand is None or cand.entry is None:
        return None
    actor = cand.entry.actor
    if actor.kind in ("state", "igo"):
        return actor.id
    return actor.country or actor.id


def _country_of(cand: _Cand | None) -> str | None:
    """The state (ISO alpha-3) of a prefix word, for a new person's ``country``: none for an
    international organization; a group's or body's own country ("Hamas" -> PSE)."""
    if cand is None or cand.entry is None:
        return None
    actor = cand.entry.actor
    return actor.country if actor.kind != "igo" else None


def _covered(cands: list[_Cand]) -> set[int]:
    out: set[int] = set()
    add, update = out.add, out.update
    for c in cands:
        i, j = c.i, c.j
        if j - i == 1:
            add(i)  # (most candidates are one word: no range to make)
        else:
            update(range(i, j))
    return out


def _select(cands: list[_Cand], tokens: list[Token]) -> list[_Cand]:
    """Non-overlapping candidates: longest (in characters) first, then earliest."""
    taken: set[int] = set()
    out: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (-(tokens[c.j - 1].end - tokens[c.i].start), c.i, _priority(c))):
        span = range(cand.i, cand.j)
        if any(k in taken for k in span):
            continue
        taken.update(span)
        out.append(cand)
    return out


def _priority(cand: _Cand) -> int:
    """At equal length and start: a person named with a title beats a description."""
    return {"person": 0, "entity": 1, "description": 2}.get(cand.kind, 3)


def _headline_tokens(text: str, tokens: list[Token]) -> set[int]:
    """Tokens on lines written in title case (headlines), where capitalization says nothing."""
    out: set[int] = set()
    i = 0
    n = len(tokens)
    starts = list(map(_START, tokens))
    while i < n:
        line_end = text.find("\n", starts[i])
        if line_end == -1:
            line_end = len(text)
        j = bisect_left(starts, line_end, i)  # (the first token on a later line)
        words = [t for t in tokens[i:j] if t.is_word and t.key.isalpha()]
        if len(words) >= 3 and sum(1 for t in words if t.is_capitalized) >= 0.75 * len(words):
            out.update(range(i, j))
        i = j
    return out
