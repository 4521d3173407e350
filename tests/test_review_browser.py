"""The review app in headless Chromium: accept, edit a date and see its dependent move, reject,
reload, export. Chromium is Debian's, driven by Playwright (see tests/browser.py)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from browser import chromium_context, server_page  # noqa: F401  (pytest fixture)
from timeline.review.server import ReviewServer
from timeline.review.service import ReviewSession
from timeline.store import ReviewStore
from timeline.store.codec import load_timeline

pytestmark = pytest.mark.browser

MET, SUMMONED, RESUME = "ev-e78324171b68", "ev-81e2e4ad261a", "ev-624b7c1b28b5"


@pytest.fixture
def server(tmp_path, fixtures):
    store = ReviewStore(tmp_path / "session.db")
    store.ingest(load_timeline(json.loads((fixtures / "review" / "ministers.json").read_text("utf-8"))))
    srv = ReviewServer(ReviewSession(store), port=0, reviewer="ana").start()
    yield srv
    srv.shutdown()


@pytest.fixture
def page(chromium_context, server):  # noqa: F811
    """A page that may only talk to the review server; page errors and console errors collected."""
    page, page.problems = server_page(chromium_context, server.url)
    yield page
    page.close()


def item(page, eid):
    return page.locator(f'#queue li[data-id="{eid}"]')


def test_review_browser_session_accept_edit_reject_reload_export(page, server):
    page.goto(server.url)
    page.wait_for_selector(f'#queue li[data-id="{MET}"]')
    page.wait_for_selector("#figure .main-svg")  # the chart is drawn, offline
    assert page.locator("#progress-text").inner_text() == "0 of 3 reviewed"

    # accept the meeting with the keyboard
    item(page, MET).click()
    page.keyboard.press("a")
    page.wait_for_selector(f'#queue li.reviewed[data-id="{MET}"]')

    # edit its date: the preview shows the summons ("a day before that meeting") moving, then it moves
    item(page, MET).click()
    assert page.locator(".evidence mark.trigger").first.inner_text() == "met"
    assert page.locator(".evidence mark.date").first.inner_text() == "Monday"
    page.keyboard.press("e")
    page.fill("#edit-date-start", "2025-03-11")  # a one-day event: the end follows the start
    assert page.input_value("#edit-date-end") == "2025-03-11"
    page.wait_for_selector("#edit-preview li.move")
    assert "2025-03-10" in page.locator("#edit-preview").inner_text()
    page.click("#edit-save")
    page.wait_for_selector(f'#queue li.edited[data-id="{MET}"]')
    assert item(page, SUMMONED).locator(".q-date").inner_text() == "2025-03-10"
    assert item(page, MET).locator(".q-date").inner_text() == "2025-03-11"

    # reject the planned talks
    item(page, RESUME).click()
    page.keyboard.press("r")
    page.wait_for_selector(f'#queue li.rejected[data-id="{RESUME}"]')

    # everything survives a reload
    page.reload()
    page.wait_for_selector(f'#queue li.edited[data-id="{MET}"]')
    assert "rejected" in item(page, RESUME).get_attribute("class")
    assert page.locator("#progress-text").inner_text() == "2 of 3 reviewed"

    # the export honours the decisions
    response = page.request.get(server.url + "api/export?format=csv")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(response.text().lstrip("\ufeff")))}
    assert set(rows) == {MET, SUMMONED}
    assert (rows[MET]["date_start"], rows[MET]["review"]) == ("2025-03-11", "edited")
    assert (rows[SUMMONED]["date_start"], rows[SUMMONED]["review"]) == ("2025-03-10", "unreviewed")

    # the audit view lists every decision with its reviewer; u undoes the last one
    page.click("#show-audit")
    page.wait_for_selector("#audit tbody tr")
    actions = page.locator("#audit tbody tr td:nth-child(4)").all_inner_texts()
    assert actions == ["reject", "edit", "accept"]
    assert set(page.locator("#audit tbody tr td:nth-child(3)").all_inner_texts()) == {"ana"}
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("u")
    page.wait_for_selector(f'#queue li.unreviewed[data-id="{RESUME}"]')
    assert page.problems == []


def test_review_browser_second_writer_sees_the_conflicting_edit(page, server):
    page.goto(server.url)
    page.wait_for_selector(f'#queue li[data-id="{MET}"]')
    item(page, MET).click()
    # another analyst rejects the meeting after this page loaded it
    server.session.decide(MET, "reject", version=0, reviewer="ben")
    page.keyboard.press("a")
    banner = page.locator("#banner")
    banner.wait_for(state="visible")
    assert "changed by ben" in banner.inner_text()
    page.wait_for_selector(f'#queue li.rejected[data-id="{MET}"]')
    assert [p for p in page.problems if "409" not in p] == []


def test_review_browser_detail_names_the_article_of_the_event(page, server):
    """A fact-checker sees which article an event was read in: outlet, title, publication date."""
    page.goto(server.url)
    page.wait_for_selector(f'#queue li[data-id="{MET}"]')
    item(page, MET).click()
    source = page.locator("#event-source").inner_text()
    assert source.startswith("Example Wire, “Ministers meet in Paris” (published 2025-03-12)")
    assert "doc-ministers" in source
    assert page.problems == []


def test_review_browser_chart_gives_each_of_many_lanes_room(chromium_context, tmp_path, fixtures):  # noqa: F811
    """Fourteen actors' lanes used to be crushed into a 340 px chart, names printed over each other."""
    data = json.loads((fixtures / "review" / "ministers.json").read_text("utf-8"))
    meeting = data["events"][1]
    data["constraints"] = []
    data["events"] = [dict(meeting, id=f"ev-lane{i:02d}", source_actor=f"Actor {i}", actors=[f"Actor {i}"],
                           date_start=f"2025-03-{i + 1:02d}", date_end=f"2025-03-{i + 1:02d}", start=40 + i)
                      for i in range(14)]
    store = ReviewStore(tmp_path / "lanes.db")
    store.ingest(load_timeline(data))
    srv = ReviewServer(ReviewSession(store), port=0, reviewer="ana").start()
    page = chromium_context.new_page()
    try:
        page.goto(srv.url)
        page.wait_for_selector("#figure .main-svg")
        ticks = page.evaluate("""() => [...document.querySelectorAll('#figure .yaxislayer-above .ytick')]
            .map((t) => t.getBoundingClientRect().top).sort((a, b) => a - b)""")
        assert len(ticks) == 14
        assert min(b - a for a, b in zip(ticks, ticks[1:])) >= 24
    finally:
        page.close()
        srv.shutdown()


