"""Every output names the article an event was read in (outlet, title, publication date, URL), not
only a file stem: an analyst cites the article, and a spreadsheet cannot join on the ``doc`` id."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from timeline.model import EVENT_FIELDS, Document, Event, Timeline
from timeline.render import SOURCE_FIELDS, timeline_figure, with_sources, write_events_csv
from timeline.render.figure import HOVER_FIELDS
from timeline.render.page import render_html


def _event(eid: str, doc: str, day: str = "2025-01-15") -> Event:
    d = date.fromisoformat(day)
    return Event(id=eid, doc=doc, type="ANNOUNCE", trigger="announced", start=0, end=9, sentence="Qatar announced a deal.",
                 sentence_start=0, sentence_end=23, summary="Qatar announces a deal", actors=("Qatar",), source_actor="Qatar",
                 date_start=d, date_end=d, precision="day", date_basis="expression")


def _timeline() -> Timeline:
    docs = (
        Document(id="gulf", text="Qatar announced a deal.", dct=date(2025, 1, 15), dct_source="front-matter",
                 path="in/gulf.md", url="https://example.org/2025/01/15/deal", title="Qatar announces a deal", outlet="Gulf Wire"),
        Document(id="wire", text="Qatar announced a deal.", dct=None, path="in/wire.txt"),
    )
    return Timeline(title="T", documents=docs, events=(_event("a", "gulf"), _event("b", "wire"), _event("c", "gone")))


def test_render_sources_csv_has_the_article_of_every_event_after_the_record():
    timeline = _timeline()
    records = with_sources([e.to_record() | {"review": "edited"} for e in timeline.events], timeline)
    buf = io.StringIO(newline="")
    write_events_csv(records, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue().lstrip("\ufeff"))))
    assert list(rows[0]) == list(EVENT_FIELDS) + list(SOURCE_FIELDS) + ["review"]
    assert {k: rows[0][k] for k in SOURCE_FIELDS} == {
        "doc_title": "Qatar announces a deal", "doc_outlet": "Gulf Wire", "doc_published": "2025-01-15",
        "doc_dct_source": "front-matter", "doc_url": "https://example.org/2025/01/15/deal"}
    # a document that says nothing, and an event whose document is unknown: empty cells, never a guess
    assert [rows[1][k] for k in SOURCE_FIELDS] == [""] * len(SOURCE_FIELDS)
    assert [rows[2][k] for k in SOURCE_FIELDS] == [""] * len(SOURCE_FIELDS)
    assert [r["review"] for r in rows] == ["edited"] * 3


def test_render_sources_hover_and_table_name_outlet_title_and_publication_date():
    timeline = _timeline()
    fig = timeline_figure(with_sources([e.to_record() for e in timeline.events], timeline))
    column = HOVER_FIELDS.index("source")
    sources = {row[0]: row[column] for t in fig.data if t.customdata is not None for row in t.customdata}
    assert sources["a"] == "Gulf Wire, ‘Qatar announces a deal’ (published 15 Jan 2025)"
    assert sources["c"] == "gone"  # no document: its id, not an empty label
    assert all("customdata[%d]" % column in t.hovertemplate for t in fig.data if t.customdata is not None)
    page = render_html(timeline, plotlyjs="cdn")
    data = json.loads(page.split('<script type="application/json" id="timeline-data">', 1)[1].split("</script>", 1)[0])
    rows = {r["id"]: r for r in data["events"]}
    assert rows["a"]["doc"] == "Gulf Wire · 15 Jan 2025 · gulf.md"  # outlet, date, and the file to open
    assert rows["b"]["doc"] == "wire.txt"  # an article that names neither: its file
    assert "qatar announces a deal" in rows["a"]["search"]  # the filter finds the article's title


@pytest.mark.parametrize("lanes", ["actor", "type"])
def test_render_sources_events_on_one_day_in_one_lane_are_three_markers_not_one(lanes):
    """Three events of one actor on one day used to be drawn on one spot: one marker, one hover,
    two events hidden. They are spread across that day (never onto another day)."""
    timeline = _timeline()
    records = [e.to_record() for e in timeline.events]
    fig = timeline_figure(records, lanes=lanes)
    xs = [x for t in fig.data if t.meta and t.meta.get("role") == "events" for x in t.x]
    assert len(xs) == 3 and len(set(xs)) == 3
    assert all(x.startswith("2025-01-15 ") and "02:00" <= x[11:] <= "22:00" for x in xs)
    # the lane buttons restate x for the lanes they switch to: spread there too, bars untouched
    for button in fig.layout.updatemenus[0].buttons:
        restyled = button.args[0]["x"]
        spread = [x for t, xs in zip(fig.data, restyled) if t.meta and t.meta.get("role") == "events" for x in xs]
        assert len(set(spread)) == 3 and all(x.startswith("2025-01-15 ") for x in spread)


def test_render_sources_a_lone_event_stays_at_noon_and_bars_keep_their_length():
    timeline = _timeline()
    one = _event("d", "gulf", "2025-01-20").to_record()
    ranged = _event("e", "gulf").to_record() | {"date_start": "2025-01-13", "date_end": "2025-01-19", "precision": "week"}
    fig = timeline_figure([timeline.events[0].to_record(), one, ranged])
    markers = {row[0]: x for t in fig.data if t.meta and t.meta.get("role") == "events" and t.type == "scatter"
               for row, x in zip(t.customdata, t.x)}
    assert markers == {"a": "2025-01-15 12:00", "d": "2025-01-20 12:00"}
    bars = [t for t in fig.data if t.meta and t.meta.get("role") == "events" and t.type == "bar"]
    for button in fig.layout.updatemenus[0].buttons:
        for t, xs in zip(fig.data, button.args[0]["x"]):
            if t in bars:
                assert list(xs) == list(t.x)


def test_render_source_words_say_when_the_user_gave_the_date():
    from timeline.render.figure import source_words

    record = {"doc": "a", "doc_outlet": "Gulf Wire", "doc_published": "2025-01-15"}
    assert source_words({**record, "doc_dct_source": "front-matter"}).endswith("(published 15 Jan 2025)")
    assert source_words({**record, "doc_dct_source": "cli"}).endswith("(dated 15 Jan 2025 by the user with --dct)")
