"""An accepting verb after a modal whose object opens with "no" ("will accept no extension") is a refusal stated when it
is said, as "would not accept any change" is."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    "text,summary_word",
    [
        ("The Taliban said on Friday they will accept no extension of the withdrawal deadline.", "extension"),
        ("Kyiv would accept no deal that cedes territory, Zelensky said on Monday.", "deal"),
    ],
)
def test_accepting_nothing_to_come_is_a_stated_refusal(text, summary_word):
    """"will accept no extension" refuses it when it is said, like "would not accept any change"; the summary names
    what is refused, not "no ..."."""
    event = the_event(events_of(text), None, "accept")
    assert (event.type, event.status) == ("REJECT", "occurred")
    assert summary_word in event.summary and " no " not in event.summary


def test_accepting_a_plan_to_come_stays_an_agreement():
    event = the_event(events_of("The rebels will accept the new ceasefire proposal next week, mediators said."), None, "accept")
    assert event.type == "AGREE" and event.status == "planned"
