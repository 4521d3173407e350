"""References back to an actor the document named before: an organization ("the bloc", "the
alliance", "the 27 member states", "the commission", "the group"), a title cut short before its
"of" ("the Deputy Secretary" after "Deputy Secretary of State ..."); and seats, ministries and
military commands that stand for their state ("the Foreign Office", "the Western Theatre
Command"). None resolves without an antecedent, nor when the noun names something else."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer

DCT = date(2024, 3, 5)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _actor_at(text: str, mention: str, gazetteer, occurrence: int = 1) -> str | None:
    """The actor name of the mention starting where ``mention`` occurs (the n-th time), or None."""
    pos = -1
    for _ in range(occurrence):
        pos = text.index(mention, pos + 1)
    for m in find_actor_mentions(text, gazetteer, dct=DCT):
        if m.start <= pos < m.end:
            return m.actor.name
    return None


@pytest.mark.parametrize("text, mention, actor", [
    # organizations told before
    ("EU foreign ministers met in Luxembourg on Monday. The bloc agreed to extend the sanctions.",
     "The bloc", "European Union"),
    ("The European Commission proposed new tariffs. The 27-nation bloc will vote next month.",
     "The 27-nation bloc", "European Union"),
    ("The European Union condemned the coup, and the 27 member states recalled their ambassadors.",
     "the 27 member states", "European Union"),
    ("NATO defence ministers gathered in Brussels. The alliance pledged more air defence for Kyiv.",
     "The alliance", "NATO"),
    ("NATO leaders meet in Vilnius next week, where the military alliance's expansion will top the agenda.",
     "the military alliance", "NATO"),
    ("The EU and ASEAN signed a partnership. Later the EU held its summit, and the bloc adopted a statement.",
     "the bloc", "European Union"),
    ("The European Commission proposed the law in May. The commission said it would protect consumers.",
     "The commission", "European Commission"),
    ("Hamas fighters crossed the border at dawn. The group later said it held dozens of hostages.",
     "The group", "Hamas"),
    ("Hezbollah fired rockets into Israel on Sunday. The Iran-backed group said it was retaliating.",
     "The Iran-backed group", "Hezbollah"),
    # "its leaders": the state or organization mentioned just before
    ("The European Union was drawn into the dispute. Meeting in Brussels, its leaders agreed on new measures.",
     "its leaders", "European Union"),
    ("Iran denied the report and said its government would respond.", "its government", "Iran"),
    # a title cut short before "of" stands for the person named with the whole title
    ("Deputy Secretary of State Wendy Sherman met Wang Yi in Tianjin on Monday. "
     "The Deputy Secretary raised concerns about Hong Kong.",
     "The Deputy Secretary", "Wendy Sherman"),
    ("Secretary of State Antony Blinken landed in Beijing on Sunday. The secretary met Xi Jinping the next day.",
     "The secretary", "Antony Blinken"),
    # seats, ministries and military commands stand for their state
    ("In London, the Foreign Office said on Thursday that the decision was unjustified.", "Foreign Office", "United Kingdom"),
    ("The State Department rejected the request on Friday.", "State Department", "United States"),
    ("The Quai d'Orsay summoned the ambassador.", "Quai d'Orsay", "France"),
    ("The Chancellery in Berlin declined to comment.", "Chancellery", "Germany"),
    ("A spokesman for the Western Theatre Command said the patrol was routine.", "Western Theatre Command", "China"),
    ("The People's Liberation Army held drills around the island.", "People's Liberation Army", "China"),
    ("The Revolutionary Guards seized a tanker in the Gulf.", "Revolutionary Guards", "Islamic Revolutionary Guard Corps"),
    ("The Justice Department reached an agreement with the executive.", "Justice Department", "United States"),
    # a person before an event noun
    ("Orban's trip to Moscow angered his European partners.", "Orban", "Viktor Orbán"),
])
def test_resolve_back_reference_names_the_antecedent(text, mention, actor, gazetteer):
    assert _actor_at(text, mention, gazetteer) == actor


@pytest.mark.parametrize("text, mention", [
    # no antecedent: no actor
    ("The alliance between the two parties collapsed after the vote.", "The alliance"),
    ("The bloc agreed on a new budget, officials said.", "The bloc"),
    ("Putin met Xi on Monday. Its leaders were not named.", "Its leaders"),
    ("A group of protesters gathered outside the embassy. The group marched to the square.", "The group"),
    ("ECOWAS leaders met in Abuja. The world community reacted with alarm.", "The world community"),
    ("ECOWAS leaders met in Abuja. The international community reacted with alarm.", "The international community"),
    ("The EU met in June. Nothing happened for months, and the talks dragged on through the summer, the autumn and "
     "the winter, with long pauses, many rounds, several delays and no sign at all of any progress in sight, "
     "while the war went on and the front lines barely moved, and negotiators left and came back and left again "
     "without results. Its leaders were not named.", "Its leaders"),
    # the noun names something else, even with an antecedent
    ("The EU sent aid. A fire destroyed the bloc of flats on Sunday.", "the bloc"),
    ("NATO troops stayed. The alliance between the two parties collapsed.", "The alliance"),
    ("Secretary of State Antony Blinken spoke. The Secretary of the club resigned.", "The Secretary"),
    ("Secretary of State Antony Blinken spoke. The Secretary-General of the UN replied.", "The Secretary"),
    # another state's foreign office; a sea, not South Korea
    ("The German Foreign Office summoned the envoy.", "Foreign Office"),
    ("North Korea fired a missile, and China sent ships into the South China Sea.", "the South"),
    # a person named with another title is not "the secretary"
    ("President Joe Biden spoke on Monday. The secretary of the committee left.", "The secretary"),
])
def test_resolve_back_reference_needs_an_antecedent_it_fits(text, mention, gazetteer):
    assert _actor_at(text, mention, gazetteer) is None


@pytest.mark.parametrize("place, country", [
    ("Tianjin", "CHN"), ("Shusha", "AZE"), ("Camp David", "USA"), ("Windsor", "GBR"), ("Sochi", "RUS"),
    ("Davos", "CHE"), ("Bali", "IDN"), ("Sharm el-Sheikh", "EGY"), ("Lausanne", "CHE"), ("Hiroshima", "JPN"),
    ("Glasgow", "GBR"), ("Kananaskis", "CAN"), ("Sevastopol", "UKR"), ("Bethlehem", "PSE"),
])
def test_gazetteer_places_know_meeting_venues(place, country, gazetteer):
    assert gazetteer.places[place][1] == country


@pytest.mark.parametrize("references, message", [
    ("references:\n  nouns:\n    bloc: [NOT_AN_ID]\n", "unknown actor id 'NOT_AN_ID'"),
    ("references:\n  nouns:\n    bloc: []\n", "needs a list of actor ids"),
    ("references:\n  kind_nouns:\n    group: [planet]\n", "unknown kind 'planet'"),
    ("references:\n  colour: blue\n", "references must map"),
    ("references:\n  possessive_window: -3\n", "possessive_window must be a positive number"),
])
def test_gazetteer_rejects_bad_references(references, message, gazetteer):
    from timeline.actors._yaml import read_yaml
    from timeline.actors.gazetteer import _compile_rules
    from timeline.errors import ResourceError

    with pytest.raises(ResourceError) as err:
        _compile_rules(read_yaml(references, "rules.yaml"), "rules.yaml", gazetteer.entries)
    assert message in str(err.value.what)
    assert str(err.value.what).startswith("rules.yaml:")
