"""The speaker of a trailing attribution (", a spokesman for the Vietnamese foreign ministry said") is the party the
attribution names, or, when it names none ("the prime minister's office", "a spokesman", "state media"), the side
doing the act it reports; a bystander ("mediators", "residents") is no one. The party an attribution names also
completes an act told by a bare title or a pair ("Both governments signed ..., the foreign ministries of A and B
said"). Joint acts of a pair ("began joint drills", "talks were held ... between A and B") are the first's with the
second."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import load_gazetteer
from timeline.events import extract_events
from timeline.model import Document
from timeline.temporal import tag_text

_GAZETTEER = load_gazetteer()


def _events(text: str):
    doc = Document(id="t", text=text, dct=date(2024, 5, 17), dct_source="cli")
    return extract_events(doc, tag_text(text, doc.dct), _GAZETTEER).events


def _by_trigger(text: str, trigger: str):
    found = [e for e in _events(text) if trigger in e.trigger]
    assert found, f"no event with trigger {trigger!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, trigger, source, day", [
    ("Turkey called on both Armenia and Azerbaijan to show restraint, a spokesman for the Turkish foreign ministry "
     "said on Monday.", "called on", "Türkiye", date(2024, 5, 13)),
    ("Ghana accepted a mediation offer from the African Union, the president's office said on Friday.", "accepted",
     "Ghana", date(2024, 5, 17)),
    ("Hezbollah warned the United States of a harsh response, a spokesman said on Sunday.", "warned", "Hezbollah",
     date(2024, 5, 12)),
    ("Kyiv rejected the Hungarian proposal, an adviser to President Volodymyr Zelensky said on Tuesday.", "rejected",
     "Ukraine", date(2024, 5, 14)),
])
def test_events_trailing_attribution_of_the_doers_own_side_dates_the_act(text, trigger, source, day):
    """The attribution speaks for the doer (it names the doer's state, or no party at all): the act is done in
    that saying, so it takes the saying's day; the saying itself is no second event (the gold guidelines)."""
    event = _by_trigger(text, trigger)
    assert (event.source_actor, event.date_start, event.date_end) == (source, day, day)
    assert [e.trigger for e in _events(text)] == [event.trigger]


@pytest.mark.parametrize("text, trigger, source, target, day, summary", [
    ("Talks between Armenia and Azerbaijan resumed in Geneva on Monday, mediators said on Tuesday.", "Talks",
     "Armenia", "Azerbaijan", date(2024, 5, 13), "Armenia and Azerbaijan hold talks in Geneva"),
    ("Russian forces shelled the town on Sunday, residents told reporters on Monday.", "shelled", "Russia", None,
     date(2024, 5, 12), "Russia shells the town"),
    ("Israeli troops raided the camp on Sunday, medical workers told reporters on Monday.", "raided", "Israel", None,
     date(2024, 5, 12), "Israel attacks the camp"),
])
def test_events_bystander_attribution_is_no_party(text, trigger, source, target, day, summary):
    """The act told is the parties' own, on its own day; the bystanders who tell it ("told reporters" is a saying the
    extractor reads as an event of its own when a party speaks) make no event, and are no party of the act."""
    event = _by_trigger(text, trigger)
    assert (event.source_actor, event.target_actor, event.date_start, event.date_end, event.summary) == (
        source, target, day, day, summary)
    assert [e.trigger for e in _events(text)] == [event.trigger]


@pytest.mark.parametrize("text, trigger, source", [
    ("Lavrov, speaking in Ankara on Monday, said the talks had been useful.", "said", "Sergey Lavrov"),
])
def test_events_attribution_own_subject_stands(text, trigger, source):
    assert _by_trigger(text, trigger).source_actor == source


@pytest.mark.parametrize("text, trigger, source, target, summary", [
    ("Both governments signed a fisheries agreement on Friday, the foreign ministries of Norway and Iceland said.",
     "agreement", "Norway", "Iceland", "Norway and Iceland sign agreement"),
    # the doer in the act's own words, as the state the attribution names (not "Japanese government officials")
    ("The prime minister held talks with Indian leaders in New Delhi on Monday, Japanese government officials said.",
     "talks", "Japan", "India", "Japan and India hold talks in New Delhi"),
])
def test_events_attribution_completes_the_act_it_attributes(text, trigger, source, target, summary):
    event = _by_trigger(text, trigger)
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


@pytest.mark.parametrize("text, trigger, source, target, summary", [
    ("Talks were held in Muscat on Sunday between Iranian officials and a US delegation.", "Talks", "Iran",
     "United States", "Iran and United States hold talks in Muscat"),
    ("A truce was agreed on Monday between Armenia and Azerbaijan.", "truce", "Armenia", "Azerbaijan",
     "Armenia and Azerbaijan agree a truce"),
    ("Egypt and Jordan began joint air force drills on Monday.", "drills", "Egypt", "Jordan",
     "Egypt and Jordan hold drills"),
    ("India and Japan started joint naval exercises off Chennai on Tuesday.", "exercises", "India", "Japan",
     "India and Japan hold drills"),
    # a state adjective and a name before one head: both sides
    ("Turkish and US diplomats met in Ankara on Monday.", "met", "Türkiye", "United States",
     "Türkiye and United States meet in Ankara"),
    ("Chinese and EU officials held talks in Brussels last week.", "talks", "China", "European Union",
     "China and EU hold talks in Brussels"),
    ("Egyptian and Hamas negotiators held talks in Cairo on Sunday.", "talks", "Egypt", "Hamas",
     "Egypt and Hamas hold talks in Cairo"),
])
def test_events_joint_act_is_the_first_party_with_the_second(text, trigger, source, target, summary):
    """A joint act is the pair's, and its summary says so ("India and Japan hold drills", never "India holds drills
    Japan")."""
    event = _by_trigger(text, trigger)
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


@pytest.mark.parametrize("text, trigger, source", [
    ("Japan and Australia voiced concern over the missile launch on Monday.", "voiced concern", "Japan"),
    ("Spain and Portugal condemned the attack on Tuesday.", "condemned", "Spain"),
])
def test_events_pair_acting_alike_without_joint_word_has_no_target(text, trigger, source):
    event = _by_trigger(text, trigger)
    assert (event.source_actor, event.target_actor) == (source, None)


@pytest.mark.parametrize("text, source, target", [
    ("The Turkish foreign minister's visit to Athens, due to start on Monday, was postponed.", "Türkiye", "Greece"),
    ("The Indian prime minister ruled out a visit to China this year.", "India", "China"),
    ("German Chancellor Olaf Scholz is on a two-day visit to India that began on Friday.", "Olaf Scholz", "India"),
])
def test_events_visit_told_without_its_visitor_takes_the_visitor_from_the_clause(text, source, target):
    event = next(e for e in _events(text) if e.type == "CONSULT")
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text", [
    "China condemned a visit to Taiwan.",  # another side's visit, not the critic's
    "Beijing criticised a planned visit to Taiwan.",
])
def test_events_visit_criticised_is_not_the_critics(text):
    event = next(e for e in _events(text) if e.type == "CONSULT")
    assert (event.source_actor, event.target_actor) == (None, "Taiwan")


