"""Cross-document linking on real articles through the whole pipeline: one meeting of two leaders
told by several outlets, each dating it its own way (tests/fixtures/linking/reports/):

- harbor-post-tuesday.md (published Thu 2025-10-23): met "on Tuesday" = 2025-10-21
- meridian-yesterday.md (published Wed 2025-10-22): held talks "yesterday" = 2025-10-21
- delta-wednesday.md (published Thu 2025-10-23): met "on Wednesday" = 2025-10-22 (a day off)
- coastal-month-later.md (published 2025-11-25): the same pair meeting again "on Monday" = 2025-11-24
- southern-cross-unrelated.md: another pair, another event
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest import read_inputs
from timeline.model import Timeline
from timeline.pipeline import build_timeline


def _build(fixtures, *names: str, link: bool = True) -> Timeline:
    folder = fixtures / "linking" / "reports"
    documents, errors = read_inputs([str(folder / f"{n}.md") for n in names])
    assert not errors
    return build_timeline(documents, title="reports", link=link)


def _meetings(timeline: Timeline) -> dict[str, object]:
    """The meeting event of each document, by document id."""
    out = {}
    for e in timeline.events:
        if e.type == "CONSULT":
            assert e.doc not in out, "one meeting per article"
            out[e.doc] = e
    return out


def test_linking_articles_one_meeting_told_twice_is_one_group(fixtures):
    timeline = _build(fixtures, "harbor-post-tuesday", "meridian-yesterday")
    harbor, meridian = (_meetings(timeline)[d] for d in ("harbor-post-tuesday", "meridian-yesterday"))
    # "on Tuesday" (published Thursday) and "yesterday" (published Wednesday): both 21 October
    assert harbor.date_start == meridian.date_start == date(2025, 10, 21)
    assert harbor.report_group == meridian.report_group
    assert (harbor.reports, meridian.reports) == (2, 2)
    assert harbor.linked_events == (meridian.id,) and meridian.linked_events == (harbor.id,)
    assert not harbor.flags and not meridian.flags  # they agree: nothing to flag
    assert not timeline.warnings


def test_linking_articles_the_same_pair_a_month_later_is_another_event(fixtures):
    timeline = _build(fixtures, "harbor-post-tuesday", "meridian-yesterday", "coastal-month-later")
    meetings = _meetings(timeline)
    later = meetings["coastal-month-later"]
    assert later.date_start == date(2025, 11, 24)
    assert later.reports == 1 and later.linked_events == ()
    assert later.report_group not in {meetings["harbor-post-tuesday"].report_group}
    assert meetings["harbor-post-tuesday"].reports == 2


def test_linking_articles_a_date_disagreement_is_flagged_on_both_naming_both_documents(fixtures):
    timeline = _build(fixtures, "harbor-post-tuesday", "delta-wednesday")
    harbor, delta = (_meetings(timeline)[d] for d in ("harbor-post-tuesday", "delta-wednesday"))
    assert harbor.report_group == delta.report_group  # a day apart: one meeting, told two ways
    for event in (harbor, delta):
        (flag,) = [f for f in event.flags if f.startswith("reports_disagree:")]
        assert "Harbor Post" in flag and "2025-10-21 ('Tuesday')" in flag
        assert "Delta Gazette" in flag and "2025-10-22 ('Wednesday')" in flag
    assert any("disagree on the date" in w and "Delta Gazette" in w for w in timeline.warnings)
    # each report keeps its own date: the analyst decides which is right
    assert (harbor.date_start, delta.date_start) == (date(2025, 10, 21), date(2025, 10, 22))


def test_linking_articles_group_ids_survive_an_unrelated_document_and_a_rerun(fixtures):
    names = ("harbor-post-tuesday", "meridian-yesterday", "coastal-month-later")
    first = {e.id: e.report_group for e in _build(fixtures, *names).events}
    again = {e.id: e.report_group for e in _build(fixtures, *names).events}
    more = _build(fixtures, "southern-cross-unrelated", *reversed(names))
    assert again == first
    assert {e.id: e.report_group for e in more.events if e.id in first} == first
    assert all(e.reports == 1 for e in more.events if e.doc == "southern-cross-unrelated")


def test_linking_articles_no_link_leaves_every_report_alone(fixtures):
    timeline = _build(fixtures, "harbor-post-tuesday", "meridian-yesterday", link=False)
    assert all(e.report_group is None and e.reports == 1 and not e.linked_events for e in timeline.events)


@pytest.mark.parametrize("names", [("harbor-post-tuesday", "meridian-yesterday", "delta-wednesday")])
def test_linking_articles_three_reports_one_group(fixtures, names):
    meetings = _meetings(_build(fixtures, *names))
    assert len({m.report_group for m in meetings.values()}) == 1
    assert {m.reports for m in meetings.values()} == {3}
