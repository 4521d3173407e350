"""``strip_markdown`` runs each markup pattern only when the text has the characters the pattern needs; the text
that comes out is the one every pattern run in turn gives (the guards only skip work)."""

from __future__ import annotations

import random

import pytest

from timeline.ingest import clean
from timeline.ingest.clean import strip_markdown


def _every_pattern(text: str) -> str:
    """Every pattern in turn, unguarded (what ``strip_markdown`` must equal)."""
    text = clean._MD_COMMENT.sub("", text)
    text = clean._MD_IMAGE.sub("", text)
    text = clean._MD_LINK.sub(r"\1", text)
    text = clean._MD_HEADING.sub(r"\1", text)
    text = clean._MD_QUOTE.sub("", text)
    text = clean._MD_RULE.sub("", text)
    return clean._MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)


@pytest.mark.parametrize("text", [
    "The talks ended on Monday.\nThe two sides met again on Tuesday.",
    "# Leaders meet in Geneva\n\nThe summit **opened** on *Monday* with [a dinner](https://example.org).",
    "Intro\n\n---\n\nBody\n * * *\n___\n- - -x\n  ---  \n    ---\n\t-\t-\t-",
    "> A quote\n>> nested\nnot > a quote",
    "<!-- a note -->Text ![photo](a.jpg) and __bold__ and snake_case_word and 2*3*4.",
    "- one\n- two\n-- three\n",
    "",
])
def test_same_text_as_every_pattern_in_turn(text: str) -> None:
    assert strip_markdown(text) == _every_pattern(text)


def test_same_text_on_random_markup() -> None:
    rng = random.Random(7)
    alphabet = list("ab -*_#>\t\n![]()<!--x") + ["---", "**", "__", "](", "<!--", "-->"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert strip_markdown(text) == _every_pattern(text), text


def test_a_rule_line_goes_and_a_dashed_phrase_stays() -> None:
    assert strip_markdown("Before\n- - -\nAfter") == "Before\n\nAfter"
    assert strip_markdown("a well-known --- aside") == "a well-known --- aside"
