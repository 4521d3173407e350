"""An act told "in response" or "in retaliation" in the sentence after a dated act answers it: on or after that day,
up to the publication date, not on the day carried from the sentence before."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
MONDAY = date(2025, 3, 3)


@pytest.mark.parametrize("text, trigger", [
    ("The EU imposed new sanctions on Iran on Monday over its drone deliveries to Russia. Tehran summoned the Dutch "
     "ambassador in response.", "summoned"),
    ("Estonia expelled a Russian diplomat on Monday. Moscow expelled an Estonian diplomat in retaliation.", "Moscow"),
])
def test_events_in_response_is_on_or_after(text, trigger):
    events = events_of(text, FRIDAY)
    e = (the_event(events, None, trigger) if trigger.islower()
         else next(x for x in events if x.source_actor == "Russia"))
    assert (e.date_start, e.date_end) == (MONDAY, FRIDAY), e.date_derivation
