"""A threat is made when it is uttered: "Cavusoglu said on Monday that Ankara would respond in kind" is a THREATEN of
Monday (the saying's day), not a range from the tense of "would respond". A date inside what is threatened ("would
respond by Friday") is not the saying's. Short texts in our own words, through the whole pipeline; each case states
the date an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Turkish Foreign Minister Mevlut Cavusoglu said on Monday that Ankara would respond in kind if Greece "
         "extended its waters.", date(2025, 3, 3)),
        # the date without "on", right after the saying
        ("Belarusian President Alexander Lukashenko said Wednesday that Minsk would respond in kind to new "
         "sanctions.", date(2025, 3, 5)),
        # the date before the saying
        ("Russian Foreign Minister Sergei Lavrov on Tuesday said Moscow would respond in kind to the expulsions.",
         date(2025, 3, 4)),
    ],
)
def test_events_dating_threat_takes_the_day_it_is_uttered(text, day):
    threat = the_event(events_of(text, DCT), "THREATEN", "in kind")
    assert threat.status == "occurred"
    assert (threat.date_start, threat.date_end) == (day, day)


def test_events_dating_threat_without_a_day_keeps_a_range():
    """"said that Ankara would respond in kind": no day given for the saying, so none for the threat."""
    threat = the_event(events_of("Turkish Foreign Minister Mevlut Cavusoglu said that Ankara would respond in kind if "
                                 "Greece extended its waters.", DCT), "THREATEN", "in kind")
    assert threat.date_basis == "tense" and threat.date_start < threat.date_end
