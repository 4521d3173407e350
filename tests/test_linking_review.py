"""Linked reports in a review session: decisions stay keyed by event id; an analyst can split a
wrong link, and the split persists across sessions, re-extraction and every export; a rejected
event leaves its group."""

from __future__ import annotations

import csv
import io
import json

import pytest

from timeline.errors import ReviewError
from timeline.ingest import read_inputs
from timeline.review.export import export_csv, export_graph, export_json
from timeline.review.extract import extract_for_review
from timeline.review.server import ReviewServer
from timeline.review.service import SPLIT_EDIT, ReviewSession
from timeline.store import ReviewStore

NAMES = ("harbor-post-tuesday", "meridian-yesterday", "delta-wednesday")


def _ingest(fixtures, path, names=NAMES, **kwargs):
    folder = fixtures / "linking" / "reports"
    inputs = [str(folder / f"{n}.md") for n in names]
    documents, errors = read_inputs(inputs)
    assert not errors
    timeline, raw = extract_for_review(documents, title="reports", link=kwargs.get("link", True))
    store = ReviewStore(path)
    store.ingest(timeline, inputs=inputs, raw=raw, **kwargs)
    return store


def _meetings(session: ReviewSession) -> dict[str, object]:
    return {e.doc: e for e in session.state()["events"].values() if e.type == "CONSULT"}


def _csv(session: ReviewSession) -> dict[str, dict[str, str]]:
    buf = io.StringIO(newline="")
    export_csv(session, buf, bom=False)
    return {r["doc"]: r for r in csv.DictReader(io.StringIO(buf.getvalue())) if r["type"] == "CONSULT"}


def test_linking_review_session_links_reports_and_flags_their_disagreement(fixtures, tmp_path):
    session = ReviewSession(_ingest(fixtures, tmp_path / "s.db"))
    meetings = _meetings(session)
    assert {m.reports for m in meetings.values()} == {3}
    assert all(any(f.startswith("reports_disagree:") for f in m.flags) for m in meetings.values())
    assert any("Delta Gazette" in w for w in session.summary()["warnings"])


def test_linking_review_split_persists_across_sessions_and_into_csv(fixtures, tmp_path):
    path = tmp_path / "s.db"
    session = ReviewSession(_ingest(fixtures, path))
    delta = _meetings(session)["delta-wednesday"]
    view = session.split(delta.id, version=0, reviewer="ana")
    assert view["record"]["reports"] == 1 and view["record"]["linked_events"] == []
    assert view["decision"]["edits"][SPLIT_EDIT] == delta.report_group and view["review"] == "edited"

    reopened = ReviewSession(ReviewStore(path, create=False))  # a later session on the same file
    meetings = _meetings(reopened)
    assert meetings["delta-wednesday"].reports == 1
    assert meetings["harbor-post-tuesday"].reports == 2 == meetings["meridian-yesterday"].reports
    assert not any(f.startswith("reports_disagree:") for m in meetings.values() for f in m.flags)  # the two left agree
    rows = _csv(reopened)
    assert rows["delta-wednesday"]["reports"] == "1" and rows["delta-wednesday"]["linked_events"] == ""
    assert rows["delta-wednesday"]["review"] == "edited"
    assert rows["harbor-post-tuesday"]["linked_events"] == meetings["meridian-yesterday"].id
    data = export_json(reopened)
    assert {r["doc"]: r["reports"] for r in data["events"] if r["type"] == "CONSULT"} == {
        "harbor-post-tuesday": 2, "meridian-yesterday": 2, "delta-wednesday": 1}
    graph = export_graph(reopened)
    assert not any(k == "same_event" and delta.id in u for u, _, k in graph.edges(keys=True))


def test_linking_review_split_survives_reextraction_and_undo_links_again(fixtures, tmp_path):
    path = tmp_path / "s.db"
    session = ReviewSession(_ingest(fixtures, path))
    delta = _meetings(session)["delta-wednesday"]
    session.split(delta.id, version=0, reviewer="ana")
    _ingest(fixtures, path)  # the same articles extracted again
    session = ReviewSession(ReviewStore(path, create=False))
    assert _meetings(session)["delta-wednesday"].reports == 1
    with pytest.raises(ReviewError, match="already split"):
        session.split(delta.id, version=1, reviewer="ana")
    session.undo(reviewer="ana")
    assert _meetings(session)["delta-wednesday"].reports == 3


def test_linking_review_rejected_event_leaves_its_group(fixtures, tmp_path):
    session = ReviewSession(_ingest(fixtures, tmp_path / "s.db"))
    delta = _meetings(session)["delta-wednesday"]
    session.decide(delta.id, "reject", version=0, reviewer="ana")
    meetings = _meetings(session)
    assert meetings["harbor-post-tuesday"].reports == 2 and delta.id not in meetings["harbor-post-tuesday"].linked_events
    assert set(_csv(session)) == {"harbor-post-tuesday", "meridian-yesterday"}


def test_linking_review_cannot_split_an_event_told_once(fixtures, tmp_path):
    session = ReviewSession(_ingest(fixtures, tmp_path / "s.db", names=("harbor-post-tuesday",)))
    (alone,) = _meetings(session).values()
    with pytest.raises(ReviewError, match="not linked"):
        session.split(alone.id, version=0, reviewer="ana")


def test_linking_review_no_link_session_remembers_it(fixtures, tmp_path):
    path = tmp_path / "s.db"
    _ingest(fixtures, path, link=False)
    session = ReviewSession(ReviewStore(path, create=False))
    assert {m.reports for m in _meetings(session).values()} == {1}


def test_linking_review_split_over_the_api(fixtures, tmp_path):
    import urllib.request

    session = ReviewSession(_ingest(fixtures, tmp_path / "s.db"))
    delta = _meetings(session)["delta-wednesday"]
    server = ReviewServer(session, port=0, reviewer="ana").start()
    try:
        req = urllib.request.Request(f"{server.url.rstrip('/')}/api/events/{delta.id}/split",
                                     data=json.dumps({"version": 0}).encode(), method="POST")
        req.add_header("Content-Type", "application/json")
        req.add_header("X-CSRF-Token", server.token)
        with urllib.request.urlopen(req, timeout=10) as resp:
            view = json.loads(resp.read())
    finally:
        server.shutdown()
    assert view["record"]["reports"] == 1 and view["decision"]["reviewer"] == "ana"
