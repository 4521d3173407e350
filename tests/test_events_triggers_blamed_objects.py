""""Called <object> <blame word>" when the object has its own phrases, article or possessive: a disapproval by the one
who calls it so; a trigger inside the object judged is no act of the caller; a negator before the blame word takes the
blame back (review 11, findings 3 and 9)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, source, target", [
    ("Japan called the missile launch over Hokkaido reckless on Tuesday.", "Japan", None),
    ("Poland called the flight of Russian drones into its airspace unacceptable.", "Poland", None),
    ("Ukraine called the sham referendum in occupied Zaporizhzhia illegitimate.", "Ukraine", None),
    ("Hungary called a vote in the European Parliament illegal under EU law.", "Hungary", None),
    ("The Kremlin called the seizure of frozen Russian assets illegal.", "Russia", None),
    ("Berlin called the Chinese ban on German pork exports unjustified.", "Germany", "China"),
    ("Canada called American tariffs on its steel unjustified.", "Canada", "United States"),
    ("Tehran called the European sanctions illegal on Wednesday.", "Iran", None),
    ("Seoul called the North Korean drills near the border provocative.", "South Korea", "North Korea"),
    ("Iran called the attack on its embassy in Damascus a violation of international law.", "Iran", None),
    ("Erdogan called the Israeli strikes on Gaza a genocide.", "Recep Tayyip Erdoğan", "Israel"),
])
def test_triggers_blame_after_object_phrases_is_disapproval(text, source, target):
    e = the_event(events_of(text), "DISAPPROVE", "called")
    assert (e.source_actor, e.target_actor, e.status) == (source, target, "occurred")


@pytest.mark.parametrize("text, speaker", [
    ("Lavrov called Western sanctions illegal on Monday.", "Sergey Lavrov"),
    ("Tehran called the new sanctions on its oil exports illegal on Wednesday.", "Iran"),
    ("Beijing called the American strikes on the Houthis reckless.", "China"),
    ("Zelensky called Tuesday's strikes on Kharkiv barbaric.", "Volodymyr Zelensky"),
])
def test_triggers_trigger_inside_judged_object_is_no_act_of_the_speaker(text, speaker):
    events = events_of(text)
    assert the_event(events, "DISAPPROVE", "called").source_actor == speaker
    assert not [e for e in events if e.type != "DISAPPROVE" and e.source_actor == speaker], \
        [(e.type, e.trigger, e.source_actor) for e in events]


def test_triggers_owner_of_judged_act_is_its_doer():
    events = events_of("Macron called Russia's invasion of Ukraine illegal.")
    assert the_event(events, "DISAPPROVE", "called").target_actor == "Russia"
    assert the_event(events, "FIGHT", "invasion").source_actor == "Russia"


@pytest.mark.parametrize("text", [
    "Macron called the decision hardly unacceptable.",
    "Paris called the ruling far from unacceptable.",
    "Rome called the plan not illegal on Monday.",
    "Ankara called the vote barely legal.",
])
def test_triggers_negated_blame_is_no_disapproval(text):
    assert not [e for e in events_of(text) if e.type == "DISAPPROVE"]


@pytest.mark.parametrize("text, target", [
    ("Biden called Xi on Tuesday to discuss the illegal fishing.", "Xi Jinping"),
    ("Macron called Putin after the attack on Odesa.", "Vladimir Putin"),
])
def test_triggers_phone_call_with_blame_word_later_stays_a_call(text, target):
    e = the_event(events_of(text), "CONSULT", "called")
    assert (e.target_actor, e.mode) == (target, "phone")
