"""Whom a statement that describes an act told before is aimed at ("called the annexation a land grab"): the side
that did that act (an act of the noun's type), or, when it was done to the speaker, the one who did it; never the
speaker's own act, nor a meeting the speaker took part in. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of


def _called(text: str):
    return next(e for e in events_of(text) if e.type in ("STATEMENT", "DISAPPROVE") and e.trigger == "called")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia annexed Crimea on Tuesday. Vice President Joe Biden, on a visit to Warsaw, called the annexation a "
         "land grab.", "Russia"),
        ("Turkey shot down a Russian jet on Tuesday. Russian President Vladimir Putin called the attack a stab in the "
         "back.", "Türkiye"),
        ("Trump offered on Saturday to meet Kim at the border. Hours later, North Korea's first vice foreign minister, "
         "Choe Son Hui, called the offer a very interesting suggestion.", "Donald Trump"),
    ],
)
def test_events_statement_describing_an_act_is_aimed_at_its_doer(text, target):
    assert _called(text).target_actor == target


def test_events_statement_describing_talks_the_speaker_held_has_no_target():
    text = ("Japan and South Korea held talks in Seoul on Monday. South Korean President Yoon Suk Yeol called the talks "
            "a milestone.")
    assert _called(text).target_actor is None
