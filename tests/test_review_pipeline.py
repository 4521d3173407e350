"""Sessions fed by the real pipeline: re-extracting the same article keeps every decision."""

from __future__ import annotations

import pytest

from timeline.ingest import read_inputs
from timeline.pipeline import build_timeline
from timeline.review.extract import extract_for_review
from timeline.review.service import ReviewSession
from timeline.store import ReviewStore


@pytest.fixture
def article(fixtures):
    return str(fixtures / "review" / "talks.md")


def _extract(path: str):
    documents, errors = read_inputs([path])
    assert not errors
    return extract_for_review(documents, title="talks", errors=errors)


def test_review_pipeline_reextraction_keeps_every_decision(tmp_path, article):
    first, raw = _extract(article)
    assert first.events, "the sample article has events"
    store = ReviewStore(tmp_path / "session.db")
    store.ingest(first, inputs=[article], raw=raw)
    decided = {}
    for i, event in enumerate(first.events):
        status = "accepted" if i % 2 == 0 else "rejected"
        store.decide(event.id, version=0, reviewer="ana", action="x", status=status)
        decided[event.id] = status

    again, raw_again = _extract(article)
    report = store.ingest(again, inputs=[article], raw=raw_again)

    assert (report.new_events, report.missing_events, report.kept_decisions) == (0, 0, len(decided))
    assert {eid: d.status for eid, d in store.decisions().items()} == decided


def test_review_pipeline_session_evidence_points_into_the_stored_text(tmp_path, article):
    store = ReviewStore(tmp_path / "session.db")
    timeline, raw = _extract(article)
    store.ingest(timeline, inputs=[article], raw=raw)
    for view in ReviewSession(store).event_views():
        ev, record = view["evidence"], view["record"]
        start, end = ev["trigger"]
        assert ev["sentence"][start:end] == record["trigger"]
        if ev["date"]:
            assert ev["sentence"][ev["date"][0]:ev["date"][1]] == record["date_text"]


def test_review_pipeline_unreviewed_session_shows_the_dates_timeline_build_gives(tmp_path, article):
    documents, errors = read_inputs([article])
    built = build_timeline(documents, title="talks", errors=errors)
    timeline, raw = extract_for_review(documents, title="talks", errors=errors)
    store = ReviewStore(tmp_path / "session.db")
    store.ingest(timeline, inputs=[article], raw=raw)
    shown = {v["id"]: (v["record"]["date_start"], v["record"]["date_end"]) for v in ReviewSession(store).event_views()}
    expected = {e.id: (e.to_record()["date_start"], e.to_record()["date_end"]) for e in built.events}
    assert shown == expected
