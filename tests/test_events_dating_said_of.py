"""A saying whose "that" clause opens on a determined event noun ("told reporters that the talks had been frank")
answers the dated event of that name told before it: from that event's day to the publication date, not from the
day of the lead sentence."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

WEDNESDAY = date(2025, 3, 5)


@pytest.mark.parametrize("text, trigger, first", [
    ("India and China agreed on Wednesday to reopen a border trade route. Subrahmanyam Jaishankar had met Wang Yi "
     "in Beijing on Monday.\n\nWang Yi told reporters that the talks had been frank.", "told",
     date(2025, 3, 3)),
    ("Serbia and Kosovo agreed on Wednesday to resume their dialogue. Aleksandar Vucic met Albin Kurti in Brussels "
     "on Monday.\n\nJosep Borrell told journalists that the meeting had been difficult.", "told", date(2025, 3, 3)),
])
def test_dating_said_of_event_told_before(text, trigger, first):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (first, WEDNESDAY), e.date_derivation
