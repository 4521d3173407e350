"""An act told "before the talks" (or after them) when the talks were told earlier with their day: "Parmelin welcomed
the two leaders at the gate before the talks" is on the day of the talks told two paragraphs up (the occasion's day,
as "Before the ceremony, Trump received Netanyahu"). Not when the talks told before are still to come. Short texts in
our own words, through the whole pipeline; each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


def test_events_dating_act_before_the_talks_told_earlier_is_on_their_day():
    text = ("U.S. President Joe Biden and Russian President Vladimir Putin held talks in Geneva on Wednesday.\n\n"
            "The two leaders spent about three hours together in a lakeside villa.\n\n"
            "Swiss President Guy Parmelin welcomed the two leaders at the gate before the talks.")
    welcomed = the_event(events_of(text, DCT), None, "welcomed")
    assert (welcomed.date_start, welcomed.date_end) == (date(2025, 3, 5), date(2025, 3, 5))


def test_events_dating_talks_still_to_come_are_no_occasion_of_a_past_act():
    text = ("Iranian and American negotiators will hold talks in Vienna on Monday. Iran released two American prisoners "
            "before the talks.")
    released = the_event(events_of(text, DCT), None, "released")
    # told in the past: before the paper, not on the day of talks still to come
    assert released.date_end == DCT and released.date_basis == "tense"
