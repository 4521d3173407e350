"""Bodies named by a place or a description: "the foreign ministry in Warsaw" is Poland's; "NATO's secretary general"
with no holder known on the document's date speaks for NATO; a participle opening a sentence ("Visiting Kyiv on
Tuesday, ...") is no part of a name; a title joins its subjects with a comma ("Xi, Lula hold talks"); "their" in a
phrase fronted before "the two leaders" is those two. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer
from timeline.model import Event
from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)


def _events(text: str, dct: date = DCT) -> tuple[Event, ...]:
    return events_of(text, dct)


def _event(text: str, type_: str, trigger: str, dct: date = DCT) -> Event:
    return the_event(_events(text, dct), type_, trigger)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ("The foreign ministry in Warsaw summoned Belarus's charge d'affaires on Monday.", "DISAPPROVE", "summoned",
         "Poland", "Belarus"),
        ("The government in Kabul rejected the demand on Monday.", "REJECT", "rejected", "Afghanistan", None),
        # a body owned by an actor named before it is that actor's, wherever it is
        ("Russian forces in Ukraine shelled Kharkiv on Monday.", "ASSAULT", "shelled", "Russia", None),
        ("The Russian embassy in Warsaw condemned the decision on Monday.", "DISAPPROVE", "condemned", "Russia", None),
    ],
)
def test_events_body_in_a_capital_is_that_state(text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert event.source_actor == source
    if target is not None:
        assert event.target_actor == target


def test_actors_office_of_an_organization_with_no_known_holder_is_the_organization():
    mentions = find_actor_mentions("NATO's secretary general condemned the strikes.", load_gazetteer(), dct=date(1996, 3, 19))
    assert [(m.text, m.actor.name) for m in mentions] == [("NATO's secretary general", "NATO")]


def test_events_office_of_an_organization_acts_for_it():
    event = _event("NATO's secretary general condemned the strikes on Tuesday.", "DISAPPROVE", "condemned",
                   date(1996, 3, 19))
    assert event.source_actor == "NATO"


@pytest.mark.parametrize("opening", ["Visiting", "Touring"])
def test_actors_participle_opening_a_sentence_is_no_part_of_a_name(opening):
    text = f"{opening} Kyiv on Tuesday, the Dutch prime minister promised more air defence systems."
    mentions = find_actor_mentions(text, load_gazetteer(), dct=DCT)
    assert any(m.text == "Kyiv" and m.actor.name == "Ukraine" for m in mentions)


def test_events_fronted_visit_has_the_capital_state_as_target():
    event = _event("Visiting Kyiv on Tuesday, the Dutch prime minister promised more air defence systems.",
                   "CONSULT", "visiting")
    assert event.target_actor == "Ukraine"


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Xi, Lula hold talks in Beijing\n\nThe two leaders discussed trade on Friday.", "CONSULT",
         "Xi Jinping", "Luiz Inácio Lula da Silva"),
        ("Modi, Putin sign energy deal\n\nThe agreement was signed in New Delhi on Friday.", "AGREE",
         "Narendra Modi", "Vladimir Putin"),
    ],
)
def test_events_title_joins_its_subjects_with_a_comma(text, type_, source, target):
    found = [e for e in _events(text) if e.type == type_]
    assert [(e.source_actor, e.target_actor) for e in found] == [(source, target)]


def test_events_comma_in_a_sentence_still_needs_and_to_join_subjects():
    event = _event("Before leaving Beijing, Blinken said the talks had been candid.", "STATEMENT", "said")
    assert event.source_actor == "Antony Blinken"


def test_events_their_meeting_before_the_two_leaders_is_their_meeting():
    text = ("Trump met Zelenskiy at the White House on Friday. At a news conference after their meeting, the two "
            "leaders pledged to work toward a ceasefire in Ukraine.")
    consults = [e for e in _events(text) if e.type == "CONSULT"]
    assert [(e.source_actor, e.target_actor) for e in consults] == [("Donald Trump", "Volodymyr Zelensky")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A delegation led by Nigeria's former ruler Abdulsalami Abubakar arrived in Niamey.", "Abdulsalami Abubakar"),
        ("Qatar's ruler, Sheikh Tamim bin Hamad Al Thani, received the delegation.", "Tamim bin Hamad Al Thani"),
    ],
)
def test_actors_ruler_is_a_leaders_title(text, name):
    mentions = find_actor_mentions(text, load_gazetteer(), dct=date(2023, 8, 27))
    assert any(m.actor.name == name and m.actor.kind == "person" for m in mentions)
