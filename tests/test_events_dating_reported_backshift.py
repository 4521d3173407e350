"""In reported speech the past is shifted back: "the minister told reporters that Warsaw had closed the consulate" tells
that Warsaw closed it. Such a pluperfect, reported by a saying earlier in its sentence, goes on the day the sentence just
before names (or its paragraph's opening frame), like a simple past; a bare pluperfect stays before the day told, and
a day on which something was said lends it no day."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
TUESDAY = date(2025, 3, 4)


@pytest.mark.parametrize("text, trigger", [
    ("Poland expelled two Belarusian diplomats on Tuesday. Its foreign minister told reporters that Warsaw had closed "
     "the Belarusian consulate in Gdansk.", "closed"),
    ("Lithuania expelled a Russian diplomat on Tuesday. The foreign ministry said Vilnius had recalled its ambassador "
     "from Moscow.", "recalled"),
    ("Tensions rose again on Tuesday. Poland's foreign minister told reporters that Warsaw had expelled two "
     "Belarusian diplomats.", "expelled"),
])
def test_events_reported_pluperfect_takes_the_day_just_told(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, TUESDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    # a pluperfect no saying reports: before the day told, not on it
    ("Poland expelled two Belarusian diplomats on Tuesday. Warsaw had closed the Belarusian consulate in Gdansk.",
     "closed"),
    # the day before is when something was said: what that report tells happened before it
    ("The state news agency reported on Tuesday that the two presidents had met. It said Putin had thanked Lukashenko "
     "for his support.", "thanked"),
])
def test_events_reported_pluperfect_keeps_its_tense_range_otherwise(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert e.date_start != e.date_end and e.date_basis == "tense", (e.date_start, e.date_end, e.date_derivation)
