"""A crowd that gathers protests; officials that gather do not; a crowd's act says who gathered where."""

import pytest

from event_helpers import events_of


def _protests(text):
    return [e for e in events_of(text) if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Ministers gathered outside the parliament on Monday.",
    "Senior officials assembled in front of the presidential palace on Tuesday.",
    "Georgian diplomats gathered outside the foreign ministry on Monday.",
])
def test_events_officials_gathering_is_no_protest(text):
    assert _protests(text) == []


@pytest.mark.parametrize("text, who", [
    ("A crowd gathered in front of parliament on Sunday.", "A crowd gathers"),
    ("Crowds assembled outside the presidential palace on Saturday.", "Crowds assemble"),
    ("Thousands gathered in front of the parliament on Sunday.", "Thousands gather"),
    ("Demonstrators gathered outside the courthouse on Monday.", "Demonstrators gather"),
])
def test_events_crowd_gathering_is_a_protest(text, who):
    (protest,) = _protests(text)
    assert protest.summary.startswith(who) and protest.source_actor is None


@pytest.mark.parametrize("text, summary, target, place", [
    ("Protesters gathered outside the Russian embassy in Tbilisi on Sunday.",
     "Protesters gather outside the Russian embassy in Tbilisi", "Russia", "Tbilisi"),
    ("Protesters rallied outside the Chinese embassy in Manila on Friday.",
     "Protesters rally outside the Chinese embassy in Manila", "China", "Manila"),
    ("Demonstrators assembled in front of the French embassy in Niamey on Sunday.",
     "Demonstrators assemble in front of the French embassy in Niamey", "France", "Niamey"),
])
def test_events_crowd_protest_at_an_embassy_says_who_and_where(text, summary, target, place):
    (protest,) = _protests(text)
    assert (protest.summary, protest.target_actor, protest.location, protest.source_actor) == (
        summary, target, place, None)
    assert len(protest.actors) == 2  # the protested state, and the state whose people protest (placed)


@pytest.mark.parametrize("text, placed", [
    ("Protesters gathered outside the Russian embassy in Tbilisi on Sunday.", "Georgia"),
    ("Thousands rallied in Tbilisi on Sunday.", "Georgia"),
    ("A crowd gathered in front of the parliament in Belgrade on Saturday.", "Serbia"),
])
def test_events_crowd_protest_takes_part_for_the_state_it_is_placed_in(text, placed):
    (protest,) = _protests(text)
    assert placed in protest.actors and protest.source_actor is None


def test_events_state_protesting_keeps_its_diplomatic_reading():
    (event,) = events_of("Tokyo protested the incursion on Monday.")
    assert (event.type, event.source_actor) == ("DISAPPROVE", "Japan")
