"""The temporal engine: find expressions with the compiled rules, then resolve them.

Detection: one trie-shaped regex finds trigger words (months, weekdays, units, digits ...); at
each trigger, the word starts of the few known words just before it are tried as match starts, in
order, and at the first start where some rule matches, the longest match wins (ties: higher
priority, then file order); the search goes on after it. This is spaCy's "earliest, then longest",
for one regex pass over the text plus a few anchored matches per expression.

Resolution (HeidelTime's second step): each match is turned into a TIMEX3 value by its rule's
value template or resolver, against the publication date (news) or the last date mentioned
(narrative, and anchored expressions such as "a year earlier").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from re import _parser as _re_parser  # type: ignore[attr-defined]
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable

from timeline.model import Anchor, Timex
from timeline.text import sentence_end
from timeline.temporal import calendar as cal
from timeline.temporal.resources import GUARD_AFTER as _GUARD_AFTER
from timeline.temporal.resources import GUARD_BEFORE as _GUARD_BEFORE
from timeline.temporal.resources import NO_TIMEX, Rule, RuleSet, load_rules


#: verbs that double their last letter before -ing ("begin" -> "beginning", "travel" -> "travelling")
_DOUBLED_FINAL = frozenset(("begin", "travel", "sit", "stop", "plan", "run", "cancel", "set", "get", "put", "cut"))


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    rule: Rule
    rx: re.Pattern[str]
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None


class Engine:
    """Rules compiled once; ``tag`` is then a pure function of (text, dct, narrative).

    Detection is driven by trigger words: every rule's match contains at least one word of a
    head lexicon (months, weekdays, units, vague words ...) or a digit. Tokens are scanned once; at
    each trigger, the word starts of a few tokens before it (read backwards from the trigger) are tried
    as match starts, and at each start only the rules whose first four characters can be those there
    are tried (prefix tries computed from the compiled patterns, digits told as one; the rules chosen
    are remembered by those characters). The longest match at the leftmost start wins. Every such
    shortcut only skips what cannot match: tests/test_temporal_speed_shortcuts.py checks each against
    the plain way.
    """

    #: how many words before a trigger a match may start ("more than [a decade]", "the past three [years]")
    LOOKBACK = 6

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.compiled = tuple(
            _CompiledRule(
                r,
                r.compiled or re.compile(_GUARD_BEFORE + "(?:" + r.regex + ")" + _GUARD_AFTER, re.IGNORECASE),
                re.compile("(?:" + r.not_before + r")\Z") if r.not_before else None,
                re.compile(r.not_after) if r.not_after else None,
            )
            for r in rules.rules
        )
        self._lex = {name: lex.entries for name, lex in rules.lexicons.items()}
        #: the tense patterns, built from the tense_cues lists of lexicons.yaml
        self.tense = compile_tense_cues(rules.tense_cues)
        #: the clause and signal patterns of anchored offsets and ranges (lexicons.yaml, clause_cues)
        self.clause = compile_clause_cues(rules.clause_cues, rules.tense_cues)
        #: the same tense patterns with no reporting verb: what the clause itself tells, an attribution
        #: ("..., the UN said") or a report ("officials said the talks ...") aside
        self.tense_unreported = replace(self.tense, reporting=re.compile(r"(?!)"))
        #: what early / mid / late cover in each kind of period (lexicons.yaml, period_parts)
        self.period_parts = {unit: cal.parse_period_parts(unit, spec) for unit, spec in self._lex.get("period_parts", {}).items()}
        #: how many units "months ago", "days from now" are taken to be (lexicons.yaml, vague_offset)
        self.vague_offsets = {unit: cal.parse_vague_offset(unit, spec) for unit, spec in self._lex.get("vague_offset", {}).items()}
        self.triggers, self.title_triggers = _trigger_words(rules)
        #: the trigger words in lower case, when all are plain ASCII: a plain ASCII word of the text is then a
        #: trigger word exactly when its lower case is one (``trigger_spans``); None: every word goes to the regex
        self._ascii_triggers = frozenset(w.lower() for w in self.triggers) if all(w.isascii() for w in self.triggers) \
            else None
        self.vocabulary = _vocabulary(rules)
        # (the lookahead of the first characters, case-insensitive, changes no match: every branch starts
        #  with one of them; it spares trying the tries at most word starts)
        firsts = sorted({w[0].lower() for w in self.triggers | self.title_triggers} | set("0123456789"))
        self._trigger_rx = re.compile(
            r"(?<![^\W_])(?i:(?=[" + "".join(re.escape(c) for c in firsts) + r"]))(?:[0-9]|(?i:"
            + _trie_regex(self.triggers) + r")(?![^\W_])|(?:" + _trie_regex(self.title_triggers) + r")(?![^\W_]))"
        )
        everywhere: list[_CompiledRule] = []
        by_char: dict[str, list[_CompiledRule]] = {}
        #: id(rule) -> a trie of the first ``_PREFIX`` characters its matches can start with (digits
        #: folded to "0"), from first_pairs; None: not told (never filtered)
        self._prefixes: dict[int, dict | None] = {}
        for cr in self.compiled:
            parsed = _re_parser.parse(cr.rx.pattern, cr.rx.flags & re.VERBOSE)
            self._prefixes[id(cr)] = _prefix_trie(first_pairs(cr.rx.pattern, parsed=parsed, k=_PREFIX, fold_digits=True))
            first = first_chars(cr.rx.pattern, parsed)
            if first is None:
                everywhere.append(cr)
                continue
            for ch in first:
                by_char.setdefault(ch, []).append(cr)
        def merged(lst: list[_CompiledRule]) -> tuple[_CompiledRule, ...]:
            ids = {id(c) for c in lst} | {id(c) for c in everywhere}
            return tuple(c for c in self.compiled if id(c) in ids)

        self._dispatch = {ch: merged(lst) for ch, lst in by_char.items()}
        #: the same, narrowed by the next characters too (keys of ``_prefix_key``, filled on first use)
        self._dispatch_prefix: dict[str, tuple[tuple[Callable[..., Any], _CompiledRule], ...]] = {}
        self._rule_sets: dict[tuple[int, ...], tuple[tuple[Callable[..., Any], _CompiledRule], ...]] = {}
        #: (id(rule), group name, text captured) -> the group's value (``group_value``)
        self._group_values: dict[tuple[int, str, str], Any] = {}
        verbs = self._lex.get("scheduled_present", {})
        forms = set()
        form_firsts = {"is", "are"}  # the first word of every form (for a lookahead that changes no match)
        for v in verbs:
            head, _sp, rest = v.partition(" ")
            third = head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else \
                head + "es" if head.endswith(("s", "sh", "ch", "x", "o")) else head + "s"
            ing = head[:-1] + "ing" if head.endswith("e") and not head.endswith("ee") else \
                head + head[-1] + "ing" if head in _DOUBLED_FINAL else head + "ing"
            form_firsts.update((head.lower(), third.lower()))
            for h in (head, third, r"(?:is|are)\s+" + re.escape(ing)):
                h = h if h.startswith("(?:") else re.escape(h)
                forms.add(h + (r"\s+" + r"\s+".join(map(re.escape, rest.split())) if rest else ""))
        #: a present-tense scheduled verb a few words before a date ("meet separately [Monday]")
        #  (the word boundary and the forms' first letters come first: the same matches, tried only there)
        alternation = "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"
        firsts = first_chars(alternation) if forms else None
        ahead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""
        ahead += _first_words(tuple(sorted(form_firsts)))
        self._scheduled_rx = re.compile(
            r"\b" + ahead + self.tense.not_scheduled_after + alternation + r"\b(?:\s+[\w'’.-]+){0,5}?\s+(?:on\s+)?\Z",
            re.IGNORECASE) if forms else None
        self._everywhere = tuple(everywhere)
        #: "the summer [and autumn of 2024]": a season coordinated with one that names its year
        seasons = tuple(sorted(self._lex.get("season", {}), key=len, reverse=True))
        self.season_partner = re.compile(
            r"\s*(?:" + _alt(rules.clause_cues["range_connector"]) + r"|-|–|—)\s*(?:the\s+)?(?:(?:"
            + _alt(rules.tense_cues["period_part_words"]) + r")[\s-]*)?(?i:" + "|".join(map(re.escape, seasons))
            + r")\s+(?:of\s+)?(?P<year>(?:1[0-9]|20)\d\d)\b") if seasons else None

    # --- detection ------------------------------------------------------------------------------

    def _rules_at(self, text: str, start: int) -> tuple[_CompiledRule, ...]:
        """The rules whose first characters (up to ``_PREFIX``) can be those at ``start`` (a superset of
        those that match)."""
        return tuple(cr for _match, cr in self._matchers_at(text, start))

    def _matchers_at(self, text: str, start: int) -> tuple[tuple[Callable[..., Any], _CompiledRule], ...]:
        """``_rules_at`` as (the rule's bound ``match``, the rule) pairs, remembered by the first characters."""
        raw = text[start:start + _PREFIX]
        key = raw.lower() if raw.isascii() else raw  # (the first character chooses the rules below: kept as it is)
        narrowed = self._dispatch_prefix.get(key)
        if narrowed is None:
            rules = self._dispatch.get(text[start].lower(), self._everywhere)
            prefixes = self._prefixes
            told = key.translate(_FOLD_DIGITS) if raw.isascii() else _prefix_key(raw)
            narrowed = tuple((cr.rx.match, cr) for cr in rules if _prefix_allows(prefixes[id(cr)], told, 0))
            narrowed = self._rule_sets.setdefault(tuple(id(cr) for _m, cr in narrowed), narrowed)  # (one tuple for each set)
            if len(self._dispatch_prefix) < _PREFIX_CACHE:
                self._dispatch_prefix[key] = narrowed
        return narrowed

    def _match_at(self, text: str, start: int) -> tuple[_CompiledRule, re.Match[str]] | None:
        best = None
        best_pair = None
        for match, cr in self._matchers_at(text, start):
            mm = match(text, start)
            if mm is None:
                continue
            end = mm.end()
            if end == start:
                continue
            if cr.not_before is not None and cr.not_before.search(text, max(0, start - 40), start):
                continue
            if cr.not_after is not None and cr.not_after.match(text, end):
                continue
            key = (end, cr.rule.priority, -cr.rule.index)
            if best is None or key > best:
                best, best_pair = key, (cr, mm)
        return best_pair

    def trigger_spans(self, text: str, table: Any = None) -> list[tuple[int, int]]:
        """The spans of the matches of the trigger regex in ``text``, in order (from ``table``, the text's token
        table, when it can tell them: ``_table_trigger_spans``)."""
        spans = self._table_trigger_spans(text, table)
        return [m.span() for m in self._trigger_rx.finditer(text)] if spans is None else spans

    def _table_trigger_spans(self, text: str, table: Any) -> list[tuple[int, int]] | None:
        """``trigger_spans`` from the text's token table (words and single marks with their offsets,
        ``timeline.actors.tokens.TokenTable``): a plain ASCII word is one run of letters and digits, so it is a
        trigger when it starts with a digit (the digit alone) or is a trigger word (its lower case, or as written for
        the title-case ones); an ASCII mark never is; any other token (accents, an underscore) is searched by the
        regex within its span. None: no table for this text (or trigger words that are not plain ASCII)."""
        words, title = self._ascii_triggers, self.title_triggers
        if table is None or table.text != text or words is None:
            return None
        finditer = self._trigger_rx.finditer
        out: list[tuple[int, int]] = []
        for tok in table.tokens:
            w = tok.text
            if w.isascii():
                if w.isalnum():
                    if w[0].isdigit():
                        out.append((tok.start, tok.start + 1))
                    elif w.lower() in words or w in title:
                        out.append((tok.start, tok.end))
                    continue
                if len(w) == 1:
                    continue  # (a mark or an underscore)
            out.extend(m.span() for m in finditer(text, tok.start, tok.end))
        return out

    def detect(self, text: str, table: Any = None) -> list[tuple[_CompiledRule, re.Match[str]]]:
        """The matches of the rules in ``text`` (see the class docstring); ``table``: the text's token table, when
        the caller made one (the triggers are then read from it: ``_table_trigger_spans``)."""
        found: list[tuple[_CompiledRule, re.Match[str]]] = []
        vocab = self.vocabulary
        back = self.LOOKBACK
        pos = 0  # end of the last match: nothing may start before it
        spans = self._table_trigger_spans(text, table)
        search = self._trigger_rx.search  # (without spans: the next trigger is searched from ``pos``)
        k = 0  # (with spans: the next one not yet passed)
        tokens_back = _TOKEN.finditer
        n = len(text)
        backwards = ""  # the text reversed (made on first use): its tokens are read from the trigger back
        while pos < n:
            if spans is None:
                trig = search(text, pos)
                if trig is None:
                    break
                t, trigger_end = trig.span()
            else:
                while k < len(spans) and spans[k][0] < pos:
                    k += 1
                if k == len(spans):
                    break
                t, trigger_end = spans[k]
            # the run of known words just before the trigger (at most ``back`` of the tokens of the 80
            # characters before it): where a match may start
            starts = [t]
            lo = max(pos, t - 80)
            if t > lo:
                if not backwards:
                    backwards = text[::-1]
                taken = 0
                for tok in tokens_back(backwards, n - t, n - lo):
                    if taken == back:
                        break
                    taken += 1
                    w = tok.group()[::-1]
                    if w.lower() in vocab or w[0].isdigit() or w in "$'’":
                        starts.append(n - tok.end())
                    else:
                        break
            hit = None
            for s in reversed(starts):
                if s < pos:
                    continue
                hit = self._match_at(text, s)
                if hit is not None:
                    break
            if hit is None:
                # skip the trigger (a digit run or a word)
                pos = _ALNUM_RUN.match(text, trigger_end).end()
                continue
            found.append(hit)
            pos = hit[1].end()
        return found

    # --- group values -----------------------------------------------------------------------------

    def group_value(self, rule: Rule, name: str, raw: str | None) -> Any:
        """The value of the group ``name`` of a match of ``rule`` that captured ``raw`` (a lexicon
        entry, a number, a year ...); remembered (a pure function of the three)."""
        if raw is None:
            return None
        key = (id(rule), name, raw)
        try:
            return self._group_values[key]
        except KeyError:
            pass
        value = self._group_value(rule, name, raw)
        if len(self._group_values) >= _GROUP_VALUE_CACHE:
            self._group_values.clear()  # (memory stays flat however many documents are tagged)
        self._group_values[key] = value
        return value

    def _group_value(self, rule: Rule, name: str, raw: str) -> Any:
        key = " ".join(raw.lower().replace("-", " ").split()).rstrip(".")
        piece_name = rule.groups[name]
        if not piece_name:
            for lex in rule.lookups.get(name, ()):
                entries = self._lex[lex]
                for k in (key, " ".join(raw.lower().split())):
                    if k in entries:
                        return entries[k]
            return None if rule.lookups.get(name) else raw
        piece = self.rules.pieces[piece_name]
        for lex in piece.lexicon:
            entries = self._lex[lex]
            for k in (key, " ".join(raw.lower().split()), raw.lower().rstrip(".")):
                if k in entries:
                    return entries[k]
        if piece.convert == "int":
            return int(re.sub(r"\D", "", raw))
        if piece.convert in ("year", "year2"):
            digits = re.sub(r"\D", "", raw)
            return int(digits)
        if piece.convert == "number":
            return self.number(raw)
        if piece.convert == "spoken_year":
            return self.spoken_year(raw)
        if piece.lexicon:
            return None
        return raw

    def spoken_year(self, raw: str) -> int | None:
        """ "nineteen ninety-six" -> 1996; "two thousand and one" -> 2001."""
        words = re.split(r"[\s-]+", raw.lower().strip())
        if words[:2] == ["two", "thousand"]:
            rest = self.number(" ".join(w for w in words[2:] if w != "and")) if len(words) > 2 else 0
            return 2000 + (rest if isinstance(rest, int) else 0)
        head = self.number(words[0])
        tail = words[1:]
        if tail == ["hundred"]:
            return head * 100 if isinstance(head, int) else None
        rest = self.number(" ".join(tail))
        if isinstance(head, int) and isinstance(rest, int):
            return head * 100 + rest
        return None

    def number(self, raw: str) -> int | str | float | None:
        """Digits or number words ("twenty-four", "a couple of", "2 1/2") as a number; X for vague."""
        s = raw.lower().replace(",", "").strip()
        m = re.fullmatch(r"(\d+)(?:\s+(\d)/(\d))?", s)
        if m:
            v = int(m.group(1))
            return v + int(m.group(2)) / int(m.group(3)) if m.group(2) else v
        if re.fullmatch(r"\d+\.\d+", s):
            return float(s)
        words = self._lex.get("number", {})
        if s in words:
            return words[s]
        total = 0
        current = 0
        for w in re.split(r"[\s-]+", s):
            if w in ("and", ""):
                continue
            v = words.get(w)
            if v is None or v == "X":
                return "X" if v == "X" else None
            if w == "hundred":
                current = max(current, 1) * 100
            elif w == "thousand":
                total += max(current, 1) * 1000
                current = 0
            else:
                current += int(v)
        return total + current


_TOKEN = re.compile(r"[^\W_]+|[$£€'’]", re.UNICODE)
#: letters and digits (``str.isalnum`` character by character), maybe none
_ALNUM_RUN = re.compile(r"[^\W_]*")
_TRIGGER_LEXICONS = ("month", "month_abbr", "weekday", "weekday_plural", "weekday_abbr", "unit", "time_unit",
                     "unit_adverb", "season", "part_of_day", "relative_day", "vague_ref", "holiday", "decade_word",
                     "fixed_time", "anchor_unit")


def _trigger_words(rules: RuleSet) -> tuple[frozenset[str], frozenset[str]]:
    """Words at least one of which every temporal expression contains (digits aside): lower-case
    words of case-insensitive lexicons, and the Capitalized / UPPER forms of title-case ones."""
    words: set[str] = set(rules.detection_words["extra_triggers"])
    stop = frozenset(rules.detection_words["trigger_stopwords"])
    title: set[str] = set()
    for name in _TRIGGER_LEXICONS:
        lex = rules.lexicons.get(name)
        if lex is None:
            continue
        for entry in lex.entries:
            for w in re.findall(r"[^\W\d_]+", entry):
                if w in stop:
                    continue
                if lex.case == "title":
                    title.update((w[:1].upper() + w[1:], w.upper()))
                else:
                    words.add(w)
    return frozenset(words), frozenset(title)


def _trie_regex(words: frozenset[str]) -> str:
    """A regex matching exactly ``words``, factored as a trie ("mon(?:day|th)") so that the regex
    engine checks a few characters per position instead of every word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie) or "(?!)"


def _vocabulary(rules: RuleSet) -> frozenset[str]:
    """Every word a rule can match (lexicon words and the literal words of patterns and pieces),
    lower-cased: a match can only start on a run of such words before its trigger."""
    words: set[str] = set()
    for lex in rules.lexicons.values():
        for entry in lex.entries:
            words.update(re.findall(r"[^\W\d_]+", entry.lower()))
    texts = [r.regex for r in rules.rules] + [p.regex for p in rules.pieces.values()]
    for t in texts:
        t = re.sub(r"\(\?P<\w+>|\\[a-zA-Z]|\(\?[a-zA-Z]+[:)]", " ", t)
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{2,}", t))
    words.update(("a", "i"))
    return frozenset(words)


def first_chars(pattern: str, parsed: Any = None) -> frozenset[str] | None:
    """The lower-case characters a match of ``pattern`` can start with; None if any character can.
    ``parsed``: ``pattern`` already parsed by ``re._parser.parse`` (to parse it once)."""
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def seq_first(items) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in items:
            f, nullable = item_first(op, av)
            if f is None:
                return None, False
            out |= f
            if not nullable:
                return out, False
        return out, True

    def item_first(op, av) -> tuple[set[str] | None, bool]:
        if op is C.LITERAL:
            return {chr(av).lower()}, False
        if op is C.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(chr(iav).lower())
                elif iop is C.RANGE:
                    if iav[1] - iav[0] > 300:
                        return None, False
                    chars |= {chr(c).lower() for c in range(iav[0], iav[1] + 1)}
                else:
                    return None, False
            return chars, False
        if op is C.SUBPATTERN:
            return seq_first(av[-1])
        if op is C.BRANCH:
            out: set[str] = set()
            nullable = False
            for alt in av[1]:
                f, n = seq_first(alt)
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            return out, nullable
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            f, n = seq_first(sub)
            if f is None:
                return None, False
            return f, n or lo == 0
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return set(), True
        return None, False

    first, nullable = seq_first(parsed if parsed is not None else _parser.parse(pattern))
    if first is None or nullable:
        return None
    return frozenset(first)


#: a character a second-character filter cannot tell (any character, a class, a non-ASCII letter)
_ANY = ""


def first_pairs(pattern: str, flags: int = 0, parsed: Any = None, *, k: int = 2,
                fold_digits: bool = False) -> frozenset[tuple[str, ...]] | None:
    """The (lower-case) first two characters a match of ``pattern`` can start with, as tuples of one
    or two characters; ``_ANY`` stands for a character not told apart (a class such as ``\\w``, any
    non-ASCII character), and a one-character tuple for a match that may end after one character.
    None if a match may be empty or start with anything. A superset: used only to skip rules that
    cannot match at a position (speed), never to choose between matches. ``k``: how many first
    characters (tuples of up to ``k``); ``fold_digits``: every ASCII digit told as "0" (the sets stay
    small where patterns list digits: ``[0-9]{4}``)."""
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def told(ch: str) -> str:
        if len(ch) != 1 or not ch.isascii():
            return _ANY
        return "0" if fold_digits and ch.isdigit() else ch

    def chars_of(op, av) -> set[str] | None:
        """The characters one item matches (lower-cased), ``{_ANY}`` if not told, None if not one character."""
        if op is C.LITERAL:
            return {told(chr(av).lower())}
        if op is C.IN:
            out: set[str] = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(told(chr(iav).lower()))
                elif iop is C.RANGE and iav[1] - iav[0] <= 300:
                    for c in range(iav[0], iav[1] + 1):
                        out.add(told(chr(c).lower()))
                else:  # NEGATE, CATEGORY (\w, \s, \d), a wide range: not told apart
                    return {_ANY}
            return out
        if op in (C.ANY, C.NOT_LITERAL):
            return {_ANY}
        return None

    def concat(heads: set[tuple[str, ...]], tails_of) -> set[tuple[str, ...]] | None:
        """Extend every unfinished prefix in ``heads`` with what ``tails_of(room)`` can start with."""
        out: set[tuple[str, ...]] = set()
        for h in heads:
            if len(h) >= k:
                out.add(h)
                continue
            tails = tails_of(k - len(h))
            if tails is None:
                return None
            out |= {h + t for t in tails}
        return out

    def seq(items, room: int) -> set[tuple[str, ...]] | None:
        acc: set[tuple[str, ...]] | None = {()}
        for op, av in items:
            if all(len(h) >= room for h in acc):
                break
            acc = concat_room(acc, op, av, room)
            if acc is None:
                return None
        return acc

    def concat_room(acc, op, av, room):
        out: set[tuple[str, ...]] = set()
        for h in acc:
            if len(h) >= room:
                out.add(h)
                continue
            tails = item(op, av, room - len(h))
            if tails is None:
                return None
            out |= {h + t for t in tails}
        return out

    def item(op, av, room: int) -> set[tuple[str, ...]] | None:
        one = chars_of(op, av)
        if one is not None:
            return {(c,) for c in one}
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return {()}  # zero-width: checked by the regex itself
        if op is C.SUBPATTERN:
            return seq(av[-1], room)
        if op is C.BRANCH:
            out: set[tuple[str, ...]] = set()
            for alt in av[1]:
                f = seq(alt, room)
                if f is None:
                    return None
                out |= f
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            out = set()
            acc: set[tuple[str, ...]] | None = {()}
            for count in range(0, room + 1):
                if count >= lo:
                    out |= acc
                if count >= hi:
                    break
                if all(len(h) >= room for h in acc):
                    out |= acc  # (fewer repeats than the minimum so far, but the prefixes are complete)
                    break
                acc = concat_seq(acc, sub, room)
                if acc is None:
                    return None
            else:
                out |= acc  # more repeats than room: the prefixes so far (each repeat is at least one character or nothing)
            return out
        return None  # a group reference, a conditional ...: not told

    def concat_seq(acc, sub, room):
        out: set[tuple[str, ...]] = set()
        for h in acc:
            if len(h) >= room:
                out.add(h)
                continue
            tails = seq(sub, room - len(h))
            if tails is None:
                return None
            out |= {h + t for t in tails}
        return out

    pairs = seq(parsed if parsed is not None else _parser.parse(pattern, flags), k)
    if pairs is None or () in pairs:
        return None
    return frozenset(pairs)


#: at most this many group values are remembered (then forgotten all at once)
_GROUP_VALUE_CACHE = 20_000
#: how many first characters of a position choose the rules tried there
_PREFIX = 4
#: at most this many keys are kept (distinct first characters of positions tried: a few thousand in practice)
_PREFIX_CACHE = 100_000
#: a character of the text that a prefix cannot tell (not ASCII: case folding may match an ASCII letter)
_WILD = "\x00"
_FOLD_DIGITS = str.maketrans("123456789", "000000000")
_END = None  # a trie key: a prefix ends here (its match may be that short, or it has its k characters)


def _prefix_key(raw: str) -> str:
    """The key of the first characters ``raw`` of a position: ASCII lower-cased, digits as "0", any
    other character as ``_WILD``."""
    return "".join(ch.lower().translate(_FOLD_DIGITS) if ch.isascii() else _WILD for ch in raw)


def _prefix_trie(prefixes: frozenset[tuple[str, ...]] | None) -> dict | None:
    """``first_pairs`` as a trie of nested dicts (``_END`` marks where a prefix is complete)."""
    if prefixes is None:
        return None
    root: dict = {}
    for p in prefixes:
        node = root
        for ch in p:
            node = node.setdefault(ch, {})
        node[_END] = True
    return root


def _prefix_allows(node: dict | None, key: str, i: int) -> bool:
    """Whether some prefix of the trie ``node`` fits ``key`` from ``i`` on (``_ANY`` in the trie fits
    any character; ``_WILD`` in the key any prefix character)."""
    if node is None or _END in node:
        return True
    if i >= len(key):
        return False  # the text ends before the prefix does
    ch = key[i]
    if ch == _WILD:
        return any(_prefix_allows(child, key, i + 1) for c, child in node.items() if c is not _END)
    child = node.get(ch)
    if child is not None and _prefix_allows(child, key, i + 1):
        return True
    child = node.get(_ANY)
    return child is not None and _prefix_allows(child, key, i + 1)


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine(load_rules())


# --- tense -------------------------------------------------------------------------------------
# The words come from lexicons.yaml (tense_cues, one list per role); the grammar around them is here.


def _alt(words: tuple[str, ...]) -> str:
    """An alternation of cue words or phrases. Plain words are factored as a trie (faster; every use
    below is followed by a word boundary or whitespace, or only its start is used, so their order
    cannot change a result); phrases and words with an apostrophe keep their listed order, the
    first that fits winning; a space matches any whitespace."""
    if all(w.isalpha() and w.isascii() for w in words):
        return _trie_regex(frozenset(words))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _starts_with(*lists: tuple[str, ...]) -> str:
    """A lookahead for the first characters of ``lists``' words: put right after the ``\\b`` of an
    alternation of them, it changes no match but spares trying every branch at every word boundary."""
    firsts = sorted({w[0].lower() for words in lists for w in words} | {w[0].upper() for words in lists for w in words})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])"


def _first_words(*lists: tuple[str, ...]) -> str:
    """A lookahead for the first words of ``lists``' words and phrases (a trie, for case-insensitive
    patterns): put before an alternation of them (and before lookbehinds), it changes no match, as
    every branch starts with one of those words, but spares trying the branches and lookbehinds one
    by one at every word boundary."""
    firsts = {w.split(" ")[0].lower() for words in lists for w in words}
    if "" in firsts:
        return ""
    return "(?=" + _trie_regex(frozenset(firsts)) + ")"


def _not_after(words: tuple[str, ...]) -> str:
    """Lookbehinds: the match must not come right after one of ``words`` and a space."""
    return "".join(r"(?<!" + (r"\b" if w[0].isalnum() else "") + re.escape(w) + " )" for w in words)


@dataclass(frozen=True, slots=True)
class TenseCues:
    """The tense patterns, compiled from the ``tense_cues`` lists of lexicons.yaml."""

    future: re.Pattern[str]
    intent: re.Pattern[str]
    past: re.Pattern[str]
    past_ed: re.Pattern[str]
    future_just_before: re.Pattern[str]
    anticipation: re.Pattern[str]  # "ahead of [Sunday's vote]": the day lies ahead of the time told
    present: re.Pattern[str]  # "is", "remains": a present clause, not made past by a reporting verb after it
    demand: re.Pattern[str]  # "called for a ceasefire [by Christmas]": a deadline ahead
    deadline: re.Pattern[str]
    deadline_past: re.Pattern[str]
    future_in_past: re.Pattern[str]
    reporting: re.Pattern[str]
    subclause: re.Pattern[str]
    coordinated: re.Pattern[str]
    fronted: re.Pattern[str]
    main_verb: re.Pattern[str]
    sets_term: re.Pattern[str]
    extends_term: re.Pattern[str]
    until_word: re.Pattern[str]
    looks_back: re.Pattern[str]
    not_scheduled_after: str  # lookbehinds (a regex fragment): "the vote Sunday" is a noun, not a scheduled act
    obligation: re.Pattern[str]  # "must", "has to": future within _OBLIGATION_REACH before the expression
    infinitive: re.Pattern[str]  # "<word> to <verb>": group "head" is the word before "to"
    done_infinitive: frozenset[str]
    possibility: re.Pattern[str]  # "could [one day] join", "may show up [someday]": a modal a few words before
    possibility_ahead: re.Pattern[str] = re.compile(r"(?!x)x")  # "could meet on Saturday": ahead, like "will"
    closed_on: re.Pattern[str] = re.compile(r"(?!x)x")  # "the quarter ended [Oct. 31]": a period over at the report


def compile_tense_cues(cues: dict[str, tuple[str, ...]]) -> TenseCues:
    """Build the tense patterns from the word lists (``RuleSet.tense_cues``)."""
    c = {name: _alt(words) for name, words in cues.items()}
    irregular = c["irregular_past"]
    part = r"(?:(?:" + c["period_part_words"] + r")[\s-]*)?"
    return TenseCues(
        # "will meet", "is to visit"; "expected in March" unless "originally expected"; "next week" but not "next day"
        future=re.compile(
            r"\b" + _starts_with(cues["future_planned"], cues["future"], cues["next"])
            + _first_words(cues["future_planned"], cues["future"], cues["next"]) + r"(?:" + _not_after(cues["plan_once"]) + r"(?:" + c["future_planned"] + r")|" + c["future"]
            + r"|(?:" + c["next"] + r")(?!\s+(?:" + c["next_not_before"] + r")\b))\b", re.IGNORECASE),
        # "agreed to acquire ... in January": an intention followed by its infinitive
        intent=re.compile(r"\b" + _starts_with(cues["intent"]) + r"(?:" + c["intent"] + r")\s+to\s+(?!(?:" + c["intent_not_verbs"] + r")\b)[a-z]+\b", re.IGNORECASE),
        # the word boundary first: the same match, but the lookbehinds are tried only at boundaries (speed)
        past=re.compile(
            r"\b" + _starts_with(cues["past_be"], cues["past"], cues["irregular_past"])
            + _first_words(cues["past_be"], cues["past"], cues["irregular_past"]) + _not_after(cues["not_past_after"])
            + r"(?:(?:" + c["past_be"] + r")(?!\s+(?:" + c["past_be_not_before"]
            + r")\b)|" + c["past"] + "|" + irregular + r")\b", re.IGNORECASE),
        # regular past forms: weaker evidence than an auxiliary (many "-ed" words are adjectives: "proposed")
        past_ed=re.compile(
            r"\b(?=[a-z]+ed\b)" + _not_after(cues["not_past_after"]) + _not_after(cues["not_past_ed_after"])
            + r"(?!(?:" + c["not_past_ed"] + r")\b)[a-z]+ed\b", re.IGNORECASE),
        future_just_before=re.compile(r"\b(?:" + c["future_just_before"] + r")\s+\Z", re.IGNORECASE),
        anticipation=re.compile(r"\b" + _starts_with(cues["anticipation"]) + r"(?:" + c["anticipation"] + r")\s+(?:the\s+)?\Z", re.IGNORECASE),
        present=re.compile(r"\b(?:" + c["present"] + r")\b", re.IGNORECASE),
        demand=re.compile(r"\b(?:" + c["demand"] + r")\b", re.IGNORECASE),
        deadline=re.compile(r"\b" + _starts_with(cues["deadline"], cues["deadline_lowercase"]) + r"(?:" + c["deadline"] + r"|(?-i:" + c["deadline_lowercase"] + r"))\s+(?:the\s+)?" + part + r"\Z",
                            re.IGNORECASE),
        # "had been ... by Friday": a past act done by the date, not a deadline
        deadline_past=re.compile(r"\b(?:" + c["past_auxiliaries"] + r")\s+(?:\w+\s+){0,6}(?:" + c["until"] + r")\s+(?:the\s+)?\S*\Z",
                                 re.IGNORECASE),
        # a future seen from the past ("had been scheduled to expire Friday"): the date lies before the report
        closed_on=re.compile(r"\b(?:" + c["closed_on"] + r")\s+\Z", re.IGNORECASE),
        future_in_past=re.compile(r"\bhad\s+(?:been\s+)?(?:\w+\s+)?(?:" + c["future_in_past"] + r")\s+to\s+\w+(?:\s+\w+)?\s+(?:at\s+|on\s+|in\s+|for\s+)?\Z",
                                  re.IGNORECASE),
        reporting=re.compile(r"\b" + _starts_with(cues["reporting"]) + r"(?:" + c["reporting"] + r")\b", re.IGNORECASE),
        # where a reported or subordinate clause begins after the expression ("told reporters on Monday
        # that the deal would hold"): the expression belongs to the clause before it, whose tense it takes
        # "condemned the deal on Monday and said it would ...": a second verb of the same subject opens
        # its own clause too (a reporting verb, an irregular or a regular past form)
        subclause=re.compile(r",?\s+(?:" + c["subclause"] + r"|(?:" + c["subclause_and"] + r")\s+(?:then\s+)?(?:"
                             + c["subclause_verbs"] + "|" + c["reporting"] + "|" + irregular
                             + r"|(?!(?:" + c["not_past_ed"] + r")\b)[a-z]+ed)\b)\b", re.IGNORECASE),
        # a coordinated clause with its own subject and verb (", and Turkey said", ", but they will"):
        # a new clause, whose tense is not that of the expression before it (group "clause": its start)
        coordinated=re.compile(
            r",\s+(?:" + c["coordinator"] + r")\s+(?P<clause>(?:" + c["subject_pronouns"] + r"|(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3}(?:['’]s(?:\s+[\w-]+){1,2}?)?"
            + r"|(?:" + c["subject_determiners"] + r")(?:\s+[\w'’-]+){1,2}?)\s+(?=(?:" + c["subclause_verbs"] + "|" + c["reporting"]
            + "|" + c["future"] + "|" + c["past"] + "|" + c["past_be"] + "|" + irregular + r"|[a-z]+ed)\b))", re.IGNORECASE),
        # what may stand before a date that opens its sentence ("In September, ...", "On Friday, ...")
        fronted=re.compile(r"\s*(?:(?:" + c["fronted"] + r")\s+)*" + part, re.IGNORECASE),
        # the first verb group of the main clause after a fronted date
        main_verb=re.compile(r"\b(?:(?P<future>" + c["main_future"] + r")|(?P<past>" + c["main_past"] + r"|[a-z]+ed|" + irregular + r"))\b",
                             re.IGNORECASE),
        # verbs that set a deadline or a term ("adjourned the trial until Monday"): "until" keeps telling of a deadline
        sets_term=re.compile(r"\b(?:" + c["sets_term"] + r")\w*", re.IGNORECASE),
        extends_term=re.compile(r"\b(?:" + c["extends_term"] + r")\w*\b(?:\s+\S+){0,6}\s*\Z", re.IGNORECASE),
        until_word=re.compile(r"\b" + _starts_with(cues["until"]) + r"(?:" + c["until"] + r")\s+(?:the\s+)?" + part + r"\Z", re.IGNORECASE),
        # a clause that looks back from the date just told ("had met on Monday", "the previous Monday")
        looks_back=re.compile(r"\bhad\s+(?:\w+\s+){0,4}(?:on\s+)?\Z|\b(?:" + c["looks_back"] + r")\b[^.;:!?]*\Z", re.IGNORECASE),
        not_scheduled_after=_not_after(cues["not_scheduled_after"]),
        obligation=re.compile(r"\b" + _starts_with(cues["obligation"]) + _first_words(cues["obligation"]) + r"(?:" + c["obligation"] + r")\b(?!\s+(?:not\s+)?(?:have|had|been)\b)", re.IGNORECASE),
        infinitive=re.compile(r"\b(?P<head>[a-z]+)\s+to\s+(?!(?:" + c["intent_not_verbs"] + r")\b)[a-z]+\b", re.IGNORECASE),
        done_infinitive=frozenset(cues["done_infinitive"]),
        # (lowercase only: "Theresa May told Parliament on March 12", "in May" are no modals)
        possibility_ahead=re.compile(r"\b(?:" + c["possibility_ahead"] + r")\b(?!\s+(?:" + c["possibility_not_before"] + r")\b)"),
        possibility=re.compile(r"\b(?:" + c["possibility"] + r")(?:\s+(?!(?:" + c["reporting"] + r"|" + c["subclause"]
                               + r")\b)[a-z'’-]+){0,3}\s+\Z", re.IGNORECASE),
    )


# --- tense -------------------------------------------------------------------------------------

_ED_WEIGHT = 10
#: how far (characters) before an expression a reporting verb still tells its tense ("told reporters on Monday")
_REPORT_REACH = 30
#: how far (characters) before an expression "must" / "has to" still tells of the future ("Kyiv has to
#: submit its list of prisoners on Friday"); farther, it is often another clause's
_OBLIGATION_REACH = 40
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]['’\"”)]*\s|[\"“”]|''|``")
#: a purpose or plan infinitive after the date ("hosted him on Friday to sign a deal"): it takes
#: the tense of the verb before the date, and tells the future only when there is none
_INFINITIVE = re.compile(r"(?i)to\s")


@dataclass(frozen=True, slots=True)
class ClauseCues:
    """The clause and signal patterns of anchored offsets and ranges, from ``clause_cues``."""

    signal_after: re.Pattern[str]
    clause_signal: re.Pattern[str]
    clause_end: re.Pattern[str]
    range_partner: re.Pattern[str]
    point_in_before: re.Pattern[str]
    points_back_before: re.Pattern[str]
    background_date: re.Pattern[str]
    said_in: re.Pattern[str]


def compile_clause_cues(cues: dict[str, tuple[str, ...]], tense: dict[str, tuple[str, ...]]) -> ClauseCues:
    """Build the clause patterns from the word lists (``RuleSet.clause_cues``; early/mid/late from tense_cues)."""
    return ClauseCues(
        # the signal word right after an offset ("Two days[ later]")
        signal_after=re.compile(r"(?:\s+or\s+so)?\s+(?:" + _alt(cues["signal_after"]) + r")\b", re.IGNORECASE),
        # the signal that opens the clause an offset is anchored to ("after <clause>")
        clause_signal=re.compile(r"\s*(?:" + _alt(cues["clause_signal"]) + r")\s+"),
        # where that clause ends: punctuation, or a comma and a word that opens another clause, or a
        # comma and an attribution ("..., some officials said", "..., the ministry said")
        clause_end=re.compile(
            r"\s*(?:;|:|\s[—–]\s|\s-\s|\(|,\s+(?:(?:" + _alt(cues["clause_end"]) + r")\b|(?:[\w'’.-]+\s+){1,3}(?:" + _alt(tense["reporting"]) + r")\b))"),
        # "between May and [July 2024]", "from March 3 to [March 5, 2024]": the range's end gives the year
        range_partner=re.compile(
            r"\s*(?:" + _alt(cues["range_connector"]) + r"|-|–|—)\s*(?P<partner>(?:(?:" + _alt(tense["period_part_words"])
            + r")[\s-]*)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:1[0-9]|20)\d\d))\b"),
        # "[In] September" right before a date (searched in the few characters before it)
        point_in_before=re.compile(r"\b(?:" + _alt(cues["point_in"]) + r")\s\Z", re.IGNORECASE),
        # "[that] August": a demonstrative month points back to the year just told
        points_back_before=re.compile(r"\b(?:" + _alt(cues["points_back"]) + r")\s\Z", re.IGNORECASE),
        # a date that only measures back from now ("since 2022", "two years ago"), searched over the date and
        # the few characters before it
        background_date=re.compile(r"\b(?:" + _alt(cues["since_words"]) + r")\s+(?:the\s+)?\S+\Z|\b(?:"
                                   + _alt(cues["ago_words"]) + r")\Z", re.IGNORECASE),
        # "<reporting verb> [first|also|publicly|...] in <Month>": group "verb" is the word to check
        said_in=re.compile(r"\b(?P<verb>[A-Za-z]+)(?:\s+[a-z]+ly|\s+(?:" + _alt(cues["saying_adverbs"]) + r"))?\s+(?:"
                           + _alt(cues["point_in"]) + r")\s+\Z"),
    )


def _clause_before_until(left: str, cues: TenseCues) -> str | None:
    """The words of the clause before the first "until"/"by"/"through" word of ``left`` (None when
    there is none): what tells whether the date after it ends a past act or sets a term."""
    m = cues.until_word.search(left)
    if m is None:
        return None
    before = left[:m.start()]
    cut = 0
    for b in _CLAUSE_BREAK.finditer(before):
        cut = b.end()
    return before[cut:]


def _span_ended(left: str, cues: TenseCues) -> bool:
    """"Troops stayed until Friday", "the talks continued until March", "withdrew by Friday": a
    past act (not one that sets a term) ending at or by the date: that date is past, not a deadline."""
    before = _clause_before_until(left, cues)
    if before is None:
        return False
    if cues.future.search(before) or cues.intent.search(before) or cues.sets_term.search(before):
        return False
    return bool(cues.past.search(before) or cues.past_ed.search(before))


#: the space (and an adverb) between a span in a subject and its verb ("through September [also] rose")
_TO_VERB = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?")


def _past_after_span(text: str, end: int, cues: TenseCues) -> bool:
    """"Sales through September rose 5%": the span ("through September") is part of the subject and
    the past verb right after it tells the tense; not a deadline."""
    gap = _TO_VERB.match(text, end)
    if gap is None:
        return False
    at = gap.end()
    return bool(cues.past.match(text, at) or cues.past_ed.match(text, at))


def _deadline_of_infinitive(left: str, cues: TenseCues) -> bool:
    """"signed a decree to dissolve the institutions by January 1", "ordered the troops to leave by
    Friday": the deadline belongs to an act still to do (an infinitive after a past verb), so the past
    verb does not tell its tense: news reports such orders when they are made, so the deadline lies ahead."""
    before = _clause_before_until(left, cues)
    if before is None:
        return False
    if cues.future.search(before) or cues.intent.search(before):
        return False  # "due to leave by Friday", "agreed to withdraw by May": a plan, future
    inf = None
    for inf in cues.infinitive.finditer(before):
        pass
    if inf is None or inf.group("head").lower() in cues.done_infinitive:
        return False
    head = before[:inf.start("head")]
    return bool(cues.past.search(head) or cues.past_ed.search(head) or cues.past_ed.match(inf.group("head")))


def _tense_of_day(ctx: _Context, m: re.Match[str]) -> tuple[str | None, str]:
    """The tense that picks a weekday or a month's day ("Friday", "January 1"): ``tense_at``, except
    for a deadline of an act still to do ("ordered the troops to leave by Friday", "signed a decree
    to dissolve them by January 1"), which lies ahead although the clause tells of a past act.
    Returns (tense, a note for the derivation)."""
    cues = ctx.engine.tense
    if cues.anticipation.search(ctx.text, max(0, m.start() - 40), m.start()):
        return "future", "looked forward to ('ahead of'), "
    tense = tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense)
    if tense == "past" and _scheduled_after_and(ctx.engine, ctx.text, m.start()):
        return "future", "a scheduled act in the present tense after 'and', "
    if tense == "past" and _scheduled_clause_verb(ctx.engine, ctx.text, m.start()) \
            and tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense_unreported) is None:
        # "The conference opens on Wednesday in Geneva, the UN said", "officials said the talks resume
        # on Monday": the reporting verb dates the report; the clause's own verb, a scheduled act in the
        # simple present, tells that the day is still ahead
        return "future", "a scheduled act in the present tense, which the reporting verb does not make past (the coming one), "
    if tense == "past":
        left = ctx.text[max(0, m.start() - 120):m.start()]
        if cues.deadline.search(left) and _deadline_of_infinitive(left, cues):
            return "future", "a deadline for an act still to do, "
        if cues.deadline.search(left):
            before = _clause_before_until(left, cues)
            if before is not None and cues.demand.search(before):
                return "future", "a deadline demanded, still ahead, "
    return tense, ""


def _sets_term(left: str, cues: TenseCues) -> bool:
    """"was extended until March", "adjourned the trial through Monday": a term set by the act."""
    m = cues.until_word.search(left)
    if m is None or m.group(0).lower().startswith("by"):
        return False
    before = left[:m.start()]
    cut = 0
    for b in _CLAUSE_BREAK.finditer(before):
        cut = b.end()
    return bool(cues.extends_term.search(before[cut:]))


#: one word opening a sentence before the expression ("By [Wednesday evening], ...")
_FRONTED_ONE_WORD = re.compile(r"(?:\A|[.!?]['’\"”)]*\s+|\n)\s*[A-Z]\w*\s+(?:the\s+)?\Z")


def _main_tense_after(text: str, end: int, cues: TenseCues) -> str | None:
    """The tense of the main verb after a fronted expression and its comma ("By Friday, the troops
    had left": past), or None when no comma follows or no main verb tells."""
    if not text.startswith(",", end):
        return None
    whole = text[end:_sentence_end(text, end)].split(";")[0]
    for mm in cues.main_verb.finditer(whole[:300]):
        return "past" if mm.group("past") else "future" if mm.group("future") else None
    return None


#: how far (characters) before "by"/"until" the clause whose past act ends at the date may begin:
#: a long clause ("Sony completed its tender offer for Columbia Pictures Entertainment Inc., with
#: shareholders tendering 99.3% of all shares outstanding by the Tuesday deadline") keeps its verb
#: farther back than the 120 characters the nearest tense marker is sought in
_SPAN_ENDED_REACH = 240


def tense_at(text: str, start: int, end: int, cues: TenseCues | None = None) -> str | None:
    """"past", "future" or None: the tense marker nearest the expression within its clause.
    ``cues``: the engine's tense patterns (``Engine.tense``); the packaged ones by default."""
    if cues is None:
        cues = default_engine().tense
    lo = max(0, start - 120)
    hi = min(len(text), end + 80)
    left = text[lo:start]
    if cues.future_in_past.search(left):
        return "past"  # "had been due to expire Friday": that Friday has gone by
    if cues.deadline.search(left) and not cues.deadline_past.search(left) \
            and not _span_ended(text[max(0, start - _SPAN_ENDED_REACH):start], cues) \
            and not _past_after_span(text, end, cues):
        if _FRONTED_ONE_WORD.search(left) and _main_tense_after(text, end, cues) == "past":
            return "past"  # "By Wednesday evening, the fire was out": the main verb's past
        return "future"  # "by May", "until Tuesday": a deadline
    if _sets_term(left, cues):
        return "future"  # "the truce was extended through June": the term set lies ahead
    cut = 0
    for m in _CLAUSE_BREAK.finditer(left):
        cut = m.end()
    left = left[cut:]
    right = text[end:hi]
    m = _CLAUSE_BREAK.search(right)
    if m:
        right = right[:m.start()]
    cut = 0
    for m in cues.coordinated.finditer(left):
        cut = m.start("clause")  # "Iran condemned it, and Turkey will meet on Monday": Turkey's clause
    left = left[cut:]
    fronted = cues.fronted.fullmatch(left)
    m = cues.subclause.search(right)
    if m and not fronted:
        right = right[:m.start()]
    m = cues.coordinated.search(right)
    if m and not fronted:
        right = right[:m.start()]  # "condemned it on Monday, and Turkey said it would ...": Turkey's clause
    m = cues.reporting.search(right)
    if m and not right.startswith(",", m.end()):
        right = right[:m.end()]  # "Macron, speaking on Sunday, said Europe must rearm": "must" is what he said
    if fronted and right.startswith(","):
        # "In September, it announced plans to ...": a fronted date takes the tense of the main verb,
        # which may come after a long opening ("In January, a week after the anniversary of ..., a bomb killed")
        whole = text[end:_sentence_end(text, end)].split(";")[0]
        for mm in cues.main_verb.finditer(whole[:300]):
            return "past" if mm.group("past") else "future" if mm.group("future") else None
    best: tuple[int, str] | None = None
    purpose: int | None = None  # distance of a purpose infinitive after a past verb ("made it hard ... to meet")
    left_past = None  # computed when a right-side infinitive needs it
    # reporting verbs ("said") tell the tense of the report, not of what is reported: they count
    # only when nothing nearer does
    reporting, past_ed = cues.reporting, cues.past_ed
    for rx, label in ((cues.future, "future"), (cues.intent, "future"), (cues.obligation, "future"),
                      (cues.possibility_ahead, "future"), (cues.past, "past"), (past_ed, "past"), (reporting, "past")):
        weight = 60 if rx is reporting else _ED_WEIGHT if rx is past_ed else 0
        for mm in rx.finditer(left):
            dist = len(left) - mm.end()
            if rx is reporting and dist > _REPORT_REACH:
                continue  # "told oil companies of a cutback in September": the report's tense, not the cutback's
            if (rx is cues.obligation or rx is cues.possibility_ahead) and dist > _OBLIGATION_REACH:
                continue  # "had ruled that he must be returned ..., and set Friday as the deadline": another clause
            if rx is cues.future and _INFINITIVE.match(mm.group(0)) and not cues.intent.search(left, max(0, mm.start() - 40), mm.end()) \
                    and (cues.past.search(left, 0, mm.start()) or past_ed.search(left, 0, mm.start())):
                # "made it hard for Sun to meet demand well into the summer", "placed orders to start the
                # trading day for November": the purpose of a past act lies after the act, on either side
                # of the report; neither past nor future tells it
                purpose = dist if purpose is None else min(purpose, dist)
                continue
            dist += weight if dist > 4 else 0  # "said Friday", "said on Friday": the verb of that day
            if best is None or dist < best[0]:
                best = (dist, label)
        mm = rx.search(right)
        if mm and rx is reporting and cues.present.search(left):
            mm = None  # "a deal is unlikely before the summer, diplomats said": the present clause's own tense
        if mm and (rx is cues.intent or (rx is cues.future and _INFINITIVE.match(mm.group(0)))):
            if left_past is None:
                left_past = bool(cues.past.search(left) or past_ed.search(left))
            if left_past:
                mm = None  # "hosted him on Friday to sign a deal": the purpose of a past act
        if mm:
            dist = mm.start() + 8 + weight  # markers after the expression weigh a little less
            if best is None or dist < best[0]:
                best = (dist, label)
    if best is not None and best[1] == "past" and purpose is not None and purpose < best[0]:
        return None
    return best[1] if best else None


# --- resolution --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Ref:
    """A resolved date the text mentioned: what anchored expressions and narratives refer to."""

    value: str
    day: date
    unit: str
    start: int
    text: str
    last_day: date | None = None  # the last day of the period ("2020": 2020-12-31)
    end: int = -1  # where its expression ends in the text


@dataclass(slots=True)
class _Out:
    value: str
    anchored_to: str
    derivation: str
    type: str | None = None
    anchor: Anchor | None = None
    earliest: date | None = None
    latest: date | None = None
    precision: str | None = None
    mod: str | None = None
    comparison: bool = False  # a comparison ("a year ago" in earnings news): not a reference for what follows
    reported: bool = False  # a quarter named as the company numbers it ("fiscal second quarter"): the one reported


class _Context:
    def __init__(self, engine: Engine, text: str, dct: date | None, narrative: bool, limit: date | None = None) -> None:
        self.engine = engine
        self.text = text
        self.dct = dct
        #: the day nothing told in the past tense can lie after: the publication date, also when ``dct``
        #: is the date line of a dated section (``tag(..., limit=)``), which is only the reference
        self.limit = limit if limit is not None else dct
        self.dated_section = limit is not None  # ``dct`` is a date line the text gives, not the publication date
        self.narrative = narrative
        self.last: _Ref | None = None  # last resolved date in the text
        self.last_past: _Ref | None = None  # last resolved date not after the publication date
        self.last_quarter: _Ref | None = None  # last quarter mentioned, not after the publication date
        self.last_day: _Ref | None = None  # last single day mentioned: the day in focus of a bare "in the morning"

    def reference(self) -> tuple[date | None, str, str]:
        """(date, anchored_to, words) that relative expressions resolve against."""
        if self.narrative and self.last is not None:
            return self.last.day, f"timex:{self.last.start}", f"the last date mentioned, '{self.last.text}' ({self.last.value})"
        if self.dct is not None:
            return self.dct, "dct", f"the publication date ({self.dct.isoformat()})"
        if self.last is not None:
            return self.last.day, f"timex:{self.last.start}", f"the last date mentioned, '{self.last.text}' ({self.last.value})"
        return None, "unresolved", "no reference date"

    def previous(self, *, past: bool = False) -> tuple[date | None, str, str, str | None]:
        """The date an anchored expression ("a year earlier") points back to; the DCT if none.
        ``past``: the expression's clause tells of the past ("Two days later, the minister said"),
        so it cannot point to a date after the publication date ("next week"): the last date
        mentioned that is not after it."""
        last = self.last
        if past and last is not None and self.limit is not None and (last.last_day or last.day) > self.limit:
            last = self.last_past
            if last is not None:
                return (last.day, f"timex:{last.start}",
                        f"the last past date mentioned, '{last.text}' ({last.value}), not the later '{self.last.text}'", last.unit)
            return self.dct, "dct", f"the publication date ({self.dct.isoformat()}), no past date being mentioned", None
        if last is not None:
            return (last.day, f"timex:{last.start}",
                    f"the date just mentioned, '{last.text}' ({last.value})", last.unit)
        if self.dct is not None:
            return self.dct, "dct", f"the publication date ({self.dct.isoformat()}), no earlier date being mentioned", None
        return None, "unresolved", "no earlier date and no publication date", None


def _fmt(template: str, values: dict[str, Any]) -> str:
    def sub(m: re.Match[str]) -> str:
        v = values.get(m.group(1))
        spec = m.group(2)
        if v is None:
            return ""
        if spec and isinstance(v, int):
            return format(v, spec)
        return str(v)

    return _TEMPLATE_FIELD.sub(sub, template)


_TEMPLATE_FIELD = re.compile(r"\{([a-z][a-z0-9_]*)(?::([^}]*))?\}")
_GROUPS_ONLY = re.compile(r"(-?)((?:\{[a-z][a-z0-9_]*\})+)")
_GROUP_NAME = re.compile(r"\{([a-z][a-z0-9_]*)\}")
#: resolver parameter templates that are only group names ("-{num}", "{num}{num_word}"): (negated,
#: the names); None for other templates (read once per template)
_PARAM_GROUPS: dict[str, tuple[bool, tuple[str, ...]] | None] = {}


def _param(spec: Any, values: dict[str, Any]) -> Any:
    """A resolver parameter: a literal, or a template over the captured groups."""
    if isinstance(spec, str) and "{" in spec:
        try:
            groups = _PARAM_GROUPS[spec]
        except KeyError:
            m = _GROUPS_ONLY.fullmatch(spec)
            groups = _PARAM_GROUPS[spec] = (bool(m.group(1)), tuple(_GROUP_NAME.findall(m.group(2)))) if m else None
        if groups is not None:
            v = next((values.get(g) for g in groups[1] if values.get(g) is not None), None)
            if groups[0] and isinstance(v, (int, float)):
                return -v
            return v
        return _fmt(spec, values)
    return spec


_UNIT_CODE = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
              "decade": "DE", "century": "CE", "hour": "H", "minute": "M", "second": "S", "half": "H"}


def duration_value(num: Any, unit: str) -> str:
    """ISO 8601 duration: (4, day) -> P4D; (48, hour) -> PT48H; ('X', year) -> PXY; decades in years."""
    if unit == "decade":
        unit, num = "year", (num * 10 if isinstance(num, (int, float)) else num)
    elif unit == "century":
        if not isinstance(num, (int, float)):
            return "PXE"
        unit, num = "year", num * 100
    elif unit == "quarter":
        return f"P{num if num is not None else 1}Q" if not isinstance(num, float) else f"P{int(num * 3)}M"
    elif unit == "half":
        unit, num = "month", (num * 6 if isinstance(num, (int, float)) else num)
    elif unit == "weekend":
        return "P1WE" if num in (1, None) else f"P{num}WE"
    time = unit in ("hour", "minute", "second")
    if isinstance(num, float) and not num.is_integer():
        whole = int(num)
        frac = num - whole
        sub = {"year": ("M", 12), "month": ("D", 30), "week": ("D", 7), "day": ("H", 24), "hour": ("M", 60), "minute": ("S", 60)}.get(unit)
        if sub:
            extra = round(frac * sub[1])
            head = f"{whole}{_UNIT_CODE[unit]}" if whole else ""
            if unit == "day":
                return f"P{head}T{extra}H"
            return ("PT" if time else "P") + head + f"{extra}{sub[0]}"
    if isinstance(num, float):
        num = int(num)
    if num is None:
        num = 1
    return ("PT" if time else "P") + f"{num}{_UNIT_CODE.get(unit, 'X')}"


#: news tells mostly of the past: without a tense marker, a day or month ahead of the reference
#: counts this many times its distance against one behind it
_NEWS_FUTURE_COST = 1.5
#: how much more a day already gone by counts for a clause in the future tense ("the election will take
#: place on Sept. 28", said on October 21: next year's): a future verb rarely tells of a past day
_FUTURE_PAST_COST = 30


def _pick_year(ref: date, month: int, day: int | None, tense: str | None) -> tuple[int, str]:
    """The year of a month (and day) written without one, by tense and nearness to ``ref``."""
    if day is not None:
        best = None
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                diff = (date(y, month, day) - ref).days
            except ValueError:
                continue
            cost = abs(diff) * (8 if tense == "past" and diff > 0 else _FUTURE_PAST_COST if tense == "future" and diff < 0 else
                                _NEWS_FUTURE_COST if tense is None and diff > 0 else 1)
            if best is None or cost < best[0]:
                best = (cost, y)
        if best is None:
            raise ValueError("not a real day")
        why = {"past": "past tense", "future": "future tense"}.get(tense or "", "no tense marker")
        return best[1], f"{why}, the nearest such day (days on the far side of the tense count eight times their distance)"
    this = date(ref.year, month, 15)
    same_period = month == ref.month
    if tense == "past":
        if this <= ref or same_period:
            return ref.year, "past tense, the most recent one"
        return ref.year - 1, "past tense, the most recent one (last year)"
    if tense == "future":
        if this >= ref or same_period:
            return ref.year, "future tense, the next one"
        return ref.year + 1, "future tense, the next one (next year)"
    if same_period:
        return ref.year, "no tense marker, the month of the reference"
    best_m = min((abs(d) * (_NEWS_FUTURE_COST if d > 0 else 1), y) for y in (ref.year - 1, ref.year, ref.year + 1)
                 for d in [(date(y, month, 15) - ref).days])
    return best_m[1], "no tense marker, the nearest one (news tells mostly of the past: months ahead count 1.5 times their distance)"


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _rel_word(rel: Any) -> str | None:
    """last/next/this from a relative word's value (-1, 1, 0) or the word itself."""
    if isinstance(rel, (int, float)):
        return {-1: "last", 1: "next", 0: "this"}.get(int(rel))
    return rel


def _resolve_weekday(ref: date, wd: int, rel: str | None, tense: str | None) -> tuple[date, str]:
    delta_back = (ref.isoweekday() - wd) % 7
    if rel == "last":
        back = delta_back or 7
        return ref - timedelta(days=back), "'last': the most recent one before"
    if rel == "next":
        fwd = (wd - ref.isoweekday()) % 7 or 7
        return ref + timedelta(days=fwd), "'next': the first one after"
    if rel == "this" and tense is None:
        tense = "future" if wd >= ref.isoweekday() else "past"
    if tense == "future":
        fwd = (wd - ref.isoweekday()) % 7
        return ref + timedelta(days=fwd), ("future tense, the next one" + (" (the same weekday as the reference: that day)" if fwd == 0 else ""))
    why = "past tense" if tense == "past" else "no tense marker, news default"
    if delta_back == 0:
        return ref, f"{why}, the reference day itself (same weekday)"
    return ref - timedelta(days=delta_back), f"{why}, the most recent one"


_REF_WORDS = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}


