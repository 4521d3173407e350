"""The review session store: schema, re-extraction, versions, audit, undo, merges, notes."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import ConflictError, ReviewError
from timeline.model import Event
from timeline.store import SCHEMA_VERSION, ReviewStore
from timeline.store.codec import dump_event, load_event, load_timeline

MET, SUMMONED, RESUME = "ev-e78324171b68", "ev-81e2e4ad261a", "ev-624b7c1b28b5"


@pytest.fixture
def timeline(fixtures):
    return load_timeline(json.loads((fixtures / "review" / "ministers.json").read_text("utf-8")))


@pytest.fixture
def store(tmp_path, timeline):
    s = ReviewStore(tmp_path / "session.db")
    s.ingest(timeline, inputs=["ministers.md"])
    return s


def test_store_schema_uses_wal_foreign_keys_and_a_version(store):
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "runs", "events", "decisions", "audit", "notes", "merges", "constraints"} <= tables
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO notes (event_id, reviewer, at, text) VALUES ('no-such-event', 'x', 'now', 'hi')")


def test_store_keeps_document_text_for_evidence(store, timeline):
    (doc,) = store.documents()
    assert doc.text == timeline.documents[0].text
    assert doc.dct == date(2025, 3, 12)


def test_store_new_events_arrive_unreviewed(store):
    assert {d.status for d in store.decisions().values()} == {"unreviewed"}
    assert {s.event.id for s in store.events()} == {MET, SUMMONED, RESUME}


def test_store_reextraction_keeps_decisions_adds_new_and_marks_vanished(store, timeline):
    store.decide(MET, version=0, reviewer="ana", action="accept", status="accepted")
    store.decide(SUMMONED, version=0, reviewer="ana", action="reject", status="rejected")
    # the extractor now misses the planned talks and finds a new event
    new = replace(timeline.events[0], id="ev-new", trigger="remarks", start=timeline.events[0].start + 40)
    again = replace(timeline, events=(timeline.events[0], timeline.events[1], new))
    report = store.ingest(again, inputs=["ministers.md"])
    decisions = store.decisions()
    assert decisions[MET].status == "accepted"
    assert decisions[SUMMONED].status == "rejected"
    assert decisions["ev-new"].status == "unreviewed"
    events = {s.event.id: s for s in store.events()}
    assert events[RESUME].missing_since == report.run
    assert events[MET].missing_since is None
    assert (report.new_events, report.missing_events, report.kept_decisions) == (1, 1, 2)
    # it comes back in a third run: no longer marked
    store.ingest(timeline, inputs=["ministers.md"])
    assert {s.event.id: s for s in store.events()}[RESUME].missing_since is None


def test_store_reextraction_of_other_documents_marks_nothing(store, timeline):
    other = replace(timeline, documents=(replace(timeline.documents[0], id="doc-other", path="other.md"),), events=(), constraints=())
    report = store.ingest(other, inputs=["other.md"])
    assert report.missing_events == 0
    assert all(s.missing_since is None for s in store.events())


@pytest.mark.parametrize("stale", [0, 5, -1])
def test_store_stale_version_raises_conflict_with_current_state(store, stale):
    store.decide(MET, version=0, reviewer="ana", action="accept", status="accepted")
    with pytest.raises(ConflictError) as info:
        store.decide(MET, version=stale, reviewer="ben", action="reject", status="rejected")
    assert info.value.current.status == "accepted"
    assert info.value.current.reviewer == "ana"
    assert store.decision(MET).status == "accepted"


def test_store_audit_records_reviewer_time_before_and_after(store):
    store.decide(MET, version=0, reviewer="ana", action="edit", status="accepted", edits={"location": "Paris, France"})
    (entry,) = store.audit()
    assert entry["reviewer"] == "ana" and entry["action"] == "edit" and entry["at"]
    assert entry["before"] == {"status": "unreviewed", "edits": {}, "merged_into": None, "version": 0}
    assert entry["after"] == {"status": "accepted", "edits": {"location": "Paris, France"}, "merged_into": None, "version": 1}


def test_store_undo_restores_the_state_before(store):
    store.decide(MET, version=0, reviewer="ana", action="accept", status="accepted")
    store.decide(MET, version=1, reviewer="ana", action="reject", status="rejected")
    store.undo(reviewer="ana")
    assert store.decision(MET).status == "accepted"
    store.undo(reviewer="ana")
    assert store.decision(MET).status == "unreviewed"
    with pytest.raises(ReviewError):
        store.undo(reviewer="ana")


def test_store_undo_refuses_when_someone_changed_the_event_since(store):
    store.decide(MET, version=0, reviewer="ana", action="accept", status="accepted")
    store.decide(MET, version=1, reviewer="ben", action="reject", status="rejected")
    with pytest.raises(ConflictError):
        store.undo(reviewer="ana")
    assert store.decision(MET).status == "rejected"


def test_store_merge_keeps_both_events_and_undo_unmerges(store):
    store.merge(MET, RESUME, kept_version=0, duplicate_version=0, reviewer="ana")
    assert store.decision(RESUME).status == "merged"
    assert store.decision(RESUME).merged_into == MET
    assert [(m["kept"], m["merged"]) for m in store.merges()] == [(MET, RESUME)]
    assert {s.event.id for s in store.events()} == {MET, SUMMONED, RESUME}
    store.undo(reviewer="ana")
    assert store.decision(RESUME).status == "unreviewed"
    assert store.merges() == []


def test_store_merge_into_itself_is_refused(store):
    with pytest.raises(ReviewError, match="itself"):
        store.merge(MET, MET, kept_version=0, duplicate_version=0, reviewer="ana")


def test_store_notes_are_kept_and_audited(store):
    store.add_note(MET, "  Checked against the ministry's statement. ", reviewer="ana")
    assert [n["text"] for n in store.notes(MET)] == ["Checked against the ministry's statement."]
    assert store.audit()[0]["action"] == "note"
    with pytest.raises(ReviewError, match="empty"):
        store.add_note(MET, "   ", reviewer="ana")


def test_store_unknown_event_is_a_review_error(store):
    with pytest.raises(ReviewError, match="no event"):
        store.decide("ev-missing", version=0, reviewer="ana", action="accept", status="accepted")


def test_store_opening_a_file_that_is_not_a_session_fails_cleanly(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite at all, just some text" * 50)
    with pytest.raises(ReviewError, match="not a review session"):
        ReviewStore(bad)


def test_store_reopening_a_missing_session_fails_cleanly(tmp_path):
    with pytest.raises(ReviewError, match="no review session"):
        ReviewStore(tmp_path / "absent.db", create=False)


def test_store_failed_write_leaves_nothing_half_done(store):
    with pytest.raises(ReviewError):
        store.decide(MET, version=0, reviewer="ana", action="x", status="bogus")
    assert store.audit() == []
    assert store.decision(MET).version == 0


_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=40, deadline=None)
@given(
    summary=_text,
    actors=st.lists(_text, max_size=4).map(tuple),
    start=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    span=st.integers(min_value=0, max_value=400),
    confidence=st.floats(min_value=0, max_value=1),
)
def test_store_events_round_trip_through_json(summary, actors, start, span, confidence):
    from datetime import timedelta

    event = Event(
        id="ev-x", doc="d", type="CONSULT", trigger="met", start=3, end=6, sentence="We met.", sentence_start=0,
        sentence_end=7, summary=summary, actors=actors, date_start=start, date_end=start + timedelta(days=span),
        confidence=confidence, flags=("a", "b"),
    )
    assert load_event(json.loads(json.dumps(dump_event(event)))) == event


def test_store_reextraction_keeps_what_an_analyst_confirmed_when_extraction_changes(store, timeline):
    store.decide(MET, version=0, reviewer="ana", action="accept", status="accepted")
    moved = tuple(
        e.with_(date_start=date(2025, 3, 11), date_end=date(2025, 3, 11), location="Versailles") if e.id == MET else e
        for e in timeline.events
    )
    store.ingest(replace(timeline, events=moved))
    d = store.decision(MET)
    assert d.status == "accepted"
    assert (d.edits["date_start"], d.edits["location"]) == ("2025-03-10", "Paris")
    pin = store.audit()[0]
    assert pin["action"] == "pin" and pin["detail"]["now_extracted"]["date_start"] == "2025-03-11"
    # an unreviewed event simply takes the new extraction
    assert store.decision(RESUME).edits == {}


def test_store_reextraction_pins_nothing_for_unreviewed_or_unchanged_events(store, timeline):
    store.decide(MET, version=0, reviewer="ana", action="accept", status="accepted")
    store.ingest(timeline)
    assert store.decision(MET).edits == {} and store.decision(MET).version == 1


def test_store_upgrades_a_schema_1_session_in_place(store):
    conn = sqlite3.connect(store.path)
    conn.execute("ALTER TABLE events DROP COLUMN raw")
    conn.execute("DELETE FROM schema_version")
    conn.execute("INSERT INTO schema_version VALUES (1, 'then')")
    conn.commit()
    conn.close()
    reopened = ReviewStore(store.path, create=False)
    assert {s.event.id for s in reopened.events()} == {MET, SUMMONED, RESUME}
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_store_refuses_a_session_from_a_newer_timeline(store):
    conn = sqlite3.connect(store.path)
    conn.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(ReviewError, match="newer timeline"):
        ReviewStore(store.path, create=False)
