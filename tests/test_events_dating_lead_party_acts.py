"""An act of a party to the lead, told in simple past in a paragraph of the lead's episode that names no date, is
told of the lead's day ("Ishiba met Marcos in Manila on Wednesday. // Ishiba pledged new coastal radars ...").
Not when its paragraph names another date, not a reaction ("condemned ... and urged": an answer, from the lead's day
to the paper), not a saying that only reports ("said the talks had been warm"), not after a lead that is a plan."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 5, 1)  # a Thursday
WEDNESDAY = date(2025, 4, 30)

LEAD = ("Japanese Prime Minister Shigeru Ishiba met Philippine President Ferdinand Marcos in Manila on Wednesday, "
        "the first visit by a Japanese leader in two years.\n\n"
        "Marcos, who greeted his guest at the presidential palace, said the talks had been warm and useful.\n\n")


@pytest.mark.parametrize("body, type_, trigger", [
    ("Ishiba pledged new coastal radars for the Philippine navy and thanked Marcos for his hospitality.", "AID", "pledged"),
    ("Ishiba pledged new coastal radars for the Philippine navy and thanked Marcos for his hospitality.", "SUPPORT",
     "thanked"),
    ("Ishiba also announced a loan for a railway north of the capital.", "ANNOUNCE", "announced"),
])
def test_events_party_act_in_the_lead_episode_takes_the_lead_day(body, type_, trigger):
    e = the_event(events_of(LEAD + body, DCT), type_, trigger)
    assert (e.date_start, e.date_end) == (WEDNESDAY, WEDNESDAY), e.date_derivation


def test_events_party_act_in_a_dated_paragraph_keeps_its_date():
    e = the_event(events_of(LEAD + "Ishiba pledged new coastal radars in March, when the two defence ministers met in "
                                   "Tokyo.", DCT), "AID", "pledged")
    assert (e.date_start, e.date_end) == (date(2025, 3, 1), date(2025, 3, 31)), e.date_derivation


@pytest.mark.parametrize("type_, trigger", [("DISAPPROVE", "condemned"), ("DEMAND", "urged")])
def test_events_party_reaction_in_the_lead_episode_stays_a_range(type_, trigger):
    e = the_event(events_of(LEAD + "Marcos condemned the missile launch and urged restraint.", DCT), type_, trigger)
    assert e.date_start == WEDNESDAY and e.date_end == DCT, e.date_derivation


def test_events_party_act_after_a_planned_lead_is_not_tied_to_its_day():
    text = ("Japanese Prime Minister Shigeru Ishiba is due to meet Philippine President Ferdinand Marcos in Manila on "
            "Saturday.\n\nIshiba pledged new coastal radars for the Philippine navy.")
    e = the_event(events_of(text, DCT), "AID", "pledged")
    assert e.date_start != e.date_end, e.date_derivation


SAYING = ("Japanese Prime Minister Shigeru Ishiba met Philippine President Ferdinand Marcos in Manila on Wednesday.\n\n"
          "At a joint news conference, Marcos said the Philippines did not want a conflict with anyone.")


def test_events_party_saying_in_a_next_day_paper_takes_the_lead_day():
    e = the_event(events_of(SAYING, DCT), "STATEMENT", "said")
    assert (e.date_start, e.date_end) == (WEDNESDAY, WEDNESDAY), e.date_derivation


def test_events_party_saying_after_a_reaction_takes_the_story_day_flagged():
    # the lead's party goes on with the story after another's reaction: the story day, flagged and of low confidence
    # (the reaction itself keeps its range up to the paper)
    text = SAYING.split("\n\n")[0] + ("\n\nChina condemned the visit as a provocation. Marcos said the Philippines "
                                       "did not want a conflict with anyone.")
    events = events_of(text, DCT)
    e = the_event(events, "STATEMENT", "said")
    assert (e.date_start, e.date_end) == (WEDNESDAY, WEDNESDAY), e.date_derivation
    assert "date_from_story_day" in e.flags and e.confidence <= 0.5
    reaction = the_event(events, None, "condemned")
    assert (reaction.date_start, reaction.date_end) == (WEDNESDAY, DCT), reaction.date_derivation


def test_events_saying_of_someone_outside_the_lead_stays_a_range():
    text = SAYING.split("\n\n")[0] + "\n\nIn Beijing, Chinese Foreign Minister Wang Yi said the region did not want blocs."
    e = the_event(events_of(text, DCT), "STATEMENT", "said")
    assert (e.date_start, e.date_end) == (WEDNESDAY, DCT), e.date_derivation


@pytest.mark.parametrize("body", [
    "In the evening, Ishiba pledged new coastal radars for the Philippine navy.",
    "Ishiba pledged new coastal radars, which Manila had first requested in 2023.",
])
def test_events_party_act_beside_a_part_of_day_or_a_background_date_takes_the_lead_day(body):
    e = the_event(events_of(LEAD + body, DCT), "AID", "pledged")
    assert (e.date_start, e.date_end) == (WEDNESDAY, WEDNESDAY), e.date_derivation