def _resolve(ctx: _Context, rule: Rule, m: re.Match[str]) -> _Out | None:
    group_value = ctx.engine.group_value
    captured = m.groupdict()
    raw = {name: captured[name] for name in rule.groups}
    values = {name: group_value(rule, name, text) for name, text in raw.items()}
    said = m.group(0)
    if rule.value is not None:
        value = _fmt(rule.value, values)
        if value in _REF_WORDS:
            return _Out(value, "dct" if ctx.dct else "none", f"'{said}' refers vaguely to {_REF_WORDS[value]} -> {value}")
        if "{" not in rule.value or all(v is not None for v in values.values()):
            how = f"'{said}' is {'fully specified' if 'X' not in value else 'partly specified'}"
        else:
            how = f"'{said}'"
        anchored = "explicit" if rule.type in ("DATE", "TIME") and not value.endswith("_REF") else "none"
        if value.endswith("_REF"):
            anchored = "dct" if ctx.dct else "none"
        return _Out(value, anchored, f"{how} -> {value}")
    spec = dict(rule.resolve or {})
    fn = spec.pop("fn")
    params = {k: _param(v, values) for k, v in spec.items()}
    return _RESOLVERS[fn](ctx, m, values, raw, params, rule)


def _r_duration(ctx, m, values, raw, p, rule) -> _Out:
    num = p.get("num", 1)
    unit = p.get("unit")
    if p.get("plus_half") and isinstance(num, (int, float)):
        num = num + 0.5
    if num is None:
        num = 1
    value = duration_value(num, unit)
    what = "an unspecified number of" if num == "X" else str(num)
    if p.get("rate_after_count") and num == 1 and re.match(r"(?i)(?:a|an|per)\s", m.group(0)) \
            and (cb := _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())) is not None \
            and not _NOT_RATE_BEFORE.search(ctx.text, max(0, cb.start() - 40), cb.start()):
        # "four flights a week", "$500 million a year": a rate, one per unit, a set of times
        return _Out(value, "none", f"'{m.group(0)}' after a count: a rate, every {unit} -> {value}", type="SET")
    if p.get("range") is not None:
        hi = p.get("upper")
        hi = engine_number(ctx, hi) if isinstance(hi, str) else hi
        return _Out(value, "none", f"duration of {num} to {hi} {unit}(s): the lower bound -> {value}")
    return _Out(value, "none", f"duration of {what} {unit}(s) -> {value}")


