"""The engine's word lists live in lexicons.yaml (tense_cues, clause_cues, detection_words): a broken
section fails with file:line, and the engine's tense comes from those lists, not from words in Python."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from timeline.errors import ResourceError
from timeline.temporal.engine import compile_tense_cues, tense_at
from timeline.temporal.resources import WORD_LIST_SECTIONS, load_rules

NAMES = ("lexicons.yaml", "pieces.yaml", "rules.yaml")


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    src = resources.files("timeline.resources").joinpath("temporal")
    for name in NAMES:
        (tmp_path / name).write_text(src.joinpath(name).read_text("utf-8"), "utf-8")
    return tmp_path


def _line_of(lines: list[str], prefix: str) -> int:
    return next(i for i, ln in enumerate(lines, 1) if ln.startswith(prefix))


@pytest.mark.parametrize(
    "prefix,replacement,at,message",
    [
        ("  reporting:", "  reporting: []\n", "reporting", "'reporting' must be a non-empty list of words"),
        ("  reporting:", "  reporting: said\n", "reporting", "'reporting' must be a non-empty list of words"),
        ("  reporting:", "  reporting: [said, 12]\n", "reporting", "entry 12 is not a word"),
        ("  reporting:", "  reporting: [said, 'say(s|ing)']\n", "reporting", "no regex syntax"),
        ("  reporting:", "  reporting: [said, Told]\n", "reporting", "must be lower-case words"),
        ("  reporting:", "  reporting: [said, told, said]\n", "reporting", "'said' is listed twice"),
        ("  reporting:", "  reportng: [said]\n", "reportng", "unknown list 'reportng'"),
        ("  reporting:", "", "tense_cues:", "list(s) missing: reporting"),
        ("  signal_after:", "  signal_after: []\n", "signal_after", "clause_cues: 'signal_after' must be a non-empty list"),
        ("  range_connector:", "  range_connector: [and, '-+']\n", "range_connector", "no regex syntax"),
        ("  range_connector:", "", "clause_cues:", "clause_cues: list(s) missing: range_connector"),
    ],
)
def test_temporal_tense_cues_broken_section_names_file_and_line(rules_dir, prefix, replacement, at, message):
    lex = rules_dir / "lexicons.yaml"
    lines = lex.read_text("utf-8").splitlines(keepends=True)
    number = _line_of(lines, prefix)
    lines[number - 1] = replacement
    lex.write_text("".join(lines), "utf-8")
    expected = _line_of(lines, at if at.endswith(":") else "  " + at)
    with pytest.raises(ResourceError) as err:
        load_rules(rules_dir)
    assert err.value.what.startswith(f"{lex}:{expected}: "), err.value.what
    assert message in err.value.what
    assert err.value.fix


@pytest.mark.parametrize("list_name,word", [("fronted", "on"), ("trigger_stopwords", "no")])
def test_temporal_tense_cues_unquoted_yaml_boolean_is_caught(rules_dir, list_name, word):
    """YAML 1.1 reads a bare `on` or `no` as a boolean: the loader must say so, not build a pattern from it."""
    lex = rules_dir / "lexicons.yaml"
    lines = lex.read_text("utf-8").splitlines(keepends=True)
    first = _line_of(lines, f"  {list_name}:")
    number = next(i for i in range(first, len(lines) + 1) if f'"{word}"' in lines[i - 1])
    lines[number - 1] = lines[number - 1].replace(f'"{word}"', word)
    lex.write_text("".join(lines), "utf-8")
    with pytest.raises(ResourceError) as err:
        load_rules(rules_dir)
    assert err.value.what.startswith(f"{lex}:{number}: ")
    assert "is not a word" in err.value.what
    assert "quote" in err.value.fix


@pytest.mark.parametrize(
    "section,message",
    [("", "section 'tense_cues' is missing"), ("tense_cues: [said]\n", "'tense_cues' must be a mapping of list names")],
)
def test_temporal_tense_cues_missing_or_malformed_section_fails(rules_dir, section, message):
    lex = rules_dir / "lexicons.yaml"
    text = lex.read_text("utf-8")
    head = text[: text.index("\ntense_cues:")] + "\n"
    lex.write_text(head + section, "utf-8")
    with pytest.raises(ResourceError) as err:
        load_rules(rules_dir)
    line = head.count("\n") + 1 if section else 1
    assert err.value.what.startswith(f"{lex}:{line}: "), err.value.what
    assert message in err.value.what


def test_temporal_tense_cues_packaged_lists_all_present():
    rules = load_rules()
    for section, names in WORD_LIST_SECTIONS.items():
        lists = getattr(rules, section)
        assert set(lists) == set(names), section
        assert all(lists[name] for name in names), section


@pytest.mark.parametrize(
    "text,extent,list_name,word,before,after",
    [
        # a verb the lists do not know tells nothing; listed as a future cue, it tells the future
        ("Diplomats foresee talks on Friday.", "Friday", "future", "foresee", None, "future"),
        # an irregular past the lists do not know; listed, it tells the past
        ("The envoy outshone his rival on Friday.", "Friday", "irregular_past", "outshone", None, "past"),
        # a reporting verb that is not listed does not tell the report's tense
        ("The ministry tweets on Friday.", "Friday", "reporting", "tweets", None, "past"),
    ],
)
def test_temporal_tense_cues_words_come_from_the_lists(text, extent, list_name, word, before, after):
    cues = dict(load_rules().tense_cues)
    start = text.index(extent)
    end = start + len(extent)
    assert tense_at(text, start, end, compile_tense_cues(cues)) == before
    cues[list_name] = cues[list_name] + (word,)
    assert tense_at(text, start, end, compile_tense_cues(cues)) == after
