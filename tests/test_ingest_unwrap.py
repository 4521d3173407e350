"""A text or Markdown file wrapped at a fixed width: the line breaks inside a paragraph are spaces, so a
sentence split over two lines is read as one (its conditional, its date, its complement stay with it)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest import read_inputs
from timeline.ingest.clean import unwrap_lines
from timeline.pipeline import build_timeline

WRAPPED = (
    "The two foreign ministers are expected to meet in Vienna next week, the first such talks\n"
    "since the spring. If the envoys were to agree on a text, the council would likely vote on it\n"
    "in June, diplomats say, and the ministers could sign it as early as Monday.\n"
)


def _read(tmp_path, name: str, text: str, dct: date | None = None):
    path = tmp_path / name
    path.write_text(text)
    documents, errors = read_inputs([str(path)], dct=dct)
    assert errors == [], errors
    return documents[0]


def test_wrapped_paragraph_is_one_line_of_the_same_length():
    out = unwrap_lines(WRAPPED.rstrip("\n"))
    assert "\n" not in out
    assert len(out) == len(WRAPPED.rstrip("\n"))
    assert "talks since the spring" in out and "on it in June" in out


@pytest.mark.parametrize("text", [
    "The ministers met in Geneva on Monday.\nThey agreed to meet again in March.",  # each line a sentence
    "- The envoys met on Monday and agreed\n- The talks resume in April",  # list items
    "Talks in Geneva collapse after a week of wrangling over the text\nGENEVA, May 4 - The talks ended on Friday.",
    "What comes next\nThe ministers are due to meet again in Rome, the host said on Friday, and to sign a text.",
    "Leaders meet in Vienna amid a row over the agenda of the talks\nThe leaders of the two countries met on Monday.",
])
def test_lines_that_stand_alone_keep_their_break(text):
    assert unwrap_lines(text) == text


def test_a_long_line_runs_on_only_into_a_lower_case_line():
    long = "The ministers of the two countries met in Vienna on Monday and agreed to resume the talks " * 2
    assert unwrap_lines(long + "\nin June.") == long + " in June."
    assert unwrap_lines(long + "\nThe talks resume in June.") == long + "\nThe talks resume in June."


def test_wrapped_list_item_continues_on_its_indented_line():
    text = "- June 3, 2021: the two ministers sign a memorandum in\n  Ankara, with the mediator present.\n- June 9, 2021: talks."
    assert unwrap_lines(text) == text.replace(" in\n  Ankara", " in   Ankara")


def test_wrapped_markdown_file_keeps_the_sentence_whole(tmp_path):
    doc = _read(tmp_path, "wrapped.md", "---\npublished: 2025-03-07\n---\n\n" + WRAPPED)
    assert "such talks since the spring" in doc.text
    events = build_timeline([doc]).events
    vote = next(e for e in events if e.trigger.lower().startswith("vote"))
    assert (vote.date_start, vote.date_end) == (date(2025, 6, 1), date(2025, 6, 30))


def test_wrapped_month_stays_with_its_visit(tmp_path):
    text = (
        "Jordan and Egypt agreed on Monday to reopen a border crossing.\n\n"
        "The foreign minister said he would discuss the matter with the Egyptian president, who is expected to visit\n"
        "Jordan in October.\n"
    )
    doc = _read(tmp_path, "visit.txt", text, dct=date(2025, 3, 7))
    events = build_timeline([doc]).events
    visit = next(e for e in events if e.trigger.lower().startswith("visit"))
    assert (visit.date_start, visit.date_end) == (date(2025, 10, 1), date(2025, 10, 31))
    assert visit.status == "planned"
