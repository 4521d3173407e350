"""A saying that attributes the quotation opening its sentence ('"We want peace," he said.'), with no date of its
own, right after a sentence of its paragraph that opens on the same speaker and names one past day, gives the words
of that day. Not another speaker's words, not across a paragraph."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 14)


@pytest.mark.parametrize("text, day", [
    ("Prime Minister Keir Starmer addressed the House of Commons on Wednesday. \"We will not be intimidated by "
     "anyone,\" he said.", date(2025, 3, 12)),
    ("Olaf Scholz spoke at a party meeting in Berlin on Tuesday evening. \"Germany keeps its word,\" Scholz said.",
     date(2025, 3, 11)),
])
def test_dating_quote_of_the_day(text, day):
    e = the_event(events_of(text, FRIDAY), None, "said", how="mention")
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation
    assert "assumed the same day" not in e.date_derivation  # (the speaker's own words of that day, not an answer)


@pytest.mark.parametrize("text, end", [
    ("Keir Starmer addressed the House of Commons on Wednesday. \"We will not be intimidated,\" Emmanuel Macron said.",
     date(2025, 3, 12)),
    ("Keir Starmer addressed the House of Commons on Wednesday. \"We will not be intimidated,\" Emmanuel Macron later "
     "said.", FRIDAY),
])
def test_dating_quote_of_the_day_not_without_the_cue(text, end):
    # not the quote of the address: another speaker's saying answers the news, assumed of its day when nothing tells it
    # later (an answer in a paragraph that opens on a dated act), else between Wednesday and the publication date
    e = the_event(events_of(text, FRIDAY), None, "said", how="mention")
    assert (e.date_start, e.date_end) == (date(2025, 3, 12), end), e.date_derivation
    assert "quote" not in e.date_derivation


def test_dating_quote_of_the_day_without_the_cue_takes_only_the_story_day():
    # the speaker of the lead, in a new paragraph: not the quote of the day, the report's story day (story_day.py)
    text = "Keir Starmer addressed the House of Commons on Wednesday.\n\n\"We will not be intimidated,\" he said."
    e = the_event(events_of(text, FRIDAY), None, "said", how="mention")
    assert (e.date_start, e.date_end) == (date(2025, 3, 12), date(2025, 3, 12)), e.date_derivation
    assert "date_from_story_day" in e.flags and e.date_derivation.startswith("story day: ")
