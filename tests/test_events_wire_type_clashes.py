"""Wire wordings another reading took or none did: "slammed into" a city is a strike, not a rebuke; "backed out of" a
deal is a retreat, not support; "rolled back tariffs" is a concession, not a sanction; "pledged its backing" is
support, not aid; "targeted ... with sanctions" is a sanction, not an attack; "shipped missiles to" is aid, not an
attack; "brushed aside" a proposal and "blocked" a package are rejections; "looked into" reports is an investigation,
"repelled" an assault fighting, "stepped back from" the frontier a retreat; "talked by phone" is a call of its two
parties; a body named by its state's adjective ("Polish prosecutors") and a crowd of a people ("Hundreds of Kenyans")
act."""

from datetime import date

import pytest

from event_helpers import events_of, the_event


def types(text: str) -> list[str]:
    return sorted(e.type for e in events_of(text))


@pytest.mark.parametrize("text", [
    "A Russian drone slammed into an apartment block in Kharkiv on Tuesday.",
    "Two Iranian missiles slammed into Haifa on Sunday.",
])
def test_events_slammed_into_is_a_strike(text):
    assert types(text) == ["ASSAULT"]


def test_events_slammed_alone_stays_a_rebuke():
    assert types("Beijing slammed the visit on Friday.") == ["DISAPPROVE"]


def test_events_backed_out_of_is_a_retreat():
    e = the_event(events_of("Caracas backed out of the prisoner swap on Monday."), "RETREAT", "backed out of")
    assert e.source_actor == "Venezuela"
    assert types("Caracas backed out of the prisoner swap on Monday.") == ["RETREAT"]
    assert types("Brussels backed the plan on Monday.") == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "Beijing rolled back its tariffs on Australian wine on Friday.",
    "Washington rolled back sanctions on Belarusian potash on Thursday.",
])
def test_events_rolled_back_measures_is_a_concession(text):
    assert types(text) == ["CONCEDE"]


def test_events_pledged_its_backing_is_support():
    e = the_event(events_of("Paris pledged its backing for Madrid on Monday."), "SUPPORT", "pledged its backing")
    assert e.source_actor == "France"
    assert types("Japan pledged $4.5 billion to Ukraine on Monday.") == ["AID"]


def test_events_targeted_with_sanctions_is_a_sanction():
    assert types("Washington targeted Chinese steel makers with tariffs on Tuesday.") == ["SANCTION"]
    assert types("Russian drones targeted Kyiv on Tuesday.") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Macron and Meloni talked by phone on Thursday.",
    "Macron and Meloni talked over the phone on Thursday.",
])
def test_events_talked_by_phone_is_a_call_of_both(text):
    e = the_event(events_of(text), "CONSULT", "talked")
    assert {e.source_actor, e.target_actor} == {"Emmanuel Macron", "Giorgia Meloni"}
    assert e.date_start == date(2025, 3, 6), e.date_derivation


def test_events_prosecutors_named_by_their_state_act():
    e = the_event(events_of("French prosecutors investigated the fire on Monday."), "INVESTIGATE", "investigated")
    assert e.source_actor == "France"


@pytest.mark.parametrize("text, state", [
    ("Hundreds of Kenyans protested in Nairobi on Tuesday.", "Kenya"),
    ("Tens of thousands of Georgians rallied outside parliament in Tbilisi on Tuesday.", "Georgia"),
])
def test_events_crowd_of_a_people_protests(text, state):
    e = the_event(events_of(text), "PROTEST", "")
    assert state in e.actors and e.source_actor is None  # (a crowd of its people, not the state's act)
    assert e.date_start == date(2025, 3, 4), e.date_derivation


def test_events_count_of_a_people_is_no_protester_of_another_act():
    assert types("Police dispersed hundreds of Kenyans in Nairobi on Tuesday.") != ["PROTEST"]


def test_events_brushed_aside_is_a_rejection():
    e = the_event(events_of("Moscow brushed aside the peace proposal on Tuesday."), "REJECT", "brushed aside")
    assert e.source_actor == "Russia"


@pytest.mark.parametrize("text", [
    "Slovakia blocked the aid package on Monday.",
    "Hungary blocked the EU sanctions package on Monday.",
])
def test_events_blocking_a_measure_is_a_rejection(text):
    assert "REJECT" in types(text)


def test_events_looked_into_reports_is_an_investigation():
    e = the_event(events_of("Seoul looked into reports of a drone incursion on Monday."), "INVESTIGATE", "looked into")
    assert e.source_actor == "South Korea"
    # investigators "looking into" something are a description, not an act on a day
    assert "INVESTIGATE" not in types("Poland said on Tuesday it was cooperating with Lithuanian investigators "
                                      "looking into the sabotage.")
    assert types("The company looked into the future on Monday.") == []


def test_events_repelled_an_assault_is_fighting():
    assert types("Ukrainian troops repelled a Russian assault near Pokrovsk on Tuesday.") == ["FIGHT"]


def test_events_stepped_back_from_the_frontier_is_a_retreat():
    assert types("Armenia and Azerbaijan stepped back from the frontier on Friday.") == ["RETREAT"]
    assert types("The minister stepped back from politics on Friday.") == []


def test_events_shipping_arms_is_aid_not_an_attack():
    e = the_event(events_of("Britain shipped air defence missiles to Ukraine on Friday."), "AID", "shipped")
    assert (e.source_actor, e.target_actor) == ("United Kingdom", "Ukraine")
    assert types("The company shipped its new phones to Europe on Monday.") == []
