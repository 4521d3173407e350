"""Loading the temporal rule files: lexicons, named regex pieces and rules.

Three kinds of data file live in ``timeline/resources/temporal/`` (HeidelTime's layout):

* ``lexicons.yaml``: word lists with their normalized values (``october: 10``, ``early: START``),
  and plain word lists the engine builds its tense and clause patterns from (``tense_cues``,
  ``clause_cues``, ``detection_words``);
* ``pieces.yaml``: named regex pieces, built from lexicons or written as regexes;
* ``rules.yaml``: rules combining pieces by name (``{MONTH:month} {DAY:day}``), each with the
  TIMEX3 type, a value template or a resolver, and examples.

Python only compiles and validates them. Any problem raises ``ResourceError`` whose message is
``file:line: what is wrong``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from timeline.errors import ResourceError
from timeline.model import TIMEX_TYPES

#: Resolvers a rule may name (implemented in ``timeline.temporal.resolve``).
RESOLVERS = (
    "duration", "weekday", "month", "month_day", "shift", "anchored_shift", "anchored_offset", "quarter",
    "season", "holiday", "time", "time_weekday", "part_of_day", "decade", "century", "year2",
    "same_as_ref", "event_day", "vague_by_tense", "anchored_unit_event", "focus_day", "from_day",
    "vague_offset",
)
MODS = (
    "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
    "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS",
)
#: the type of a rule that claims its match so that nothing is tagged there: a title ("This Week",
#: the ABC programme), a generic use ("today's youth"), a discourse marker ("Now, he says").
#: Such a rule has neither value nor resolve, and every example of it is ``none: true``.
NO_TIMEX = "NONE"
_RULE_KEYS = {"lookup", "id", "pattern", "type", "value", "resolve", "mod", "examples", "priority", "note", "not_before", "not_after"}
_EXAMPLE_KEYS = {"text", "dct", "extent", "value", "type", "mod", "narrative", "none"}
#: every rule match must start and end at a word boundary (and not right after "$" or "/")
GUARD_BEFORE = r"(?<![\w$£€#@/])"
GUARD_AFTER = r"(?![\w@])"
_PIECE_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::([a-z][a-z0-9_]*))?\}")


class _Node:
    """A YAML value with the line it starts on (1-based)."""

    __slots__ = ("value", "line", "key_lines")

    def __init__(self, value: Any, line: int, key_lines: dict[str, int] | None = None) -> None:
        self.value = value
        self.line = line
        self.key_lines = key_lines or {}  # a mapping's keys -> the line each key is on


def _construct(node: yaml.Node) -> _Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, _Node] = {}
        key_lines: dict[str, int] = {}
        for k, v in node.value:
            out[str(k.value)] = _construct(v)
            key_lines[str(k.value)] = k.start_mark.line + 1
        return _Node(out, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        return _Node([_construct(v) for v in node.value], line)
    # scalars: PyYAML's resolver already tagged them (int, bool, null, date, str)
    value = node.value if node.tag == "tag:yaml.org,2002:str" else _CONSTRUCTOR.construct_object(node)
    return _Node(value, line)


_CONSTRUCTOR = yaml.SafeLoader("")


def _read_yaml(path_name: str, text: str) -> _Node:
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(err, "problem", None) or str(err)
        raise ResourceError(f"{path_name}:{line}: not valid YAML: {problem}", "fix the YAML syntax on that line") from None
    if node is None:
        raise ResourceError(f"{path_name}:1: the file is empty", "restore the file from the package")
    return _construct(node)


def _fail(path: str, line: int, what: str, fix: str = "see the comments at the top of the file") -> ResourceError:
    return ResourceError(f"{path}:{line}: {what}", fix)


@dataclass(frozen=True, slots=True)
class Lexicon:
    name: str
    case: str  # "title": Capitalized or UPPER only; "any": any case
    entries: dict[str, Any]  # lower-cased surface -> normalized value


@dataclass(frozen=True, slots=True)
class Piece:
    name: str
    regex: str  # without capture groups of its own
    lexicon: tuple[str, ...]  # lexicons its text is looked up in, in order
    convert: str | None  # "int", "year", "number"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    dct: str | None
    extent: str | None
    value: str | None
    type: str | None
    mod: str | None
    narrative: bool
    none: bool  # the rule must find nothing in text
    line: int


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    index: int
    regex: str  # with named groups
    groups: dict[str, str]  # group name -> piece name
    type: str
    value: str | None
    resolve: dict[str, Any] | None
    mod: str | None
    priority: int
    examples: tuple[Example, ...]
    line: int
    not_before: str | None = None  # a regex the text just before the match must not end with
    not_after: str | None = None  # a regex the text just after the match must not start with
    lookups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # raw group -> lexicons
    compiled: re.Pattern[str] | None = None  # the pattern, guarded so that it never starts or ends inside a word


@dataclass(frozen=True, slots=True)
class RuleSet:
    lexicons: dict[str, Lexicon]
    pieces: dict[str, Piece]
    rules: tuple[Rule, ...]
    files: dict[str, str] = field(default_factory=dict)
    tense_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lexicons.yaml, tense_cues
    clause_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lexicons.yaml, clause_cues
    detection_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lexicons.yaml, detection_words


def _title_variants(word: str) -> list[str]:
    out = {word[:1].upper() + word[1:], word.upper()}
    return sorted(out)


def _alternation(lex: Lexicon) -> str:
    words = sorted(lex.entries, key=lambda w: (-len(w), w))
    if lex.case == "title":
        alts = [re.escape(v) for w in words for v in _title_variants(w)]
        alts.sort(key=lambda a: -len(a))
        body = "(?-i:" + "|".join(alts) + ")"
    else:
        body = "(?i:" + "|".join(re.escape(w) for w in words) + ")"
    body = body.replace(r"\ ", r"\s+")
    return "(?:" + body + ")"


def _load_lexicons(path: str, root: _Node) -> dict[str, Lexicon]:
    if not isinstance(root.value, dict):
        raise _fail(path, root.line, "expected a mapping of lexicon names")
    out: dict[str, Lexicon] = {}
    for name, node in root.value.items():
        if name in WORD_LIST_SECTIONS:
            continue  # word lists, not a lexicon: _load_word_lists
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise _fail(path, node.line, f"lexicon name '{name}' must be lower_snake_case")
        if not isinstance(node.value, dict) or "entries" not in node.value:
            raise _fail(path, node.line, f"lexicon '{name}' needs 'entries' (a mapping word: value)")
        case_node = node.value.get("case")
        case = case_node.value if case_node else "any"
        if case not in ("title", "any"):
            raise _fail(path, case_node.line, f"lexicon '{name}': case must be 'title' or 'any', not '{case}'")
        entries_node = node.value["entries"]
        if not isinstance(entries_node.value, dict) or not entries_node.value:
            raise _fail(path, entries_node.line, f"lexicon '{name}': entries must be a non-empty mapping")
        entries: dict[str, Any] = {}
        for word, v in entries_node.value.items():
            if not word.strip():
                raise _fail(path, v.line, f"lexicon '{name}': empty word")
            if isinstance(v.value, (dict, list)):
                raise _fail(path, v.line, f"lexicon '{name}': the value of '{word}' must be a number or a word")
            if name == "period_parts":
                from timeline.temporal.calendar import parse_period_parts

                try:
                    parse_period_parts(word, v.value)
                except ValueError as err:
                    raise _fail(path, v.line, f"lexicon 'period_parts': '{word}': {err}") from None
            if name == "vague_offset":
                from timeline.temporal.calendar import parse_vague_offset

                try:
                    parse_vague_offset(word, v.value)
                except ValueError as err:
                    raise _fail(path, v.line, f"lexicon 'vague_offset': '{word}': {err}") from None
            entries[" ".join(word.lower().split())] = v.value
        unknown = set(node.value) - {"case", "entries", "note"}
        if unknown:
            raise _fail(path, node.line, f"lexicon '{name}': unknown key(s) {', '.join(sorted(unknown))}")
        out[name] = Lexicon(name, case, entries)
    return out


#: the section of lexicons.yaml that holds the tense cue word lists
TENSE_CUES = "tense_cues"
#: the lists it must hold (what each is for: the comments in lexicons.yaml; how they are used:
#: ``timeline.temporal.engine.compile_tense_cues``)
TENSE_CUE_LISTS = (
    "future", "future_planned", "plan_once", "next", "next_not_before", "intent", "intent_not_verbs",
    "irregular_past", "past", "past_be", "past_be_not_before", "not_past_after", "not_past_ed_after", "not_past_ed",
    "future_just_before", "deadline", "deadline_lowercase", "future_in_past", "reporting", "subclause",
    "subclause_and", "subclause_verbs", "fronted", "period_part_words", "main_future", "main_past", "sets_term",
    "extends_term", "until", "past_auxiliaries", "looks_back", "not_scheduled_after",
    "coordinator", "subject_pronouns", "subject_determiners", "done_infinitive", "obligation", "possibility_ahead", "possibility_not_before",
    "anticipation", "present", "demand", "possibility", "closed_on",
)
#: clause and signal words of anchored expressions ("two days after <clause>") and ranges
CLAUSE_CUES = "clause_cues"
CLAUSE_CUE_LISTS = ("clause_end", "signal_after", "clause_signal", "range_connector", "point_in", "points_back",
                    "since_words", "ago_words", "saying_adverbs")
#: words that steer detection (where the engine looks for expressions)
DETECTION_WORDS = "detection_words"
DETECTION_WORD_LISTS = ("extra_triggers", "trigger_stopwords")
#: the word-list sections of lexicons.yaml (not lexicons) and the lists each must hold
WORD_LIST_SECTIONS = {TENSE_CUES: TENSE_CUE_LISTS, CLAUSE_CUES: CLAUSE_CUE_LISTS, DETECTION_WORDS: DETECTION_WORD_LISTS}
#: an entry: lower-case words (letters, digits, apostrophes, hyphens) separated by single spaces, no regex syntax
_CUE_ENTRY = re.compile(r"[a-z0-9'’-]+(?: [a-z0-9'’-]+)*")


def _load_word_lists(path: str, root: _Node, section_name: str) -> dict[str, tuple[str, ...]]:
    """A word-list section (``tense_cues`` ...): one non-empty list of plain words or phrases per role."""
    names = WORD_LIST_SECTIONS[section_name]
    section = root.value.get(section_name) if isinstance(root.value, dict) else None
    if section is None:
        raise _fail(path, 1, f"section '{section_name}' is missing",
                    "restore it from the package: the engine builds its patterns from it")
    section_line = root.key_lines.get(section_name, section.line)
    if not isinstance(section.value, dict):
        raise _fail(path, section_line, f"'{section_name}' must be a mapping of list names to lists of words")
    out: dict[str, tuple[str, ...]] = {}
    for name, node in section.value.items():
        if name not in names:
            raise _fail(path, node.line, f"{section_name}: unknown list '{name}'", f"use one of {', '.join(names)}")
        if not isinstance(node.value, list) or not node.value:
            raise _fail(path, node.line, f"{section_name}: '{name}' must be a non-empty list of words")
        words: list[str] = []
        for item in node.value:
            if not isinstance(item.value, str):
                raise _fail(path, item.line, f"{section_name}: '{name}': entry {item.value!r} is not a word",
                            "quote it (YAML reads on, no, yes as true/false)")
            word = " ".join(item.value.split())
            if not _CUE_ENTRY.fullmatch(word):
                raise _fail(path, item.line, f"{section_name}: '{name}': '{item.value}' must be lower-case words "
                            "(letters, digits, apostrophes, hyphens), no regex syntax")
            if word in words:
                raise _fail(path, item.line, f"{section_name}: '{name}': '{word}' is listed twice")
            words.append(word)
        out[name] = tuple(words)
    missing = [n for n in names if n not in out]
    if missing:
        raise _fail(path, section_line, f"{section_name}: list(s) missing: {', '.join(missing)}",
                    "restore them from the package")
    return out


def _expand(path: str, line: int, text: str, pieces: dict[str, Piece], *, capture: bool, groups: dict[str, str] | None, rule_id: str = "") -> str:
    def sub(m: re.Match[str]) -> str:
        name, group = m.group(1), m.group(2)
        if name not in pieces:
            raise _fail(path, line, f"unknown piece '{{{name}}}'", "define it in pieces.yaml or fix the name")
        body = pieces[name].regex
        if group and capture:
            if groups is not None:
                if group in groups:
                    raise _fail(path, line, f"rule {rule_id}: group name '{group}' used twice")
                groups[group] = name
            return f"(?P<{group}>{body})"
        return f"(?:{body})"

    return _PIECE_REF.sub(sub, text)


def _load_pieces(path: str, root: _Node, lexicons: dict[str, Lexicon]) -> dict[str, Piece]:
    if not isinstance(root.value, dict):
        raise _fail(path, root.line, "expected a mapping of piece names")
    out: dict[str, Piece] = {}
    for name, node in root.value.items():
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
            raise _fail(path, node.line, f"piece name '{name}' must be UPPER_SNAKE_CASE")
        spec = node.value
        if isinstance(spec, str):
            spec = {"regex": _Node(spec, node.line)}
        if not isinstance(spec, dict):
            raise _fail(path, node.line, f"piece '{name}' must be a regex string or a mapping")
        unknown = set(spec) - {"regex", "lexicon", "convert", "note"}
        if unknown:
            raise _fail(path, node.line, f"piece '{name}': unknown key(s) {', '.join(sorted(unknown))}")
        lex_spec = spec["lexicon"].value if "lexicon" in spec else []
        lex_names = tuple(n.value if isinstance(n, _Node) else n for n in (lex_spec if isinstance(lex_spec, list) else [lex_spec]))
        convert = spec["convert"].value if "convert" in spec else None
        if convert not in (None, "int", "year", "number", "year2", "spoken_year"):
            raise _fail(path, spec["convert"].line, f"piece '{name}': convert must be int, number, year or year2")
        for lex_name in lex_names:
            if lex_name not in lexicons:
                raise _fail(path, spec["lexicon"].line, f"piece '{name}': unknown lexicon '{lex_name}'")
        union = "(?:" + "|".join(_alternation(lexicons[n]) for n in lex_names) + ")" if lex_names else ""
        if "regex" in spec:
            regex = _expand(path, spec["regex"].line, str(spec["regex"].value), out, capture=False, groups=None)
            regex = regex.replace("{lexicon}", union)
        elif lex_names:
            regex = union
        else:
            raise _fail(path, node.line, f"piece '{name}' needs a regex or a lexicon")
        try:
            re.compile(regex)
        except re.error as err:
            raise _fail(path, node.line, f"piece '{name}': bad regex: {err}") from None
        out[name] = Piece(name, regex, lex_names, convert)
    return out


def _load_examples(path: str, node: _Node, rule_id: str) -> tuple[Example, ...]:
    if not isinstance(node.value, list) or not node.value:
        raise _fail(path, node.line, f"rule {rule_id}: examples must be a non-empty list")
    out = []
    for ex in node.value:
        if not isinstance(ex.value, dict):
            raise _fail(path, ex.line, f"rule {rule_id}: each example is a mapping with text, dct, extent, value")
        v = ex.value
        unknown = set(v) - _EXAMPLE_KEYS
        if unknown:
            raise _fail(path, ex.line, f"rule {rule_id}: example has unknown key(s) {', '.join(sorted(unknown))}")
        if "text" not in v:
            raise _fail(path, ex.line, f"rule {rule_id}: example needs 'text'")
        none = bool(v["none"].value) if "none" in v else False
        if not none and ("extent" not in v or "value" not in v):
            raise _fail(path, ex.line, f"rule {rule_id}: example needs 'extent' and 'value' (or 'none: true')")
        get = lambda k: (str(v[k].value) if k in v and v[k].value is not None else None)  # noqa: E731
        if get("extent") is not None and get("extent") not in str(v["text"].value):
            raise _fail(path, v["extent"].line, f"rule {rule_id}: extent '{get('extent')}' is not in the example text")
        out.append(Example(str(v["text"].value), get("dct"), get("extent"), get("value"), get("type"), get("mod"),
                           bool(v["narrative"].value) if "narrative" in v else False, none, ex.line))
    return tuple(out)


def _load_rules(path: str, root: _Node, pieces: dict[str, Piece], lexicons: dict[str, Lexicon]) -> tuple[Rule, ...]:
    if not isinstance(root.value, list):
        raise _fail(path, root.line, "expected a list of rules")
    out: list[Rule] = []
    seen: set[str] = set()
    for i, node in enumerate(root.value):
        r = node.value
        if not isinstance(r, dict):
            raise _fail(path, node.line, "each rule is a mapping with id, pattern, type, value or resolve, examples")
        unknown = set(r) - _RULE_KEYS
        if unknown:
            raise _fail(path, node.line, f"rule: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("id", "pattern", "type", "examples"):
            if key not in r:
                raise _fail(path, node.line, f"rule {r['id'].value if 'id' in r else '#' + str(i + 1)}: missing '{key}'")
        rid = str(r["id"].value)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", rid):
            raise _fail(path, r["id"].line, f"rule id '{rid}' must be lower_snake_case")
        if rid in seen:
            raise _fail(path, r["id"].line, f"rule id '{rid}' is used twice")
        seen.add(rid)
        typ = r["type"].value
        if typ not in TIMEX_TYPES and typ != NO_TIMEX:
            raise _fail(path, r["type"].line, f"rule {rid}: type must be one of {', '.join(TIMEX_TYPES + (NO_TIMEX,))}, not '{typ}'")
        if typ == NO_TIMEX:
            if "value" in r or "resolve" in r or "mod" in r:
                raise _fail(path, node.line, f"rule {rid}: a rule of type {NO_TIMEX} tags nothing: remove value, resolve and mod")
        elif ("value" in r) == ("resolve" in r):
            raise _fail(path, node.line, f"rule {rid}: give exactly one of 'value' (a template) or 'resolve'")
        groups: dict[str, str] = {}
        pattern = str(r["pattern"].value)
        regex = _expand(path, r["pattern"].line, pattern, pieces, capture=True, groups=groups, rule_id=rid)
        for raw_group in re.findall(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>", pattern):
            if raw_group in groups:
                raise _fail(path, r["pattern"].line, f"rule {rid}: group name '{raw_group}' used twice")
            groups[raw_group] = ""
        lookups: dict[str, tuple[str, ...]] = {}
        if "lookup" in r:
            if not isinstance(r["lookup"].value, dict):
                raise _fail(path, r["lookup"].line, f"rule {rid}: lookup must map group names to lexicons")
            for g, lx in r["lookup"].value.items():
                names = tuple(x.value if isinstance(x, _Node) else x for x in (lx.value if isinstance(lx.value, list) else [lx.value]))
                if g not in groups:
                    raise _fail(path, lx.line, f"rule {rid}: lookup for '{g}', which the pattern does not capture")
                for n in names:
                    if n not in lexicons:
                        raise _fail(path, lx.line, f"rule {rid}: unknown lexicon '{n}'")
                lookups[g] = names
        try:
            compiled = re.compile(GUARD_BEFORE + "(?:" + regex + ")" + GUARD_AFTER, re.IGNORECASE)
        except re.error as err:
            raise _fail(path, r["pattern"].line, f"rule {rid}: bad pattern: {err}") from None
        resolve = None
        if "resolve" in r:
            spec = r["resolve"].value
            if isinstance(spec, str):
                spec = {"fn": _Node(spec, r["resolve"].line)}
            if not isinstance(spec, dict) or "fn" not in spec:
                raise _fail(path, r["resolve"].line, f"rule {rid}: resolve needs 'fn'")
            resolve = {k: v.value for k, v in spec.items()}
            if resolve["fn"] not in RESOLVERS:
                raise _fail(path, r["resolve"].line, f"rule {rid}: unknown resolver '{resolve['fn']}'", f"use one of {', '.join(RESOLVERS)}")
        value = str(r["value"].value) if "value" in r else None
        for template in [value or ""] + [str(v) for v in (resolve or {}).values()]:
            for ref in re.findall(r"\{([a-z][a-z0-9_]*)", template):
                if ref not in groups:
                    raise _fail(path, node.line, f"rule {rid}: template refers to '{{{ref}}}', which the pattern does not capture")
        mod = str(r["mod"].value) if "mod" in r else None
        if mod and not mod.startswith("{") and mod not in MODS:
            raise _fail(path, r["mod"].line, f"rule {rid}: mod must be one of {', '.join(MODS)}")
        prio = r["priority"].value if "priority" in r else 0
        if not isinstance(prio, int):
            raise _fail(path, r["priority"].line, f"rule {rid}: priority must be an integer")
        nb = str(r["not_before"].value) if "not_before" in r else None
        na = str(r["not_after"].value) if "not_after" in r else None
        for key, rx in (("not_before", nb), ("not_after", na)):
            if rx:
                try:
                    re.compile(rx)
                except re.error as err:
                    raise _fail(path, r[key].line, f"rule {rid}: bad {key} regex: {err}") from None
        examples = _load_examples(path, r["examples"], rid)
        if typ == NO_TIMEX:
            for ex in examples:
                if not ex.none:
                    raise _fail(path, ex.line, f"rule {rid}: a rule of type {NO_TIMEX} tags nothing: every example needs 'none: true'")
        out.append(Rule(rid, i, regex, groups, typ, value, resolve, mod, prio,
                        examples, node.line, nb, na, lookups, compiled))
    return tuple(out)


def _read(name: str, directory: Path | None) -> tuple[str, str]:
    if directory is not None:
        p = directory / name
        return str(p), p.read_text("utf-8")
    res = resources.files("timeline.resources").joinpath("temporal", name)
    return f"timeline/resources/temporal/{name}", res.read_text("utf-8")


def load_rules(directory: Path | None = None) -> RuleSet:
    """Load and validate the three rule files (the packaged ones, or those in ``directory``)."""
    if directory is None:
        return _load_packaged()
    return _load(directory)


@lru_cache(maxsize=1)
def _load_packaged() -> RuleSet:
    return _load(None)


def _load(directory: Path | None) -> RuleSet:
    files = {}
    parsed = {}
    for name in ("lexicons.yaml", "pieces.yaml", "rules.yaml"):
        try:
            path, text = _read(name, directory)
        except FileNotFoundError:
            raise ResourceError(f"{name}:1: file missing", "restore it from the package") from None
        files[name] = path
        parsed[name] = (path, _read_yaml(path, text))
    lexicons = _load_lexicons(*parsed["lexicons.yaml"])
    word_lists = {name: _load_word_lists(*parsed["lexicons.yaml"], name) for name in WORD_LIST_SECTIONS}
    pieces = _load_pieces(*parsed["pieces.yaml"], lexicons)
    rules = _load_rules(*parsed["rules.yaml"], pieces, lexicons)
    return RuleSet(lexicons, pieces, rules, files, word_lists[TENSE_CUES], word_lists[CLAUSE_CUES],
                   word_lists[DETECTION_WORDS])
