"""An event noun that is the object of an act told as done ("signed a joint declaration on defence until 2030")
is not dated by a time to come in its words: that is the time of what it is about; the act is dated as its
sentence or paragraph tells."""

from datetime import date

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, day", [
    ("Olaf Scholz and Emmanuel Macron met in Paris on Tuesday. Afterwards, they signed two joint declarations, one on "
     "defence spending and one on energy cooperation until 2030.", "signed", date(2025, 3, 4)),
    ("Olaf Scholz and Emmanuel Macron met in Paris on Tuesday. They signed a joint statement on trade through "
     "2035.", "signed", date(2025, 3, 4)),
])
def test_dating_object_not_dated_by_a_time_to_come(text, trigger, day):
    e = the_event(events_of(text), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation
