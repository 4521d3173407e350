"""Precision round 4: an undated act in a relative clause about things ("officials whom Washington accused") is
background; an announcement of its own side's act done is that act; a saying joined by "and" to its speaker's own
act is said in doing it; an event noun named by an earlier year ("the 2015 nuclear agreement") is a standing thing
the story refers to; a past participle before the noun it describes ("two detained Canadians") is an adjective.
The events beside them, and near cases that are events, stay (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, types_of


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the saying joined to the speaker's act is part of that act
        ("Erdogan condemned the strike on Monday and said Turkey stood with Iran.", ["DISAPPROVE"]),
        ("Macron met Scholz in Berlin on Monday and said Europe must rearm.", ["CONSULT"]),
        ("Israel accused Hamas on Tuesday of breaking the ceasefire and said the group would pay.", ["DISAPPROVE"]),
        # an agreement named by an earlier year is referred to, not made
        ("Both leaders said they wanted to preserve the 2015 nuclear agreement with Iran.", []),
        ("Kyiv cited the 1994 accord in its appeal on Monday.", []),
        # an announcement of the announcer's own act done is that act made known
        ("The Pentagon announced on Monday that it is sending 3,000 troops to Poland.", ["MOBILIZE"]),
        ("Germany announced on Monday that it had expelled two Russian diplomats.", ["SANCTION"]),
        # an undated act in a relative clause describing things is background to them
        ("The EU sanctioned eight officials whom Washington accused of planning the attack.", ["SANCTION"]),
        ("The list includes Chinese suppliers that Washington has pressed allies to avoid.", []),
        ("Two soldiers were killed by landmines that Baku blamed on Armenian saboteurs.", []),
        # a participle before its noun describes it
        ("Beijing released two detained Canadians on Friday.", ["CONCEDE"]),
        ("Kyiv demanded the release of other detained officials.", ["DEMAND"]),
    ],
)
def test_extract_named_and_joined_words_are_noevents_of(text, types):
    assert types_of(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a saying with an addressee of its own, or by another speaker, is a saying of its own (typed by the support
        # its words voice)
        ("Erdogan condemned the strike on Monday and told the UN Security Council that Turkey stood with Iran.",
         ["DISAPPROVE", "SUPPORT"]),
        ("Erdogan condemned the strike on Monday, and Putin said on Tuesday that Russia stood with Iran.",
         ["DISAPPROVE", "SUPPORT"]),
        # a plan announced, or another side's act announced, is news of its own
        ("The Pentagon announced on Monday that it would send 3,000 troops to Poland.", ["ANNOUNCE", "MOBILIZE"]),
        ("Qatar announced on Monday that Israel and Hamas had agreed to a truce.", ["AGREE", "ANNOUNCE"]),
        # "that" naming the thing announced opens no content: the call after it is an act of its own
        ("Trump announced that agreement on Friday after speaking by phone with King Hamad and Netanyahu.",
         ["ANNOUNCE", "CONSULT"]),
        # a relative clause with a date of its own tells news
        ("Kyiv published the documents that Moscow signed on Tuesday.", ["AGREE", "ANNOUNCE"]),
        ("Russia expelled the diplomats whom Britain accused of spying on Monday.", ["DISAPPROVE", "SANCTION"]),
        # the act itself is told: a verb with an object, not an adjective
        ("Russia detained two Ukrainian sailors on Friday.", ["COERCE"]),
        # this year's agreement is the story's own
        ("Israel and the UAE signed the 2025 agreement in Washington on Tuesday.", ["AGREE"]),
    ],
)
def test_extract_near_cases_stayevents_of(text, types):
    assert types_of(text) == types


def test_extract_joined_saying_keeps_act_date_and_words():
    (event,) = events_of("Macron met Scholz in Berlin on Monday and said Europe must rearm.")
    assert event.trigger == "met"
    assert event.date_start == event.date_end == date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an act of one known party told again with both parties is the same act
        ("The rebel commander Ivan Marquez, who had signed the deal with him, was absent. "
         "Petro and Marquez had signed the accord on February 26 in Havana.", 1),
        # a call with a party from a new country is a new call
        ("Netanyahu spoke by phone with Sheikh Mohammed bin Zayed on Monday. "
         "Later Netanyahu spoke by phone with King Hamad and Mahmoud Abbas.", 2),
    ],
)
def test_extract_act_told_again_with_both_parties_is_one_event(text, count):
    assert len(events_of(text)) == count


@pytest.mark.parametrize(
    ("text", "announcement"),
    [
        # the decision announced is the act done that the announcer tells in the same sentence
        ("Trump announced the decision on Twitter late on Tuesday, saying he would be postponing his visit to Denmark.",
         False),
        # a plan announced is news of its own
        ("Trump announced the decision on Twitter on Tuesday, saying the United States would withdraw its troops.",
         True),
    ],
)
def test_extract_announced_decision_is_the_act_done(text, announcement):
    events = events_of(text)
    assert ("ANNOUNCE" in {e.type for e in events}) is announcement
    assert any(e.type != "ANNOUNCE" for e in events)
