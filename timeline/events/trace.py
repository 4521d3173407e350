"""A switchable trace of the extractor's candidates, for diagnosing missed events (counts only).

Off by default (``TRACE is None``): the extractor then runs untouched, at no cost. ``start()`` switches it on;
each document extracted afterwards leaves in ``TRACE[doc.id]`` a ``DocTrace``:

- ``cands``: every trigger candidate the extractor made, as ``(start, end, fate)``, where ``fate`` is
  ``("killed", function, pass)`` (the function that set ``alive = False`` and the stage of ``analyse`` it ran
  under), ``("screened", "_screen_fresh_triggers", ...)`` (left out of the screened list) or
  ``("kept", cluster index, "")`` (it survived the analysis into a cluster);
- ``rejected``: spans where a lexicon form matched but ``_make_candidate`` made no candidate, with the test that
  refused it and the line of its ``return``;
- ``title_only``: the cluster indexes dropped as a headline that only corroborates;
- ``events``: the spans of the events the extraction returned.

The benchmark (``bench/bench_events.py --breakdown``) reads it to say why a gold event was missed, by the name of
the function or stage only (no text)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from timeline.events.common import _Cand

TRACE: dict | None = None
_MAKE_TESTS = ("_make_candidate", "_passes_filters", "_choose_entry", "_substance_let_out")
_CLUSTER_TESTS = ("_earlier_year_named", "_attribution_only", "_points_back")  # (``_cluster``: yes leaves one out)


def start() -> dict:
    """Switch the trace on (a fresh record) and return the record."""
    global TRACE
    TRACE = {}
    return TRACE


def stop() -> None:
    global TRACE
    TRACE = None


@dataclass
class DocTrace:
    cands: list = field(default_factory=list)  # (start, end, (fate, name, pass))
    rejected: list = field(default_factory=list)  # (start, end, "test:Lline" that refused it)
    title_only: set = field(default_factory=set)
    skipped: list = field(default_factory=list)  # (start, end, why): a form's first word where no form was tried
    events: list = field(default_factory=list)  # [(start, end), ...] per event
    previous: dict = field(default_factory=dict)  # (start, end) -> where ``_date_from_previous_sentence`` left it
    traits: dict = field(default_factory=dict)  # (start, end) -> content-free traits of a candidate left out or refused


def _stage_of(frame) -> tuple[str, str]:
    """(the function that runs at ``frame``, the stage of ``analyse``/``run`` it runs under)."""
    inner = frame.f_code.co_name
    stage = inner
    f = frame
    while f is not None:
        up = f.f_back
        if up is not None and up.f_code.co_name in ("analyse", "run"):
            stage = f.f_code.co_name
            break
        f = up
    return inner, stage


def _word_before(ctx, c: _Cand) -> str:
    """What kind of word comes before the candidate's subject position (adverbs and auxiliaries skipped): a group
    subject, a capitalised word, another word, punctuation or the sentence start (a kind, never the word); for a
    passive, what its subject is and whether "by" follows; finer kinds in brackets (``_capitalised_kind``,
    ``_punctuation_kind``, ``_noun_kind``)."""
    tok, w = ctx.tokens, ctx.w
    k = (c.subject_tok if c.subject_tok is not None else c.t0) - 1
    while k >= 0 and tok.sent[k] == c.sent and (tok.low[k] in w.adverbs or tok.low[k] in w.past_aux
                                                or tok.low[k] in w.perfect_aux or tok.low[k] in w.future_modals):
        k -= 1
    if k < 0 or tok.sent[k] != c.sent:
        return "; sentence start"
    passive = c.entry.pos == "verb" and c.tense == "past" and c.t0 > 0 and tok.low[c.t0 - 1] in w.passive_aux
    if passive:
        by = any(tok.low[j] == "by" for j in range(c.t1, min(c.t1 + 8, len(tok.low))) if tok.sent[j] == c.sent)
        return _passive_kind(ctx, c, k) + ("; 'by' after it" if by else "; no 'by' after it")
    nar = ctx.lex.narrative
    if (nar is not None and tok.low[k] in nar.group_subjects) or tok.low[k] in ctx.lex.group_nouns:
        return "; after a group word"
    if not tok.low[k][:1].isalnum():
        return "; after punctuation" + _punctuation_kind(ctx, k, c.sent)
    if tok.low[k] in ctx.lex.pronouns:
        return "; after a personal pronoun"
    if tok.low[k] in w.possessive_pronouns:
        return "; after a possessive pronoun"
    for kind, words in (("a passive auxiliary", w.passive_aux), ("to", ("to",)), ("a determiner", ctx.lex.determiners),
                        ("a preposition", w.prepositions), ("a light verb", ctx.lex.light_verbs)):
        if tok.low[k] in words:
            return f"; after {kind}"
    if ctx.text[tok.starts[k]].isupper():
        return "; after a capitalised word" + _capitalised_kind(ctx, k, c.sent)
    if k > 0 and tok.sent[k - 1] == c.sent and (tok.low[k - 1] in ctx.lex.determiners
                                                 or tok.low[k - 1] in w.possessive_pronouns):
        return "; after a noun after a determiner" + _noun_kind(ctx, k)
    return "; after another word" + _noun_kind(ctx, k)


def _passive_kind(ctx, c: _Cand, k: int) -> str:
    """A passive act's subject, by kind only: a named actor, a personal pronoun, or a thing."""
    tok = ctx.tokens
    for j in range(k, max(-1, k - 6), -1):
        if tok.sent[j] != c.sent or tok.low[j] in (",", ";", ":"):
            break
        if j in ctx.mention_cover:
            return "; a passive of an actor"
        if tok.low[j] in ctx.lex.pronouns:
            return "; a passive of a pronoun"
    ends = {d.t1 - 1: d for ds in getattr(ctx, "_cands_by_tok", {}).values() for d in ds if d.entry.pos == "noun"}
    if k in ends:
        return "; a passive of an act's noun" + ("; the noun has a party" if ends[k].actors else "; the noun has none")
    return "; a passive of a thing" + ("; a modal before it" if any(
        tok.low[j] in ctx.lex.modals for j in range(max(0, c.t0 - 4), c.t0) if tok.sent[j] == c.sent) else "")


