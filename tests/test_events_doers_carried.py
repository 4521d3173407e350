"""Targets carried from elsewhere and summaries an analyst can read: a state answering an accusation whose maker the
gazetteer lacks answers the state that accused it; "told him <clause>" is aimed at "him", never at the clause's subject;
"the leaders ... for the alliance's summit" are the organization's leaders, not the pair told before; an attack noun
opening its sentence hits the state its place lies in; a body event is summarised by its own words, never by the
headline's; a phrasal verb told with a direct object keeps the text's order. Short texts in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Vilnius expelled two Belarusian diplomats on Tuesday. Deputy Minister Tomas Kavaliauskas summoned the "
         "Belarusian charge d'affaires. Minsk dismissed the accusations as absurd.", "dismissed", "Lithuania"),
        ("Warsaw expelled 45 Russian diplomats on Monday. Interior Minister Piotr Nowakowski summoned the Russian "
         "ambassador. Moscow rejected the accusations.", "rejected", "Poland"),
    ],
)
def test_doers_answer_to_an_unknown_minister_is_aimed_at_the_accusing_state(text, trigger, target):
    event = the_event(events_of(text, DCT), None, trigger)
    assert event.target_actor == target


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Zelensky met President Joe Biden on Wednesday. Biden told him the United States would stand with Ukraine.",
         "told", "Volodymyr Zelensky"),
        ("Macron met Xi Jinping on Monday. On Tuesday, Macron told him France would keep arming Ukraine.", "told",
         "Xi Jinping"),
    ],
)
def test_doers_object_pronoun_is_the_one_told(text, trigger, target):
    event = the_event(events_of(text, DCT), None, trigger)
    assert event.target_actor == target


def test_summaries_told_pronoun_names_the_one_told():
    text = "Zelensky met President Joe Biden on Wednesday. Biden told him the United States would stand with Ukraine."
    assert the_event(events_of(text, DCT), None, "told").summary == "Biden tells Zelensky"


def test_doers_told_with_a_named_object_keeps_it():
    event = the_event(events_of("Biden told Zelensky on Wednesday that aid would continue.", DCT), None, "told")
    assert event.target_actor == "Volodymyr Zelensky"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("NATO leaders gathered in Vilnius on Tuesday. Erdogan also met Biden on Tuesday. The leaders are due to meet "
         "again in Washington next year for the alliance's 75th anniversary summit.", "NATO", None),
        # near miss: "the two leaders" are the pair told before
        ("NATO leaders gathered in Vilnius on Tuesday. Erdogan also met Biden on Tuesday. The two leaders are due to "
         "meet again in Washington next year for the alliance's summit.", "Recep Tayyip Erdoğan", "Joe Biden"),
    ],
)
def test_doers_leaders_meeting_for_an_organization_summit(text, source, target):
    planned = [e for e in events_of(text, date(2023, 7, 12)) if e.status == "planned" and e.type == "CONSULT"]
    assert [(e.source_actor, e.target_actor) for e in planned] == [(source, target)]


@pytest.mark.parametrize(
    ("text", "target", "summary"),
    [
        ("The bombing of a crowded market in northern Burkina Faso on Wednesday killed dozens, officials said.",
         "Burkina Faso", "Bombing in Burkina Faso"),
        ("The shelling of a school in eastern Ukraine on Monday killed five children.", "Ukraine", "Shelling in Ukraine"),
    ],
)
def test_doers_attack_noun_subject_hits_the_state_of_its_place(text, target, summary):
    event = the_event(events_of(text, DCT), "ASSAULT", "killed")
    assert (event.source_actor, event.target_actor, event.summary) == (None, target, summary)


def test_summaries_body_event_is_not_summarised_by_the_headline():
    text = ("China vows to ignore tribunal ruling\n\nBEIJING, July 14, 2016 (Wire) - China said on Thursday it would "
            "take all necessary measures. On Wednesday, Beijing warned that it could declare an air defence zone.")
    event = the_event(events_of(text, date(2016, 7, 14)), "THREATEN", "warned", how="mention")
    # (the headline's vow is Thursday's saying, itself a threat now; Wednesday's warning keeps its own words)
    assert "tribunal" not in event.summary and event.summary in ("China warns", "Beijing warns")
    assert event.source_actor == "China" and event.date_start == date(2016, 7, 13)


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("Russia pulled back troops from the border on Monday.", "Russia pulls back troops"),
        # near miss: the text's own preposition stays
        ("Russia pulled out of the treaty on Monday.", "Russia pulls out of the treaty"),
    ],
)
def test_summaries_phrasal_verb_keeps_the_text_order(text, summary):
    event = the_event(events_of(text, DCT), "RETREAT", "pulled")
    assert event.summary == summary


@pytest.mark.parametrize(
    "text",
    [
        "India and China held talks on Monday. The corps commanders first met on June 6 and agreed then to resolve the "
        "situation peacefully.",
        "Armenia and Azerbaijan held talks on Monday. The border commanders initially met on June 6 and agreed then to "
        "pull back their troops.",
    ],
)
def test_doers_modified_pair_head_is_the_pair_told(text):
    events = [e for e in events_of(text, date(2020, 6, 23)) if e.date_start == date(2020, 6, 6)]
    parties = {frozenset((e.source_actor, e.target_actor)) for e in events}
    assert sorted(e.type for e in events) == ["AGREE", "CONSULT"] and len(parties) == 1
    assert None not in next(iter(parties))


def test_doers_modified_pair_head_needs_a_pair_told():
    text = "The corps commanders first met on June 6."
    assert all(e.source_actor is None for e in events_of(text, date(2020, 6, 23)))


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Modi said on Thursday there was no space for discrimination in India's democracy.", None),
        ("Zelensky said on Monday Russia had attacked cities in Ukraine.", None),
        # near misses: where the saying was made
        ("Modi said in Washington on Thursday that India would buy drones.", "Washington"),
        ("Zelensky said in Kyiv on Monday that talks would resume.", "Kyiv"),
    ],
)
def test_summaries_place_inside_what_was_said_is_no_place_of_the_saying(text, location):
    event = the_event(events_of(text, DCT), "STATEMENT", "said")
    assert event.location == location


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("Jihadists in northern Mali freed the French aid worker on Thursday.", "The French aid worker freed in Mali"),
        ("Unknown gunmen seized a Turkish engineer on Monday.", "A Turkish engineer seized"),
        ("Militants released two Italian priests on Monday.", "Two Italian priests released"),
    ],
)
def test_summaries_agentless_act_on_an_adjective_object_names_the_object(text, summary):
    event = next(e for e in events_of(text, DCT) if e.source_actor is None and e.target_actor is not None)
    assert event.summary == summary


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        ("India and China held talks on Monday. The two ministers agreed to cool the situation.", "agreed",
         {"India", "China"}),
        ("Serbia and Kosovo held talks in Brussels on Monday. The two leaders agreed to meet again.", "agreed",
         {"Serbia", "Kosovo"}),
        # near miss: the people named are the pair
        ("Putin and Xi met in Moscow on Monday. The two leaders signed a pact.", "signed",
         {"Vladimir Putin", "Xi Jinping"}),
    ],
)
def test_doers_pair_of_unnamed_officials_stands_for_the_states_told(text, trigger, parties):
    event = the_event(events_of(text, DCT), "AGREE", trigger)
    assert {event.source_actor, event.target_actor} == parties
