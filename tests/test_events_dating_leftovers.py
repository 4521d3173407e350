"""Dating leftovers. (1) Two acts joined by "and" in what a dated saying reports, the first told in the pluperfect
("On Monday, Iran said it had expelled the ambassador and recalled its envoy"): the "and" joins the second act to the
pluperfect one, not to the saying, so both lie on or before the saying's day, not the second on that day alone; a
second saying of the same speaker ("said on Monday that ... and warned") still shares its day. (2) "in the past year",
"over the last year" dates an act in the twelve months up to the publication date, not in the calendar year before;
"last year" (no article) stays the calendar year. Short texts in our own words; each case states the date an analyst
would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday
MONDAY = date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("On Monday, Iran said it had expelled the Danish ambassador and recalled its envoy from Copenhagen.",
         "expelled", "recalled"),
        ("On Monday, Ghana said it had closed its border with Togo and suspended flights to Lome.",
         "closed its border", "suspended flights"),
    ],
)
def test_events_dating_acts_joined_to_a_reported_pluperfect_share_its_bound(text, first, second):
    events = events_of(text, DCT)
    a = the_event(events, None, first)
    b = the_event(events, None, second)
    assert (b.date_start, b.date_end) == (a.date_start, a.date_end)
    assert b.date_end == MONDAY and b.date_start < MONDAY  # (on or before the saying's day, not that day alone)


def test_events_dating_acts_joined_after_said_on_a_day_that_had_share_the_day():
    text = ("Ghana's foreign ministry said on Monday that it had summoned the Togolese ambassador and recalled its envoy "
            "from Lome.")
    events = events_of(text, DCT)
    for trigger in ("summoned", "recalled"):
        event = the_event(events, None, trigger)
        assert (event.date_start, event.date_end) == (MONDAY, MONDAY)


def test_events_dating_second_saying_of_the_speaker_keeps_the_sayings_day():
    text = "On Monday, Iran said the talks had failed and warned the United States against new sanctions."
    warned = the_event(events_of(text, DCT), None, "warned")
    assert (warned.date_start, warned.date_end) == (MONDAY, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Russia has expelled forty European diplomats in the past year, the foreign ministry said.",
        "Over the last year, Japan has held three rounds of talks with South Korea on export controls.",
    ],
)
def test_events_dating_the_past_year_is_the_twelve_months_before_publication(text):
    event = [e for e in events_of(text, DCT) if e.type != "STATEMENT"][0]
    assert (event.date_start, event.date_end) == (date(2024, 3, 7), DCT)


@pytest.mark.parametrize(
    "text",
    [
        "Russia expelled forty European diplomats last year.",
        "In the last year of his term, Obama visited Cuba.",
    ],
)
def test_events_dating_last_year_stays_the_calendar_year(text):
    event = [e for e in events_of(text, DCT) if e.type != "STATEMENT"][0]
    assert (event.date_start, event.date_end) == (date(2024, 1, 1), date(2024, 12, 31))


WEDNESDAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan signed a ceasefire accord on Wednesday. Troops must withdraw within five days.",
        "Armenia and Azerbaijan signed a ceasefire accord on Wednesday. Under the deal, Azerbaijan must withdraw its "
        "troops within five days.",
    ],
)
def test_events_dating_a_window_after_a_dated_agreement_counts_from_its_day(text):
    withdraw = the_event(events_of(text, DCT), "RETREAT", "withdraw")
    assert (withdraw.date_start, withdraw.date_end) == (WEDNESDAY, date(2025, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan shelled Armenian positions on Wednesday. Azerbaijan must withdraw its troops within five days.",
        "Armenia and Azerbaijan signed a ceasefire accord on Wednesday.\n\nAzerbaijan must withdraw its troops within "
        "five days.",
        "Armenia and Azerbaijan signed a ceasefire accord on Wednesday. Armenia said Azerbaijan must withdraw its troops "
        "within five days.",
    ],
)
def test_events_dating_a_window_not_continuing_a_dated_agreement_counts_from_publication(text):
    withdraw = the_event(events_of(text, DCT), "RETREAT", "withdraw")
    assert (withdraw.date_start, withdraw.date_end) == (DCT, date(2025, 3, 12))


MONDAY_TO_FRIDAY = (MONDAY, date(2025, 3, 7))


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Xi Jinping began a state visit to Japan on Monday. The visit ends on Friday.",
        "Chinese President Xi Jinping arrived in Tokyo on Monday for a state visit. The state visit ends on Friday.",
    ],
)
def test_events_dating_a_visit_ended_in_the_next_sentence_runs_to_that_day(text):
    visit = [e for e in events_of(text, DCT) if e.type == "CONSULT"][0]
    assert (visit.date_start, visit.date_end) == MONDAY_TO_FRIDAY


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Xi Jinping began a state visit to Japan on Monday. The exhibition ends on Friday.",
        "Chinese President Xi Jinping began a state visit to Japan on Monday.\n\nThe visit ends on Friday.",
    ],
)
def test_events_dating_an_end_of_something_else_leaves_the_visit_on_its_day(text):
    visit = [e for e in events_of(text, DCT) if e.type == "CONSULT" and "visit" in e.trigger][0]
    assert (visit.date_start, visit.date_end) == (MONDAY, MONDAY)
