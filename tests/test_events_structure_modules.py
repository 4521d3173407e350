"""The event extractor stays auditable: stage modules of readable size, one definition per method."""

from pathlib import Path

import pytest

import timeline.events
from timeline.events import extract

EVENTS_DIR = Path(timeline.events.__file__).parent
MAX_LINES = 1800
MODULES = sorted(p.name for p in EVENTS_DIR.glob("*.py"))


@pytest.mark.parametrize("name", MODULES)
def test_extract_module_stays_under_max_lines(name):
    lines = (EVENTS_DIR / name).read_text(encoding="utf-8").count("\n")
    assert lines < MAX_LINES, f"timeline/events/{name} has {lines} lines: split it by stage"


def _stage_classes():
    return [k for k in extract._Context.__mro__ if k is not object]


def test_extract_context_defines_each_method_once():
    owners: dict[str, list[str]] = {}
    for klass in _stage_classes():
        for name in vars(klass):
            if not (name.startswith("__") and name.endswith("__")):
                owners.setdefault(name, []).append(klass.__name__)
    twice = {name: where for name, where in owners.items() if len(where) > 1}
    assert not twice, f"defined in more than one stage (one silently overrides the other): {twice}"


@pytest.mark.parametrize("klass", [k for k in extract._Context.__mro__[1:] if k is not object],
                         ids=lambda k: k.__name__)
def test_extract_stage_mixin_lives_in_own_module_without_init(klass):
    assert "__init__" not in vars(klass), "only _Context sets up the shared state"
    assert klass.__module__ != extract.__name__
    assert klass.__module__.startswith("timeline.events.")


@pytest.mark.parametrize("name", ["extract_events", "extract_with_mentions", "parse_occasions", "load_occasions",
                                  "Occasions", "_Context", "_Cand", "_Tokens", "_TOKEN", "_expanded", "_joined",
                                  "_period_precision"])
def test_extract_keeps_public_and_test_names(name):
    assert hasattr(extract, name)
