"""Recall round 12: triggers read through their object (lexicon ``objects`` and ``object_types``), lists of measures
told as one act, the modal that governs a list of verbs, consultations framed by "In a call on ...", and a fronted
participle whose subject follows the comma. Short sentences of our own; each case states what an analyst records."""

from __future__ import annotations

import pytest

from timeline.errors import ResourceError
from timeline.events.lexicon import parse_triggers
from event_helpers import events_of, types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # the object says what a withdrawal is: a cut in relations, a retreat, a concession
        ("Washington withdrew its ambassador on Friday.", "SANCTION"),
        ("India withdrew the most-favoured-nation trade status it had granted Pakistan on Friday.", "SANCTION"),
        ("Russia withdrew its troops from the town on Friday.", "RETREAT"),
        ("India withdrew its objection to the resolution on Friday.", "CONCEDE"),
        # suspending a member or a programme reduces relations; suspending a plan gives way
        ("The African Union suspended Niger on Friday.", "SANCTION"),
        ("Russia suspended its participation in the treaty in February 2023.", "SANCTION"),
        # "declared ... that" is a statement, "declared ... persona non grata" an expulsion
        ("Putin declared on Wednesday that Russia would not accept foreign troops.", "STATEMENT"),
        ("Estonia declared a Russian diplomat persona non grata on Friday.", "SANCTION"),
    ],
)
def test_events_object_decides_the_type(text, type_):
    assert type_ in types_of(text), [(e.type, e.trigger) for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # a verb that names an act only with its object
        ("Lithuania closed two border crossings with Belarus on Wednesday.", "SANCTION", 1),
        ("The chairman closed the session on Wednesday.", "SANCTION", 0),
        ("Britain froze the assets of five oligarchs on Thursday.", "SANCTION", 1),
        ("Israel called up 60,000 reservists on Wednesday.", "MOBILIZE", 1),
        ("Russia returned 20 Ukrainian children on Thursday.", "CONCEDE", 1),
        ("The minister returned to Moscow on Thursday.", "CONCEDE", 0),
        ("Egypt reopened the Rafah crossing on Monday.", "CONCEDE", 1),
        ("Russia and Ukraine exchanged 390 prisoners on Friday.", "CONCEDE", 1),
        ("The United States sent an aircraft carrier to the eastern Mediterranean on Sunday.", "MOBILIZE", 1),
        ("Japan scrambled fighter jets on Monday.", "MOBILIZE", 1),
        ("Mali ordered the French ambassador to leave within 72 hours on Friday.", "SANCTION", 1),
        # "called up" someone is a phone call, not a call-up
        ("Macron called up Putin on Sunday.", "MOBILIZE", 0),
    ],
)
def test_events_object_makes_the_trigger(text, type_, expected):
    assert types_of(text).count(type_) == expected, [(e.type, e.trigger) for e in events_of(text)]


def test_events_a_list_of_measures_is_one_sanction():
    text = ("On Sunday, ECOWAS leaders closed their borders with Niger, suspended commercial transactions, froze the "
            "country's assets and barred commercial flights.")
    sanctions = [e for e in events_of(text) if e.type == "SANCTION"]
    assert len(sanctions) == 1, [(e.type, e.trigger) for e in events_of(text)]
    assert sanctions[0].status == "occurred"


