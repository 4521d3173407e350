"""A local or group office "of <a place the gazetteer lacks>" introduces the name in apposition
after it: "The governor of Belgorod, Vyacheslav Gladkov, said"."""

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer
from timeline.actors._yaml import read_yaml
from timeline.actors.gazetteer import _compile_roles
from timeline.errors import ResourceError


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _people(text, gazetteer):
    return {text[m.start:m.end]: m.actor for m in find_actor_mentions(text, gazetteer, dct=date(2023, 6, 1))
            if m.actor.kind == "person"}


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("The governor of Belgorod, Vyacheslav Gladkov, said drones hit a depot.", "Vyacheslav Gladkov", "Governor of Belgorod"),
        ("The governor of the Kursk region, Alexei Smirnov, ordered an evacuation.", "Alexei Smirnov", "governor of the Kursk region"),
        ("The mayor of Kharkiv, Ihor Terekhov, said the city was shelled.", "Ihor Terekhov", "mayor of Kharkiv"),
    ],
)
def test_resolve_place_title_apposition_introduces_person(gazetteer, text, name, role):
    people = _people(text, gazetteer)
    assert name in people
    assert people[name].role.lower() == role.lower()


@pytest.mark.parametrize(
    "text",
    [
        "The head of the committee, John Smith, resigned.",  # no place named: too vague
        "The mayor of the city, John Smith, resigned.",  # "the city" names no place
        "The governor of Belgorod said drones hit a depot.",  # no name
    ],
)
def test_resolve_place_title_without_named_place_and_name_introduces_no_one(gazetteer, text):
    assert _people(text, gazetteer) == {}


def test_roles_place_titled_rejects_unknown_category():
    data = read_yaml("categories:\n  official: any\ntitles:\n  - {title: official, category: official}\nplace_titled: [mayors]\n", "roles.yaml")
    with pytest.raises(ResourceError, match=r"roles.yaml:\d+: place_titled: 'mayors' is not under 'categories'"):
        _compile_roles(data, "roles.yaml")