def _punctuation_kind(ctx, k: int, si: int) -> str:
    """What the punctuation at ``k`` before an act closes, by kind only: an aside set off by commas after a named
    actor ("Pashinyan, whose request ..., "), an aside after another word, a possessive's apostrophe, or other."""
    tok = ctx.tokens
    if tok.low[k] in ("'", "’"):
        return " (a possessive's apostrophe)"
    if tok.low[k] != ",":
        return " (other)"
    j = k - 1
    while j >= 0 and tok.sent[j] == si and tok.low[j] != ",":
        j -= 1
    if j < 0 or tok.sent[j] != si:
        return " (a comma; no aside)"
    return " (an aside after an actor)" if j - 1 in ctx.mention_cover else " (an aside after another word)"


def _noun_kind(ctx, k: int) -> str:
    """What the lower-case word at ``k`` before an act is, by kind only: a state's head noun or a bare title
    ("government", "minister"), a plural noun (ending in -s), a relative pronoun, or another word."""
    w, word = ctx.w, ctx.tokens.low[k]
    if word in w.state_heads or word in w.bare_titles:
        return " (a state head or title)"
    if word in w.relative_pronouns:
        return " (a relative pronoun)"
    if word.endswith("s") and not word.endswith("ss"):
        return " (a plural noun)"
    return ""