#: a count and what is counted right before "a week", "a year": "four flights", "$500 million",
#: "hundreds of interviews", "50,000 CDs" (the rate of set_rate when a noun stands between)
_COUNT_BEFORE = re.compile(
    r"(?i)(?:\$\s?)?\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|several|dozens|hundreds|thousands|millions|billions)(?:\s+(?:million|billion|thousand|hundred))?"
    r"(?:\s+of)?\s+(?:[a-z][\w'’-]*\s+)?(?:[a-z][\w'’-]*s|million|billion|thousand|dollars|euros|pounds|barrels|tons|tonnes|people)\s+\Z")


#: before the count, what makes "a year" the time something takes, not a rate: "it took the two
#: sides a year", "gave the 12 rebels a week to leave"
_NOT_RATE_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|these|those|its|their|his|her|our|your|my)\s+\Z|\b(?:takes?|took|taken|taking|spends?|spent|spending|gives?|gave|"
    r"given|giving|allows?|allowed|needs?|needed|waits?|waited|lasts?|lasted|for)\b[^.;:!?]*\Z)")


def engine_number(ctx: _Context, raw: str) -> Any:
    v = ctx.engine.number(raw)
    return raw if v is None else v


def _r_weekday(ctx, m, values, raw, p, rule) -> _Out:
    wd = p["day"]
    name = _WEEKDAYS[wd - 1]
    step = p.get("from_previous")
    if isinstance(step, int) and step:
        # "the previous Friday", "the following Monday": counted from the date just mentioned
        ref, anchored, words, _unit = ctx.previous()
        if ref is None:
            return _Out(f"XXXX-WXX-{wd}", "unresolved", f"weekday '{name}' with no earlier date -> XXXX-WXX-{wd}")
        d = ref - timedelta(days=(ref.isoweekday() - wd) % 7 or 7) if step < 0 else ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)
        return _Out(d.isoformat(), anchored, f"'{m.group(0)}': the {name} {'before' if step < 0 else 'after'} {words} -> {d.isoformat()}")
    ref, anchored, words = ctx.reference()
    if ref is None:
        return _Out(f"XXXX-WXX-{wd}", "unresolved", f"weekday '{name}' with no reference date -> XXXX-WXX-{wd}")
    week = p.get("week")
    if isinstance(week, int):
        # "Friday of last week": that weekday of the calendar week named
        d = cal.week_start(ref) + timedelta(weeks=week, days=wd - 1)
        return _Out(d.isoformat(), anchored, f"'{m.group(0)}': {name} of the week {week:+d} from that of {words} -> {d.isoformat()}")
    rel = _rel_word(p.get("rel"))
    last = ctx.last
    if (rel is None and last is not None and last.unit == "day" and last.day == last.last_day and p.get("as") != "weekend"
            and 0 <= m.start() - last.end <= 24 and _APPOSITION.fullmatch(ctx.text, last.end, m.start())):
        # "The next day, on Friday", "Two days later, on Thursday": the weekday names the day just told
        back = (last.day.isoweekday() - wd) % 7
        d = last.day - timedelta(days=back) if back <= 3 else last.day + timedelta(days=7 - back)
        return _Out(d.isoformat(), f"timex:{last.start}",
                    f"weekday '{name}' beside '{last.text}' ({last.value}): the nearest {name} to that day -> {d.isoformat()}")
    if rel is None and anchored.startswith("timex") and p.get("as") != "weekend":
        # a narrative ("On Monday, March 3 ... Two days later, on Thursday"): the story moves forward
        # from the date just told, unless the clause looks back ("had", "the previous")
        r = _ref_at(ctx, anchored)
        unit = r.unit if r is not None else "day"
        if unit == "week":
            d = cal.week_start(ref) + timedelta(days=wd - 1)
            return _Out(d.isoformat(), anchored, f"weekday '{name}' in the week of {words} -> {d.isoformat()}")
        if unit not in ("day", "weekend"):
            return _Out(f"XXXX-WXX-{wd}", "unresolved", f"weekday '{name}': {words} is a {unit}, too coarse to tell which {name} -> XXXX-WXX-{wd}")
        start_day = ref
        if ctx.engine.tense.looks_back.search(ctx.text, max(0, m.start() - 60), m.start()):
            d = ref - timedelta(days=(ref.isoweekday() - wd) % 7 or 7)
            why = "a narrative looking back (past perfect): the one before"
        else:
            d = start_day + timedelta(days=(wd - start_day.isoweekday()) % 7)
            why = "a narrative moves forward: the first one from"
        return _Out(d.isoformat(), anchored, f"weekday '{name}', {why} {words} -> {d.isoformat()}")
    tense, present = _tense_of_day(ctx, m)
    if tense is None and rel is None and _scheduled_present(ctx.engine, ctx.text, m.start()):
        tense, present = "future", "a scheduled act in the present tense (news style: the coming one), "
    if ctx.text.startswith(("'s", "’s"), m.end()) and not ctx.engine.tense.future_just_before.search(ctx.text, max(0, m.start() - 30), m.start()) \
            and not ctx.engine.tense.anticipation.search(ctx.text, max(0, m.start() - 40), m.start()) \
            and rel is None:  # "this Thursday's summit" keeps its own reading
        tense = "past"  # "Friday's ruling": news tells of past events by their day
    d, why = _resolve_weekday(ref, wd, rel, tense)
    said = _day_of_saying_before(ctx, m) if tense == "future" and rel is None and anchored == "dct" else None
    if said is not None:  # "announced on Friday that it would suspend them from Saturday": the Saturday after that Friday
        d = said.day + timedelta(days=(wd - said.day.isoweekday()) % 7)
        anchored, words, why = f"timex:{said.start}", f"the day of the saying, '{said.text}' ({said.value})", \
            "a time to come in what a dated saying reports: the first one from"
    if p.get("as") == "weekend":
        sat = d if d.isoweekday() == 6 else d
        value = cal.iso_week_value(sat) + "-WE"
        return _Out(value, anchored, f"'{m.group(0)}', {why}, against {words} -> {value}")
    shift = p.get("shift")
    if isinstance(shift, int) and shift:
        # "the day before last Tuesday('s hearing)": that weekday, then a day back or on
        d += timedelta(days=shift)
        why += f", then {abs(shift)} day{'s' if abs(shift) != 1 else ''} {'before' if shift < 0 else 'after'} it"
    value = d.isoformat()
    suffix = p.get("suffix")
    if suffix:
        value += suffix
    return _Out(value, anchored, f"weekday '{name}', {present}{why}, against {words} -> {value}")


