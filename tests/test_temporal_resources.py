"""Loading a bad rule file fails with `file:line: what is wrong`."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from timeline.errors import ResourceError
from timeline.temporal.resources import load_rules

NAMES = ("lexicons.yaml", "pieces.yaml", "rules.yaml")


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    src = resources.files("timeline.resources").joinpath("temporal")
    for name in NAMES:
        (tmp_path / name).write_text(src.joinpath(name).read_text("utf-8"), "utf-8")
    return tmp_path


def _append(path: Path, text: str) -> int:
    """Append ``text`` and return the line number of its first line."""
    old = path.read_text("utf-8")
    if not old.endswith("\n"):
        old += "\n"
    path.write_text(old + text, "utf-8")
    return old.count("\n") + 1


def test_temporal_resources_packaged_files_load(rules_dir):
    ruleset = load_rules(rules_dir)
    assert len(ruleset.rules) > 40
    assert len({r.id for r in ruleset.rules}) == len(ruleset.rules)


@pytest.mark.parametrize(
    "name,text,offset,message",
    [
        ("rules.yaml", "- id: date_broken\n  pattern: '{NO_SUCH_PIECE}'\n  type: DATE\n  value: X\n  examples: [{text: a, extent: a, value: X}]\n",
         2, "unknown piece '{NO_SUCH_PIECE}'"),
        ("rules.yaml", "- id: date_broken\n  pattern: 'x('\n  type: DATE\n  value: X\n  examples: [{text: x, extent: x, value: X}]\n",
         2, "rule date_broken: bad pattern"),
        ("rules.yaml", "- id: date_broken\n  pattern: 'xyz'\n  type: MOMENT\n  value: X\n  examples: [{text: xyz, extent: xyz, value: X}]\n",
         3, "type must be one of DATE, TIME, DURATION, SET"),
        ("rules.yaml", "- id: date_broken\n  pattern: 'xyz'\n  type: DATE\n  value: X\n",
         1, "rule date_broken: missing 'examples'"),
        ("rules.yaml", "- id: date_weekday\n  pattern: 'xyz'\n  type: DATE\n  value: X\n  examples: [{text: xyz, extent: xyz, value: X}]\n",
         1, "rule id 'date_weekday' is used twice"),
        ("rules.yaml", "- id: date_broken\n  pattern: 'xyz'\n  type: DATE\n  resolve: {fn: guess}\n  examples: [{text: xyz, extent: xyz, value: X}]\n",
         4, "unknown resolver 'guess'"),
        ("rules.yaml", "- id: date_broken\n  pattern: 'xyz'\n  type: DATE\n  value: X\n  examples: [{text: abc, extent: xyz, value: X}]\n",
         5, "extent 'xyz' is not in the example text"),
        ("rules.yaml", "- id: date_broken\n  pattern: 'xyz'\n  type: DATE\n  value: '{year}'\n  examples: [{text: xyz, extent: xyz, value: X}]\n",
         1, "template refers to '{year}'"),
        ("rules.yaml", "- id: none_broken\n  pattern: 'xyz'\n  type: NONE\n  value: X\n  examples: [{text: xyz, none: true}]\n",
         1, "rule none_broken: a rule of type NONE tags nothing: remove value"),
        ("rules.yaml", "- id: none_broken\n  pattern: 'xyz'\n  type: NONE\n  examples:\n    - {text: xyz, extent: xyz, value: X}\n",
         5, "rule none_broken: a rule of type NONE tags nothing: every example needs 'none: true'"),
        ("pieces.yaml", "BROKEN: {lexicon: no_such_lexicon}\n", 1, "unknown lexicon 'no_such_lexicon'"),
        ("pieces.yaml", "lower_case: 'x'\n", 1, "piece name 'lower_case' must be UPPER_SNAKE_CASE"),
        ("lexicons.yaml", "broken:\n  case: upper\n  entries: {x: 1}\n", 2, "case must be 'title' or 'any'"),
        ("lexicons.yaml", "broken:\n  entries: [x]\n", 2, "entries must be a non-empty mapping"),
        ("lexicons.yaml", "broken: {entries: {x: 1}\n", 1, "not valid YAML"),
    ],
)
def test_temporal_resources_bad_file_names_file_and_line(rules_dir, name, text, offset, message):
    first = _append(rules_dir / name, text)
    with pytest.raises(ResourceError) as err:
        load_rules(rules_dir)
    what = err.value.what
    assert what.startswith(f"{rules_dir / name}:")
    line = int(what.split(":")[1])
    if message != "not valid YAML":
        assert line == first + offset - 1, what
    else:
        assert line >= first, what
    assert message in what
    assert err.value.fix


def test_temporal_resources_missing_file(rules_dir):
    (rules_dir / "pieces.yaml").unlink()
    with pytest.raises(ResourceError, match=r"pieces\.yaml:1: file missing"):
        load_rules(rules_dir)
