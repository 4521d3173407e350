"""An act told as done (a verb in the simple past) never lies after the publication date: a weekday read forward for
an act to come in the same sentence ("vowed to retaliate on Monday") is not its date."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from event_helpers import FRIDAY, events_of  # noqa: E402


@pytest.mark.parametrize("text", [
    "Iran condemned the sanctions and vowed to retaliate on Monday.",
    "Pakistan denounced the strikes and promised to respond on Tuesday.",
])
def test_events_past_act_is_never_dated_after_publication(text):
    past = [e for e in events_of(text) if e.type == "DISAPPROVE"]
    assert len(past) == 1 and past[0].date_end is not None and past[0].date_end <= FRIDAY, \
        [(e.type, e.date_start, e.date_end) for e in events_of(text)]
    assert past[0].date_start >= date(2024, 3, 7)
