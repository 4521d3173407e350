"""Whom a warning, a reproach, a refusal or a demand is aimed at when its verb has no object naming anyone: the other
side its content names ("warned that it would retaliate if Israel struck"), else the act it answers, told just before
("Germany expelled two diplomats. Moscow rejected the decision": aimed at Germany). Short texts in our own words,
through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


def _pair(text: str, type_: str, trigger: str) -> tuple[str | None, str | None]:
    event = the_event(events_of(text), type_, trigger, how="prefix")
    return event.source_actor, event.target_actor


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        # the other side named in the condition of a threat
        ("Tehran warned on Monday that it would retaliate if Israel struck its nuclear sites.",
         "THREATEN", "warned", "Iran", "Israel"),
        ("Seoul warned on Friday that it would respond firmly if Pyongyang carried out another nuclear test.",
         "THREATEN", "warned", "South Korea", "North Korea"),
        # the one a vow is made against, in its "to" clause
        ("Zelensky vowed on Monday to fight on until Russia withdrew its troops.",
         "THREATEN", "vowed", "Volodymyr Zelensky", "Russia"),
        # the agent of a passive in the content of a protest
        ("Beijing protested on Tuesday that the sale had been approved by Washington.",
         "DISAPPROVE", "protested", "China", "United States"),
    ],
)
def test_events_content_names_the_other_side(text, type_, trigger, source, target):
    assert _pair(text, type_, trigger) == (source, target)


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # only the speaker's own side in the content
        ("Lavrov warned on Monday that Russia would not stand idle.", "THREATEN", "warned"),
        # a place named in the content is no party
        ("Mali warned on Monday that any intervention in Niger would mean war.", "THREATEN", "warned"),
    ],
)
def test_events_content_naming_no_other_party_gives_no_target(text, type_, trigger):
    assert _pair(text, type_, trigger)[1] is None


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        # the act told just before: its doer
        ("Germany expelled two Russian diplomats on Monday. Moscow rejected the decision as hostile.",
         "REJECT", "rejected", "Russia", "Germany"),
        ("Israel struck targets in Lebanon on Sunday. Hezbollah vowed on Monday to respond.",
         "THREATEN", "vowed", "Hezbollah", "Israel"),
        ("China sent warships into the strait on Monday. Taipei condemned the move on Tuesday.",
         "DISAPPROVE", "condemned", "Taiwan", "China"),
        # an act done to the speaker's own side: whoever did it
        ("Poland closed its border with Belarus on Monday. Minsk denounced the decision on Tuesday.",
         "DISAPPROVE", "denounced", "Belarus", "Poland"),
        # a doer the reaction does not name is answered as a side: the person's state
        ("Putin ordered troops into the region on Monday. The European Union condemned the move on Tuesday.",
         "DISAPPROVE", "condemned", "European Union", "Russia"),
        # a leader answering a leader's act aims at the person; a government answering it, at the person's state
        ("Biden imposed new tariffs on Monday. Xi rejected the decision on Tuesday.",
         "REJECT", "rejected", "Xi Jinping", "Joe Biden"),
        ("Biden imposed new tariffs on Monday. Beijing rejected the decision on Tuesday.",
         "REJECT", "rejected", "China", "United States"),
        # a demand aimed at no one named: its maker is the one answered
        ("Macron urged restraint on Monday. Erdogan rejected the appeal on Tuesday.",
         "REJECT", "rejected", "Recep Tayyip Erdoğan", "Emmanuel Macron"),
        # the speaker's next act in the same sentence names whom both are aimed at
        ("The EU condemned the attack on Thursday and urged Iran to show restraint.",
         "DISAPPROVE", "condemned", "European Union", "Iran"),
    ],
)
def test_events_reaction_without_object_answers_the_act_before(text, type_, trigger, source, target):
    assert _pair(text, type_, trigger) == (source, target)


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # nothing told before it
        ("Minsk denounced the decision on Tuesday.", "DISAPPROVE", "denounced"),
        # the act before is the speaker's own and aimed at no one
        ("Ankara vetoed the plan on Monday. Ankara later rejected the criticism.", "REJECT", "rejected"),
        # the act before is two sentences back: too far to be what it answers
        ("Germany expelled two Russian diplomats on Monday. The weather was cold. Markets were calm. "
         "Moscow rejected the accusations on Tuesday.", "REJECT", "rejected"),
    ],
)
def test_events_reaction_with_nothing_to_answer_has_no_target(text, type_, trigger):
    assert _pair(text, type_, trigger)[1] is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Orban visited Moscow on Friday. Poland criticised the visit on Saturday.", "Viktor Orbán"),
        # a trip named back after the talks it led to: still the traveller, not the one he met
        ("Orban flew to Moscow on Friday and held talks with Putin. Poland criticised the trip on Saturday.",
         "Viktor Orbán"),
    ],
)
def test_events_reaction_to_a_visit_targets_the_visitor(text, target):
    assert _pair(text, "DISAPPROVE", "criticised")[1] == target


def test_events_reaction_answers_the_letter_of_the_subject_right_before_it():
    # "Poland and Lithuania called in an open letter for calm": the letter is theirs, not the earlier clause's doer's
    text = ("Washington pressed Kyiv on Monday to cede territory, while Poland and Lithuania called in an open letter "
            "for a ceasefire. Belarus rejected such a measure on Tuesday.")
    assert _pair(text, "REJECT", "rejected") == ("Belarus", "Poland")


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "pair"),
    [
        # the act done to the speaker is the one answered, not the act the accusation speaks of
        ("Ukraine accused Iran on Monday of supplying drones to Russia. On Tuesday, Tehran rejected the accusation.",
         "REJECT", "rejected", ("Iran", "Ukraine")),
        ("Moscow pressed Minsk on Monday to close the border with Poland. Belarus rejected the demand on Tuesday.",
         "REJECT", "rejected", ("Belarus", "Russia")),
    ],
)
def test_events_reaction_answers_the_act_done_to_its_speaker(text, type_, trigger, pair):
    assert _pair(text, type_, trigger) == pair


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "summary"),
    [
        # a target found in the act answered or the words said is no object of the verb: the summary says so
        ("Ukraine accused Iran on Monday of supplying drones to Russia. On Tuesday, Tehran rejected the accusation.",
         "REJECT", "rejected", "Tehran rejects the accusation (on Ukraine)"),
        ("Canada's prime minister Justin Trudeau said on Friday that Canada expected Iran's full cooperation.",
         "DEMAND", "said", "Trudeau says (on Iran)"),
        # the verb's own object stays its object
        ("Poland on Monday criticized Hungary's prime minister Viktor Orban for his trip to Moscow.",
         "DISAPPROVE", "criticized", "Poland criticizes Orbán"),
        # a summary ending in its own preposition says the relation itself
        ("Japan pledged $5 billion in new aid to Ukraine on Tuesday.", "AID", "pledged", "Japan pledges to Ukraine"),
    ],
)
def test_events_summary_tells_an_inferred_target_apart_from_an_object(text, type_, trigger, summary):
    assert the_event(events_of(text), type_, trigger, how="prefix").summary == summary
