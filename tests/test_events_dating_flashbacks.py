"""A sentence that narrates one day and adds a flashback ("The visit began on Saturday, when King Salman greeted Trump,
an honour he had not extended to Obama when the former president flew in in April last year") still narrates that
day for the next sentence ("The king later presented Trump with ..." = Saturday). Not when the day belongs to an aside
later in the sentence ("despite Tehran's announcement last Sunday"). Short texts in our own words, through the whole
pipeline; each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event


def test_events_dating_flashback_does_not_end_the_day_narrated():
    text = ("The visit began on Saturday, when King Salman greeted President Donald Trump on the tarmac, an honour he "
            "had not extended to Barack Obama when the former president flew in in April last year. The king later "
            "presented Trump with the kingdom's highest civilian decoration.")
    presented = the_event(events_of(text, date(2017, 5, 21)), None, "presented")
    assert (presented.date_start, presented.date_end) == (date(2017, 5, 20), date(2017, 5, 20))


def test_events_dating_day_of_an_aside_is_not_the_day_narrated():
    text = ("Both leaders said they wanted to preserve the 2015 nuclear agreement with Iran despite Tehran's announcement "
            "last Sunday that it would no longer respect the limits. German Chancellor Angela Merkel criticised Iran's "
            "decision.")
    criticised = the_event(events_of(text, date(2020, 1, 11)), None, "criticised")
    # undated: a range up to the paper that holds the days after the announcement, never the aside's day alone
    assert criticised.date_end == date(2020, 1, 11) and criticised.date_start <= date(2020, 1, 5)
    assert criticised.date_basis == "tense"
