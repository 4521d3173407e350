"""Dates told with two periods and with a predicate far from its noun: "in March and April" is the stretch of both
months; a predicate after another date and a comma ("..., but a third round planned for June") or in a clause of
its own ("..., and goods began arriving ... the following month") does not carry its date back to an earlier noun.
Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 9, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "first", "last"),
    [
        # two months joined by "and": both months, not the later planned June
        ("Norway hosted two rounds of talks between Colombia and the rebels in Oslo in March and April, but a third "
         "round planned for June was called off.", "CONSULT", "hosted", date(2025, 3, 1), date(2025, 4, 30)),
        # two years joined by "and"
        ("Oman hosted talks between Iran and Saudi Arabia in 2021 and 2022.", "CONSULT", "hosted",
         date(2021, 1, 1), date(2022, 12, 31)),
        # "the following month" is when the goods began arriving, not when the agreement was signed
        ("In May, Colombia signed a trade agreement with Peru, which is locked in its own dispute with Ecuador over a "
         "border river, and Peruvian goods began arriving in Bogota the following month.", "AGREE", "signed",
         date(2025, 5, 1), date(2025, 5, 31)),
    ],
)
def test_events_periods_told_with_and_and_far_predicates(text, type_, trigger, first, last):
    event = the_event(events_of(text, DCT), type_, trigger, how="mention")
    assert (event.date_start, event.date_end) == (first, last)


def test_events_one_month_after_and_a_new_act_stays_one_month():
    # "in March, and in May it ...": no stretch when the second date opens an act of its own
    text = "Norway hosted talks between Colombia and the rebels in March, and in May Colombia signed a truce with them."
    event = the_event(events_of(text, DCT), "CONSULT", "hosted", how="mention")
    assert (event.date_start, event.date_end) == (date(2025, 3, 1), date(2025, 3, 31))
