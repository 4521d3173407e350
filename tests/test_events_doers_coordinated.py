"""Whose act a verb with no subject of its own tells. A verb right after "and" shares the doer of the verb before it:
the actor that verb acts on (its object, the owner of its object "X's envoy", a "from A and B" list) is never the
doer; when the first verb's doer is no known actor, the second act has no named doer either. A verb right after
"who" is the act of the noun before "who", never of the sentence's subject. Short texts in our own words, through the
whole pipeline; each case states the source, target and summary an analyst would give."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target", "summary"),
    [
        # the object's owner ("Modi's trade minister") is no doer of the second verb: the first verb's doer is
        ("Starmer walked Modi's trade minister through the proposal on Monday and urged India to cut tariffs.",
         "DEMAND", "urged", "Keir Starmer", "India", "Starmer urges India"),
        ("Kishida showed Yoon's envoy the memorial in Hiroshima and thanked South Korea for its support.",
         "SUPPORT", "thanked", "Fumio Kishida", "South Korea", "Kishida thanks South Korea"),
        # a doer the gazetteer does not know: the second act is aimed at whom it names, and done by no named actor
        ("Tikhanovskaya accused Lukashenko of rigging the vote and urged Germany to impose sanctions.",
         "DEMAND", "urged", None, "Germany", "Germany urged"),
        # an unnamed ministry acting on a "from A and B" list: neither state in the list is the doer
        ("The defence ministry said it had recalled its attaches from Poland and Lithuania and warned Vilnius "
         "against provocations.", "THREATEN", "warned", None, "Lithuania", "Vilnius warned"),
    ],
)
def test_extract_coordinated_verb_takes_the_first_verbs_doer(text, type_, trigger, source, target, summary) -> None:
    e = the_event(events_of(text), type_, trigger)
    assert (e.source_actor, e.target_actor, e.summary) == (source, target, summary)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "target", "summary"),
    [
        # the doers are the diplomats, the mediators: no one the gazetteer names, never the one who praised them
        ("Macron praised the diplomats who had condemned Iran.", "DISAPPROVE", "condemned", "Iran", "Iran condemned"),
        ("Scholz thanked the mediators who had negotiated with Russia.", "CONSULT", "negotiated", "Russia",
         "Russia negotiated"),
    ],
)
def test_extract_relative_verb_is_not_the_sentence_subjects_act(text, type_, trigger, target, summary) -> None:
    e = the_event(events_of(text), type_, trigger)
    assert (e.source_actor, e.target_actor, e.summary) == (None, target, summary)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # nothing named did it: no event may credit the act to the one who thanked or met
        ("Zelensky thanked the volunteers who had delivered the aid.", "delivered"),
        ("Navalny's supporters, who had travelled to Paris, met Macron's advisers and urged them to act.", "urged"),
        # "who" after someone's relative: the relative, whom the gazetteer does not name, not the one named before
        ("Biden thanked Navalny's mother, who had travelled to Moscow.", "travelled"),
        # the last state of a list inside "in A, B and C" is no subject of the verb after the list
        ("The Treasury added 40 firms, many of them in Iran, Syria and Turkey, to its export blacklist on Tuesday.",
         "blacklist"),
        # a "which" clause about a thing or a place: not the act of the one who praised it
        ("Scholz praised the new coalition in Berlin, which had agreed to raise military spending.", "agreed"),
    ],
)
def test_extract_unknown_doer_credits_no_named_actor(text: str, trigger: str) -> None:
    assert [(e.source_actor, e.summary) for e in events_of(text) if trigger in e.trigger and e.source_actor] == []


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target", "summary"),
    [
        # an unnamed ministry after a sentence with no known subject speaks for the state told acting just before;
        # its "it", its coordinated demand and its "from A and B" list follow it
        ("Algeria's government recalled its ambassador from Paris on Tuesday. Trade talks had stalled for months. The "
         "foreign ministry said it was closing its airspace to French military planes and demanded that Paris "
         "apologise.", "DEMAND", "demanded", "Algeria", "France", "Algeria demands of Paris"),
        ("Niger's junta ordered the French ambassador to leave on Friday. Crowds cheered in Niamey. The interior "
         "ministry said it was expelling two more diplomats from France and Benin.", "SANCTION", "expelling", "Niger",
         "France", "Niger expels two more diplomats (on France) (ongoing)"),
    ],
)
def test_extract_unnamed_body_speaks_for_the_state_told_before(text, type_, trigger, source, target, summary) -> None:
    e = the_event(events_of(text), type_, trigger)
    assert (e.source_actor, e.target_actor, e.summary) == (source, target, summary)


@pytest.mark.parametrize(
    ("text", "source", "target", "summary"),
    [
        # "him" after "met X's trade minister" is the minister: X's state, never X, and never the doer
        ("Albanese met Modi's trade minister in Sydney on Monday and told him the talks would resume.",
         "Anthony Albanese", "India", "Albanese tells India"),
        # "her" after "met X's wife" is no one the gazetteer names
        ("Sunak met Zelensky's wife in London on Monday and told her more aid was coming.", "Rishi Sunak", None,
         "Sunak tells"),
    ],
)
def test_extract_pronoun_object_is_the_one_owned(text: str, source: str, target: str | None, summary: str) -> None:
    e = the_event(events_of(text), "STATEMENT", "told")
    assert (e.source_actor, e.target_actor) == (source, target)
    assert e.summary.startswith(summary)


def test_extract_relative_verb_of_an_official_is_the_owners_state() -> None:
    text = "The talks were led by Erdogan's chief adviser, who met Zelensky in Kyiv on Monday."
    e = the_event(events_of(text), "CONSULT", "met")
    assert (e.source_actor, e.target_actor) == ("Türkiye", "Volodymyr Zelensky")
    assert e.summary == "Türkiye and Zelensky meet in Kyiv"
