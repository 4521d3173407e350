"""A known name at the end of a longer unknown name is not that actor ("the African Union's Peace and Security
Council" is no UN Security Council); a Commonwealth high commissioner is an envoy, never the head of government;
Colombia's guerrilla groups are known actors."""

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _ids(text, gazetteer):
    return [(text[m.start:m.end], m.actor.id) for m in find_actor_mentions(text, gazetteer, dct=date(2023, 8, 1))]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union's Peace and Security Council suspended Niger on Tuesday.",
        "Sudan's Transitional Sovereignty and Security Council met on Friday.",
    ],
)
def test_resolve_known_name_ending_a_longer_name_is_not_matched(gazetteer, text):
    assert "UNSC" not in [i for _, i in _ids(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council met on Friday.",
        "France, Britain and Security Council members condemned the launch.",
    ],
)
def test_resolve_security_council_alone_or_in_a_list_is_matched(gazetteer, text):
    assert "UNSC" in [i for _, i in _ids(text, gazetteer)]


@pytest.mark.parametrize(
    "text, country",
    [
        ("India summoned Pakistan's acting high commissioner on Wednesday.", "PAK"),
        ("Canberra recalled the British High Commissioner for talks.", "GBR"),
    ],
)
def test_resolve_high_commissioner_of_a_state_is_no_head_of_government(gazetteer, text, country):
    found = find_actor_mentions(text, gazetteer, dct=date(2023, 8, 1))
    people = [m for m in found if m.actor.kind == "person"]
    assert not any(m.actor.role in ("Prime Minister", "President") for m in people), people


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The government signed a peace accord with the FARC in 2016.", ("FARC", "FARC")),
        ("The Revolutionary Armed Forces of Colombia laid down their arms.", ("Revolutionary Armed Forces of Colombia", "FARC")),
        ("Bogotá resumed talks with the ELN in Caracas.", ("ELN", "ELN")),
    ],
)
def test_resolve_colombian_armed_groups(gazetteer, text, expected):
    assert expected in _ids(text, gazetteer)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Emirati Foreign Minister Abdullah bin Zayed Al Nahyan arrived on Monday. Trump met the Emirati minister on "
         "Tuesday.", ("the Emirati minister", "abdullah-bin-zayed")),
        ("Indian Finance Minister Nirmala Sitharaman landed on Monday. The Indian minister met Yellen.",
         ("The Indian minister", "nirmala-sitharaman")),
    ],
)
def test_resolve_generic_minister_is_the_states_minister_named_before(gazetteer, text, expected):
    found = [(text[m.start:m.end], m.actor.id) for m in find_actor_mentions(text, gazetteer, dct=date(2020, 9, 15))]
    assert expected in found, found


def test_resolve_generic_minister_of_another_state_is_not_that_minister(gazetteer):
    text = "Emirati Foreign Minister Abdullah bin Zayed Al Nahyan arrived on Monday. The Russian minister left."
    found = find_actor_mentions(text, gazetteer, dct=date(2020, 9, 15))
    assert [m.actor.id for m in found if m.start > 60 and m.actor.kind == "person"] != ["abdullah-bin-zayed"]
