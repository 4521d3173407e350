"""An official the text names only by title, never by name anywhere in it ("the Omani foreign minister", "Kenya's
president", "his Turkish counterpart") is the state or organization of the office, not the gazetteer's office-holder
(a guess an analyst cannot check against the text); the person when the text names them, before or after."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer
from event_helpers import events_of, the_event

GAZ = load_gazetteer()
DAY = date(2024, 5, 15)


def _actor_of(text: str, phrase: str) -> str:
    found = [m for m in find_actor_mentions(text, GAZ, dct=DAY) if m.text == phrase]
    assert len(found) == 1, [(m.text, m.actor.name) for m in find_actor_mentions(text, GAZ, dct=DAY)]
    return found[0].actor.name


@pytest.mark.parametrize("text, phrase, actor", [
    ("The Japanese prime minister flew to Canberra on Monday.", "The Japanese prime minister", "Japan"),
    ("Egypt's foreign minister called for a ceasefire.", "Egypt's foreign minister", "Egypt"),
    ("Scholz phoned his French counterpart on Tuesday.", "his French counterpart", "France"),
    ("NATO's secretary general warned of a long war.", "NATO's secretary general", "NATO"),
])
def test_actors_untitled_office_is_its_state(text, phrase, actor):
    assert _actor_of(text, phrase) == actor


@pytest.mark.parametrize("text, phrase, actor", [
    # named after the description: the person (the description points forward to them)
    ("The Indian prime minister arrived in Washington. Narendra Modi met business leaders.", "The Indian prime minister",
     "Narendra Modi"),
    # named before: a back-reference
    ("Narendra Modi arrived in Washington. The Indian prime minister met business leaders.", "The Indian prime minister",
     "Narendra Modi"),
    # named in apposition with no comma
    ("Wang Yi spoke by telephone with his Indian counterpart Subrahmanyam Jaishankar.", "his Indian counterpart",
     "Subrahmanyam Jaishankar"),
])
def test_actors_titled_official_named_in_the_text_is_the_person(text, phrase, actor):
    assert _actor_of(text, phrase) == actor


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The Omani foreign minister met Iranian officials in Tehran on Monday.", "met", "Oman", "Iran"),
    ("Erdogan spoke by phone with his Russian counterpart on Monday.", "spoke", "Recep Tayyip Erdoğan", "Russia"),
])
def test_events_untitled_official_acts_for_the_state(text, trigger, source, target):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)
