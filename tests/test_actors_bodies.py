"""Legislatures act apart from their governments; "the North" is North Korea only in a Korean story."""

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _ids(text, gazetteer):
    return [(text[m.start:m.end], m.actor.id) for m in find_actor_mentions(text, gazetteer, dct=date(2018, 6, 1))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Obama warned Congress that he would veto the bill.", ("Congress", "USA_CONGRESS")),
        ("The State Duma ratified the treaty on Tuesday.", ("State Duma", "RUS_DUMA")),
        ("The Verkhovna Rada voted to extend martial law.", ("Verkhovna Rada", "UKR_RADA")),
        ("Turkey's Grand National Assembly approved the bid.", ("Turkey's Grand National Assembly", "TUR_TBMM")),
    ],
)
def test_resolve_legislature_is_its_own_actor(gazetteer, text, expected):
    assert expected in _ids(text, gazetteer)
    body = gazetteer.entries[expected[1]].actor
    assert body.kind == "government" and body.country


@pytest.mark.parametrize(
    "text",
    ["The Indian National Congress rejected the plan.", "Delegates at the party congress cheered."],
)
def test_resolve_other_congresses_are_not_the_us_congress(gazetteer, text):
    assert all(actor != "USA_CONGRESS" for _, actor in _ids(text, gazetteer))


def test_resolve_the_north_and_the_south_in_a_korean_story(gazetteer):
    text = "Kim Jong Un met Moon Jae-in. The North agreed to close a test site, and the South pledged aid."
    ids = _ids(text, gazetteer)
    assert ("The North", "PRK") in ids and ("the South", "KOR") in ids


def test_resolve_the_north_elsewhere_is_no_actor(gazetteer):
    text = "Fighting spread in the North, the army said, while the South stayed calm."
    assert all(actor not in ("PRK", "KOR") for _, actor in _ids(text, gazetteer))
