"""Faults a run on fresh articles left: an act told in the progressive inside a dated saying ("said on Monday it was
suspending ...") is dated by the saying, not by a 30-day range; insisting on a fact is a statement, insisting on an
act a demand. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from event_helpers import FRIDAY, events_of, the_event


def test_progressive_act_in_dated_saying_takes_the_saying_day():
    events = events_of("Norway said on Tuesday it was suspending its participation in the fisheries accord.")
    e = the_event(events, "SANCTION", "suspending")
    assert (e.date_start, e.date_end) == (date(2025, 3, 4), date(2025, 3, 4))


def test_present_progressive_act_in_dated_saying_takes_the_saying_day():
    events = events_of("Chile said on Wednesday it is withdrawing its ambassador from Peru.")
    e = the_event(events, None, "withdrawing")
    assert (e.date_start, e.date_end) == (date(2025, 3, 5), date(2025, 3, 5))


def test_progressive_with_no_dated_saying_keeps_its_range():
    events = events_of("Norway said it was suspending its participation in the fisheries accord.")
    e = the_event(events, "SANCTION", "suspending")
    assert e.date_start != e.date_end


def test_insisting_on_a_fact_is_a_statement():
    events = events_of("The Kremlin insisted on Thursday that the meeting was a routine one.")
    assert the_event(events, None, "insisted").type == "STATEMENT"


def test_insisting_that_a_party_must_act_is_a_demand():
    events = events_of("Paris insisted on Wednesday that Rome must take back the migrants.")
    assert the_event(events, None, "insisted").type == "DEMAND"


def test_insisting_on_an_act_in_the_subjunctive_is_a_demand():
    events = events_of("Iran insisted on Friday that the United States lift all sanctions.")
    assert the_event(events, None, "insisted").type == "DEMAND"


def test_insisting_on_a_thing_is_a_demand():
    events = events_of("Seoul insisted on guarantees from Tokyo on Thursday.")
    assert the_event(events, None, "insisted").type == "DEMAND"


def test_progressive_act_of_another_party_in_dated_saying_keeps_its_range():
    events = events_of("Chile said on Wednesday that Peru was withdrawing its ambassador.")
    e = the_event(events, None, "withdrawing")
    assert e.date_start != e.date_end
