""""the <whole title>" stands for the one person the document named before with that title, and for no one when
nobody or more than one person named before holds it."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer


def _resolved(text: str, phrase: str, dct: date):
    return [m.actor.name for m in find_actor_mentions(text, load_gazetteer(), dct=dct) if m.text.lower() == phrase]


@pytest.mark.parametrize("text, phrase, name, dct", [
    ("A spokesman for Secretary-General António Guterres said on Monday that the secretary-general urged both "
     "governments to show restraint.", "the secretary-general", "António Guterres", date(2024, 5, 6)),
    ("NATO Secretary General Mark Rutte arrived in Kyiv on Tuesday. The secretary general pledged more air "
     "defence.", "the secretary general", "Mark Rutte", date(2025, 4, 15)),
])
def test_actors_whole_title_stands_for_the_person_named_with_it(text, phrase, name, dct):
    assert _resolved(text, phrase, dct) == [name]


def test_actors_whole_title_with_no_holder_named_is_no_person():
    text = "The talks ended on Monday. The secretary-general urged both sides to return."
    assert _resolved(text, "the secretary-general", date(2024, 5, 6)) == []
