"""Names: family-name-first names resolve by their family name after a full mention in the same
document; a short name for summaries; unknown people introduced by a description become actors."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer, short_name
from timeline.model import Actor


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _ids(text, gazetteer, dct):
    return [(m.text, m.actor.id) for m in find_actor_mentions(text, gazetteer, dct=dct)]


@pytest.mark.parametrize(
    ("text", "dct", "later", "person"),
    [
        ("Kim Jong Un met Moon Jae-in at the border village. Kim said the talks went well.", date(2018, 4, 27), "Kim", "kim-jong-un"),
        ("Kim Jong Un met Moon Jae-in at the border village. Moon said the talks went well.", date(2018, 4, 27), "Moon", "moon-jae-in"),
        ("Ajit Doval met Chinese Foreign Minister Wang Yi in Beijing. Wang said ties were improving.", date(2025, 8, 18), "Wang", "wang-yi"),
        ("Premier Li Qiang hosted the summit. Li said growth would pick up.", date(2024, 5, 27), "Li", "li-qiang"),
        # a family-name-first person the gazetteer does not know, introduced with a title
        ("South Korean Prime Minister Kim Min-seok spoke on Monday. Kim said talks would continue.", date(2025, 9, 8), "Kim", "kim-min-seok"),
        ("Chinese foreign ministry spokesman Zhao Lijian said on Monday. Zhao added nothing.", date(2021, 3, 1), "Zhao", "zhao-lijian"),
    ],
)
def test_actors_family_name_resolves_after_full_mention(gazetteer, text, dct, later, person):
    mentions = find_actor_mentions(text, gazetteer, dct=dct)
    last = [m for m in mentions if m.text == later]
    assert last and last[-1].actor.id == person and last[-1].via == "surname"


@pytest.mark.parametrize(
    "text",
    ["Kim said the talks went well.", "Moon said the weather was fine.", "Wang said prices rose."],
)
def test_actors_common_family_name_alone_is_no_actor(gazetteer, text):
    assert find_actor_mentions(text, gazetteer, dct=date(2018, 4, 27)) == ()


def test_actors_family_name_goes_to_the_most_recent_full_mention(gazetteer):
    text = "Kim Jong Un spoke first. Kim Yo Jong then issued a statement. Kim said Seoul had been warned."
    mentions = find_actor_mentions(text, gazetteer, dct=date(2023, 7, 1))
    assert [m.actor.id for m in mentions if m.text == "Kim"] == ["kim-yo-jong"]


def test_actors_family_name_stays_with_the_principal_when_another_is_named_in_passing(gazetteer):
    text = ("Kim Jong Un met the envoy. Kim praised the talks and Kim later left. On June 1, Kim Yong Chol, "
            "a senior aide, delivered a letter from Kim to the envoy.")
    mentions = find_actor_mentions(text, gazetteer, dct=date(2018, 6, 12))
    assert [m.actor.id for m in mentions if m.text == "Kim"] == ["kim-jong-un"] * 3


def test_actors_hyphenated_given_name_is_kept_whole(gazetteer):
    text = "President Moon Jae-in's office said. Moon Jae-in, the president, said."
    names = [m.text for m in find_actor_mentions(text, gazetteer, dct=date(2019, 1, 1))]
    assert "Moon Jae" not in names and "Moon Jae-in" in names


@pytest.mark.parametrize(
    ("actor_id", "short"),
    [
        ("wang-yi", "Wang"),
        ("kim-jong-un", "Kim"),
        ("moon-jae-in", "Moon"),
        ("xi-jinping", "Xi"),
        ("donald-trump", "Trump"),
        ("lawrence-wong", "Wong"),  # Western order: the last word
        ("king-charles", "King Charles III"),  # no surname: the full name
        ("mohammed-bin-salman", "Mohammed bin Salman"),
        ("khalil-al-hayya", "al-Hayya"),
        ("OSCE", "OSCE"),  # a long organization name: its acronym
        ("RUS", "Russia"),
    ],
)
def test_actors_short_name_of_gazetteer_actor(gazetteer, actor_id, short):
    assert short_name(gazetteer.get(actor_id).actor, gazetteer) == short


@pytest.mark.parametrize(
    ("name", "country", "short"),
    [
        ("Guo Jiakun", "CHN", "Guo"),
        ("Han Duck-soo", None, "Han"),  # the hyphenated given name says family name first
        ("Sergey Ryabkov", "RUS", "Ryabkov"),
        ("Lee Anderson", "GBR", "Anderson"),  # Lee is a given name here
        ("Ursula von der Leyen", "DEU", "von der Leyen"),
        ("Theyazin bin Haitham", "OMN", "Theyazin bin Haitham"),
        ("Sulyok", "HUN", "Sulyok"),
    ],
)
def test_actors_short_name_of_document_person(gazetteer, name, country, short):
    actor = Actor(id="x", name=name, kind="person", country=country, role="Minister", source="document")
    assert short_name(actor, gazetteer) == short


@pytest.mark.parametrize(
    ("text", "name", "role", "later"),
    [
        ('"We will not stop," said Ahmed Hassan, the group\'s spokesman. Hassan said later that talks had failed.',
         "Ahmed Hassan", "spokesman", "Hassan"),
        ("Basem Naim, a senior Hamas official, said the offer was under review. Naim gave no details.",
         "Basem Naim", "official", "Naim"),
        ("Oman's foreign minister, Salim al-Harthi, met the envoy. al-Harthi said the meeting went well.",
         "Salim al-Harthi", "foreign minister", "al-Harthi"),
        ("The movement's political chief, Omar Farid, rejected the plan. Farid spoke from Doha.",
         "Omar Farid", "political chief", "Farid"),
    ],
)
def test_actors_unknown_person_introduced_by_description(gazetteer, text, name, role, later):
    mentions = find_actor_mentions(text, gazetteer, dct=date(2025, 1, 10))
    named = [m for m in mentions if m.text == name]
    assert named and named[0].actor.kind == "person" and named[0].actor.role.lower() == role
    assert [m.actor.id for m in mentions if m.text == later] == [named[0].actor.id]


def test_actors_possessive_place_title_apposition(gazetteer):
    """"Abu Dhabi's crown prince, Mohammed bin Zayed": the description and the name are one person,
    with the office he held on the article's date."""
    text = "Abu Dhabi's crown prince, Mohammed bin Zayed, met Indian Prime Minister Narendra Modi."
    mentions = find_actor_mentions(text, gazetteer, dct=date(2019, 8, 24))
    first, second = mentions[0], mentions[1]
    assert first.text == "Abu Dhabi's crown prince" and first.actor.id == second.actor.id == "mohamed-bin-zayed"
    assert second.actor.role == "Crown Prince"


@pytest.mark.parametrize(
    "text",
    ["Sgt. Jane Miller, the official, said.", "Hassan, the group's spokesman, said."],
)
def test_actors_vague_or_one_word_apposition_makes_no_person(gazetteer, text):
    assert [m for m in find_actor_mentions(text, gazetteer, dct=date(2025, 1, 10)) if m.actor.kind == "person"] == []
