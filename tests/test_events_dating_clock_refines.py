"""A clock time dates an act more finely than the day it is told of, and an hour offset never widens a day.

"Drones struck Kyiv two hours after midnight on Tuesday": a midnight that names its day is that day's (the hours after
it are its early hours), so the attack is Tuesday, one day. "On Sunday, the commission declared him the winner shortly
after midnight": 'midnight', told of Sunday, falls on Monday, and the one-off act is Monday only. A clock time on the
same day ("on Tuesday at 3 p.m.") leaves the day alone; an act that goes on ("the session ran past midnight") spans
both days. Publication date: Wednesday 2025-03-12."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

WEDNESDAY = date(2025, 3, 12)
SUN, MON, TUE = date(2025, 3, 9), date(2025, 3, 10), date(2025, 3, 11)
SAT = date(2025, 3, 8)


@pytest.mark.parametrize("text, trigger, day", [
    # hours after a midnight that names its day: the early hours of that day
    ("Drones struck Kyiv two hours after midnight on Tuesday.", "struck", TUE),
    ("Russian missiles hit Odesa about three hours after midnight on Sunday, the governor said.", "missiles", SUN),
    ("Israeli jets bombed the port of Hodeidah an hour after midnight on Monday.", "bombed", MON),
    # hours before it: late on that day
    ("Drones struck Kyiv an hour before midnight on Tuesday.", "struck", TUE),
    # a bare midnight of the day in focus: the hours after it are the next day's
    ("The talks in Riyadh ended on Saturday. Russia struck Kyiv two hours after midnight.", "struck", SUN),
])
def test_events_dating_hour_offset_never_widens_a_day(text, trigger, day):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


@pytest.mark.parametrize("text, trigger, day", [
    ("On Sunday, the electoral commission declared Maduro the winner shortly after midnight.", "declared", MON),
    ("On Saturday, the negotiators reached a deal just after midnight.", "deal", SUN),
    ("On Monday, the election commission announced the result shortly after midnight.", "announced", TUE),
])
def test_events_dating_clock_time_after_midnight_dates_the_act(text, trigger, day):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation
    assert e.date_text == "midnight"


@pytest.mark.parametrize("text, trigger, day", [
    # a clock time of the same day: still that day, one day
    ("Russia and Ukraine exchanged prisoners on Tuesday at 3 p.m.", "exchanged", TUE),
    ("On Tuesday, Israel and Hamas agreed to a truce at 3 p.m.", "truce", TUE),
    ("Negotiators agreed late on Saturday, and Lavrov announced the deal shortly before midnight.", "announced", SAT),
])
def test_events_dating_clock_time_of_the_same_day_keeps_the_day(text, trigger, day):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


@pytest.mark.parametrize("text, trigger, first, last", [
    # what goes on past midnight spans both days
    ("A final session that began on Monday evening ran past midnight.", "session", MON, TUE),
    ("The talks began on Monday evening and ended shortly after midnight.", "talks", MON, TUE),
])
def test_events_dating_lasting_act_past_midnight_spans_both_days(text, trigger, first, last):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (first, last), e.date_derivation
