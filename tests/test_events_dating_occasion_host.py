"""A weak noun that is no event of its own ("a news conference", "a statement") holds the day of a phrase opened by
"at", "in" or "during" right after a verb: the verb happened at that occasion, on its day."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event


def test_announced_at_a_news_conference_on_a_weekday_takes_that_day():
    e = the_event(events_of("Germany announced sanctions against Iran at a news conference on Wednesday."), None, "announced")
    assert (e.date_start, e.date_end) == (date(2025, 3, 5), date(2025, 3, 5))


def test_modifiers_before_the_conference_do_not_break_the_tie():
    text = "The Czech prime minister announced the expulsions at a hastily arranged news conference on Tuesday night."
    e = the_event(events_of(text), None, "announced")
    assert (e.date_start, e.date_end) == (date(2025, 3, 4), date(2025, 3, 4))


def test_a_comma_before_the_occasion_keeps_the_verb_apart():
    text = "France condemned the strikes, and ministers will explain the response at a news conference on Monday."
    e = the_event(events_of(text), "DISAPPROVE", "condemned")
    assert e.date_start != date(2025, 3, 10)
