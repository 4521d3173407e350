"""A date inside a subordinate clause ("when the two countries established ties in 1991") belongs to that clause: a
verb after the ", and" that closes it goes back to the main clause and does not take the clause's date."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2021, 11, 21)


@pytest.mark.parametrize("text, trigger", [
    ("China's foreign ministry said in a statement that Lithuania had abandoned the commitment it made when the two "
     "countries established ties in 1991, and warned that Vilnius would bear the consequences.", "warned"),
    ("The ministry said Lithuania had broken the promise it gave after the two sides normalised relations in 1998, "
     "and urged Vilnius to reverse course.", "urged"),
])
def test_verb_after_the_clause_does_not_take_its_year(text, trigger):
    e = the_event(events_of(text, DCT), None, trigger)
    assert e.date_start.year == 2021 or e.date_end.year == 2021, e.date_derivation
    assert not (e.date_start.year == e.date_end.year and e.date_end.year < 2020), e.date_derivation


def test_verb_inside_the_clause_keeps_it():
    text = ("China's foreign ministry said in a statement that Lithuania had abandoned the commitment it made when the "
            "two countries established ties in 1991, and warned that Vilnius would bear the consequences.")
    e = the_event(events_of(text, DCT), None, "established ties")
    assert (e.date_start, e.date_end) == (date(1991, 1, 1), date(1991, 12, 31)), e.date_derivation


def test_coordinated_main_clause_verbs_still_share_their_day():
    # no subordinate clause: the date of the first verb is its coordinated verb's
    text = "On Friday, China recalled its ambassador from Vilnius, and demanded that Lithuania withdraw its envoy."
    e = the_event(events_of(text, DCT), None, "demanded")
    assert (e.date_start, e.date_end) == (date(2021, 11, 19), date(2021, 11, 19)), e.date_derivation
