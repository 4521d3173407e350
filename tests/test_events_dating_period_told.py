"""A paragraph's opening sentence that tells no event of its own and whose only date is a past week or month ("The
African Union stepped into the crisis last week.") sets the scene of that period: the acts told after it in its
paragraph, with no date of their own, take that week or month, not the wide range of their tense."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

THURSDAY = date(2025, 3, 13)
LAST_WEEK = (date(2025, 3, 3), date(2025, 3, 9))
FEBRUARY = (date(2025, 2, 1), date(2025, 2, 28))


@pytest.mark.parametrize("text, trigger, period", [
    ("The African Union stepped into the crisis last week. Meeting in Addis Ababa, its leaders agreed to send "
     "observers, and the bloc suspended Niger's membership.", "suspended", LAST_WEEK),
    ("The African Union stepped into the crisis last week. Meeting in Addis Ababa, its leaders agreed to send "
     "observers, and the bloc suspended Niger's membership.", "agreed", LAST_WEEK),
    ("Japan entered the row in February. Its navy deployed two destroyers to the strait, and Tokyo imposed sanctions "
     "on three Chinese shipping firms.", "imposed", FEBRUARY),
])
def test_dating_period_told_carries_to_the_next_sentence(text, trigger, period):
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert (e.date_start, e.date_end) == period, e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    # a week to come frames nothing done
    ("The African Union will step into the crisis next week. Its leaders agreed to send observers.", "agreed"),
    # a new paragraph starts a new scene
    ("The African Union stepped into the crisis last week.\n\nIts leaders agreed to send observers.", "agreed"),
    # the month of an act told, not of a scene
    ("The African Union suspended Niger last week. Its leaders also agreed to send observers.", "agreed"),
])
def test_dating_period_told_not_carried(text, trigger):
    # no date of its own and no frame: some time up to the publication date (its tense)
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert e.date_end == THURSDAY and e.date_start < LAST_WEEK[0] and e.date_basis == "tense", e.date_derivation
