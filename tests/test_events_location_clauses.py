"""A place named in a second clause joined by ", and" or ", but" places that clause's act, not the first one's."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_location_stops_at_a_coordinated_clause():
    text = ("Chinese President Xi Jinping visited Riyadh in December, and his Iranian counterpart was received "
            "in Beijing in February.")
    visit = the_event(events_of(text), "CONSULT", "visited")
    assert visit.location != "Beijing"


def test_location_inside_the_same_clause_still_places_the_act():
    text = "The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday, officials said."
    assert the_event(events_of(text), "CONSULT", "met").location == "Geneva"
