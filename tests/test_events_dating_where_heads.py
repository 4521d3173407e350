"""A "where" clause after a clause with its own date shares the day of that clause's dated event: "later that month
the three leaders met briefly at the Group of Seven summit in Hiroshima, where Biden proposed ..." is the meeting's
month, even when the nearer noun ("summit") is a mention merged with an event told before (Yoon's Tokyo summit of
March 16). Not across a comma ("announced on Thursday, a day after the pilot was taken prisoner when ..."). Short
texts in our own words, through the whole pipeline; each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 8, 18)


def test_events_dating_where_clause_takes_the_head_clauses_dated_event():
    text = ("South Korean President Yoon Suk Yeol flew to Tokyo on March 16 for a summit with Japanese Prime Minister "
            "Fumio Kishida. Kishida returned the gesture in May with a trip to Seoul, and later that month the three "
            "leaders met briefly at the Group of Seven summit in Hiroshima, where U.S. President Joe Biden proposed that "
            "they gather in the United States.")
    proposed = the_event(events_of(text, DCT), None, "proposed")
    assert (proposed.date_start, proposed.date_end) == (date(2025, 5, 1), date(2025, 5, 31))


def test_events_dating_when_clause_after_a_comma_keeps_the_nearer_event():
    """"announced ... on Thursday, a day after the pilot was taken prisoner when his jet was shot down": the shooting
    down is the day before Thursday, not Thursday."""
    text = ("Indian jets and Pakistani aircraft fought a dogfight over Kashmir on Wednesday. Pakistani Prime Minister "
            "Imran Khan announced the release of the pilot in a joint session of parliament on Thursday, a day after the "
            "pilot was taken prisoner when his MiG-21 was shot down over Kashmir.")
    shot = the_event(events_of(text, date(2019, 3, 1)), None, "shot down")
    assert (shot.date_start, shot.date_end) == (date(2019, 2, 27), date(2019, 2, 27))
