"""A time that closes an act's clause right before "and" and the same speaker's saying ("voiced regret over the
decision on Friday evening and said ...") dates both: one occasion, though the time is nearer the saying."""

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2024, 3, 8)  # a Friday


def test_regret_before_the_joined_saying_takes_the_time():
    text = ("Montenegrin Prime Minister Milojko Spajic voiced regret over the decision on Friday evening and said his "
            "government remained open to dialogue.")
    e = the_event(events_of(text, DCT), "DISAPPROVE", "regret")
    assert (e.date_start, e.date_end) == (DCT, DCT), e.date_derivation