def _capitalised_kind(ctx, k: int, si: int) -> str:
    """What the capitalised word at ``k`` before an act is, by kind only: inside an actor's mention; a name after a
    preposition (a place); a word of a person's name mentioned earlier in the document; one of several capitalised
    words in a row (a name the gazetteer lacks); the sentence's first word; a word told earlier inside a longer
    capitalised name; or alone."""
    tok = ctx.tokens
    word = tok.low[k]
    if k in ctx.mention_cover:
        return " (inside an actor's name)"
    j = k - 1
    while j >= 0 and tok.sent[j] == si and ctx.text[tok.starts[j]].isupper():
        j -= 1
    if j >= 0 and tok.sent[j] == si and tok.low[j] in ctx.w.prepositions:
        return " (after a preposition)"
    for m in ctx.mentions:
        if m.start >= tok.starts[k]:
            break
        if m.actor.kind == "person" and word in m.text.lower().replace("'s", " ").split():
            return " (a word of a person named earlier)"
    if k > 0 and tok.sent[k - 1] == si and ctx.text[tok.starts[k - 1]].isupper():
        return " (after another capitalised word)"
    if k == 0 or tok.sent[k - 1] != si:
        return " (opens its sentence)"
    name = tok.low[k]
    for j in range(k - 1, 0, -1):
        if tok.low[j] == name and (ctx.text[tok.starts[j - 1]].isupper() or ctx.text[tok.starts[j + 1]].isupper()):
            return " (earlier inside a longer capitalised name)"
    return " (alone; unknown)"


def _weak_why(c: _Cand, named_sents: set[int] | None = None, before: str | None = None) -> str:
    """Why a candidate is no strong mention (``_Cand.strong``): quoted; no one named (no actor, group, anchor or
    own predicate); or a weak word with no date."""
    if c.quoted:
        return "weak: quoted"
    if not (c.source is not None or c.target is not None or c.others or c.group or c.anchors or c.predicated):
        named = "" if named_sents is None else ("; an actor in its sentence" if c.sent in named_sents
                                                else "; no actor in its sentence")
        pos = f"verb {c.tense}" if c.entry.pos == "verb" else c.entry.pos
        return f"weak: no actor ({pos}{named}{before or ''})"
    return "weak: a weak word undated"


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-6" if n <= 6 else "over 6"


def _token_kind(ctx, k: int, si: int) -> str:
    """The kind of the token at ``k`` (of sentence ``si``), never the word: the sentence's end, a named actor, a
    pronoun, a determiner, "that", a preposition, a capitalised word, punctuation or another word."""
    tok, w = ctx.tokens, ctx.w
    if k >= len(tok.low) or tok.sent[k] != si:
        return "the sentence ends"
    word = tok.low[k]
    if k in ctx.mention_cover:
        return "a named actor"
    if word == "that":
        return "that"
    if word in ctx.lex.pronouns:
        return "a pronoun"
    if word in ctx.lex.determiners or word in w.possessive_pronouns:
        return "a determiner"
    if word in w.prepositions:
        return "a preposition"
    if not word[:1].isalnum():
        return "punctuation"
    if ctx.text[tok.starts[k]].isupper():
        return "a capitalised word"
    return "another word"


def _nearest_actor(ctx, t0: int, t1: int, si: int) -> str:
    """Where the nearest actor mention lies from a candidate with no actor, by place and distance only."""
    tok = ctx.tokens
    before = [k for k in range(t0 - 1, -1, -1) if tok.sent[k] != si or k in ctx.mention_cover][:1]
    after = [k for k in range(t1, len(tok.low)) if tok.sent[k] != si or k in ctx.mention_cover][:1]
    if before and tok.sent[before[0]] == si:
        k = before[0]
        comma = any(tok.low[j] in (",", ";", ":") for j in range(k + 1, t0))
        return f"before it in its sentence, {_bucket(t0 - k - 1)} words between" + ("; a comma between" if comma else "")
    if after and tok.sent[after[0]] == si:
        return f"after it in its sentence, {_bucket(after[0] - t1)} words between"
    if before and tok.sent[before[0]] == si - 1:
        return "none in its sentence; one in the sentence before"
    return "none in its sentence or the one before"


