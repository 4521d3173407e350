"""A saying dated by its own day dates the occasion it is told after ("said on Monday after hosting talks"): the
hosting is that day, though "said" alone (a weak word) never becomes an event through such a tie."""

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 7, 29)  # a Tuesday


def test_hosting_told_before_a_dated_saying_is_that_day():
    text = ("Malaysian Prime Minister Anwar Ibrahim said on Monday after hosting talks between the two leaders that the "
            "truce would hold.")
    e = the_event(events_of(text, DCT), "CONSULT", "hosting")
    assert (e.date_start, e.date_end) == (date(2025, 7, 28), date(2025, 7, 28)), e.date_derivation


def test_an_undated_saying_still_makes_no_event_through_the_tie():
    text = "The envoys met in Doha on Monday. The military said after the meeting that the truce would hold."
    assert not [e for e in events_of(text, DCT) if e.type == "STATEMENT" and e.trigger == "said"]
