"""Words for names the gazetteer lacks: organization heads, connectors and relation nouns.

``timeline/resources/actors/bodies.yaml`` (data; this module only reads and checks it). The resolver
(``resolve.py`` ``_match_unknown_bodies``) makes "The Carter Center", "Human Rights Watch" or "the
National Electoral Council" an organization, and "Navalny's widow, Yulia Navalnaya," a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from timeline.actors._yaml import line_of, read_yaml
from timeline.errors import ResourceError

_NAME = "bodies.yaml"
_KEYS = ("heads", "connectors", "relations")
_OPTIONAL = ("generic", "meeting_verbs")  # keys a bodies file may leave out (empty)


@dataclass(frozen=True, slots=True)
class BodyWords:
    heads: frozenset[str]  # as written, capitalized ("Council")
    connectors: frozenset[str]  # lowercase ("of", "for")
    relations: frozenset[str]  # lowercase ("widow", "lawyer")
    #: capitalized words that name no one ("Supreme", "National", "City"): a body named only by them and its
    #: head ("the Supreme Court", "Moscow City Court") is some state's national body, not an organization of its own
    generic: frozenset[str] = frozenset()
    #: lowercase verb forms of meeting someone ("met", "hosted"): an unknown full name right after one is a person
    meeting_verbs: frozenset[str] = frozenset()


def parse_body_words(text: str, name: str = _NAME) -> BodyWords:
    """The words of a bodies file; a bad file raises ``ResourceError(name:line: what)``."""
    data = read_yaml(text, name)
    if not isinstance(data, dict):
        raise ResourceError(f"{name}:1: expected a mapping with keys {', '.join(_KEYS)}", "see timeline/resources/actors/README.md")
    for key in data:
        if key not in _KEYS and key not in _OPTIONAL:
            raise ResourceError(f"{name}:{line_of(data, 1)}: unknown key '{key}'",
                                f"use only {', '.join(_KEYS + _OPTIONAL)}")
    out = {}
    for key in _KEYS + _OPTIONAL:
        words = data.get(key, [] if key in _OPTIONAL else None)
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() and " " not in w.strip() for w in words):
            raise ResourceError(f"{name}:{line_of(data, 1)}: '{key}' must be a list of single words",
                                f"write '{key}: [Word, Word]'")
        if key in ("heads", "generic") and not all(w[:1].isupper() for w in words):
            raise ResourceError(f"{name}:{line_of(data, 1)}: every word in '{key}' must be capitalized",
                                "write 'Council', not 'council'")
        out[key] = frozenset(w.strip() if key in ("heads", "generic") else w.strip().lower() for w in words)
    if any(" " in w for w in out["meeting_verbs"]):
        raise ResourceError(f"{name}:{line_of(data, 1)}: 'meeting_verbs' must be single words", "write 'met', not 'met with'")
    return BodyWords(**out)


@lru_cache(maxsize=1)
def load_body_words() -> BodyWords:
    """The shipped words (read once)."""
    path = resources.files("timeline.resources").joinpath("actors").joinpath(_NAME)
    return parse_body_words(path.read_text("utf-8"))


# --- applying the words (the resolver ``r`` of timeline/actors/resolve.py calls these) -----------------------------


def match_unknown_bodies(r, cands: list, titles: dict | None = None) -> list:
    """Names the gazetteer lacks (``bodies.yaml``): a run of two or more capitalized words ending in an
    organization head ("The Carter Center", "Human Rights Watch", "the National Electoral Council"), or a head
    followed by a connector and a capitalized run ("the Committee to Protect Journalists"), is an organization
    (its country from a state word right before it: "Venezuela's National Electoral Council"); "<X>'s widow,
    <Name Name>," / "his lawyer, <Name Name>," / "<Name Name>, the widow of X," is a person with that role. An
    unnamed officer of such a body ("the president of the National Assembly called for ...") is the body, as an
    office named by no one is its state or organization (README)."""
    from timeline.actors.resolve import _Cand, _country_of, _covered
    from timeline.actors.gazetteer import slugify
    from timeline.model import Actor

    words = load_body_words()
    toks, keys, lower = r.tokens, r.keys, r.lower
    n = len(toks)
    covered = _covered(cands)
    entity_end: dict[int, _Cand] = {}
    for c in cands:
        if c.kind == "entity" and c.entry is not None and (c.j not in entity_end or c.i < entity_end[c.j].i):
            entity_end[c.j] = c
    common = r.rules.common_words
    out: list = []
    told_states: dict[str, str] = {}  # a national body's generic words -> the state told with them earlier

    def capital(k: int) -> bool:
        t = toks[k]
        return t.is_word and t.is_capitalized and keys[k] not in common and k not in covered

    for k in r._where(words.heads, lower=False):  # (the tokens that are a head word, in order)
        if k in covered or k in r.headline or not toks[k].is_capitalized \
                or (k + 1 < n and capital(k + 1) and keys[k + 1] in words.heads):
            continue  # (the name runs on to a later head: "Open Society Foundation")
        start = k
        while start > 0 and "\n" not in r.text[toks[start - 1].end:toks[start].start]:
            if capital(start - 1):
                start -= 1
            elif start > 1 and lower[start - 1] == "and" and capital(start - 2) and start < k:
                start -= 2  # "Peace and Security Council"
            else:
                break
        end = k + 1
        while end + 1 < n and lower[end] in words.connectors:  # "Committee to Protect Journalists", "Centre for
            m = end + 1  # Settlement of Investment Disputes"
            if m < n and lower[m] == "the":
                m += 1
            run = m
            while run < n and (capital(run) or (lower[run] == "and" and run + 1 < n and capital(run + 1) and run > m)):
                run += 1
            if run == m or "\n" in r.text[toks[k].start:toks[run - 1].end] \
                    or r.text[toks[m].start:toks[run - 1].end] in r.gaz.places:
                break  # (nor "deployed the National Guard to Los Angeles": a place the body went to)
            end = run
        named = sum(1 for t in toks[start:end] if t.is_word and t.is_capitalized)
        if named < 2 or any(x in covered for x in range(start, end)):
            continue
        owner_at, prefix = r._prefix(start, entity_end)  # "the Kenyan", "the African Union's"
        if prefix is not None and owner_at < start - 1 and prefix.j < start:
            continue  # "the African Union's Peace and Security Council", "Iran's Guardian Council": an organ that
            # acts for its owner (as a ministry for its state)
        name_at = start
        if prefix is not None:
            start = prefix.i  # "the Norwegian Nobel Committee"
        name = r.text[toks[start].start:toks[end - 1].end]
        country = _country_of(prefix)
        actor_id = slugify(name)
        if _national_body_words(r, words, name_at, k, end):  # "the Supreme Court", "Moscow City Court": some
            if country and start < name_at:  # "the US Supreme Court ... The Supreme Court": one body, named by its
                name = r.text[toks[name_at].start:toks[end - 1].end]  # own words (the state is in its id)
                actor_id = slugify(name)
            country = country or told_states.get(actor_id) or _national_body_state(r, name_at, end, cands)  # state's
            # own body ("The Russian Supreme Court ... The Supreme Court": the state told with it before): its id carries
            if country:
                told_states.setdefault(actor_id, country)
            actor_id = f"{actor_id}-{country.lower()}" if country else f"{actor_id}-{_document_mark(r)}"  # the state
            state = r.gaz.get(country) if country else None
            if state is not None and not any(_place_state(r, x) is not None for x in range(name_at, end)):
                name = f"{name} ({state.actor.name})"  # "Supreme Court (Russia)": two states' courts are two names
        actor = Actor(id=actor_id, name=name, kind="organization", country=country, source="document")
        office = _office_of_body(r, start, covered, titles or {})
        cand = _Cand(office if office is not None else start, end, "body", "name" if office is None else "description",
                     None, actor)
        out.append(cand)
        covered.update(range(cand.i, end))
    out += _relation_appositions(r, covered, words.relations)
    out += _met_persons(r, covered, words.meeting_verbs)
    out += _coordinated_persons(r, covered, cands + out)
    return out


def _national_body_words(r, words: BodyWords, start: int, head: int, end: int) -> bool:
    """Is the name over tokens ``[start, end)`` (head at ``head``) made only of generic words (``generic``), heads,
    connectors and places ("Supreme Court", "National Assembly", "Moscow City Court", "Court of Appeal")?"""
    toks, keys, lower = r.tokens, r.keys, r.lower
    generic = False
    for x in range(start, end):
        if x == head or not toks[x].is_word or lower[x] in ("the", "and") or lower[x] in words.connectors:
            continue
        if keys[x] in words.generic:
            generic = True
        elif not (keys[x] in words.heads or _place_state(r, x) is not None):
            return False
    return generic or any(_place_state(r, x) is not None for x in range(start, head))


def _place_state(r, k: int) -> str | None:
    """The state (alpha-3) a one-word place at token ``k`` is in ("Moscow", "Caracas", "Israel"), else None."""
    cand = r.raw_entities.get(k)
    if cand is not None and cand.j == k + 1 and cand.entry is not None:
        actor = cand.entry.actor
        if actor.kind in ("state", "territory") or cand.via in ("capital", "city", "seat", "metonym"):
            return actor.country or (actor.id if actor.kind == "state" else None)
        return None
    place = r.gaz.places.get(r.tokens[k].key) if r.tokens[k].is_capitalized else None
    return place[1] if place else None


def _national_body_state(r, start: int, end: int, cands: list) -> str | None:
    """The state of a national body named by generic words: a place inside its name ("Moscow City Court"), else
    the place right after it ("the National Assembly in Caracas"), else the state the document is about when one
    clearly dominates its mentions of states; else None."""
    for x in range(start, end):
        state = _place_state(r, x)
        if state is not None:
            return state
    if end + 1 < len(r.tokens) and r.lower[end] == "in":
        state = _place_state(r, end + 1)
        if state is not None:
            return state
    counts: dict[str, int] = {}
    for c in cands:
        actor = c.entry.actor if c.entry is not None else None
        if c.kind == "entity" and actor is not None and actor.kind == "state":
            counts[actor.id] = counts.get(actor.id, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _document_mark(r) -> str:
    """A short mark of the document's text: a national body whose state is not known is this document's own
    actor (two articles' "Supreme Court" are not one body)."""
    import zlib

    return f"doc{zlib.crc32(r.text.encode('utf-8')) & 0xFFFFFF:06x}"


def _office_of_body(r, start: int, covered: set[int], titles: dict) -> int | None:
    """Where "the president of" / "the head of the" starts when a person title and "of" come right before the
    body's name at ``start`` and no name follows the body (", <Name>,"): the office stands for the body."""
    toks, lower = r.tokens, r.lower
    k = start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    if k < 1 or lower[k] != "of":
        return None
    for i, (j, title) in titles.items():
        a = i - 1 if i > 0 and lower[i - 1] == "the" else i
        if a > 0 and toks[a - 1].key == ",":
            continue  # "Samantha Power, the head of the ...,": the office describes the person named before
        if j == k and title.person_title and i < k and not any(x in covered for x in range(i, k)):
            if start < len(toks) and any(t.key == "," for t in toks[start:start + 12]) and _named_after_body(r, start):
                return None
            return i
    return None


def _named_after_body(r, start: int) -> bool:
    """Is the body's name followed by ", <Capitalized Name>" (an apposition naming the officer)?"""
    toks = r.tokens
    k = start
    while k < len(toks) and toks[k].key != "," and toks[k].key != ".":
        k += 1
    return k + 1 < len(toks) and toks[k].key == "," and toks[k + 1].is_word and toks[k + 1].is_capitalized


def _met_persons(r, covered: set[int], verbs: frozenset[str]) -> list:
    """ "von der Leyen met Władysław Kosiniak-Kamysz in Brussels", "Xi hosted Ngozi Okonjo-Iweala": an unknown name
    of two or more capitalized words right after a verb of meeting (``meeting_verbs``, "with" allowed between), closed
    by a lowercase word or punctuation, is a person met (no role: the text gives none)."""
    from timeline.actors.resolve import _Cand

    toks, lower = r.tokens, r.lower
    n = len(toks)
    out: list = []
    for k in range(1, n - 2):
        if lower[k] not in verbs or k in covered or toks[k].is_capitalized:
            continue
        at = k + 2 if lower[k + 1] == "with" else k + 1
        if at >= n or at in covered or not toks[at].is_capitalized or at in r.headline:
            continue
        end = r._name_run(at, covered)
        if end is None or sum(1 for t in toks[at:end] if t.is_word and t.is_capitalized) < 2 \
                or (end < n and toks[end].is_word and toks[end].is_capitalized) \
                or "\n" in r.text[toks[at].start:toks[end - 1].end] \
                or any(r.text[toks[x].start:toks[end - 1].end] in r.gaz.places for x in range(at, end)):
            continue  # (nor "met Sri Lanka's ...": a place the gazetteer knows)
        actor = r._document_person(r.text[toks[at].start:toks[end - 1].end], None, None)
        out.append(_Cand(at, end, "person", "name", None, actor))
        covered.update(range(at, end))
    return out


def _relation_appositions(r, covered: set[int], relations: frozenset[str]) -> list:
    """ "Navalny's widow, Yulia Navalnaya," / "his lawyer, Ivan Pavlov," and "Yulia Navalnaya, the widow of
    Alexei Navalny,": an unknown name of two or more words told by its relation to someone is that person."""
    from timeline.actors.resolve import _Cand

    toks, lower = r.tokens, r.lower
    n = len(toks)
    out: list = []

    def closed(end: int) -> bool:  # the name ends at a comma, the sentence's end or a lowercase word
        return end >= n or not (toks[end].is_word and toks[end].is_capitalized)

    for k in range(1, n - 2):
        if lower[k] not in relations:
            continue
        owned = lower[k - 1] in r.roles.possessives or (k >= 3 and toks[k - 1].key == "s" and toks[k - 2].key == "'")
        name_at = None
        if owned and toks[k + 1].key == ",":  # "<X>'s widow, <Name>"
            name_at = k + 2
        elif lower[k - 1] in ("the", "a") and k >= 3 and toks[k - 2].key == ",":  # "<Name>, the widow of X"
            if k + 1 < n and lower[k + 1] == "of":
                b = k - 2
                a = b
                while a > 0 and toks[a - 1].is_word and (toks[a - 1].is_capitalized or toks[a - 1].key in r.rules.particles):
                    a -= 1
                end = r._name_run(a, covered) if a < b else None
                if end == b and sum(1 for t in toks[a:b] if t.is_word) >= 2:
                    actor = r._document_person(r.text[toks[a].start:toks[b - 1].end], lower[k], None)
                    out.append(_Cand(a, b, "person", "name", None, actor))
                    covered.update(range(a, b))
            continue
        if name_at is None or name_at >= n:
            continue
        end = r._name_run(name_at, covered)
        if end is None or not closed(end) or sum(1 for t in toks[name_at:end] if t.is_word) < 2:
            continue
        actor = r._document_person(r.text[toks[name_at].start:toks[end - 1].end], lower[k], None)
        out.append(_Cand(name_at, end, "person", "name", None, actor))
        covered.update(range(name_at, end))
        owner = k - 1
        if toks[k - 1].key == "s":  # "Navalny's widow": the description names the same person ("met Navalny's
            owner = k - 3  # widow, Yulia Navalnaya,": the verb's object is the description)
            while owner > 0 and toks[owner - 1].is_word and toks[owner - 1].is_capitalized:
                owner -= 1
        if owner < k and not any(x in covered for x in range(owner, k + 1)):
            out.append(_Cand(owner, k + 1, "body", "description", None, actor))
            covered.update(range(owner, k + 1))
    return out


def _coordinated_persons(r, covered: set[int], cands: list) -> list:
    """ "Irina Volkova and Emmanuel Macron met ...", "Macron and Irina Volkova met ...": an unknown name of two to
    four capitalized words joined by "and" to a person already named (gazetteer or document person), and closed by
    a lowercase word or punctuation, is a person too (no role: the text gives none)."""
    from timeline.actors.resolve import _Cand

    toks, lower = r.tokens, r.lower
    n = len(toks)
    out: list = []

    def person(c) -> bool:
        actor = c.actor if c.actor is not None else (c.entry.actor if c.entry is not None else None)
        return c.kind in ("entity", "person") and actor is not None and actor.kind == "person"

    def add(at: int, end: int) -> None:
        if sum(1 for t in toks[at:end] if t.is_word and t.is_capitalized) < 2 \
                or (end < n and toks[end].is_word and toks[end].is_capitalized) \
                or at in r.headline or "\n" in r.text[toks[at].start:toks[end - 1].end] \
                or any(x in covered for x in range(at, end)) \
                or any(r.text[toks[x].start:toks[end - 1].end] in r.gaz.places for x in range(at, end)):
            return
        actor = r._document_person(r.text[toks[at].start:toks[end - 1].end], None, None)
        out.append(_Cand(at, end, "person", "name", None, actor))
        covered.update(range(at, end))

    for c in cands:
        if not person(c):
            continue
        if c.j + 1 < n and lower[c.j] == "and" and toks[c.j + 1].is_capitalized:  # "<Person> and <Name Name>"
            end = r._name_run(c.j + 1, covered)
            if end is not None:
                add(c.j + 1, end)
        i = c.i  # (the cand may be the surname only: "<Name Name> and Emmanuel [Macron]")
        while i > 0 and c.i - i < 3 and toks[i - 1].is_word and toks[i - 1].is_capitalized and i - 1 not in covered:
            i -= 1
        if i >= 3 and lower[i - 1] == "and" and toks[i - 2].is_word:  # "<Name Name> and <Person>"
            a = i - 1
            while a > 0 and toks[a - 1].is_word and (toks[a - 1].is_capitalized or toks[a - 1].key in r.rules.particles):
                a -= 1
            if a < i - 1 and toks[a].is_capitalized and r._name_run(a, covered) == i - 1:
                add(a, i - 1)
    return out
