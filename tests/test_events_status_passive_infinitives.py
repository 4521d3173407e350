"""A passive infinitive ("expected the hostages to be released on Sunday") tells what is to come, never an act that
happened on the last such day."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2025, 1, 17)  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "The White House said it expected the first hostages to be released on Sunday.",
        "Officials want the remaining prisoners to be freed on Monday.",
    ],
)
def test_events_status_passive_infinitive_is_not_told_as_done(text: str):
    done = [e for e in events_of(text, DCT) if e.status == "occurred" and e.type == "CONCEDE"]
    assert not done, [(e.trigger, e.status, e.date_start) for e in done]


def test_events_status_passive_past_is_still_done():
    # the plain passive past is an act told as done
    [event] = [e for e in events_of("Israel said the first hostages were released on Sunday.", DCT) if e.type == "CONCEDE"]
    assert (event.status, event.date_start) == ("occurred", date(2025, 1, 12))


def test_events_status_progressive_after_to_be_is_not_a_plan():
    # "are understood to be holding talks": under way, never a plan to come
    events = events_of("Israel and Hamas are understood to be holding talks in Doha.", DCT)
    assert all(e.status != "planned" for e in events), [(e.trigger, e.status) for e in events]
