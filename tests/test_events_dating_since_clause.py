"""A date inside a time clause after an event noun ("his first visit since the war began in 2022") dates that clause,
never the noun: the visit is the one the sentence tells, on its own day, one event. A relative clause closed by a comma
before the main verb still leaves the noun its own day. Publication date: Wednesday 2025-03-12."""

from datetime import date

import pytest

from event_helpers import events_of

WEDNESDAY = date(2025, 3, 12)


@pytest.mark.parametrize("text, type_, day", [
    ("Modi visited Kyiv on Friday, his first visit since the war began in 2022.", "CONSULT", date(2025, 3, 7)),
    ("Modi visited Kyiv on Friday, his first visit to Ukraine since the war began in 2022.", "CONSULT",
     date(2025, 3, 7)),
    ("Erdogan met Assad in Ankara on Monday, their first meeting since the civil war broke out in 2011.", "CONSULT",
     date(2025, 3, 10)),
    ("Scholz visited Warsaw on Friday, his first visit since taking office in 2021.", "CONSULT", date(2025, 3, 7)),
    ("Macron visited Algiers on Sunday, his first trip there since relations soured in 2021.", "CONSULT",
     date(2025, 3, 9)),
])
def test_events_dating_since_clause_dates_nothing_outside_it(text, type_, day):
    events = [e for e in events_of(text, WEDNESDAY) if e.type == type_]
    found = [(e.date_start, e.date_end) for e in events]
    assert found == [(day, day)], [(e.trigger, e.date_derivation) for e in events]


@pytest.mark.parametrize("text, trigger, day", [
    # near miss: the date after a relative clause closed by a comma is the noun's own
    ("The truce, which was agreed in Jeddah after two weeks of talks brokered by Saudi Arabia, took effect on "
     "Monday.", "truce", date(2025, 3, 10)),
    # near miss: a predicate of the noun itself, no time clause
    ("The talks, which opened in Geneva on Monday, ended without a deal.", "talks", date(2025, 3, 10)),
    ("Lavrov criticised the summit, which was held in Brussels on Monday.", "summit", date(2025, 3, 10)),
])
def test_events_dating_noun_keeps_its_own_day(text, trigger, day):
    found = [e for e in events_of(text, WEDNESDAY) if trigger in e.trigger.lower()
             or any(trigger in m.trigger.lower() for m in e.mentions)]
    assert found and all(e.date_start <= day <= e.date_end for e in found), [(e.trigger, e.date_derivation)
                                                                            for e in found]
