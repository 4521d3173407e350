"""The HTML timeline: self-contained, every event present, all article text escaped."""

from __future__ import annotations

import html
import json
import re
from datetime import date

import pytest

from test_render_sample import HOSTILE_ACTOR, HOSTILE_IMG, HOSTILE_SCRIPT, sample_timeline
from timeline.errors import UsageError
from timeline.model import Event, Timeline
from timeline.render import network_figure, render_html, timeline_figure
from timeline.render.figure import LANE_MODES, lane_order, spring_layout
from timeline.render.page import event_record, json_for_script


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return sample_timeline()


@pytest.fixture(scope="module")
def page_cdn(timeline) -> str:
    return render_html(timeline, plotlyjs="cdn")


@pytest.fixture(scope="module")
def page_inline(timeline) -> str:
    return render_html(timeline)


def _data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S)
    assert block
    return json.loads(block.group(1))


@pytest.mark.parametrize("hostile", [
    HOSTILE_SCRIPT, HOSTILE_IMG, "<img", "<script>alert", "onerror=alert(1)>", "<Partners>", "<!--",
])
@pytest.mark.parametrize("mode", ["cdn", "inline"])
def test_render_html_never_contains_raw_hostile_text(hostile, mode, page_cdn, page_inline):
    page = page_cdn if mode == "cdn" else page_inline
    assert hostile not in page


def test_render_html_closes_script_elements_only_where_it_opens_them(page_inline):
    # every "</script" in the page ends one of the page's own script elements
    assert page_inline.lower().count("</script") == page_inline.lower().count("<script")
    assert page_inline.lower().count("<script") == 3  # plotly.js, the data, the page's code


def test_render_html_shows_hostile_text_escaped_in_markup(page_cdn):
    assert "Grain deal ends &quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page_cdn
    assert "not UTF-8 &lt;script&gt;alert(1)&lt;/script&gt;" in page_cdn


def test_render_html_data_block_keeps_the_text_exactly(page_cdn, timeline):
    data = _data(page_cdn)
    rows = {r["id"]: r for r in data["events"]}
    for event in timeline.events:
        assert rows[event.id]["sentence"] == event.sentence  # JSON escapes decode back to the real text
        assert rows[event.id]["actors"] == ", ".join(event.actors)


def test_render_html_json_for_script_neutralizes_markup():
    text = json_for_script({"s": "</script><!-- & ]]> \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"s": "</script><!-- & ]]> \u2028"}


def test_render_html_inline_makes_no_external_reference(page_inline):
    from plotly.offline import get_plotlyjs

    assert get_plotlyjs() in page_inline
    assert "cdn.plot.ly" not in page_inline.replace(get_plotlyjs(), "")  # plotly.js names it only for maps
    assert not re.search(r'<(?:script|link|img|iframe)[^>]+(?:src|href)=["\']?https?:', page_inline, re.I)
    assert len(page_inline) > 3_000_000  # plotly.js is inside


def test_render_html_cdn_is_small_and_loads_plotly_from_the_cdn(page_cdn):
    assert re.search(r'<script src="https://cdn\.plot\.ly/plotly-[\d.]+\.min\.js"', page_cdn)
    assert len(page_cdn) < 400_000


def test_render_html_rejects_an_unknown_plotlyjs_mode(timeline):
    with pytest.raises(UsageError) as err:
        render_html(timeline, plotlyjs="local")
    assert "inline" in err.value.fix and "cdn" in err.value.fix


def test_render_html_header_tells_documents_dates_counts_and_problems(page_cdn):
    assert "<h1>Black Sea grain deal, 2022–2023</h1>" in page_cdn
    assert "2023-07-18" in page_cdn and "front matter" in page_cdn  # the DCT and where it came from
    assert "<b>21</b> events (19 dated by the text, 1 estimated from tense only, 1 undated)" in page_cdn
    assert "span <b>22 Jul 2022 – 31 Dec 2023</b>" in page_cdn
    assert "1 document error, 1 warning" in page_cdn


def test_render_html_lists_undated_events_apart(page_cdn):
    undated = re.search(r'<div class="undated">(.*?)</div>', page_cdn, re.S).group(1)
    assert "Western governments criticise the blockade" in undated
    assert "Undated events (1)" in undated


def test_render_html_table_has_every_event_with_its_trigger_marked(page_cdn, timeline):
    rows = _data(page_cdn)["events"]
    assert sorted(r["id"] for r in rows) == sorted(e.id for e in timeline.events)
    for row, event in zip(rows, timeline.events):
        trigger = [m for m in row["marks"] if m[2] == "trigger"]
        assert [row["sentence"][m[0]:m[1]] for m in trigger] == [event.trigger]
        dates = [row["sentence"][m[0]:m[1]] for m in row["marks"] if m[2] == "date"]
        assert dates == ([event.date_text] if event.date_text else [])


def _plotted(fig_data: list[dict]) -> list[str]:
    """Event ids drawn in a figure's traces (markers and bars)."""
    return [c[0] for t in fig_data if (t.get("meta") or {}).get("role") == "events" for c in t["customdata"]]


