"""Tense in news sentences: simple-past verbs, headline present, deadlines and spans."""

from __future__ import annotations

from datetime import date

import pytest

from temporal_helpers import value_of
from timeline.temporal import tag_text

SAT = date(2025, 10, 25)  # a Saturday



@pytest.mark.parametrize(
    "text",
    [
        # a regular past verb, with a purpose infinitive, a coordinated future or a relative clause after the date
        "The president hosted his Turkish counterpart on Friday to sign a trade deal.",
        "Putin hosted Modi on Friday to discuss energy.",
        "Egypt hosted the negotiators on Friday and will host them again next month.",
        "The prime minister hosted a dinner for the delegation on Friday, where the two sides are to discuss trade.",
        "Qatar, which has mediated between the two sides for months, hosted both delegations in Doha on Friday.",
        # irregular simple-past forms
        "The envoy withdrew from the talks on Friday.",
        "Ministers swore in the new cabinet on Friday.",
        "Rebels overran the town on Friday.",
        "Thousands fled the city on Friday.",
    ],
)
def test_temporal_news_tense_simple_past_takes_the_last_friday(text):
    assert value_of(text, "Friday", SAT) == "2025-10-24"


@pytest.mark.parametrize(
    "text,dct,extent,value",
    [
        # headline present of a scheduled act: the coming weekday (TimeBank: "Arafat meet separately Monday")
        ("Leaders meet Monday to discuss truce", SAT, "Monday", "2025-10-27"),
        ("Blinken heads to Beijing on Sunday", date(2025, 10, 22), "Sunday", "2025-10-26"),
        ("The minister travels to Paris on Thursday for talks.", date(2025, 10, 21), "Thursday", "2025-10-23"),
        # the same weekday as the publication date: that day
        ("Blinken heads to Beijing on Wednesday", date(2025, 10, 22), "Wednesday", "2025-10-22"),
        # the same words as nouns after a determiner or possessive are no present verb
        ("After the vote Sunday, the party celebrated.", date(2025, 10, 27), "Sunday", "2025-10-26"),
        ("Xi's visit Monday was brief.", date(2025, 10, 28), "Monday", "2025-10-27"),
    ],
)
def test_temporal_news_tense_headline_present_weekday(text, dct, extent, value):
    assert value_of(text, extent, dct) == value


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # a deadline lies ahead
        ("Sanctions will remain until March.", "March", "2026-03"),
        ("The embassy will stay closed until Friday.", "Friday", "2025-10-31"),
        ("The court adjourned the trial until Monday.", "Monday", "2025-10-27"),
        ("The deal was extended through June.", "June", "2026-06"),
        ("They agreed to withdraw by March.", "March", "2026-03"),
        # a span told in the past ended at a past date
        ("The talks continued until March.", "March", "2025-03"),
        ("The truce held until March, when fighting resumed.", "March", "2025-03"),
        ("Troops stayed until Friday.", "Friday", "2025-10-24"),
        ("Troops withdrew by Friday.", "Friday", "2025-10-24"),
        ("The ceasefire lasted through January.", "January", "2025-01"),
        # a present span runs into the coming month
        ("The ceasefire runs through January.", "January", "2026-01"),
    ],
)
def test_temporal_news_tense_deadline_or_span(text, extent, value):
    assert value_of(text, extent, SAT) == value


def test_temporal_news_tense_end_of_the_year_is_the_year_with_mod_end():
    tx = next(t for t in tag_text("They will decide by the end of the year.", SAT))
    assert (tx.text, tx.value, tx.mod, tx.latest) == ("the end of the year", "2025", "END", date(2025, 12, 31))
