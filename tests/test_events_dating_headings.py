"""Readouts and press-release pages: each item sits under a date heading ("*October 31, 2021*" on a line of its own),
and its "today", "yesterday" are that date's, not the page's publication date. Short texts in our own words, through
the whole pipeline; each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday

READOUTS = """*Readouts of senior-level contacts with China, newest first.*

## Call with President Xi

*March 5, 2025*

President Trump spoke by phone today with Chinese President Xi Jinping.

## Meeting with Foreign Minister Wang Yi

*February 20, 2025*

Secretary of State Marco Rubio met today with Chinese Foreign Minister Wang Yi on the margins of the G20 meeting in \
Johannesburg.

## Call with Foreign Minister Wang Yi

*January 24, 2025*

Secretary of State Marco Rubio held a call yesterday with Chinese Foreign Minister Wang Yi.
"""


@pytest.mark.parametrize(
    ("trigger", "day"),
    [
        ("spoke", date(2025, 3, 5)),  # "today" under March 5
        ("met", date(2025, 2, 20)),  # "today" under February 20
        ("held a call", date(2025, 1, 23)),  # "yesterday" under January 24
    ],
)
def test_events_dating_heading_date_stands_for_the_publication_date(trigger, day):
    event = the_event(events_of(READOUTS, DCT), "CONSULT", trigger, how="prefix")
    assert (event.date_start, event.date_end) == (day, day)
    assert "date line" in event.date_derivation


def test_events_dating_heading_needs_a_line_of_the_date_alone():
    """A date inside a sentence is no heading: "today" stays the publication date."""
    text = ("On March 5, 2025, the two sides agreed to hold talks.\n\nOn February 20, 2025, Rubio met Wang Yi in "
            "Johannesburg.\n\nSecretary of State Marco Rubio spoke by phone today with Chinese Foreign Minister Wang Yi.")
    event = the_event(events_of(text, DCT), "CONSULT", "spoke", how="prefix")
    assert (event.date_start, event.date_end) == (DCT, DCT)
