"""A time after "for" ("conveyed good wishes for the Lunar New Year", "wished them well for Christmas") is what the
act is for, not when it was done: the sentence tells no day of its own, and the day of the call told before goes
on to the next sentences of its paragraph."""

from datetime import date

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, day", [
    ("Joe Biden spoke by phone with Xi Jinping on Tuesday. Biden conveyed good wishes to the Chinese people for the "
     "Lunar New Year. He pressed Xi to release two detained Canadians.", "pressed", date(2025, 3, 4)),
    ("Emmanuel Macron spoke with Volodymyr Zelensky on Wednesday. Macron thanked Ukraine for the New Year greetings. "
     "He pledged new air defence systems.", "pledged", date(2025, 3, 5)),
])
def test_dating_purpose_time_is_no_day_of_the_sentence(text, trigger, day):
    e = the_event(events_of(text), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation
