"""An act with no date of its own told right after a reaction of the same speaker ("condemned the shelling and urged
restraint") is part of that answer: it takes the reaction's range, from the day of the act answered to the publication
date, not the day of the sentence before."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
TUESDAY = date(2025, 3, 4)


@pytest.mark.parametrize("text, trigger", [
    ("Russian drones struck the port of Odesa on Tuesday. Poland condemned the attack and urged the allies to send more "
     "air defence.", "urged"),
    ("Troops opened fire on protesters in the capital on Tuesday. The European Union denounced the killings and called "
     "on the junta to hold elections.", "called on"),
    ("The parliament in Belgrade passed the law on Tuesday. Germany later criticised the vote and demanded a review by "
     "the Venice Commission.", "demanded"),
])
def test_dating_joined_reaction_takes_the_reaction_range(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, FRIDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Russian drones struck the port of Odesa on Tuesday. Poland urged the allies to send more air defence.", "urged"),
    ("Russian drones struck the port of Odesa on Tuesday. Poland condemned the attack, and Lithuania urged the allies "
     "to send more air defence.", "urged"),
])
def test_dating_joined_reaction_not_without_the_reaction(text, trigger):
    # not the reaction's range (no reaction it goes on from): the story goes on from Tuesday's sentence, its day
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, TUESDAY), e.date_derivation


@pytest.mark.parametrize("trigger", ["criticised", "demanded"])
def test_dating_joined_reaction_in_a_framed_paragraph_is_of_its_day(trigger):
    # a paragraph that opens on a dated act the lexicon does not know ("passed the law"): its answers, with nothing
    # telling them later, are assumed of that day, the act joined to the reaction too
    text = ("The parliament in Belgrade passed the law on Tuesday. Germany criticised the vote and demanded a review by "
            "the Venice Commission.")
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, TUESDAY), e.date_derivation
    assert "assumed the same day" in e.date_derivation
