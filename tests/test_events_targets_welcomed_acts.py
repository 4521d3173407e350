"""Whom a welcome or a praise is aimed at when its object is an act told before: "praised the visit" is aimed at the
visitor (a visit is one side's act, not a joint one), "welcomed the decision" at the side whose act the decision
was; a welcome of a joint act of two others stays aimed at no one. Short texts in our own words, through the whole
pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


def _pair(text: str, type_: str, trigger: str) -> tuple[str | None, str | None]:
    event = the_event(events_of(text), type_, trigger, how="prefix")
    return event.source_actor, event.target_actor


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a visit praised by an outsider: the visitor's act
        ("Joe Biden arrived in Kyiv on Monday for an unannounced visit. In Warsaw, President Andrzej Duda praised "
         "the visit as a strong signal.", "praised", "Andrzej Duda", "Joe Biden"),
        ("Emmanuel Macron arrived in Beijing on Wednesday for a state visit. Olaf Scholz praised the visit on "
         "Thursday.", "praised", "Olaf Scholz", "Emmanuel Macron"),
        # a decision welcomed: the side that took it
        ("The Arab League voted on Sunday to readmit Syria. The Syrian foreign ministry welcomed the decision in a "
         "statement.", "welcomed", "Syria", "Arab League"),
        ("Poland closed its border with Belarus on Monday. Lithuania welcomed the move.",
         "welcomed", "Lithuania", "Poland"),
    ],
)
def test_events_welcome_aimed_at_the_doer(text, trigger, source, target):
    assert _pair(text, "SUPPORT", trigger) == (source, target)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a meeting of two others welcomed by an outsider: for both its parties, no target
        ("Joe Biden and Xi Jinping met in Woodside on Wednesday. Japan welcomed the meeting.", "welcomed", "Japan"),
        # a joint decision of two others welcomed by an outsider: no target either
        ("Israel and the UAE agreed on Tuesday to establish diplomatic ties. Egypt welcomed the decision.",
         "welcomed", "Egypt"),
        # a decision followed by its own act ("the decision to"): not the act told before
        ("Turkey lifted its veto on Wednesday. Sweden welcomed the decision to open talks.", "welcomed", "Sweden"),
    ],
)
def test_events_welcome_of_a_joint_or_new_act_aimed_at_no_one(text, trigger, source):
    assert _pair(text, "SUPPORT", trigger) == (source, None)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # aid announced in the scene of a meeting or a visit: to the state of the one met or visited
        ("Joe Biden met Volodymyr Zelensky in Kyiv on Monday. He announced a further $500 million in military aid.",
         "announced", "Ukraine"),
        ("Samantha Power arrived in Yerevan on Monday, and during her visit she announced $11.5 million in "
         "humanitarian aid for the refugees.", "announced", "Armenia"),
    ],
)
def test_events_aid_given_to_the_side_dealt_with(text, trigger, target):
    event = the_event(events_of(text), "AID", trigger, how="prefix")
    assert event.target_actor == target


def test_events_pledge_to_act_is_given_to_no_one():
    # "pledged to" do something: a commitment of the speakers, not aid to the side met before
    text = ("Xi Jinping met Luiz Inacio Lula da Silva in Beijing on Friday. In a joint statement, China pledged to "
            "deepen the strategic partnership.")
    event = the_event(events_of(text), None, "pledged", how="prefix")
    assert event.target_actor is None


def test_events_amount_in_aid_is_the_object():
    # "$500 million in military aid": the amount's "in" leads to the object, so the announcement is aid
    text = "Germany announced on Monday a further 2 billion euros in military aid for Ukraine."
    event = the_event(events_of(text), None, "announced", how="prefix")
    assert event.type == "AID"
    # a place after "in" is no object: "announced in Berlin" stays an announcement
    text = "Germany announced in Berlin on Monday that it would reopen its embassy."
    assert the_event(events_of(text), None, "announced", how="prefix").type != "AID"
