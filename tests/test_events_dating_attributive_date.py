"""A date between "the" and a noun ("the April 22 attack", "the 2015 agreement") names which thing is meant; when it is
the only date of its sentence, that sentence narrates no day, and the sentence after it does not take that date: it
goes on from the day told before ("The fighting began on Wednesday ... New Delhi said the strikes answered the April
22 attack. Pakistan denied any role ...": Wednesday's story, not April 22)."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 5, 11)
WEDNESDAY = date(2025, 5, 7)


@pytest.mark.parametrize("text, trigger", [
    ("The fighting began on Wednesday, when India struck targets in Pakistan. New Delhi said the strikes were a "
     "response to the April 22 attack in Pahalgam. Pakistan denied any role in the attack.", "denied"),
    ("Israel struck Iranian air defences on Wednesday. Officials said the raid answered the April 13 barrage. Iran "
     "vowed to retaliate.", "vowed"),
])
def test_events_attributive_date_is_not_carried(text, trigger):
    e = the_event(events_of(text, DCT), None, trigger)
    assert e.date_start >= WEDNESDAY and e.date_end <= DCT, e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Mali declared the end of the 2015 Algiers peace agreement on Thursday.", "declared"),
    ("Mali declared the end of the 2015 Algiers peace agreement on Thursday, accusing Algeria of hostile acts.",
     "declared"),
    ("Russia suspended the 2010 New START treaty on Thursday.", "suspended"),
])
def test_events_attributive_date_of_the_object_does_not_date_the_verb(text, trigger):
    e = the_event(events_of(text, date(2025, 3, 7)), None, trigger)
    assert (e.date_start, e.date_end) == (date(2025, 3, 6), date(2025, 3, 6)), e.date_derivation
