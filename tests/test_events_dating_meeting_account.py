"""In the paragraph that tells a one-day meeting of two people, an undated act in the simple past by one of them,
aimed at the other or at no one named, with no other time told in between, is an account of that meeting: its day.
Not an act of someone who was not there, not after another time is told."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

MONDAY = date(2025, 3, 10)
TALKS = ("Olaf Scholz landed in Paris on Sunday morning and held five hours of talks with Emmanuel Macron at the "
         "Elysee the same day. The French presidency called the talks frank. ")


@pytest.mark.parametrize("text, trigger", [
    (TALKS + "Macron pressed his guest to send more air defence systems to Ukraine.", "pressed"),
    (TALKS + "Scholz rejected a joint European loan.", "rejected"),
])
def test_dating_meeting_account_takes_the_meeting_day(text, trigger):
    e = the_event(events_of(text, MONDAY), None, trigger)
    assert (e.date_start, e.date_end) == (date(2025, 3, 9), date(2025, 3, 9)), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    # someone who was not at the meeting
    (TALKS + "Donald Tusk rejected a joint European loan.", "rejected"),
    # another time told in between
    (TALKS + "In January Scholz had proposed a loan. Scholz rejected the French plan.", "rejected"),
    # another paragraph
    (TALKS + "\n\nScholz rejected a joint European loan.", "rejected"),
])
def test_dating_meeting_account_not_without_the_cue(text, trigger):
    # not the meeting's day: an answer to the news, between Sunday's talks and the publication date
    e = the_event(events_of(text, MONDAY), None, trigger)
    assert (e.date_start, e.date_end) == (date(2025, 3, 9), MONDAY), e.date_derivation
