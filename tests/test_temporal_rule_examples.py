"""Every example of every temporal rule (timeline/resources/temporal/rules.yaml) holds."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import engine, tag_text
from timeline.temporal.resources import load_rules

RULES = load_rules()
CASES = [
    pytest.param(rule, ex, id=f"{rule.id}:{i}")
    for rule in RULES.rules
    for i, ex in enumerate(rule.examples)
]


@pytest.fixture(autouse=True, scope="module")
def _strict_resolution():
    """A resolver error must fail the example, not turn into an unresolved value."""
    engine._STRICT = True
    yield
    engine._STRICT = False


def test_temporal_every_rule_has_examples():
    assert all(rule.examples for rule in RULES.rules)


@pytest.mark.parametrize("rule,example", CASES)
def test_temporal_rule_example(rule, example):
    dct = date.fromisoformat(example.dct) if example.dct and example.dct != "None" else None
    found = tag_text(example.text, dct, narrative=example.narrative)
    if example.none:
        assert found == (), f"expected nothing in {example.text!r}, found {[t.text for t in found]}"
        return
    by_text = {t.text: t for t in found}
    assert example.extent in by_text, f"{example.extent!r} not found in {example.text!r}: {[t.text for t in found]}"
    tx = by_text[example.extent]
    assert tx.rule == rule.id, f"{example.extent!r} was found by {tx.rule}, not {rule.id}"
    assert tx.value == example.value, tx.derivation
    assert tx.type == (example.type or rule.type)
    if example.mod is not None:
        assert tx.mod == example.mod
