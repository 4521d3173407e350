""""at Kyiv's request" names who asked, not where the act was; "now" inside what someone said is the now of the
saying's content, not the day of the saying (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

SATURDAY = date(2025, 3, 8)


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council held an emergency meeting at Kyiv's request on Wednesday.",
        "The UN Security Council met on Monday at Moscow's invitation.",
    ],
)
def test_possessive_before_a_noun_of_asking_is_no_place(text):
    (event,) = [e for e in events_of(text) if e.type == "CONSULT"]
    assert event.location is None


def test_possessive_before_a_place_noun_stays_a_place():
    event = the_event(events_of("The ministers met at Moscow's Vnukovo airport on Tuesday."), "CONSULT", "met")
    assert event.location == "Moscow"


def test_now_in_what_was_said_does_not_date_the_saying():
    text = (
        "Russia vetoed the draft resolution in the Security Council on Friday.\n\n"
        "The French ambassador, Nicolas de Riviere, said Paris would now take the text to the General Assembly."
    )
    said = the_event(events_of(text, SATURDAY), "STATEMENT", "said")
    assert said.date_start == date(2025, 3, 7)  # the day of the news it answers, at the earliest
    assert (said.date_text or "").lower() != "now"