#: a reporting verb right before a day ("announced on Friday", "said late on Friday", "said Friday")
_SAID_ON = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+(?:(?:late|early)\s+)?(?:on\s+)?\Z")
#: the reported clause between the saying's day and a later day: "that" and a modal of the future
_REPORTED_FUTURE = re.compile(r"\s+that\s+[^.;:!?]{0,120}?\b(?:would|will)\b[^.;:!?]*\Z", re.IGNORECASE)


def _day_of_saying_before(ctx: _Context, m: re.Match[str]) -> _Ref | None:
    """The day of a saying that reports the clause of the weekday at ``m``: "Pompeo announced on Friday that Washington
    would suspend its obligations from Saturday" (told on Sunday): the day just told, in the same sentence (no sentence
    break in the reported clause), right after a reporting verb, not after the publication date, with "that ... would/will" between it and the weekday. A time to
    come in what was said counts from the day it was said, not from the publication date."""
    last = ctx.last
    if last is None or last.unit != "day" or last.last_day != last.day or last.end < 0 or last.end > m.start():
        return None
    if ctx.limit is not None and last.day > ctx.limit or m.start() - last.end > 160:
        return None
    said = _SAID_ON.search(ctx.text, max(0, last.start - 30), last.start)
    if said is None or ctx.engine.tense.reporting.fullmatch(said.group("verb")) is None:
        return None
    return last if _REPORTED_FUTURE.match(ctx.text, last.end, m.start()) else None


def _scheduled_after_and(engine: Engine, text: str, start: int) -> bool:
    """"The summit opened on Tuesday and ends on [Thursday]": a scheduled act in the simple present,
    joined by "and" to a past one, governs the expression; the past verb before it does not."""
    rx = engine._scheduled_rx
    if rx is None:
        return False
    left = text[max(0, start - 60):start]
    mm = rx.search(left)
    return mm is not None and _AND_BEFORE.search(left, 0, mm.start()) is not None


#: "and" (and an adverb) right before a verb: "... and [then] ends on Thursday"
_AND_BEFORE = re.compile(r"\band\s+(?:\S+\s+)?\Z")


def _scheduled_present(engine: Engine, text: str, start: int) -> bool:
    """Whether a verb of a scheduled act in the simple present ("Leaders meet", "Blinken heads to
    Beijing on") governs the expression at ``start``: a few words before it, in its clause, not a
    noun after a determiner or possessive ("the vote Sunday", "Xi's visit Monday")."""
    rx = engine._scheduled_rx
    if rx is None:
        return False
    left = text[max(0, start - 60):start]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(left):
        cut = m.end()
    mm = rx.search(left, cut)
    if mm is not None and _CAUSATIVE_BEFORE.search(left, cut, mm.start()):
        return False  # "Bush let the offensive begin Saturday night": a bare infinitive, not a scheduled act
    return mm is not None


#: what makes a scheduled word before a date a noun rather than its clause's verb: a preposition a few
#: words before it ("said in a televised address on Tuesday", "at the summit opening Monday"), or a
#: participle or adjective right before it ("a televised address", "the annual vote")
_NOUN_BEFORE = re.compile(r"(?i)(?:\b(?:in|at|during|with|after|before|for|from|of|by|on|into|over|under|about)\s+(?:[\w'’-]+\s+){0,3}"
                          r"|\b[a-z]+(?:ed|al|ic|ive|ual|ary)\s+)\Z")


def _scheduled_clause_verb(engine: Engine, text: str, start: int) -> bool:
    """``_scheduled_present``, made sure enough to outweigh a reporting verb's past ("The conference
    opens on Wednesday, the UN said", "officials said the talks resume on Monday"): the scheduled word
    is not a noun in a phrase ("said in a televised address on Tuesday")."""
    rx = engine._scheduled_rx
    if rx is None or not _scheduled_present(engine, text, start):
        return False
    lo = max(0, start - 60)
    mm = rx.search(text, lo, start)
    return mm is not None and _NOUN_BEFORE.search(text, max(0, mm.start() - 40), mm.start()) is None


#: a causative or perception verb before a bare verb ("let the offensive begin", "saw the troops leave")
_CAUSATIVE_BEFORE = re.compile(r"(?i)\b(?:let|lets|made|make|makes|helped|watched|saw)\b[^.;:!?]*\Z")


#: between a date and a weekday naming the same day ("The next day, on Friday"; "two days later, Friday,")
_APPOSITION = re.compile(r"(?:\s+(?:or\s+so\s+)?(?:later|earlier))?\s*[,(–—-]?\s*(?:on\s+|that\s+is\s+|i\.e\.\s+)?", re.IGNORECASE)


def _r_day_of_month(ctx: _Context, m: re.Match[str], p: dict[str, Any]) -> _Out:
    """"the 14th": a day of the reference month, or of the month before / after by tense."""
    day = int(re.sub(r"\D", "", str(p["day"])))
    ref, anchored, words = ctx.reference()
    if ref is None:
        return _Out(f"XXXX-XX-{day:02d}", "unresolved", f"'{m.group(0)}' with no reference date")
    tense = tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense)
    best = None
    for shift in (-1, 0, 1):
        base = cal.add_months(ref.replace(day=1), shift)
        try:
            d = base.replace(day=day)
        except ValueError:
            continue
        diff = (d - ref).days
        cost = abs(diff) * (8 if (tense == "past" and diff > 0) or (tense == "future" and diff < 0) else 1)
        if best is None or cost < best[0]:
            best = (cost, d)
    if best is None:
        return _Out(f"XXXX-XX-{day:02d}", "unresolved", f"'{m.group(0)}' is not a day of the months around the reference")
    v = best[1].isoformat()
    return _Out(v, anchored, f"'{m.group(0)}': the nearest such day of the month around {words} -> {v}")




def _r_month(ctx, m, values, raw, p, rule) -> _Out:
    if p.get("same_month"):
        return _r_day_of_month(ctx, m, p)
    if p.get("as") == "week":
        # "the week of March 6": the ISO week that holds the day
        out = _r_month(ctx, m, values, raw, {k: v for k, v in p.items() if k != "as"}, rule)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", out.value):
            week = cal.iso_week_value(date.fromisoformat(out.value))
            return _Out(week, out.anchored_to, f"{out.derivation}; the week of that day -> {week}")
        return out
    if p.get("as") == "quarter_ended":
        # "the quarter ended July 31": the calendar quarter that holds most of the three months ending that day;
        # after "the fiscal first quarter ended Sept. 30" the report names its quarters as the company does
        lq = ctx.last if ctx.last is not None and ctx.last.unit == "quarter" else ctx.last_quarter
        if lq is not None:
            v = cal.format_at(lq.day, "quarter")
            return _Out(v, f"timex:{lq.start}", f"'{m.group(0)}': the quarter reported, '{lq.text}' ({lq.value}), as the report numbers it -> {v}")
        out = _r_month(ctx, m, values, raw, {k: v for k, v in p.items() if k != "as"}, rule)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", out.value):
            v = cal.quarter_ending(date.fromisoformat(out.value))
            return _Out(v, out.anchored_to, f"{out.derivation}; the three months ending that day lie mostly in -> {v}")
        return _Out("XXXX-QX", "unresolved", f"{out.derivation}; no year for the day the quarter ended -> XXXX-QX")
    month = p["month"]
    day = p.get("day")
    year = p.get("year")
    rel = _rel_word(p.get("rel"))
    label = m.group(0)
    if isinstance(p.get("year_by"), int) and not isinstance(year, int):
        # "early October this year", "June last year": the year is counted from the reference, so the
        # expression rests on it (anchored to it), not on the text alone
        ref0, anchored0, words0 = ctx.reference()
        if ref0 is None:
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            return _Out(value, "unresolved", f"'{label}' counts its year from a reference date and there is none -> {value}")
        by = p["year_by"]
        year = ref0.year + by
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        which = "the year of" if by == 0 else f"the year{f' {abs(by)} years' if abs(by) != 1 else ''} {'before' if by < 0 else 'after'} that of"
        name = date(2000, month, 1).strftime("%B") + (f" {day}" if day else "")
        return _Out(value, anchored0, f"'{label}': {name} of {which} {words0} -> {value}")
    if isinstance(year, int):
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        return _Out(value, "explicit", f"'{label}' is fully specified -> {value}")
    partner = ctx.engine.clause.range_partner.match(ctx.text, m.end())
    if partner and not rel:
        year = int(partner.group("year"))
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        try:
            date(year, month, day or 1)
        except ValueError:
            pass
        else:
            return _Out(value, f"timex:{partner.start('partner')}",
                        f"'{label}' takes its year from the end of the range, '{partner.group('partner').strip()}' -> {value}")
    ref, anchored, words = ctx.reference()
    if ref is None:
        value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        return _Out(value, "unresolved", f"'{label}' has no year and there is no reference date -> {value}")
    if rel == "last":
        before = (month, day or 0) < (ref.month, ref.day if day else 0) if day else month < ref.month
        y = ref.year if before else ref.year - 1
        why = "'last': the most recent one before"
    elif rel == "next":
        after = (month, day) > (ref.month, ref.day) if day else month > ref.month
        y = ref.year if after else ref.year + 1
        why = "'next': the first one after"
    elif rel == "this":
        y, why = ref.year, "'this': the same year"
    elif ctx.narrative and anchored.startswith("timex"):
        y, why = ref.year, "narrative: the year of the last date mentioned"
    elif p.get("dateline"):
        # "GENEVA, June 17 (Reuters) -": the day the story was filed, the nearest one to the reference
        y, why = _pick_year(ref, month, day, None)
        why = "the dateline (the day the story was filed), " + why
    elif day and (told := _month_in_focus(ctx, m, month)) is not None:
        y = told.day.year
        anchored, words = f"timex:{told.start}", f"the month just told, '{told.text}' ({told.value})"
        why = "past tense, in the month just told"
    elif (told := _year_in_focus(ctx, m, day)) is not None:
        y = told.day.year
        anchored, words = f"timex:{told.start}", f"the year just told, '{told.text}' ({told.value})"
        why = "past tense, in the year just told"
    elif day and ctx.engine.tense.closed_on.search(ctx.text, max(0, m.start() - 30), m.start()):
        # "the quarter ended Oct. 31": the period is over when the report tells of it, so the day lies
        # on or before the reference even where one a few days after it would be nearer
        y = _closed_year(ref, month, day)
        why = "ended on that day: the most recent such day on or before"
    elif ctx.engine.tense.future_in_past.search(ctx.text, max(0, m.start() - 120), m.start()):
        # "The trip had been due to take place in early February": a plan told in the past, for a
        # month that may have gone by or lie ahead: the nearest one
        y, why = _pick_year(ref, month, day, None)
        why = "a plan told in the past (had been due), " + why
    else:
        tense, note = _tense_of_day(ctx, m)
        y, why = _pick_year(ref, month, day, tense)
        why = note + why
    if day:
        try:
            date(y, month, day)
        except ValueError:
            return _Out(f"XXXX-{month:02d}-{day:02d}", "unresolved", f"'{label}' is not a real day")
    value = f"{y:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return _Out(value, anchored, f"'{label}' without a year, {why}, against {words} -> {value}")


