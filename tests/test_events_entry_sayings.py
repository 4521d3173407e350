"""In a chronology whose entries open with a date and a dash ("**May 4, 2021** — ..."), a named actor's saying that is
the only act of its sentence is that entry's news, dated by the entry; "officials say" stays no event, and a saying
whose content is an act of its own leaves the event to that act (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest import read_inputs
from timeline.pipeline import build_timeline

TEXT = (
    "The border deal is dead.\n\n"
    "**May 4, 2021** — Armenian Prime Minister Nikol Pashinyan says the border commission has stalled. Officials say the "
    "mood is grim.\n\n"
    "**May 12, 2021** — Josep Borrell says the European Union is worried.\n"
)


@pytest.fixture
def events(tmp_path):
    path = tmp_path / "chronology.md"
    path.write_text(TEXT)
    documents, errors = read_inputs([str(path)], dct=date(2021, 6, 1))
    assert errors == []
    return build_timeline(documents).events


def test_named_sayings_in_dash_entries_are_dated_by_their_entry(events):
    said = {(e.source_actor, e.date_start) for e in events if e.type == "STATEMENT"}
    assert ("Nikol Pashinyan", date(2021, 5, 4)) in said
    assert ("Josep Borrell", date(2021, 5, 12)) in said


def test_unnamed_sayers_in_an_entry_make_no_event(events):
    assert not any(e.trigger.lower() == "say" and not e.actors for e in events)
