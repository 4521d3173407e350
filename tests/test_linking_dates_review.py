"""The date of an event told by several articles in a review session and its exports: the reports
dated by the most precise one ("per <article>"), each report's own date kept in the event view, the
CSV and the JSON; splitting a report off gives it its own date back."""

from __future__ import annotations

import csv
import io
import json

from timeline.ingest import read_inputs
from timeline.review.export import export_csv, export_json
from timeline.review.extract import extract_for_review
from timeline.review.service import ReviewSession
from timeline.store import ReviewStore

NAMES = ("tokyo-tuesday", "tokyo-last-week", "tokyo-undated")


def _session(fixtures, path) -> ReviewSession:
    folder = fixtures / "linking" / "pooled"
    inputs = [str(folder / f"{n}.md") for n in NAMES]
    documents, errors = read_inputs(inputs)
    assert not errors
    timeline, raw = extract_for_review(documents, title="pooled")
    store = ReviewStore(path)
    store.ingest(timeline, inputs=inputs, raw=raw)
    return ReviewSession(store)


def _meetings(session: ReviewSession) -> dict[str, object]:
    return {e.doc: e for e in session.state()["events"].values() if e.type == "CONSULT"}


def test_review_dates_every_report_by_the_one_that_gives_the_day(fixtures, tmp_path):
    session = _session(fixtures, tmp_path / "s.db")
    meetings = _meetings(session)
    assert {m.reports for m in meetings.values()} == {3}
    assert {(m.date_start.isoformat(), m.date_end.isoformat()) for m in meetings.values()} == {("2025-10-21", "2025-10-21")}
    week = meetings["tokyo-last-week"]
    assert week.date_derivation.startswith("per Harbor Post, 'Takaichi hosts Modi for talks'")
    view = session.event_view(week.id)
    assert view["record"]["report_date"]["date_text"] == "last week"
    assert view["record"]["report_date"]["date_start"] == "2025-10-20"
    undated = session.event_view(meetings["tokyo-undated"].id)
    assert undated["record"]["report_date"]["date_basis"] == "tense"
    assert not any(str(w).startswith("reports_disagree") for w in session.summary()["warnings"])


def test_review_exports_keep_each_reports_own_date(fixtures, tmp_path):
    session = _session(fixtures, tmp_path / "s.db")
    buf = io.StringIO(newline="")
    export_csv(session, buf, bom=False)
    rows = {r["doc"]: r for r in csv.DictReader(io.StringIO(buf.getvalue())) if r["type"] == "CONSULT"}
    assert rows["tokyo-last-week"]["date_start"] == "2025-10-21"
    assert json.loads(rows["tokyo-last-week"]["report_date"])["date_text"] == "last week"
    records = {r["doc"]: r for r in export_json(session)["events"] if r["type"] == "CONSULT"}
    assert records["tokyo-undated"]["date_start"] == "2025-10-21"
    assert records["tokyo-undated"]["report_date"]["date_start"] == "2024-10-24"


def test_review_split_gives_a_report_its_own_date_back(fixtures, tmp_path):
    session = _session(fixtures, tmp_path / "s.db")
    week = _meetings(session)["tokyo-last-week"]
    view = session.split(week.id, version=0, reviewer="ana")
    assert view["record"]["reports"] == 1
    assert (view["record"]["date_start"], view["record"]["date_end"]) == ("2025-10-20", "2025-10-26")
    assert view["record"]["report_date"] is None
    assert not view["record"]["date_derivation"].startswith("per ")


def test_review_of_a_linked_timeline_read_back_dates_each_report_from_its_own_date(fixtures, tmp_path):
    # a timeline saved after linking (no extractor's events kept): the reports carry the group's date,
    # and a split report still gets its own date back
    from timeline.store.codec import dump_timeline, load_timeline

    folder = fixtures / "linking" / "pooled"
    documents, _ = read_inputs([str(folder / f"{n}.md") for n in NAMES])
    timeline, _raw = extract_for_review(documents, title="pooled")
    store = ReviewStore(tmp_path / "s.db")
    store.ingest(load_timeline(dump_timeline(timeline)))
    session = ReviewSession(store)
    week = _meetings(session)["tokyo-last-week"]
    assert (week.date_start.isoformat(), week.report_date.date_text) == ("2025-10-21", "last week")
    assert week.date_derivation.count("per Harbor Post") == 1
    view = session.split(week.id, version=0, reviewer="ana")
    assert (view["record"]["date_start"], view["record"]["date_end"]) == ("2025-10-20", "2025-10-26")


def test_review_propagates_from_each_reports_own_date_as_the_build_does(fixtures, tmp_path):
    # an event dated from the report ("two days after the meeting") is dated from the report's own
    # date ("last week"), in review as in the build, also when the session holds linked events only
    from timeline.pipeline import build_timeline
    from timeline.store.codec import dump_timeline, load_timeline

    folder = fixtures / "linking" / "pooled"
    (tmp_path / "week.md").write_text(
        (folder / "tokyo-last-week.md").read_text("utf-8").rstrip()
        + " Two days after the meeting, India announced a rail agreement with Japan.\n", encoding="utf-8")
    documents, _ = read_inputs([str(folder / "tokyo-tuesday.md"), str(tmp_path / "week.md")])
    built = {e.id: e for e in build_timeline(documents).events}
    later = next(e for e in built.values() if e.date_basis == "constraint")
    assert (later.date_start.isoformat(), later.date_end.isoformat()) == ("2025-10-22", "2025-10-28")
    timeline, _raw = extract_for_review(documents, title="pooled")
    store = ReviewStore(tmp_path / "s.db")
    store.ingest(load_timeline(dump_timeline(timeline)))
    shown = ReviewSession(store).state()["events"][later.id]
    assert (shown.date_start, shown.date_end) == (later.date_start, later.date_end)
