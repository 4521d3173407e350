"""A reaction of another side to the lead event, named as the lead's occasion ("The exercises, which ended on Tuesday,
were condemned by Taipei"), answers it: from the lead's day to the publication date, not on that day; a party to the
lead praising or criticising at its own occasion stays on the lead's day."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 6, 5)
MONDAY = date(2025, 6, 2)


@pytest.mark.parametrize("text, trigger", [
    ("China began large-scale military drills around Taiwan on Monday. The exercises, which ended on Tuesday, were "
     "condemned by Taipei.", "condemned"),
    ("Russia held naval drills in the Baltic Sea on Monday. The exercises were criticised by Estonia.", "criticised"),
])
def test_events_lead_answer_by_another_side(text, trigger):
    e = the_event(events_of(text, DCT), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, DCT), e.date_derivation
