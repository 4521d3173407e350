"""Decisions follow their event when its article is edited: a line added above an event changes
its id (the trigger's offset is part of it), and the analyst's decision, corrections, notes,
reviewer, merges and splits must move to the event the new extraction gives, once, without
guessing; what cannot be matched stays on the old event and is reported."""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import ReviewError
from timeline.ingest import read_inputs
from timeline.review.export import export_csv, export_json
from timeline.review.extract import extract_for_review
from timeline.review.service import SPLIT_EDIT, ReviewSession
from timeline.store import ReviewStore
from timeline.store.carry import CarryCandidate, plan_carry
from timeline.store.codec import load_timeline

ADDED = "UPDATE: this story has been updated with the ministers' names. Correction: an earlier version misstated the city.\n\n"


def _edited(text: str, added: str = ADDED) -> str:
    """The article with ``added`` as its first paragraph (after the front matter)."""
    head, sep, body = text.partition("---\n\n")
    assert sep, "the sample article has front matter"
    return head + sep + added + body


def _ingest(store: ReviewStore, paths: list[Path]):
    documents, errors = read_inputs([str(p) for p in paths])
    assert not errors
    timeline, raw = extract_for_review(documents, title="talks", errors=errors)
    return store.ingest(timeline, inputs=[str(p) for p in paths], raw=raw)


def _by_trigger(session: ReviewSession, doc: str = "talks") -> dict[str, str]:
    return {e.trigger: e.id for e in session.state()["events"].values() if e.doc == doc}


def _csv_rows(session: ReviewSession, **kwargs) -> list[dict[str, str]]:
    buf = io.StringIO(newline="")
    export_csv(session, buf, bom=False, **kwargs)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


@pytest.fixture
def article(tmp_path, fixtures) -> Path:
    path = tmp_path / "talks.md"
    shutil.copy(fixtures / "review" / "talks.md", path)
    return path


@pytest.fixture
def decided(tmp_path, article):
    """A session where ana accepted the meeting, rejected the phone call, corrected the call on
    Azerbaijan (dates, summary, actors) with a note, and merged the agreement into the meeting."""
    store = ReviewStore(tmp_path / "s.db")
    _ingest(store, [article])
    session = ReviewSession(store)
    ids = _by_trigger(session)
    session.decide(ids["met"], "accept", version=0, reviewer="ana")
    session.decide(ids["spoke by phone"], "reject", version=0, reviewer="ana")
    session.edit(ids["called on"], {"date_start": "2025-03-11", "date_end": "2025-03-11", "precision": "day",
                                    "summary": "Armenia urges Azerbaijan to sign", "actors": ["Armenia", "Azerbaijan", "France"]},
                 version=0, reviewer="ana")
    session.add_note(ids["called on"], "Checked against the readout", reviewer="ana")
    session.merge(ids["met"], ids["agreed"], kept_version=1, duplicate_version=0, reviewer="ana")
    return store, ids


def test_review_carry_decisions_follow_events_after_a_line_is_added_above(decided, article):
    store, old = decided
    article.write_text(_edited(article.read_text("utf-8")), "utf-8")
    report = _ingest(store, [article])
    session = ReviewSession(store)
    new = _by_trigger(session)

    assert set(old) == set(new) and not set(old.values()) & set(new.values()), "the edit changed every id"
    assert (report.new_events, report.missing_events, report.kept_decisions) == (0, 0, 0)
    assert (report.carried_decisions, report.moved_events, report.not_carried) == (4, 7, ())
    decisions = store.decisions()
    assert decisions[new["met"]].status == "accepted" and decisions[new["met"]].reviewer == "ana"
    assert decisions[new["spoke by phone"]].status == "rejected"
    corrected = decisions[new["called on"]]
    assert corrected.status == "accepted" and corrected.reviewer == "ana"
    assert corrected.edits["summary"] == "Armenia urges Azerbaijan to sign"
    assert corrected.edits["actors"] == ["Armenia", "Azerbaijan", "France"]
    assert (corrected.edits["date_start"], corrected.edits["date_end"]) == ("2025-03-11", "2025-03-11")
    assert [n["text"] for n in store.notes(new["called on"])] == ["Checked against the readout"]
    assert store.notes(old["called on"]) == []
    merged = decisions[new["agreed"]]
    assert (merged.status, merged.merged_into) == ("merged", new["met"])
    assert {(m["kept"], m["merged"]) for m in store.merges()} == {(new["met"], new["agreed"])}
    # the old events are emptied, not deleted, and say where their decision went
    for trigger, eid in old.items():
        assert decisions[eid].status == "unreviewed" and not decisions[eid].edits
        assert store.event(eid).carried_to == new[trigger]
    history = store.audit(event_id=new["called on"])
    assert [h["action"] for h in history][:2] == ["carry", "note"] and "edit" in [h["action"] for h in history]
    assert history[0]["detail"]["from"] == old["called on"]

    rows = _csv_rows(session)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and not set(ids) & set(old.values())
    assert new["spoke by phone"] not in ids and new["agreed"] not in ids  # rejected, merged away
    by_id = {r["id"]: r for r in rows}
    assert by_id[new["met"]]["review"] == "reviewed" and by_id[new["met"]]["reviewer"] == "ana"
    fixed = by_id[new["called on"]]
    assert (fixed["summary"], fixed["date_start"], fixed["review"]) == ("Armenia urges Azerbaijan to sign", "2025-03-11", "edited")
    assert fixed["review_notes"] == "ana: Checked against the readout"
    everything = [r["id"] for r in _csv_rows(session, include_rejected=True)]
    assert everything.count(new["spoke by phone"]) == 1 and not set(everything) & set(old.values())
    data = export_json(session)
    json_ids = [e["id"] for e in data["events"]]
    assert sorted(json_ids) == sorted(ids)
    assert session.summary()["progress"] == {"reviewed": 3, "total": 6}


def test_review_carry_back_when_the_edit_is_undone(decided, article):
    store, old = decided
    original = article.read_text("utf-8")
    article.write_text(_edited(original), "utf-8")
    _ingest(store, [article])
    article.write_text(original, "utf-8")
    report = _ingest(store, [article])
    assert report.carried_decisions == 4 and report.new_events == 0 and report.missing_events == 0
    decisions = store.decisions()
    assert decisions[old["met"]].status == "accepted" and decisions[old["spoke by phone"]].status == "rejected"
    assert decisions[old["called on"]].edits["summary"] == "Armenia urges Azerbaijan to sign"
    assert {s.event.id for s in store.events() if s.carried_to is None} == set(old.values())
    assert [r["id"] for r in _csv_rows(ReviewSession(store))].count(old["met"]) == 1


def test_review_carry_follows_a_small_edit_of_the_sentence(decided, article):
    store, old = decided
    text = article.read_text("utf-8").replace("met in Washington on Monday", "met in Washington, D.C., on Monday")
    article.write_text(_edited(text), "utf-8")
    report = _ingest(store, [article])
    new = _by_trigger(ReviewSession(store))
    assert report.not_carried == ()
    assert store.decision(new["met"]).status == "accepted"
    assert store.event(old["met"]).carried_to == new["met"]
    assert "edited sentence" in store.audit(event_id=new["met"])[0]["detail"]["match"]


def test_review_carry_an_event_truly_gone_keeps_its_decision_and_is_reported(decided, article):
    store, old = decided
    session = ReviewSession(store)
    said = old["said"]
    session.decide(said, "accept", version=0, reviewer="ana")
    text = article.read_text("utf-8")
    gone = "Azerbaijan's president said on Wednesday that a peace treaty could be signed by the end of the year.\n"
    assert gone in text
    article.write_text(_edited(text.replace(gone, "")), "utf-8")
    report = _ingest(store, [article])
    assert report.missing_events == 1 and report.carried_decisions == 4 and report.not_carried == ()
    kept = store.event(said)
    assert kept.missing_since == report.run and kept.carried_to is None
    assert store.decision(said).status == "accepted"
    rows = {r["id"]: r for r in _csv_rows(ReviewSession(store))}
    assert rows[said]["review"] == "reviewed"  # confirmed by an analyst: kept, marked


def test_review_carry_never_guesses_between_two_alike_events(tmp_path, fixtures):
    """The accepted sentence is now told twice: which copy the analyst meant cannot be known."""
    timeline = load_timeline(json.loads((fixtures / "review" / "ministers.json").read_text("utf-8")))
    store = ReviewStore(tmp_path / "s.db")
    store.ingest(timeline, inputs=["ministers.md"])
    met = timeline.events[0]
    store.decide(met.id, version=0, reviewer="ana", action="accept", status="accepted")
    store.add_note(met.id, "Seen in the readout", reviewer="ana")
    copies = tuple(replace(met, id=f"ev-copy-{i}", start=met.start + 500 * i, end=met.end + 500 * i) for i in (1, 2))
    report = store.ingest(replace(timeline, events=copies + timeline.events[1:]), inputs=["ministers.md"])

    assert report.carried_decisions == 0 and report.moved_events == 0
    ((eid, why),) = report.not_carried
    assert eid == met.id and "ev-copy-1" in why and "ev-copy-2" in why
    assert store.decision(met.id).status == "accepted"
    assert [n["text"] for n in store.notes(met.id)] == ["Seen in the readout"]
    assert {store.decision(c.id).status for c in copies} == {"unreviewed"}
    assert store.event(met.id).carried_to is None and store.event(met.id).missing_since == report.run
    session = ReviewSession(store)
    assert any(met.id in w and "stays on it" in w for w in session.summary()["warnings"])
    ids = [r["id"] for r in _csv_rows(session)]
    assert ids.count(met.id) == 1  # confirmed, no longer extracted: kept for the analyst to resolve


def test_review_carry_never_crosses_documents(tmp_path, fixtures):
    timeline = load_timeline(json.loads((fixtures / "review" / "ministers.json").read_text("utf-8")))
    store = ReviewStore(tmp_path / "s.db")
    store.ingest(timeline, inputs=["ministers.md"])
    met = timeline.events[0]
    store.decide(met.id, version=0, reviewer="ana", action="reject", status="rejected")
    doc = timeline.documents[0]
    other = replace(doc, id="other", path="other.md")
    copy = replace(met, id="ev-other", doc="other")
    report = store.ingest(
        replace(timeline, documents=(doc, other), events=(copy, *timeline.events[1:])),
        inputs=["ministers.md", "other.md"],
    )
    assert report.carried_decisions == 0 and report.missing_events == 1
    assert store.decision(met.id).status == "rejected" and store.decision("ev-other").status == "unreviewed"


def test_review_carry_keeps_a_split_from_a_report_group(tmp_path, fixtures):
    folder = fixtures / "linking" / "reports"
    names = ("harbor-post-tuesday", "meridian-yesterday", "delta-wednesday")
    paths = []
    for name in names:
        shutil.copy(folder / f"{name}.md", tmp_path / f"{name}.md")
        paths.append(tmp_path / f"{name}.md")
    store = ReviewStore(tmp_path / "s.db")
    _ingest(store, paths)
    session = ReviewSession(store)
    delta = next(e for e in session.state()["events"].values() if e.type == "CONSULT" and e.doc == "delta-wednesday")
    assert delta.reports == 3
    session.split(delta.id, version=0, reviewer="ana")
    edited = paths[2]
    edited.write_text(_edited(edited.read_text("utf-8"), "UPDATE: adds the foreign ministry's statement.\n\n"), "utf-8")
    report = _ingest(store, paths)
    session = ReviewSession(store)
    now = next(e for e in session.state()["events"].values() if e.type == "CONSULT" and e.doc == "delta-wednesday")
    assert now.id != delta.id and report.carried_decisions == 1
    assert store.decision(now.id).edits[SPLIT_EDIT] == delta.report_group
    assert now.reports == 1
    others = [e for e in session.state()["events"].values() if e.type == "CONSULT" and e.doc != "delta-wednesday"]
    assert {e.reports for e in others} == {2}


def test_review_carry_cli_says_how_many_decisions_were_carried(decided, article, tmp_path):
    store, old = decided
    article.write_text(_edited(article.read_text("utf-8")), "utf-8")
    report = _ingest(store, [article])
    from timeline.cli.review import _moved_note

    assert _moved_note(report) == " (7 event(s) re-identified after an edit)"
    result = CliRunner().invoke(app, ["export", "--db", str(store.path), "--format", "csv"])
    assert result.exit_code == 0
    ids = [r["id"] for r in csv.DictReader(io.StringIO(result.stdout))]
    assert len(ids) == len(set(ids)) == 5 and not set(ids) & set(old.values())


def _cand(cid: str, sentence: str, start: int, trigger: str = "met") -> CarryCandidate:
    return CarryCandidate(cid, "d", "CONSULT", trigger, sentence, start)