def test_render_html_plots_every_dated_event_once(page_cdn, timeline):
    plotted = _plotted(_data(page_cdn)["figure"]["data"])
    dated = [e.id for e in timeline.events if e.date_start or e.date_end]
    assert sorted(plotted) == sorted(dated)


def test_render_figure_draws_exact_days_as_markers_and_spans_as_bars(timeline):
    fig = timeline_figure([event_record(e) for e in timeline.events])
    shapes = {}
    for trace in fig.data:
        if trace.meta and trace.meta.get("role") == "events":
            for row in trace.customdata:
                shapes[row[0]] = trace.type
    for event in timeline.events:
        if event.date_start is None:
            assert event.id not in shapes
        elif event.date_start == event.date_end:
            assert shapes[event.id] == "scatter", event.summary
        else:
            assert shapes[event.id] == "bar", event.summary


def test_render_figure_styles_every_status_apart():
    from timeline.model import EVENT_STATUSES

    records = [{"id": s, "date_start": "2025-10-21", "date_end": "2025-10-21", "status": s, "type": "CONSULT",
                "actors": ["Russia"]} for s in EVENT_STATUSES]
    looks = {}
    for trace in timeline_figure(records).data:
        if trace.meta and trace.meta.get("role") == "events":
            looks[trace.meta["status"]] = (trace.marker.symbol, trace.marker.color)
    assert set(looks) == set(EVENT_STATUSES)
    assert len(set(looks.values())) == len(EVENT_STATUSES)  # no two statuses look alike
    assert looks["planned"][0].endswith("-open")  # planned is hollow


def test_render_figure_bars_span_first_to_last_day_inclusive():
    record = {"id": "e1", "date_start": "2025-10-13", "date_end": "2025-10-19", "precision": "week",
              "status": "occurred", "actors": ["Russia"], "type": "CONSULT"}
    fig = timeline_figure([record])
    bar = next(t for t in fig.data if t.type == "bar" and t.meta.get("role") == "events")
    assert bar.base[0] == "2025-10-13"
    assert bar.x[0] == 7 * 86_400_000  # seven whole days


def test_render_figure_lane_buttons_switch_between_actor_and_type_lanes(timeline):
    records = [event_record(e) for e in timeline.events]
    fig = timeline_figure(records, lanes="actor")
    buttons = fig.layout.updatemenus[0].buttons
    assert [b.label for b in buttons] == ["Lanes: actors", "Lanes: event types"]
    by_type = buttons[1].args
    assert by_type[1]["yaxis.categoryarray"] == lane_order(records, "type")
    events = [t for t in fig.data if t.meta and t.meta.get("role") == "events"]
    ys = [y for y, t in zip(by_type[0]["y"], fig.data) if t.meta and t.meta.get("role") == "events"]
    assert {lane for y in ys for lane in y} == {"AGREE", "ASSAULT", "COOPERATE", "RETREAT", "CONSULT",
                                               "DISAPPROVE", "REJECT", "STATEMENT"}
    assert len(ys) == len(events)
    assert list(fig.layout.yaxis.categoryarray)[0] == "Russia"  # lanes in order of their first event


@pytest.mark.parametrize("lanes", LANE_MODES)
def test_render_figure_height_grows_with_lanes(lanes):
    few = [{"id": f"e{i}", "date_start": "2025-10-21", "date_end": "2025-10-21", "type": f"T{i}",
            "actors": [f"Actor {i}"], "status": "occurred"} for i in range(3)]
    many = [dict(r, id=f"m{i}", type=f"T{i}", actors=[f"Actor {i}"]) for i, r in enumerate(few * 20)]
    assert timeline_figure(many, lanes=lanes).layout.height > timeline_figure(few, lanes=lanes).layout.height


def test_render_figure_accepts_review_records_and_rejects_unknown_lanes(timeline):
    records = [e.to_record() | {"review": "accepted"} for e in timeline.events]  # plain records, extra key
    fig = timeline_figure(records)
    assert any("review: accepted" in row[5] for t in fig.data if t.customdata is not None for row in t.customdata)
    with pytest.raises(ValueError):
        timeline_figure(records, lanes="place")


def test_render_figure_hover_escapes_article_text(timeline):
    fig = timeline_figure([event_record(e) for e in timeline.events])
    text = json.dumps([list(t.customdata) for t in fig.data if t.customdata is not None])
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text


def test_render_network_is_deterministic_and_labels_actors(timeline):
    from timeline.render.page import _graph_for

    graph = _graph_for(timeline, None)
    first, second = network_figure(graph), network_figure(graph)
    assert first.to_json() == second.to_json()
    labels = [x for t in first.data if t.mode == "markers+text" for x in t.text]
    assert "Russia" in labels
    assert html.escape(HOSTILE_ACTOR, quote=False) in labels  # plotly shows it as written, never as markup


def test_render_network_of_an_empty_graph_says_so():
    import networkx as nx

    fig = network_figure(nx.MultiDiGraph())
    assert fig.layout.annotations[0].text == "No actors or events to show"


