"""Whom a statement is aimed at: words whose clause has the speaker's own side as subject tell the speaker's stance
toward the other side they name ("Trudeau said Canada expected Iran's full cooperation": Iran); words about another
are no stance toward it ("Macron said Russia would lose the war": no target). Short texts in our own words, through
the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


def _pair(text: str, trigger: str) -> tuple[str | None, str | None]:
    event = the_event(events_of(text), None, trigger, how="prefix")  # (a statement or a reproach: the target counts)
    return event.source_actor, event.target_actor


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Trudeau said on Friday that Canada expected Iran's full cooperation.", "said", "Justin Trudeau", "Iran"),
        ("Biden said on Thursday that he thought Putin was a killer.", "said", "Joe Biden", "Vladimir Putin"),
        ("Putin told reporters on Friday that Russia was ready for a settlement only if Ukraine withdrew its troops.",
         "told", "Vladimir Putin", "Ukraine"),
        ("Scholz said on Monday that Germany would not accept Hungary's veto.", "said", "Olaf Scholz", "Hungary"),
    ],
)
def test_events_statement_of_own_stance_targets_the_other_side(text, trigger, source, target):
    assert _pair(text, trigger) == (source, target)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # words about another side, not the speaker's stance toward it
        ("Macron said on Monday that Russia would lose the war.", "said"),
        # the speaker's own side only
        ("Erdogan said on Friday that Turkey would keep working for peace.", "said"),
        # a place is no side
        ("Lavrov said on Monday that Russia would keep its troops in Syria.", "said"),
        # the one told is the target, a person not named here: not a side the words name
        ("Putin told his guest on Monday that he had studied China's proposals.", "told"),
    ],
)
def test_events_statement_naming_no_other_side_in_a_stance_has_no_target(text, trigger):
    assert _pair(text, trigger)[1] is None
