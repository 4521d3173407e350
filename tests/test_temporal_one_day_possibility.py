""""One day" / "someday" after a modal of possibility lies ahead, whatever the tense of the report:
"officials said Ukraine could one day join" is a FUTURE_REF, not a PAST_REF taken from "said"."""

from __future__ import annotations

from datetime import date

import pytest

from temporal_helpers import value_of
from timeline.temporal.resources import load_rules

DCT = date(2025, 10, 21)



@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Officials said Ukraine could one day join the alliance.", "one day"),
        ("The minister said the country may someday join the bloc.", "someday"),
        ("He told reporters that his brother still may show up someday in this country.", "someday"),
        ("Diplomats said the two leaders might one day meet in Geneva.", "one day"),
        ("The envoy said Kosovo can one day sit at the table.", "one day"),
    ],
)
def test_temporal_one_day_after_a_modal_of_possibility_is_ahead(text, extent):
    assert value_of(text, extent, DCT) == "FUTURE_REF"


@pytest.mark.parametrize(
    "text",
    [
        "One day, the envoy simply left the talks.",
        # a modal in an earlier sentence does not reach the story told after it
        "He could not attend. One day, the envoy simply left the talks.",
        # a reporting verb between the modal and the day opens another clause
        "Nobody could say, he said, one day the envoy left.",
    ],
)
def test_temporal_one_day_told_in_the_past_stays_past(text):
    assert value_of(text, text[text.lower().index("one day"):][:7], DCT) == "PAST_REF"


def test_temporal_possibility_modals_are_data():
    assert {"may", "might", "could", "can"} <= set(load_rules().tense_cues["possibility"])
