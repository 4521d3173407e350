"""An offset set off after a day ("proposed the talks on May 11, a day after European leaders visited Kyiv and
demanded a truce") gives the day before May 11 to its own clause (the visit, and the demand joined to it by "and");
the sentence's other events keep May 11 itself, never the day the offset counts back to."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 5, 20)


@pytest.mark.parametrize("text, trigger, day", [
    ("Putin had proposed the talks on May 11, a day after European leaders visited Kyiv and demanded an "
     "unconditional truce.", "proposed", date(2025, 5, 11)),
    ("Putin had proposed the talks on May 11, a day after European leaders visited Kyiv and demanded an "
     "unconditional truce.", "visited", date(2025, 5, 10)),
    ("Putin had proposed the talks on May 11, a day after European leaders visited Kyiv and demanded an "
     "unconditional truce.", "demanded", date(2025, 5, 10)),
])
def test_events_apposed_offset_day(text, trigger, day):
    e = the_event(events_of(text, DCT), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation
