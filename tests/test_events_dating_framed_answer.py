"""A paragraph that opens on a past day with an act the lexicon does not know ("North Korea tested a new missile on
Monday.") frames the paragraph; an answer told in it ("the United States called the launch a provocation"), with no
time of its own, is assumed to be of that day. It is only on or after that day (up to the publication date) when the
text tells it later ("Japan later protested", "Since then, ...") or when the paper comes out well after that day."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
MONDAY = date(2025, 3, 3)
ANSWERS = ("North Korea tested a new missile on Monday. Japan and South Korea protested, and the United States called "
           "the launch a provocation.")


@pytest.mark.parametrize("trigger", ["called", "protested"])
def test_events_framed_answer_is_assumed_on_the_day(trigger):
    e = the_event(events_of(ANSWERS, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation
    assert "reaction told with the act of 'Monday'" in e.date_derivation
    assert "assumed the same day" in e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("North Korea tested a new missile on Monday. Japan later protested, and the United States called the launch a "
     "provocation.", "protested"),
    ("North Korea tested a new missile on Monday. Since then, Japan and South Korea protested, and the United States "
     "called the launch a provocation.", "called"),
])
def test_events_framed_answer_told_later_is_on_or_after_the_day(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, FRIDAY), e.date_derivation


def test_events_framed_answer_in_a_paper_weeks_later_keeps_the_range():
    text = ANSWERS.replace("on Monday", "on March 3")
    e = the_event(events_of(text, date(2025, 3, 28)), None, "called")
    assert (e.date_start, e.date_end) == (MONDAY, date(2025, 3, 28)), e.date_derivation


def test_events_framed_answer_in_the_present_perfect_is_not_on_the_day():
    text = ("North Korea tested a new missile on Monday. Japan has protested, and the United States has called the "
            "launch a provocation.")
    e = the_event(events_of(text, FRIDAY), None, "called")
    assert e.date_start != e.date_end, e.date_derivation