def test_review_carry_plan_pairs_repeated_sentences_in_order_and_ties_otherwise():
    s = "The ministers met in Geneva."
    plan = plan_carry([_cand("o1", s, 10), _cand("o2", s, 90)], [_cand("n1", s, 40), _cand("n2", s, 120)])
    assert [(o, n) for o, n, _ in plan.pairs] == [("o1", "n1"), ("o2", "n2")] and not plan.ties
    plan = plan_carry([_cand("o1", s, 10), _cand("o2", s, 90)], [_cand("n1", s, 40)])
    assert not plan.pairs and plan.ties == {"o1": ("n1",), "o2": ("n1",)}


def test_review_carry_plan_similar_sentences_must_be_a_clear_best():
    old = _cand("o", "The ministers met in Geneva on Monday.", 0)
    clear = plan_carry([old], [_cand("n", "The ministers met in Geneva, Switzerland, on Monday.", 30)])
    assert [(o, n) for o, n, _ in clear.pairs] == [("o", "n")]
    alike = plan_carry([old], [_cand("a", "The ministers met in Geneva on Tuesday.", 30),
                               _cand("b", "The ministers met in Geneva on Sunday.", 90)])
    assert not alike.pairs and set(alike.ties["o"]) == {"a", "b"}
    other_trigger = plan_carry([old], [_cand("n", "The ministers met in Geneva on Monday.", 30, trigger="talks")])
    assert not other_trigger.pairs and not other_trigger.ties
    far = plan_carry([old], [_cand("n", "Later the envoys met again, far from the lake, to sign nothing.", 30)])
    assert not far.pairs and not far.ties


def test_review_carry_undo_works_on_the_new_event_and_the_old_id_is_refused(decided, article):
    store, old = decided
    article.write_text(_edited(article.read_text("utf-8")), "utf-8")
    _ingest(store, [article])
    new = _by_trigger(ReviewSession(store))
    with pytest.raises(ReviewError, match=new["met"]):
        store.decide(old["met"], version=store.decision(old["met"]).version, reviewer="ben", action="reject", status="rejected")
    with pytest.raises(ReviewError):
        store.add_note(old["met"], "late note", reviewer="ben")
    done = store.undo(reviewer="ana")  # ana's last decision: the merge, now of the new events
    assert (done["event_id"], done["undid"]) == (new["agreed"], "merge")
    assert store.decision(new["agreed"]).status == "unreviewed" and store.merges() == []
    done = store.undo(reviewer="ana")
    assert (done["event_id"], done["undid"]) == (new["called on"], "edit")
    assert store.decision(new["called on"]).edits == {}
    carry = next(a for a in store.audit(event_id=new["met"]) if a["action"] == "carry")
    with pytest.raises(ReviewError):
        store.undo(reviewer="ana", audit_id=carry["id"])


def test_review_carry_cli_summary_line(tmp_path, fixtures):
    """``timeline review`` on the edited article says how many decisions followed their events."""
    import subprocess
    import sys

    article = tmp_path / "talks.md"
    shutil.copy(fixtures / "review" / "talks.md", article)
    db = tmp_path / "s.db"
    store = ReviewStore(db)
    _ingest(store, [article])
    session = ReviewSession(store)
    ids = _by_trigger(session)
    session.decide(ids["met"], "accept", version=0, reviewer="ana")
    session.decide(ids["spoke by phone"], "reject", version=0, reviewer="ana")
    article.write_text(_edited(article.read_text("utf-8")), "utf-8")

    code = "import sys; from timeline.cli import main; sys.argv = ['timeline'] + sys.argv[1:]; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "review", str(article), "--db", str(db), "--port", "0", "--no-browser", "--reviewer", "ana"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout.readline().startswith("http://127.0.0.1:")
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert (
        "0 new, 0 with decisions kept, 2 decision(s) carried to edited events "
        "(7 event(s) re-identified after an edit), 0 no longer extracted" in err
    ), err
    assert "Reviewing 7 event(s), 2 reviewed" in err
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "csv", "--include-rejected"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["review"] for r in rows) == ["rejected", "reviewed"] + ["unreviewed"] * 5
    assert len({r["id"] for r in rows}) == 7


