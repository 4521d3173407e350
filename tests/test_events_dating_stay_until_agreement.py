"""An arrival of a person on a day is a visit that lasts until the agreement that person signs there in the next few
days ("flew to Nairobi on Sunday ... The next morning the two presidents signed a peace declaration")."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 14)


@pytest.mark.parametrize("text, trigger, start, end", [
    ("Ethiopian Prime Minister Abiy Ahmed flew to Nairobi on Sunday. William Ruto greeted him at the airport. On "
     "Monday, Abiy and Ruto signed a border agreement.", "flew", date(2025, 3, 9), date(2025, 3, 10)),
    ("Turkish President Recep Tayyip Erdogan arrived in Baku on Tuesday. On Wednesday, Erdogan and Ilham Aliyev "
     "signed a gas deal.", "arrived", date(2025, 3, 11), date(2025, 3, 12)),
])
def test_dating_stay_until_agreement(text, trigger, start, end):
    e = the_event(events_of(text, FRIDAY), "CONSULT", trigger)
    assert (e.date_start, e.date_end) == (start, end), e.date_derivation
