"""A length that ends with the act it leads to: "signed a ceasefire on Saturday after two weeks of talks", "concluded
the text on August 24 after nearly four years of negotiations": the talks fill that length up to the day of the act,
from that day less the length to that day (not the act's day alone). "More than four years of talks" names no first
day, so gives no range from it. Short texts in our own words, through the whole pipeline; each case states the range
an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "trigger", "start", "end"),
    [
        ("Sudan's army and the Rapid Support Forces signed a ceasefire in Jeddah on Saturday after two weeks of talks "
         "brokered by Saudi Arabia.", "talks", date(2025, 2, 15), date(2025, 3, 1)),
        ("Colombia and the FARC concluded the text in Havana on August 24 after nearly four years of negotiations "
         "hosted by Cuba.", "negotiations", date(2020, 8, 24), date(2024, 8, 24)),
        ("Armenia and Azerbaijan initialled the peace treaty in Washington on Monday following ten days of talks "
         "hosted by the United States.", "talks", date(2025, 2, 21), date(2025, 3, 3)),
    ],
)
def test_events_dating_length_ends_with_the_act_it_leads_to(text, trigger, start, end):
    event = the_event(events_of(text, DCT), "CONSULT", trigger)
    assert (event.date_start, event.date_end) == (start, end)


def test_events_dating_length_with_no_first_day_gives_no_range_from_it():
    """"after more than four years of negotiations": the talks began before August 24 of 2020, on no day the text
    gives; whatever the date, not the four years read as exact."""
    event = the_event(events_of("Colombia and the FARC concluded the text in Havana on August 24 after more than four "
                                "years of negotiations hosted by Cuba.", DCT), "CONSULT", "negotiations")
    assert event.date_start != date(2020, 8, 24)
    assert event.date_end == date(2024, 8, 24)  # the talks end the day the text was concluded
