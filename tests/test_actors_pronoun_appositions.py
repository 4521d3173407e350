"""A name in apposition after a possessive description becomes a person of that description's state:
"Brazil recalled its ambassador, Pedro Alvarenga," and "his Chinese counterpart, Wen Lihua,"."""

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _people(text, gazetteer):
    return {text[m.start:m.end]: m.actor for m in find_actor_mentions(text, gazetteer, dct=date(2023, 6, 1))}


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        ("Brazil recalled its ambassador, Pedro Alvarenga, on Monday.", "Pedro Alvarenga", "Ambassador", "BRA"),
        ("Kenya said its top envoy, Wanjiru Mbeki Otieno, would attend.", "Wanjiru Mbeki Otieno", "envoy", "KEN"),
        ("Erdogan and his spokesman, Kemal Aydinoglu, left early.", "Kemal Aydinoglu", "spokesman", "TUR"),
        ("Antony Blinken met his Chinese counterpart, Wen Lihua, in Bali.", "Wen Lihua", "counterpart", "CHN"),
    ],
)
def test_resolve_possessive_apposition_introduces_person(gazetteer, text, name, role, country):
    people = _people(text, gazetteer)
    assert name in people
    actor = people[name]
    assert (actor.kind, actor.role, actor.country) == ("person", role, country)


def test_resolve_counterpart_apposition_known_name_keeps_gazetteer_actor(gazetteer):
    people = _people("Blinken spoke with his Russian counterpart, Sergey Lavrov, on Friday.", gazetteer)
    assert people["Sergey Lavrov"].id == people["his Russian counterpart"].id == "sergey-lavrov"


def test_resolve_possessive_without_apposition_introduces_no_one(gazetteer):
    people = _people("Brazil recalled its ambassador on Monday, officials said.", gazetteer)
    assert all(a.kind != "person" for a in people.values())


def test_resolve_possessive_antecedent_reads_past_abbreviations(gazetteer):
    # "U.S." does not end the sentence: the antecedent of "its" is the United States
    people = _people("The U.S. recalled its ambassador, Daniel Whitcombe, on Monday.", gazetteer)
    assert people["Daniel Whitcombe"].country == "USA"


def test_resolve_surname_that_is_a_common_word_after_a_title(gazetteer):
    text = "Chinese Vice Premier He Lifeng met the envoy. He said the talks were frank."
    mentions = [(text[m.start:m.end], m.actor.id) for m in find_actor_mentions(text, gazetteer, dct=date(2023, 7, 8))]
    assert ("Chinese Vice Premier He Lifeng", "he-lifeng") in mentions
    assert all(span != "He" for span, _ in mentions)  # the pronoun stays a pronoun


@pytest.mark.parametrize(
    "text, people",
    [
        ("Special envoys of the two countries, Serdar Kilic and Ruben Rubinyan, met in Vienna.",
         {"Serdar Kilic": ("Special Envoy", None), "Ruben Rubinyan": ("Special Envoy", None)}),
        ("The foreign ministers of Chile and Peru, Alberto van Klaveren and Javier Gonzalez-Olaechea, met in Lima.",
         {"Alberto van Klaveren": ("Foreign Minister", "CHL"), "Javier Gonzalez-Olaechea": ("Foreign Minister", "PER")}),
    ],
)
def test_resolve_plural_title_apposition_introduces_each_name(gazetteer, text, people):
    found = _people(text, gazetteer)
    for name, (role, country) in people.items():
        assert (found[name].role, found[name].country) == (role, country)


def test_resolve_plural_apposition_needs_a_title(gazetteer):
    assert all(a.kind != "person" for a in _people("Officials, John Smith and Mary Jones, spoke.", gazetteer).values())