def _cand_traits(ctx, c: _Cand, dated_sents: set[int], parties: dict | None = None) -> dict[str, str]:
    """Content-free traits of a candidate left out of the clusters or killed (``--breakdown``): what kind of word it
    is, whether its sentence or the two before it are dated, what comes before and after it, who it names."""
    tok, w = ctx.tokens, ctx.w
    si = c.sent
    saying = c.entry.pos == "verb" and c.entry.type in ("STATEMENT", "ANNOUNCE")
    k = c.t0 - 1
    while k >= 0 and tok.sent[k] == si and tok.low[k] in w.adverbs:
        k -= 1
    prev = tok.low[k] if k >= 0 and tok.sent[k] == si else ""
    src = c.source
    out = {
        "word": ("a saying verb" if saying else f"verb {c.tense}") if c.entry.pos == "verb" else "noun",
        "a date in its sentence": "yes" if si in dated_sents else "no",
        "a date in the two sentences before": "yes" if {si - 1, si - 2} & dated_sents else "no",
        "another candidate of its sentence has a date": "yes" if any(
            d is not c and d.timex is not None for d in ctx.__dict__.get("_trace_by_sent", {}).get(si, ())) else "no",
        "a perfect auxiliary before it": "yes" if prev in w.perfect_aux_all else "no",
        "after 'and'": "yes" if prev == "and" else "no",
        "what follows it": _token_kind(ctx, c.t1, si),
        "who": ("a person" if src.actor.kind == "person" else "a state or body") if src is not None else
        "a group word" if c.group else "only a target" if c.target is not None else "no one",
        "status": c.status,
        "quoted": "yes" if c.quoted else "no",
    }
    if src is not None and parties is not None:
        out["who is a party to an extracted event"] = parties.get(src.actor.name, "no")
    if not (c.source is not None or c.target is not None or c.others or c.group or c.anchors or c.predicated):
        out["nearest actor"] = _nearest_actor(ctx, c.t0, c.t1, si)
    return out


def _refusal_traits(ctx, t0: int, t1: int, options, why: str) -> dict[str, str]:
    """Content-free traits of a form refused by ``_make_candidate`` (``--breakdown``): the word before it, what
    follows it, what its entries demand (an actor after it, a predicative object), and for an infinitive what
    governs it."""
    tok = ctx.tokens
    si = tok.sent[t0]
    prev = t0 - 1 if t0 > 0 and tok.sent[t0 - 1] == si else None
    word = tok.low[t0]
    out = {
        "entries": "+".join(sorted({e.pos for e, _ in options})),
        "form": "-ing" if word.endswith("ing") else "-ed" if word.endswith("ed") else "-s" if word.endswith("s") else "other",
        "the word before": "the sentence starts" if prev is None else _token_kind(ctx, prev, si),
        "what follows it": _token_kind(ctx, t1, si),
        "demands": "+".join(sorted({d for e, _ in options for d, yes in (
            ("an actor after it", e.next_actor), ("a predicative object", e.predicative),
            ("excluded next words", bool(e.not_next))) if yes})) or "nothing",
    }
    if prev is not None and tok.low[prev] == "to":
        g = prev - 1
        while g >= 0 and tok.sent[g] == si and any(t.start <= tok.starts[g] < t.end for t in ctx.timexes):
            g -= 1  # ("agreed on Thursday to reopen": the word before the date)
        gw = tok.low[g] if g >= 0 and tok.sent[g] == si else ""
        out["what governs the infinitive"] = (
            "'and' (a second infinitive)" if gw == "and" else
            "a date between" if g < prev - 1 else
            "a named actor (an object)" if g in ctx.mention_cover else
            "a pronoun (an object)" if gw in ctx.lex.pronouns else
            "a verb in -ed" if gw.endswith("ed") else
            "a noun in -s" if gw.endswith("s") else "another word")
        out["another infinitive before it in its sentence"] = "yes" if any(
            tok.low[j] == "to" for j in range(tok.clause_start(prev) if prev else 0, prev - 1)
            if tok.sent[j] == si) else "no"
    return out


