"""A lapse with no number ("Days after the talks, Russia launched missiles") places an act one to nine days after the
event it names; an act told as done never ends after the publication date, so the lapse is cut at it."""

from datetime import date

import pytest

from event_helpers import FRIDAY, events_of, the_event


@pytest.mark.parametrize("text, trigger, expected", [
    # talks the day before the paper: the strikes can only be on the paper's day
    ("Russia and Ukraine held talks in Istanbul on Thursday. Days after the talks, Russia launched missiles at Kyiv.",
     "launched", (FRIDAY, FRIDAY)),
    # talks on Monday: Tuesday to the paper's day, not into the next week
    ("Russia and Ukraine held talks in Istanbul on Monday. Days after the talks, Russia launched missiles at Kyiv.",
     "launched", (date(2025, 3, 4), FRIDAY)),
    ("Serbia and Kosovo met in Brussels on Wednesday. Days after the meeting, Serbia closed two border crossings.",
     "closed", (date(2025, 3, 6), FRIDAY)),
    # far enough back: the full one to nine days
    ("Russia and Ukraine held talks in Istanbul on February 20. Days after the talks, Russia launched missiles at "
     "Kyiv.", "launched", (date(2025, 2, 21), date(2025, 3, 1))),
])
def test_dating_lapse_after_ends_by_publication(text, trigger, expected):
    e = the_event(events_of(text), None, trigger)
    assert (e.date_start, e.date_end) == expected, e.date_derivation


def test_dating_lapse_after_an_event_of_the_publication_day():
    # "days after" talks held on the paper's own day cannot be told as done: no date past the paper
    text = "Russia and Ukraine held talks in Istanbul on Friday. Days after the talks, Russia launched missiles at Kyiv."
    e = the_event(events_of(text), None, "launched")
    assert e.date_end == FRIDAY, e.date_derivation
