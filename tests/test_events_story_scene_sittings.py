"""A meeting noun in a scene (story_day.py ``_date_scene_sittings``): after a sentence that moves the story to a recent
day, "their talks" or "the meeting" of the scene's parties later in its paragraph is the sitting of that day, and the
acts its fronted phrase governs ("During their talks, ...") are told at it. Not a sitting described with a time of
its own ("the talks, which began in 2019"), nor one in a later paragraph."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 3, 8)  # a Saturday
LEAD = ("Ruto ends visit to Ethiopia\n\nADDIS ABABA, March 8 - Kenyan President William Ruto ended a three-day "
        "visit to Ethiopia on Saturday.\n\n")
# (the scene names no reception verb: "received him" is a meeting of its own, which "their talks" would then join)
SCENE = "On Thursday, Abiy Ahmed held a welcome ceremony for him at the National Palace."
THURSDAY = date(2025, 3, 6)


def test_their_talks_in_a_scene_take_its_day_and_so_do_the_acts_told_at_them():
    events = events_of(LEAD + SCENE + " During their talks, Ruto urged Abiy to reopen the border crossing.\n", DCT)
    talks = the_event(events, "CONSULT", "talks")
    assert (talks.date_start, talks.date_end) == (THURSDAY, THURSDAY)
    assert "scene day:" in talks.date_derivation and "Thursday 2025-03-06" in talks.date_derivation
    urged = the_event(events, None, "urged")
    assert (urged.date_start, urged.date_end) == (THURSDAY, THURSDAY)


def test_talks_described_with_a_time_of_their_own_take_no_scene_day():
    events = events_of(LEAD + SCENE + " The talks, which began in 2019, covered the disputed border.\n", DCT)
    talks = the_event(events, "CONSULT", "talks")
    assert "scene day:" not in (talks.date_derivation or "")
    assert (talks.date_start, talks.date_end) != (THURSDAY, THURSDAY)


def test_talks_in_a_later_paragraph_take_no_scene_day():
    events = events_of(LEAD + SCENE + "\n\nDuring their talks, Ruto urged Abiy to reopen the border crossing.\n", DCT)
    talks = the_event(events, "CONSULT", "talks")
    assert "scene day:" not in (talks.date_derivation or "")
    assert (talks.date_start, talks.date_end) != (THURSDAY, THURSDAY)


def test_talks_with_a_party_outside_the_scene_take_no_scene_day():
    events = events_of(LEAD + SCENE + " The talks with Egyptian President Abdel Fattah al-Sisi covered the Nile dam.\n",
                       DCT)
    talks = the_event(events, "CONSULT", "talks")
    assert "scene day:" not in (talks.date_derivation or "")
