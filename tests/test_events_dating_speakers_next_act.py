"""An act of the speaker joined by "and" after what a dated saying says ("told parliament on Monday that ... and
demanded that ...") is told of the saying's day; an act of someone else inside what is said is not."""

from datetime import date

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, day", [
    ("Prime Minister Keir Starmer told parliament on Monday that Russia was behind the cyberattack and demanded that "
     "Moscow hand over the suspects.", "demanded", date(2025, 3, 3)),
    ("Prime Minister Keir Starmer told parliament on Monday that it was \"almost certain\" that Russia had ordered the "
     "cyberattack and demanded that Moscow explain itself within two days.", "demanded", date(2025, 3, 3)),
    ("Chancellor Olaf Scholz told reporters on Tuesday that Europe would not be divided, and he warned Russia against "
     "any attack on its neighbours.", "warned", date(2025, 3, 4)),
])
def test_dating_speakers_next_act_takes_the_saying_day(text, trigger, day):
    e = the_event(events_of(text), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


def test_dating_speakers_next_act_not_what_is_said():
    # "and attacked" belongs to what Scholz says Russia did: no act of Scholz on Tuesday
    text = "Chancellor Olaf Scholz said on Tuesday that Russia had massed troops on the border and attacked Ukraine."
    e = the_event(events_of(text), "ASSAULT", "attacked")
    # (what the saying reports was done by Tuesday, when it was said: any time up to that day)
    assert e.date_end == date(2025, 3, 4) and e.date_start < date(2025, 3, 4), e.date_derivation