def test_render_spring_layout_is_fixed_by_seed_and_spreads_nodes():
    import networkx as nx

    graph = nx.path_graph(12)
    assert spring_layout(graph, seed=3) == spring_layout(graph, seed=3)
    pos = spring_layout(graph, seed=3)
    distances = [((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5
                 for a in graph for b in graph if a < b]
    assert min(distances) > 0.01  # no two nodes on top of each other


def test_render_html_of_an_empty_timeline_still_renders():
    page = render_html(Timeline(title="Nothing yet"), plotlyjs="cdn")
    assert "<b>0</b> events (0 dated by the text, 0 undated)" in page
    assert _plotted(_data(page)["figure"]["data"]) == []


def test_render_html_uses_a_given_graph():
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_node("actor:x", kind="actor", label="Given Actor")
    event = Event(id="e1", doc="d", type="CONSULT", trigger="met", start=0, end=3, sentence="met", sentence_start=0,
                  sentence_end=3, summary="A meeting", date_start=date(2025, 10, 21), date_end=date(2025, 10, 21),
                  precision="day", date_basis="expression")
    page = render_html(Timeline(title="t", events=(event,)), plotlyjs="cdn", graph=graph)
    network = _data(page)["network"]["data"]
    assert any("Given Actor" in (t.get("text") or []) for t in network)


def _day(i, start, end=None, precision="day", basis="expression"):
    return {"id": f"e{i}", "date_start": start, "date_end": end or start, "precision": precision,
            "date_basis": basis, "status": "occurred", "type": "CONSULT", "actors": ["Russia"]}


@pytest.mark.parametrize("records, expected", [
    # the week the articles report on, with a year of background: open on the week (3 days padding)
    ([_day(1, "2025-10-16"), _day(2, "2025-10-19"), _day(3, "2025-10-13", "2025-10-19", "week"),
      _day(4, "2022-01-01", "2022-12-31", "year")], ["2025-10-10", "2025-10-23"]),
    # tense estimates stretching back a year do not set the view either
    ([_day(1, "2025-10-16"), _day(2, "2025-10-21"), _day(3, "2024-10-21", "2025-10-21", "unknown", "tense")],
     ["2025-10-13", "2025-10-25"]),
    # events spread evenly: everything is shown
    ([_day(1, "2025-01-10"), _day(2, "2025-06-01"), _day(3, "2025-03-01", "2025-03-31", "month")],
     ["2025-01-03", "2025-06-09"]),
])
def test_render_figure_opens_on_the_reported_period(records, expected):
    assert list(timeline_figure(records).layout.xaxis.range) == expected


def test_render_figure_lane_switch_keeps_the_date_axis():
    # restyling y makes plotly.js re-guess axis types: the buttons must restate them
    fig = timeline_figure([_day(1, "2025-10-16"), _day(2, "2025-10-13", "2025-10-19", "week")])
    for button in fig.layout.updatemenus[0].buttons:
        assert button.args[1]["xaxis.type"] == "date"
        assert button.args[1]["yaxis.type"] == "category"


def test_render_figure_escapes_lane_names():
    record = _day(1, "2025-10-16") | {"actors": ["<b>Bold</b> & Co"], "source_actor": "<b>Bold</b> & Co"}
    fig = timeline_figure([record])
    assert list(fig.layout.yaxis.categoryarray) == ["&lt;b&gt;Bold&lt;/b&gt; &amp; Co"]
    assert all("<b>Bold" not in str(y) for t in fig.data if t.y is not None for y in t.y)


def _event_on(i: int, start: date, end: date, precision: str) -> Event:
    return Event(id=f"w{i}", doc="d", type="CONSULT", trigger="met", start=0, end=3, sentence="met", sentence_start=0,
                 sentence_end=3, summary=f"Meeting {i}", date_start=start, date_end=end, precision=precision,
                 date_basis="expression")


def test_render_html_says_when_the_chart_opens_on_part_of_the_timeline():
    # the days reported, and a year of background told by month: the chart opens on the days, and the page says
    # how many events that first view leaves out
    events = (_event_on(1, date(2025, 10, 16), date(2025, 10, 16), "day"),
              _event_on(2, date(2025, 10, 19), date(2025, 10, 19), "day"),
              _event_on(3, date(2024, 2, 1), date(2024, 2, 29), "month"),
              _event_on(4, date(2024, 6, 1), date(2024, 6, 30), "month"))
    page = render_html(Timeline(title="t", events=events), plotlyjs="cdn")
    note = re.search(r'<p class="note window">(.*?)</p>', page)
    assert note and "<b>13–22 Oct 2025</b>" in note.group(1) and "2 events lie wholly outside" in note.group(1)


def test_render_html_says_nothing_when_the_chart_opens_on_everything():
    events = (_event_on(1, date(2025, 1, 10), date(2025, 1, 10), "day"),
              _event_on(2, date(2025, 6, 1), date(2025, 6, 1), "day"))
    assert 'class="note window"' not in render_html(Timeline(title="t", events=events), plotlyjs="cdn")
