"""A date of background after an event ("his first visit to Kyiv since the war began in 2022") is not the event's when
its clause names a day of the story: the visit on Tuesday. And a sentence that tells a day and an offset placing
another event ("met on Monday, a week after the German election") still narrates that day for the sentence after it
("At the meeting, Macron proposed ...")."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
MONDAY, TUESDAY = date(2025, 3, 3), date(2025, 3, 4)


@pytest.mark.parametrize("text, trigger", [
    ("On Tuesday Orban made his first visit to Kyiv since the war began in 2022.", "visit"),
    ("Orban made his first visit to Kyiv on Tuesday since the war began in 2022.", "visit"),
    ("On Tuesday, Erdogan visited Athens for the first time since he toured Greece in 2017.", "visited"),
])
def test_events_background_since_date_is_not_the_visit(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, TUESDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Macron met Scholz in Berlin on Monday, a week after the German election. At the meeting, Macron proposed a joint "
     "defence fund.", "proposed"),
    ("Blinken met Wang Yi in Beijing on Monday, two months after the balloon incident. Blinken urged China to restore "
     "military channels.", "urged"),
])
def test_events_day_with_offset_still_narrates_the_day(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation
