"""The events JSON: one documented shape."""

from __future__ import annotations

import json

from test_render_sample import sample_timeline
from timeline.model import EVENT_FIELDS
from timeline.render import events_json


def test_render_json_has_the_documented_top_level_keys():
    data = events_json(sample_timeline())
    assert list(data) == ["title", "generated_by", "documents", "events", "actors", "warnings", "errors"]
    assert data["generated_by"].startswith("timeline ")


def test_render_json_documents_say_where_their_date_came_from():
    doc = events_json(sample_timeline())["documents"][0]
    assert set(doc) == {"id", "path", "url", "title", "outlet", "dct", "dct_source", "removed"}
    assert doc["dct"] == "2023-07-18"
    assert doc["dct_source"] == "front-matter"


def test_render_json_events_are_event_records_in_timeline_order():
    timeline = sample_timeline()
    data = events_json(timeline)
    assert [e["id"] for e in data["events"]] == [e.id for e in timeline.events]
    for record in data["events"]:
        assert list(record) == list(EVENT_FIELDS)


def test_render_json_is_serializable_and_keeps_errors_and_warnings():
    timeline = sample_timeline()
    data = json.loads(json.dumps(events_json(timeline)))
    assert data["errors"] == [{"source": "data/broken.txt", "message": timeline.errors[0].message}]
    assert data["warnings"] == list(timeline.warnings)
    assert {a["name"] for a in data["actors"]} >= {"Russia", "Ukraine", "United Nations"}
    assert set(data["actors"][0]) == {"id", "name", "kind", "country", "role", "source"}