def _closed_year(ref: date, month: int, day: int) -> int:
    """The year of the most recent ``month``/``day`` on or before ``ref`` (Feb. 29 counts as Feb. 28)."""
    return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1


#: how far (characters) after a date with a written year a bare month of a past clause still takes that year
_MONTH_YEAR_REACH = 250


def _year_in_focus(ctx: _Context, m: re.Match[str], day: Any) -> _Ref | None:
    """News telling a story of another year: "In 2022, Russia invaded Ukraine. In September, it annexed
    four regions" (2022-09), "annexed Crimea in March 2014. In April, fighting broke out" (2014-04). The
    date just told (within a sentence or two) wrote its year, that year is not the reference's, both
    are told "in" (a point in time, not "since 1980"), and the bare month's clause is in the past tense."""
    last = ctx.last
    ref = ctx.dct
    if day or last is None or ref is None or last.end < 0 or last.unit not in ("year", "month", "day", "season", "quarter"):
        return None
    if last.day.year == ref.year or not re.search(r"(?:1[0-9]|20)[0-9]{2}", last.text):
        return None
    if not 0 <= m.start() - last.end <= _MONTH_YEAR_REACH or len(_SENTENCE_BREAK.findall(ctx.text, last.end, m.start())) > 1:
        return None
    cues = ctx.engine.clause
    that = cues.points_back_before.search(ctx.text, max(0, m.start() - _CUE_REACH), m.start()) is not None
    if not that and not (cues.point_in_before.search(ctx.text, max(0, last.start - _CUE_REACH), last.start)
                         and cues.point_in_before.search(ctx.text, max(0, m.start() - _CUE_REACH), m.start())):
        return None  # "since 1980. In September": a span's start is no year in focus ("that August" points back)
    if tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense) != "past":
        return None
    if _SENTENCE_BREAK.search(ctx.text, last.end, m.start()) and _reported_in_month(ctx, m):
        return None  # "The treaty was signed in 1987. Trump first said in October that ...": a saying of the news
    return last


def _month_in_focus(ctx: _Context, m: re.Match[str], month: int) -> _Ref | None:
    """A day of the month just told with its year: "The row erupted in early August 2018, when ... . Riyadh
    reacted on August 5" (2018-08-05), not the nearest August 5 to the publication date. The date just told
    (within a sentence or two) is that month or a day of it, told "in" (a point in time, not "the August 1988
    cease-fire"), it wrote a year other than the reference's, and the day's clause is in the past tense."""
    last, ref = ctx.last, ctx.dct
    if last is None or ref is None or last.end < 0 or last.unit not in ("month", "day") or last.day.month != month:
        return None
    if last.day.year == ref.year or not re.search(r"(?:1[0-9]|20)[0-9]{2}", last.text):
        return None
    if not 0 <= m.start() - last.end <= _DAY_MONTH_REACH or len(_SENTENCE_BREAK.findall(ctx.text, last.end, m.start())) > 1:
        return None
    if not ctx.engine.clause.point_in_before.search(ctx.text, max(0, last.start - _CUE_REACH), last.start):
        return None  # "following the August 1988 cease-fire ... on Aug. 2": a month naming a thing is no month in focus
    if tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense) != "past":
        return None
    return last


def _reported_in_month(ctx: _Context, m: re.Match[str]) -> bool:
    """A bare month right after a reporting verb of a later sentence than the year told ("Trump first said in
    October that he would leave the treaty"): the month of a saying told as news, counted from the publication
    date by tense, not a month of the story of the year before ("In April, fighting broke out" continues it)."""
    before = ctx.text[max(0, m.start() - 40):m.start()]
    said = ctx.engine.clause.said_in.search(before)
    return said is not None and ctx.engine.tense.reporting.fullmatch(said.group("verb")) is not None




#: how far (characters) after a month told with its year a day of that month without one still takes that year
_DAY_MONTH_REACH = 400
#: how far back (characters) a one-word cue right before a date is looked for ("[In] September", "[that] August")
_CUE_REACH = 20
#: how far (characters) after a reported quarter "a year ago" still compares with it
_QUARTER_REACH = 1500
#: how far back (characters) a day just told stays the focus of "the same day", "the next day" when a
#: coarser date ("two years ago", "in 2019") was named after it
_DAY_FOCUS_REACH = 250

#: a span of months reported in the sentence ("for the nine months", "in the latest nine months",
#: "the first half"): what a following "a year earlier" compares with, rather than the quarter
_MONTHS_SPAN = re.compile(r"(?i)\b(?:nine|six|eight|ten|eleven|9|6)[\s-]+months\b|\bfirst\s+half\b|\byear\s+to\s+date\b")
_QUARTER_WORD = re.compile(r"(?i)\bquarter")


def _compares_months_span(ctx: "_Context", start: int) -> bool:
    """True when the sentence before ``start`` reports a span of months after any quarter it names
    ("Net for the nine months was $254 million, up from $163 million a year earlier"): the
    comparison is with the same months a year before, which only the year can name."""
    cut = 0
    for b in _SENTENCE_BREAK.finditer(ctx.text, max(0, start - 400), start):
        cut = b.end()
    before = ctx.text[max(cut, start - 400):start]
    spans = list(_MONTHS_SPAN.finditer(before))
    if not spans:
        return False
    return not _QUARTER_WORD.search(before, spans[-1].end())


#: how far (characters) after a year is named "the year" still means that year
_YEAR_ANAPHORA_REACH = 200


def _span_after_rank(text: str, start: int, unit: str, p: dict) -> bool:
    """Does an ordinal or a superlative earlier in the clause make "in <n> <unit>" a span ("the first visit to
    the country in 41 years", "its largest drills in a decade"), in any tense? (``span_after``, ``span_units``)"""
    pattern = p.get("span_after")
    if not pattern or unit not in str(p.get("span_units", "")).split():
        return False
    return re.compile(pattern + r"\Z").search(text, max(0, start - 120), start) is not None


def _r_shift(ctx, m, values, raw, p, rule) -> _Out:
    unit = p["unit"]
    by = p.get("by", 0)
    gran = p.get("gran") or unit
    label = m.group(0)
    if p.get("future_only") and (by == "X" or by is None or tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense) != "future"
                                 or _span_after_rank(ctx.text, m.start(), unit, p)):
        # "his second letter in two weeks", "could leave in a few days": a span, not a date ahead
        value = duration_value(by, unit)
        return _Out(value, "none", f"'{label}': not a stated number of {unit}s ahead, so a duration -> {value}", type="DURATION")
    if by == "X" or by is None:
        value = "PAST_REF" if str(p.get("by_sign", "-")) == "-" else "FUTURE_REF"
        ref, anchored, words = ctx.reference()
        return _Out(value, anchored if ref else "unresolved", f"'{label}': an unspecified number of {unit}s -> {value}")
    if isinstance(by, float):
        by = int(round(by))
    ref, anchored, words = ctx.reference()
    last = ctx.last
    if (p.get("anaphoric") and last is not None and last.unit == "year" and anchored == "dct"
            and re.search(r"(?i)\bthe\s+year\Z", label) and re.search(r"\d{4}", last.text)
            and 0 <= m.start() - last.start < _YEAR_ANAPHORA_REACH):
        # "In 2019 the talks failed; later in the year ...": the year just named, not the current one
        ref, anchored, words = last.day, f"timex:{last.start}", f"the year just mentioned, '{last.text}' ({last.value})"
    focus = ref if anchored == "dct" else None  # the day "earlier" / "later" count from
    if p.get("anaphoric") and unit in ("week", "month") and by == 0 and ref is not None:
        # "The ceasefire began on March 3. Later in the month, ...": the week or month of the date just told
        seen = _period_in_focus(ctx, m, unit)
        if seen is not None:
            ref, anchored, words, focus = seen
    if ref is None:
        return _Out("XXXX", "unresolved", f"'{label}' needs a reference date and there is none")
    if p.get("end_gone_by") and by == 0 and anchored == "dct":
        # "the change since year-end", "debt stood at $2 billion at year-end" (said in October):
        # a year end told in the past tense has gone by, so it is the last one, not the one ahead
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if re.search(r"(?i)\bsince\s+\Z", before) or tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense) == "past":
            by = -1
            words = f"{words}, told in the past tense so the last one gone by"
    if p.get("ago") and unit in ("decade", "century"):
        gran = "year"
    if p.get("one_week_as_day") and unit == "week" and by in (1, -1):
        gran = "day"  # "a week ago": seven days back, a day (a week's count names a week: "six weeks ago")
    last = ctx.last_quarter
    comparison = False
    if (p.get("ago") and unit == "year" and by == -1 and last is not None
            and 0 <= m.start() - last.start < _QUARTER_REACH and not _compares_months_span(ctx, m.start())):
        # business news: "profit of $5 million, up from $4 million a year ago" = the same quarter a year before
        ref, anchored, words, gran = last.day, f"timex:{last.start}", f"the quarter reported, '{last.text}' ({last.value})", "quarter"
        comparison = True
    try:
        d = cal.shift(ref, unit, int(by))
        value = cal.format_at(d, gran)
    except (ValueError, OverflowError):
        return _Out("XXXX", "unresolved", f"'{label}' falls outside the calendar")
    if p.get("suffix"):
        value += p["suffix"]
    if comparison:
        return _Out(value, anchored, f"'{label}': the same quarter a year before {words} -> {value}", comparison=True)
    move = "the same" if by == 0 else f"{abs(by)} {unit}{'s' if abs(by) != 1 else ''} {'before' if by < 0 else 'after'}"
    said = f"'{label}': {move} {unit if by == 0 else ''} {'as ' if by == 0 else ''}{words} -> {value}".replace("  ", " ")
    side = str(raw.get("el") or "").lower()
    if by == 0 and side in ("earlier", "later") and focus is not None and unit in ("week", "month", "year"):
        # "earlier this month" (said on the 21st): from the 1st to the day in focus, not only the
        # month's first third ("early this month"); "later in the week": from that day to its end
        _prec, first, last_day = cal.value_range(value)
        if first is not None and last_day is not None and first <= focus <= last_day:
            lo, hi = (first, focus) if side == "earlier" else (focus, last_day)
            note = ""
            tense = tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense) if ctx.dct is not None and lo <= ctx.dct <= hi else None
            if tense == "past" and ctx.dct < hi:
                # "On Monday ... Later in the week, the envoy left" (told on Thursday): not after the report
                hi, note = ctx.dct, ", told in the past tense so not after the publication date"
            elif tense == "future" and lo < ctx.dct:
                lo, note = ctx.dct, ", told in the future tense so not before the publication date"
            return _Out(value, anchored, f"{said}; '{side}' than {focus.isoformat()} within it{note}: {lo.isoformat()}..{hi.isoformat()}",
                        earliest=lo, latest=hi, precision=unit)
    return _Out(value, anchored, said)


#: how far (characters) after a date is told "later in the month" / "earlier in the week" still means its period
_PERIOD_ANAPHORA_REACH = 300


def _period_in_focus(ctx: _Context, m: re.Match[str], unit: str) -> tuple[date, str, str, date | None] | None:
    """The week or month of the date just told, for "later in the month" / "earlier in the week":
    (its first day, anchored_to, words, the day in focus or None); None when no date of that unit
    or a finer one was told just before, or when the clause's tense puts it on the other side of the
    publication date ("On Friday ... Later in the week, they will meet": this week, not Friday's)."""
    last = ctx.last
    if last is None or last.end < 0 or not 0 <= m.start() - last.end <= _PERIOD_ANAPHORA_REACH:
        return None
    if last.unit not in ("day", "week") + (("month",) if unit == "month" else ()):
        return None
    first, _fin = cal.value_range(cal.format_at(last.day, unit))[1:]
    if first is None or _fin is None:
        return None
    day = last.day if last.unit == "day" and last.day == last.last_day else None
    if ctx.dct is not None and not ctx.narrative:
        if first <= ctx.dct <= _fin:
            # the publication date's own period; "later" counts from the day just told in it, if any
            if day is None or day > ctx.dct or not re.match(r"(?i)later\b", m.group(0)):
                return None
            return _dct_period(ctx, unit), "dct", f"the publication date ({ctx.dct.isoformat()}), after '{last.text}' ({last.value}) in it", day
        tense = tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense)
        if (tense == "future" and _fin < ctx.dct) or (tense == "past" and first > ctx.dct):
            return None
    return first, f"timex:{last.start}", f"the date just told, '{last.text}' ({last.value})", day


def _dct_period(ctx: _Context, unit: str) -> date:
    """The first day of the publication date's week or month."""
    assert ctx.dct is not None
    return cal.week_start(ctx.dct) if unit == "week" else ctx.dct.replace(day=1)


def _r_anchored_shift(ctx, m, values, raw, p, rule) -> _Out:
    unit = p["unit"]
    by = p.get("by", 0)
    label = m.group(0)
    past = not p.get("keep") and _clause_is_past(ctx, m.start(), m.end())
    ref, anchored, words, ref_unit = ctx.previous(past=past)
    if ref is None:
        return _Out("XXXX", "unresolved", f"'{label}' points back to a date and there is none")
    ld = ctx.last_day
    if (unit == "day" and not p.get("keep") and not p.get("gran") and ref_unit is not None and _finer(unit, ref_unit)
            and ld is not None and ld is not ctx.last and 0 <= m.start() - ld.end <= _DAY_FOCUS_REACH
            and not (past and ctx.limit is not None and ld.day > ctx.limit)
            and (sentence_end(ctx.text, ld.start) == sentence_end(ctx.text, ctx.last.start) < m.start()
                 or ctx.engine.clause.background_date.search(ctx.text, max(0, ctx.last.start - 12), ctx.last.end) is not None)):
        # "imposed sanctions on Friday, the largest round since the invasion two years ago. The EU acted the
        # same day": a day counts from the day in focus, not from a year named in passing in that day's
        # sentence, nor from one that only measures back from now ("It was the biggest attack since 2022"); a
        # coarser date told as a point of the story in its own sentence, or in this one, stays the reference
        ref, anchored, ref_unit = ld.day, f"timex:{ld.start}", "day"
        words = f"the last day mentioned, '{ld.text}' ({ld.value}); '{ctx.last.text}' after it names no day"
    if p.get("keep") and ctx.dct is not None and ref > ctx.dct and ctx.last_past is not None:
        # a comparison looks back from what was reported, not from a forecast ("the third quarter of 1990")
        lp = ctx.last_past
        ref, anchored, words, ref_unit = lp.day, f"timex:{lp.start}", f"the last reported date, '{lp.text}' ({lp.value})", lp.unit
    lq = ctx.last_quarter
    if (p.get("keep") and unit == "year" and not p.get("gran") and ref_unit == "day" and lq is not None
            and 0 <= m.start() - lq.start < _QUARTER_REACH and (r := _ref_at(ctx, anchored)) is not None
            and _PERIOD_ENDED.search(ctx.text, max(0, r.start - 40), r.start) is not None):
        # "sales of $538 million for the quarter ended Sept. 29, up from $388 million a year earlier": the day
        # only closes the quarter reported; the comparison is with that quarter a year before, as "a year ago"
        ref, anchored, ref_unit = lq.day, f"timex:{lq.start}", "quarter"
        words = f"the quarter reported, '{lq.text}' ({lq.value}), which ended on {words}"
    if p.get("period_of") and not p.get("gran") and ref_unit == "day" and lq is not None and 0 <= m.start() - lq.start < _QUARTER_REACH:
        # "The year-ago results" in an earnings report: the reported quarter a year before
        ref, anchored, words, ref_unit = lq.day, f"timex:{lq.start}", f"the quarter reported, '{lq.text}' ({lq.value})", "quarter"
    if p.get("period_of") and ctx.dct is not None and ref.year < ctx.dct.year and anchored.startswith("timex"):
        # "... in the 1988 period. The year-ago results ...": the period just named is the year-ago one
        gran = p.get("gran") or (ref_unit if ref_unit in ("quarter", "month", "year") else "year")
        value = cal.format_at(ref, gran)
        return _Out(value, anchored, f"'{label}': the earlier-year period just mentioned, {words} -> {value}")
    if by == "X":
        value = "PAST_REF" if str(p.get("by_sign", "-")) == "-" else "FUTURE_REF"
        return _Out(value, anchored, f"'{label}': vague offset from {words} -> {value}")
    if str(p.get("signal") or "").lower() in ("earlier", "before", "prior") and isinstance(by, (int, float)):
        by = -by
    gran = p.get("gran") or unit
    lq = ctx.last_quarter
    if p.get("keep") and gran == "quarter" and lq is not None and 0 <= m.start() - lq.start < _QUARTER_REACH:
        # "the year-ago quarter", "last year's quarter": the quarter reported, a year before
        ref, anchored, words = lq.day, f"timex:{lq.start}", f"the quarter reported, '{lq.text}' ({lq.value})"
    if p.get("keep") and not p.get("gran") and ref_unit in ("day", "week", "month", "quarter", "half", "season") and _finer(ref_unit, unit):
        gran = ref_unit
        if unit == "year" and _compares_months_span(ctx, m.start()):
            # "for the nine months ..., up from $163 million a year earlier": those months a year before
            gran, words = "year", f"{words}; the span of months just reported, a year before, is named by its year"
    coarse = ""
    if not p.get("keep") and not p.get("gran") and ref_unit is not None and _finer(unit, ref_unit):
        if by == 0:
            # "that same day" after "October 1998": some day of that month (TimeML: 1998-10-XX)
            r = _ref_at(ctx, anchored)
            hi = r.last_day if r is not None and r.last_day else None
            v = {"month": f"{ref.year:04d}-{ref.month:02d}-XX", "year": f"{ref.year:04d}-XX-XX"}.get(ref_unit, "XXXX-XX-XX") if unit == "day" else "XXXX"
            if hi is not None:
                return _Out(v, anchored, f"'{label}': a {unit} of {words}, which is a {ref_unit}: somewhere in it -> {v}",
                            earliest=ref, latest=hi, precision=ref_unit)
        anchor = Anchor(int(by), unit, "following" if by > 0 else "preceding") if isinstance(by, int) and by and unit in ("day", "week", "month") else None
        r = _ref_at(ctx, anchored)
        if unit == "day" and isinstance(by, int) and by and ref_unit in _DAY_RANGE_UNITS and r is not None and r.last_day:
            # "signed in mid-May. The next day, ...": a day just after some day of that month or week;
            # the day itself is unknown, the range is what the text supports
            lo, hi = ref + timedelta(days=by), r.last_day + timedelta(days=by)
            v = _days_value(lo, hi)
            return _Out(v, anchored, f"'{label}': the day {'after' if by > 0 else 'before'} {words}, which is a {ref_unit}: "
                        f"the day itself is unknown, somewhere in {lo.isoformat()}..{hi.isoformat()} -> {v}",
                        anchor=anchor, earliest=lo, latest=hi, precision=ref_unit)
        # "the following day" after "2020": no date at all (not January 2, nor the whole year)
        v = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX")
        return _Out(v, "unresolved", f"'{label}': the {unit} {'after' if by > 0 else 'before' if by < 0 else 'of'} {words}, "
                    f"which is a {ref_unit}, too coarse to tell which {unit} -> {v}", anchor=anchor)
    try:
        d = cal.shift(ref, unit, int(by))
        value = cal.format_at(d, gran)
    except (ValueError, OverflowError):
        return _Out("XXXX", "unresolved", f"'{label}' falls outside the calendar")
    move = "the same " + unit + " as" if by == 0 else f"{abs(int(by))} {unit}{'s' if abs(int(by)) != 1 else ''} {'before' if by < 0 else 'after'}"
    if past and ctx.limit is not None and (anchored != "dct" or ctx.dated_section) and d > ctx.limit:
        # (the publication date itself is exempt as a reference, not the date line of a dated section)
        return _Out("XXXX", "unresolved", f"'{label}': {move} {words} would fall after the publication date ({ctx.limit.isoformat()}) in a past-tense clause -> XXXX")
    anchor = None
    if not p.get("keep") and isinstance(by, int) and by and unit in ("day", "week", "month", "year") and anchored.startswith("timex"):
        # "the next day", "the day before": an offset from the date just told, as "a day later" is
        anchor = Anchor(int(by), unit, "following" if by > 0 else "preceding")
    typ = None
    pod = ctx.engine._lex.get("part_of_day", {}).get((raw.get("u") or "").lower()) if p.get("pod") else None
    if pod and gran == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        # "that evening", "the same morning": that part of the day told (TimeML: 1998-02-06TEV)
        value, typ = f"{value}T{pod}", "TIME"
    return _Out(value, anchored, f"'{label}': {move} {words}{coarse} -> {value}", anchor=anchor, type=typ)


