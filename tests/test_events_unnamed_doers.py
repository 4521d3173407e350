"""A definite unnamed body or official that acts ("the ministry demanded", "officials condemned") is the state the
sentence places it in or the story is about; with neither, the act keeps the body's words and no invented state."""

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, source", [
    ("The ministry in Kyiv demanded an inquiry on Monday.", "demanded", "Ukraine"),
    ("The foreign ministry in Tokyo protested the incursion on Tuesday.", "protested", "Japan"),
    ("Ukraine's president visited the front on Sunday. Ukrainian officials said Russia was to blame. "
     "The ministry demanded an inquiry on Monday.", "demanded", "Ukraine"),
    ("Japan's prime minister flew to Seoul on Sunday. Japanese officials hailed the trip. "
     "The government rejected the criticism on Monday.", "rejected", "Japan"),
])
def test_events_unnamed_body_is_the_placed_or_story_state(text, trigger, source):
    assert the_event(events_of(text), None, trigger).source_actor == source


@pytest.mark.parametrize("text, trigger", [
    ("The ministry demanded an inquiry on Monday.", "demanded"),
    # the parties of its own sentence are no story state: they may be the ones acted on
    ("The defence ministry said it had recalled its attaches from Poland and Lithuania and warned Vilnius "
     "against provocations.", "warned"),
])
def test_events_unnamed_body_without_a_clear_state_has_no_doer(text, trigger):
    assert the_event(events_of(text), None, trigger).source_actor is None