def test_events_the_modal_governs_a_list_of_verbs():
    text = ("Biden announced on Wednesday that the United States would establish a headquarters in Poland, send two "
            "destroyers to Spain and deploy two squadrons to Britain.")
    moves = [e for e in events_of(text) if e.type == "MOBILIZE"]
    assert moves and all(e.status == "planned" for e in moves), [(e.type, e.trigger, e.status) for e in moves]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("In a phone call on Wednesday, Macron and Starmer discussed security guarantees.", "Emmanuel Macron",
         "Keir Starmer"),
        ("Speaking by phone on Monday, Modi and Ishiba agreed to deepen defence ties.", "Narendra Modi",
         "Shigeru Ishiba"),
        ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba held a call on Monday.",
         "Narendra Modi", "Shigeru Ishiba"),
    ],
)
def test_events_framed_and_fronted_consultations(text, source, target):
    calls = [e for e in events_of(text) if e.type == "CONSULT"]
    assert len(calls) == 1, [(e.type, e.trigger) for e in events_of(text)]
    assert (calls[0].source_actor, calls[0].target_actor) == (source, target)
    assert calls[0].date_start == calls[0].date_end is not None


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("In a statement on Friday, the Kremlin said the talks had been constructive.", "STATEMENT"),
        ("The UN Security Council convened an emergency session on Sunday.", "CONSULT"),
    ],
)
def test_events_weak_verb_dated_through_its_frame(text, type_):
    found = [e for e in events_of(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events_of(text)]
    assert found[0].source_actor is not None and found[0].date_start is not None


def test_events_speaking_to_reporters_frames_the_act_told():
    text = 'Speaking to reporters on Wednesday, Trump called her remarks "nasty".'
    assert len(events_of(text)) == 1, [(e.type, e.trigger) for e in events_of(text)]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"object_types": {"SANKTION": ["ambassador"]}}, "unknown event type 'SANKTION'"),
        ({"object_types": {"SANCTION": "ambassador"}}, "'object_types' must map event types to lists of words"),
        ({"objects": "border"}, "'objects' must be a list of strings"),
    ],
)
def test_events_lexicon_rejects_bad_object_fields(item, message):
    raw = [{"lemma": "withdraw", "pos": "verb", "type": "RETREAT", "summary": "withdraws", "example": "x", **item}]
    with pytest.raises(ResourceError, match=message):
        parse_triggers(raw)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a warning that names nothing that would be done is a statement; one that does is a threat
        ("Wang Yi warned on Monday that there was no room for compromise on Taiwan.", "STATEMENT"),
        ("Putin warned on Wednesday that Moscow would respond in kind.", "THREATEN"),
        ("Tehran warned Washington on Monday that it would retaliate if attacked.", "THREATEN"),
    ],
)
def test_events_a_warning_threatens_only_an_act(text, type_):
    warnings = [e for e in events_of(text) if e.trigger == "warned"]
    assert [e.type for e in warnings] == [type_], [(e.type, e.trigger) for e in events_of(text)]


def test_events_an_invitation_plans_the_visit():
    (visit,) = [e for e in events_of("Xi invited Lula to Beijing on Monday.") if e.type == "CONSULT"]
    assert visit.status == "planned"
    # an invitation to join is a step of cooperation, made
    assert [(e.type, e.status) for e in events_of("NATO invited Finland to join the alliance on Wednesday.")] \
        == [("COOPERATE", "occurred")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a hyphenated name before the verb is a name, not a compound ("the Rubio-Lavrov call" stays a noun)
        ("Xi Jinping and Ma Ying-jeou greeted each other in Singapore on Saturday.", "Xi Jinping", "Ma Ying-jeou"),
        ("King Salman greeted Trump on the tarmac on Saturday.", "King Salman", "Donald Trump"),
    ],
)
def test_events_greetings_are_consultations(text, source, target):
    (event,) = events_of(text)
    assert (event.type, event.source_actor, event.target_actor) == ("CONSULT", source, target)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # an envoy called home reduces relations, like a recall (the place in between is skipped)
        ("India called its high commissioner in Islamabad home for consultations on Friday.", "SANCTION"),
        ("NATO adopted a new strategic concept on Wednesday.", "AGREE"),
        ("Finland and Sweden submitted their applications at NATO headquarters on May 18.", "COOPERATE"),
        ("ECOWAS leaders ordered the activation of a standby force on August 10.", "MOBILIZE"),
        ("An American drone strike on August 27 killed two members of the group.", "ASSAULT"),
        # a predicative call with "one of": criticism, not a phone call
        ("Trump called the news conference one of the most disgraceful performances on Monday.", "DISAPPROVE"),
    ],
)
def test_events_more_acts_read_through_their_object(text, type_):
    assert type_ in types_of(text), [(e.type, e.trigger) for e in events_of(text)]
    assert "CONSULT" not in types_of(text)


