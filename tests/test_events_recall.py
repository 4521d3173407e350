"""Events that need their subject found beyond the next word: relative clauses, passives, actor nouns
before a verb, plural demonyms, named speakers. Short sentences in our own words; each case states the
event and the actor an analyst would record."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        # the actor before ", who ...," is the subject of the verb after the relative clause
        ("Macron, who met Scholz in Berlin on Monday, praised the German budget.", "SUPPORT", "Emmanuel Macron", None),
        # a coordinated subject before ", which ...," stays whole (signing is done together: one with the other)
        ("Russia and China, which had sought more, signed the compromise.", "AGREE", "Russia", "China"),
        # accepting is not: each accepts, neither is the other's target
        ("Russia and China, which had sought more, accepted the compromise.", "AGREE", "Russia", None),
        # a passive agent after the date: "was announced on Monday by Trump"
        ("The accord was announced on Monday by Trump.", "ANNOUNCE", "Donald Trump", None),
        # a participle followed by "by": "prisoners freed by Hamas"
        ("Three prisoners freed by Hamas reached Israel.", "CONCEDE", "Hamas", None),
        # an actor noun before the verb makes it a verb, not a noun ("the Israeli military accused")
        ("The Israeli military accused Hamas of breaking the truce.", "DISAPPROVE", "Israel", "Hamas"),
        # after "representatives of", the actor named acts
        ("Representatives of Armenia met Azerbaijani officials in Yevlakh.", "CONSULT", "Armenia", "Azerbaijan"),
    ],
)
def test_events_subject_beyond_the_next_word(text, type_, source, target):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    assert found[0].source_actor == source
    assert found[0].target_actor == target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named leader's words are a statement event, even without a date
        ("Scholz said the talks with Poland had been useful.", 1),
        ("Turkey responded cautiously to the proposal.", 1),
        # officials who only attribute make none
        ("Officials said the talks had been useful.", 0),
        # a saying that belongs to another event of the same speaker is not a second event
        ("Macron welcomed the accord but said more work was needed.", 0),
    ],
)
def test_events_named_speaker_makes_a_statement(text, expected):
    statements = [e for e in _events(text) if e.type == "STATEMENT"]
    assert len(statements) == expected, [(e.type, e.summary) for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        # "X's government" acts for the state
        ("President Ilham Aliyev's government demanded the disarmament of the separatists.", "DEMAND", "Azerbaijan",
         None),
        # a visit to a capital is a visit to its state
        ("Blinken arrived in Yerevan on Monday for talks.", "CONSULT", "Antony Blinken", "Armenia"),
        # "they" stands for the parties of the last joint event (a joint action: the first party, no target)
        ("Macron met Scholz in Berlin on Monday. They condemned the attack on the embassy.", "DISAPPROVE",
         "Emmanuel Macron", None),
    ],
)
def test_events_actor_from_context(text, type_, source, target):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    assert (found[0].source_actor, found[0].target_actor) == (source, target)


def test_events_they_names_every_party():
    text = "Macron met Scholz in Berlin on Monday. They condemned the attack on the embassy."
    condemned = next(e for e in _events(text) if e.type == "DISAPPROVE")
    assert set(condemned.actors) >= {"Emmanuel Macron", "Olaf Scholz"}


def test_events_light_verb_belongs_to_the_mention_and_gives_its_status():
    text = "Israel and Egypt are due to begin their annual joint naval exercises on Monday."
    exercises = [e for e in _events(text) if e.type == "MOBILIZE"]
    assert len(exercises) == 1
    assert exercises[0].trigger.startswith("begin")
    assert exercises[0].status == "planned"
    assert exercises[0].source_actor == "Israel"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a participle after a comma tells more of the event before it
        ("Azerbaijan began the assault on Tuesday, shelling positions across the enclave.", 1),
        ("Trump defended the deal on Tuesday, saying that Kim would keep his word.", 1),
    ],
)
def test_events_participle_after_a_comma_is_the_same_event(text, count):
    assert len(_events(text)) == count, [(e.type, e.summary) for e in _events(text)]