def _previous_hook(ctx, record: DocTrace):
    """Wrap ``ctx._date_from_previous_sentence`` so that each candidate it looks at leaves the line of the test it
    stopped at (``"L<line>"``), ``"dated"`` when it took the day told before, or ``"set aside"`` for a reported
    pluperfect left to ``_date_backshifts`` (a line of the code, never text)."""
    method = ctx._date_from_previous_sentence
    code = method.__func__.__code__
    import inspect

    lines, first = inspect.getsourcelines(code)
    heads = {first + i for i, line in enumerate(lines) if line.strip().startswith(("for c in ", "narrated = None"))}
    # (the loop's head runs with the candidate before still bound, and so does the line after the loop: not where
    # that one stopped)

    def hook(cands, by_sent):
        last: dict[int, tuple[_Cand, int]] = {}
        before = {id(c): (c.timex, getattr(c, "timex_cost", None)) for c in cands}

        def local(frame, event, arg):
            if event == "line":
                c = frame.f_locals.get("c")
                if frame.f_lineno not in heads and isinstance(c, _Cand) and frame.f_locals.get("narrated") is not None:
                    last[id(c)] = (c, frame.f_lineno)
            return local

        def tracer(frame, event, arg):
            return local if frame.f_code is code else None

        old = sys.gettrace()
        sys.settrace(tracer)
        try:
            method(cands, by_sent)
        finally:
            sys.settrace(old)
        aside = ctx.__dict__.get("_backshifts", {})
        for key, (c, line) in last.items():
            moved = (c.timex, getattr(c, "timex_cost", None)) != before.get(key)
            record.previous[(c.start, c.end)] = "dated" if moved else "set aside" if key in aside else f"L{line}"
    return hook


