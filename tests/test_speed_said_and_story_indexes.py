"""Speed-only shortcuts in the story-day and said-words passes give what the plain scans they replace give.

- ``story_day._cues_by_first``: the background and apart cues by their first word, so a sentence's words are looked up
  instead of every cue being tried at every word.
- ``_said_demand``: the first act told in the said words is found once, not again at every word.
"""

from __future__ import annotations

from event_helpers import types_of

from timeline.events.story_day import _cues_by_first, load_story_day, parse_story_day


def test_cue_index_holds_every_cue_under_its_first_word_in_order():
    rules = load_story_day()
    index = _cues_by_first(rules)
    cues = [p for p in rules.background + rules.apart if p]
    assert sorted(p for ps in index.values() for p in ps) == sorted(cues)
    for first, ps in index.items():
        assert all(p[0] == first for p in ps)
        assert ps == [p for p in cues if p[0] == first]
    assert _cues_by_first(rules) is index


def test_cue_index_follows_the_rules_it_is_given():
    raw = {"story_day": {"lead_days": 3, "move_days": 2, "background": ["in the past", "in recent years", "since"],
                         "apart": ["separately"]}}
    index = _cues_by_first(parse_story_day(raw))
    assert index == {"in": [("in", "the", "past"), ("in", "recent", "years")], "since": [("since",)],
                     "separately": [("separately",)]}


def test_said_obligation_on_a_named_party_is_a_demand():
    assert "DEMAND" in types_of("Kenya said on Tuesday that Ethiopia must withdraw its troops from the border region.")


def test_said_obligation_after_an_act_told_before_is_no_demand():
    types = types_of("Kenya said on Tuesday that Ethiopia had shelled the border town and must withdraw its troops.")
    assert "DEMAND" not in types and "ASSAULT" in types
