"""An act inside "<owner>'s decision to <verb>", "the <adjective> decision to <verb>", "the decision by <owner> to <verb>"
that someone else reacts to is the owner's, never the reacting side's; an act only asked for is planned; "from <place>"
names the place left, never the doer (review 11, finding 13; review 10, finding 5)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, type_, trigger, source, target", [
    ("Japan welcomed Seoul's decision to lift its export curbs.", "CONCEDE", "lift", "South Korea", None),
    ("Ukraine welcomed the Moldovan decision to expel the Russian diplomats.", "SANCTION", "expel", "Moldova", "Russia"),
    ("Egypt welcomed the Qatari decision to release the detained aid workers.", "CONCEDE", "release", "Qatar", None),
    ("Germany criticised Hungary's decision to veto the aid package.", "REJECT", "veto", "Hungary", None),
    ("Beijing condemned Manila's decision to hold drills with Washington.", "MOBILIZE", "drills", "Philippines",
     "United States"),
])
def test_constructions_decided_act_is_the_owners(text, type_, trigger, source, target):
    e = the_event(events_of(text), type_, trigger)
    assert (e.source_actor, e.target_actor) == (source, target)


@pytest.mark.parametrize("text, reactor", [
    ("The EU welcomed Serbia's decision to join the sanctions.", "European Union"),
    ("Egypt welcomed the Israeli decision to open the crossing.", "Egypt"),
    ("Canada praised the Mexican decision to impose tariffs.", "Canada"),
])
def test_constructions_decided_act_is_never_the_welcoming_sides(text, reactor):
    events = events_of(text)
    assert the_event(events, "SUPPORT", "welcomed" if "welcomed" in text else "praised").source_actor == reactor
    assert not [e for e in events if e.type != "SUPPORT" and reactor in (e.source_actor, e.target_actor)], \
        [(e.type, e.trigger, e.source_actor, e.target_actor) for e in events]


def test_constructions_complaint_of_a_decided_sanction_is_its_target():
    e = the_event(events_of("Moscow condemned Finland's decision to close its border crossings."), "SANCTION", "close")
    assert (e.source_actor, e.target_actor) == ("Finland", "Russia")


@pytest.mark.parametrize("text, type_, trigger", [
    ("The UN called for talks between Serbia and Kosovo.", "CONSULT", "talks"),
    ("The EU urged fresh negotiations between Armenia and Azerbaijan.", "CONSULT", "negotiations"),
])
def test_constructions_act_only_asked_for_is_the_demand(text, type_, trigger):
    """Talks asked for are no meeting of their own (none held, none yet agreed): a mention of the demand
    (cues.yaml ``consult_object_types``), as the benchmarks' analysts count them."""
    events = events_of(text)
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]
    demand = the_event(events, "DEMAND", trigger, how="mention")
    assert demand.status == "occurred"


@pytest.mark.parametrize("text, type_", [
    ("Macron pushed for the withdrawal of foreign forces from Libya on Monday.", "RETREAT"),
    ("Turkey lobbied for the withdrawal of Kurdish fighters from the border on Monday.", "RETREAT"),
])
def test_constructions_push_for_is_a_demand_not_the_act(text, type_):
    events = events_of(text)
    assert the_event(events, "DEMAND", "for").status == "occurred"
    assert not [e for e in events if e.type == type_ and e.status == "occurred"], \
        [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("The withdrawal of foreign mercenaries from Libya began on Monday.", None, "Libya"),
    ("The pullout of Russian troops from Syria began on Monday.", "Russia", "Syria"),
])
def test_constructions_place_left_is_never_the_doer(text, source, target):
    e = the_event(events_of(text), "RETREAT", "")
    assert (e.source_actor, e.target_actor) == (source, target)