#: a day that closes a reported quarter: "the (fiscal first) quarter ended [Sept. 30]"
_PERIOD_ENDED = re.compile(r"(?i)\bquarter\s+(?:ended|ending)\s+\Z")
#: "a day later than planned": a comparison with a plan, not an offset from the date just told
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
#: the periods a day offset ("the next day", "a day later") from them still places within a range
_DAY_RANGE_UNITS = ("week", "weekend", "month")


def _days_value(lo: date, hi: date) -> str:
    """The TIMEX3 value of an unknown day between ``lo`` and ``hi``: 2025-05-XX within a month."""
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}-XX"
    return f"{lo.year:04d}-XX-XX" if lo.year == hi.year else "XXXX-XX-XX"


_ORDER = ("minute", "hour", "part_of_day", "day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century")


def _finer(a: str, b: str) -> bool:
    return _ORDER.index(a) < _ORDER.index(b) if a in _ORDER and b in _ORDER else False


#: the unit a fraction of a unit is counted in, and how many of them make one: "half an hour" = 30 minutes
_FINER_UNIT = {"hour": ("minute", 60), "day": ("hour", 24), "week": ("day", 7)}


def _r_anchored_offset(ctx, m, values, raw, p, rule) -> _Out:
    """'four days after <event>' / 'two days later': a DURATION with an Anchor record."""
    num = p.get("num", 1)
    unit = p["unit"]
    signal = " ".join((p.get("signal") or "").lower().split())
    value = duration_value(num, unit)
    on_from = signal == "on from"
    if signal == "on":
        signal = "later"  # "Two years on, the families still wait": two years after the date told
    elif on_from:
        signal = "after"  # "Five years on from the annexation": five years after the event
    sign = -1 if signal in ("before", "earlier", "prior", "preceding") else 1
    if isinstance(num, float) and unit in _FINER_UNIT:
        # "half an hour after", "a day and a half later": counted in the next finer unit (30 minutes)
        finer, per = _FINER_UNIT[unit]
        if float(num * per).is_integer():
            num, unit = int(num * per), finer
    if signal in ("after", "before", "prior") and unit in ("hour", "minute") \
            and _FOR_LENGTH.search(ctx.text[max(0, m.start() - 24):m.start()]):
        # "the two men talked for more than an hour before the king hosted his guest": the length of the talks, then
        # what came after them; no offset from the dinner
        return _Out(value, "none", f"'{m.group(0)}' after 'for': a length of time, not an offset -> {value}")
    amount = sign * num if isinstance(num, int) else None
    if amount is None:
        if signal in ("after", "before", "prior") and not isinstance(num, float):
            # "a few hours after <clause>", "several days before <clause>": an unstated number
            return _vague_event_offset(ctx, m, unit, signal, value, bool(p.get("vague_event_anchor")))
        return _Out(value, "none", f"'{m.group(0)}' {signal}: a vague offset -> {value}")
    if signal in ("after", "before", "prior"):
        cs, ce = _clause_after(ctx, m.end(), fronted=_is_fronted(ctx.text, m.start()), signal=_ON_FROM_SIGNAL if on_from else None,
                               inserts=ctx.text[:m.start()].rstrip().endswith(","))
        anchor = Anchor(amount, unit, signal if signal != "prior" else "before", cs, ce)
        clause = ctx.text[cs:ce] if cs is not None else ""
        return _Out(value, "event", f"'{m.group(0)} {signal}': {abs(amount)} {unit}(s) {'after' if sign > 0 else 'before'} the event '{_short(clause)}' -> {value}",
                    anchor=anchor)
    anchor = Anchor(amount, unit, signal)
    said = f"'{m.group(0)} {signal}': {abs(amount)} {unit}(s) {'after' if sign > 0 else 'before'}"
    past = _clause_is_past(ctx, m.start(), _signal_end(ctx, m.end()))
    ref, anchored, words, ref_unit = ctx.previous(past=past)
    focus = _day_over_coarse_date(ctx, m, unit, ref_unit, past)
    if focus is not None:
        ref, anchored, ref_unit = focus.day, f"timex:{focus.start}", "day"
        words = f"the last day mentioned, '{focus.text}' ({focus.value}); '{ctx.last.text}' after it names no day"
    if ref is not None and anchored.startswith("timex") and unit in ("hour", "minute"):
        # "At 11 p.m. on Saturday ... Two hours later": the clock time told, moved; a day without one
        # gives the days the offset can reach
        r = _ref_at(ctx, anchored)
        if r is not None and r.unit == "day" and r.last_day in (None, r.day):
            lo, hi = _shift_clock(r.value, r.day, unit, amount)
            if not (past and ctx.limit is not None and lo > ctx.limit):
                shown = lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"
                return _Out(value, anchored, f"{said} {words} -> {shown}", anchor=anchor, earliest=lo, latest=hi,
                            precision="day" if lo == hi else "unknown")
    if ref is not None and anchored.startswith("timex") and unit in ("day", "week", "month", "year"):
        r = _ref_at(ctx, anchored)
        ref_unit = ref_unit or "day"
        try:
            if ref_unit in ("day", "minute", "hour", "part_of_day"):
                # "two days later" after a day: a day; "a year later" after a day: that day a year on
                lo = hi = cal.shift(ref, unit, amount)
                prec, shown = "day", lo.isoformat()
            elif unit == "day" and ref_unit in _DAY_RANGE_UNITS and r is not None and r.last_day \
                    and not _THAN.match(ctx.text, _signal_end(ctx, m.end())):
                # "a day later" after "mid-May" or "last week": a day just after some day of it; the day
                # itself is unknown, the range is what the text supports
                lo, hi = cal.shift(ref, unit, amount), cal.shift(r.last_day, unit, amount)
                prec, shown = ref_unit, f"{lo.isoformat()}..{hi.isoformat()} (the day itself is unknown)"
            elif _finer(unit, ref_unit):
                # "a day later" after "2020" or "March": any day of that period or just after it;
                # no range is claimed, the offset is left to the event it follows
                return _Out(value, "event", f"{said} {words}: that is a {ref_unit}, too coarse for an offset in {unit}s, "
                            f"so no date is claimed and the offset is left to the event it follows -> {value}", anchor=anchor)
            else:
                # "a year later" after "March 2020": the period shifted
                lo = cal.shift(ref, unit, amount)
                hi = cal.shift(r.last_day if r is not None and r.last_day else ref, unit, amount)
                prec = ref_unit
                whole = cal.format_at(lo, ref_unit)
                _p, first, last = cal.value_range(whole)
                if ref_unit in ("month", "year") and first is not None and last is not None:
                    lo, hi = first, last  # "Three months later" after "February 2019": all of May, not May 1-28
                shown = whole if (lo, hi) == (first, last) else f"{lo.isoformat()}..{hi.isoformat()}"
        except (ValueError, OverflowError):
            lo = None
        if lo is not None:
            if past and ctx.limit is not None and lo > ctx.limit:
                return _Out(value, "event", f"{said} {words} would fall after the publication date ({ctx.limit.isoformat()}) in a past-tense clause: left to the event it follows -> {value}", anchor=anchor)
            note = ""
            if past and ctx.limit is not None and hi > ctx.limit:
                hi, note = ctx.limit, f", told in the past tense so not after the publication date ({ctx.limit.isoformat()})"
                shown = f"{lo.isoformat()}..{hi.isoformat()}"
            coarse = "" if prec == "day" else f" (the reference is a {ref_unit}, so no exact day)"
            return _Out(value, anchored, f"{said} {words}{coarse}{note} -> {shown}",
                        anchor=anchor, earliest=lo, latest=hi, precision=prec)
    return _Out(value, "event", f"{said} something told earlier -> {value}", anchor=anchor)


def _day_over_coarse_date(ctx: _Context, m: re.Match[str], unit: str, ref_unit: str | None, past: bool) -> _Ref | None:
    """The day a "a day earlier" / "two days later" counts from when the last date told is coarser than a day but a
    day was told just before it: "Erdogan met Biden on Tuesday, their first meeting since the re-election in May. The
    White House said a day earlier ...": Tuesday, the day of the sentence before, not "May" named in passing in it
    (nor a date that only measures back from now, "since 2022"); as ``_r_anchored_shift`` does for "the same day"."""
    ld, last = ctx.last_day, ctx.last
    if unit != "day" or ref_unit is None or not _finer(unit, ref_unit) or ld is None or last is None or ld is last:
        return None
    if not 0 <= m.start() - ld.end <= _DAY_FOCUS_REACH or (past and ctx.limit is not None and ld.day > ctx.limit):
        return None
    if sentence_end(ctx.text, ld.start) == sentence_end(ctx.text, last.start) < m.start() \
            or ctx.engine.clause.background_date.search(ctx.text, max(0, last.start - 12), last.end) is not None:
        return ld
    return None


_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(\d\d):(\d\d)")
#: the signal of "five years on from <event>"
_ON_FROM_SIGNAL = re.compile(r"\s*on\s+from\s+", re.IGNORECASE)


