"""Truces, ceasefires and deals as an analyst reads them: a length written before the arrangement agreed is the
content's, not the agreeing's; a truce that will start is planned; an extension told in the passive is news; a recall
of negotiators or a delegation is summarised as what the text says, never as an ambassador recalled. Our own
sentences, through the whole pipeline; near-misses keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

#: a Wednesday
WED = date(2024, 6, 12)


def _with(events, word: str):
    found = [e for e in events if any(word in m.trigger.lower() for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events]
    return found[0]


# --- the length of what is agreed does not stretch the act --------------------------------------

@pytest.mark.parametrize(("text", "word", "day"), [
    ("Russia and Ukraine agreed on Wednesday to a four-day truce brokered by Turkey.", "agreed", date(2024, 6, 12)),
    ("The two armies agreed on Monday to a 30-day ceasefire along the border.", "agreed", date(2024, 6, 10)),
    ("Armenia and Azerbaijan signed a seven-day truce on Tuesday.", "truce", date(2024, 6, 11)),
    ("India and Pakistan accepted a ten-day ceasefire on Monday.", "ceasefire", date(2024, 6, 10)),
])
def test_length_of_the_arrangement_agreed_leaves_the_act_on_its_day(text, word, day):
    e = _with(events_of(text, WED), word)
    assert e.type == "AGREE"
    assert (e.date_start, e.date_end, e.precision) == (day, day, "day"), e.date_derivation
    assert "lasts" not in e.date_derivation


@pytest.mark.parametrize(("text", "word", "start", "end"), [
    # the length of the event itself still gives its days: a visit, a truce told as what began
    ("Macron arrived in Berlin on Monday for a two-day visit.", "arrived", date(2024, 6, 10), date(2024, 6, 11)),
    ("Scholz will arrive in Rome on Friday for a three-day visit.", "arrive", date(2024, 6, 14), date(2024, 6, 16)),
    ("A four-day truce between Russia and Ukraine began on Saturday.", "truce", date(2024, 6, 8), date(2024, 6, 11)),
])
def test_length_of_the_event_itself_still_spans_its_days(text, word, start, end):
    e = _with(events_of(text, WED), word)
    assert (e.date_start, e.date_end) == (start, end), e.date_derivation


# --- a truce that will begin, a deal that comes into force ------------------------------------

@pytest.mark.parametrize(("text", "word", "day"), [
    ("The pause will begin on Thursday, the foreign ministry said.", "pause", date(2024, 6, 13)),
    ("The humanitarian pause will start on Friday morning.", "pause", date(2024, 6, 14)),
    ("The ceasefire will take effect on Saturday.", "ceasefire", date(2024, 6, 15)),
    ("The truce will come into force on Sunday.", "truce", date(2024, 6, 16)),
])
def test_an_arrangement_that_will_start_is_planned_on_its_day(text, word, day):
    e = _with(events_of(text, WED), word)
    assert e.type == "AGREE" and e.status == "planned"
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


@pytest.mark.parametrize(("text", "word", "day"), [
    ("The ceasefire took effect on Monday.", "ceasefire", date(2024, 6, 10)),
    ("The deal came into force on Tuesday.", "deal", date(2024, 6, 11)),
    ("The humanitarian pause began on Tuesday morning.", "pause", date(2024, 6, 11)),
])
def test_an_arrangement_that_took_effect_or_ended_is_an_occurred_agreement(text, word, day):
    e = _with(events_of(text, WED), word)
    assert e.type == "AGREE" and e.status == "occurred"
    assert e.date_start == day == e.date_end, e.date_derivation


@pytest.mark.parametrize("text", [
    "The truce was due to expire on Friday.",
    "Talks resumed after a long pause.",
    "There was a pause in the conversation.",
    "The minister paused before answering.",
])
def test_a_pause_that_is_no_arrangement_nor_an_expiry_makes_no_agreement(text):
    # (an expiry is not the truce agreed: tests/test_events_dating.py, "the expiry, not the deal")
    assert not [e for e in events_of(text, WED) if e.type == "AGREE"]


# --- extensions ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The truce was extended by two days.",
    "The ceasefire has been prolonged by a week.",
    "Turkey said the truce had been extended.",
    "Qatar announced on Monday that the truce was extended by two days.",
])
def test_an_extension_told_in_the_passive_is_an_agreement(text):
    e = _with(events_of(text, WED), "ext" if "ext" in text else "prolong")
    assert e.type == "AGREE" and e.status == "occurred"
    assert e.date_end is None or e.date_end <= WED


@pytest.mark.parametrize(("text", "summary_has"), [
    ("Russia and Ukraine extended the truce by two days on Monday.", "extend the truce"),
    ("The two governments renewed the grain deal on Sunday.", "extend the agreement"),
])
def test_an_extension_names_what_is_extended(text, summary_has):
    e = [e for e in events_of(text, WED) if e.type == "AGREE"]
    assert len(e) == 1 and summary_has in e[0].summary, [(x.type, x.summary) for x in e]


@pytest.mark.parametrize("text", [
    "The deadline was extended by two days.",
    "The road was extended to the border.",
])
def test_an_extension_of_something_else_is_no_agreement_without_a_date(text):
    assert not [e for e in events_of(text, WED) if e.type == "AGREE"]


# --- recalls: what was recalled, as the text says -----------------------------------------------

@pytest.mark.parametrize(("text", "said"), [
    ("Israel recalled its negotiators from Doha on Saturday.", "recalls negotiators from"),
    ("Egypt recalled its negotiating team from Doha on Monday.", "recalls negotiators from Doha"),
    ("Turkey recalled its delegation from the talks on Friday.", "delegation"),
    ("Seoul recalled its special envoy from Tokyo on Sunday.", "envoy"),
    ("Canada recalled its diplomats from Caracas on Monday.", "recalls diplomats from"),
])
def test_a_recall_summary_says_who_was_recalled(text, said):
    e = _with(events_of(text, WED), "recall")
    assert e.type == "SANCTION"
    assert said in e.summary and "ambassador" not in e.summary, e.summary


@pytest.mark.parametrize("text", [
    "Jordan recalled its ambassador from Israel on Wednesday.",
    "Japan recalled its ambassador to South Korea on Monday.",
])
def test_an_ambassador_recalled_is_still_told_so(text):
    e = _with(events_of(text, WED), "recall")
    assert e.type == "SANCTION" and "recalls ambassador from" in e.summary, e.summary


def test_recalling_a_memory_is_no_recall():
    assert not events_of("The minister recalled on Monday that the talks had failed before.", WED) or all(
        e.type != "SANCTION" for e in events_of("The minister recalled on Monday that the talks had failed before.", WED))