def test_review_browser_merge_offers_the_same_event_from_another_article_first(chromium_context, tmp_path, fixtures):  # noqa: F811
    """Twenty articles tell the same meeting twenty times: the merge list puts the same type, with
    an actor in common, on an overlapping date first, and names each candidate's outlet."""
    data = json.loads((fixtures / "review" / "ministers.json").read_text("utf-8"))
    other = dict(data["documents"][0], id="doc-other", outlet="Other Post", title="Paris talks", path="other.md")
    data["documents"].append(other)
    meeting, summons = data["events"][1], data["events"][0]
    data["events"].append(dict(meeting, id="ev-retold", doc="doc-other", summary="Ministers hold talks in Paris"))
    store = ReviewStore(tmp_path / "merge.db")
    store.ingest(load_timeline(data))
    srv = ReviewServer(ReviewSession(store), port=0, reviewer="ana").start()
    page = chromium_context.new_page()
    try:
        page.goto(srv.url)
        page.wait_for_selector(f'#queue li[data-id="{MET}"]')
        item(page, MET).click()
        options = page.locator("#merge-pick option").all_inner_texts()[1:]
        assert options[0] == "2025-03-10 CONSULT: Ministers hold talks in Paris (Other Post)"
        # with several articles, the queue says which one each event comes from
        assert page.locator('#queue li[data-id="ev-retold"] .q-source').inner_text() == "Other Post"
        values = page.eval_on_selector_all("#merge-pick option", "os => os.map((o) => o.value)")[1:]
        # the talks to come (same type and actors, another month), then the summons (another type)
        assert values == ["ev-retold", RESUME, summons["id"]]
        assert options[2].endswith(f"{summons['summary']} (Example Wire)")
    finally:
        page.close()
        srv.shutdown()


def test_review_browser_fits_a_narrow_window(page, server):
    """At 800 px nothing runs off the right edge: the header wraps, the queue sits above the event."""
    page.set_viewport_size({"width": 800, "height": 900})
    page.goto(server.url)
    page.wait_for_selector(f'#queue li[data-id="{MET}"]')
    item(page, MET).click()
    page.wait_for_selector("#merge-pick")
    assert page.evaluate("document.documentElement.scrollWidth") <= 800
    right = page.evaluate("Math.max(...['#detail', '#queue-panel', 'header.top'].map((s) => document.querySelector(s).getBoundingClientRect().right))")
    assert right <= 800


def test_review_browser_shows_text_as_text(page, server):
    server.session.add_note(MET, '<img src=x onerror="window.pwned=1">', reviewer="ana")
    page.goto(server.url)
    page.wait_for_selector(f'#queue li[data-id="{MET}"]')
    item(page, MET).click()
    note = page.locator(".note div:not(.meta)").first
    assert note.inner_text() == '<img src=x onerror="window.pwned=1">'
    assert page.evaluate("window.pwned") is None
    assert page.locator(".note img").count() == 0
