"""A planned act's own deadline never dates the act that planned it, and the planning act's day never dates the plan:
"Armenia and Azerbaijan agreed at talks in Abu Dhabi on Monday to sign a peace treaty by the end of the year": the
agreement Monday; the signing planned, due by the end of the year (a "to" complement after the commitment's own frame
is planned, like one right after the verb). Publication date: Wednesday 2025-03-12."""

from datetime import date

import pytest

from event_helpers import events_of

WEDNESDAY = date(2025, 3, 12)
MONDAY, FRIDAY = date(2025, 3, 10), date(2025, 3, 7)


def _named(events, words: str):
    found = [e for e in events if e.trigger.lower().startswith(words)]
    assert len(found) == 1, [(e.type, e.trigger, e.status) for e in events]
    return found[0]


@pytest.mark.parametrize("text, committed, day, plan, last", [
    ("Armenia and Azerbaijan agreed at talks in Abu Dhabi on Monday to sign a peace treaty by the end of the year.",
     "agreed", MONDAY, "sign", date(2025, 12, 31)),
    # the topic of the plan ("talks on a ceasefire") is no act of its own dated by the plan's deadline
    ("Putin and Zelensky agreed at a summit in Paris on Monday to hold talks on a ceasefire by the end of the year.",
     "agreed", MONDAY, "hold talks", date(2025, 12, 31)),
    ("Macron and Scholz met on Friday and pledged to hold talks with Iran by the end of the month.",
     "met", FRIDAY, "hold talks", date(2025, 3, 31)),
    ("Putin and Zelensky agreed to exchange prisoners by the end of the year.", None, None, "exchange",
     date(2025, 12, 31)),
])
def test_events_dating_plan_keeps_its_deadline(text, committed, day, plan, last):
    events = events_of(text, WEDNESDAY)
    planned = _named(events, plan)
    assert planned.status == "planned", planned.status
    # nothing told as done is dated after the publication date
    assert not [e.trigger for e in events if e.status == "occurred" and e.date_start and e.date_start > WEDNESDAY]
    assert planned.date_end == last and planned.date_start > WEDNESDAY, planned.date_derivation
    if committed is not None:
        e = _named(events, committed)
        assert (e.status, e.date_start, e.date_end) == ("occurred", day, day), e.date_derivation


@pytest.mark.parametrize("text, committed, day, plan", [
    # a window counted from the day the plan was made: from that day
    ("Macron and Scholz met on Friday and pledged to hold talks with Iran within a month.", "met", FRIDAY,
     "hold talks"),
])
def test_events_dating_plan_window_from_the_planning_day(text, committed, day, plan):
    events = events_of(text, WEDNESDAY)
    e = _named(events, committed)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation
    planned = _named(events, plan)
    assert planned.status == "planned" and planned.date_start == day and planned.date_end == date(2025, 4, 7)


@pytest.mark.parametrize("text, trigger, day", [
    # near miss: an act told as done after its frame is no plan ("agreed at the talks on Monday, and signed")
    ("Armenia and Azerbaijan agreed at talks in Abu Dhabi on Monday, and signed a peace treaty.", "signed", MONDAY),
])
def test_events_dating_done_act_after_frame_stays_done(text, trigger, day):
    e = _named(events_of(text, WEDNESDAY), trigger)
    assert (e.status, e.date_start, e.date_end) == ("occurred", day, day), e.date_derivation
