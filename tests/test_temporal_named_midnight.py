"""An hour offset from a midnight that names its day stays on that day: "two hours after midnight on Tuesday" is the
early hours of Tuesday, "an hour before midnight on Tuesday" late on Tuesday; from a bare midnight of the day in focus
("The talks ended on Saturday. ... two hours after midnight") the hours fall on the next day. Publication date:
Wednesday 2025-03-12."""

from datetime import date

import pytest

from timeline.temporal import tag_text

WEDNESDAY = date(2025, 3, 12)


@pytest.mark.parametrize("text, extent, day", [
    ("Drones struck Kyiv two hours after midnight on Tuesday.", "two hours", date(2025, 3, 11)),
    ("Missiles hit Odesa three hours after midnight on Sunday.", "three hours", date(2025, 3, 9)),
    ("The blast came 30 minutes after midnight on Monday.", "30 minutes", date(2025, 3, 10)),
    ("Drones struck Kyiv an hour before midnight on Tuesday.", "an hour", date(2025, 3, 11)),
    ("The talks ended on Saturday. Russia struck Kyiv two hours after midnight.", "two hours", date(2025, 3, 9)),
])
def test_temporal_hour_offset_from_midnight_day(text, extent, day):
    found = {t.text: t for t in tag_text(text, WEDNESDAY)}
    t = found[extent]
    assert (t.earliest, t.latest) == (day, day), t.derivation
