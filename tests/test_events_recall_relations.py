"""Recall round 11: the acts unseen news tells most often and the lexicon missed, each with sentences of our own in
several shapes: acts that cut or restore relations (ties, borders, airspace, flights, imports), drills and deployments,
fighting and exchanges of fire, releases and reopenings, consultations told as "A and B spoke" or "in a phone call",
reactions told through a noun ("voiced support", "expressed concern"), event nouns told by their own verb ("Protests
were held in Belgrade on Friday"), a passive announcement, the act after "<actor>'s decision to", "<place>, where he
met", and a person in apposition to the object ("its ambassador, X,"), who is no target."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events.lexicon import expand_phrase
from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday
MON, TUE, WED, THU, FRI, SAT, SUN = (date(2025, 3, d) for d in (3, 4, 5, 6, 7, 1, 2))


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _one(text: str, type_: str) -> Event:
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in _events(text)]
    return found[0]


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [
        ("sever [diplomatic] (ties|relations)",
         ["sever diplomatic ties", "sever diplomatic relations", "sever ties", "sever relations"]),
        ("(close|shut) [its|the] airspace",
         ["close its airspace", "close the airspace", "close airspace", "shut its airspace", "shut the airspace",
          "shut airspace"]),
        ("meet", ["meet"]),
    ],
)
def test_lexicon_expands_optional_words_and_choices(pattern, phrases):
    assert sorted(expand_phrase(pattern)) == sorted(phrases)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target", "day"),
    [
        # cutting, breaking, downgrading relations
        ("Lithuania cut off diplomatic ties with Belarus on Tuesday.", "SANCTION", "Lithuania", "Belarus", TUE),
        ("Ecuador broke diplomatic relations with Mexico on Saturday.", "SANCTION", "Ecuador", "Mexico", SAT),
        ("Pakistan downgraded its diplomatic relations with India on Wednesday.", "SANCTION", "Pakistan", "India", WED),
        ("Kyiv severed relations with Moscow on Monday.", "SANCTION", "Ukraine", "Russia", MON),
        # borders, airspace, flights, trade
        ("Azerbaijan closed the border with Armenia on Monday.", "SANCTION", "Azerbaijan", "Armenia", MON),
        ("Hungary banned imports of Ukrainian grain on Monday.", "SANCTION", "Hungary", None, MON),
        ("Moscow suspended all flights to Georgia on Thursday.", "SANCTION", "Russia", "Georgia", THU),
        # restoring relations, reopening, easing, releasing
        ("Iran and Saudi Arabia restored diplomatic ties on Friday.", "COOPERATE", "Iran", "Saudi Arabia", FRI),
        ("Turkey reopened the border with Armenia on Sunday.", "CONCEDE", "Türkiye", "Armenia", SUN),
        ("Seoul eased the sanctions on Pyongyang on Monday.", "CONCEDE", "South Korea", "North Korea", MON),
        ("The two Americans were released by Hamas on Friday.", "CONCEDE", "Hamas", "United States", FRI),
        # drills, deployments, alerts
        ("Pyongyang conducted live-fire drills near the border on Thursday.", "MOBILIZE", "North Korea", None, THU),
        ("Beijing staged war games around Taiwan on Monday.", "MOBILIZE", "China", "Taiwan", MON),  # (aimed at it)
        ("Moscow sent troops into Kazakhstan on Thursday.", "MOBILIZE", "Russia", "Kazakhstan", THU),
        # fighting
        ("Iranian and Afghan border guards exchanged gunfire on Saturday.", "FIGHT", "Iran", "Afghanistan", SAT),
        # reactions told through a noun after "voiced", "expressed", "lodged"
        ("Brussels voiced solidarity with Madrid on Wednesday.", "SUPPORT", "Belgium", "Spain", WED),
        ("Berlin expressed concern over the arrests on Monday.", "DISAPPROVE", "Germany", None, MON),
        ("Tokyo lodged a protest with Beijing on Tuesday.", "DISAPPROVE", "Japan", "China", TUE),
        ("Tehran turned down the offer on Monday.", "REJECT", "Iran", None, MON),
        # consultations in more shapes
        ("Blinken and Wang Yi spoke on Thursday.", "CONSULT", "Antony Blinken", "Wang Yi", THU),
        ("Rubio sat down with Lavrov in Riyadh on Tuesday.", "CONSULT", "Marco Rubio", "Sergey Lavrov", TUE),
        ("Erdogan and Putin discussed grain exports in a phone call on Tuesday.", "CONSULT", "Recep Tayyip Erdoğan",
         "Vladimir Putin", TUE),
        ("The foreign ministers of Armenia and Azerbaijan gathered in Almaty on Friday.", "CONSULT", "Armenia",
         "Azerbaijan", FRI),
        # the act after "<actor>'s decision to"
        ("Niger's decision to cut ties with Ukraine drew criticism on Wednesday.", "SANCTION", "Niger", "Ukraine", WED),
    ],
)
def test_events_recall_acts_of_unseen_news(text, type_, source, target, day):
    event = _one(text, type_)
    assert (event.source_actor, event.target_actor) == (source, target)
    assert (event.date_start, event.date_end) == (day, day)
    assert event.status == "occurred"


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        ("Protests were held in Belgrade on Friday.", "PROTEST", FRI),
        ("Demonstrations were staged in Tbilisi on Sunday.", "PROTEST", SUN),
        ("Talks between the rival factions were held in Cairo on Saturday.", "CONSULT", SAT),
        ("The summit in Helsinki was held on Monday.", "CONSULT", MON),
        ("Heavy fighting erupted in Goma on Sunday.", "FIGHT", SUN),
        ("Skirmishes broke out along the frontier on Monday.", "FIGHT", MON),
        # a passive announcement whose subject is an event noun is news of its own
        ("The summit was announced on Tuesday.", "ANNOUNCE", TUE),
    ],
)
def test_events_noun_subject_of_its_own_verb_is_an_event_without_actors(text, type_, day):
    event = _one(text, type_)
    assert (event.date_start, event.date_end) == (day, day)
    assert event.source_actor is None


@pytest.mark.parametrize(
    "text",
    [
        "Trump spoke at a rally in Ohio on Monday.",  # one speaker: no consultation
        "Macron spoke to reporters on Monday.",
        "The minister talked about the economy on Tuesday.",
    ],
)
def test_events_speaking_alone_is_no_consultation(text):
    assert not [e for e in _events(text) if e.type == "CONSULT"], [(e.type, e.summary) for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Putin's war has killed thousands, while fighting continues.",  # (no noun after "while": no new clause subject)
        "The strike drew criticism on Monday.",  # the subject of "drew" is criticised, not critical
    ],
)
def test_events_no_actor_invented_for_reactions_and_gerunds(text):
    for e in _events(text):
        assert not (e.type in ("FIGHT", "DISAPPROVE") and e.source_actor is not None), (e.type, e.summary)


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        ("Russia recalled its ambassador, Anatoly Antonov, in March.", "SANCTION", "Russia"),
        ("Washington withdrew its ambassador, Jeffrey Pyatt, on Friday.", "SANCTION", "United States"),  # reduces relations
    ],
)
def test_events_person_in_apposition_to_the_object_is_not_the_target(text, type_, source):
    event = _one(text, type_)
    assert event.source_actor == source
    assert event.target_actor is None


def test_events_person_in_apposition_to_a_counterpart_is_the_target():
    event = _one("Trump met his counterpart, Xi Jinping, on Friday.", "CONSULT")
    assert event.target_actor == "Xi Jinping"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Macron flew to Beijing, where he met Xi on Thursday.", "Beijing"),
        ("Blinken travelled to Cairo, where he met Sisi on Tuesday.", "Cairo"),
    ],
)
def test_events_place_before_where_locates_the_meeting(text, location):
    met = [e for e in _events(text) if e.type == "CONSULT" and e.trigger == "met"]
    assert len(met) == 1 and met[0].location == location


@pytest.mark.parametrize(
    ("text", "type_", "source", "target", "day"),
    [
        # passives of people: the one received is the target, the host the source
        ("The Saudi crown prince was received by Erdogan on Wednesday.", "CONSULT", "Recep Tayyip Erdoğan",
         "Saudi Arabia", WED),  # (named only by title: the state)
        ("Zelenskiy was welcomed by Starmer in London on Saturday.", "CONSULT", "Keir Starmer", "Volodymyr Zelensky",
         SAT),
        # "for talks with", "in a phone call": the noun takes the subject of its clause
        ("Lavrov flew to Pyongyang on Monday for talks with Kim Jong Un.", "CONSULT", "Sergey Lavrov", "North Korea", MON),
        # "a/an <modifier> <word>": a noun, never a verb ("an official visit", "an implementation annex")
        ("Meloni paid an official visit to Tokyo on Sunday.", "CONSULT", "Giorgia Meloni", "Japan", SUN),
        # a reaction noun "from" someone: they react
        ("The strikes drew sharp criticism from Beijing on Tuesday.", "DISAPPROVE", "China", None, TUE),
        # "a package of", "two days of": the light verb governs the noun after "of"
        ("The EU adopted a 16th package of sanctions on Monday.", "SANCTION", "European Union", None, MON),
        ("North Korea fired two ballistic missiles on Thursday.", "ASSAULT", "North Korea", None, THU),
        ("Russia massed troops near the border on Tuesday.", "MOBILIZE", "Russia", None, TUE),
        ("Brussels backed the plan on Monday.", "SUPPORT", "Belgium", None, MON),
    ],
)
def test_events_recall_more_shapes(text, type_, source, target, day):
    found = [e for e in _events(text) if e.type == type_]
    assert found, [(e.type, e.summary) for e in _events(text)]
    assert (found[0].source_actor, found[0].target_actor) == (source, target)
    assert (found[0].date_start, found[0].date_end) == (day, day)


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        ("A deal was struck in Doha on Sunday.", "AGREE", SUN),  # "struck" here is no strike
        ("The agreement was reached in Cairo on Monday.", "AGREE", MON),
    ],
)
def test_events_event_noun_told_by_a_passive_is_the_event(text, type_, day):
    events = _events(text)
    assert [(e.type, e.date_start) for e in events] == [(type_, day)]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck targets in Beirut on Sunday.",  # "targets" is the object, not a second attack
        "The parties accepted an implementation annex on Saturday.",  # no annexation
        "They agreed to share data on North Korean missile launches on Monday.",  # "missile" modifies "launches"
    ],
)
def test_events_object_words_are_no_second_event(text):
    types = [e.type for e in _events(text)]
    assert len(types) == len(set(types)) and "COERCE" not in types, types
    assert not ("ASSAULT" in types and "share" in text), types


def test_events_person_acting_for_a_state_is_preferred_to_the_headline_states():
    text = ("Kosovo and Serbia agree on plan to normalize ties\n\n"
            "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti agreed late on Saturday on how "
            "to implement the plan.")
    agree = [e for e in _events(text) if e.type == "AGREE"]
    assert len(agree) == 1
    assert (agree[0].source_actor, agree[0].target_actor) == ("Aleksandar Vučić", "Albin Kurti")


def test_events_trailing_speaker_is_no_target():
    text = "The leaders agreed to a plan to normalize relations, the bloc's foreign policy chief Josep Borrell said."
    for e in _events(text):
        assert e.target_actor != "Josep Borrell", (e.type, e.summary)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target", "day"),
    [
        # a fronted subordinate clause: its doer is the subject after the comma
        ("After meeting Putin in the Kremlin on Tuesday, Orban flew to Beijing.", "meeting", "Viktor Orbán",
         "Vladimir Putin", TUE),
        ("Following talks with Erdogan in Ankara on Monday, Zelenskiy travelled to Riyadh.", "talks",
         "Volodymyr Zelensky", "Recep Tayyip Erdoğan", MON),
        ("Lavrov is in Pyongyang for talks with Kim Jong Un on Monday.", "talks", "Sergey Lavrov", "Kim Jong Un", MON),
    ],
)
def test_events_subordinate_consultation_takes_the_clause_subject(text, trigger, source, target, day):
    found = [e for e in _events(text) if e.type == "CONSULT" and e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in _events(text)]
    assert (found[0].source_actor, found[0].target_actor) == (source, target)
    assert (found[0].date_start, found[0].date_end) == (day, day)


def test_events_plural_role_subject_dated_in_its_clause_is_a_group():
    events = [e for e in _events("Ahead of the summit, the foreign ministers met in New York on Tuesday.")
              if e.trigger == "met"]
    assert len(events) == 1 and (events[0].date_start, events[0].date_end) == (TUE, TUE)


def test_events_measured_noun_is_the_event_of_its_light_verb():
    text = "Kenya offered to host a new round of talks in Nairobi next month."
    consult = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].status == "planned"
    assert (consult[0].date_start, consult[0].date_end) == (date(2025, 4, 1), date(2025, 4, 30))


def test_events_measured_noun_opens_its_clause():
    events = [e for e in _events("The last round of talks ended in December.") if e.type == "CONSULT"]
    assert len(events) == 1 and events[0].date_start == date(2024, 12, 1)


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        ("The detainees were freed on Friday.", "CONCEDE", FRI),
        ("The hostages were handed over to the Red Cross on Thursday.", "CONCEDE", THU),
        ("Two journalists were arrested in Minsk on Monday.", "COERCE", MON),
    ],
)
def test_events_dated_passive_without_agent_is_an_event(text, type_, day):
    event = _one(text, type_)
    assert (event.date_start, event.date_end) == (day, day)
    assert event.source_actor is None  # never an invented agent


def test_events_undated_passive_without_agent_is_no_event():
    assert not _events("Prisoners are often freed in such deals.")


def test_events_one_told_in_a_call_is_its_other_party():
    call = _one("Putin told Trump in a phone call on Tuesday that he would not agree to a ceasefire.", "CONSULT")
    assert (call.source_actor, call.target_actor) == ("Vladimir Putin", "Donald Trump")
    assert (call.date_start, call.date_end) == (TUE, TUE)


@pytest.mark.parametrize(
    "lemma",
    ["sever [diplomatic ties", "(cut|sever ties", "cut|sever ties"],
)
def test_lexicon_unbalanced_pattern_fails_with_its_line(lemma):
    import yaml

    from timeline.errors import ResourceError
    from timeline.events.lexicon import _LineLoader, compile_triggers

    raw = yaml.load(f'- {{lemma: "{lemma}", pos: verb, type: SANCTION, summary: cuts ties, example: "x"}}\n',
                    Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    with pytest.raises(ResourceError, match=r"triggers.yaml:1: .*unbalanced"):
        compile_triggers(raw)


@pytest.mark.parametrize(
    ("text", "type_", "source", "day"),
    [
        ("The EU halted its budget support to the junta on Saturday.", "SANCTION", "European Union", SAT),
        ("Washington paused some of its military aid on Tuesday.", "SANCTION", "United States", TUE),
        ("Islamabad boycotted the meeting on Friday.", "SANCTION", "Pakistan", FRI),
        ("Indian and Pakistani troops exchanged heavy artillery and mortar fire on Thursday.", "FIGHT", "India", THU),
        ("Kyiv handed back two prisoners on Sunday.", "CONCEDE", "Ukraine", SUN),
        ("The United States indicted three Russian officers on Friday.", "INVESTIGATE", "United States", FRI),
    ],
)
def test_events_recall_sanctions_fire_and_releases_in_more_words(text, type_, source, day):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    assert found[0].source_actor == source
    assert (found[0].date_start, found[0].date_end) == (day, day)


def test_events_noun_after_and_is_no_base_verb():
    text = "France suspended all development aid and budget support on Monday."
    assert [e.type for e in _events(text)] == ["SANCTION"]


def test_events_coordinated_clause_noun_told_by_its_own_verb():
    text = "Cuba and Norway acted as guarantors, and a definitive ceasefire took effect on Monday."
    assert [(e.type, e.date_start) for e in _events(text) if e.trigger == "ceasefire"] == [("AGREE", MON)]


def test_events_between_after_a_date_names_the_parties():
    talks = _one("Talks on Monday between Erdogan and Putin ended without a deal.", "CONSULT")
    assert (talks.source_actor, talks.target_actor) == ("Recep Tayyip Erdoğan", "Vladimir Putin")
    assert (talks.date_start, talks.date_end) == (MON, MON)


def test_events_group_subject_of_a_light_verb_makes_the_event():
    talks = _one("The three countries held talks in Ankara on Tuesday.", "CONSULT")
    assert talks.source_actor is None and talks.location == "Ankara"
    assert (talks.date_start, talks.date_end) == (TUE, TUE)