def traced_run(ctx):
    """``ctx.run()`` with the trace recording into ``TRACE[ctx.doc.id]``."""
    record = DocTrace()
    killed: dict[int, tuple[_Cand, tuple]] = {}
    seen: dict[int, _Cand] = {}
    tok = ctx.tokens

    def setattr_hook(self, name, value, _set=object.__setattr__):
        if name == "alive" and not value and getattr(self, "alive", True) and id(self) not in killed:
            frame = sys._getframe(1)
            inner, stage = _stage_of(frame)
            if inner in ("analyse", "_cluster"):  # (a test written inline: its line)
                inner = stage = f"{inner}:L{frame.f_lineno}"
            killed[id(self)] = (self, ("killed", inner, stage))
        _set(self, name, value)

    find, screen, make = ctx._find_triggers, ctx._screen_fresh_triggers, ctx._make_candidate
    cluster = ctx._cluster

    def find_hook():
        out = find()
        for c in out:
            seen[id(c)] = c
        return out

    def screen_hook(cands):
        out = screen(cands)
        kept = {id(c) for c in out}
        for c in cands:
            if id(c) not in kept and id(c) not in killed:
                killed[id(c)] = (c, ("screened", "_screen_fresh_triggers", "_screen_fresh_triggers"))
        for c in out:
            seen.setdefault(id(c), c)
        return out

    def make_hook(t0, t1, options):
        returns: dict[str, tuple[int, object]] = {}

        def profile(frame, event, arg):
            if event == "return" and frame.f_code.co_name in _MAKE_TESTS:
                returns[frame.f_code.co_name] = (frame.f_lineno, arg)

        old = sys.getprofile()
        sys.setprofile(profile)
        try:
            c = make(t0, t1, options)
        finally:
            sys.setprofile(old)
        if c is None and options:
            why = "_make_candidate"
            for name, failed in (("_passes_filters", False), ("_choose_entry", None), ("_substance_let_out", True)):
                if name in returns and returns[name][1] is failed:
                    why = name
                    break
            line = returns.get(why, returns.get("_make_candidate", (0, None)))[0]
            record.rejected.append((tok.starts[t0], tok.ends[max(t0, t1 - 1)], f"{why}:L{line}"))
            record.traits[(tok.starts[t0], tok.ends[max(t0, t1 - 1)])] = _refusal_traits(ctx, t0, t1, options, why)
        return c

    def cluster_hook(cands):
        clusters = cluster(cands)
        for k, cl in enumerate(clusters):
            for c in cl.cands:
                seen.setdefault(id(c), c)
            if ctx._title_only(cl):
                record.title_only.add(k)
        record.clusters = clusters
        return clusters

    dropped_by: dict[int, str] = {}  # (the tests ``_cluster`` leaves candidates out by: the first that said yes)

    def predicate_hook(name):
        test = getattr(ctx, name)

        def hook(c, *args, **kwargs):
            yes = test(c, *args, **kwargs)
            if yes:
                dropped_by.setdefault(id(c), name)
            return yes
        return hook

    for name in _CLUSTER_TESTS:
        setattr(ctx, name, predicate_hook(name))
    ctx._find_triggers, ctx._screen_fresh_triggers, ctx._make_candidate = find_hook, screen_hook, make_hook
    ctx._cluster = cluster_hook
    ctx._date_from_previous_sentence = _previous_hook(ctx, record)
    ctx._trace_skips = skips = []
    had = _Cand.__dict__.get("__setattr__")
    _Cand.__setattr__ = setattr_hook
    try:
        extraction = ctx.run()
    finally:
        if had is None:
            del _Cand.__setattr__
        else:
            _Cand.__setattr__ = had
    named_sents = {tok.sent[tok.covering(m.start)] for m in ctx.mentions}
    dated_sents = {tok.sent[tok.covering(t.start)] for t in ctx.timexes if t.earliest is not None}
    by_sent: dict[int, list] = {}
    for c in seen.values():
        by_sent.setdefault(c.sent, []).append(c)
    ctx._trace_by_sent = by_sent
    parties: dict[str, str] = {}  # (actor name -> "as a source" / "only as a target or other party": no text kept)
    for e in extraction.events:
        for name in e.actors:
            parties.setdefault(name, "only as a target or other party")
    for e in extraction.events:
        if e.source_actor:
            parties[e.source_actor] = "as a source"
    where = {}
    for k, cl in enumerate(getattr(record, "clusters", ())):
        for c in cl.cands:
            where[id(c)] = k
    for key, c in seen.items():
        if key in killed:
            continue
        if key in where:
            fate = ("kept", str(where[key]), "")
        elif key in dropped_by:
            fate = ("left out", dropped_by[key], "_cluster")
        else:
            fate = ("left out", _weak_why(c, named_sents, _word_before(ctx, c)) if not c.strong else "a mention of an act without its event", "_cluster")
        record.cands.append((c.start, c.end, fate))
        if fate[0] != "kept":
            record.traits[(c.start, c.end)] = _cand_traits(ctx, c, dated_sents, parties)
    for c, fate in killed.values():
        if id(c) not in where:  # (a candidate revived into a cluster counts as kept)
            record.cands.append((c.start, c.end, fate))
            record.traits[(c.start, c.end)] = _cand_traits(ctx, c, dated_sents, parties)
        else:
            record.cands.append((c.start, c.end, ("kept", str(where[id(c)]), "")))
    record.cands.sort(key=lambda r: (r[0], r[1]))
    record.skipped = [(tok.starts[a], tok.ends[b - 1], why) for a, b, why in skips]
    if hasattr(record, "clusters"):
        del record.clusters
    record.events = [[(e.start, e.end), *((m.start, m.end) for m in e.mentions)] for e in extraction.events]
    TRACE[ctx.doc.id] = record
    return extraction
