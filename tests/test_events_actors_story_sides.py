"""The two sides of a story (timeline/events/story_sides.py): an act always done to someone (a withdrawal, a
refusal, a sanction ...) that one of the story's two sides does with no one named as its target is aimed at the other
side, told as its aim ("withdraws its troops (on Armenia)"), never as its object; a story whose acts of dispute join
no one pair clearly (a meeting of partners, two disputes at once) gives no such target."""

from __future__ import annotations

from event_helpers import events_of, the_event

_DISPUTE = ("Armenia accused Azerbaijan on Monday of shelling border villages. Azerbaijan condemned Armenia for "
            "provoking the clashes. Armenia protested to Azerbaijan on Tuesday.\n\n")


def test_events_withdrawal_by_one_side_of_a_dispute_is_aimed_at_the_other():
    event = the_event(events_of(_DISPUTE + "On Wednesday, Azerbaijan withdrew its troops from the contested "
                                           "heights."), "RETREAT", "withdrew")
    assert (event.source_actor, event.target_actor) == ("Azerbaijan", "Armenia")
    assert event.summary.startswith("Azerbaijan withdraws its troops (on Armenia)")


def test_events_a_sides_person_stands_for_its_state():
    event = the_event(events_of(_DISPUTE + "On Wednesday, Nikol Pashinyan rejected the plan."), "REJECT", "rejected")
    assert (event.source_actor, event.target_actor) == ("Nikol Pashinyan", "Azerbaijan")


def test_events_act_of_a_third_party_gets_no_side():
    event = the_event(events_of(_DISPUTE + "On Wednesday, France withdrew its observers from the region."), "RETREAT",
                      "withdrew")
    assert (event.source_actor, event.target_actor) == ("France", None)


def test_events_meetings_and_deals_alone_make_no_sides():
    text = ("Biden met Xi in Woodside on Wednesday. The two leaders agreed to resume military contacts. Biden praised "
            "Xi. Xi thanked Biden for the meeting.\n\nOn Thursday, China withdrew its troops from the border.")
    event = the_event(events_of(text), "RETREAT", "withdrew")
    assert (event.source_actor, event.target_actor) == ("China", None)


def test_events_two_disputes_at_once_make_no_sides():
    text = ("Armenia accused Azerbaijan on Monday of shelling border villages. Russia condemned Ukraine for the "
            "strikes.\n\nOn Wednesday, Azerbaijan withdrew its troops from the contested heights.")
    event = the_event(events_of(text), "RETREAT", "withdrew")
    assert (event.source_actor, event.target_actor) == ("Azerbaijan", None)



def test_events_sides_told_by_their_leaders_are_their_states():
    text = ("Ilham Aliyev accused Nikol Pashinyan on Monday of sabotaging the talks. Pashinyan condemned Aliyev for the "
            "shelling. Aliyev criticised Pashinyan again on Tuesday.\n\n"
            "On Wednesday, Azerbaijan withdrew its troops from the contested heights.")
    event = the_event(events_of(text), "RETREAT", "withdrew")
    assert (event.source_actor, event.target_actor) == ("Azerbaijan", "Armenia")
