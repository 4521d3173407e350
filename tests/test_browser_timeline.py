"""The HTML timeline opened offline in headless Chromium: no JavaScript error, no request leaves
the machine, every event is drawn and listed, and the page's controls work."""

from __future__ import annotations


import pytest

from browser import chromium_context, chromium_page  # noqa: F401  (pytest fixtures)
from test_render_sample import sample_timeline
from timeline.render import render_html

pytestmark = pytest.mark.browser

TIMELINE = sample_timeline()
DATED = [e for e in TIMELINE.events if e.date_start or e.date_end]


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("html") / "timeline.html"
    path.write_text(render_html(TIMELINE), encoding="utf-8")
    return path.as_uri()


@pytest.fixture
def page(chromium_page, page_url):
    dialogs: list[str] = []
    chromium_page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    chromium_page.goto(page_url)
    chromium_page.wait_for_selector("#chart .main-svg")
    chromium_page.wait_for_selector("#events-table tbody tr")
    yield chromium_page
    problems = chromium_page.problems
    assert problems.errors == [], "JavaScript errors"
    assert problems.console == [], "console errors"
    assert problems.external == [], "the page asked the network for something"
    assert dialogs == [], "article text ran as code"


def _table_ids(page) -> list[str]:
    return page.eval_on_selector_all("#events-table tbody tr", "rows => rows.map(r => r.dataset.id)")


def test_browser_timeline_draws_and_lists_every_event(page):
    assert sorted(_table_ids(page)) == sorted(e.id for e in TIMELINE.events)
    drawn = page.evaluate("""() => document.getElementById('chart').data
        .filter(t => t.meta && t.meta.role === 'events')
        .flatMap(t => t.customdata.map(c => c[0]))""")
    assert sorted(drawn) == sorted(e.id for e in DATED)
    # and on screen: one marker or bar each (legend swatches and the range slider's copy aside)
    shown = page.evaluate("""() => {
        const plot = document.querySelector('#chart .cartesianlayer .subplot.xy');
        const markers = plot.querySelectorAll('.scatterlayer .point').length;
        const bars = Array.from(plot.querySelectorAll('.barlayer .point path'))
            .filter(p => p.getAttribute('d') !== 'M0,0Z').length;
        return markers + bars; }""")
    assert shown == len(DATED)
    assert "Western governments criticise the blockade" in page.inner_text(".undated")
    # the evidence, trigger marked, hostile text shown as text
    hostile = next(e for e in TIMELINE.events if "<script>" in e.sentence)
    row = page.locator(f"#ev-{hostile.id}")
    assert row.locator("td.evidence").inner_text() == hostile.sentence
    assert row.locator("mark.trigger").inner_text() == hostile.trigger
    assert page.locator("#events-table img").count() == 0


def test_browser_timeline_switches_lanes_keeping_the_zoom_and_hovers(page):
    def ticks():
        return page.eval_on_selector_all("#chart .yaxislayer-above .ytick text", "ts => ts.map(t => t.textContent)")

    def x_range():
        return page.evaluate("() => document.getElementById('chart').layout.xaxis.range.map(v => String(v).slice(0, 10))")

    assert "Russia" in ticks() and "CONSULT" not in ticks()
    page.evaluate("() => Plotly.relayout('chart', {'xaxis.range': ['2022-10-01', '2022-12-31']})")
    page.locator("#lane-buttons button", has_text="event types").click()
    page.wait_for_function("() => document.getElementById('chart').layout.yaxis.categoryarray.includes('CONSULT')")
    assert "CONSULT" in ticks() and "Russia" not in ticks()
    assert x_range() == ["2022-10-01", "2022-12-31"]  # the analyst's zoom survives the switch
    assert page.evaluate("() => document.getElementById('chart')._fullLayout.xaxis.type") == "date"
    _check_hover(page)  # hover works in either lane layout
    page.locator("#lane-buttons button", has_text="actors").click()
    page.wait_for_function("() => document.getElementById('chart').layout.yaxis.categoryarray.includes('Russia')")
    assert "Russia" in ticks()
    assert x_range() == ["2022-10-01", "2022-12-31"]
    _check_hover(page)


def test_browser_timeline_repeats_the_dates_along_the_top(page):
    page.evaluate("() => Plotly.relayout('chart', {'xaxis.range': ['2022-10-01', '2022-12-31']})")
    page.wait_for_timeout(100)
    labels = page.evaluate("""() => ['xtick', 'x2tick'].map(c => Array.from(
        document.querySelectorAll('#chart g.' + c + ' text')).map(t => t.textContent))""")
    bottom, top = labels
    assert bottom and top == bottom
    assert any("Nov" in t for t in top)


def test_browser_timeline_sorts_and_filters_the_table(page):
    by_date = [e.id for e in TIMELINE.events]  # the timeline is in date order, undated last
    assert _table_ids(page) == by_date
    page.click("#events-table th[data-key=summary]")
    summaries = page.eval_on_selector_all("#events-table tbody td.summary", "cs => cs.map(c => c.textContent)")
    assert summaries == sorted(summaries, key=str.lower)
    page.click("#events-table th[data-key=summary]")
    again = page.eval_on_selector_all("#events-table tbody td.summary", "cs => cs.map(c => c.textContent)")
    assert again == sorted(summaries, key=str.lower, reverse=True)
    page.click("#events-table th[data-key=date]")
    assert _table_ids(page) == by_date
    page.fill("#event-filter", "erdogan")
    assert len(_table_ids(page)) == sum("erdogan" in (e.sentence + e.summary).lower() for e in TIMELINE.events)
    page.fill("#event-filter", "")
    page.select_option("#status-filter", "planned")
    assert len(_table_ids(page)) == sum(e.status == "planned" for e in TIMELINE.events)
    _check_click_finds_row(page)  # clicking an event clears the filters and finds its row


