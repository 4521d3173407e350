"""A visit with its length in days: "arrived on Monday for a three-day state visit" runs from Monday; "flew home on
Wednesday at the end of a three-day state visit", "left on Thursday, wrapping up a two-day official visit" end on the
day given, so they began that many days before it. Short texts in our own words, through the whole pipeline; each
case states the range an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Chinese President Xi Jinping flew home from Moscow on Wednesday at the end of a three-day state visit to "
         "Russia.", date(2025, 3, 3), date(2025, 3, 5)),
        ("Indian Prime Minister Narendra Modi left Washington on Thursday, wrapping up a two-day official visit to the "
         "United States.", date(2025, 3, 5), date(2025, 3, 6)),
        # the length after the first day (a word between the length and "visit" too)
        ("Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit to Russia.",
         date(2025, 3, 3), date(2025, 3, 5)),
    ],
)
def test_events_dating_visit_length_runs_from_or_to_the_day_given(text, start, end):
    visit = the_event(events_of(text, DCT), "CONSULT", "visit", how="prefix")
    assert (visit.date_start, visit.date_end) == (start, end)
