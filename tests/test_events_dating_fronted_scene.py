"""In the lead's paragraphs, a phrase that opens a sentence and names a scene of the lead's occasion with a definite
word ("Speaking at the ceremony,", "At the joint news conference,") sets the sentence's act at that occasion, whoever
acts, on the lead's day (a praise told so is said there, not an answer on some later day). Not "At a news conference"
(a new one), not a phrase with a date of its own."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 6, 5)
TUESDAY = date(2025, 6, 3)

LEAD = ("Serbia and Kosovo sign deal in Brussels\n\nBRUSSELS - Serbia and Kosovo signed an agreement on Tuesday to "
        "normalise relations, in a deal brokered by the European Union.\n\nThe agreement was signed by Aleksandar "
        "Vucic and Albin Kurti. ")


@pytest.mark.parametrize("body, type_, trigger", [
    ("Speaking at the ceremony, Olaf Scholz praised both leaders.", "SUPPORT", "praised"),
    ("At the joint news conference, Josep Borrell said the deal was historic.", "STATEMENT", "said"),
    ("During the signing, Emmanuel Macron said Europe had kept its word.", "STATEMENT", "said"),
])
def test_events_fronted_scene_is_the_lead_occasion(body, type_, trigger):
    e = the_event(events_of(LEAD + body, DCT), type_, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, TUESDAY), e.date_derivation


@pytest.mark.parametrize("body, type_, trigger", [
    ("At a news conference, Russia criticised the agreement.", "DISAPPROVE", "criticised"),
    ("At the news conference on Thursday, Russia criticised the agreement.", "DISAPPROVE", "criticised"),
])
def test_events_fronted_phrase_that_names_no_scene_of_the_lead(body, type_, trigger):
    e = the_event(events_of(LEAD + body, DCT), type_, trigger)
    assert (e.date_start, e.date_end) != (TUESDAY, TUESDAY), e.date_derivation
