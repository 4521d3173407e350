"""Recall round 9: constructions news uses everywhere, each checked with several sentences of our own.

An event noun told by its own participle or relative clause, with a date, is an event even when no actor
is named ("an interim deal struck in Geneva in November 2013"); a participle of a light verb after an
event noun is no event of its own ("struck" there is no strike)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _shown(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.summary) for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "start", "end"),
    [
        ("The talks built on an interim deal struck in Geneva in November 2013.", "AGREE", "deal",
         date(2013, 11, 1), date(2013, 11, 30)),
        ("Officials praised the accord signed in Doha on Saturday.", "AGREE", "accord", date(2025, 3, 1), date(2025, 3, 1)),
        ("The ceasefire reached in Cairo on Monday collapsed within hours.", "AGREE", "ceasefire",
         date(2025, 3, 3), date(2025, 3, 3)),
        ("The summit held in Riyadh on Tuesday ended without a statement.", "CONSULT", "summit",
         date(2025, 3, 4), date(2025, 3, 4)),
        # a relative clause with a predicate of occurrence tells the event too
        # it ran past midnight: it ends on Tuesday
        ("A final session that began on Monday evening ran past midnight.", "CONSULT", "session",
         date(2025, 3, 3), date(2025, 3, 4)),
        ("The negotiations, which took place in Oman on Wednesday, were described as useful.", "CONSULT",
         "negotiations", date(2025, 3, 5), date(2025, 3, 5)),
    ],
)
def test_events_noun_told_by_its_own_verb_is_an_event(text, type_, trigger, start, end):
    found = [e for e in _events(text) if e.type == type_ and e.trigger == trigger]
    assert len(found) == 1, _shown(text)
    assert (found[0].date_start, found[0].date_end) == (start, end)
    assert found[0].status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "The talks built on an interim deal struck in Geneva in November 2013.",
        "Diplomats recalled the truce struck in Doha last week.",
    ],
)
def test_events_participle_after_event_noun_is_no_event_of_its_own(text):
    assert not [e for e in _events(text) if e.type == "ASSAULT"], _shown(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Israel struck targets in Gaza on Monday.", "ASSAULT"),  # a verb with its object stays a verb
        ("Israel and Hamas reached a truce on Monday.", "AGREE"),
    ],
)
def test_events_finite_light_verb_still_makes_its_event(text, type_):
    assert [e for e in _events(text) if e.type == type_], _shown(text)


@pytest.mark.parametrize(
    "text",
    [
        # no date and no one named: a bare noun names no particular event
        "Officials said the deal reached in Doha would hold.",
        "A session that nobody attended is planned.",
    ],
)
def test_events_undated_anonymous_noun_stays_no_event(text):
    assert not [e for e in _events(text) if e.type in ("AGREE", "CONSULT")], _shown(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an -ing verb after a subordinator has the subject of the clause it modifies, not the last actor named
        ("Trump met Putin in Alaska after speaking by phone with Zelenskiy.", "Donald Trump", "Volodymyr Zelensky"),
        ("Erdogan announced that agreement after speaking by phone with Putin.", "Recep Tayyip Erdoğan", "Vladimir Putin"),
        ("Blinken left Cairo before meeting Netanyahu in Jerusalem.", "Antony Blinken", "Benjamin Netanyahu"),
        # an event noun after a subordinator too, with a passive's agent as the doer
        ("The accord was announced on Monday by Trump after a phone call with Netanyahu.", "Donald Trump",
         "Benjamin Netanyahu"),
    ],
)
def test_events_adverbial_gerund_takes_the_clause_subject(text, source, target):
    found = [e for e in _events(text) if e.type == "CONSULT" and e.target_actor == target]
    assert len(found) == 1, _shown(text)
    assert found[0].source_actor == source


@pytest.mark.parametrize(
    "text",
    [
        "Macron spoke to reporters in Berlin on Monday.",
        "Scholz spoke with journalists after the vote.",
    ],
)
def test_events_speaking_to_the_press_is_no_consultation(text):
    assert not [e for e in _events(text) if e.type == "CONSULT"], _shown(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # "called <object> <a description>": a statement about the object, not a phone call
        ("Yoon called the meeting a historic milestone on Friday.", "Yoon Suk Yeol", None),
        ("Frederiksen called the idea of a sale an absurd discussion.", "Mette Frederiksen", None),
        ("Biden called Putin a war criminal on Wednesday.", "Joe Biden", "Vladimir Putin"),
        ("The European Union called it a betrayal of the accord.", "European Union", None),
    ],
)
def test_events_called_object_a_description_is_a_statement(text, source, target):
    events = _events(text)
    assert not [e for e in events if e.type == "CONSULT"], _shown(text)
    found = [e for e in events if e.type == "STATEMENT"]
    assert len(found) == 1, _shown(text)
    assert (found[0].source_actor, found[0].target_actor) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Macron called Putin a day after the vote.",  # "a day after" is a date: the call is a phone call
        "Macron called Putin on Sunday.",
    ],
)
def test_events_called_an_actor_is_still_a_phone_call(text):
    found = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(found) == 1 and found[0].mode == "phone", _shown(text)


@pytest.mark.parametrize(
    "text",
    [
        'Trump called her remarks "nasty" on Wednesday.',
        "The foreign ministry called the sanctions illegal on Tuesday.",
        "Blinken called the move unconscionable on Monday.",
    ],
)
def test_events_called_object_a_blaming_description_is_a_disapproval(text):
    """Criticism is DISAPPROVE (the gold guidelines): "called X nasty / illegal" blames X."""
    assert [e.type for e in _events(text)] == ["DISAPPROVE"], _shown(text)


def test_events_statement_verbs_joined_by_and_are_one_statement():
    text = 'Trump called her remarks "nasty" on Wednesday and said she should not have spoken that way.'
    (found,) = _events(text)
    assert found.type == "DISAPPROVE", _shown(text)
    assert {text[m.start:m.end] for m in found.mentions} >= {"called", "said"}


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        # "by <-ing>" tells how something was done: the act is an event of its own
        ("The army accused Hamas of violating the truce by firing a rocket toward Israel on Friday.", "ASSAULT", "Hamas"),
        ("Washington responded by imposing sanctions on Moscow on Monday.", "SANCTION", "United States"),
        ("Iran surprised observers by attacking the base on Sunday.", "ASSAULT", "Iran"),
    ],
)
def test_events_gerund_after_by_is_an_event(text, type_, source):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, _shown(text)
    assert found[0].source_actor == source


@pytest.mark.parametrize(
    ("text", "target", "mode"),
    [
        # "on/during his visit" frames the consultation of its sentence: one event, made on a visit
        ("Blinken, on his third visit to the region since the war began, met Netanyahu on Thursday.",
         "Benjamin Netanyahu", "visit"),
        ("Blinken arrived in Cairo on Monday, and during his visit he announced new aid.", "Egypt", "visit"),
        ("Scholz, on his first trip to Asia as chancellor, met Xi on Friday.", "Xi Jinping", "visit"),
    ],
)
def test_events_visit_frame_is_the_sentence_consultation(text, target, mode):
    found = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(found) == 1, _shown(text)
    assert (found[0].target_actor, found[0].mode) == (target, mode)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # "their"/"his" in a sentence that names no one: the parties of the last joint event, the last person who acted
        ("Putin and Xi met in Moscow on Monday. Their previous meeting had taken place in Beijing in November.",
         "meeting", "Vladimir Putin", "Xi Jinping"),
        ("Blinken met Wang Yi on Monday. His previous visit to China took place in June.", "visit",
         "Antony Blinken", "China"),
    ],
)
def test_events_possessive_event_noun_takes_its_antecedent(text, trigger, source, target):
    found = [e for e in _events(text) if e.trigger == trigger]
    assert len(found) == 1, _shown(text)
    assert (found[0].source_actor, found[0].target_actor) == (source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the actor after "to"/"on"/"against" is where a visit went or whom an act hit, never its doer
        ("A visit to China by the delegation took place on Monday.", "China"),
        ("Sanctions on Russia took effect on Friday.", "Russia"),
    ],
)
def test_events_noun_object_after_preposition_is_the_target(text, target):
    found = _events(text)
    assert len(found) == 1, _shown(text)
    assert found[0].target_actor == target and found[0].source_actor != target


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a statement noun after "in" that opens its clause frames the act of its sentence: one event
        ("In a joint statement on Friday, the three leaders agreed to hold a summit every year.", "AGREE"),
        ("In a joint statement, Japan and South Korea agreed on Friday to share missile warning data.", "AGREE"),
        ("In a statement on Monday, Putin said the talks had been useful.", "STATEMENT"),
    ],
)
def test_events_statement_frame_is_the_sentence_act(text, type_):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, _shown(text)
    assert len(found[0].mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Obama warned Congress on Tuesday that he would veto any bill that blocked the deal.",
        "Putin warned on Friday that Russia would strike Kyiv.",
    ],
)
def test_events_what_a_warning_says_it_would_do_is_the_threat(text):
    events = _events(text)
    assert [e.type for e in events] == ["THREATEN"], _shown(text)
    assert events[0].status == "occurred" and len(events[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a habit or a standing attitude is no event
        ("The exercises begin on Monday, which North Korea routinely denounces as rehearsals for invasion.", "DISAPPROVE"),
        ("Saudi Arabia said it had always supported a deal on Tuesday.", "SUPPORT"),
        ("Iran has long opposed the normalization of ties with Israel.", "DISAPPROVE"),
        # the object of an -ing verb is a noun: "rejecting offers" is no offer
        ("Hamas blamed Israel for rejecting offers to release more captives.", "COOPERATE"),
    ],
)
def test_events_habit_or_object_noun_makes_no_event(text, absent):
    assert not [e for e in _events(text) if e.type == absent], _shown(text)


def test_events_repeated_acts_are_still_events():
    text = "North Korea has repeatedly condemned the drills since Monday."
    assert [e for e in _events(text) if e.type == "DISAPPROVE"], _shown(text)


def test_events_call_with_a_party_from_a_new_country_is_a_new_call():
    text = ("Trump held a phone call with Netanyahu on August 13. On Friday, Trump announced a second deal after "
            "speaking by phone with King Hamad bin Isa Al Khalifa and Netanyahu.")
    calls = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(calls) == 2, _shown(text)
    assert {e.source_actor for e in calls} == {"Donald Trump"}


@pytest.mark.parametrize(
    ("text", "mode", "n_events"),
    [
        # a go-between makes talks third-party wherever they are held, and a passive "mediated by" tells the same talks
        ("Talks between Russia and Ukraine in Istanbul on Friday were mediated by Turkey.", "third-party", 1),
        ("Qatar mediated talks between Israel and Hamas in Doha on Monday.", "third-party", 1),
    ],
)
def test_events_consult_mode_from_general_constructions(text, mode, n_events):
    events = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(events) == n_events, _shown(text)
    assert events[-1].mode == mode


@pytest.mark.parametrize(
    ("text", "mode", "location"),
    [
        # a consultation the text places nowhere: the dateline, for the lead paragraph's news ...
        ("BEIJING - Putin and Xi met on Tuesday to discuss trade.\n\nThe talks lasted three hours.", "visit", "Beijing"),
        # ... or for a recent one with a party of the dateline's country
        ("JERUSALEM - Israel resumed strikes on Friday.\n\nBlinken met Netanyahu on Thursday.", "visit", "Jerusalem"),
    ],
)
def test_events_dateline_places_a_consultation(text, mode, location):
    found = [e for e in _events(text) if e.type == "CONSULT"]
    assert found and found[0].mode == mode and found[0].location == location, _shown(text)


def test_events_dateline_does_not_place_other_countries_later_talks():
    text = "WASHINGTON - Congress passed the bill on Friday.\n\nPutin met Xi on Thursday."
    found = [e for e in _events(text) if e.type == "CONSULT"]
    assert found and found[0].location is None and found[0].mode is None, _shown(text)


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        # a verb right after "and" shares the subject of the verb before it
        ("Lavrov said on Monday that Russia would send more troops, and criticized NATO.", "DISAPPROVE",
         "Sergey Lavrov"),
        # "<officials> in <capital>" / "<leaders> of <state>": the body they belong to acts
        ("Officials in Kyiv condemned the strike on Monday.", "DISAPPROVE", "Ukraine"),
        ("Lawmakers in Washington criticized the deal on Tuesday.", "DISAPPROVE", "United States"),
    ],
)
def test_events_subject_of_coordinated_verb_and_of_officials_in_a_capital(text, type_, source):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, _shown(text)
    assert found[0].source_actor == source


def test_events_the_parties_make_the_event():
    text = "The talks were meant to end on June 30, but the parties extended them by a week."
    found = [e for e in _events(text) if e.type == "AGREE"]
    assert len(found) == 1, _shown(text)


def test_events_visit_after_during_is_the_clause_subject_s():
    text = "Frederiksen told reporters on Wednesday what she had said on Sunday during a visit to Nuuk."
    found = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(found) == 1 and found[0].source_actor == "Mette Frederiksen", _shown(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # ", agreeing to <verb>" after another verb: a planned act of that verb's subject
        ("The separatists accepted a ceasefire on Wednesday, agreeing to disband their forces.", "RETREAT"),
        ("Hamas accepted the deal on Monday, pledging to free ten hostages.", "CONCEDE"),
    ],
)
def test_events_participle_commitment_makes_a_planned_act(text, type_):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1 and found[0].status == "planned", _shown(text)


def test_events_preposition_opening_a_date_is_no_phrasal_verb():
    text = "Hamas agreed on Monday to release ten hostages."
    found = [e for e in _events(text) if e.type == "AGREE"]
    assert len(found) == 1 and found[0].trigger == "agreed", _shown(text)
    assert found[0].date_start == date(2025, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan said on Friday Turkey would keep working for peace.",
        "Peskov said on Monday that Russia would not attend.",
    ],
)
def test_events_actor_after_said_is_no_target(text):
    found = [e for e in _events(text) if e.type == "STATEMENT"]
    assert len(found) == 1 and found[0].target_actor is None, _shown(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a reaction to an event noun is aimed at who did that event
        ("Azerbaijan launched an offensive on Tuesday. On Wednesday, the EU condemned the offensive.", "Azerbaijan"),
        ("Kyiv condemned Russia's invasion on Friday.", "Russia"),
    ],
)
def test_events_reaction_to_an_event_targets_its_doer(text, target):
    found = [e for e in _events(text) if e.type == "DISAPPROVE"]
    assert len(found) == 1 and found[0].target_actor == target, _shown(text)


def test_events_fronted_visit_frames_the_meeting_that_follows():
    text = "Zelensky thanked Congress. During a visit to Washington earlier this week, he met President Joe Biden."
    found = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(found) == 1, _shown(text)
    e = found[0]
    assert (e.source_actor, e.target_actor, e.mode, e.location) == ("Volodymyr Zelensky", "Joe Biden", "visit", "Washington")


def test_events_description_after_called_it_names_no_target():
    text = "Zelensky welcomed the move on Friday, calling it a victory for Ukraine."
    found = [e for e in _events(text) if e.type == "SUPPORT"]
    assert len(found) == 1 and found[0].target_actor is None, _shown(text)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Macron talked with Scholz by phone on Monday.", ["CONSULT"]),
        ("Discussions between Cairo and Hamas resumed on Sunday.", ["CONSULT"]),
        # a speech or an interview frames what was said in it: one event, not two
        ("In a speech on Tuesday, Xi warned against separatism.", ["THREATEN"]),
        ("In an interview on Sunday, Lavrov rejected the plan.", ["REJECT"]),
        ("The minister talked to reporters on Monday.", []),
    ],
)
def test_events_consultation_and_statement_words(text, types):
    assert [e.type for e in _events(text)] == types, _shown(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Security Council is expected to vote next week on the resolution.", "planned"),
        ("The UN General Assembly voted on Thursday to condemn the annexation.", "occurred"),
    ],
)
def test_events_a_vote_is_an_event(text, status):
    found = [e for e in _events(text) if e.type == "AGREE"]
    assert len(found) == 1 and found[0].status == status, _shown(text)


def test_events_voting_against_is_no_agreement():
    text = "The council voted against the resolution on Monday."
    assert not [e for e in _events(text) if e.type == "AGREE"], _shown(text)


def test_events_phrasal_form_stays_when_no_shorter_trigger():
    text = "Kishida and Yoon flew in the morning on Friday."  # ("fly" alone is no trigger)
    found = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(found) == 1 and found[0].trigger == "flew in", _shown(text)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("habitual", "12", "'habitual' must be a list of strings"),
        ("aimed_types", "[DISAPPROVE, SCOLD]", "unknown event type(s) in aimed_types: SCOLD"),
    ],
)
def test_events_recall_bad_cue_lists_name_file_and_problem(key, value, message):
    import re
    from importlib import resources

    import yaml

    from timeline.errors import ResourceError
    from timeline.events.lexicon import _LineLoader, parse_cues

    shipped = resources.files("timeline.resources").joinpath("events", "cues.yaml").read_text("utf-8")
    text, n = re.subn(rf"(?m)^{key}: .*$", f"{key}: {value}", shipped)
    assert n == 1
    with pytest.raises(ResourceError) as err:
        parse_cues(yaml.load(text, Loader=_LineLoader))  # noqa: S506 - a SafeLoader subclass
    assert err.value.what.startswith("cues.yaml:") and message in err.value.what
    assert err.value.fix


def test_events_recall_mode_must_be_known():
    from timeline.errors import ResourceError
    from timeline.events.lexicon import parse_triggers

    raw = [{"lemma": "broker", "pos": "verb", "type": "CONSULT", "summary": "brokers", "example": "x", "mode": "remote",
            "__line__": 7}]
    with pytest.raises(ResourceError) as err:
        parse_triggers(raw)
    assert err.value.what == "triggers.yaml:7: mode must be visit, host or third-party, not 'remote'"
