"""A state's people or nation, told as the object of a reaction, stand for the state: "thanked the American people",
"praised the people of Japan"; the words alone make no doer of protesters."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_the_american_people_thanked_is_the_united_states():
    thanked = the_event(events_of("Zelensky thanked the American people for their support on Thursday.\n"),
                        "SUPPORT", "thanked")
    assert (thanked.source_actor, thanked.target_actor) == ("Volodymyr Zelensky", "United States")


def test_the_people_of_a_state_praised_is_that_state():
    praised = the_event(events_of("Macron praised the people of Japan for their resilience on Thursday.\n"),
                        "SUPPORT", "praised")
    assert praised.target_actor == "Japan"


def test_a_state_adjective_before_a_thing_still_names_no_target():
    praised = the_event(events_of("Zelensky praised the German budget on Thursday.\n"), "SUPPORT", "praised")
    assert praised.target_actor is None
