"""The event lexicon: data files load, validate with file:line errors, and every example fires."""

from __future__ import annotations

import json

import pytest
import yaml

from timeline.errors import ResourceError
from timeline.events.lexicon import (
    EVENT_TYPES, TOKEN_RE, _LineLoader, compile_triggers, load_lexicon, parse_cues, parse_dating, parse_triggers,
)
from timeline.events.morphology import noun_forms, verb_forms

LEX = load_lexicon()


def _load(text: str):
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass


@pytest.mark.parametrize(
    ("lemma", "form", "tense"),
    [
        ("cancel", "canceled", "past"),
        ("cancel", "cancelled", "past"),
        ("cancel", "cancelling", "ing"),
        ("urge", "urged", "past"),
        ("urge", "urging", "ing"),
        ("deny", "denied", "past"),
        ("deny", "denies", "present"),
        ("impose sanctions", "imposed sanctions", "past"),
        ("call on", "calls on", "present"),
        ("visit", "visited", "past"),
        ("agree", "agreed", "past"),
    ],
)
def test_morphology_verb_forms(lemma, form, tense):
    assert verb_forms(lemma)[form] == tense


@pytest.mark.parametrize(
    ("lemma", "plural"),
    [("summit", "summits"), ("phone call", "phone calls"), ("talks", None), ("clash", "clashes"), ("inquiry", "inquiries")],
)
def test_morphology_noun_forms(lemma, plural):
    forms = noun_forms(lemma)
    assert lemma in forms
    if plural:
        assert plural in forms
    else:
        assert len(forms) == 1


def _fires(entry, sentence: str) -> bool:
    """Does some form of ``entry`` occur in the sentence as a run of whole words?"""
    words = [w.lower() for w in TOKEN_RE.findall(sentence)]
    for form, options in LEX.forms.items():
        if not any(e is entry for e, _ in options):
            continue
        fw = tuple(TOKEN_RE.findall(form))
        if any(tuple(words[i:i + len(fw)]) == fw for i in range(len(words))):
            return True
    return False


@pytest.mark.parametrize("entry", LEX.entries, ids=lambda e: f"{e.lemma}-{e.pos}-{e.line}")
def test_lexicon_every_example_contains_its_trigger(entry):
    assert entry.type in EVENT_TYPES
    assert _fires(entry, entry.example), f"triggers.yaml:{entry.line}: '{entry.lemma}' not in its example"


@pytest.mark.parametrize("cue", LEX.status_cues, ids=lambda c: f"{c.status}-{c.where}")
def test_lexicon_every_status_cue_example_contains_a_cue(cue):
    words = [w.lower() for w in TOKEN_RE.findall(cue.example)]
    assert any(tuple(words[i:i + len(p)]) == p for p in cue.words for i in range(len(words)))


def test_lexicon_covers_every_type_the_brief_names():
    types = {e.type for e in LEX.entries}
    assert types == set(EVENT_TYPES)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {lemma: meet, pos: verb, type: MEET, summary: meets, example: x}\n", "triggers.yaml:1: unknown event type 'MEET'"),
        ("- {lemma: meet, pos: adj, type: CONSULT, summary: meets, example: x}\n", "triggers.yaml:1: pos must be verb or noun"),
        ("- {lemma: meet, pos: verb, type: CONSULT, summary: meets, example: x}\n- {lemma: talk, pos: noun, type: CONSULT, summary: x}\n",
         "triggers.yaml:2: missing or empty 'example'"),
        ("- {lemma: meet, pos: verb, type: CONSULT, summary: meets, example: x, colour: red}\n", "triggers.yaml:1: unknown field(s) colour"),
        ("- {lemma: meet, pos: verb, type: CONSULT, summary: meets, example: x, medium: fax}\n", "triggers.yaml:1: medium must be"),
        ("- {lemma: meet, pos: verb, type: CONSULT, summary: meets, example: x, past: [met]}\n", "triggers.yaml:1: every 'past' form"),
        ("- {lemma: go on strike, pos: verb, type: PROTEST, summary: strikes, example: x}\n"
         "- {lemma: talk, pos: noun, type: CONSULT, summary: talks, example: y}\n"
         "- {lemma: go on strike, pos: verb, type: PROTEST, summary: goes on strike, example: z}\n",
         "triggers.yaml:3: 'go on strike' repeats the entry at line 1"),
    ],
)
def test_lexicon_bad_trigger_file_names_file_and_line(text, message):
    with pytest.raises(ResourceError) as err:
        parse_triggers(_load(text))
    assert message in err.value.what
    assert err.value.fix


def test_lexicon_bad_cue_file_names_line():
    text = "status:\n  - {status: maybe, where: before, window: 3, words: [if], example: if}\n"
    with pytest.raises(ResourceError) as err:
        parse_cues(_load(text))
    assert err.value.what.startswith("cues.yaml:2:")


def test_lexicon_bad_tense_window_names_line():
    text = ("tense:\n  past: {lo: 0, hi: -5, confidence: 0.3}\n  perfect: {lo: 0, hi: 0, confidence: 0.3}\n"
            "  present: {lo: 0, hi: 0, confidence: 0.3}\n  ongoing: {lo: 0, hi: 0, confidence: 0.3}\n"
            "  planned: {lo: 0, hi: 0, confidence: 0.3}\nunits: {day: {lo: 1, hi: 1}}\n")
    with pytest.raises(ResourceError) as err:
        parse_dating(_load(text))
    assert err.value.what.startswith("dating.yaml:2:")


