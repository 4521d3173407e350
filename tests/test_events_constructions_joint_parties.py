"""Who acts in "A joined B in <-ing act>", "a court in <capital> sentenced ...", "A and B traded accusations", and a
passive "A deal on <topic> was struck between A and B" (review 10, findings 11-13; review 11, finding 11)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, type_, trigger, source, target", [
    ("Germany joined France in condemning the coup in Niger on Monday.", "DISAPPROVE", "condemning", "Germany", None),
    ("Japan joined the United States in imposing sanctions on Russian banks on Monday.", "SANCTION", "imposing",
     "Japan", "Russia"),
    ("Britain joined France and Germany in criticising the new settlements.", "DISAPPROVE", "criticising",
     "United Kingdom", None),
    ("Poland joined Lithuania in closing its border with Belarus on Monday.", "SANCTION", "closing", "Poland",
     "Belarus"),
])
def test_constructions_act_joined_in_is_the_joiners(text, type_, trigger, source, target):
    events = events_of(text)
    e = the_event(events, type_, trigger)
    assert (e.source_actor, e.target_actor) == (source, target)
    assert not [x for x in events if x.type == "COOPERATE"], [(x.type, x.trigger) for x in events]


def test_constructions_joining_an_organization_stays_cooperation():
    e = the_event(events_of("Finland formally joined NATO on Tuesday."), "COOPERATE", "joined")
    assert (e.source_actor, e.target_actor) == ("Finland", "NATO")


@pytest.mark.parametrize("text, source, target", [
    ("A court in Tehran sentenced a French tourist to five years on Tuesday.", "Iran", "France"),
    ("A military tribunal in Minsk convicted the Polish journalist on Friday.", "Belarus", "Poland"),
    ("On Friday, a court in Moscow sentenced the American reporter to 16 years.", "Russia", "United States"),
])
def test_constructions_court_in_a_capital_acts_for_its_state(text, source, target):
    e = the_event(events_of(text), "COERCE", "")
    assert (e.source_actor, e.target_actor) == (source, target)


@pytest.mark.parametrize("text", [
    "The court in The Hague ruled on Monday that the occupation was unlawful.",
    "A court in The Hague sentenced a Serbian general on Monday.",
    "A tribunal in Arusha convicted the former mayor on Friday.",
])
def test_constructions_court_that_sits_abroad_is_no_state(text):
    events = events_of(text)
    assert not [e for e in events if e.source_actor in ("Netherlands", "Tanzania")], \
        [(e.type, e.source_actor) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("India and Pakistan traded accusations on Monday over the shelling.", "India", "Pakistan"),
    ("Armenia and Azerbaijan traded blame for the clashes on Tuesday.", "Armenia", "Azerbaijan"),
    ("Serbia traded barbs with Croatia on Wednesday.", "Serbia", "Croatia"),
])
def test_constructions_traded_accusations_names_both_parties(text, source, target):
    e = the_event(events_of(text), "DISAPPROVE", "traded")
    assert (e.source_actor, e.target_actor) == (source, target)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("A deal on the exchange of prisoners was struck between Russia and Ukraine on Tuesday.", "deal", "Russia",
     "Ukraine"),
    ("A deal on gas supplies was struck on Monday between Hungary and Russia.", "deal", "Hungary", "Russia"),
    ("An agreement on the release of detained sailors was struck between Iran and Britain on Thursday.",
     "agreement", "Iran", "United Kingdom"),
])
def test_triggers_deal_struck_in_the_passive_is_an_agreement(text, trigger, source, target):
    events = events_of(text)
    e = the_event(events, "AGREE", trigger)
    assert (e.source_actor, e.target_actor, e.status) == (source, target, "occurred")
    assert not [x for x in events if x.type in ("ASSAULT", "CONCEDE")], [(x.type, x.trigger) for x in events]


@pytest.mark.parametrize("text, source, target", [
    ("An agreement on the return of refugees was signed between Armenia and Azerbaijan on Monday.", "Armenia",
     "Azerbaijan"),
    ("A treaty on the demarcation of the border was signed between Kyrgyzstan and Tajikistan on Thursday.",
     "Kyrgyzstan", "Tajikistan"),
])
def test_constructions_agreement_signed_in_the_passive_is_news(text, source, target):
    events = events_of(text)
    e = the_event(events, "AGREE", "signed", how="mention")
    assert (e.source_actor, e.target_actor, e.status) == (source, target, "occurred")
    assert len(events) == 1, [(x.type, x.trigger) for x in events]


def test_triggers_struck_with_an_object_stays_an_attack():
    e = the_event(events_of("Russian missiles struck a power plant near Lviv on Monday."), "ASSAULT", "struck")
    assert e.source_actor == "Russia"
