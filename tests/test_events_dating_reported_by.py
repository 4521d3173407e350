"""An act only reported by a dated attribution ("Iran freed two prisoners, France said on Tuesday") has no day of its
own, but it was done by the day it was reported: its range ends on that day."""

from datetime import date

import pytest

from event_helpers import FRIDAY, events_of, the_event

TUESDAY = date(2025, 3, 4)


@pytest.mark.parametrize("text, trigger", [
    ("Russia expelled two British diplomats, the foreign ministry said on Tuesday.", "expelled"),
    ("Iran freed two prisoners, France said on Tuesday.", "freed"),
    ("Iran rejected the proposal, a European diplomat said on Tuesday.", "rejected"),
    ("North Korea fired two ballistic missiles into the sea, South Korea's military said on Tuesday.", "fired"),
    # a report by the media: the reporting verb is no event, its date still only bounds the act
    ("Iran rejected the proposal, Reuters reported on Tuesday.", "rejected"),
    ("Iran rejected the proposal, Iranian state television reported on Tuesday.", "rejected"),
])
def test_dating_reported_by_ends_on_the_report(text, trigger):
    e = the_event(events_of(text), None, trigger)
    assert e.date_end == TUESDAY and e.date_start < TUESDAY and e.date_basis == "tense", e.date_derivation
    assert "reported on 'Tuesday'" in e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Chancellor Olaf Scholz said on Tuesday that Russia had massed troops on the border and attacked Ukraine.",
     "attacked"),
    ("The foreign ministry said on Tuesday that Iran had freed two French citizens.", "freed"),
])
def test_dating_reported_by_a_saying_about_it(text, trigger):
    # told as done in what a dated saying says: done by the day of the saying
    e = the_event(events_of(text), None, trigger)
    assert e.date_end == TUESDAY and e.date_start < TUESDAY and e.date_basis == "tense", e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("The foreign ministry said on Tuesday that Iran would free two French citizens.", "free"),
])
def test_dating_reported_by_not_a_plan(text, trigger):
    # a plan told in a saying is not done by the saying's day
    e = the_event(events_of(text), None, trigger)
    assert e.date_end > FRIDAY, e.date_derivation


def test_dating_reported_by_not_what_a_saying_says():
    # "said that ...": what a new saying tells, not an attribution of the act before it
    e = the_event(events_of("Iran freed two prisoners; France said on Tuesday that talks would go on."), None, "freed")
    assert e.date_end == FRIDAY, e.date_derivation
