"""Offices by date: a description names the holder on the publication date; a bare title ("the
president") names only a person the document mentioned who holds that title; territories."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "dct", "holder"),
    [
        ("Singapore's prime minister said trade would grow.", date(2018, 6, 12), "lee-hsien-loong"),
        ("Singapore's prime minister said trade would grow.", date(2025, 6, 12), "lawrence-wong"),
        ("The Ukrainian prime minister visited Brussels.", date(2017, 3, 1), "volodymyr-groysman"),
        ("Britain's foreign secretary flew to Moscow.", date(2017, 12, 22), "boris-johnson"),
        ("Israel's president spoke at the ceremony.", date(2019, 1, 27), "reuven-rivlin"),
        ("The Italian prime minister met reporters.", date(2017, 5, 1), "paolo-gentiloni"),
        ("Mexico's foreign minister travelled to Washington.", date(2017, 2, 22), "luis-videgaray"),
        ("The Saudi foreign minister met his counterparts.", date(2019, 5, 1), "ibrahim-al-assaf"),
        ("The Iraqi prime minister visited Tehran.", date(2021, 9, 12), "mustafa-al-kadhimi"),
        ("Lebanon's president called for calm.", date(2020, 8, 5), "michel-aoun"),
    ],
)
def test_actors_office_holder_on_publication_date(gazetteer, text, dct, holder):
    # the holder when the text names them too; an office named only by title is its state
    named = f"{text} Later {gazetteer.entries[holder].actor.name} spoke."
    described = [m.actor.id for m in find_actor_mentions(named, gazetteer, dct=dct) if m.via == "description"]
    assert described == [holder]
    persons = [m.actor.id for m in find_actor_mentions(text, gazetteer, dct=dct) if m.actor.kind == "person"]
    assert persons == []


@pytest.mark.parametrize(
    ("country", "category", "day"),
    [(c, cat, date(y, m, 15))
     for c in ("ARG", "BRA", "CHN", "DEU", "FRA", "GBR", "IND", "IDN", "ITA", "JPN", "MEX", "RUS", "SAU", "TUR", "USA", "UKR", "ISR", "IRN")
     for cat in ("head_of_state", "foreign_minister")
     for y, m in ((2015, 6), (2017, 6), (2019, 6), (2021, 6), (2023, 9), (2025, 6))],
)
def test_actors_g20_and_conflict_offices_have_a_holder_since_2015(gazetteer, country, category, day):
    assert gazetteer.holder(country, category, day) is not None


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("The president said the deal was good.", date(2018, 6, 12)),
        ("The president said the deal was good.", None),
        ("Kim Jong Un arrived in the capital. The president said the deal was good.", date(2025, 6, 12)),
        ("King Abdullah II met reporters in Amman. The president said the deal was good.", date(2025, 2, 11)),
        ("Emir Tamim bin Hamad hosted the talks. The president thanked him.", date(2025, 2, 11)),
    ],
)
def test_actors_bare_title_needs_a_mentioned_holder_of_that_title(gazetteer, text, dct):
    mentions = find_actor_mentions(text, gazetteer, dct=dct)
    assert not [m for m in mentions if m.text.lower() == "the president"]


@pytest.mark.parametrize(
    ("text", "dct", "person"),
    [
        ("Trump met Kim Jong Un in Singapore. The president said the deal was good.", date(2018, 6, 12), "donald-trump"),
        ("King Abdullah II met Trump at the White House. The president said the talks went well.", date(2025, 2, 11), "donald-trump"),
        ("President Tamas Sulyok received the envoy. The president said Hungary wants peace.", date(2025, 2, 11), "tamas-sulyok"),
    ],
)
def test_actors_bare_title_resolves_to_most_recent_holder(gazetteer, text, dct, person):
    mentions = find_actor_mentions(text, gazetteer, dct=dct)
    assert [m.actor.id for m in mentions if m.text.lower() == "the president"] == [person]


@pytest.mark.parametrize(
    ("text", "territory", "country"),
    [
        ("Israeli forces entered the Gaza Strip on Monday.", "GAZA_STRIP", "PSE"),
        ("Settlers attacked a village in the West Bank.", "WEST_BANK", "PSE"),
        ("Russia annexed Crimea in 2014.", "CRIMEA", "UKR"),
        ("Fighting continued in Donbas.", "DONBAS", "UKR"),
        ("Azerbaijan retook Nagorno-Karabakh in 2023.", "NAGORNO_KARABAKH", "AZE"),
        ("Trump renewed his bid to acquire Greenland.", "GREENLAND", "DNK"),
    ],
)
def test_actors_territory_is_a_place_of_its_state(gazetteer, text, territory, country):
    found = [m.actor for m in find_actor_mentions(text, gazetteer, dct=date(2025, 1, 10)) if m.actor.id == territory]
    assert found and found[0].kind == "territory" and found[0].country == country


def test_actors_territory_records_the_state_disputing_it(gazetteer):
    assert "RUS" in gazetteer.get("CRIMEA").disputed and "ISR" in gazetteer.get("WEST_BANK").disputed


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("The Palestinian Authority condemned the raid.", "PA"),
        ("The Palestinian leadership rejected the plan.", "PA"),
        ("Palestinian Authority President Mahmoud Abbas spoke.", "mahmoud-abbas"),
    ],
)
def test_actors_palestinian_authority_is_not_the_state(gazetteer, text, actor_id):
    first = find_actor_mentions(text, gazetteer, dct=date(2025, 1, 10))[0]
    assert first.actor.id == actor_id


def test_actors_city_named_after_territory_is_not_it(gazetteer):
    mentions = find_actor_mentions("Gaza City was bombed overnight.", gazetteer, dct=date(2025, 1, 10))
    assert [m.actor.id for m in mentions] == []
