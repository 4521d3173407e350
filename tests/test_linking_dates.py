"""The date of one event told by several articles (``timeline.linking``): the most precise date that
every report allows, naming the report that gave it ("per <article>: ..."); each report's own date
kept as evidence; disjoint dates flagged, never reconciled; a report dated from tense alone joins a
dated group only when exactly one fits it."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from timeline.linking import LINK_FLAG, link_reports, unlink_reports
from timeline.model import Document, Event, Timeline
from timeline.render import events_json, write_events_csv
from timeline.render.dates import basis_note
from timeline.render.figure import reports_words, with_reports
from timeline.render.page import render_html
from timeline.store.codec import dump_event, load_event

HOSTILE = "<img src=x onerror=alert(1)>"


def _event(eid: str, doc: str, day: str, end: str | None = None, *, basis: str = "expression", precision: str = "day",
           text: str | None = "Tuesday", derivation: str = "", source: str = "Japan", target: str = "India") -> Event:
    d0, d1 = date.fromisoformat(day), date.fromisoformat(end or day)
    return Event(id=eid, doc=doc, type="CONSULT", trigger="met", start=0, end=3, sentence=f"{source} and {target} met.",
                 sentence_start=0, sentence_end=20, summary=f"{source} and {target} meet", actors=(source, target),
                 source_actor=source, target_actor=target, date_start=d0, date_end=d1, precision=precision,
                 date_text=text, date_start_offset=5 if text else None, date_end_offset=12 if text else None,
                 date_derivation=derivation or f"'{text}' in its clause", date_basis=basis)


def _docs(*ids: str, outlet: str | None = None) -> tuple[Document, ...]:
    return tuple(Document(id=d, text="", dct=date(2025, 10, 22 + i), title=f"Story {d}", outlet=outlet or f"Outlet {d.upper()}")
                 for i, d in enumerate(ids))


def _tense(eid: str, doc: str, published: str) -> Event:
    p = date.fromisoformat(published)
    return _event(eid, doc, p.replace(year=p.year - 1).isoformat(), published, basis="tense", precision="unknown",
                  text=None, derivation="past tense: within the year before the publication date")


def test_a_week_report_takes_the_day_of_the_report_that_gives_it():
    week = _event("w", "x", "2025-10-20", "2025-10-26", precision="week", text="last week", derivation="'last week' -> 2025-W43")
    day = _event("d", "y", "2025-10-21", text="Tuesday, October 21", derivation="'Tuesday, October 21' -> 2025-10-21")
    (w, d), warnings = link_reports([week, day], _docs("x", "y"))
    assert w.report_group == d.report_group and not warnings
    assert (w.date_start, w.date_end, w.precision) == (date(2025, 10, 21), date(2025, 10, 21), "day")
    assert w.date_derivation.startswith("per Outlet Y, 'Story y' (published 2025-10-23): 'Tuesday, October 21' -> 2025-10-21")
    assert "this report alone: 2025-10-20..2025-10-26 ('last week')" in w.date_derivation
    assert (w.date_text, w.date_basis) == ("Tuesday, October 21", "expression")
    assert (w.date_start_offset, w.date_end_offset) == (None, None)  # (the expression is in the other article)
    # its own date is kept as evidence
    assert (w.report_date.date_start, w.report_date.date_end, w.report_date.date_text) == (
        date(2025, 10, 20), date(2025, 10, 26), "last week")
    # the report that gave the date keeps it, and says so
    assert (d.date_start, d.date_end) == (date(2025, 10, 21),) * 2
    assert d.date_derivation.startswith("per Outlet Y")
    assert not any(f.startswith(LINK_FLAG) for f in w.flags + d.flags)


def test_disjoint_dates_are_flagged_not_reconciled():
    a = _event("a", "x", "2025-10-21")
    b = _event("b", "y", "2025-10-22", text="Wednesday")
    (a2, b2), warnings = link_reports([a, b], _docs("x", "y"))
    assert a2.report_group == b2.report_group and len(warnings) == 1
    assert (a2.date_start, b2.date_start) == (date(2025, 10, 21), date(2025, 10, 22))
    assert a2.report_date is None and b2.report_date is None
    assert a2.date_derivation == a.date_derivation
    assert any(f.startswith(LINK_FLAG) for f in a2.flags) and any(f.startswith(LINK_FLAG) for f in b2.flags)


def test_reports_that_agree_are_left_as_they_are():
    (a, b), _ = link_reports([_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-21")], _docs("x", "y"))
    assert a.reports == 2 and a.report_date is None and b.report_date is None
    assert a.date_derivation == "'Tuesday' in its clause"


def test_overlapping_ranges_take_their_overlap_naming_both_reports():
    a = _event("a", "x", "2025-10-20", "2025-10-26", precision="week", text="last week")
    b = _event("b", "y", "2025-10-23", "2025-10-31", precision="unknown", text="late October")
    (a2, b2), _ = link_reports([a, b], _docs("x", "y"))
    assert (a2.date_start, a2.date_end) == (b2.date_start, b2.date_end) == (date(2025, 10, 23), date(2025, 10, 26))
    assert a2.precision == "unknown"  # (no named period)
    assert "from 2025-10-23 per Outlet Y" in a2.date_derivation and "until 2025-10-26 per Outlet X" in a2.date_derivation
    assert a2.report_date.date_text == "last week" and b2.report_date.date_text == "late October"


def test_a_tense_report_joins_the_one_dated_group_and_takes_its_date():
    day = _event("d", "x", "2025-10-21", text="Tuesday")
    told = _tense("t", "y", "2025-10-23")
    (d, t), _ = link_reports([day, told], _docs("x", "y"))
    assert d.report_group == t.report_group and t.reports == 2
    assert (t.date_start, t.date_end, t.date_basis) == (date(2025, 10, 21), date(2025, 10, 21), "expression")
    assert t.report_date.date_basis == "tense" and t.report_date.date_start == date(2024, 10, 23)
    assert "this report alone: 2024-10-23..2025-10-23: past tense" in t.date_derivation


def test_a_tense_report_that_fits_two_groups_or_none_stays_alone():
    # two calls of the pair, both just before the tense report: which one it tells is unknown
    first, second = _event("a", "x", "2025-10-19"), _event("b", "y", "2025-10-21")
    again = _event("c", "z", "2025-10-19")
    told = _tense("t", "w", "2025-10-23")
    events, _ = link_reports([first, second, again, told], _docs("x", "y", "z", "w"))
    out = {e.id: e for e in events}
    assert out["a"].report_group == out["c"].report_group != out["b"].report_group
    assert out["t"].reports == 1 and out["t"].report_date is None and out["t"].date_basis == "tense"
    # a call a month before it was published: too long ago to say the report tells it
    events, _ = link_reports([_event("a", "x", "2025-09-20"), _tense("t", "y", "2025-10-23")], _docs("x", "y"))
    assert all(e.reports == 1 for e in events)
    # and two tense reports alone never make a group
    events, _ = link_reports([_tense("s", "x", "2025-10-23"), _tense("t", "y", "2025-10-23")], _docs("x", "y"))
    assert all(e.reports == 1 for e in events)


def test_relinking_and_unlinking_give_back_each_reports_own_date():
    week = _event("w", "x", "2025-10-20", "2025-10-26", precision="week", text="last week")
    day = _event("d", "y", "2025-10-21")
    once, _ = link_reports([week, day], _docs("x", "y"))
    twice, _ = link_reports(once, _docs("x", "y"))
    assert once == twice
    assert unlink_reports(once[0]) == week and unlink_reports(once[1]) == day
    # an analyst splits the day report off: the week report is its own date again
    split, _ = link_reports(once, _docs("x", "y"), exclude={"d"})
    assert split[0].report_date is None and (split[0].date_start, split[0].date_end) == (date(2025, 10, 20), date(2025, 10, 26))
    # the store keeps the own date
    assert load_event(dump_event(once[0])) == once[0]


def _pooled_timeline(outlet: str | None = None) -> Timeline:
    week = _event("w", "x", "2025-10-20", "2025-10-26", precision="week", text="last week")
    day = _event("d", "y", "2025-10-21")
    docs = _docs("x", "y", outlet=outlet)
    events, warnings = link_reports([week, day], docs)
    return Timeline(title="T", documents=docs, events=events, warnings=warnings)


def test_exports_carry_the_group_date_and_each_reports_own_date():
    timeline = _pooled_timeline()
    records = {r["id"]: r for r in events_json(timeline)["events"]}
    assert records["w"]["date_start"] == "2025-10-21"
    assert records["w"]["report_date"]["date_start"] == "2025-10-20" and records["w"]["report_date"]["date_text"] == "last week"
    buf = io.StringIO()
    write_events_csv(records.values(), buf, bom=False)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert rows["w"]["date_start"] == "2025-10-21" and json.loads(rows["w"]["report_date"])["date_end"] == "2025-10-26"
    assert rows["w"]["date_derivation"].startswith("per Outlet Y")


def test_chart_dates_the_group_by_the_best_report_and_each_report_by_its_own():
    records = [e.to_record() for e in _pooled_timeline().events]
    drawn, views = with_reports(records)
    group = [r for r, v in zip(drawn, views) if v == "group"]
    each = {r["id"]: r for r, v in zip(drawn, views) if v == "each"}
    assert len(group) == 1 and group[0]["id"] == "d"  # the report that gave the date leads
    assert group[0]["date_start"] == "2025-10-21"
    assert (each["w"]["date_start"], each["w"]["date_end"], each["w"]["date_text"]) == ("2025-10-20", "2025-10-26", "last week")
    assert "last week" in reports_words(group[0])  # the hover lists each report with its own date
    assert basis_note(records[0]) == "dated by another report of the same event"
    assert basis_note(each["w"]) == ""


def test_html_escapes_the_article_named_in_a_pooled_derivation():
    page = render_html(_pooled_timeline(outlet=HOSTILE), plotlyjs="cdn")
    assert HOSTILE not in page
    assert "per " in page