def _shift_clock(value: str, day: date, unit: str, amount: int) -> tuple[date, date]:
    """The days ``amount`` hours or minutes from a moment: from its clock time when the value has one
    ("2025-10-18T24:00" and two hours: 2025-10-19), else from some time of ``day`` (two hours after a
    day: that day or the next)."""
    minutes = amount * (60 if unit == "hour" else 1)
    clock = _CLOCK.match(value)
    if clock is not None:
        at = int(clock.group(1)) * 60 + int(clock.group(2)) + minutes
        d = day + timedelta(days=at // 1440)
        return d, d
    lo = day + timedelta(days=min(minutes, minutes + 1439) // 1440)
    hi = day + timedelta(days=max(minutes, minutes + 1439) // 1440)
    return lo, hi


def _named_midnight(target: Timex, amount: int) -> str:
    """The clock value an hour offset counts from. A midnight that names its own day ("two hours after midnight on
    Tuesday", "an hour before midnight on Tuesday") is that day's: hours after it are the early hours of Tuesday
    (counted from its 00:00), hours before it are late on Tuesday (from its 24:00); an hour offset never carries the
    event into another day. A bare midnight of the day in focus ("On Sunday ... two hours after midnight", anchored
    to another expression) is 24:00 of that day: the hours after it fall on the next day."""
    value = target.value
    if not value.endswith("T24:00") or target.anchored_to.startswith("timex:") or amount <= 0 \
            or target.earliest is None or value[:10] != target.earliest.isoformat():
        return value
    return value[:10] + "T00:00"


def _signal_end(ctx: _Context, pos: int) -> int:
    """The end of the signal word right after an offset ("Two days[ later]"), or ``pos``."""
    m = ctx.engine.clause.signal_after.match(ctx.text, pos)
    return m.end() if m else pos


def _clause_is_past(ctx: _Context, start: int, end: int) -> bool:
    """Whether an anchored expression's clause tells of the past (a past marker: "said", "had",
    "-ed"); a clause without one ("The next day, leaders meet the press") may tell of a schedule."""
    return tense_at(ctx.text, start, end, ctx.engine.tense) == "past"


def _ref_at(ctx: _Context, anchored: str) -> _Ref | None:
    """The mentioned date an ``anchored_to`` of "timex:<start>" names."""
    for r in (ctx.last, ctx.last_past):
        if r is not None and anchored == f"timex:{r.start}":
            return r
    return None


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 3] + "..."


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that contains ``start`` ends (``timeline.text.sentence_end``)."""
    from timeline.text import sentence_end

    return sentence_end(text, start)


def _is_fronted(text: str, start: int) -> bool:
    """Whether the expression opens its sentence or clause ("Five days after the signing, a centre
    opened"): then the anchoring clause ends at the next comma."""
    before = text[max(0, start - 24):start].rstrip()
    lead = _LEAD_ADVERB.search(before)
    if lead is not None:  # "Just hours after the summit ended, ...", "Only days before the vote, ..."
        before = before[:lead.start()].rstrip()
    before = before[-12:]
    return not before or before[-1] in ".!?;:\n\"“”(" or before.endswith((",", " and", " but", " then"))


#: "for" (and a hedge) right before an offset's number of hours: a length of time ("met for three hours before ...")
_FOR_LENGTH = re.compile(r"(?<![\w-])for(?:\s+(?:more|less)\s+than|\s+(?:about|around|nearly|almost|roughly|some|over|"
                         r"just|only|at\s+least|up\s+to))?\s*\Z", re.IGNORECASE)


#: a word that may open a fronted offset before its number ("Just hours after", "Barely a week before")
_LEAD_ADVERB = re.compile(r"(?<![\w-])(?:just|only|barely|merely|mere|some|about|nearly|almost|roughly|even)\Z", re.IGNORECASE)


#: an insert between commas: a name in apposition or a relative clause ("the pilot, Wing Commander X, was")
_INSERT = re.compile(r"\s*(?:(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,5}|(?i:who|which)\s[^,.;]{1,60}),(?=\s+[a-z])")


#: the "of" that opens the occasion of "the eve of <occasion>", "the second day of <occasion>"
_OF_SIGNAL = re.compile(r"\s*of\s+", re.IGNORECASE)
#: where such an occasion (a noun phrase) ends: a verb or a word that opens a clause
_NP_END = re.compile(r"\s(?:is|are|was|were|will|would|has|have|had|did|does|could|can|may|might|should|must|to|that|which|who|"
                     r"when|where|while|as|after|before)\b", re.IGNORECASE)


def _clause_after(ctx: _Context, pos: int, *, fronted: bool = False, signal: re.Pattern[str] | None = None,
                  inserts: bool = False) -> tuple[int | None, int | None]:
    """The span of the clause after the signal word at ``pos`` ("after <clause>"; ``signal``: another
    signal pattern, such as "of" in "the eve of <occasion>"). ``inserts``: the offset stands in apposition
    after a comma ("on Thursday, a day after the pilot, Wing Commander X, was taken prisoner"), so a
    name or a "who ..." insert between commas does not end the clause."""
    text = ctx.text
    m = (signal or ctx.engine.clause.clause_signal).match(text, pos)
    if not m:
        return None, None
    start = m.end()
    end = _sentence_end(text, start)
    stop = ctx.engine.clause.clause_end.search(text, start, end)
    while inserts and stop and text.startswith(",", stop.start()) and (ins := _INSERT.match(text, stop.start() + 1)) is not None \
            and ins.end() < end:
        stop = ctx.engine.clause.clause_end.search(text, ins.end(), end)  # "the general, who is 70, was released"
    if stop and stop.start() > start:
        end = stop.start()
    if fronted or signal is _OF_SIGNAL:
        comma = text.find(",", start, end)
        while inserts and comma > start and (ins := _INSERT.match(text, comma + 1)) is not None and ins.end() < end:
            comma = text.find(",", ins.end() + 1, end)  # ", Wing Commander Abhinandan Varthaman," / ", who is 70,"
        if comma > start:
            end = comma
    if signal is _OF_SIGNAL:
        # "the second day of the summit was devoted to trade": the occasion is a noun phrase
        verb = _NP_END.search(text, start, end)
        if verb is not None:
            end = verb.start()
    while end > start and text[end - 1] in ".,!? \"”’'":
        end -= 1
    if end <= start:
        return None, None
    return start, end


def _r_quarter(ctx, m, values, raw, p, rule) -> _Out:
    q = p["q"]
    year = p.get("year")
    label = m.group(0)
    if q == "reported":
        # "the 1988 quarter": the quarter reported (the latest completed one mentioned) in that year
        lq = ctx.last_quarter
        if p.get("after_quarter") and (ctx.last is None or ctx.last.unit not in ("quarter", "day")):
            lq = None  # "the 1988 period" after "last year" or "the first nine months": the year
        if lq is None or not isinstance(year, int):
            return _Out(f"{year:04d}" if isinstance(year, int) else "XXXX", "explicit", f"'{label}': no quarter mentioned before, the year -> {year}")
        v = f"{year:04d}-Q{(lq.day.month - 1) // 3 + 1}"
        return _Out(v, f"timex:{lq.start}", f"'{label}': the quarter reported, '{lq.text}' ({lq.value}), in {year} -> {v}")
    if isinstance(year, int) and not p.get("half"):
        v = f"{year:04d}-Q{q}"
        return _Out(v, "explicit", f"'{label}' is fully specified -> {v}")
    rel = _rel_word(p.get("rel"))
    end_month, end_day = p.get("end_month"), p.get("end_day")
    if isinstance(end_month, int) and isinstance(end_day, int) and not p.get("half") and not rel:
        # "the second quarter ended Oct. 31": the quarter of the year of the day that closed it (the most recent
        # such day, a period being over when reported), whatever number the company gives it
        end_year = p.get("end_year")
        ref, anchored, words = ctx.reference()
        if isinstance(end_year, int) or ref is not None:
            y = end_year if isinstance(end_year, int) else _closed_year(ref, end_month, end_day)
            v = f"{y:04d}-Q{q}"
            how = "explicit" if isinstance(end_year, int) else anchored
            return _Out(v, how, f"'{label}' ended on a day of {y} -> {v}", reported=bool(p.get("fiscal")))
    if p.get("half"):
        if isinstance(year, int):
            return _Out(f"{year:04d}-H{q}", "explicit", f"'{label}' is fully specified -> {year:04d}-H{q}")
        ref, anchored, words = ctx.reference()
        if ref is None:
            return _Out(f"XXXX-H{q}", "unresolved", f"'{label}' has no year and no reference date")
        y = ref.year + {"last": -1, "next": 1}.get(rel or "", 0)
        which = {"last": "the year before that of", "next": "the year after that of"}.get(rel or "", "the year of")
        return _Out(f"{y:04d}-H{q}", anchored, f"'{label}' in {which} {words} -> {y:04d}-H{q}")
    ref, anchored, words = ctx.reference()
    if ref is None:
        return _Out(f"XXXX-Q{q}", "unresolved", f"'{label}' has no year and no reference date")
    if (rel in ("last", "next", "this") and p.get("of_year")) or (rel is None and p.get("in_year")):
        # "the last three months of the year": rel None, a quarter of the year in focus
        y = ref.year + {"last": -1, "next": 1}.get(rel or "", 0)
        why = f"of {rel} year" if rel else "of the year in focus"
    else:
        ref_idx = ref.year * 4 + (ref.month - 1) // 3
        tense = tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense)
        best = None
        for cand in (ref.year - 1, ref.year, ref.year + 1):
            diff = cand * 4 + q - 1 - ref_idx
            # quarters are reported after they end: a past quarter stays likely even in the future tense
            cost = abs(diff) * (8 if tense == "past" and diff > 0 else 2 if tense == "future" and diff < 0 else 1) + (diff > 0) * 0.5
            if best is None or cost < best[0]:
                best = (cost, cand)
        y = best[1]
        why = {"past": "past tense", "future": "future tense"}.get(tense or "", "no tense marker") + ", the nearest such quarter"
    v = f"{y:04d}-Q{q}"
    return _Out(v, anchored, f"'{label}' without a year, {why}, against {words} -> {v}", reported=bool(p.get("fiscal")))


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _year_counted(ctx: _Context, p: dict[str, Any], label: str, what: str) -> _Out | tuple[int, str, str] | None:
    """A year written as "this / last / next year" after a season, a holiday or a day ("the summer of
    last year", "Christmas last year", "March 5 last year"): (year, anchored_to, words), counted from the
    reference; an unresolved ``_Out`` when there is no reference; None when no such year is written."""
    by = p.get("year_by")
    if not isinstance(by, int):
        return None
    ref, anchored, words = ctx.reference()
    if ref is None:
        return _Out(what, "unresolved", f"'{label}' counts its year from a reference date and there is none -> {what}")
    which = "the year of" if by == 0 else f"the year{f' {abs(by)} years' if abs(by) != 1 else ''} {'before' if by < 0 else 'after'} that of"
    return ref.year + by, anchored, f"{which} {words}"


def _r_season(ctx, m, values, raw, p, rule) -> _Out:
    s = p["season"]
    year = p.get("year")
    label = m.group(0)
    counted = _year_counted(ctx, p, label, f"XXXX-{s}")
    if isinstance(counted, _Out):
        return counted
    if counted is not None:
        v = f"{counted[0]:04d}-{s}"
        return _Out(v, counted[1], f"'{label}': the season in {counted[2]} -> {v}")
    if isinstance(year, int):
        v = f"{year:04d}-{s}"
        return _Out(v, "explicit", f"'{label}' is fully specified -> {v}")
    partner = ctx.engine.season_partner.match(ctx.text, m.end()) if ctx.engine.season_partner and not p.get("rel") else None
    if partner:
        y = int(partner.group("year"))
        v = f"{y:04d}-{s}"
        return _Out(v, f"timex:{partner.start('year')}", f"'{label}' takes its year from the season it is joined to, '{partner.group(0).strip()}' -> {v}")
    ref, anchored, words = ctx.reference()
    if ref is None:
        return _Out(f"XXXX-{s}", "unresolved", f"'{label}' has no year and no reference date")
    ry, rs = cal.season_of(ref)
    rel = _rel_word(p.get("rel"))
    # seasons of the reference year in order; winter counted in the year it starts
    cur_idx = (ry, ["SP", "SU", "FA", "WI"].index(rs))
    tgt = ["SP", "SU", "FA", "WI"].index(s)
    if rel == "last":
        y = ry if tgt < cur_idx[1] else ry - 1
        why = "'last': the most recent one before"
    elif rel == "next":
        y = ry if tgt > cur_idx[1] else ry + 1
        why = "'next': the first one after"
    elif rel == "this" or ctx.narrative:
        y, why = ry, "the same year"
    else:
        tense = tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense)
        if tense == "future":
            y = ry if tgt >= cur_idx[1] else ry + 1
            why = "future tense, the next one"
        elif tense == "past":
            y = ry if tgt <= cur_idx[1] else ry - 1
            why = "past tense, the most recent one"
        else:
            y, why = ry, "no tense marker, the same year"
    v = f"{y:04d}-{s}"
    return _Out(v, anchored, f"'{label}', {why}, against {words} -> {v}")


def _r_holiday(ctx, m, values, raw, p, rule) -> _Out:
    spec = p["name"]
    year = p.get("year")
    label = m.group(0)
    counted = _year_counted(ctx, p, label, "XXXX-XX-XX")
    if isinstance(counted, _Out):
        return counted
    if counted is not None:
        d = cal.holiday_date(spec, counted[0])
        return _Out(d.isoformat(), counted[1], f"'{label}': the holiday in {counted[2]} -> {d.isoformat()}")
    if isinstance(year, int):
        d = cal.holiday_date(spec, year)
        return _Out(d.isoformat(), "explicit", f"'{label}' in {year} -> {d.isoformat()}")
    ref, anchored, words = ctx.reference()
    if ref is None:
        v = f"XXXX-{spec}" if re.fullmatch(r"\d\d-\d\d", spec) else "XXXX-XX-XX"
        return _Out(v, "unresolved", f"'{label}' has no year and no reference date")
    rel = _rel_word(p.get("rel"))
    tense, _note = _tense_of_day(ctx, m)
    if p.get("as") == "week" and rel is None:
        return _holiday_week(ctx, spec, label, ref, anchored, words, tense)
    this = cal.holiday_date(spec, ref.year)
    if rel == "last":
        d = this if this < ref else cal.holiday_date(spec, ref.year - 1)
        why = "'last': the most recent one"
    elif rel == "next":
        d = this if this > ref else cal.holiday_date(spec, ref.year + 1)
        why = "'next': the next one"
    elif tense == "past":
        d = this if this <= ref else cal.holiday_date(spec, ref.year - 1)
        why = "past tense, the most recent one"
    elif tense == "future":
        d = this if this >= ref else cal.holiday_date(spec, ref.year + 1)
        why = "future tense, the next one"
    else:
        # no tense ("a truce could take effect on New Year's Day", said on December 11): the nearest
        # one, days ahead counting as _NEWS_FUTURE_COST times their distance as for a month's day
        d = min((cal.holiday_date(spec, y) for y in (ref.year - 1, ref.year, ref.year + 1)),
                key=lambda c: abs((c - ref).days) * (_NEWS_FUTURE_COST if c > ref else 1))
        why = "no tense marker, the nearest one"
    if p.get("as") == "week":
        week = cal.iso_week_value(d)
        return _Out(week, anchored, f"'{label}', {why}, against {words}: the week of {d.isoformat()} -> {week}")
    return _Out(d.isoformat(), anchored, f"'{label}', {why}, against {words} -> {d.isoformat()}")


def _holiday_week(ctx: _Context, spec: str, label: str, ref: date, anchored: str, words: str,
                  tense: str | None) -> _Out:
    """"Easter week", "Christmas week": the ISO week that holds the holiday. The week that holds the
    reference date is the one meant whatever the tense ("as Easter week began", said on its Monday);
    otherwise past tense takes the most recent such week, future the next, no tense the nearest."""
    days = [cal.holiday_date(spec, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    ref_week = cal.week_start(ref)
    current = [d for d in days if cal.week_start(d) == ref_week]
    if current:
        d, why = current[0], "the week under way at the reference date"
    elif tense == "past":
        d, why = max(d for d in days if d < ref), "past tense, the most recent one"
    elif tense == "future":
        d, why = min(d for d in days if d > ref), "future tense, the next one"
    else:
        d = min(days, key=lambda c: abs((c - ref).days) * (_NEWS_FUTURE_COST if c > ref else 1))
        why = "no tense marker, the nearest one"
    week = cal.iso_week_value(d)
    return _Out(week, anchored, f"'{label}', {why}, against {words}: the week of {d.isoformat()} -> {week}")


_SENTENCE_BREAK = re.compile(r"[.!?]['’\"”)]*\s")


def _focus_day(ctx: _Context, m: re.Match[str], reach: int | None = None) -> tuple[date | None, str, str]:
    """The day a bare part of day or time ("in the morning", "at midnight", "later in the day") is
    about: the last day the text told, on the side of the publication date its clause's tense
    allows ("agreed late on Saturday ... told reporters shortly before midnight": Saturday; "on
    Friday ... At a news conference in the afternoon": Friday); otherwise the reference (the
    publication date). ``reach``: told at most that many sentence ends before ("overnight", which
    news tells of the night before publication unless a day was just told)."""
    ref, anchored, words = ctx.reference()
    last = ctx.last_day
    if last is None or last.end < 0 or last.end > m.start() \
            or (reach is not None and len(_SENTENCE_BREAK.findall(ctx.text, last.end, m.start())) > reach):
        return ref, anchored, words
    if ctx.dct is not None and last.day != ctx.dct:
        tense = tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense)
        if (tense == "past" and last.day > ctx.dct) or (tense == "future" and last.day < ctx.dct):
            return ref, anchored, words
    return last.day, f"timex:{last.start}", f"the day in focus, '{last.text}' ({last.value}), the last day told"


def _day_from(ctx: _Context, m: re.Match[str], p: dict[str, Any]) -> tuple[date | None, str, str]:
    """The day a time or part of day belongs to: a weekday, a relative day, the day in focus
    (rules with ``focus``), or the reference."""
    if p.get("focus") and not isinstance(p.get("weekday"), int) and not isinstance(p.get("offset"), int) \
            and not isinstance(p.get("day"), int):
        return _focus_day(ctx, m)
    ref, anchored, words = ctx.reference()
    if ref is None:
        return None, "unresolved", "no reference date"
    wd = p.get("weekday")
    if isinstance(wd, int):
        rel = _rel_word(p.get("rel"))
        tense, _note = _tense_of_day(ctx, m)
        if tense is None and rel is None and _scheduled_present(ctx.engine, ctx.text, m.start()):
            tense = "future"  # "Polls close at 8 p.m. on Sunday": a scheduled act, the coming one
        d, why = _resolve_weekday(ref, wd, rel, tense)
        return d, anchored, f"weekday {_WEEKDAYS[wd - 1]} ({why}) against {words}"
    off = p.get("offset")
    if isinstance(off, int):
        return ref + timedelta(days=off), anchored, f"{off:+d} day(s) from {words}"
    month, day = p.get("month"), p.get("day")
    if isinstance(month, int) and isinstance(day, int):
        y, why = _pick_year(ref, month, day, tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense))
        try:
            return date(y, month, day), anchored, f"{why} against {words}"
        except ValueError:
            return None, "unresolved", "not a real day"
    return ref, anchored, words


def _r_time(ctx, m, values, raw, p, rule) -> _Out:
    hour = p.get("hour")
    minute = p.get("minute") or 0
    ampm = (p.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if isinstance(hour, str):
        hour = int(hour)
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    pod = p.get("pod")
    if pod in ("AF", "EV") and hour < 12 or pod == "NI" and 6 <= hour < 12:
        hour += 12  # "3 in the afternoon", "10 at night"
    elif pod in ("MO", "NI") and hour == 12:
        hour = 0  # "12 at night"
    if p.get("fixed"):
        hour, minute = [int(x) for x in str(p["fixed"]).split(":")]
    if p.get("stamp") and _STAMP_LEFT.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "**16:50 GMT** -- Hoti told reporters": a time stamp opening a paragraph is the page's own time
        p = {**p, "focus": False}
    hhmm = f"{hour:02d}:{int(minute):02d}"
    off = _OFFSET_AFTER_TIME.match(ctx.text, m.end())
    if off is not None:
        # "spotted at 6 a.m. ten days before the shooting": the time is on the day of that offset,
        # which the offset's own anchor gives; not the day in focus nor the publication date
        return _Out(f"XXXX-XX-XXT{hhmm}", "unresolved",
                    f"'{m.group(0)}': {hhmm} on the day '{off.group(1)}' names, which the event it counts from gives -> XXXX-XX-XXT{hhmm}")
    d, anchored, words = _day_from(ctx, m, p)
    if d is None:
        return _Out(f"XXXX-XX-XXT{hhmm}", "unresolved", f"'{m.group(0)}' -> {hhmm} on an unknown day")
    v = f"{d.isoformat()}T{hhmm}"
    if hhmm == "24:00" and p.get("weekday") is None and anchored.startswith("timex") and _AFTER_MIDNIGHT.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "On Sunday ... declared the winner shortly after midnight": 24:00 of the day in focus is the start
        # of the next one, and what happened after it happened on the next day ("just after midnight on
        # Saturday" names its day: the early hours of Saturday)
        nxt = d + timedelta(days=1)
        if ctx.limit is not None and nxt > ctx.limit and _clause_is_past(ctx, m.start(), m.end()):
            return _Out(v, anchored, f"'{m.group(0)}': {hhmm} on {words} -> {v}")
        return _Out(v, anchored, f"'{m.group(0)}': {hhmm} on {words} -> {v}; after midnight, so on the next day, "
                    f"{nxt.isoformat()}", earliest=nxt, latest=nxt, precision="minute")
    return _Out(v, anchored, f"'{m.group(0)}': {hhmm} on {words} -> {v}")


#: "after midnight", "shortly past midnight": what it dates falls on the next day ("two hours after midnight"
#: is an offset from that midnight, which counts the hours itself)
_AFTER_MIDNIGHT = re.compile(r"(?<!hours\s)(?<!hour\s)(?<!minutes\s)\b(?:after|past)\s+\Z", re.IGNORECASE)


#: an offset right after a clock time ("at 6 a.m. ten days before the shooting"): the day it names
_OFFSET_AFTER_TIME = re.compile(
    r"[ \t]+((?-i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})[ \t-]+(?:days?|weeks?)[ \t]+"
    r"(?:before|after|earlier|later|prior\s+to)\b)", re.IGNORECASE)

#: what may stand before a time stamp opening a line ("**16:50 GMT**", "Updated 10:42 GMT", "- 0900 GMT")
_STAMP_LEFT = re.compile(r"(?:\A|\n)[ \t*_#>|•·–—-]*(?:(?i:last\s+)?(?i:updated|posted|published)[ \t:,]*)?\Z")


def _r_focus_day(ctx, m, values, raw, p, rule) -> _Out:
    """"later in the day", "in the morning", "overnight": the day in focus (``_focus_day``), or that
    part of it; "overnight" (``night_before``) is the night before it, unless told in the future tense
    ("talks will go on overnight": that day's night; TimeBank: "overnight losses" before Friday's
    trading -> Thursday night)."""
    pod = p.get("pod")
    into = isinstance(p.get("weekday"), int)
    if into:
        # "overnight into Sunday": the night before the weekday named right after
        d, anchored, words = _day_from(ctx, m, {"weekday": p["weekday"]})
    else:
        d, anchored, words = _focus_day(ctx, m, p.get("reach") if isinstance(p.get("reach"), int) else None)
    label = m.group(0)
    if d is None:
        v = "XXXX-XX-XX" + (f"T{pod}" if pod else "")
        return _Out(v, "unresolved", f"'{label}' with no day told and no publication date -> {v}")
    part = f"part of day {pod} of " if pod else ""
    if p.get("night_before"):
        if not into and tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense) == "future":
            part = "future tense: the night (NI) of "
        else:
            d -= timedelta(days=1)
            part = "the night (NI) before "
    v = d.isoformat() + (f"T{pod}" if pod else "")
    mod = None
    if p.get("position"):
        # "earlier in [the day]", "later in [the day]": the word before gives the part of the day
        word = re.search(r"(\w+)\s+in\s+\Z", ctx.text[max(0, m.start() - 16):m.start()])
        mod = ctx.engine._lex.get("position_mod", {}).get(word.group(1).lower()) if word else None
        label = ctx.text[m.start() - len(word.group(0)) if word else m.start():m.end()]
    return _Out(v, anchored, f"'{label}': {part}{words} -> {v}", mod=mod)


def _r_from_day(ctx, m, values, raw, p, rule) -> _Out:
    """"a week from Monday", "two weeks from tomorrow": the day named, then so many units on."""
    unit, by = p["unit"], p.get("by")
    d, anchored, words = _day_from(ctx, m, p)
    label = m.group(0)
    if d is None or not isinstance(by, (int, float)):
        return _Out("XXXX-XX-XX", "unresolved", f"'{label}': no day to count from, or no number of {unit}s -> XXXX-XX-XX")
    d = cal.shift(d, unit, int(by))
    v = d.isoformat()
    return _Out(v, anchored, f"'{label}': {int(by)} {unit}(s) after {words} -> {v}")


def _r_vague_offset(ctx, m, values, raw, p, rule) -> _Out:
    """"months ago", "days from now": TimeML's duration (PXM) whose earliest / latest dates span the
    range the ``vague_offset`` lexicon gives ("months ago": 2 to 12 months before the reference)."""
    unit = p["unit"]
    value = duration_value("X", unit)
    label = m.group(0)
    signal = (p.get("signal") or "").lower()
    past = False
    last_day = None
    if signal:
        # "weeks later", "months earlier": from the date just told; "days after <event>": the event's
        # date, which only the event layer knows
        if signal not in ("later", "earlier"):
            return _vague_event_offset(ctx, m, unit, signal, value, bool(p.get("vague_event_anchor")))
        sign = 1 if signal == "later" else -1
        past = _clause_is_past(ctx, m.start(), _signal_end(ctx, m.end()))
        ref, anchored, words, _unit = ctx.previous(past=past)
        r = _ref_at(ctx, anchored)
        last_day = r.last_day if r is not None else None
        if not anchored.startswith("timex"):
            return _Out(value, "none", f"'{label} {signal}': an unstated number of {unit}s from something told earlier -> {value}")
        label = f"{label} {signal}"
    else:
        sign = p.get("dir") if p.get("dir") in (-1, 1) else -1
        ref, anchored, words = ctx.reference()
    span = ctx.engine.vague_offsets.get(unit)
    if ref is None or span is None:
        return _Out(value, "none", f"'{label}': an unstated number of {unit}s {'before' if sign < 0 else 'after'}, with no date to count from -> {value}")
    least, most = span
    ends = (ref, last_day or ref)
    if unit in ("hour", "minute"):
        per_day = 24 if unit == "hour" else 1440
        a, b = ends[0] + timedelta(days=sign * (least // per_day)), ends[1] + timedelta(days=sign * -(-most // per_day))
    else:
        a, b = cal.shift(ends[0 if sign > 0 else 1], unit, sign * least), cal.shift(ends[1 if sign > 0 else 0], unit, sign * most)
    lo, hi = min(a, b), max(a, b)
    note = ""
    if past and ctx.limit is not None and hi > ctx.limit:
        if lo > ctx.limit:
            return _Out(value, "none", f"'{label}': {least} to {most} {unit}s after {words} would fall after the publication date "
                        f"in a past-tense clause -> {value}")
        hi, note = ctx.limit, ", told in the past tense so not after the publication date"
    return _Out(value, anchored, f"'{label}': an unstated number of {unit}s {'before' if sign < 0 else 'after'} {words}, "
                f"taken as {least} to {most}{note} -> {value} ({lo.isoformat()}..{hi.isoformat()})",
                earliest=lo, latest=hi, precision="unknown")


def _vague_event_offset(ctx: _Context, m: re.Match[str], unit: str, signal: str, value: str, with_anchor: bool) -> _Out:
    """"hours after the ceasefire took effect", "days before the vote": TimeML's duration (PTXH, PXD).
    With ``with_anchor`` (the rule's ``vague_event_anchor``), an Anchor to the clause after the signal whose
    amount is the least of the span the vague_offset lexicon gives the unit (hours: 1 to 23), signed;
    the X of the value tells that the number is unstated (``vague_offset_span`` gives the whole span)."""
    label = m.group(0)
    sign = -1 if signal in ("before", "prior") else 1
    cs, ce = _clause_after(ctx, m.end(), fronted=_is_fronted(ctx.text, m.start()))
    span = ctx.engine.vague_offsets.get(unit)
    taken = f" (taken as {span[0]} to {span[1]})" if span else ""
    side = "before" if sign < 0 else "after"
    if cs is None:
        return _Out(value, "none", f"'{label} {signal}': an unstated number of {unit}s{taken} {side} an event not found -> {value}")
    said = f"'{label} {signal}': an unstated number of {unit}s{taken} {side} the event '{_short(ctx.text[cs:ce])}'"
    if not with_anchor:
        return _Out(value, "none", f"{said}, whose date only the event layer can give -> {value}")
    anchor = Anchor(sign * (span[0] if span else 1), unit, "before" if sign < 0 else signal, cs, ce)
    return _Out(value, "event", f"{said} -> {value}", anchor=anchor)


def _r_part_of_day(ctx, m, values, raw, p, rule) -> _Out:
    pod = p["pod"]
    d, anchored, words = _day_from(ctx, m, p)
    if d is None:
        return _Out(f"XXXX-XX-XXT{pod}", "unresolved", f"'{m.group(0)}' on an unknown day")
    v = f"{d.isoformat()}T{pod}"
    return _Out(v, anchored, f"'{m.group(0)}': part of day {pod} on {words} -> {v}")


def _r_decade(ctx, m, values, raw, p, rule) -> _Out:
    d = p["decade"]
    label = m.group(0)
    if isinstance(d, int) and d >= 100:
        v = f"{d // 10:03d}"
        return _Out(v, "explicit", f"'{label}' is the decade {d}-{d + 9} -> {v}")
    ref, anchored, words = ctx.reference()
    two = int(d) % 100 if isinstance(d, int) else 0
    base = ref.year if ref else 1999
    century = base // 100
    if century * 100 + two > base:
        century -= 1
    v = f"{century * 10 + two // 10:03d}"
    return _Out(v, anchored if ref else "unresolved", f"'{label}': the most recent decade ending in {two:02d}s before {words} -> {v}")


def _r_century(ctx, m, values, raw, p, rule) -> _Out:
    n = int(p["n"])
    v = f"{n - 1:02d}"
    return _Out(v, "explicit", f"'{m.group(0)}' -> the century {v}00-{v}99 -> {v}")


def _r_year2(ctx, m, values, raw, p, rule) -> _Out:
    yy = int(p["year"]) % 100
    ref, anchored, words = ctx.reference()
    base = ref.year if ref else 2000
    y = (base // 100) * 100 + yy
    if y > base + 10:
        y -= 100
    return _Out(f"{y:04d}", "explicit" if ref is None else anchored, f"'{m.group(0)}': two-digit year, the nearest one to {words} -> {y}")


def _r_same_as_ref(ctx, m, values, raw, p, rule) -> _Out | None:
    if p.get("paired"):
        return _paired_day(ctx, m, p)
    want = p.get("unit")
    fallback = p.get("fallback")
    last = ctx.last
    if want == "quarter" and fallback is not None and not (last is not None and last.unit == want) \
            and ctx.last_quarter is not None:
        # "the quarter" after "the fiscal first quarter ... Sept. 29": the quarter the report is about
        lq = ctx.last_quarter
        v = cal.format_at(lq.day, want)
        return _Out(v, f"timex:{lq.start}", f"'{m.group(0)}': the quarter reported, '{lq.text}' ({lq.value}) -> {v}")
    if want and fallback is not None and not (last is not None and last.unit == want):
        # "the quarter" with no quarter mentioned before: the last complete one (business news)
        ref, anchored, words = ctx.reference()
        if ref is None:
            return _Out("XXXX", "unresolved", f"'{m.group(0)}' refers to an earlier {want} and there is none")
        v = cal.format_at(cal.shift(ref, want, int(fallback)), want)
        return _Out(v, anchored, f"'{m.group(0)}': no {want} mentioned before, so the last complete {want} before {words} -> {v}")
    ref, anchored, words, unit = ctx.previous()
    if ref is None or (p.get("previous_only") and not anchored.startswith("timex")):
        return _Out("XXXX", "unresolved", f"'{m.group(0)}' refers to an earlier date and there is none")
    gran = p.get("unit") or unit or "day"
    v = cal.format_at(ref, gran)
    return _Out(v, anchored, f"'{m.group(0)}' refers to {words} -> {v}")


_PAIR_CONNECTORS = (" and ", " to ", " through ", "-", "–", " or ")


def _paired_day(ctx: _Context, m: re.Match[str], p: dict[str, Any]) -> _Out | None:
    """"April 24 and 25", "Dec. 3-4": the second day, in the month of the date just before it;
    nothing when no such date ends right before the connector ("a 3-2 vote")."""
    last = ctx.last
    if last is None or last.unit != "day" or last.end < 0 or ctx.text[last.end:m.start()] not in _PAIR_CONNECTORS \
            or not last.text[-1:].isdigit():
        return None
    day = int(re.sub(r"\D", "", str(p["day"])))
    if day <= last.day.day:
        return None
    try:
        d = last.day.replace(day=day)
    except ValueError:
        return None
    return _Out(d.isoformat(), f"timex:{last.start}", f"'{m.group(0)}' after '{last.text}': day {day} of the same month -> {d.isoformat()}")


#: "It is the second day of the offensive": the day of the report itself
_PRESENT_COPULA = re.compile(r"(?i)\b(?:is|['’]s|marks|enters|entering)\s+\Z")


def _r_event_day(ctx, m, values, raw, p, rule) -> _Out:
    """"the last day of the truce", "the second day of the talks": a day of an event, which only the
    event's own dates can give; not the day before the publication date (that is "yesterday"). An
    ordinal day from the start ("the second day": +1 day) carries an Anchor to the occasion named
    after "of", so the event layer can date it; "It is the second day of ..." is the publication
    date (TimeBank: "It's [the second day] of an offensive" -> the DCT); "Tuesday, the second day of
    ..." restates the day just told."""
    text = ctx.text
    label = m.group(0)
    nth = p.get("nth") if isinstance(p.get("nth"), int) else p.get("n")  # "the second day", "day two"
    if raw.get("n") is not None and not isinstance(nth, int):
        return None  # "day several of the siege": not a numbered day
    cs, ce = _clause_after(ctx, m.end(), signal=_OF_SIGNAL)
    after = f"of {_short(text[cs:ce], 40)}" if cs is not None else _short(text[m.end():_sentence_end(text, m.end())].strip(), 40)
    anchor = Anchor(int(nth) - 1, "day", "day of", cs, ce) if isinstance(nth, int) and cs is not None else None
    last = ctx.last
    if last is not None and last.unit == "day" and last.day == last.last_day and last.end >= 0 \
            and _COMMA_APPOSITION.fullmatch(text, last.end, m.start()):
        return _Out(last.value, f"timex:{last.start}", f"'{label} {after}' restates '{last.text}' just before it -> {last.value}",
                    anchor=anchor, earliest=last.day, latest=last.day, precision="day")
    if ctx.dct is not None and _PRESENT_COPULA.search(text, max(0, m.start() - 20), m.start()):
        v = ctx.dct.isoformat()
        return _Out(v, "dct", f"'{label} {after}': said to be today (present tense), so the publication date -> {v}", anchor=anchor)
    if anchor is not None:
        return _Out("XXXX-XX-XX", "event", f"'{label} {after}': day {nth} of the occasion named after it "
                    f"({abs(anchor.amount)} day(s) after its first day); only that occasion's dates can give it -> XXXX-XX-XX", anchor=anchor)
    return _Out("XXXX-XX-XX", "unresolved",
                f"'{label} {after}': a day of the event named after it, not of the calendar; only that event's dates can give it -> XXXX-XX-XX")


def _r_vague_by_tense(ctx, m, values, raw, p, rule) -> _Out:
    """"will one day be" / "One day, he left": an unspecified day after or before the report, by
    the tense of its clause (no marker: ahead, as in "could one day join")."""
    if ctx.engine.tense.possibility.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "said Kyiv could one day join": a possibility, ahead whatever the tense of the report
        return _Out("FUTURE_REF", "dct" if ctx.dct else "none", f"'{m.group(0)}': an unspecified day after a modal of possibility -> FUTURE_REF")
    tense = tense_at(ctx.text, m.start(), m.end(), ctx.engine.tense)
    value = "PAST_REF" if tense == "past" else "FUTURE_REF"
    why = "past tense" if tense == "past" else "future tense" if tense == "future" else "no tense marker (a hope or a possibility)"
    return _Out(value, "dct" if ctx.dct else "none", f"'{m.group(0)}': an unspecified day, {why} -> {value}")


#: a date and its apposition: "Oct. 12, [the day before ...]"
_COMMA_APPOSITION = re.compile(r",\s*")
#: the unknown date of a unit ("the day after the vote": a day whose date only the event tells)
_UNKNOWN_UNIT = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def _r_anchored_unit_event(ctx, m, values, raw, p, rule) -> _Out:
    """"the day after the vote", "the week before the summit": as TimeBank tags "the day before the
    plunge", a DATE ("the day") whose date the event gives; the Anchor record (one unit after or
    before the clause) lets the event layer date it. A clause that starts with a date ("the day
    after March 3") resolves against that date (``_link_offsets_to_timexes``)."""
    unit = p["unit"]
    signal = (p.get("signal") or "").lower()
    amount = -1 if signal in ("before", "eve") else 1
    # "the eve of the summit": the day before the occasion named after "of"
    cs, ce = _clause_after(ctx, m.end(), fronted=_is_fronted(ctx.text, m.start()), signal=_OF_SIGNAL if signal == "eve" else None)
    if cs is None:
        return _Out("XXXX", "unresolved", f"'{m.group(0)} {signal}': no clause to anchor to -> XXXX")
    value = _UNKNOWN_UNIT.get(unit, "XXXX")
    clause = ctx.text[cs:ce]
    anchor_signal = signal
    if signal == "eve" and ctx.dct is not None and _PRESENT_COPULA.search(ctx.text, max(0, m.start() - 20), m.start()):
        # "Today is the eve of the Pope's visit": the publication date
        v = ctx.dct.isoformat()
        return _Out(v, "dct", f"'{m.group(0)} of {_short(clause)}': said to be today (present tense), so the publication date -> {v}",
                    anchor=Anchor(amount, unit, anchor_signal, cs, ce))
    if signal == "eve":
        signal = "of"  # shown as said: "the eve of <occasion>"; the Anchor keeps "eve"
    last = ctx.last
    if last is not None and last.unit == unit and last.end >= 0 and _COMMA_APPOSITION.fullmatch(ctx.text, last.end, m.start()):
        # "on Oct. 12, the day before the plunge": an apposition names the date just told
        return _Out(last.value, f"timex:{last.start}", f"'{m.group(0)} {signal}' restates '{last.text}' just before it "
                    f"(the {unit} {'after' if amount > 0 else 'before'} the event '{_short(clause)}') -> {last.value}",
                    anchor=Anchor(amount, unit, anchor_signal, cs, ce), earliest=last.day, latest=last.last_day or last.day,
                    precision=unit)
    return _Out(value, "event", f"'{m.group(0)} {signal}': the {unit} {'after' if amount > 0 else 'before'} the event "
                f"'{_short(clause)}', whose date the event gives -> {value}",
                anchor=Anchor(amount, unit, anchor_signal, cs, ce))


_RESOLVERS: dict[str, Callable[..., _Out]] = {
    "duration": _r_duration, "weekday": _r_weekday, "month": _r_month, "month_day": _r_month,
    "shift": _r_shift, "anchored_shift": _r_anchored_shift, "anchored_offset": _r_anchored_offset,
    "quarter": _r_quarter, "season": _r_season, "holiday": _r_holiday, "time": _r_time,
    "time_weekday": _r_time, "part_of_day": _r_part_of_day, "decade": _r_decade, "century": _r_century,
    "year2": _r_year2, "same_as_ref": _r_same_as_ref, "event_day": _r_event_day, "vague_by_tense": _r_vague_by_tense,
    "anchored_unit_event": _r_anchored_unit_event, "focus_day": _r_focus_day,
    "from_day": _r_from_day, "vague_offset": _r_vague_offset,
}


def _mod_of(rule: Rule, values: dict[str, Any]) -> str | None:
    if rule.mod is None:
        return None
    if rule.mod.startswith("{"):
        v = _fmt(rule.mod, values)
        return None if v in ("X", "", "None") else v
    return rule.mod


def _range(typ: str, value: str, mod: str | None, dct: date | None, parts: cal.Parts | None = None) -> tuple[str, date | None, date | None]:
    if typ == "DURATION":
        return cal.duration_precision(value), None, None
    if typ == "SET":
        return cal.duration_precision(value) if value.startswith("P") else "unknown", None, None
    if value == "PRESENT_REF":
        return "day", dct, dct
    if value == "PAST_REF":
        return "unknown", None, dct
    if value == "FUTURE_REF":
        return "unknown", dct, None
    return cal.value_range(value, mod, parts)


def tag(engine: Engine, text: str, dct: date | None, *, narrative: bool = False, limit: date | None = None,
        tokens: Any = None) -> tuple[Timex, ...]:
    """The expressions of ``text`` resolved against ``dct``; ``limit``: the publication date when ``dct`` is
    only the reference (the date line of a dated section), the day nothing past can lie after; ``tokens``: the
    text's token table when the caller made one (``Engine.trigger_spans``)."""
    ctx = _Context(engine, text, dct, narrative, limit)
    out: list[Timex] = []
    for cr, m in engine.detect(text, tokens):
        rule = cr.rule
        if rule.type == NO_TIMEX:  # a title, a generic or discourse use: claimed so that nothing is tagged there
            continue
        try:
            res = _resolve(ctx, rule, m)
        except (ValueError, TypeError, KeyError, OverflowError, IndexError) as err:
            if _STRICT:
                raise
            res = _Out("XXXX", "unresolved", f"'{m.group(0)}': could not be resolved ({type(err).__name__})")
        if res is None:  # the resolver found the context is not that of an expression ("24 and 25 people")
            continue
        values = None
        mod = res.mod
        if mod is None and rule.mod is not None:
            values = {name: engine.group_value(rule, name, m.group(name)) for name in rule.groups}
            mod = _mod_of(rule, values)
        typ = res.type or rule.type
        prec, lo, hi = _range(typ, res.value, mod, dct, engine.period_parts)
        derivation = res.derivation
        start, end = m.start(), m.end()
        if res.earliest is not None:  # an offset resolved against a date ("two days later")
            lo, hi = res.earliest, res.latest
            prec = res.precision or prec
        elif (dct is not None and lo is not None and hi is not None and lo < dct <= hi and typ in ("DATE", "TIME")
              and tense_at(text, start, end, engine.tense) == "future"):
            # "late this year" in a future-tense clause: what is still to come starts at the publication date
            lo = dct
            derivation += f"; future tense, so from the publication date ({dct.isoformat()}) on"
        if res.value == "PAST_REF" and res.anchored_to == "dct":
            hi = dct
        tx = Timex(start, end, text[start:end], typ, res.value, prec, lo, hi, rule.id, derivation,
                   mod=mod, anchor=res.anchor, anchored_to=res.anchored_to, tid=f"t{len(out) + 1}")
        out.append(tx)
        # comparisons ("a year earlier", "the year-ago quarter") do not become the reference: the
        # next one compares with the same period again; chained offsets ("the following day") do
        comparison = bool((rule.resolve or {}).get("keep")) or res.comparison
        if lo is not None and prec != "unknown" and not res.value.endswith("_REF") and not comparison:
            unit = "day" if prec in ("minute", "hour", "part_of_day") else prec
            shown = res.value
            if typ == "DURATION":  # an offset resolved to a date: name the date, not the duration
                shown = lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"
            ref_now = _Ref(shown, lo, unit, start, tx.text, hi, end)
            # "the second quarter ended Oct. 31": the day only closes the quarter just told, which stays the
            # period in focus ("that quarter", "the year-ago quarter" after it)
            closes_quarter = (unit == "day" and ctx.last is not None and ctx.last.unit == "quarter"
                              and _PERIOD_ENDED.search(text, max(0, start - 40), start) is not None)
            if not closes_quarter:
                ctx.last = ref_now
            if unit == "day" and lo == hi:
                ctx.last_day = ref_now
            if not closes_quarter and (ctx.limit is None or (hi is not None and hi <= ctx.limit)):
                ctx.last_past = ctx.last
                # the quarter reported: the latest completed one mentioned (not "a flat second quarter" after it)
                # a quarter the company numbers ("the fiscal second quarter") is the one reported whatever its
                # calendar place: its number is not the calendar's, so no date order compares it with the others
                if unit == "quarter" and (ctx.last_quarter is None or lo >= ctx.last_quarter.day or res.reported):
                    ctx.last_quarter = ctx.last
    return tuple(_clock_on_following_day(_link_offsets_to_dated_events(_link_offsets_to_timexes(out, text), text), text))


#: tests set this to make resolver bugs fail loudly instead of giving an unresolved value
_STRICT = False

_LEADING_ARTICLE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


#: what may stand between an offset's anchoring event and the day told for it: "the clash on June 15", "Russia's
#: attack on Kyiv on Oct. 10" (no clause break, no other date)
_ANCHOR_DAY_GAP = re.compile(r"[^,;:.()\n]{0,80}\s(?:on|of)\s+\Z", re.IGNORECASE)


#: what may stand between a clock time and the day it is on: "3:30 p.m. ET on the 21st", "at noon, on Oct. 21, 2025"
_CLOCK_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)


def _clock_on_following_day(timexes: list[Timex], text: str) -> list[Timex]:
    """"The vote is at 3:30 p.m. ET on the 21st": a clock time the rules put on the day in focus (or the publication
    date) is on the day told right after it ("on the 21st", "on October 21, 2025"); its own rule joins only a weekday
    or a month and day written next to it."""
    from dataclasses import replace

    out = list(timexes)
    for k in range(len(out) - 1):
        t, day = out[k], out[k + 1]
        if t.type != "TIME" or "T" not in t.value or t.value[:10].count("-") != 2 or t.anchor is not None \
                or day.type != "DATE" or day.precision != "day" or day.anchor is not None or day.earliest is None \
                or day.earliest != day.latest or day.earliest == t.earliest \
                or not _CLOCK_DAY_GAP.fullmatch(text, t.end, day.start):
            continue
        d = day.earliest
        out[k] = replace(t, value=d.isoformat() + t.value[10:], earliest=d, latest=d, anchored_to=f"timex:{day.start}",
                         derivation=f"'{t.text}' on the day told right after it, '{day.text}' ({day.value}) "
                                    f"-> {d.isoformat()}{t.value[10:]}")
    return out


def _link_offsets_to_dated_events(timexes: list[Timex], text: str) -> list[Timex]:
    """"Two days after the clash on June 15": an offset whose anchoring clause ends with the day of that event counts
    from that day (June 17), as "two days after June 15" would; the event itself is dated by the day in its clause."""
    from dataclasses import replace

    out = []
    for t in timexes:
        a = t.anchor
        if t.anchored_to == "event" and a is not None and a.clause_start is not None and a.clause_end is not None \
                and isinstance(a.amount, int) and a.unit in ("day", "week", "month", "year"):
            inside = [x for x in timexes if a.clause_start <= x.start and x.end <= a.clause_end]
            day = inside[0] if len(inside) == 1 else None
            if day is not None and day.type == "DATE" and day.anchor is None and day.precision == "day" \
                    and day.earliest is not None and day.start > a.clause_start \
                    and _ANCHOR_DAY_GAP.fullmatch(text, a.clause_start, day.start) \
                    and not text[day.end:a.clause_end].strip(" ,"):
                try:
                    d = cal.shift(day.earliest, a.unit, a.amount)
                except (ValueError, OverflowError):
                    d = None
                if d is not None:
                    clause = text[a.clause_start:a.clause_end]
                    t = replace(t, anchored_to=f"timex:{day.start}", earliest=d, latest=d, precision="day",
                                derivation=f"'{t.text} {a.signal} {_short(clause)}': the event is told on {day.value}, "
                                           f"{abs(a.amount)} {a.unit}(s) {'after' if a.amount > 0 else 'before'} it -> {d.isoformat()}")
        out.append(t)
    return out


def _link_offsets_to_timexes(timexes: list[Timex], text: str) -> list[Timex]:
    """"two days after Christmas": an offset whose clause starts with a date resolves against it."""
    from dataclasses import replace

    by_start = {t.start: t for t in timexes}
    out = []
    for t in timexes:
        a = t.anchor
        if a is not None and a.clause_start is not None:
            m = _LEADING_ARTICLE.match(text, a.clause_start)
            target = by_start.get(m.end()) or by_start.get(a.clause_start)
            if target is not None and target.earliest is not None and target.precision in ("day", "part_of_day", "minute"):
                try:
                    d = cal.shift(target.earliest, a.unit, a.amount)
                except (ValueError, OverflowError):
                    d = None
                if d is not None and a.unit in ("hour", "minute") and t.type != "DATE":
                    # "two hours after midnight": from the clock time told (Saturday 24:00 -> Sunday)
                    clock = _named_midnight(target, a.amount)
                    lo, hi = _shift_clock(clock, target.earliest, a.unit, a.amount)
                    shown = lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"
                    named = "" if clock == target.value else f" (a midnight that names its day: from {clock}, the early hours of it)"
                    t = replace(t, anchored_to=f"timex:{target.start}", earliest=lo, latest=hi, precision="day" if lo == hi else "unknown",
                                derivation=f"'{t.text} {a.signal} {target.text}': {abs(a.amount)} {a.unit}(s) "
                                           f"{'after' if a.amount > 0 else 'before'} {target.value}{named} -> {shown}")
                    d = None
                if d is not None and t.type == "DATE":
                    # "the day after March 3": that date shifted, in the anchor's unit
                    value = cal.format_at(d, a.unit)
                    _p, lo, hi = cal.value_range(value)
                    t = replace(t, value=value, anchored_to=f"timex:{target.start}", earliest=lo, latest=hi, precision=a.unit,
                                derivation=f"'{t.text} {a.signal} {target.text}': the {a.unit} {a.signal} {target.value} -> {value}")
                elif d is not None:
                    t = replace(t, anchored_to=f"timex:{target.start}", earliest=d, latest=d, precision="day",
                                derivation=f"'{t.text} {a.signal} {target.text}': {abs(a.amount)} {a.unit}(s) {'after' if a.amount > 0 else 'before'} {target.value} -> {d.isoformat()}")
        out.append(t)
    return out
