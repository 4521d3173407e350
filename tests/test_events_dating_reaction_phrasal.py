"""Phrasal answers ("hit out at", "lashed out against", "took issue with") are reactions as "slammed" is:
told in the simple past with no date of their own, after a lead that names its day, they lie between that day and the
publication date (not the year-long range of the past tense); told with "had", they stay before it."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 6, 6)
WEDNESDAY = date(2025, 6, 4)

LEAD = "Armenia and Azerbaijan signed a peace agreement on Wednesday in a ceremony in Geneva.\n\n"


@pytest.mark.parametrize("body, trigger", [
    ("Iran hit out at the government of Armenia over the agreement.", "hit out"),
    ("Russia lashed out against Armenia over the agreement.", "lashed out"),
    ("Georgia took issue with the terms of the settlement.", "took issue"),
])
def test_events_phrasal_reaction_answers_the_news(body, trigger):
    e = the_event(events_of(LEAD + body, DCT), None, trigger)
    assert (e.date_start, e.date_end) == (WEDNESDAY, DCT), e.date_derivation


def test_events_phrasal_reaction_in_the_pluperfect_is_not_the_news():
    e = the_event(events_of(LEAD + "Russia had lashed out against Armenia over its earlier talks with Turkey.", DCT),
                  "DISAPPROVE", "lashed out")
    assert e.date_start is None or e.date_start < WEDNESDAY, e.date_derivation
