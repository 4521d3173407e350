"""Names the gazetteer lacks (resources/actors/bodies.yaml): a capitalized name ending in an organization head is an
organization (its country from a state adjective right before it); a person introduced by a relation ("the
dissident's wife, <Name Name>,") is a person, and the description names the same person. An organ named with its
owner's possessive acts for the owner; a lone head or a title-case headline makes no organization."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer
from timeline.actors.bodies import parse_body_words
from timeline.errors import ResourceError

DAY = date(2025, 3, 7)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _found(text, gazetteer):
    return {m.text: m.actor for m in find_actor_mentions(text, gazetteer, dct=DAY)}


@pytest.mark.parametrize("text, name, country", [
    ("The Stimson Center published its assessment on Monday.", "Stimson Center", None),
    ("Officials from the Open Society Foundation met the mayor.", "Open Society Foundation", None),
    ("The Georgian Young Lawyers Association filed a complaint.", "Georgian Young Lawyers Association", "GEO"),
    ("The Committee to Protect Journalists called the arrest an outrage.", "Committee to Protect Journalists", None),
    ("The Peace and Reconciliation Commission will report in May.", "Peace and Reconciliation Commission", None),
    ("A ruling by the International Centre for Settlement of Investment Disputes is due.",
     "International Centre for Settlement of Investment Disputes", None),
    ("Leaders of the opposition Democratic Front walked out.", "Democratic Front", None),
    # a place after "to" is where the body went, not part of its name
    ("Trump sent the National Guard to Los Angeles on Monday.", "National Guard", None),
])
def test_resolve_unknown_organization_named_by_its_head(gazetteer, text, name, country):
    actor = _found(text, gazetteer)[name]
    assert (actor.kind, actor.name, actor.country, actor.source) == ("organization", name, country, "document")


@pytest.mark.parametrize("text, absent", [
    ("The Council said on Monday it would meet again.", "Council"),  # a lone head names nothing
    ("Court Rules Against Government In Land Case\nThe ruling came on Monday.", "Court Rules"),  # a headline
    ("Kenya's Electoral Review Commission rejected the count.", "Electoral Review Commission"),  # an organ: Kenya
    ("The Soviet Union collapsed in 1991.", "Soviet Union"),  # a state of the past, no body
])
def test_resolve_unknown_organization_not_minted(gazetteer, text, absent):
    found = _found(text, gazetteer)
    assert not any(absent in t and a.kind == "organization" for t, a in found.items()), found


def test_resolve_owned_organ_acts_for_its_owner(gazetteer):
    found = _found("On Tuesday the African Union's Peace and Security Council suspended Mali.", gazetteer)
    assert found["African Union"].id == "AU"
    assert all(a.source != "document" for a in found.values())


@pytest.mark.parametrize("text, description, name, role", [
    ("The minister met the dissident's wife, Marina Petrova, in Geneva.", "dissident's wife", "Marina Petrova", "wife"),
    ("Lavrov spoke with his lawyer, Ivan Pavlov, on Monday.", "his lawyer", "Ivan Pavlov", "lawyer"),
    ("Officials met Kurmanov's widow, Aigul Kurmanova, on Friday.", "Kurmanov's widow", "Aigul Kurmanova", "widow"),
])
def test_resolve_person_introduced_by_relation(gazetteer, text, description, name, role):
    found = _found(text, gazetteer)
    person = found[name]
    assert (person.kind, person.name, person.role) == ("person", name, role)
    assert found[description] == person


def test_resolve_relation_after_name_and_later_surname(gazetteer):
    text = "Marina Petrova, the wife of the jailed dissident, appealed to the UN. Petrova said she would return."
    people = [(m.text, m.actor.name) for m in find_actor_mentions(text, gazetteer, dct=DAY) if m.actor.kind == "person"]
    assert people == [("Marina Petrova", "Marina Petrova"), ("Petrova", "Marina Petrova")]


@pytest.mark.parametrize("text, what", [
    ("heads: [council]\nconnectors: [of]\nrelations: [wife]\n", "capitalized"),
    ("heads: [Council]\nconnectors: of\nrelations: [wife]\n", "list of single words"),
    ("heads: [Council]\nconnectors: [of]\nrelations: [wife]\nextra: [x]\n", "unknown key"),
])
def test_resolve_bad_bodies_file_names_file_and_line(text, what):
    with pytest.raises(ResourceError) as err:
        parse_body_words(text, "bodies.yaml")
    assert err.value.what.startswith("bodies.yaml:") and what in err.value.what


def test_resolve_unnamed_officer_of_unknown_body_is_the_body(gazetteer):
    text = "The chairman of the Central Election Commission rejected the complaint."
    m = next(m for m in find_actor_mentions(text, gazetteer, dct=DAY) if m.actor.source == "document")
    assert (m.text, m.actor.name, m.actor.kind) == ("chairman of the Central Election Commission",
                                                    "Central Election Commission", "organization")


def test_resolve_office_in_apposition_describes_the_person(gazetteer):
    text = "Marta Ruiz, the director of the Andean Water Institute, said the dam was unsafe."
    found = _found(text, gazetteer)
    assert found["Andean Water Institute"].kind == "organization"
    assert not any(t.startswith("director") for t in found)


@pytest.mark.parametrize("text, name", [
    ("Tarek Omrani and Emmanuel Macron met for two hours in Paris on Monday.", "Tarek Omrani"),
    ("Macron and Lena Kovac signed the accord on Monday.", "Lena Kovac"),
    ("Emmanuel Macron and Paulo Veitata shook hands at the airport.", "Paulo Veitata"),
])
def test_resolve_unknown_name_joined_to_a_known_person(gazetteer, text, name):
    actor = _found(text, gazetteer)[name]
    assert (actor.kind, actor.name, actor.source) == ("person", name, "document")


def test_unknown_name_joined_to_a_known_person_is_named_again_by_surname(gazetteer):
    text = "Tarek Omrani and Emmanuel Macron met in Paris on Monday. Omrani said the talks had gone well."
    assert _found(text, gazetteer)["Omrani"].name == "Tarek Omrani"


@pytest.mark.parametrize("text, absent", [
    ("Macron and Human Rights Watch officials met on Monday.", "Human Rights Watch officials"),  # an organization
    ("Macron and New Zealand agreed on Monday.", "New Zealand"),  # a place the gazetteer knows
    ("Omrani and Macron met on Monday.", "Omrani"),  # one word is no full name
])
def test_joined_name_that_is_no_unknown_person(gazetteer, text, absent):
    actor = _found(text, gazetteer).get(absent)
    assert actor is None or actor.kind != "person" or actor.source != "document"
