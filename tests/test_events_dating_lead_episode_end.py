"""The lead's occasion runs over the paragraphs after it until one names another past day. A date in a clause of
background ("had been expected to be signed on February 28") still names another day when it also dates an act told
as news in its sentence ("when Zelensky visited the White House"): what follows ("That meeting ended in a shouting
match") is no longer the lead's occasion."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 5, 1)
WEDNESDAY = date(2025, 4, 30)

LEAD = ("The United States and Ukraine signed a minerals agreement on Wednesday after weeks of talks.\n\n"
        "Treasury Secretary Scott Bessent signed the deal in Washington.\n\n")


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "The agreement had been expected to be signed on February 28, when President Volodymyr Zelensky visited "
            "the White House. That meeting ended in a shouting match.", "meeting"),
    (LEAD + "The deal had been due to be signed on February 28, when Zelensky met Trump at the White House. Trump "
            "criticised Zelensky in front of reporters.", "criticised"),
])
def test_events_lead_episode_ends_at_a_told_act(text, trigger):
    e = the_event(events_of(text, DCT), None, trigger)
    assert (e.date_start, e.date_end) != (WEDNESDAY, WEDNESDAY), e.date_derivation
    assert e.date_start <= date(2025, 2, 28) and e.date_end <= DCT, e.date_derivation
