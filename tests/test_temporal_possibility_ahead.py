""""could meet on Saturday", "might travel on Friday": a weekday after a modal of possibility before a verb lies ahead,
like one after "will"; "could not take place", "may have met", a passive "could be located" and the name "May" keep the
reading they had (the news default, the past)."""

from __future__ import annotations

from datetime import date

import pytest

from temporal_helpers import value_of

DCT = date(2025, 4, 9)  # a Wednesday



@pytest.mark.parametrize(
    "text",
    [
        "Iranian and US negotiators could meet on Saturday in Muscat, officials said.",
        "The two delegations may meet on Saturday in Muscat.",
        "Araghchi might travel to Oman on Saturday.",
    ],
)
def test_possibility_before_a_verb_looks_ahead(text):
    assert value_of(text, "Saturday", DCT) == "2025-04-12"


@pytest.mark.parametrize(
    "text",
    [
        "The talks could not take place on Saturday because of the storm.",
        "Witkoff may have met Araghchi on Saturday.",
        "None of the relatives could be located on Saturday.",
        "Prime Minister Theresa May told Parliament on Saturday that Russia was responsible.",
    ],
)
def test_past_inability_perfect_passive_and_the_name_may_keep_the_past(text):
    assert value_of(text, "Saturday", DCT) == "2025-04-05"