def _ministers(fixtures):
    return load_timeline(json.loads((fixtures / "review" / "ministers.json").read_text("utf-8")))


def test_review_carry_an_event_seen_all_along_is_no_candidate(tmp_path, fixtures):
    """One sentence told twice; a line added between the two: the first keeps its id, the second
    (accepted) gets a new one. The first, extracted all along, is not what the second became."""
    timeline = _ministers(fixtures)
    met = timeline.events[0]
    second = replace(met, id="ev-second", start=met.start + 400, end=met.end + 400)
    store = ReviewStore(tmp_path / "s.db")
    store.ingest(replace(timeline, events=(met, second, *timeline.events[1:])), inputs=["ministers.md"])
    store.decide("ev-second", version=0, reviewer="ana", action="accept", status="accepted")
    moved = replace(second, id="ev-second-moved", start=second.start + 30, end=second.end + 30)
    report = store.ingest(replace(timeline, events=(met, moved, *timeline.events[1:])), inputs=["ministers.md"])
    assert (report.carried_decisions, report.not_carried, report.missing_events, report.new_events) == (1, (), 0, 0)
    assert store.decision("ev-second-moved").status == "accepted" and store.decision(met.id).status == "unreviewed"


def test_review_carry_repairs_a_session_refreshed_before_decisions_were_carried(tmp_path, fixtures, monkeypatch):
    """A session whose re-extraction ran without carrying (the decision left on the vanished event,
    the same event unreviewed under its new id) is repaired by the next refresh."""
    timeline = _ministers(fixtures)
    met = timeline.events[0]
    store = ReviewStore(tmp_path / "s.db")
    store.ingest(timeline, inputs=["ministers.md"])
    store.decide(met.id, version=0, reviewer="ana", action="reject", status="rejected")
    moved = replace(met, id="ev-moved", start=met.start + 30, end=met.end + 30)
    edited = replace(timeline, events=(moved, *timeline.events[1:]))
    with monkeypatch.context() as m:
        m.setattr(ReviewStore, "_carry_to_edited", lambda self, *a, **k: {"new": 0, "missing": 0, "decisions": 0, "moved": 0, "not_carried": []})
        store.ingest(edited, inputs=["ministers.md"])
    assert store.decision(met.id).status == "rejected" and store.decision("ev-moved").status == "unreviewed"
    report = store.ingest(edited, inputs=["ministers.md"])
    assert report.carried_decisions == 1
    assert store.decision("ev-moved").status == "rejected" and store.event(met.id).carried_to == "ev-moved"
    rows = _csv_rows(ReviewSession(store), include_rejected=True)
    assert [r["review"] for r in rows if r["type"] == met.type and r["trigger"] == met.trigger] == ["rejected"]


def test_review_carry_plan_needs_the_new_event_to_appear_once_the_old_vanished():
    s = "The ministers met in Geneva."
    old = replace(_cand("o", s, 50), since=3)
    assert not plan_carry([old], [replace(_cand("n", s, 10), since=1)]).pairs
    plan = plan_carry([old], [replace(_cand("n", s, 10), since=1), replace(_cand("m", s, 80), since=3)])
    assert [(o, n) for o, n, _ in plan.pairs] == [("o", "m")] and not plan.ties


def test_review_carry_an_accepted_event_keeps_what_was_confirmed_when_extraction_now_differs(tmp_path, fixtures):
    from datetime import date

    timeline = _ministers(fixtures)
    met = timeline.events[0]
    store = ReviewStore(tmp_path / "s.db")
    store.ingest(timeline, inputs=["ministers.md"])
    store.decide(met.id, version=0, reviewer="ana", action="accept", status="accepted")
    moved = replace(met, id="ev-moved", start=met.start + 30, end=met.end + 30,
                    date_start=date(2025, 1, 1), date_end=date(2025, 1, 31), precision="month")
    report = store.ingest(replace(timeline, events=(moved, *timeline.events[1:])), inputs=["ministers.md"])
    assert report.carried_decisions == 1
    pinned = store.decision("ev-moved")
    assert pinned.status == "accepted" and pinned.reviewer == "ana"
    assert (pinned.edits["date_start"], pinned.edits["date_end"]) == (met.date_start.isoformat(), met.date_end.isoformat())
    assert [a["action"] for a in store.audit(event_id="ev-moved")][:2] == ["pin", "carry"]
