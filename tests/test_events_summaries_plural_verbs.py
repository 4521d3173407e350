"""A summary verb for a plural subject ("Dock workers go on strike", "The allies veto ...")."""

from __future__ import annotations

import pytest

from timeline.events.common import _plural_verb


@pytest.mark.parametrize(
    ("verb", "plural"),
    [
        ("accepts", "accept"), ("reaches", "reach"), ("carries", "carry"), ("has", "have"), ("is", "are"),
        ("goes", "go"), ("vetoes", "veto"), ("pushes", "push"), ("discusses", "discuss"), ("fixes", "fix"),
        ("agrees", "agree"), ("sues", "sue"), ("pass", "pass"),
    ],
)
def test_common_plural_verb(verb: str, plural: str) -> None:
    assert _plural_verb(verb) == plural
