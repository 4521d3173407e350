"""The start of what a demand asks for is not the day of the demand: "called on the warring parties to stop fighting
from midnight on Sunday", "urged Israel and Hamas to observe a truce from 6 a.m. on Sunday". The demand keeps the day
of its own clause ("meeting in Istanbul on Wednesday"), else a range from its tense. Short texts in our own words,
through the whole pipeline; each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


def test_events_dating_demand_keeps_the_day_of_its_own_clause():
    event = the_event(events_of("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan, meeting in "
                                "Istanbul on Wednesday, called on Libya's warring parties to stop fighting from midnight "
                                "on Sunday.", DCT), "DEMAND", "called on")
    assert (event.date_start, event.date_end) == (date(2025, 3, 5), date(2025, 3, 5))


def test_events_dating_start_of_a_truce_asked_for_does_not_date_the_demand():
    event = the_event(events_of("UN Secretary-General Antonio Guterres urged Israel and Hamas to observe a truce from "
                                "6 a.m. on Sunday.", DCT), "DEMAND", "urged")
    # the urging itself has no date of its own: before the paper, never the Sunday the truce is to start
    assert event.date_end == DCT and event.date_basis == "tense"