@pytest.mark.parametrize("text, source, target", [
    ("The withdrawal of Russian troops from Syria began on Monday.", "Russia", "Syria"),
    ("The withdrawal of the last French soldiers from Niger was completed on Friday.", "France", "Niger"),
    ("The pullout of US forces from Afghanistan ended in August.", "United States", "Afghanistan"),
    ("The withdrawal of Ukrainian troops from Avdiivka was completed on Saturday.", "Ukraine", None),  # its own town
])
def test_events_withdrawal_noun_is_aimed_at_the_state_left(text, source, target):
    event = next(e for e in _events(text) if e.type == "RETREAT")
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Turkish and Syrian forces clashed along the Iraqi border on Sunday.", "clashed", "Türkiye", "Syria"),
    ("Russian and Ukrainian troops fought near the Belarusian border.", "fought", "Russia", "Ukraine"),
])
def test_events_state_adjective_of_a_place_is_no_third_side_of_a_joint_act(text, trigger, source, target):
    event = _by_trigger(text, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Beijing lifted tariffs on Australian wine on Friday.", "China", "Australia"),
    ("Canada imposed duties on Chinese electric vehicles on Monday.", "Canada", "China"),
    ("India said on Monday it would lift anti-dumping duties on Chinese steel.", "India", "China"),
    ("France lifted its tariffs on French cheese.", "France", None),  # its own goods
])
def test_events_sanction_on_a_states_goods_is_aimed_at_that_state(text, source, target):
    event = next(e for e in _events(text) if e.type in ("SANCTION", "CONCEDE"))
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text", ["Talks were held between", "The talks between", "A deal was struck on Monday between"])
def test_events_text_ending_after_between_is_read_without_error(text):
    """A pair word at the very end of a text (a cut-off article) names no pair; the document is still read."""
    assert all(e.target_actor is None for e in _events(text))
