"""A reaction whose object is a compound noun ("criticised the arms sales", "condemned the tariff cuts") answers
the dated act told before with those words: it lies between that act's day and the publication date, not between
the lead's later day and the publication date."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

SUNDAY = date(2025, 3, 9)


@pytest.mark.parametrize("text, trigger, start", [
    ("Prime Minister Narendra Modi addressed a summit of Gulf leaders in Riyadh on Sunday, urging them to invest in "
     "India.\n\nIndia and Saudi Arabia signed agreements on Saturday, including arms sales worth about $10 billion.\n\n"
     "The visit drew a mixed response. Gulf officials praised the tone of the speech, while human rights groups "
     "criticised the arms sales.", "criticised", date(2025, 3, 8)),
    ("President Lula addressed the Vietnamese parliament in Hanoi on Sunday, urging closer ties.\n\n"
     "Brazil and Vietnam signed a trade pact on Friday, including tariff cuts on rice and steel.\n\n"
     "The pact drew a mixed response at home. Opposition lawmakers in Brasilia criticised the tariff cuts.",
     "criticised", date(2025, 3, 7)),
])
def test_dating_reaction_compound_object(text, trigger, start):
    e = the_event(events_of(text, SUNDAY), None, trigger)
    assert (e.date_start, e.date_end) == (start, SUNDAY), e.date_derivation
