"""An act told with "also" right before its verb ("He also rejected ...") goes on with the dated act of the same actor
in the sentence before: the same day. Not across a paragraph, not for someone else's act."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize("text, trigger, day", [
    ("Speaking after his talks with Recep Tayyip Erdogan on Friday, Vladimir Putin told reporters that Russia wanted "
     "a settlement, a line he first took in a speech last month. He also rejected a ceasefire.", "rejected",
     date(2025, 3, 7)),
    ("Olaf Scholz told reporters on Thursday that Germany would keep supplying air defence, repeating a pledge he made "
     "in January. He also criticised the new tariffs.", "criticised", date(2025, 3, 6)),
])
def test_dating_also_goes_on_from_the_same_actor(text, trigger, day):
    e = the_event(events_of(text, MONDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Olaf Scholz told reporters on Thursday that Germany would keep supplying air defence, repeating a pledge he made "
     "in January.\n\nHe also criticised the new tariffs.", "criticised"),
    ("Olaf Scholz told reporters on Thursday that Germany would keep supplying air defence, repeating a pledge he made "
     "in January. Emmanuel Macron also criticised the new tariffs.", "criticised"),
])
def test_dating_also_not_across_paragraph_or_actor(text, trigger):
    # the text gives the criticism no day: some time up to the publication date, not Thursday's saying
    e = the_event(events_of(text, MONDAY), None, trigger)
    assert e.date_end == MONDAY and e.date_start <= date(2025, 3, 6) and e.date_basis == "tense", e.date_derivation
