"""'The same day', 'the next day' count from the day the story was telling, not from a coarser date named in
passing in that day's own sentence ("... on Friday, the largest round since the invasion two years ago"). A
coarser date told in its own sentence, or in the same sentence as the offset, stays the reference."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

SATURDAY = date(2024, 2, 24)


def _value_of(text: str, phrase: str) -> tuple[str, date | None, date | None]:
    found = [t for t in tag_text(text, SATURDAY) if t.text.lower() == phrase.lower()]
    assert len(found) == 1, [(t.text, t.value) for t in tag_text(text, SATURDAY)]
    return found[0].value, found[0].earliest, found[0].latest


@pytest.mark.parametrize(("text", "phrase", "day"), [
    ("Washington announced new tariffs on Friday, its largest since the trade war began six years ago. Beijing "
     "answered the same day.", "the same day", date(2024, 2, 23)),
    ("The ministers met in Rome on Tuesday, their first meeting since the crisis of 2021. The next day, both "
     "capitals recalled their envoys.", "The next day", date(2024, 2, 21)),
    ("Kenya signed the accord on Thursday, nearly a decade after talks began in 2015. The day before, the "
     "cabinet had approved it.", "The day before", date(2024, 2, 21)),
    # a year that only measures back from now, even in a sentence of its own
    ("Russia shelled Kharkiv on Thursday. It was the heaviest attack since 2022. Kyiv struck Belgorod the same day.",
     "the same day", date(2024, 2, 22)),
])
def test_temporal_day_offset_counts_from_the_day_in_focus(text, phrase, day):
    assert _value_of(text, phrase) == (day.isoformat(), day, day)


@pytest.mark.parametrize(("text", "phrase"), [
    # the year is told in its own sentence: the day after it is unknown
    ("They met on Monday. In 2019, the talks collapsed. The next day the envoy resigned.", "The next day"),
    # the year is the frame of the offset's own sentence
    ("They met on Monday. In 2019, the talks collapsed, and the next day the envoy resigned.", "the next day"),
])
def test_temporal_day_offset_after_a_year_of_its_own_stays_unknown(text, phrase):
    assert _value_of(text, phrase) == ("XXXX-XX-XX", None, None)


@pytest.mark.parametrize(("text", "day"), [
    # after midnight of the day in focus is the next day
    ("Polls closed on Thursday evening. The commission announced the result shortly after midnight.", date(2024, 2, 23)),
    # a named day: "just after midnight on Thursday" is the early hours of that Thursday
    ("The strikes began just after midnight on Thursday.", date(2024, 2, 22)),
    ("The truce took effect at midnight on Thursday.", date(2024, 2, 22)),
    # no day in focus: the publication day, never the day after it
    ("The result came shortly after midnight, officials said.", SATURDAY),
    # the next day would lie after the publication date in a past clause
    ("Polls closed on Saturday. The result came shortly after midnight.", SATURDAY),
])
def test_temporal_after_midnight_is_the_next_day_of_the_day_in_focus(text, day):
    (found,) = [t for t in tag_text(text, SATURDAY) if "midnight" in t.text]
    assert (found.earliest, found.latest) == (day, day)
