"""Doers and targets: a deal only asked for, the subject a participle describes, a person met, the sayer's own demand,
an actor acting with a group."""

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, noun, parties", [
    ("Erdoğan met Aliyev and Pashinyan in Ankara on Monday and urged them to sign a peace deal.", "deal",
     {"Ilham Aliyev", "Nikol Pashinyan"}),
    ("Erdoğan urged Aliyev and Pashinyan to sign a peace deal on Monday.", "deal", {"Ilham Aliyev", "Nikol Pashinyan"}),
    ("Washington pressed Kyiv and Moscow to sign a peace deal on Monday.", "deal", {"Ukraine", "Russia"}),
    ("Macron called on Russia and Ukraine to sign a ceasefire on Monday.", "ceasefire", {"Russia", "Ukraine"}),
])
def test_events_deal_urged_on_others_is_only_planned_and_theirs(text, noun, parties):
    deal = the_event(events_of(text), "AGREE", noun)
    assert deal.status == "planned" and {deal.source_actor, deal.target_actor} == parties


def test_events_deal_signed_stays_done():
    deal = the_event(events_of("Aliyev and Pashinyan signed a peace deal on Monday."), "AGREE", "deal")
    assert deal.status == "occurred"


@pytest.mark.parametrize("text, target", [
    ("Chinese firms accused of helping Russia were sanctioned by the EU on Monday.", "China"),
    ("Iran's companies linked to Russia were sanctioned by Washington on Monday.", "Iran"),
    ("Firms accused of helping Russia were sanctioned by the EU on Monday.", None),
    ("Two Russian diplomats were expelled by Poland on Monday.", "Russia"),  # no participle: as before
    ("Russia was condemned by the EU on Monday.", "Russia"),
])
def test_events_passive_subject_is_the_described_noun(text, target):
    events = events_of(text)
    assert not any(e.type == "DISAPPROVE" and e.trigger == "accused" for e in events)
    (event,) = [e for e in events if e.type in ("SANCTION", "DISAPPROVE")]
    assert event.target_actor == target


@pytest.mark.parametrize("text, met", [
    ("Ursula von der Leyen met Władysław Kosiniak-Kamysz in Brussels on Monday.", "Władysław Kosiniak-Kamysz"),
    ("Macron met with Ngozi Okonjo-Iweala in Paris on Tuesday.", "Ngozi Okonjo-Iweala"),
    ("The king received Amina Mohammed Tessema at the palace on Monday.", "Amina Mohammed Tessema"),
])
def test_events_unknown_full_name_met_is_a_person(text, met):
    meeting = the_event(events_of(text), "CONSULT", "")
    assert met in meeting.actors


def test_events_place_visited_is_no_person_met():
    assert all(e.target_actor != "New Caledonia" for e in events_of("Macron visited New Caledonia on Monday."))


@pytest.mark.parametrize("text, source", [
    ("The ministry said Russia had shelled Kherson, and demanded a UN inquiry.", None),
    ("Ukraine said Russia had shelled Kherson, and demanded a UN inquiry.", "Ukraine"),
    ("The Ukrainian foreign ministry said Russia had shelled Kherson, and demanded a UN inquiry.", "Ukraine"),
])
def test_events_demand_after_a_saying_is_the_sayers(text, source):
    demand = the_event(events_of(text), "DEMAND", "demanded")
    assert demand.source_actor == source and "Russia" not in demand.actors


@pytest.mark.parametrize("text, type_, source, summary", [
    ("Ukraine and the separatists began withdrawing forces from the line on Monday.", "RETREAT", "Ukraine",
     "Ukraine and the separatists withdraw forces"),
    ("Israel and the militants agreed to a truce on Monday.", "AGREE", "Israel", "Israel and the militants agree to a truce"),
])
def test_events_actor_joined_to_a_group_acts_with_it(text, type_, source, summary):
    (event,) = [e for e in events_of(text) if e.type == type_]
    assert (event.source_actor, event.summary) == (source, summary)


def test_events_group_that_begins_an_act_is_its_doer():
    (event,) = events_of("The separatists began withdrawing forces from the line on Monday.")
    assert (event.type, event.summary) == ("RETREAT", "The separatists withdraw forces")
