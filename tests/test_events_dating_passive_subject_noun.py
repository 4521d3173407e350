"""A date inside the subject of a passive verb, after an event noun ("The invasion of Ukraine in 2022 was condemned by
the assembly on Monday"), is the noun's; the date after the verb is the verb's: the condemnation on Monday, the
invasion in 2022, never the other way round."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
MONDAY, TUESDAY = date(2025, 3, 3), date(2025, 3, 4)
Y2022 = (date(2022, 1, 1), date(2022, 12, 31))


@pytest.mark.parametrize("text, noun, noun_range, verb, verb_day", [
    ("Russia's invasion of Ukraine in 2022 was condemned by the UN General Assembly on Monday.", "invasion", Y2022,
     "condemned", MONDAY),
    ("Israel's withdrawal from Gaza on Monday was welcomed by Egypt on Tuesday.", "withdrawal", (MONDAY, MONDAY),
     "welcomed", TUESDAY),
    ("The invasion of Ukraine in 2022 was condemned by the assembly on Monday.", "invasion", Y2022, None, None),
])
def test_events_passive_subject_noun_keeps_its_date(text, noun, noun_range, verb, verb_day):
    events = events_of(text, FRIDAY)
    n = the_event(events, None, noun)
    assert (n.date_start, n.date_end) == noun_range, n.date_derivation
    if verb is not None:
        v = the_event(events, None, verb)
        assert (v.date_start, v.date_end) == (verb_day, verb_day), v.date_derivation
