"""A person introduced with a title tied to a place or organization, but absent from the
gazetteer, becomes a new actor with that role and affiliation; later surnames resolve to them.
Names after commas that are not people (places, organizations, dates) make no person."""

from __future__ import annotations

from importlib import resources

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer
from timeline.actors._yaml import read_yaml
from timeline.actors.gazetteer import _compile_roles
from timeline.errors import ResourceError


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _people(text, gazetteer):
    return {(m.text, m.actor.name, m.actor.role, m.actor.country) for m in find_actor_mentions(text, gazetteer)
            if m.actor.kind == "person"}


@pytest.mark.parametrize("text, name, role, country, surname", [
    # "<the> <title> of <place>, <Name>,"
    ("The leader of the breakaway region of Nagorno-Karabakh, Samvel Shahramanyan, signed a decree. "
     "Shahramanyan said the decision was final.",
     "Samvel Shahramanyan", "leader of Nagorno-Karabakh", "AZE", "Shahramanyan"),
    ("The head of the IAEA, Maria Costa Lopes, visited the site on Monday. Lopes called for access.",
     "Maria Costa Lopes", "head of the IAEA", None, "Lopes"),
    ("The new foreign minister of Ghana, Kofi Asante Boateng, arrived in Lome. Boateng met officials.",
     "Kofi Asante Boateng", "Foreign Minister", "GHA", "Boateng"),
    # "<Place>'s <title>, <Name>,"
    ("Abkhazia's leader, Badra Gunba, rejected the plan. Gunba spoke to reporters.",
     "Badra Gunba", "leader of Abkhazia", "GEO", "Gunba"),
    # "<Name>, <the> <title> of <place>,"
    ("Tawanda Moyo, the defense minister of Zimbabwe, denied the report. Moyo later met the envoy.",
     "Tawanda Moyo", "Defense Minister", "ZWE", "Moyo"),
    ("Lucia Fernandez Ortiz, the chief of the OAS, urged restraint. Ortiz repeated the call.",
     "Lucia Fernandez Ortiz", "chief of the OAS", None, "Ortiz"),
    # a body the gazetteer lacks stays in the role as written; the state inside it is the country
    ("Daniel Okoro Eze, the head of the Nigerian Ports Authority, resigned. Eze gave no reason.",
     "Daniel Okoro Eze", "head of the Nigerian Ports Authority", "NGA", "Eze"),
    ("Jonas Berg, the leader of the Green Party, demanded a vote. Berg was outvoted.",
     "Jonas Berg", "leader of the Green Party", None, "Berg"),
    # "<Name>, who heads/leads <org>,"
    ("Lindiwe Dlamini, who heads the African Union, said talks would resume. Dlamini gave no date.",
     "Lindiwe Dlamini", "head of the African Union", None, "Dlamini"),
    ("Ahmad Rahimi Nasir, who leads the Taliban, met the delegation. Nasir said little.",
     "Ahmad Rahimi Nasir", "leader of the Taliban", "AFG", "Nasir"),
])
def test_actors_affiliated_name_becomes_actor(gazetteer, text, name, role, country, surname):
    people = _people(text, gazetteer)
    assert (name, name, role, country) in people
    assert (surname, name, role, country) in people


@pytest.mark.parametrize("text", [
    "The president of France, Monday, said nothing new.",  # a date after the comma
    "The head of NATO, Brussels officials said, would attend.",  # a place after the comma
    "The leader of Hungary, European Union diplomats said, was isolated.",  # an organization
    "The head of the UN refugee agency, Filippo Grandi, spoke.",  # the phrase does not end on a known place
    "Grain Exports, who leads the talks, said so.",  # "who leads" without an organization
])
def test_actors_affiliated_name_no_false_person(gazetteer, text):
    people = {p for p in _people(text, gazetteer) if p[2] is not None and " of " in p[2]}
    assert not people, people


def test_actors_affiliated_name_place_is_still_an_actor(gazetteer):
    text = "The leader of the breakaway region of Nagorno-Karabakh, Samvel Shahramanyan, signed a decree."
    kinds = {m.text: m.actor.kind for m in find_actor_mentions(text, gazetteer)}
    assert kinds == {"Nagorno-Karabakh": "territory", "Samvel Shahramanyan": "person"}


def test_actors_head_verbs_unknown_title_is_a_resource_error():
    shipped = resources.files("timeline.resources.actors").joinpath("roles.yaml").read_text("utf-8")
    bad = shipped.replace("head_verbs: {heads: head,", "head_verbs: {heads: grand vizier,", 1)
    assert bad != shipped
    with pytest.raises(ResourceError) as err:
        _compile_roles(read_yaml(bad, "roles.yaml"), "roles.yaml")
    assert err.value.what.startswith("roles.yaml:") and "grand vizier" in err.value.what
