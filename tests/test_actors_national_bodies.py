"""A body named only by generic words ("the Supreme Court", "Moscow City Court") is a state's national body: it
takes the state its name, the place after it or the story gives it, and two stories' bodies are not one actor."""

from datetime import date

import pytest

from timeline.actors import find_actor_mentions, load_gazetteer
from timeline.model import Document
from timeline.pipeline import build_timeline

DAY = date(2024, 5, 6)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _body(text, gazetteer, name):
    found = [m.actor for m in find_actor_mentions(text, gazetteer, dct=DAY) if m.actor.name == name]
    assert found, [(m.text, m.actor.id) for m in find_actor_mentions(text, gazetteer, dct=DAY)]
    return found[0]


@pytest.mark.parametrize("text, name, country", [
    ("Moscow City Court sentenced the reporter to six years.", "Moscow City Court", "RUS"),
    ("The National Assembly in Caracas approved the annexation law.", "National Assembly (Venezuela)", "VEN"),
    ("The Constitutional Court in Kyiv struck down the decree on Friday.", "Constitutional Court (Ukraine)", "UKR"),
    ("A ruling by the High Court in London blocked the deportation flights.", "High Court (United Kingdom)", "GBR"),
    ("Tbilisi City Court fined the activist on Thursday.", "Tbilisi City Court", "GEO"),
    ("The Russian Supreme Court upheld the sentence.", "Supreme Court (Russia)", "RUS"),
])
def test_resolve_national_body_takes_the_state_it_is_placed_in(gazetteer, text, name, country):
    body = _body(text, gazetteer, name)
    assert body.country == country and body.id.endswith("-" + country.lower())


def test_resolve_body_named_with_its_owner_acts_for_its_state(gazetteer):
    text = "Israel's Supreme Court froze the dismissal of the security chief."
    assert [(m.text, m.actor.id) for m in find_actor_mentions(text, gazetteer, dct=DAY)] == [("Israel", "ISR")]


def test_resolve_national_body_takes_the_state_the_story_is_about(gazetteer):
    text = ("Israel's government vowed to press ahead with the plan. The Supreme Court ruled against it on Monday. "
            "Israeli ministers called the ruling a coup, and Israel's opposition welcomed it.")
    body = _body(text, gazetteer, "Supreme Court (Israel)")
    assert (body.id, body.country) == ("supreme-court-isr", "ISR")


@pytest.mark.parametrize("text", [
    "The Supreme Court ruled that the law was void.",  # no state anywhere
    "Russia and Ukraine traded blame, while the Secret Service said it had arrested two men.",  # none dominates
])
def test_resolve_national_body_without_a_state_has_none(gazetteer, text):
    name = "Supreme Court" if "Supreme" in text else "Secret Service"
    body = _body(text, gazetteer, name)
    assert body.country is None and body.id != name.lower().replace(" ", "-")


@pytest.mark.parametrize("text, name", [
    ("Human Rights Watch condemned the arrests.", "Human Rights Watch"),
    ("The Carter Center said the vote was not free.", "Carter Center"),
    ("The Committee to Protect Journalists said three reporters were held in Moscow.", "Committee to Protect Journalists"),
])
def test_resolve_named_organization_stays_its_own_actor(gazetteer, text, name):
    body = _body(text, gazetteer, name)
    assert body.country is None and body.id == name.lower().replace(" ", "-")


def test_pipeline_two_stories_supreme_courts_are_two_actors():
    israel = Document(id="a", dct=DAY, dct_source="cli", text=(
        "Israel's cabinet approved the judicial overhaul. The Supreme Court struck it down on Monday. "
        "Israeli lawmakers protested, and Israel's prime minister attacked the judges."))
    usa = Document(id="b", dct=DAY, dct_source="cli", text=(
        "The United States Congress passed the tariff law. The Supreme Court struck it down on Monday. "
        "American officials said the United States would draft a new law."))
    courts = [a for a in build_timeline([israel, usa]).actors if a.name.startswith("Supreme Court")]
    assert sorted((a.country, a.name) for a in courts) == [
        ("ISR", "Supreme Court (Israel)"), ("USA", "Supreme Court (United States)")]  # two names, never one


def test_pipeline_stateless_bodies_of_two_stories_do_not_merge():
    one = Document(id="a", dct=DAY, dct_source="cli", text="The Supreme Court ruled on Monday that the law was void.")
    two = Document(id="b", dct=DAY, dct_source="cli", text="The Supreme Court rejected the appeal on Monday.")
    courts = [a for a in build_timeline([one, two]).actors if a.name == "Supreme Court"]
    assert len(courts) == 2


@pytest.mark.parametrize("text, name, country", [
    ("The US Supreme Court rejected the appeal on Monday. The Supreme Court also blocked the ban.", "Supreme Court (United States)", "USA"),
    ("The Russian Supreme Court upheld the sentence. The Supreme Court rejected the appeal.", "Supreme Court (Russia)", "RUS"),
])
def test_resolve_body_named_with_a_state_word_and_without_is_one_actor(gazetteer, text, name, country):
    bodies = {(m.actor.id, m.actor.name, m.actor.country) for m in find_actor_mentions(text, gazetteer, dct=DAY)
              if m.actor.kind == "organization"}
    assert bodies == {(f"supreme-court-{country.lower()}", name, country)}


@pytest.mark.parametrize("text, kind", [
    ("The Constitutional Court struck down the decree on Friday.", "REJECT"),
    ("The Supreme Court struck it down on Monday.", "REJECT"),
    ("Israeli jets struck targets in Gaza on Monday.", "ASSAULT"),
])
def test_pipeline_striking_down_a_law_is_no_attack(text, kind):
    events = build_timeline([Document(id="a", dct=DAY, dct_source="cli", text=text)]).events
    assert [e.type for e in events] == [kind]
