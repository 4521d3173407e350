"""A page of dated sections (readouts, a live page over several days) reads each section against its date line."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

DCT = date(2024, 3, 15)  # a Friday: the page was published after every section was issued

READOUTS = (
    "Readouts of the Secretary's calls this month, newest first.\n\n"
    "## Call with the Foreign Minister of Kenya\n\n"
    "*March 12, 2024*\n\n"
    "The Secretary spoke today with Foreign Minister Mudavadi. They agreed to speak again next week.\n\n"
    "## Meeting with the Foreign Minister of Brazil\n\n"
    "*March 4, 2024*\n\n"
    "The Secretary met yesterday with Foreign Minister Vieira, and they will meet again on Friday. "
    "The two had last spoken by phone last week.\n"
)


def _by_text(timexes, text: str):
    found = [t for t in timexes if t.text == text]
    assert len(found) == 1, [(t.text, t.value) for t in timexes]
    return found[0]


def _all(timexes, text: str):
    return [t for t in timexes if t.text == text]


def test_temporal_sections_today_is_the_date_line_of_its_section():
    timexes = tag_text(READOUTS, DCT)
    today = _by_text(timexes, "today")
    assert today.value == "2024-03-12"
    line = _by_text(timexes, "March 12, 2024")
    assert today.anchored_to == f"timex:{line.start}"
    assert "date line 'March 12, 2024'" in today.derivation
    assert READOUTS[today.start:today.end] == "today"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yesterday", "2024-03-03"),  # the day before its section's date, not before the publication date
        ("last week", "2024-W09"),  # the week before that of March 4 (W10), not before March 15's (W11)
        ("on Friday", "2024-03-08"),  # a future clause of the March 4 (Monday) section: that week's Friday
    ],
)
def test_temporal_sections_relative_expressions_count_from_their_section(text: str, value: str):
    found = [t for t in tag_text(READOUTS, DCT) if t.text in (text, text.removeprefix("on "))]
    assert [t.value for t in found] == [value], [(t.text, t.value) for t in found]


def test_temporal_sections_text_before_the_first_date_line_keeps_the_publication_date():
    text = "The ministers met today in Geneva.\n\n*March 4, 2024*\n\nThey spoke today by phone.\n"
    timexes = tag_text(text, DCT)
    assert [t.value for t in _all(timexes, "today")] == ["2024-03-15", "2024-03-04"]
    assert _all(timexes, "today")[0].anchored_to == "dct"


@pytest.mark.parametrize(
    "text",
    [
        # a date inside a sentence is no heading
        "The talks ended on March 4, 2024.\n\nThe envoy said today that they would resume.\n",
        # a heading dated after the publication date cannot date what the page reports
        "## Schedule\n\n*March 20, 2024*\n\nThe envoy arrives today.\n",
        # a weekday alone names no day of its own
        "## Monday\n\nThe envoy said today that they would resume.\n",
    ],
)
def test_temporal_sections_no_date_line_leaves_the_publication_date(text: str):
    assert [t.value for t in _all(tag_text(text, DCT), "today")] == ["2024-03-15"]


def test_temporal_sections_keep_offsets_and_anchor_clauses_in_the_whole_text():
    text = ("Summary of the week.\n\n# Tuesday 12 March 2024\n\n"
            "The parliament ratified the treaty four days after the president signed it.\n")
    timexes = tag_text(text, DCT)
    four = _by_text(timexes, "four days")
    assert text[four.start:four.end] == "four days"
    assert four.anchor is not None and four.anchor.amount == 4
    assert "the president signed it" in text[four.anchor.clause_start:four.anchor.clause_end]
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)


def test_temporal_sections_do_not_apply_to_narrative_reading():
    text = "*March 4, 2024*\n\nIn May the delegations met again.\n"
    assert _by_text(tag_text(text, DCT, narrative=True), "May").value == "2024-05"


@pytest.mark.parametrize(
    "text",
    [
        # a list of key dates is no set of headings: "yesterday" after it still counts from the publication date
        "Key dates:\n- March 1, 2024\n- March 5, 2024\nThe talks collapsed yesterday.\n",
        "Key dates:\nMarch 1, 2024\nMarch 5, 2024\n\nThe talks collapsed yesterday.\n",
        # date lines with no prose under them head nothing
        "*March 1, 2024*\n\n*March 5, 2024*\n\n",
    ],
)
def test_temporal_sections_a_list_of_dates_heads_no_section(text: str):
    found = [t for t in tag_text(text, DCT) if t.text == "yesterday"]
    assert [t.value for t in found] == (["2024-03-14"] if "yesterday" in text else [])
    assert all(t.anchored_to == "dct" for t in found)
