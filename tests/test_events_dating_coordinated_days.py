"""An act told on two days joined by "and" ("met on Monday and Tuesday") spans both days."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 1, 17)  # a Friday


@pytest.mark.parametrize(
    ("text", "trigger", "first", "last"),
    [
        ("Negotiators from Israel and Hamas met again in Doha on Monday and Tuesday.", "met",
         date(2025, 1, 13), date(2025, 1, 14)),
        ("Iran and the IAEA held talks in Vienna on January 8 and January 9.", "held talks",
         date(2025, 1, 8), date(2025, 1, 9)),
        # other words between the days: two occasions, the act keeps the first day
        ("Israel and Hamas negotiators met on Monday and again on Friday.", "met", date(2025, 1, 13), date(2025, 1, 13)),
        # days apart: two occasions, not one span
        ("Israeli and Palestinian negotiators met in Cairo on Monday and Wednesday.", "met",
         date(2025, 1, 13), date(2025, 1, 13)),
        # another object between the days: the day belongs to another act
        ("Blinken met Netanyahu on Tuesday and Abbas on Wednesday.", "met", date(2025, 1, 14), date(2025, 1, 14)),
    ],
)
def test_events_dating_coordinated_days_span_both(text: str, trigger: str, first: date, last: date):
    event = the_event(events_of(text, DCT), "CONSULT", trigger, how="prefix")
    assert (event.date_start, event.date_end) == (first, last)



@pytest.mark.parametrize(
    ("text", "trigger", "first", "last"),
    [
        # the word that names the act is nearer the second day: both days still, and a stated length counts from
        # the first ("a two-day summit" on Monday and Tuesday, not Tuesday and Wednesday)
        ("NATO leaders gathered in Vilnius on Monday and Tuesday for a two-day summit.", "summit",
         date(2025, 1, 13), date(2025, 1, 14)),
        ("Israeli and Hamas negotiators were in Doha on Monday and Tuesday for talks.", "talks",
         date(2025, 1, 13), date(2025, 1, 14)),
        ("EU leaders gathered in Brussels on Monday and Tuesday for a summit on Ukraine.", "summit",
         date(2025, 1, 13), date(2025, 1, 14)),
    ],
)
def test_events_dating_coordinated_days_read_from_the_second_day_span_both(text, trigger, first, last):
    event = the_event(events_of(text, DCT), "CONSULT", trigger, how="mention")
    assert (event.date_start, event.date_end) == (first, last)


def test_events_dating_coordinated_days_not_the_day_of_another_clause():
    """"shelled it on Monday and on Tuesday the rebels signed": Tuesday's act is Tuesday's alone."""
    events = events_of("Government troops shelled the town of Mekele on Monday and on Tuesday the rebels signed "
                       "a truce with the government.", DCT)
    signed = the_event(events, "AGREE", "signed", how="prefix")
    assert (signed.date_start, signed.date_end) == (date(2025, 1, 14), date(2025, 1, 14))