def test_events_a_summit_framing_the_act_has_its_actors():
    text = "At a summit on August 10, ECOWAS leaders ordered the activation of a standby force."
    (summit,) = [e for e in events_of(text) if e.type == "CONSULT"]
    assert summit.source_actor is not None


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Erdogan lashed out at Israel on Wednesday over the strikes.", "DISAPPROVE"),
        ("Orban hit out at the European Commission on Friday.", "DISAPPROVE"),
        ("Moscow branded the sanctions illegal on Monday.", "DISAPPROVE"),
        ("Putin ruled out a ceasefire on Tuesday.", "REJECT"),
        ("Xi signalled on Friday that China was open to talks with Washington.", "STATEMENT"),
        # agreeing on an act is the agreement; the act agreed is not told as done
        ("Kyiv and Moscow agreed on a prisoner exchange on Friday.", "AGREE"),
    ],
)
def test_events_reactions_and_statements_in_more_verbs(text, type_):
    assert type_ in types_of(text), [(e.type, e.trigger) for e in events_of(text)]
    assert not [e for e in events_of(text) if e.type != type_ and e.status == "occurred" and e.type != "CONSULT"]


@pytest.mark.parametrize(
    ("text", "type_", "absent"),
    [
        # welcoming people is hosting them; welcoming a decision is support
        ("The Swiss president welcomed the two leaders at the gate on Wednesday.", "CONSULT", "SUPPORT"),
        ("Germany welcomed the decision on Monday.", "SUPPORT", "CONSULT"),
        # a missile test shows force; it attacks no one
        ("North Korea test-fired two short-range missiles on Thursday.", "MOBILIZE", "ASSAULT"),
        ("Israel halted the entry of aid into Gaza on Sunday.", "SANCTION", None),
        ("The EU froze about 200 billion euros of Russian central bank assets on Monday.", "SANCTION", None),
    ],
)
def test_events_the_object_separates_neighbouringtypes_of(text, type_, absent):
    types = types_of(text)
    assert type_ in types and absent not in types, [(e.type, e.trigger) for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a headline's "<actor> to <verb>" tells what will happen
        ("Modi to visit Moscow next week", "CONSULT"),
        ("Macron to host Ukraine summit in Paris", "CONSULT"),
        ("Iran to free French detainees", "CONCEDE"),
    ],
)
def test_events_headline_infinitive_is_a_planned_event(text, type_):
    found = [e for e in events_of(text) if e.type == type_]
    assert [e.status for e in found] == ["planned"], [(e.type, e.trigger, e.status) for e in events_of(text)]


def test_events_an_infinitive_in_a_sentence_stays_the_content_of_its_verb():
    # (a full sentence: "to free" is what was urged, no event of its own)
    assert "CONCEDE" not in types_of("Macron urged Iran to free French detainees on Monday.")


def test_events_a_party_from_elsewhere_signs_another_agreement():
    text = ("Iran reached an agreement with the world powers in Vienna on Tuesday. Also on Tuesday, António Guterres "
            "signed a road map with Iran.")
    agreements = [e for e in events_of(text) if e.type == "AGREE"]
    assert len(agreements) == 2, [(e.trigger, e.actors) for e in agreements]
    # the same parties telling the same act again stay one event
    text = "Armenia and Azerbaijan signed a peace declaration on Friday. Aliyev and Pashinyan signed it at noon."
    assert len([e for e in events_of(text) if e.type == "AGREE"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # words that are triggers only with their object make nothing without it
        "Russia posted strong growth on Monday.",
        "Putin returned to Moscow on Monday.",
        "The ministers exchanged views on Ukraine on Tuesday.",
        "Israel sent a delegation to Cairo on Monday.",
        "Germany adopted a new budget on Friday.",
        "The ministry halted its daily briefings on Monday.",
        "Kenya banned plastic bags in 2017.",
    ],
)
def test_events_object_triggers_without_their_object_make_no_event(text):
    assert events_of(text) == (), [(e.type, e.trigger) for e in events_of(text)]
