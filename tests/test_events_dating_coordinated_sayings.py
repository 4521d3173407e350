"""Two sayings coordinated in one sentence: "Scholz said on Tuesday that the vote was illegitimate, and the presidents
of the Council and the Commission said in a joint statement that ..." tells both of Tuesday. Not when the first saying
has no day, and not for a saying inside what the first one reports ("said on Tuesday that the presidents had said in
a joint statement ..."). Short texts in our own words, through the whole pipeline; each case states the date an
analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday

SECOND = ("the presidents of the European Council and the European Commission said in a joint statement that the "
          "European Union would not recognise it.")


@pytest.mark.parametrize(
    ("first", "day"),
    [
        ("German Chancellor Olaf Scholz said on Tuesday that the vote was illegitimate, and ", date(2025, 3, 4)),
        ("French President Emmanuel Macron wrote on Wednesday that the referendum was a sham, and ", date(2025, 3, 5)),
    ],
)
def test_events_dating_coordinated_saying_shares_the_first_sayings_day(first, day):
    statement = the_event(events_of(first + SECOND, DCT), None, "joint statement")
    assert (statement.date_start, statement.date_end) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "German Chancellor Olaf Scholz said that the vote was illegitimate, and " + SECOND,
        "German Chancellor Olaf Scholz said on Tuesday that the presidents of the European Council and the European "
        "Commission, who met in Brussels, had said in a joint statement that the European Union would not recognise "
        "the vote.",
    ],
)
def test_events_dating_coordinated_saying_needs_a_dated_saying_beside_it(text):
    statement = the_event(events_of(text, DCT), None, "joint statement")
    assert statement.date_basis == "tense" and statement.date_start < statement.date_end
