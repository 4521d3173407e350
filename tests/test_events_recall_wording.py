"""Recall round 13: ordinary news wording for acts the lexicon missed: assurances (SUPPORT), orders sending diplomats
away (SANCTION), stopping fighting or exercises (RETREAT), a visit told by "is due in <place>" or "came to <place>"
(CONSULT), a coup with its date (COERCE), concluding an agreement (AGREE), sending weapons or aid (AID), requests,
strikes by workers, apologies, assassinations, sentences, joining an organization, trading
accusations, opening a crossing; and measures told around an aside are two acts (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


def _found(text: str, word: str):
    return [e for e in events_of(text, DCT) if any(word in m.trigger for m in e.mentions)]


@pytest.mark.parametrize(
    ("text", "word", "type_", "status", "day"),
    [
        ("Scholz assured Lithuania on Tuesday that Germany would defend its territory.", "assured", "SUPPORT",
         "occurred", date(2025, 3, 4)),
        ("The prime minister reassured Kyiv on Monday that aid would continue.", "reassured", "SUPPORT", "occurred",
         date(2025, 3, 3)),
        ("Paris ordered four Iranian diplomats out of the country on Wednesday.", "ordered", "SANCTION", "occurred",
         date(2025, 3, 5)),
        ("Seoul said on Thursday that South Korea would stop the joint drills with Japan.", "stop", "RETREAT", "planned",
         None),
        ("Chancellor Scholz is due in Warsaw on Tuesday.", "due in", "CONSULT", "planned", date(2025, 3, 11)),
        ("The Saudi foreign minister came to Tehran on Monday.", "came to", "CONSULT", "occurred", date(2025, 3, 3)),
        ("Mali and Algeria concluded a border agreement in Algiers on Sunday.", "agreement", "AGREE", "occurred",
         date(2025, 3, 2)),
        ("Norway sent ammunition and medicines to Kyiv on Tuesday.", "sent", "AID", "occurred", date(2025, 3, 4)),
        ("Kyiv requested more air defence systems from Berlin on Monday.", "requested", "DEMAND", "occurred",
         date(2025, 3, 3)),
        ("Dock workers went on strike in Buenos Aires on Monday.", "went on strike", "PROTEST", "occurred",
         date(2025, 3, 3)),
        ("The Dutch prime minister apologized to Indonesia on Thursday for the colonial violence.", "apologized",
         "STATEMENT", "occurred", date(2025, 3, 6)),
        ("Israel assassinated a Hamas commander in Beirut on Tuesday.", "assassinated", "ASSAULT", "occurred",
         date(2025, 3, 4)),
        ("A Moscow court sentenced the American reporter to 16 years on Wednesday.", "sentenced", "COERCE", "occurred",
         date(2025, 3, 5)),
        ("Sweden formally joined NATO on Thursday.", "joined", "COOPERATE", "occurred", date(2025, 3, 6)),
        ("Bahrain and Israel normalised ties on Monday.", "normalised ties", "COOPERATE", "occurred", date(2025, 3, 3)),
        ("China and the Philippines traded accusations on Monday over the collision.", "traded accusations",
         "DISAPPROVE", "occurred", date(2025, 3, 3)),
        ("Egypt opened the Rafah crossing on Monday to let aid in.", "opened", "CONCEDE", "occurred", date(2025, 3, 3)),
    ],
)
def test_events_recall_ordinary_wording(text, word, type_, status, day):
    found = _found(text, word)
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events_of(text, DCT)]
    event = found[0]
    assert (event.type, event.status) == (type_, status)
    if day is not None:
        assert event.date_start == day


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He came to power in 2019.", "came to"),
        ("The next payment is due in March.", "due in"),
        ("The minister ordered an inquiry on Monday.", "ordered"),
        ("Officials said the rains would stop by Friday.", "stop"),
        ("The reporter requested anonymity on Monday.", "requested"),
        ("Thousands joined the march on Monday.", "joined"),
        ("Officials sent a letter on Monday.", "sent"),
    ],
)
def test_events_recall_wording_needs_its_object(text, word):
    assert _found(text, word) == []


def test_events_recall_wording_verb_after_its_noun_tells_the_nouns_event():
    # "The talks concluded on Friday": no event of "concluded" on its own; the verb tells the talks' event (a mention)
    events = events_of("The talks concluded on Friday without a deal.", DCT)
    assert [(e.type, e.trigger) for e in events] == [("CONSULT", "talks")]


def test_events_recall_visit_due_for_a_meeting_is_that_meeting():
    events = events_of("Chancellor Scholz is due in Beijing on Tuesday to meet Xi Jinping.", DCT)
    assert [e.type for e in events] == ["CONSULT"]


def test_events_recall_measures_around_an_aside_are_two_acts():
    text = ("Britain expelled 20 Russian diplomats on Wednesday, its largest such step in decades, and suspended "
            "high-level contacts with Moscow.")
    sanctions = [e for e in events_of(text, DCT) if e.type == "SANCTION"]
    assert len(sanctions) == 2, [(e.type, e.trigger) for e in events_of(text, DCT)]


def test_events_recall_measures_in_a_comma_list_stay_one_act():
    text = "On Monday Benin closed its border with Niger, suspended transactions, froze its assets and barred flights."
    assert [e.type for e in events_of(text, DCT) if e.type == "SANCTION"] == ["SANCTION"]


def test_events_recall_measures_with_an_oxford_comma_stay_one_act():
    text = "On Monday Benin closed its border with Niger, suspended transactions, froze its assets, and barred flights."
    assert [e.type for e in events_of(text, DCT) if e.type == "SANCTION"] == ["SANCTION"]


def test_events_recall_two_measures_joined_by_comma_and_are_two_acts():
    # ", and" after a date closes a clause: a second measure, not the end of a list
    text = "Thailand expelled the Cambodian envoy on Thursday, and closed all border crossings."
    assert sorted(e.trigger for e in events_of(text, DCT) if e.type == "SANCTION") == ["closed", "expelled"]
