"""A date told after "and then" ("attended a summit there, and then returned home before leaving for China on Sunday
night") is the time of what came next, not of the act before "and then", even when what came next is an event of its own
("and then flew to Moscow on Saturday") whose date would otherwise be shared with the undated act of its sentence."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize("text, trigger, day", [
    ("On Saturday Viktor Orban flew to Baku, where he attended a summit of Turkic states, and then returned to Budapest "
     "before leaving for Beijing on Sunday night.", "attended", date(2025, 3, 8)),
    ("On Friday the Turkish foreign minister travelled to Kyiv, where he met Volodymyr Zelensky, and then went on to "
     "Moscow on Saturday.", "met", date(2025, 3, 7)),
    # (the act after "and then" a trigger of its own, dated by its own day: that day is not shared back)
    ("On Friday the Turkish foreign minister travelled to Kyiv, where he met Volodymyr Zelensky, and then flew to "
     "Moscow on Saturday.", "met", date(2025, 3, 7)),
])
def test_dating_and_then_leaves_the_act_before(text, trigger, day):
    e = the_event(events_of(text, MONDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation
