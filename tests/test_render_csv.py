"""The events CSV opens cleanly in a spreadsheet and reads back with the csv module."""

from __future__ import annotations

import csv
import io

import pytest

from test_render_sample import sample_timeline
from timeline.model import EVENT_FIELDS, LIST_SEPARATOR
from timeline.render import write_events_csv


def _write(records, **kwargs) -> str:
    buffer = io.StringIO(newline="")
    write_events_csv(records, buffer, **kwargs)
    return buffer.getvalue()


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_render_csv_header_is_event_fields_in_order():
    text = _write([e.to_record() for e in sample_timeline().events])
    header = next(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert header == list(EVENT_FIELDS)


def test_render_csv_starts_with_bom_for_excel_unless_asked_not_to():
    records = [sample_timeline().events[0].to_record()]
    assert _write(records).startswith("\ufeff")
    assert not _write(records, bom=False).startswith("\ufeff")


def test_render_csv_round_trips_every_event():
    timeline = sample_timeline()
    records = [e.to_record() for e in timeline.events]
    rows = _read(_write(records))
    assert len(rows) == len(timeline.events)
    for row, event in zip(rows, timeline.events):
        assert row["id"] == event.id
        assert row["date_start"] == (event.date_start.isoformat() if event.date_start else "")
        assert row["date_end"] == (event.date_end.isoformat() if event.date_end else "")
        assert row["actors"].split(LIST_SEPARATOR) == list(event.actors)
        assert row["sentence"] == event.sentence  # quotes, commas, markup survive
        assert int(row["start"]) == event.start


@pytest.mark.parametrize("hostile", [
    "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
    "\tindented", "\rcarriage",
])
@pytest.mark.parametrize("field", ["summary", "trigger", "sentence", "actors"])
def test_render_csv_neutralizes_formula_cells(hostile, field):
    record = sample_timeline().events[0].to_record()
    record[field] = [hostile] if field == "actors" else hostile
    row = _read(_write([record]))[0]
    assert row[field] == "'" + hostile


def test_render_csv_leaves_numbers_and_plain_text_alone():
    record = sample_timeline().events[0].to_record()
    record["start"] = -5  # a number is not a formula
    record["summary"] = "Talks in Geneva = progress"
    row = _read(_write([record]))[0]
    assert row["start"] == "-5"
    assert row["summary"] == "Talks in Geneva = progress"


def test_render_csv_extra_keys_become_trailing_columns():
    records = [e.to_record() for e in sample_timeline().events[:3]]
    records[1]["review"] = "accepted"
    records[2]["note"] = "checked"
    text = _write(records)
    header = next(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert header == list(EVENT_FIELDS) + ["review", "note"]
    rows = _read(text)
    assert [r["review"] for r in rows] == ["", "accepted", ""]


def test_render_csv_joins_lists_and_flags_with_the_documented_separator():
    record = sample_timeline().events[0].to_record()
    record["actors"] = ["Russia", "Ukraine", "Turkey"]
    record["flags"] = ["contradiction", "tense-only"]
    row = _read(_write([record]))[0]
    assert row["actors"] == "Russia; Ukraine; Turkey"
    assert row["flags"] == "contradiction; tense-only"


def test_render_csv_writes_utf8_that_a_file_reads_back(tmp_path):
    record = sample_timeline().events[0].to_record()
    record["summary"] = "Erdoğan meets Zelenskyy in Kyiv — «talks»"
    path = tmp_path / "events.csv"
    with path.open("w", encoding="utf-8", newline="") as fp:
        write_events_csv([record], fp)
    with path.open(encoding="utf-8-sig", newline="") as fp:
        rows = list(csv.DictReader(fp))
    assert rows[0]["summary"] == "Erdoğan meets Zelenskyy in Kyiv — «talks»"