def _check_hover(page):
    event = next(e for e in DATED if e.date_start == e.date_end and "Odesa" in e.sentence)
    index = page.evaluate("""(id) => {
        const traces = document.getElementById('chart').data;
        for (let t = 0; t < traces.length; t++) {
            const cd = traces[t].customdata || [];
            for (let p = 0; p < cd.length; p++) if (cd[p][0] === id) return [t, p];
        }
        return null; }""", event.id)
    assert index is not None
    page.mouse.move(5, 5)  # away from the chart, so no real mouse event ends the hover
    page.evaluate("([t, p]) => Plotly.Fx.hover('chart', [{curveNumber: t, pointNumber: p}])", index)
    page.wait_for_selector("#chart .hoverlayer .hovertext")
    hover = page.eval_on_selector("#chart .hoverlayer .hovertext", "h => h.textContent")
    assert "Missiles strike Odesa port" in hover
    assert "Russian missiles struck the port of Odesa" in hover
    assert "A day later" in hover  # the words that gave the date


def test_browser_timeline_network_view_draws(page):
    page.click("#tab-network")
    page.wait_for_selector("#network .main-svg")
    assert page.is_hidden("#view-timeline")
    nodes = page.evaluate("""() => document.getElementById('network').data
        .filter(t => t.meta && t.meta.role === 'nodes').reduce((n, t) => n + t.x.length, 0)""")
    assert nodes >= len(TIMELINE.actors)
    page.click("#tab-timeline")
    assert page.is_visible("#chart")


def _check_click_finds_row(page):
    event = DATED[0]
    page.evaluate("""(id) => {
        const gd = document.getElementById('chart');
        const t = gd.data.findIndex(tr => (tr.customdata || []).some(c => c[0] === id));
        const p = gd.data[t].customdata.findIndex(c => c[0] === id);
        gd.emit('plotly_click', {points: [{curveNumber: t, pointNumber: p, customdata: gd.data[t].customdata[p]}]});
    }""", event.id)
    page.wait_for_selector(f"#ev-{event.id}.flash")


def test_browser_helper_fails_clearly_without_chromium(monkeypatch):
    import shutil

    import browser

    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception) as err:
        browser.chromium_path()
    assert "Chromium is not installed" in str(err.value) and "apt-get install chromium" in str(err.value)


# --- a busy page: 60 events, 6 documents, 20 actors, at a desk's and a laptop half-screen's width ---

_TEXT_BOXES = """(sel) => Array.from(document.querySelectorAll(sel))
    .filter(t => t.textContent.trim() && !t.closest('.hoverlayer') && !t.closest('.rangeslider-container'))
    .map(t => { const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom]; })
    .filter(b => b[3] > b[1] && b[4] > b[2])"""


def _overlaps(boxes, slack=1.0):
    return [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[1] + slack < b[3] and b[1] + slack < a[3] and a[2] + slack < b[4] and b[2] + slack < a[4]]


@pytest.fixture(scope="module")
def busy_url(tmp_path_factory) -> str:
    from test_render_busy import busy_timeline

    path = tmp_path_factory.mktemp("busy") / "busy.html"
    path.write_text(render_html(busy_timeline()), encoding="utf-8")
    return path.as_uri()


@pytest.mark.parametrize("width", [1400, 800])
def test_browser_timeline_busy_page_has_no_overlapping_text(chromium_page, busy_url, width):
    page = chromium_page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(busy_url)
    page.wait_for_selector("#chart .main-svg")
    page.wait_for_timeout(150)
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # the table scrolls in its own box
    chart = page.evaluate(_TEXT_BOXES, "#chart text")
    assert len(chart) > 40
    assert _overlaps(chart) == []
    assert sum(t[0].startswith("published") for t in chart) == 4  # six dates, close ones share a label
    # a long actor name is cut on the axis and whole on hover
    title = page.evaluate("""() => Array.from(document.querySelectorAll('#chart .ytick text'))
        .filter(t => t.textContent.endsWith('…')).map(t => t.textContent + '|' + t.parentNode.querySelector('title').textContent)""")
    assert "Organisation for…|Organisation for Security and Co-operation in Europe" in title
    # the network names actors and places, no two names on top of each other
    page.click("#tab-network")
    page.wait_for_selector("#network .main-svg")
    page.wait_for_function("() => document.querySelectorAll('#network .textpoint text').length > 5")
    labels = page.evaluate(_TEXT_BOXES, "#network .textpoint text")
    assert _overlaps(labels) == []
    names = {t[0] for t in labels}
    assert "Russia" in names and names & {"Istanbul", "Geneva", "Kazan", "Riyadh", "Budapest"}
    assert page.problems.errors == [] and page.problems.console == []


def test_browser_timeline_hides_and_shows_tense_estimates(page):
    estimated = sorted(e.id for e in DATED if e.date_basis == "tense")
    assert estimated, "the sample needs an event dated only from tense"

    def visible_ids():
        return sorted(page.evaluate("""() => document.getElementById('chart').data
            .filter(t => t.meta && t.meta.role === 'events' && t.visible !== false)
            .flatMap(t => t.customdata.map(c => c[0]))"""))

    switch = page.locator("#show-estimates")
    assert switch.is_checked()
    label = page.locator("label.estimate-switch").inner_text()
    assert f"the {len(estimated)} event" in label
    switch.uncheck()
    assert visible_ids() == sorted(e.id for e in DATED if e.id not in estimated)
    assert sorted(_table_ids(page)) == sorted(e.id for e in TIMELINE.events)  # the table keeps them
    switch.check()
    assert visible_ids() == sorted(e.id for e in DATED)
