"""Days of an event ("the last day of the truce") and parts of the day just told ("that evening")."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

SAT = date(2025, 10, 25)


@pytest.mark.parametrize(
    "text,extent",
    [
        ("Fighting resumed on the last day of the truce.", "the last day"),
        ("The first day of the summit was calm.", "The first day"),
        ("On the final day of talks, the envoys left.", "the final day"),
    ],
)
def test_temporal_event_relative_day_of_an_event_is_not_dct_relative(text, extent):
    tx = {t.text: t for t in tag_text(text, SAT)}[extent]
    assert (tx.value, tx.earliest, tx.latest) == ("XXXX-XX-XX", None, None), tx.derivation
    assert tx.anchored_to in ("unresolved", "event")  # the occasion's day, never the publication date's neighbour


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Shelling resumed on the last day of October.", "October", "2025-10"),
        ("The talks ended on the last day of the year.", "the year", "2025"),
    ],
)
def test_temporal_event_relative_day_of_a_calendar_period_keeps_the_period(text, extent, value):
    found = {t.text: t for t in tag_text(text, SAT)}
    assert found[extent].value == value
    assert not any("day" in t for t in found)  # no day claimed for "the last day"


def test_temporal_event_relative_parts_of_the_day_told():
    text = "The talks began on Monday. The same morning, rockets hit the city. Later that day, the envoy left. That evening, he spoke."
    found = {t.text: t for t in tag_text(text, SAT)}
    monday = found["Monday"]
    assert monday.value == "2025-10-20"
    same_morning, later, evening = found["The same morning"], found["Later that day"], found["That evening"]
    assert (same_morning.value, same_morning.type) == ("2025-10-20TMO", "TIME")
    assert same_morning.anchored_to == f"timex:{monday.start}"
    assert (later.value, later.mod) == ("2025-10-20", "END")
    assert later.anchored_to == f"timex:{same_morning.start}"
    assert (evening.value, evening.type) == ("2025-10-20TEV", "TIME")
    assert evening.anchored_to == f"timex:{later.start}"
    assert all(t.earliest == t.latest == date(2025, 10, 20) for t in (same_morning, later, evening))
