"""Targets told in the sentence before (timeline/events/actor_sides.py, arguments.py): a reply with no one answered
named answers the other party of the exchange just told ("Biden told Xi ... Xi replied that ..."), and an object
"him"/"her" reaches back over a sentence that names no person to the person told before it ("Carney told Zelensky
.... He said ... . Zelensky thanked him"). A reply after an act between others, or a reply in a new paragraph, keeps
no target; a saying about a third party keeps its own. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, source, target", [
    ('"We must keep talking," Biden told Putin as the meeting opened on Friday. Putin replied that the world was big '
     'enough for both countries.', "Vladimir Putin", "Joe Biden"),
    ("Lula told Milei on Friday that trade had to grow. Milei responded that Argentina would not wait for Brazil.",
     "Javier Milei", "Luiz Inácio Lula da Silva"),
    ("Macron told Xi on Friday that Europe wanted balanced trade, and Xi replied that China was open to business.",
     "Xi Jinping", "Emmanuel Macron"),
])
def test_events_reply_answers_the_other_party_told_just_before(text, source, target):
    event = the_event(events_of(text), None, "replied" if "replied" in text else "responded")
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_reply_after_an_act_between_others_has_no_target():
    text = "Biden met Putin in Geneva on Friday. Erdogan replied that Turkey would stay neutral."
    event = the_event(events_of(text), None, "replied")
    assert (event.source_actor, event.target_actor) == ("Recep Tayyip Erdoğan", None)


def test_events_reply_in_a_new_paragraph_does_not_reach_back():
    text = "Biden told Putin on Friday that the talks mattered.\n\nPutin replied that the world was big enough."
    event = the_event(events_of(text), None, "replied")
    assert event.target_actor is None


def test_events_reply_naming_its_own_addressee_keeps_it():
    text = "Biden told Putin on Friday that the talks mattered. Putin replied to Macron that France should stay out."
    event = the_event(events_of(text), None, "replied")
    assert event.target_actor == "Emmanuel Macron"


def test_events_him_reaches_over_a_sentence_naming_no_person():
    text = ('"We stand with you," Carney told Zelensky in Kyiv on Friday. He said Canada would send more aid. '
            "Zelensky thanked him for the support.")
    event = the_event(events_of(text), "SUPPORT", "thanked")
    assert (event.source_actor, event.target_actor) == ("Volodymyr Zelensky", "Mark Carney")


def test_events_him_keeps_the_person_of_the_sentence_before_when_one_is_named():
    text = ("Carney told Zelensky in Kyiv on Friday that Canada would help. Macron spoke with Zelensky later. "
            "Zelensky thanked him for the call.")
    event = the_event(events_of(text), "SUPPORT", "thanked")
    assert event.target_actor == "Emmanuel Macron"


def test_events_him_does_not_reach_back_over_a_paragraph():
    text = ("Carney told Zelensky in Kyiv on Friday that Canada would help.\n\nHe said Canada would send more aid. "
            "Zelensky thanked him for the support.")
    event = the_event(events_of(text), "SUPPORT", "thanked")
    assert event.target_actor != "Mark Carney"
