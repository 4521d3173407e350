"""A "when" clause right after a date tells what happened on it, every verb of it joined by "and" included: "on
Monday, when Washington expelled 60 diplomats and closed the consulate in Seattle": both Monday. A verb after "and" in
another tense, or after another clause, keeps its own reading. Publication date: Wednesday 2025-03-12."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

WEDNESDAY = date(2025, 3, 12)
MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize("text, trigger", [
    ("The steps mirror those announced by Washington on Monday, when it expelled 60 Russian diplomats and closed "
     "Russia's consulate in Seattle.", "closed"),
    ("The crisis began on Monday, when Niger expelled the French ambassador and suspended all military cooperation "
     "with Paris.", "suspended"),
    ("Tensions rose on Monday, when Beijing summoned the Japanese ambassador, protested the visit and cancelled the "
     "talks with Tokyo.", "cancelled"),
])
def test_events_dating_when_clause_dates_its_coordinated_verbs(text, trigger):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    # another tense after "and": not the day of the "when" clause
    ("The crisis began on Monday, when Niger expelled the French ambassador, and Paris will recall its envoy.",
     "recall"),
])
def test_events_dating_when_clause_leaves_other_tenses(text, trigger):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert e.date_start != MONDAY or e.date_end != MONDAY, e.date_derivation
