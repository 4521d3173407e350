"""Linked reports in the HTML timeline, opened offline in headless Chromium: one marker per event
told by several articles, the switch that shows every report (and back), hostile report text
shown as text, never run."""

from __future__ import annotations

import pytest

from browser import chromium_context, chromium_page, server_page  # noqa: F401  (pytest fixtures)
from test_linking_outputs import HOSTILE, _timeline
from timeline.render import render_html

pytestmark = pytest.mark.browser


@pytest.fixture
def page(chromium_page, tmp_path):
    path = tmp_path / "linked.html"
    path.write_text(render_html(_timeline(sentence=f"Japan met India. {HOSTILE}", second_day="2025-10-22")), encoding="utf-8")
    dialogs: list[str] = []
    chromium_page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    chromium_page.goto(path.as_uri())
    chromium_page.wait_for_selector("#chart .main-svg")
    yield chromium_page
    assert chromium_page.problems.errors == [] and chromium_page.problems.console == []
    assert chromium_page.problems.external == []
    assert dialogs == [], "article text ran as code"


def _markers(page) -> int:
    return page.evaluate("""() => document.querySelectorAll(
        '#chart .cartesianlayer .subplot.xy .scatterlayer .trace:not([style*="opacity: 0"]) .point').length""")


def _drawn(page) -> list[str]:
    return sorted(page.evaluate("""() => document.getElementById('chart').data
        .filter(t => t.meta && t.meta.role === 'events' && t.visible !== false && t.visible !== 'legendonly')
        .flatMap(t => t.customdata.map(c => c[0]))"""))


def test_linking_browser_one_marker_per_group_and_a_switch_for_every_report(page):
    assert _drawn(page) == ["a", "c"]
    assert _markers(page) == 2
    assert "1 event told by several articles, in 2 reports" in page.inner_text("#lane-buttons")
    page.check("#show-reports")
    assert _drawn(page) == ["a", "b", "c"]
    assert _markers(page) == 3
    page.uncheck("#show-reports")
    assert _drawn(page) == ["a", "c"]
    # the table still lists every report, each saying it is one of two
    assert page.eval_on_selector_all("#events-table tbody tr", "rows => rows.length") == 3
    assert page.inner_text("#events-table").count("one of 2 reports of this event") == 2
    assert "whose reports disagree" in page.inner_text("header")


def test_linking_browser_review_app_lists_the_reports_and_splits_a_wrong_link(chromium_context, tmp_path, fixtures):  # noqa: F811
    from test_linking_review import _ingest, _meetings
    from timeline.review.server import ReviewServer
    from timeline.review.service import ReviewSession

    session = ReviewSession(_ingest(fixtures, tmp_path / "s.db"))
    delta = _meetings(session)["delta-wednesday"]
    server = ReviewServer(session, port=0, reviewer="ana").start()
    page, problems = server_page(chromium_context, server.url)
    try:
        page.goto(server.url)
        page.locator(f'#queue li[data-id="{delta.id}"]').click()
        page.wait_for_selector("#reports")
        box = page.inner_text("#reports")
        assert "TOLD BY 3 REPORTS" in box.upper() and "Meridian Wire" in box and "Harbor Post" in box
        page.click("#split")
        page.wait_for_selector("#reports >> text=Split from its report group")
    finally:
        page.close()
        server.shutdown()
    assert _meetings(ReviewSession(session.store))["delta-wednesday"].reports == 1
    assert problems == []
