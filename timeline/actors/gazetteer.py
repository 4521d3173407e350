"""The gazetteer: states, organizations, people and media outlets, read from YAML data files.

Shipped data lives in ``timeline/resources/actors/``; a user file (``--actors FILE``) uses the same
schema and extends it, an entry with an existing id replacing the shipped one. Every file is a
mapping with any of the sections ``states``, ``organizations``, ``people``, ``media``; the titles and
descriptions lexicon is ``roles.yaml`` and the matching rules ``rules.yaml``.

Loading validates everything (unknown keys, duplicate ids, unknown country codes, bad dates, roles
missing from the lexicon) and fails with ``ResourceError("file:line: what is wrong")``. Python only
compiles the data into token indexes; it holds no names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from timeline.actors._yaml import line_of, read_yaml
from timeline.actors.tokens import fold, split_form
from timeline.errors import ResourceError
from timeline.model import Actor

SHIPPED_FILES = ("states.yaml", "territories.yaml", "organizations.yaml", "people.yaml", "media.yaml")
SECTIONS = ("states", "territories", "organizations", "people", "media")
ORG_KINDS = ("igo", "group", "organization", "government")

#: how a surface form refers to its actor (ActorMention.via)
VIAS = ("name", "alias", "adjective", "demonym", "metonym")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:+-]*$")


@dataclass(frozen=True, slots=True)
class Office:
    """One role a person held: ``category`` comes from the roles lexicon."""

    role: str
    category: str
    country: str | None
    org: str | None
    start: date | None
    end: date | None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry: the actor, the forms that name it, and what the matcher needs."""

    actor: Actor
    forms: tuple[tuple[str, str], ...]  # (surface form, via)
    offices: tuple[Office, ...] = ()
    surname: str | None = None  # a person's surname, usable alone after a full mention
    leader: str = "head_of_state"  # states: the category "the <country> leader" refers to
    parent: str | None = None  # organizations: the body this one belongs to
    disputed: tuple[str, ...] = ()  # territories: states that also claim or hold it
    short: str | None = None  # organizations: the acronym summaries use ("OSCE")
    checked: date | None = None
    uncertain: bool = False
    source: str = ""  # file:line
    seats: tuple[str, ...] = ()  # states: the buildings and offices that stand for it ("Oval Office"), in its capital
    gender: str | None = None  # people: "m" or "f" where known (which of "he"/"she" can refer to them); None: unknown

    @property
    def id(self) -> str:
        return self.actor.id

    def actor_on(self, day: date | None) -> Actor:
        """The actor with the role it held on ``day`` (the latest role when ``day`` is None)."""
        office = self.office_on(day)
        if office is None or office.role == self.actor.role:
            return self.actor
        return replace(self.actor, role=office.role)

    def office_on(self, day: date | None) -> Office | None:
        if not self.offices:
            return None
        if day is not None:
            covering = [o for o in self.offices if o.covers(day)]
            if covering:
                return covering[0]
            before = [o for o in self.offices if o.start is None or o.start <= day]
            if before:
                return max(before, key=lambda o: o.end or date.max)
        else:
            current = [o for o in self.offices if o.end is None]
            if current:
                return current[0]  # the entry's own role first: Kim Jong Un is "leader" before "General Secretary"
        return max(self.offices, key=lambda o: (o.end or date.max, o.start or date.min))


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role noun of the lexicon ("Foreign Minister", "spokesman", "leader")."""

    title: str  # canonical
    category: str
    keys: tuple[tuple[str, ...], ...]  # lowercased folded token sequences
    person_title: bool  # may introduce a person ("Deputy Foreign Minister Sergey Ryabkov")
    description: bool  # may head a description ("the Russian foreign minister")


@dataclass(frozen=True, slots=True)
class DescriptionPattern:
    id: str
    items: tuple[str, ...]  # literal lowercase keys, or slots like "{COUNTRY}"
    resolve: str  # office, person_office, counterpart, recent
    examples: tuple[str, ...]
    category: str | None = None  # the office meant, when the pattern has no {ROLE} ("the top U.S. diplomat")


class Gazetteer:
    """Compiled gazetteer: entries by id, a token index of surface forms, the roles lexicon."""

    def __init__(self, entries: dict[str, Entry], roles: "RolesLexicon", rules: "MatchRules") -> None:
        self.entries = entries
        self.roles = roles
        self.rules = rules
        #: places that are not actors (places.tsv): written form -> (name, the alpha-3 of its state)
        self.places: dict[str, tuple[str, str]] = {}
        #: first key -> [(length, {keys: ((entry id, via), ...)})], longest first: one dict lookup
        #: per length. One form may name several actors (an ambiguity rule, or the last entry, decides).
        self.by_length: dict[str, list[tuple[int, dict[tuple[str, ...], tuple[tuple[str, str], ...]]]]] = {}
        #: persons' surnames (keys) -> person ids
        self.surnames: dict[tuple[str, ...], list[str]] = {}
        #: (country or org, category) -> person ids holding (or having held) that office
        self.offices: dict[tuple[str | None, str], list[str]] = {}
        grouped: dict[tuple[str, ...], dict[str, str]] = {}
        for entry in entries.values():
            for form, via in entry.forms:
                keys = split_form(form)
                if keys:
                    grouped.setdefault(keys, {}).setdefault(entry.id, via)
            if entry.actor.kind == "person":
                if entry.surname:
                    self.surnames.setdefault(split_form(entry.surname), []).append(entry.id)
                for office in entry.offices:
                    key = (office.country or office.org, office.category)
                    if entry.id not in self.offices.setdefault(key, []):
                        self.offices[key].append(entry.id)
        lengths: dict[str, dict[int, dict[tuple[str, ...], tuple[tuple[str, str], ...]]]] = {}
        for keys, named in grouped.items():
            lengths.setdefault(keys[0], {}).setdefault(len(keys), {})[keys] = tuple(named.items())
        for first, by_len in lengths.items():
            self.by_length[first] = sorted(by_len.items(), reverse=True)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, actor_id: str) -> Entry | None:
        return self.entries.get(actor_id)

    def holder(self, country: str | None, category: str, day: date | None) -> Entry | None:
        """The one gazetteer person holding ``category`` for ``country`` on ``day`` (today's holder
        when ``day`` is None: the one whose term has no end); None when nobody or several do."""
        candidates = [self.entries[i] for i in self.offices.get((country, category), ())]
        best: list[tuple[date, Entry]] = []
        for entry in candidates:
            for office in entry.offices:
                if (office.country or office.org) != country or office.category != category:
                    continue
                if day is None and office.end is None or day is not None and office.covers(day):
                    best.append((office.start or date.min, entry))
        holders = {entry.id: entry for _, entry in best}
        if len(holders) > 1 and day is not None:
            # a hand-over day: the outgoing holder's last day is the incoming one's first
            incoming = {e.id: e for e in holders.values()
                        if not any(o.end == day and (o.country or o.org) == country and o.category == category
                                   for o in e.offices)}
            holders = incoming or holders
        if len(holders) != 1:
            return None  # nobody, or several people (three envoys): the office alone cannot say who
        return next(iter(holders.values()))


@dataclass(frozen=True, slots=True)
class RolesLexicon:
    titles: tuple[Title, ...]
    by_first: dict[str, tuple[Title, ...]]  # first lowercase key -> titles, longest first
    honorifics: frozenset[str]  # lowercase keys: mr, mrs, sheikh ...
    possessives: frozenset[str]  # his, her, their, its
    recent: dict[str, tuple[str, ...]]  # noun -> categories ("diplomat" -> foreign_minister, ...)
    counterpart: frozenset[str]  # counterpart, opposite number
    modifiers: frozenset[str]  # words a description may carry before its country or role ("new", "top")
    descriptions: tuple[DescriptionPattern, ...]
    categories: frozenset[str]
    words: frozenset[str] = frozenset()  # lowercase words of titles ("minister", "secretary")
    head_verbs: dict[str, tuple[str, Title]] = field(default_factory=dict)  # "heads" -> ("head", its title) ("X, who heads the agency,")
    place_nouns: frozenset[str] = frozenset()  # "region", "province": a place name may end on one ("the Belgorod region")
    place_titled: frozenset[str] = frozenset()  # categories whose "<title> of <place>, <Name>" may name a place the gazetteer lacks
    plural_ends: frozenset[str] = frozenset()  # a title's last word with "s" ("ministers", "envoys"): where a plural title may end

    def title_named(self, role: str) -> Title | None:
        key = tuple(k.lower() for k in split_form(role))
        for title in self.by_first.get(key[0], ()) if key else ():
            if key in title.keys:
                return title
        return None


@dataclass(frozen=True, slots=True)
class AmbiguityRule:
    """What to do with a form that can name several things ("Brussels", "Georgia", "Jordan")."""

    form: tuple[str, ...]
    choices: tuple[tuple[str | None, tuple[str, ...]], ...]  # (actor id or None = no actor, if document mentions any of these ids)
    skip_before: tuple[tuple[str, ...], ...]  # words right before the form that mean "not this actor"
    skip_after: tuple[tuple[str, ...], ...]
    skip_document: tuple[str, ...]  # words anywhere in the document that mean "not this actor"
    source: str


@dataclass(frozen=True, slots=True)
class MatchRules:
    common_words: frozenset[str]  # capitalized at a sentence start; never part of a name
    name_words: frozenset[str]  # capitalized words that may follow a name without extending it
    particles: frozenset[str]  # name particles: bin, al, de, van ...
    suffixes: frozenset[str]  # Jr, Sr, III: a name followed by one is someone else
    adjective_skip_after: frozenset[str]  # "Ocean" in "Indian Ocean": the adjective names no actor
    ambiguous: dict[tuple[str, ...], AmbiguityRule]
    recency_window: int  # characters a "the diplomat" description may look back
    name_order: "NameOrder" = None  # type: ignore[assignment]
    references: "References" = None  # type: ignore[assignment]
    metonym_skip_after: frozenset[str] = frozenset()  # "agreements" in "the Minsk agreements" (lower case)
    articles: frozenset[str] = frozenset()  # "the interim president, X,": the article opening a bare title (lower case)


@dataclass(frozen=True, slots=True)
class References:
    """Back-references to an organization named before ("the bloc", "the alliance", "the committee")."""

    nouns: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)  # lowercase keys -> actor ids
    head_nouns: frozenset[str] = frozenset()  # a noun standing for the last organization whose name holds it
    kind_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # noun -> actor kinds
    modifiers: frozenset[str] = frozenset()  # words allowed between "the" and the noun (folded, case kept)
    skip_after: frozenset[str] = frozenset()  # lowercase words after the noun that mean another thing
    possessive_nouns: tuple[tuple[str, ...], ...] = ()  # "its leaders": lowercase keys, longest first
    possessive_window: int = 300  # characters "its" may look back for its state or organization
    ruler_nouns: tuple[tuple[str, ...], ...] = ()  # "the junta": the state whose rulers the document named so before


@dataclass(frozen=True, slots=True)
class NameOrder:
    """Family-name-first naming ("Kim Jong Un", "Moon Jae-in", "Wang Yi"): the family name is the
    first word when the person's country writes names that way and that word is a family name."""

    countries: frozenset[str] = frozenset()
    family_names: frozenset[str] = frozenset()
    patronymics: frozenset[str] = frozenset()  # "bin", "ibn": what follows is a father's name, no surname

    def family_name(self, name: str, country: str | None) -> str | None:
        """The family name of ``name`` when it is written family name first, else None."""
        words = name.split()
        if len(words) < 2:
            return None
        first = fold(words[0])
        if first not in self.family_names:
            return None
        # the country says so, or the given name is joined the East Asian way ("Jae-in", "Ing-wen")
        if country in self.countries or (len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", fold(words[1]))):
            return words[0]
        return None


def surname_of(name: str, country: str | None, order: NameOrder | None, particles: frozenset[str] = frozenset()) -> str | None:
    """The word(s) later mentions use alone: the family name ("Kim" for Kim Jong Un), else the last
    word with the particles before it ("al-Hayya", "von der Leyen"); None for a one-word name."""
    family = order.family_name(name, country) if order is not None else None
    if family:
        return family
    words = name.split()
    if len(words) < 2:
        return None
    k = len(words) - 1
    while k > 1 and fold(words[k - 1]) in particles:
        k -= 1
    if order is not None and fold(words[k]) in order.patronymics:
        return None  # "Theyazin bin Haitham": a patronymic is no surname; later mentions use the full name
    return " ".join(words[k:])


# --- loading -------------------------------------------------------------------------------------


def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """The shipped gazetteer, extended or overridden by the user file ``extra`` (same schema)."""
    if extra is None:
        return _shipped_gazetteer()
    path = Path(extra)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ResourceError(f"{path}:0: actors file not found", "check the --actors path") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ResourceError(f"{path}:0: cannot read the actors file ({err})", "pass a UTF-8 YAML file") from None
    base = _shipped_gazetteer()
    raw = _read_sections(text, str(path))
    entries = dict(base.entries)
    known_countries = {e.id for e in entries.values() if e.actor.kind == "state"}
    known_countries |= {str(s.get("id")) for s in raw.get("states", []) if isinstance(s, dict)}
    known_orgs = {e.id for e in entries.values() if e.actor.kind in ORG_KINDS}
    known_orgs |= {str(s.get("id")) for s in raw.get("organizations", []) if isinstance(s, dict)}
    user_ids: set[str] = set()
    for entry in _compile_sections(raw, str(path), base.roles, known_countries, known_orgs, source="user",
                                   order=base.rules.name_order, particles=base.rules.particles):
        if entry.id in user_ids:
            raise ResourceError(f"{entry.source}: duplicate id '{entry.id}'", "give every entry its own id")
        user_ids.add(entry.id)
        entries.pop(entry.id, None)  # re-insert so a user form wins over a shipped one
        entries[entry.id] = entry
    gazetteer = Gazetteer(entries, base.roles, base.rules)
    gazetteer.places = base.places
    return gazetteer


def parse_places(text: str, name: str, entries: dict[str, Entry]) -> dict[str, tuple[str, str]]:
    """places.tsv: every written form of a place that is not an actor -> (its name, the alpha-3 of
    its state). A bad line fails with ``file:line: what is wrong``."""
    forms_known = {form for entry in entries.values() for form, _ in entry.forms}
    out: dict[str, tuple[str, str]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = raw.split("\t")
        if not 2 <= len(fields) <= 4 or not fields[0].strip():
            raise ResourceError(f"{name}:{number}: expected name, state, other forms, note (tab-separated)",
                                "separate the columns with tabs")
        place, country = fields[0].strip(), fields[1].strip()
        entry = entries.get(country)
        if entry is None or entry.actor.kind != "state":
            raise ResourceError(f"{name}:{number}: '{country}' is not a state id of the gazetteer", "use an ISO alpha-3 code from states.yaml")
        others = [f.strip() for f in fields[2].split("|")] if len(fields) > 2 else []
        for form in [place, *filter(None, others)]:
            if form in forms_known:
                raise ResourceError(f"{name}:{number}: '{form}' is already an actor's form (a capital or territory)",
                                    "leave it to the actor gazetteer")
            if form in out:
                raise ResourceError(f"{name}:{number}: '{form}' is listed twice", "keep one line for it")
            out[form] = (place, country)
    return out


@lru_cache(maxsize=1)
def _shipped_gazetteer() -> Gazetteer:
    folder = resources.files("timeline.resources").joinpath("actors")
    roles = _compile_roles(read_yaml(folder.joinpath("roles.yaml").read_text("utf-8"), "roles.yaml"), "roles.yaml")
    raws = {name: _read_sections(folder.joinpath(name).read_text("utf-8"), name) for name in SHIPPED_FILES}
    countries = {str(s.get("id")) for raw in raws.values() for s in raw.get("states", []) if isinstance(s, dict)}
    orgs = {str(s.get("id")) for raw in raws.values() for s in raw.get("organizations", []) if isinstance(s, dict)}
    rules_data = read_yaml(folder.joinpath("rules.yaml").read_text("utf-8"), "rules.yaml")
    order, particles = _compile_name_order(rules_data, "rules.yaml", countries)
    entries: dict[str, Entry] = {}
    for name, raw in raws.items():
        for entry in _compile_sections(raw, name, roles, countries, orgs, source="gazetteer", order=order, particles=particles):
            if entry.id in entries:
                raise ResourceError(
                    f"{entry.source}: duplicate id '{entry.id}' (also at {entries[entry.id].source})",
                    "give every entry its own id",
                )
            entries[entry.id] = entry
    rules = _compile_rules(rules_data, "rules.yaml", entries)
    gazetteer = Gazetteer(entries, roles, rules)
    gazetteer.places = parse_places(folder.joinpath("places.tsv").read_text("utf-8"), "places.tsv", entries)
    for options in gazetteer.by_length.values():
        for _, forms in options:
            for keys, named in forms.items():
                if len(named) > 1 and keys not in rules.ambiguous:
                    first, second = (entries[i] for i, _ in named[:2])
                    raise ResourceError(
                        f"{second.source}: the form '{' '.join(keys)}' also names {first.id} ({first.source})",
                        "remove it from one entry or add an ambiguity rule for it to rules.yaml",
                    )
    return gazetteer


def _read_sections(text: str, name: str) -> dict[str, list]:
    data = read_yaml(text, name)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ResourceError(f"{name}:1: expected a mapping with sections {', '.join(SECTIONS)}", "see timeline/resources/actors/README.md")
    for key, value in data.items():
        if key not in SECTIONS:
            raise ResourceError(f"{name}:{line_of(data, 1)}: unknown section '{key}'", f"use {', '.join(SECTIONS)}")
        if not isinstance(value, list):
            raise ResourceError(f"{name}:{line_of(data, 1)}: section '{key}' must be a list of entries", "write '- id: ...' items")
    return data


_COMMON_KEYS = {"id", "name", "checked", "uncertain", "note"}
_STATE_KEYS = _COMMON_KEYS | {"alpha2", "names", "acronyms", "adjectives", "demonyms", "capitals", "seats", "leader", "member"}
_ORG_KEYS = _COMMON_KEYS | {"kind", "names", "acronyms", "adjectives", "seats", "parent", "country"}
_PERSON_KEYS = _COMMON_KEYS | {"aliases", "surname", "country", "org", "role", "from", "to", "roles", "gender"}
GENDERS = ("m", "f")
_OFFICE_KEYS = {"role", "from", "to", "country", "org", "note"}
_MEDIA_KEYS = _COMMON_KEYS | {"names", "country"}
_TERRITORY_KEYS = _COMMON_KEYS | {"names", "adjectives", "country", "disputed_with"}


def _compile_sections(raw: dict[str, list], name: str, roles: RolesLexicon, countries: set[str],
                      orgs: set[str], *, source: str, order: NameOrder | None = None,
                      particles: frozenset[str] = frozenset()) -> Iterable[Entry]:
    for section in SECTIONS:
        for item in raw.get(section, ()) or ():
            if not isinstance(item, dict):
                raise ResourceError(f"{name}:{line_of(raw, 1)}: every {section} entry must be a mapping", "write '- id: ...'")
            where = f"{name}:{line_of(item)}"
            if section == "states":
                yield _compile_state(item, where, roles, source)
            elif section == "organizations":
                yield _compile_org(item, where, countries, orgs, source)
            elif section == "territories":
                yield _compile_territory(item, where, countries, source)
            elif section == "people":
                yield _compile_person(item, where, roles, countries, orgs, source, order, particles)
            else:
                yield _compile_media(item, where, countries, source)


def _check_keys(item: dict, allowed: set[str], where: str, section: str) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ResourceError(f"{where}: unknown key '{unknown[0]}' in a {section} entry", f"allowed keys: {', '.join(sorted(allowed))}")
    for key in ("id", "name", "checked"):
        if not item.get(key):
            raise ResourceError(f"{where}: {section} entry without '{key}'", f"add '{key}:'")
    if not _ID.match(str(item["id"])):
        raise ResourceError(f"{where}: bad id '{item['id']}'", "use letters, digits, '-', '_' or '.'")


def _parse_date(value: Any, where: str, key: str) -> date | None:
    if value is None:
        return None
    text = str(value)
    if not _DATE.match(text):
        raise ResourceError(f"{where}: '{key}: {text}' is not a date", "write YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ResourceError(f"{where}: '{key}: {text}' is not a real date", "write YYYY-MM-DD") from None


def _strings(item: dict, key: str, where: str) -> list[str]:
    value = item.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ResourceError(f"{where}: '{key}' must be a list of non-empty strings", f"write {key}: [A, B]")
    return list(value)


def _compile_state(item: dict, where: str, roles: RolesLexicon, source: str) -> Entry:
    _check_keys(item, _STATE_KEYS, where, "states")
    sid = str(item["id"])
    if not re.fullmatch(r"[A-Z]{3}", sid):
        raise ResourceError(f"{where}: state id '{sid}' is not an ISO 3166-1 alpha-3 code", "use three capital letters (RUS, UKR)")
    alpha2 = str(item.get("alpha2") or "")
    if alpha2 and not re.fullmatch(r"[A-Z]{2}", alpha2):
        raise ResourceError(f"{where}: alpha2 '{alpha2}' is not an ISO 3166-1 alpha-2 code", "use two capital letters")
    leader = str(item.get("leader") or "head_of_state")
    if leader not in roles.categories:
        raise ResourceError(f"{where}: leader '{leader}' is not a category of roles.yaml", f"use one of {', '.join(sorted(roles.categories))}")
    forms = [(str(item["name"]), "name")]
    forms += [(f, "alias") for f in _strings(item, "names", where) + _strings(item, "acronyms", where)]
    forms += [(f, "adjective") for f in _strings(item, "adjectives", where)]
    forms += [(f, "demonym") for f in _strings(item, "demonyms", where)]
    forms += [(f, "metonym") for f in _strings(item, "capitals", where) + _strings(item, "seats", where)]
    actor = Actor(id=sid, name=str(item["name"]), kind="state", country=sid, source=source)
    return Entry(actor, tuple(forms), leader=leader, checked=_parse_date(item["checked"], where, "checked"),
                 uncertain=bool(item.get("uncertain")), source=where, seats=tuple(_strings(item, "seats", where)))


def _compile_org(item: dict, where: str, countries: set[str], orgs: set[str], source: str) -> Entry:
    _check_keys(item, _ORG_KEYS, where, "organizations")
    kind = str(item.get("kind") or "igo")
    if kind not in ORG_KINDS:
        raise ResourceError(f"{where}: kind '{kind}' unknown", f"use one of {', '.join(ORG_KINDS)}")
    country = item.get("country")
    if country is not None and str(country) not in countries:
        raise ResourceError(f"{where}: unknown country code '{country}'", "use the alpha-3 id of an entry in states")
    parent = item.get("parent")
    if parent is not None and str(parent) not in orgs:
        raise ResourceError(f"{where}: unknown parent '{parent}'", "use the id of an entry in organizations")
    forms = [(str(item["name"]), "name")]
    forms += [(f, "alias") for f in _strings(item, "names", where) + _strings(item, "acronyms", where)]
    forms += [(f, "adjective") for f in _strings(item, "adjectives", where)]
    forms += [(f, "metonym") for f in _strings(item, "seats", where)]
    actor = Actor(id=str(item["id"]), name=str(item["name"]), kind=kind,
                  country=str(country) if country else None, source=source)
    acronyms = _strings(item, "acronyms", where)
    short = next((a for a in acronyms if a.replace(".", "").isupper()), None) if len(str(item["name"])) > 12 else None
    return Entry(actor, tuple(forms), parent=str(parent) if parent else None, short=short,
                 checked=_parse_date(item["checked"], where, "checked"), uncertain=bool(item.get("uncertain")), source=where)


def _compile_territory(item: dict, where: str, countries: set[str], source: str) -> Entry:
    """A territory or region that is not a state ("Crimea", "Gaza Strip", "Greenland"): a place, with
    the state it belongs to (under international law) and the states that dispute or hold it."""
    _check_keys(item, _TERRITORY_KEYS, where, "territories")
    country = item.get("country")
    if country is None or str(country) not in countries:
        raise ResourceError(f"{where}: a territory needs 'country', the alpha-3 id of a state (got '{country}')",
                            "write country: UKR (the state it belongs to under international law)")
    disputed = _strings(item, "disputed_with", where)
    for code in disputed:
        if code not in countries:
            raise ResourceError(f"{where}: unknown country code '{code}' in disputed_with", "use alpha-3 ids of entries in states")
    forms = [(str(item["name"]), "name")] + [(f, "alias") for f in _strings(item, "names", where)]
    forms += [(f, "adjective") for f in _strings(item, "adjectives", where)]
    actor = Actor(id=str(item["id"]), name=str(item["name"]), kind="territory", country=str(country), source=source)
    return Entry(actor, tuple(forms), disputed=tuple(disputed), checked=_parse_date(item["checked"], where, "checked"),
                 uncertain=bool(item.get("uncertain")), source=where)


def _compile_media(item: dict, where: str, countries: set[str], source: str) -> Entry:
    _check_keys(item, _MEDIA_KEYS, where, "media")
    country = item.get("country")
    if country is not None and str(country) not in countries:
        raise ResourceError(f"{where}: unknown country code '{country}'", "use the alpha-3 id of an entry in states")
    forms = [(str(item["name"]), "name")] + [(f, "alias") for f in _strings(item, "names", where)]
    actor = Actor(id=str(item["id"]), name=str(item["name"]), kind="organization",
                  country=str(country) if country else None, role="media", source=source)
    return Entry(actor, tuple(forms), checked=_parse_date(item["checked"], where, "checked"), source=where)


def _office(spec: dict, where: str, roles: RolesLexicon, countries: set[str], orgs: set[str],
            country: str | None, org: str | None) -> Office:
    role = str(spec.get("role") or "")
    title = roles.title_named(role)
    if title is None:
        raise ResourceError(f"{where}: role '{role}' is not in roles.yaml", "add the title to roles.yaml or fix its spelling")
    if spec is not None and spec.get("country") and not spec.get("org"):
        org = None  # an office of a state, held by someone now at an organization
    country = str(spec.get("country") or country or "") or None
    org = str(spec.get("org") or org or "") or None
    if country is not None and country not in countries:
        raise ResourceError(f"{where}: unknown country code '{country}'", "use the alpha-3 id of an entry in states")
    if org is not None and org not in orgs:
        raise ResourceError(f"{where}: unknown org '{org}'", "use the id of an entry in organizations")
    start = _parse_date(spec.get("from"), where, "from")
    end = _parse_date(spec.get("to"), where, "to")
    if start and end and end < start:
        raise ResourceError(f"{where}: 'to: {end}' is before 'from: {start}'", "swap or fix the dates")
    # an office of an organization (UN Secretary-General) is keyed by the org, not the nationality
    return Office(role, title.category, None if org else country, org, start, end)


def _compile_person(item: dict, where: str, roles: RolesLexicon, countries: set[str], orgs: set[str], source: str,
                    order: NameOrder | None = None, particles: frozenset[str] = frozenset()) -> Entry:
    _check_keys(item, _PERSON_KEYS, where, "people")
    country = item.get("country")
    if country is not None and str(country) not in countries:
        raise ResourceError(f"{where}: unknown country code '{country}'", "use the alpha-3 id of an entry in states")
    country = str(country) if country else None
    org = str(item["org"]) if item.get("org") else None
    offices: list[Office] = []
    if item.get("role"):
        offices.append(_office(item, where, roles, countries, orgs, country, org))
    for spec in item.get("roles") or ():
        if not isinstance(spec, dict):
            raise ResourceError(f"{where}: 'roles' must be a list of mappings", "write roles: [{role: ..., from: ..., to: ...}]")
        unknown = sorted(set(spec) - _OFFICE_KEYS)
        if unknown:
            raise ResourceError(f"{where}: unknown key '{unknown[0]}' in roles", f"allowed: {', '.join(sorted(_OFFICE_KEYS))}")
        offices.append(_office(spec, f"{where.split(':')[0]}:{line_of(spec, int(where.split(':')[1]))}", roles, countries, orgs, country, org))
    gender = item.get("gender")
    if gender is not None and str(gender) not in GENDERS:
        raise ResourceError(f"{where}: gender '{gender}' unknown", "use m or f, or leave it out when unsure")
    name = str(item["name"])
    surname = item["surname"] if "surname" in item else surname_of(name, country, order, particles)
    forms = [(name, "name")] + [(f, "alias") for f in _strings(item, "aliases", where)]
    current = _latest(offices)
    actor = Actor(id=str(item["id"]), name=name, kind="person", country=country,
                  role=current.role if current else None, source=source)
    return Entry(actor, tuple(forms), tuple(offices), surname=str(surname) if surname else None,
                 checked=_parse_date(item["checked"], where, "checked"), uncertain=bool(item.get("uncertain")), source=where,
                 gender=str(gender) if gender is not None else None)


def _latest(offices: list[Office]) -> Office | None:
    if not offices:
        return None
    return max(offices, key=lambda o: (o.end or date.max, o.start or date.min))


# --- roles lexicon and rules -------------------------------------------------------------------------


def _compile_roles(data: Any, name: str) -> RolesLexicon:
    if not isinstance(data, dict):
        raise ResourceError(f"{name}:1: expected a mapping", "see the file's header comment")
    categories = data.get("categories")
    if not isinstance(categories, dict) or not categories:
        raise ResourceError(f"{name}:{line_of(data, 1)}: 'categories' must map each category to its meaning", "add categories:")
    cats = frozenset(str(c) for c in categories)
    titles: list[Title] = []
    seen: dict[tuple[str, ...], str] = {}
    for item in data.get("titles") or ():
        where = f"{name}:{line_of(item)}"
        if not isinstance(item, dict) or not item.get("title") or not item.get("category"):
            raise ResourceError(f"{where}: a title needs 'title' and 'category'", "write - {title: President, category: head_of_state}")
        unknown = sorted(set(item) - {"title", "category", "forms", "person", "description", "note"})
        if unknown:
            raise ResourceError(f"{where}: unknown key '{unknown[0]}' in a title", "allowed: title, category, forms, person, description, note")
        if item["category"] not in cats:
            raise ResourceError(f"{where}: category '{item['category']}' is not under 'categories'", "add it there or fix the spelling")
        forms = [str(item["title"])] + _strings(item, "forms", where)
        keys = []
        for form in forms:
            key = tuple(k.lower() for k in split_form(form))
            if key in seen:
                raise ResourceError(f"{where}: title form '{form}' already given for '{seen[key]}'", "keep one")
            seen[key] = str(item["title"])
            keys.append(key)
        titles.append(Title(str(item["title"]), str(item["category"]), tuple(keys),
                            bool(item.get("person", True)), bool(item.get("description", True))))
    by_first: dict[str, list[Title]] = {}
    for title in titles:
        for key in title.keys:
            if title not in by_first.setdefault(key[0], []):
                by_first[key[0]].append(title)
    recent: dict[str, tuple[str, ...]] = {}
    for noun, cats_of in (data.get("recent") or {}).items():
        for cat in cats_of or ():
            if cat not in cats:
                raise ResourceError(f"{name}:{line_of(data.get('recent'), 1)}: recent noun '{noun}': unknown category '{cat}'", "use a category under 'categories'")
        recent[fold(str(noun)).lower()] = tuple(cats_of or ())
    descriptions = []
    for item in data.get("descriptions") or ():
        where = f"{name}:{line_of(item)}"
        if not isinstance(item, dict) or not item.get("id") or not item.get("pattern") or not item.get("resolve"):
            raise ResourceError(f"{where}: a description needs id, pattern and resolve", "see the header comment")
        if item["resolve"] not in ("office", "person_office", "counterpart", "recent"):
            raise ResourceError(f"{where}: resolve '{item['resolve']}' unknown", "use office, person_office, counterpart or recent")
        parts: list[str] = []
        for piece in str(item["pattern"]).split():
            if piece.startswith("{"):
                if piece not in ("{COUNTRY}", "{PERSON}", "{ROLE}", "{POSS}", "{RECENT}", "{COUNTERPART}"):
                    raise ResourceError(f"{where}: unknown slot {piece}", "use {COUNTRY}, {PERSON}, {ROLE}, {POSS}, {RECENT}, {COUNTERPART}")
                parts.append(piece)
            else:
                parts.extend(k.lower() for k in split_form(piece))
        unknown = sorted(set(item) - {"id", "pattern", "resolve", "examples", "category", "note"})
        if unknown:
            raise ResourceError(f"{where}: unknown key '{unknown[0]}' in a description", "allowed: id, pattern, resolve, examples, category, note")
        category = item.get("category")
        if category is not None and category not in cats:
            raise ResourceError(f"{where}: category '{category}' is not under 'categories'", "add it there or fix the spelling")
        if category is None and item["resolve"] in ("office", "person_office") and "{ROLE}" not in parts:
            raise ResourceError(f"{where}: an office description needs a {{ROLE}} slot or a category", "add category: foreign_minister")
        descriptions.append(DescriptionPattern(str(item["id"]), tuple(parts), str(item["resolve"]),
                                               tuple(_strings(item, "examples", where)),
                                               str(category) if category else None))
    head_verbs: dict[str, tuple[str, Title]] = {}
    verbs = data.get("head_verbs") or {}
    if not isinstance(verbs, dict):
        raise ResourceError(f"{name}:{line_of(data, 1)}: head_verbs must map a verb to a title", "write head_verbs: {heads: head}")
    for verb, role in verbs.items():
        key = tuple(k.lower() for k in split_form(str(role)))
        found = next((t for t in titles if key in t.keys), None)
        if found is None:
            raise ResourceError(f"{name}:{line_of(verbs, line_of(data, 1))}: head verb '{verb}' names the unknown title '{role}'",
                                "use a title or form listed under titles")
        head_verbs[str(verb).lower()] = (str(role), found)
    place_titled = frozenset(str(c) for c in (data.get("place_titled") or ()))
    for category in sorted(place_titled - cats):
        raise ResourceError(f"{name}:{line_of(data.get('place_titled'), line_of(data, 1))}: place_titled: '{category}' is not under 'categories'",
                            "use a category listed under categories")
    return RolesLexicon(
        titles=tuple(titles),
        by_first={k: tuple(sorted(v, key=lambda t: -max(len(x) for x in t.keys))) for k, v in by_first.items()},
        honorifics=frozenset(fold(h).lower().rstrip(".") for h in _strings(data, "honorifics", f"{name}:{line_of(data, 1)}")),
        possessives=frozenset(p.lower() for p in _strings(data, "possessives", f"{name}:{line_of(data, 1)}")),
        recent=recent,
        counterpart=frozenset(fold(c).lower() for c in _strings(data, "counterparts", f"{name}:{line_of(data, 1)}")),
        modifiers=frozenset(fold(c).lower() for c in _strings(data, "modifiers", f"{name}:{line_of(data, 1)}")),
        descriptions=tuple(descriptions),
        categories=cats,
        words=frozenset(k for t in titles for keys in t.keys for k in keys
                        if k.isalpha() and len(k) > 2 and k not in ("the", "and", "for")),
        head_verbs=head_verbs,
        place_titled=place_titled,
        plural_ends=frozenset(keys[-1] + "s" for t in titles for keys in t.keys if keys),
        place_nouns=frozenset(fold(c).lower() for c in _strings(data, "place_nouns", f"{name}:{line_of(data, 1)}")),
    )


def _compile_name_order(data: Any, name: str, countries: set[str]) -> tuple[NameOrder, frozenset[str]]:
    """``family_name_first`` (countries, family names) and the name particles of rules.yaml."""
    if not isinstance(data, dict):
        raise ResourceError(f"{name}:1: expected a mapping", "see the file's header comment")
    particles = frozenset(fold(w) for w in _strings(data, "particles", f"{name}:{line_of(data, 1)}"))
    patronymics = frozenset(fold(w) for w in _strings(data, "patronymics", f"{name}:{line_of(data, 1)}"))
    spec = data.get("family_name_first")
    if spec is None:
        return NameOrder(patronymics=patronymics), particles
    where = f"{name}:{line_of(spec, line_of(data, 1))}"
    if not isinstance(spec, dict) or set(spec) - {"countries", "family_names", "note"}:
        raise ResourceError(f"{where}: family_name_first must map 'countries' and 'family_names' to lists",
                            "write family_name_first: {countries: [CHN, KOR], family_names: [Wang, Kim]}")
    codes = _strings(spec, "countries", where)
    for code in codes:
        if code not in countries:
            raise ResourceError(f"{where}: unknown country code '{code}' in family_name_first", "use alpha-3 ids of entries in states")
    return NameOrder(frozenset(codes), frozenset(fold(w) for w in _strings(spec, "family_names", where)), patronymics), particles


def _compile_rules(data: Any, name: str, entries: dict[str, Entry]) -> MatchRules:
    if not isinstance(data, dict):
        raise ResourceError(f"{name}:1: expected a mapping", "see the file's header comment")
    ambiguous: dict[tuple[str, ...], AmbiguityRule] = {}
    for item in data.get("ambiguous") or ():
        where = f"{name}:{line_of(item)}"
        if not isinstance(item, dict) or not item.get("form"):
            raise ResourceError(f"{where}: an ambiguity rule needs 'form'", "write - form: Georgia")
        unknown = sorted(set(item) - {"form", "choices", "skip_before", "skip_after", "skip_document", "note"})
        if unknown:
            raise ResourceError(f"{where}: unknown key '{unknown[0]}'", "allowed: form, choices, skip_before, skip_after, skip_document, note")
        choices = []
        for choice in item.get("choices") or ():
            if not isinstance(choice, dict) or "actor" not in choice:
                raise ResourceError(f"{where}: each choice needs 'actor' (an id, or null for none)", "write - {actor: EU, if_mentioned: [EU]}")
            actor = choice.get("actor")
            if actor is not None and str(actor) not in entries:
                raise ResourceError(f"{name}:{line_of(choice, line_of(item))}: unknown actor id '{actor}'", "use an id from the gazetteer")
            cond = _strings(choice, "if_mentioned", where)
            for c in cond:
                if c not in entries:
                    raise ResourceError(f"{name}:{line_of(choice, line_of(item))}: unknown actor id '{c}' in if_mentioned", "use an id from the gazetteer")
            choices.append((str(actor) if actor is not None else None, tuple(cond)))
        form = split_form(str(item["form"]))
        ambiguous[form] = AmbiguityRule(
            form, tuple(choices),
            tuple(split_form(s) for s in _strings(item, "skip_before", where)),
            tuple(split_form(s) for s in _strings(item, "skip_after", where)),
            tuple(_strings(item, "skip_document", where)),
            where,
        )
    window = data.get("recency_window", 1200)
    if not isinstance(window, int) or window <= 0:
        raise ResourceError(f"{name}:{line_of(data, 1)}: recency_window must be a positive number of characters", "write recency_window: 1200")
    return MatchRules(
        common_words=frozenset(fold(w) for w in _strings(data, "common_words", f"{name}:{line_of(data, 1)}")),
        name_words=frozenset(fold(w) for w in _strings(data, "name_words", f"{name}:{line_of(data, 1)}")),
        particles=frozenset(fold(w) for w in _strings(data, "particles", f"{name}:{line_of(data, 1)}")),
        suffixes=frozenset(fold(w).rstrip(".") for w in _strings(data, "suffixes", f"{name}:{line_of(data, 1)}")),
        adjective_skip_after=frozenset(fold(w) for w in _strings(data, "adjective_skip_after", f"{name}:{line_of(data, 1)}")),
        metonym_skip_after=frozenset(fold(w).lower() for w in _strings(data, "metonym_skip_after", f"{name}:{line_of(data, 1)}")),
        articles=frozenset(fold(w).lower() for w in _strings(data, "articles", f"{name}:{line_of(data, 1)}")),
        ambiguous=ambiguous,
        recency_window=window,
        name_order=_compile_name_order(data, name, {i for i, e in entries.items() if e.actor.kind == "state"})[0],
        references=_compile_references(data.get("references"), name, data, entries),
    )


def _compile_references(spec: Any, name: str, data: Any, entries: dict[str, Entry]) -> References:
    """``references`` of rules.yaml: the nouns that refer back to an organization named before."""
    if spec is None:
        return References()
    where = f"{name}:{line_of(spec, line_of(data, 1))}"
    allowed = {"nouns", "head_nouns", "kind_nouns", "modifiers", "skip_after", "possessive_nouns", "possessive_window",
               "ruler_nouns", "note"}
    if not isinstance(spec, dict) or set(spec) - allowed:
        raise ResourceError(f"{where}: references must map {', '.join(sorted(allowed - {'note'}))}",
                            "write references: {nouns: {bloc: [EU]}, head_nouns: [committee]}")
    nouns: dict[tuple[str, ...], frozenset[str]] = {}
    for noun, ids in (spec.get("nouns") or {}).items():
        if not isinstance(ids, list) or not ids:
            raise ResourceError(f"{where}: reference noun '{noun}' needs a list of actor ids", "write bloc: [EU, ASEAN]")
        for actor_id in ids:
            if str(actor_id) not in entries:
                raise ResourceError(f"{where}: reference noun '{noun}': unknown actor id '{actor_id}'", "use an id from the gazetteer")
        nouns[tuple(k.lower() for k in split_form(str(noun)))] = frozenset(str(i) for i in ids)
    kinds = {"state", "territory", "person", *ORG_KINDS}
    kind_nouns: dict[str, frozenset[str]] = {}
    for noun, of_kinds in (spec.get("kind_nouns") or {}).items():
        bad = sorted(set(map(str, of_kinds or ())) - kinds)
        if not of_kinds or bad:
            raise ResourceError(f"{where}: kind noun '{noun}': unknown kind '{bad[0] if bad else ''}'", f"use {', '.join(sorted(kinds))}")
        kind_nouns[fold(str(noun)).lower()] = frozenset(map(str, of_kinds))
    return References(
        nouns=nouns,
        head_nouns=frozenset(fold(w).lower() for w in _strings(spec, "head_nouns", where)),
        kind_nouns=kind_nouns,
        modifiers=frozenset(fold(w) for w in _strings(spec, "modifiers", where)),
        skip_after=frozenset(fold(w).lower() for w in _strings(spec, "skip_after", where)),
        possessive_nouns=tuple(sorted({tuple(k.lower() for k in split_form(w)) for w in _strings(spec, "possessive_nouns", where)},
                                      key=len, reverse=True)),
        possessive_window=_positive(spec.get("possessive_window", 300), f"{where}: possessive_window"),
        ruler_nouns=tuple(sorted({tuple(k.lower() for k in split_form(w)) for w in _strings(spec, "ruler_nouns", where)},
                                 key=len, reverse=True)),
    )


def _positive(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ResourceError(f"{where} must be a positive number of characters", "write possessive_window: 300")
    return value


def short_name(actor: Actor, gazetteer: Gazetteer | None = None) -> str:
    """The short form summaries use for ``actor``: a person's surname or family name ("Trump",
    "Wang" for Wang Yi, "Kim" for Kim Jong Un, "al-Hayya"), the full name where the gazetteer gives
    no surname ("King Charles III", "Mohammed bin Salman"); an organization's acronym when its name
    is long ("OSCE"); otherwise the actor's name ("Russia", "Hamas")."""
    entry = gazetteer.get(actor.id) if gazetteer is not None and actor.source != "document" else None
    if actor.kind == "person":
        if entry is not None and entry.actor.kind == "person":
            return entry.surname or entry.actor.name
        rules = gazetteer.rules if gazetteer is not None else None
        order = rules.name_order if rules is not None else None
        particles = rules.particles if rules is not None else frozenset()
        return surname_of(actor.name, actor.country, order, particles) or actor.name
    if entry is not None and entry.short:
        return entry.short
    return actor.name


def slugify(name: str) -> str:
    """The id of a person introduced in a document: "Sergey Ryabkov" -> "sergey-ryabkov"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")


__all__ = ["Entry", "Gazetteer", "NameOrder", "Office", "load_gazetteer", "short_name", "slugify", "surname_of"]
