"""Status of acts offered or denied: "no plans for <a titled name> to meet" is denied however long the name; "was
ready to host direct talks" offers talks that have not been held (hypothetical, not occurred)."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 5, 14)


@pytest.mark.parametrize("text", [
    "The Kremlin said on Wednesday there were no plans for President Vladimir Putin to meet Ukrainian President "
    "Volodymyr Zelensky in Istanbul.",
    "The Kremlin said on Wednesday there were no plans for Putin to meet Zelensky.",
])
def test_no_plans_for_a_named_leader_to_meet_is_denied(text):
    e = the_event(events_of(text, DCT), "CONSULT", "meet")
    assert e.status == "denied", e.status


@pytest.mark.parametrize("text", [
    "Turkish President Tayyip Erdogan said on Tuesday that Ankara was ready to host direct talks.",
    "Erdogan said on Tuesday that Turkey was willing to hold direct peace talks.",
])
def test_readiness_to_host_talks_is_no_talks_held(text):
    consult = [e for e in events_of(text, DCT) if e.type == "CONSULT"]
    assert consult and all(e.status == "hypothetical" for e in consult), [(e.trigger, e.status) for e in consult]


@pytest.mark.parametrize("text, trigger, status", [
    # a past form after a bare "and" is no verb under "would": told as fact
    ("Djuric said the envoy would return for consultations and accused Montenegro of choosing confrontation.",
     "accused", "occurred"),
    ("The two sides agreed to restore relations and reopened their embassies.", "reopened", "occurred"),
    # a base form (or a form that is both) stays under the modal
    ("Djuric said Serbia would recall the envoy and cut ties with Montenegro.", "cut ties", "planned"),
])
def test_past_form_after_and_is_not_under_the_modal(text, trigger, status):
    e = the_event(events_of(text, DCT), None, trigger)
    assert e.status == status, e.status


def test_offset_set_off_at_the_end_counts_from_the_main_clause_not_a_denied_plan():
    text = ("The Kremlin said on Wednesday there were no plans for Putin to meet Zelensky in Istanbul, a day after "
            "Turkey offered to host such a meeting.")
    e = the_event(events_of(text, DCT), None, "offered")
    assert (e.date_start, e.date_end) == (date(2025, 5, 13), date(2025, 5, 13)), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Turkey offered on Tuesday to host talks between Russia and Ukraine.", "talks"),
    ("Turkey offered on Tuesday to host the talks.", "host"),
])
def test_plan_cue_across_the_day_of_the_offer(text, trigger):
    # the day belongs to the offering; what is offered stays to come
    e = the_event(events_of(text, DCT), "CONSULT", trigger)
    assert e.status == "planned" and e.date_start >= DCT, (e.status, e.date_derivation)


@pytest.mark.parametrize("text, absent", [
    ("Indonesian President Joko Widodo urged the bloc on Monday to suspend all contacts with the junta until it "
     "released political prisoners.", "released"),
    ("The EU said it would keep the sanctions until Russia withdrew its troops.", "withdrew"),
])
def test_what_must_happen_first_after_an_act_to_come_is_no_act(text, absent):
    assert not [e for e in events_of(text, DCT) if absent in e.trigger], [e.trigger for e in events_of(text, DCT)]


def test_until_after_a_past_act_keeps_the_act():
    e = the_event(events_of("The blockade lasted until Qatar released the prisoners in March.", DCT), None, "released")
    assert e.status == "occurred"


def test_the_one_named_after_for_does_the_infinitive():
    e = the_event(events_of("The Kremlin said on Wednesday there were no plans for President Vladimir Putin to meet "
                            "Zelensky.", DCT), "CONSULT", "meet")
    assert e.source_actor == "Vladimir Putin", e.source_actor


def test_talks_pressed_for_are_only_asked_for():
    e = the_event(events_of("Turkey pressed for Russia and Ukraine to resume talks.", DCT), "CONSULT", "talks")
    assert e.status == "planned", e.status
