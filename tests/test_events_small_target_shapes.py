"""Small target shapes: "urged them" after two parties named together aims at that pair (its first named the target,
as for "urged India and China"); "the foreign ministers of India and Pakistan" are both in the phrase of "of" (the first
named the target, never the second alone); a longer head ("with the foreign ministers of X") still reaches its owner.
Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "target"),
    [
        ("Zelensky and Macron met in Paris on Monday. Biden thanked them on Tuesday for their efforts.",
         "SUPPORT", "thanked", "Volodymyr Zelensky"),
        ("The leaders of Armenia and Azerbaijan met on Monday. Blinken urged them on Tuesday to sign a peace deal.",
         "DEMAND", "urged", "Armenia"),
        ("Armenia and Azerbaijan clashed on Monday. Russia urged them on Tuesday to halt the fighting.",
         "DEMAND", "urged", "Armenia"),
    ],
)
def test_them_after_a_pair_named_together_is_the_first_of_the_pair(text, type_, trigger, target):
    assert the_event(events_of(text), type_, trigger).target_actor == target


@pytest.mark.parametrize(
    "text",
    [
        # one party met another: no pair named together, "them" stays unresolved
        "Zelensky met Macron in Paris on Monday. Biden thanked them on Tuesday for their efforts.",
        # the last party named is not one of a pair
        "Japan and South Korea met on Monday. Biden met Kishida on Tuesday and praised them.",
    ],
)
def test_them_without_a_last_pair_names_no_target(text):
    assert the_event(events_of(text), "SUPPORT", "praised" if "praised" in text else "thanked").target_actor is None


def test_them_names_no_pair_of_things():
    text = "Russia imposed tariffs on wine and steel on Monday. Australia condemned them on Tuesday."
    assert the_event(events_of(text), "DISAPPROVE", "condemned").target_actor is None


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Blinken met the foreign ministers of India and Pakistan on Wednesday.", "CONSULT", "met"),
        ("Blinken met the ambassadors of India and Pakistan on Wednesday.", "CONSULT", "met"),
        ("Blinken spoke on Wednesday with the foreign ministers of India and Pakistan.", "CONSULT", "spoke"),
    ],
)
def test_officials_of_two_states_aim_at_the_first(text, type_, trigger):
    assert the_event(events_of(text), type_, trigger).target_actor == "India"


def test_a_place_joined_after_a_place_is_no_target():
    event = the_event(events_of("Putin held talks in Moscow and Beijing on Wednesday."), "CONSULT", "talks")
    assert event.target_actor is None


def test_a_person_joined_after_a_body_of_another_phrase_is_still_the_target():
    # the body after "of" is no participant, but the person joined to the phrase by "and" is one of his own
    text = "Blinken met with the director of the Office of the European Commission and Prime Minister Rishi Sunak on Wednesday."
    assert the_event(events_of(text), "CONSULT", "met").target_actor == "Rishi Sunak"
