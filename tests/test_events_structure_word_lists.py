"""Word classes the event extractor tests words against live in cues.yaml (``grammar``), not inline in conditions."""

import ast
import re
from pathlib import Path

import pytest

import timeline.events
from timeline.events.lexicon import GRAMMAR_KEYS, load_lexicon
from timeline.model import EVENT_STATUSES, PRECISIONS

EVENTS_DIR = Path(timeline.events.__file__).parent
STAGE_MODULES = sorted(p.name for p in EVENTS_DIR.glob("*.py") if p.name not in ("lexicon.py", "morphology.py"))
# codes of the data model, not English words: actor kinds, how a mention names its actor, tenses, constraint kinds,
# what a date rests on, what a timex is anchored to, units, media
CODES = frozenset(EVENT_STATUSES) | frozenset(PRECISIONS) | {
    "state", "igo", "person", "group", "organization", "territory",
    "name", "alias", "adjective", "demonym", "metonym", "capital", "city", "place", "seat", "title", "description",
    "surname", "past", "present", "perfect", "ing", "base", "offset", "same_day", "expression", "tense", "constraint",
    "analyst", "explicit", "dct", "phone", "writing", "hour", "minute", "day", "week", "month", "part_of_day",
}
WORD = re.compile(r"[a-z][a-z'’]*")


def _inline_word_lists(path: Path) -> list[tuple[int, tuple[str, ...]]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        for op, comp in zip(node.ops, node.comparators):
            if isinstance(op, (ast.In, ast.NotIn)) and isinstance(comp, (ast.Tuple, ast.Set, ast.List)) \
                    and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in comp.elts):
                words = tuple(e.value for e in comp.elts)
                if len(words) >= 3 and all(WORD.fullmatch(w) for w in words) and not set(words) <= CODES:
                    found.append((comp.lineno, words))
    return found


@pytest.mark.parametrize("name", STAGE_MODULES)
def test_events_module_keeps_word_classes_in_cues_yaml(name):
    found = _inline_word_lists(EVENTS_DIR / name)
    assert not found, f"timeline/events/{name}: inline word lists {found}: name them in cues.yaml grammar"


def test_events_grammar_lists_are_all_loaded_and_hold_words():
    grammar = load_lexicon().grammar
    for key in GRAMMAR_KEYS:
        words = getattr(grammar, key)
        case = str.upper if key.endswith("_types") else str.lower  # event types are upper case
        assert words and all(w and w == case(w.strip()) for w in words), key


@pytest.mark.parametrize("key, word, expected", [
    ("pluperfect_aux", "had", True),
    ("pluperfect_aux", "has", False),
    ("future_modals", "would", True),
    ("negations", "never", True),
    ("reciprocal_phrases", "each other", True),
    ("indefinite_articles", "the", False),
])
def test_events_grammar_word_classes_hold_their_words(key, word, expected):
    assert (word in getattr(load_lexicon().grammar, key)) is expected
