"""A trip told with no date of its own ("made a surprise trip to Kyiv"), followed in its paragraph by a sentence that
opens on the traveller arriving on one day ("He arrived by train on Tuesday"), is dated by that arrival."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

THURSDAY = date(2025, 3, 13)


@pytest.mark.parametrize("text, trigger, how, day", [
    ("Meanwhile, Polish Prime Minister Donald Tusk made a surprise trip to Kyiv. He arrived by train on Tuesday, met "
     "President Volodymyr Zelensky and promised more ammunition.", "trip", "in", date(2025, 3, 11)),
    ("Chancellor Olaf Scholz paid an unannounced visit to Moldova. He arrived in Chisinau on Monday morning and "
     "toured a power plant.", "paid", "mention", date(2025, 3, 10)),
])
def test_dating_arrival_told_next_dates_the_trip(text, trigger, how, day):
    e = the_event(events_of(text, THURSDAY), "CONSULT", trigger, how=how)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


def test_dating_arrival_told_next_not_someone_else():
    text = ("Meanwhile, Polish Prime Minister Donald Tusk made a surprise trip to Kyiv. Olaf Scholz arrived in Vilnius "
            "on Tuesday.")
    e = the_event(events_of(text, THURSDAY), "CONSULT", "trip")
    # (Tusk's trip has no day in the text: any time up to the publication date, not Scholz's Tuesday)
    assert e.date_end == THURSDAY and e.date_start < date(2025, 3, 11) and e.date_basis == "tense", e.date_derivation
