"""A headline's events only corroborate the body's: an event told only in the title line is no event of its own."""

from datetime import date

import pytest

from timeline.ingest import read_inputs
from timeline.model import Document
from timeline.pipeline import build_timeline

DAY = date(2025, 3, 7)


def _events(text, title):
    return build_timeline([Document(id="t", text=text, dct=DAY, dct_source="cli", title=title)]).events


@pytest.mark.parametrize("title, body, kept", [
    ("Russia strikes Kyiv as Ukraine condemns attack",
     "Russia struck Kyiv on Monday, killing five people.", [("ASSAULT", "Russia")]),
    ("Russia strikes Kyiv as Ukraine condemns attack",
     "Russia struck Kyiv on Monday, killing five people. Ukraine condemned the attack on Tuesday.",
     [("ASSAULT", "Russia"), ("DISAPPROVE", "Ukraine")]),
    ("Poland expels Russian diplomats after sabotage probe",
     "Poland expelled three Russian diplomats on Wednesday.", [("SANCTION", "Poland")]),
])
def test_events_title_line_only_corroborates(title, body, kept):
    events = _events(f"{title}\n\n{body}", title)
    assert sorted((e.type, e.source_actor) for e in events) == sorted(kept)
    assert all(e.date_basis == "expression" for e in events)


def test_events_title_mention_merges_into_the_body_event():
    title = "Russia strikes Kyiv as Ukraine condemns attack"
    (strike,) = [e for e in _events(f"{title}\n\nRussia struck Kyiv on Monday.", title) if e.type == "ASSAULT"]
    assert len(strike.mentions) == 2 and strike.date_start == date(2025, 3, 3)


def test_events_first_sentence_that_is_no_title_stays_news():
    text = "Russia struck Kyiv on Monday.\n\nUkraine condemned the attack on Tuesday."
    events = _events(text, None)
    assert sorted(e.type for e in events) == ["ASSAULT", "DISAPPROVE"]


def test_pipeline_headline_of_a_text_file_only_corroborates(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Russia strikes Kyiv as Ukraine condemns attack\n\nRussia struck Kyiv on Monday, killing five "
                    "people.\n", encoding="utf-8")
    docs, errors = read_inputs([str(path)], dct=DAY)
    assert not errors and docs[0].title == "Russia strikes Kyiv as Ukraine condemns attack"
    events = build_timeline(docs).events
    assert [(e.type, e.source_actor, e.date_start) for e in events] == [("ASSAULT", "Russia", date(2025, 3, 3))]
