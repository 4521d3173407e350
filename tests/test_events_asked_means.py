"""The means of an act asked for is asked for too: "urged the EU to go further by targeting Iran's missile programme"
is one demand, no attack; "Russia responded by imposing sanctions" is a sanction that happened. Sentences of our own,
through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2023, 10, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Kuleba urged the EU on Monday to go further by targeting Iran's missile programme.",
        "Kuleba called on the EU on Monday to respond by imposing sanctions on Iran.",
    ],
)
def test_means_of_a_demanded_act_is_no_event(text):
    assert [e.type for e in events_of(text, DCT)] == ["DEMAND"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia responded on Monday by imposing sanctions on Estonia.",
        # the demand's clause ends at the comma: the next clause tells what was done
        "Kuleba urged the EU to act on Monday, and Brussels responded by imposing sanctions on Iran.",
    ],
)
def test_means_of_an_act_done_is_an_event(text):
    assert "SANCTION" in [e.type for e in events_of(text, DCT)]
