"""An offset from an event that closes a sentence ("..., a day after London imposed sanctions") counts from the
sentence's main verb, not from a participle set off before it ("expelled ... on Thursday, accusing them of spying"),
which tells the main verb's occasion and shares its day. When neither event of an offset has a date told, each keeps
its tense range (never no date at all)."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
WEDNESDAY, THURSDAY = date(2025, 3, 5), date(2025, 3, 6)


@pytest.mark.parametrize("text, main, participle, anchored", [
    ("Russia expelled two British diplomats on Thursday, accusing them of spying, a day after London imposed sanctions "
     "on a Russian oil trader.", "expelled", "accusing", "imposed"),
    ("China suspended talks with Manila on Thursday, citing repeated provocations, a day after the Philippines "
     "detained a Chinese fishing crew.", "suspended", "citing", "detained"),
])
def test_events_offset_counts_from_the_main_verb(text, main, participle, anchored):
    events = events_of(text, FRIDAY)
    assert (the_event(events, None, main).date_start, the_event(events, None, main).date_end) == (THURSDAY, THURSDAY)
    a = the_event(events, None, anchored)
    assert (a.date_start, a.date_end) == (WEDNESDAY, WEDNESDAY), a.date_derivation
    p = [e for e in events if participle in e.trigger.lower()]
    assert all((e.date_start, e.date_end) == (THURSDAY, THURSDAY) for e in p), [e.date_derivation for e in p]


def test_events_offset_between_undated_events_keeps_ranges():
    events = events_of("Russia expelled two British diplomats, a day after London imposed sanctions on a Russian oil "
                       "trader.", FRIDAY)
    expelled, imposed = the_event(events, None, "expelled"), the_event(events, None, "imposed")
    assert expelled.date_end == FRIDAY and expelled.date_start < date(2024, 3, 8), expelled.date_derivation
    assert imposed.date_end == THURSDAY and imposed.date_start < date(2024, 3, 8), imposed.date_derivation
