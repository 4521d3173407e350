"""The review app level with the built page for events told by several articles, in headless
Chromium: the chart's "show every report" switch, a warnings heading that covers every kind of
warning, and each report's own date shown beside the date the group took."""

from __future__ import annotations

import pytest

from browser import chromium_context, server_page  # noqa: F401  (pytest fixture)
from timeline.ingest import read_inputs
from timeline.review.extract import extract_for_review
from timeline.review.server import ReviewServer
from timeline.review.service import ReviewSession
from timeline.store import ReviewStore

pytestmark = pytest.mark.browser


def _server(fixtures, path, folder: str, names: tuple[str, ...]) -> ReviewServer:
    inputs = [str(fixtures / "linking" / folder / f"{n}.md") for n in names]
    documents, errors = read_inputs(inputs)
    assert not errors
    timeline, raw = extract_for_review(documents, title=folder)
    store = ReviewStore(path)
    store.ingest(timeline, inputs=inputs, raw=raw)
    return ReviewServer(ReviewSession(store), port=0, reviewer="ana").start()


@pytest.fixture
def open_app(chromium_context):  # noqa: F811
    opened: list[tuple[object, ReviewServer, list[str]]] = []

    def go(server: ReviewServer):
        page, problems = server_page(chromium_context, server.url)
        page.goto(server.url)
        page.wait_for_selector("#figure .main-svg")
        opened.append((page, server, problems))
        return page

    yield go
    for page, server, problems in opened:
        page.close()
        server.shutdown()
        assert problems == []


def _drawn(page) -> list[str]:
    return sorted(page.evaluate("""() => document.getElementById('figure').data
        .filter(t => t.meta && t.meta.role === 'events' && t.visible !== false && t.visible !== 'legendonly')
        .flatMap(t => t.customdata.map(c => c[0]))"""))


def test_review_chart_switches_between_one_marker_and_every_report(open_app, fixtures, tmp_path):
    page = open_app(_server(fixtures, tmp_path / "s.db", "reports",
                            ("harbor-post-tuesday", "meridian-yesterday", "delta-wednesday")))
    assert len(_drawn(page)) == 1
    assert "show every report (1 event told by several articles, in 3 reports)" in page.inner_text("#chart-panel")
    page.check("#show-reports")
    page.wait_for_function("() => document.getElementById('figure').data.filter(t => t.meta && t.meta.role === 'events'"
                           " && t.visible !== false).flatMap(t => t.customdata).length === 3")
    assert len(_drawn(page)) == 3
    page.uncheck("#show-reports")
    page.wait_for_function("() => document.getElementById('figure').data.filter(t => t.meta && t.meta.role === 'events'"
                           " && t.visible !== false).flatMap(t => t.customdata).length === 1")
    # the warnings are about the reports' disagreement, not dates alone: the heading names no kind
    summary = page.inner_text("#warnings summary")
    assert "warning" in summary and "about dates" not in summary


def test_review_event_shows_its_own_date_beside_the_groups(open_app, fixtures, tmp_path):
    server = _server(fixtures, tmp_path / "s.db", "pooled", ("tokyo-tuesday", "tokyo-last-week", "tokyo-undated"))
    week = next(e for e in server.session.state()["events"].values() if e.doc == "tokyo-last-week")
    page = open_app(server)
    page.locator(f'#queue li[data-id="{week.id}"]').click()
    page.wait_for_selector("#event-own-date")
    assert page.inner_text("#event-date") == "2025-10-21"
    assert "2025-10-20 – 2025-10-26" in page.inner_text("#event-own-date") and "last week" in page.inner_text("#event-own-date")
    assert page.inner_text("#event-derivation").startswith("per Harbor Post")
    reports = page.inner_text("#reports")
    assert "2025-10-21 (“Tuesday”)" in reports and "2024-10-24 – 2025-10-24" in reports
