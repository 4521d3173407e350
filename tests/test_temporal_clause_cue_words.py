"""The grammar words that decide whether a bare month takes the year of the story ("In 2022 ... In
September"), whether a demonstrative points back ("that August"), and whether a date only measures back
from now ("since 2022", "two years ago") are data (lexicons.yaml, clause_cues), not words in the code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.temporal import tag_text
from timeline.temporal.engine import Engine, default_engine, tag

TUE = date(2025, 10, 21)
STORY = "In 2022, Russia invaded Ukraine. In September, it annexed four regions."


def _values(text: str, tagger=None) -> dict[str, str]:
    found = tagger(text, TUE) if tagger else tag_text(text, TUE)
    return {t.text: t.value for t in found}


def _engine_with(**lists: tuple[str, ...]):
    rules = default_engine().rules
    engine = Engine(replace(rules, clause_cues={**rules.clause_cues, **lists}))
    return lambda text, dct: tag(engine, text, dct)


def test_clause_cue_words_packaged_lists_hold_the_grammar_words():
    cues = default_engine().rules.clause_cues
    assert "in" in cues["point_in"] and "that" in cues["points_back"]
    assert "since" in cues["since_words"] and "ago" in cues["ago_words"]


def test_clause_cue_words_a_bare_month_told_in_the_story_takes_its_year():
    assert _values(STORY)["September"] == "2022-09"
    assert _values("A first accord was struck in June 2019, but it froze that August.")["August"] == "2019-08"


def test_clause_cue_words_the_point_preposition_comes_from_the_list():
    """Without "in" among the point prepositions, "In September" is no longer a point of the story of 2022: it is
    read by tense against the publication date; a preposition put in the list instead does the work."""
    without_in = _engine_with(point_in=("during",))
    assert _values(STORY, without_in)["September"] == "2025-09"
    told_during = "During 2022, Russia invaded Ukraine. During September, it annexed four regions."
    assert _values(told_during, without_in)["September"] == "2022-09"


def test_clause_cue_words_the_demonstrative_comes_from_the_list():
    text = "A first accord was struck in June 2019, but it froze that August."
    assert _values(text, _engine_with(points_back=("this",)))["August"] != "2019-08"
