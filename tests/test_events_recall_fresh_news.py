"""Acts fresh news tells with constructions the other stages missed: an armed movement into a state, a coordination
of an exchange, a second passive coordinated with a first and dated on its own, a counted passive, another round of
talks expected on a day, a pair of commanders due to speak, an announcement of sanctions; and a participle that
describes ("firms accused of ...") is no accusation."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

WED = date(2023, 5, 10)  # a Wednesday


@pytest.mark.parametrize("text, type_, trigger, source, target, day", [
    ("Turkish troops crossed into Syria on Monday.", "FIGHT", "crossed into", "Türkiye", "Syria", date(2023, 5, 8)),
    ("Armenian forces pushed into Azerbaijan on Tuesday.", "FIGHT", "pushed into", "Armenia", "Azerbaijan", date(2023, 5, 9)),
    ("Qatar coordinated the swap on Tuesday.", "COOPERATE", "coordinated", "Qatar", None, date(2023, 5, 9)),
    ("Canada announced sanctions on Iranian officials on Monday.", "SANCTION", "announced sanctions", "Canada", "Iran",
     date(2023, 5, 8)),
    ("Japan announced new sanctions on Russia on Tuesday.", "SANCTION", "announced new sanctions", "Japan", "Russia",
     date(2023, 5, 9)),
])
def test_events_recall_missed_trigger(text, type_, trigger, source, target, day):
    event = the_event(events_of(text, WED), type_, trigger)
    assert (event.status, event.source_actor, event.target_actor) == ("occurred", source, target)
    assert event.date_start == event.date_end == day


@pytest.mark.parametrize("text", [
    "Thousands of refugees crossed into Poland on Monday.",
    "The EU blacklisted 90 companies on Monday, among them firms accused of shipping arms to Iran.",
])
def test_events_recall_no_act(text):
    assert [e for e in events_of(text, WED) if e.type in ("FIGHT", "DISAPPROVE")] == []


@pytest.mark.parametrize("text, first, second", [
    ("The journalist was detained in January and sentenced to six years on Monday.",
     ("detained", date(2023, 1, 1), date(2023, 1, 31)), ("sentenced", date(2023, 5, 8), date(2023, 5, 8))),
    ("The activist was arrested in February and deported on Tuesday.",
     ("arrested", date(2023, 2, 1), date(2023, 2, 28)), ("deported", date(2023, 5, 9), date(2023, 5, 9))),
])
def test_events_recall_coordinated_passive_is_its_own_act(text, first, second):
    events = events_of(text, WED)
    who = text.split(" was ")[0].lower()
    for trigger, start, end in (first, second):
        event = the_event(events, "COERCE", trigger)
        assert (event.status, event.source_actor, event.date_start, event.date_end) == ("occurred", None, start, end)
        assert event.summary.lower() == f"{who} {trigger}"  # whom it was done to, never an invented doer


@pytest.mark.parametrize("text, trigger", [
    ("The interior minister said on Tuesday that more than 300 people had been detained.", "detained"),
    ("Police said dozens of protesters had been arrested.", "arrested"),
])
def test_events_recall_counted_passive(text, trigger):
    event = the_event(events_of(text, WED), "COERCE", trigger)
    assert event.status == "occurred" and event.date_end <= WED


def test_events_recall_counted_casualties_are_no_act():
    assert events_of("Officials said two soldiers had been killed.", WED) == ()


@pytest.mark.parametrize("text, day", [
    ("Serbia and Kosovo held talks in Brussels on Monday. A second round of talks is expected on Friday.", date(2023, 5, 12)),
    ("Serbia and Kosovo held talks in Brussels on Monday. Another round of negotiations is expected on Thursday.",
     date(2023, 5, 11)),
    ("Serbia and Kosovo held talks in Brussels on Monday. A new round of negotiations is scheduled for Friday.",
     date(2023, 5, 12)),
    ("Serbia and Kosovo held talks in Brussels on Monday. The next round of talks will be held on Friday.", date(2023, 5, 12)),
])
def test_events_recall_expected_round_is_planned_by_the_parties(text, day):
    events = [e for e in events_of(text, WED) if e.type == "CONSULT" and e.status == "planned"]
    assert len(events) == 1, events
    assert (events[0].source_actor, events[0].target_actor, events[0].date_start, events[0].date_end) == (
        "Serbia", "Kosovo", day, day)


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan agreed to a truce on Monday. The military commanders are due to speak again on Friday.",
    "Armenia and Azerbaijan agreed to a truce on Monday. The two army commanders will speak again on Friday.",
])
def test_events_recall_commanders_are_the_pair(text):
    event = the_event(events_of(text, WED), "CONSULT", "speak")
    assert (event.status, event.source_actor, event.target_actor) == ("planned", "Armenia", "Azerbaijan")
    assert event.date_start == event.date_end == date(2023, 5, 12)


@pytest.mark.parametrize("text, source, target", [
    ("The Human Rights Council voted on Monday to demand that Myanmar free all political prisoners.",
     "UN Human Rights Council", "Myanmar"),
    ("The UN Security Council voted on Tuesday to demand that Israel and Hamas stop the fighting.", "UN Security Council", "Israel"),
    ("The UN Security Council voted unanimously on Tuesday to demand that Sudan end the siege.", "UN Security Council", "Sudan"),
])
def test_events_recall_vote_to_demand_is_one_demand(text, source, target):
    events = events_of(text, WED)
    assert [(e.type, e.status, e.source_actor, e.target_actor) for e in events] == [("DEMAND", "occurred", source, target)]


def test_events_recall_protests_after_conjunction_are_protests():
    text = "Georgia expels Russian diplomats as protests over the vote spread\n\nTBILISI - Georgia ordered two Russian " \
           "diplomats to leave on Monday."
    events = events_of(text, WED)
    assert not [e for e in events if e.type == "DISAPPROVE"]
    protest = the_event(events, "PROTEST", "protests")
    assert (protest.status, protest.source_actor, protest.target_actor) == ("occurred", None, None)
    expel = the_event(events, "SANCTION", "ordered")
    assert (expel.source_actor, expel.target_actor, expel.date_start) == ("Georgia", "Russia", date(2023, 5, 8))


def test_events_recall_subordinate_subject_is_no_target():
    events = events_of("Petro vowed to seek a new deal with the rebels, after the Stimson Center praised his efforts "
                       "on Monday.", WED)
    assert the_event(events, "THREATEN", "vowed").target_actor is None
    praise = the_event(events, "SUPPORT", "praised")
    assert (praise.source_actor, praise.date_start) == ("Stimson Center", date(2023, 5, 8))


def test_events_recall_counted_object_takes_no_earlier_target():
    text = "The EU adopted a new package of sanctions on Monday, listing 120 firms, including companies accused of " \
           "shipping drones to Iran. Canada imposed sanctions on 40 further people on Tuesday."
    events = events_of(text, WED)
    assert not [e for e in events if e.type == "DISAPPROVE"]
    canada = the_event(events, "SANCTION", "imposed sanctions")
    assert (canada.source_actor, canada.target_actor, canada.date_start) == ("Canada", None, date(2023, 5, 9))


@pytest.mark.parametrize("text, group_word", [
    ("Protesters burned tyres outside the ministry and clashed with police across the capital on Monday and again "
     "on Tuesday.", "Protesters"),
    ("Students marched to the parliament and clashed with riot police on Monday.", "Students"),
])
def test_events_recall_coordinated_verb_keeps_group_subject(text, group_word):
    event = the_event(events_of(text, WED), "FIGHT", "clashed")
    assert (event.status, event.source_actor, event.date_start) == ("occurred", None, date(2023, 5, 8))
    assert event.summary.startswith(group_word)


def test_events_recall_bare_demand_content_is_no_act():
    events = events_of("The council demands Armenia withdraw from the border villages.", WED)
    assert [(e.type, e.target_actor) for e in events] == [("DEMAND", "Armenia")]
