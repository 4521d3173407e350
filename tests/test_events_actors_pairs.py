"""Acts of or on two parties keep both: coordinated goods owners ("tariffs on Canadian and Mexican goods": both
states are aimed at), a passive agent pair ("signed ... by Vietnam and Japan": the pair signed it; three or more sign
it jointly, with no target), and acts two subjects do to each other ("traded accusations", "exchanged prisoners")."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, source, target, actors, summary", [
    ("The United States imposed tariffs on Canadian and Mexican goods.", "imposed", "United States", "Canada",
     ("United States", "Canada", "Mexico"), "United States imposes tariffs on Canada and Mexico"),
    ("The EU imposed duties on Chinese, Vietnamese and Thai steel on Monday.", "imposed", "European Union", "China",
     ("European Union", "China", "Vietnam", "Thailand"), "EU imposes duties on China, Vietnam and Thailand"),
    # a territory's adjective is no party: "Crimean officials" are not a state's
    ("Washington imposed travel bans on Russian and Crimean officials on Monday.", "imposed", "United States",
     "Russia", ("United States", "Russia"), None),
])
def test_events_sanction_on_goods_of_two_states_is_aimed_at_both(text, trigger, source, target, actors, summary):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor, event.actors) == (source, target, actors)
    if summary is not None:
        assert event.summary == summary


@pytest.mark.parametrize("text, source, target, actors, summary", [
    ("The deal was signed on Thursday by Vietnam and Japan.", "Vietnam", "Japan", ("Vietnam", "Japan"),
     "Vietnam and Japan sign agreement"),
    ("The agreement was signed in Doha on Saturday by the United States and the Taliban.", "United States",
     "Taliban", ("United States", "Taliban"), "United States and Taliban sign agreement in Doha"),
    # three signatories: a joint act of all, no one of them its target (as when they are its subject)
    ("The accord was signed by Armenia, Azerbaijan and Russia in Moscow.", "Armenia", None,
     ("Armenia", "Azerbaijan", "Russia"), "Armenia signs agreement in Moscow"),
])
def test_events_passive_agent_pair_keeps_both(text, source, target, actors, summary):
    event = the_event(events_of(text), "AGREE", "signed")
    assert (event.source_actor, event.target_actor, event.actors, event.summary) == (source, target, actors, summary)


def test_events_passive_agents_acting_alike_are_both_parties():
    event = the_event(events_of("The attack was condemned by France and Germany on Monday."), "DISAPPROVE", "condemned")
    assert (event.source_actor, event.target_actor, event.actors) == ("France", None, ("France", "Germany"))


@pytest.mark.parametrize("text, trigger, source, target, summary", [
    ("India and China traded accusations on Monday over the clash.", "traded", "India", "China",
     "India trades accusations with China"),
    ("Russia and Ukraine exchanged prisoners on Friday.", "exchanged", "Russia", "Ukraine",
     "Russia exchanges prisoners with Ukraine"),
    ("Russia and Ukraine have agreed to exchange 100 prisoners of war each, a Ukrainian official said on Thursday.",
     "exchange", "Russia", "Ukraine", "Russia exchanges prisoners with Ukraine (planned)"),
])
def test_events_mutual_act_of_two_subjects_is_the_first_with_the_second(text, trigger, source, target, summary):
    """What two sides do to each other ("exchanged", "traded") is the first's with the second, as "accused each other"
    is; never an act of the first alone (nor, "exchanged prisoners on Friday", a passive with no doer)."""
    event = the_event(events_of(text), None, trigger, how="prefix")
    assert (event.source_actor, event.target_actor, event.summary) == (source, target, summary)


def test_the_two_countries_are_the_two_its_own_sentence_names():
    # the lead's last pair (Taiwan opening an office in Vilnius) is not the pair "the two countries" stands for
    text = ("China downgraded its diplomatic relations with Lithuania on Sunday, two days after Taiwan opened a de facto "
            "embassy in Vilnius.\n\n"
            "China's foreign ministry said Lithuania had abandoned the commitment it made when the two countries "
            "established ties in 1991.")
    e = the_event(events_of(text, date(2021, 11, 21)), None, "established ties")
    assert {e.source_actor, e.target_actor} == {"China", "Lithuania"}, (e.source_actor, e.target_actor)
