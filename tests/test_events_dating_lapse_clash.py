"""A lapse with no number ("Days after the talks, Russia launched missiles") whose anchor is dated on the publication
day cannot hold for an act told as done: the act keeps its range up to the publication date, and its derivation says
that the text and the dates do not fit, so the analyst can check them."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)


@pytest.mark.parametrize("text, trigger", [
    ("Russia and Ukraine held talks in Istanbul on Friday. Days after the talks, Russia launched missiles at Kyiv.",
     "launched"),
    ("Israel and Hamas signed a truce on Friday. Days after the truce, Israel struck targets in Gaza.", "struck"),
])
def test_events_lapse_clash_keeps_range_and_says_so(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert e.date_end == FRIDAY, e.date_derivation
    assert "do not fit" in e.date_derivation and "publication date" in e.date_derivation


def test_events_lapse_clash_not_said_when_it_fits():
    e = the_event(events_of("Russia and Ukraine held talks in Istanbul on Monday. Days after the talks, Russia "
                            "launched missiles at Kyiv.", FRIDAY), None, "launched")
    assert (e.date_start, e.date_end) == (date(2025, 3, 4), FRIDAY), e.date_derivation
    assert "do not fit" not in e.date_derivation
