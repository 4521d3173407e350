"""An intention verb followed by "to <noun>" is no plan: "agreed to a truce on Thursday" is past."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

FRIDAY = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel and Hamas agreed to a truce on Thursday.", "2024-05-09"),
        ("The two governments agreed to the exchange on Tuesday.", "2024-05-07"),
        ("The rebels agreed to another pause on Monday.", "2024-05-06"),
        # an infinitive after the intention still points ahead
        ("The ministers agreed to meet on Thursday.", "2024-05-16"),
    ],
)
def test_temporal_intent_followed_by_noun_is_not_future(text, expected):
    weekday = [t for t in tag_text(text, FRIDAY) if t.type == "DATE"]
    assert weekday and weekday[0].value == expected, [(t.text, t.value, t.derivation) for t in weekday]
