"""A date inside a quotation is the time of what is quoted: it never dates the saying outside the quotation
('"We met on June 6 and agreed to pull back," the spokesman said')."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 6, 20)


@pytest.mark.parametrize("text, quoted_day, told_day", [
    ("The Indian foreign ministry gave its version of events on Tuesday evening. \"The commanders had a useful meeting "
     "on June 6 and agreed on a pullback,\" its spokesman, Ravi Kumar, said.", date(2025, 6, 6), date(2025, 6, 17)),
    ("Beijing answered late on Wednesday. \"Both sides signed an accord on May 30 and India broke it,\" Chinese foreign "
     "ministry spokesman Zhao Lijian said.", date(2025, 5, 30), date(2025, 6, 18)),
])
def test_dating_quoted_time_not_the_saying(text, quoted_day, told_day):
    e = the_event(events_of(text, FRIDAY), None, "said", how="mention")
    assert e.date_start is not None and quoted_day < e.date_start <= told_day <= e.date_end, e.date_derivation
