"""The one-line summary says the act as the text tells it, never garbled or inverted: the place a force leaves or
strikes as named ("Russia withdraws from Kherson", not "from Ukraine"), a joint act as the pair's ("India and France
hold drills"), the blaming word of "called X <adjective>" (all the disapproval says), the doer of an act completed
from its attribution (never the attribution's own words: "The president met Xi ..., the White House said" is no
meeting of the White House), a thing of a state as the thing ("rejects the Hungarian proposal", not "rejects
Hungary"). Summaries of the readings of ``test_events_actors_attributions.py`` are asserted here too."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


def _one(text: str, type_: str):
    found = [e for e in events_of(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events_of(text)]
    return found[0]


@pytest.mark.parametrize("text, source, target, summary", [
    ("The withdrawal of Russian troops from Syria began on Monday.", "Russia", "Syria", "Russia withdraws from Syria"),
    ("The pullout of French soldiers from Mali was completed in August.", "France", "Mali",
     "France withdraws from Mali"),
    ("Russia withdrew its troops from Kherson on Friday.", "Russia", "Ukraine", "Russia withdraws from Kherson"),
    ("Russian forces withdrew from Kherson on Friday.", "Russia", "Ukraine", "Russia withdraws from Kherson"),
    ("Israel withdrew its forces from Khan Younis on Sunday.", "Israel", "Palestine",
     "Israel withdraws from Khan Younis"),
    # no doer named: the place after "from" is the place left, never the one who withdraws
    ("The withdrawal of foreign fighters from Libya began on Monday.", None, "Libya", "Withdrawal from Libya"),
    ("The withdrawal of mercenaries from Mali was completed in August.", None, "Mali", "Withdrawal from Mali"),
])
def test_events_summary_withdrawal_names_the_place_left(text, source, target, summary):
    event = _one(text, "RETREAT")
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


@pytest.mark.parametrize("text, source, target, summary", [
    ("Russian missiles struck Odesa on Monday.", "Russia", "Ukraine", "Russia strikes Odesa"),
    ("Israel struck targets near Damascus on Monday.", "Israel", "Syria", "Israel strikes targets near Damascus"),
    # no doer named: what was done to whom, in the text's own verb
    ("Border guards fired on a Pakistani patrol on Sunday.", None, "Pakistan", "Fired on a Pakistani patrol"),
])
def test_events_summary_strike_names_the_place_struck_once(text, source, target, summary):
    event = _one(text, "ASSAULT")
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


@pytest.mark.parametrize("text, source, target, summary", [
    ("India and France began joint naval exercises on Monday.", "India", "France", "India and France hold drills"),
    ("China and Pakistan held joint air drills on Tuesday.", "China", "Pakistan", "China and Pakistan hold drills"),
    ("Egypt and Jordan began joint air force drills on Monday.", "Egypt", "Jordan", "Egypt and Jordan hold drills"),
])
def test_events_summary_joint_act_is_the_pairs(text, source, target, summary):
    event = _one(text, "MOBILIZE")
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


@pytest.mark.parametrize("text, source, summary", [
    ("Macron called the attack cowardly.", "Emmanuel Macron", "Macron calls the attack cowardly"),
    ("Iran called the inspectors' report hostile on Tuesday.", "Iran", "Iran calls the inspectors' report hostile"),
    ("Germany called the verdict unacceptable on Wednesday.", "Germany", "Germany calls the verdict unacceptable"),
    # a quoted blaming word keeps its closing quotation mark
    ('Kremlin spokesman Dmitry Peskov called the expulsions "unfriendly" on Tuesday.', "Dmitry Peskov",
     'Peskov calls the expulsions "unfriendly"'),
    ("Kremlin spokesman Dmitry Peskov called the expulsions \u201cunfriendly\u201d on Tuesday.", "Dmitry Peskov",
     "Peskov calls the expulsions \u201cunfriendly\u201d"),
])
def test_events_summary_called_keeps_the_blaming_word(text, source, summary):
    event = _one(text, "DISAPPROVE")
    assert (event.source_actor, event.target_actor, event.summary) == (source, None, summary)


@pytest.mark.parametrize("text, type_, source, target, summary", [
    ("The president met Xi in Beijing, the White House said.", "CONSULT", "United States", "Xi Jinping",
     "United States and Xi Jinping meet in Beijing"),
    ("The prime minister held talks with Indian leaders in New Delhi on Monday, Japanese government officials said.",
     "CONSULT", "Japan", "India", "Japan and India hold talks in New Delhi"),
    ("Both governments signed a fisheries agreement on Friday, the foreign ministries of Norway and Iceland said.",
     "AGREE", "Norway", "Iceland", "Norway and Iceland sign agreement"),
])
def test_events_summary_act_completed_from_attribution_uses_the_acts_doer(text, type_, source, target, summary):
    event = _one(text, type_)
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


@pytest.mark.parametrize("text, type_, source, target, summary", [
    ("Kyiv rejected the Hungarian proposal on Tuesday.", "REJECT", "Ukraine", "Hungary",
     "Kyiv rejects the Hungarian proposal (on Hungary)"),
    ("Estonia expelled a Russian diplomat on Friday.", "SANCTION", "Estonia", "Russia",
     "Estonia expels a Russian diplomat"),
    ("Egypt summoned the Israeli ambassador on Monday.", "DISAPPROVE", "Egypt", "Israel",
     "Egypt summons the Israeli ambassador"),
    # a list of two states' adjectives is two parties, not a thing of one
    ("Pompeo will brief South Korean and Japanese officials in Seoul next week.", "CONSULT", "Mike Pompeo",
     "South Korea", "Pompeo briefs South Korea in Seoul (planned)"),
])
def test_events_summary_thing_of_a_state_is_told_as_the_thing(text, type_, source, target, summary):
    event = _one(text, type_)
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


@pytest.mark.parametrize("text, trigger, source, target, summary", [
    ("Talks were held in Muscat on Sunday between Iranian officials and a US delegation.", "talks", "Iran",
     "United States", "Iran and United States hold talks in Muscat"),
    ("A truce was agreed on Monday between Armenia and Azerbaijan.", "truce", "Armenia", "Azerbaijan",
     "Armenia and Azerbaijan agree a truce"),
    ("Turkish and US diplomats met in Ankara on Monday.", "met", "Türkiye", "United States",
     "Türkiye and United States meet in Ankara"),
    ("Turkish and Syrian forces clashed along the Iraqi border on Sunday.", "clashed", "Türkiye", "Syria",
     "Türkiye clashes with Syria"),
    ("Beijing lifted tariffs on Australian wine on Friday.", "lifted", "China", "Australia",
     "Beijing lifts tariffs on Australian wine"),
    ("Canada imposed duties on Chinese electric vehicles on Monday.", "imposed", "Canada", "China",
     "Canada imposes duties on China"),
    ("The Indian prime minister ruled out a visit to China this year.", "ruled out", "India", "China",
     "India rules out a visit (on China)"),
])
def test_events_summary_of_attribution_readings(text, trigger, source, target, summary):
    """The readings of pairs, joint acts and goods owners, each with the summary an analyst would write."""
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)