def test_lexicon_multiword_forms_are_matched_longest_first():
    _entries, forms = compile_triggers(_load(
        "- {lemma: call, pos: noun, type: CONSULT, summary: calls, example: a call}\n"
        "- {lemma: phone call, pos: noun, type: CONSULT, summary: calls, example: a phone call}\n"))
    assert set(forms) >= {"call", "calls", "phone call", "phone calls"}
    index = LEX.form_index["phone"]
    assert index[0] == max(index, key=len)


@pytest.mark.parametrize(
    ("section", "line"),
    [
        ("narrative:\n  weekdays: [monday, tuesday]\n  week_joiners: [of]\n  back_references: [that]\n"
         "  reactions: [condemn]\n  reaction_types: [DISAPPROVE]\n  max_chain: 2\n  same_time: [while]\n"
         "  group_subjects: [they]\n", 2),
        ("narrative:\n  weekdays: [mo, tu, we, th, fr, sa, su]\n  week_joiners: [of]\n  back_references: [that]\n"
         "  reactions: [condemn]\n  reaction_types: [GRUMBLE]\n  max_chain: 2\n  same_time: [while]\n"
         "  group_subjects: [they]\n", 2),
        ("narrative:\n  weekdays: [mo, tu, we, th, fr, sa, su]\n  week_joiners: [of]\n  back_references: [that]\n"
         "  reactions: [condemn]\n  reaction_types: [DISAPPROVE]\n  max_chain: 2\n  framed_answer_days: -1\n", 2),
    ],
)
def test_lexicon_bad_narrative_section_names_line(section, line):
    from timeline.events.lexicon import parse_narrative

    with pytest.raises(ResourceError) as err:
        parse_narrative(_load(section))
    assert err.value.what.startswith(f"dating.yaml:{line}:")


def test_lexicon_narrative_section_is_loaded():
    nar = LEX.narrative
    assert nar is not None and nar.weekdays[0] == "monday" and len(nar.weekdays) == 7
    assert "condemn" in nar.reactions and "while" in nar.same_time and "they" in nar.group_subjects
    assert nar.framed_answer_days > 0


def _grammar_text(**override: str) -> str:
    """The shipped grammar section with some lists replaced (by their YAML text)."""
    from timeline.events.lexicon import GRAMMAR_KEYS

    shipped = LEX.grammar
    lines = ["grammar:"]
    for key in GRAMMAR_KEYS:
        value = override.pop(key, None)
        if value is None:
            value = "[" + ", ".join(json.dumps(w) for w in sorted(getattr(shipped, key))) + "]"  # YAML reads JSON strings
        lines.append(f"  {key}: {value}")
    lines.extend(f"  {key}: {value}" for key, value in override.items())
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"adverbs": "[]"}, "grammar list 'adverbs' must hold non-empty words"),
        ({"prepositions": "with"}, "'prepositions' must be a list of strings"),
        ({"symmetric_types": "[CONSULT, HUG]"}, "unknown event type(s) in symmetric_types: HUG"),
        ({"adverbz": "[soon]"}, "unknown grammar list(s) adverbz"),
    ],
)
def test_lexicon_bad_grammar_list_names_file_and_line(override, message):
    from timeline.events.lexicon import parse_grammar

    with pytest.raises(ResourceError) as err:
        parse_grammar(_load(_grammar_text(**override)))
    assert err.value.what.startswith("cues.yaml:")
    assert message in err.value.what
    assert err.value.fix


def test_lexicon_grammar_lists_are_loaded_from_data():
    g = LEX.grammar
    assert g is not None
    assert {"with", "between"} <= g.prepositions and "had" in g.past_aux and "CONSULT" in g.symmetric_types
    assert isinstance(g.adjective_endings, tuple) and "al" in g.adjective_endings


def test_lexicon_missing_grammar_list_is_named():
    from timeline.events.lexicon import parse_grammar

    text = _grammar_text().replace("  state_heads:", "  # state_heads:")
    with pytest.raises(ResourceError) as err:
        parse_grammar(_load(text))
    assert err.value.what == "cues.yaml:2: grammar needs the list 'state_heads'"


@pytest.mark.parametrize("key", ["group_nouns", "participle_types"])
def test_lexicon_bad_optional_word_list_names_file_and_line(key):
    text = "status:\n  - {status: planned, where: before, window: 3, words: [will], example: will}\n" \
           f"{key}: 12\n"
    with pytest.raises(ResourceError) as err:
        parse_cues(_load(text))
    assert err.value.what.startswith("cues.yaml:")


def test_grammar_keys_are_the_grammar_fields_once_each():
    """Every grammar list is named once in GRAMMAR_KEYS and has its field on Grammar (merges of two new lists must
    not leave a key twice or a field without its key)."""
    from dataclasses import fields

    from timeline.events.lexicon import GRAMMAR_KEYS, Grammar

    assert len(GRAMMAR_KEYS) == len(set(GRAMMAR_KEYS))
    assert set(GRAMMAR_KEYS) <= {f.name for f in fields(Grammar)}
