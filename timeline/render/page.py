"""The HTML timeline: one self-contained page an analyst can open offline or send to a colleague.

Everything from an article is escaped: ``html.escape`` in markup, and inside the page's JSON
``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e``, ``\\u0026`` (so no ``</script>``
or ``<!--`` can end the data block); the page's script builds the table with text nodes only.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from importlib import resources
from pathlib import PurePath
from typing import Any

from timeline.errors import UsageError
from timeline.model import EVENT_STATUSES, Event, Timeline
from timeline.render.dates import date_kind, format_span, parse_iso, precision_mark, record_span
from timeline.render.exports import generated_by, with_sources
from timeline.render.figure import REPORT_VIEWS, initial_range, is_contradicted, network_figure, timeline_figure

PLOTLYJS_MODES = ("inline", "cdn")
_EPOCH = date(1970, 1, 1).toordinal()
_PRECISION_RANK = {"day": 0, "range": 1, "week": 2, "month": 3, "quarter": 4, "year": 5, "decade": 6,
                   "unknown": 7, "tense (narrowed)": 8, "tense?": 9, "—": 10}


def _asset(name: str) -> str:
    return resources.files("timeline.render").joinpath("assets", name).read_text("utf-8")


def json_for_script(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or ``]]>`` can appear."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def event_record(event: Event, review: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``Event.to_record()``, with the analyst's review label when the page shows a review."""
    record = event.to_record()
    if review is not None:
        record["review"] = review.get(event.id, "unreviewed")
    return record


def _marks(event: Event) -> list[list[Any]]:
    """Spans to highlight in the evidence sentence, relative to it: the trigger, the date words."""
    marks = []
    length = len(event.sentence)
    trig = (event.start - event.sentence_start, event.end - event.sentence_start)
    if 0 <= trig[0] < trig[1] <= length:
        marks.append([trig[0], trig[1], "trigger"])
    if event.date_start_offset is not None and event.date_end_offset is not None:
        span = (event.date_start_offset - event.sentence_start, event.date_end_offset - event.sentence_start)
        if 0 <= span[0] < span[1] <= length and not (span[0] < trig[1] and trig[0] < span[1]):
            marks.append([span[0], span[1], "date"])
    return sorted(marks)


def _doc_label(timeline: Timeline, doc_id: str) -> str:
    doc = timeline.document(doc_id)
    if doc is None:
        return doc_id
    if doc.path and doc.path != "-":
        return PurePath(doc.path).name
    return doc.title or doc.url or doc.id


def _table_row(event: Event, record: dict[str, Any], order: int, doc: str) -> dict[str, Any]:
    start, end = record_span(record)
    actors = ", ".join(event.actors)
    row = {
        "id": event.id, "order": order,
        "date": format_span(record), "sort_date": f"{start.isoformat()}/{end.isoformat()}" if start and end else "",
        "precision": precision_mark(record), "kind": date_kind(record), "type": event.type + (f" ({event.mode})" if event.mode else ""),
        "status": event.status, "actors": actors, "summary": event.summary, "sentence": event.sentence,
        "marks": _marks(event), "derivation": event.date_derivation or ("no date found" if start is None else ""),
        "flags": ", ".join(event.flags),
        # the article, short enough for its column: outlet, publication date, file (the title is
        # in the hover and the documents list, and the filter finds it)
        "doc": _source_cell(record, doc),
    }
    if "review" in record:
        row["review"] = record["review"]
    row["reports"] = event.reports
    row["precision_rank"] = _PRECISION_RANK.get(row["precision"], 7)
    row["search"] = " ".join(str(row[k]) for k in ("date", "type", "status", "actors", "summary", "sentence", "derivation", "doc", "flags")).lower()
    row["search"] += " " + str(record.get("doc_title") or "").lower()
    return row


def _source_cell(record: dict[str, Any], label: str) -> str:
    """"Gulf Wire · 15 Jan 2025 · gulf.md": the outlet and publication date of the event's article,
    then its file; the file alone when the article names neither."""
    day = parse_iso(record.get("doc_published"))
    parts = [str(record["doc_outlet"])] if record.get("doc_outlet") else []
    if day:
        parts.append(f"{day.day} {day:%b} {day.year}")
    return " · ".join(parts + [label])


def _graph_for(timeline: Timeline, graph: Any) -> Any:
    if graph is not None:
        return graph
    from timeline.graph import build_graph

    return build_graph(timeline)


_LABEL_LEVELS = 3          # rows of publication-date labels
_LABEL_CHAR_PX = 6.6       # about one character of the labels' 11 px font
_PLOT_PX = 640             # a narrow chart's plot width: labels that fit there fit everywhere


def publication_label_levels(days: list[date], span: tuple[date, date], *, plot_px: int = _PLOT_PX,
                             label_chars: int | list[int] = 22, right: list[bool] | None = None) -> list[int]:
    """The row (0 = lowest) of each publication date's label, so that no two labels print over each
    other when the chart shows ``span`` on ``plot_px`` pixels (nor, then, when zoomed in: labels
    only move apart). A label runs rightwards from its date, or leftwards where ``right`` says so;
    each takes the lowest row where it overlaps no other; past the last row they cycle."""
    total = max((span[1] - span[0]).days, 1)
    chars = label_chars if isinstance(label_chars, list) else [label_chars] * len(days)
    rows: list[list[tuple[float, float]]] = [[] for _ in range(_LABEL_LEVELS)]
    levels: list[int] = []
    for i, day in enumerate(days):
        x = (day - span[0]).days / total * plot_px
        width = chars[i] * _LABEL_CHAR_PX
        box = (x - width, x) if right and right[i] else (x, x + width)
        level = next((k for k in range(_LABEL_LEVELS)
                      if all(box[1] + 8 <= lo or hi + 8 <= box[0] for lo, hi in rows[k])), None)
        if level is None:
            level = (levels[-1] + 1) % _LABEL_LEVELS if levels else 0
        rows[level].append(box)
        levels.append(level)
    return levels


def _add_publication_dates(fig: Any, timeline: Timeline, records: list[dict[str, Any]]) -> None:
    """A dotted line at each publication date (the "now" the article's tenses refer to), labelled
    at the foot of the chart: one label a month ("published 24, 27 Oct 2024"), labels of close
    months staggered so none prints over another; hovering a label lists its documents."""
    by_day: dict[date, list[str]] = {}
    for doc in timeline.documents:
        if doc.dct:
            by_day.setdefault(doc.dct, []).append(doc.title or doc.path or doc.id)
    days = sorted(by_day)[:24]
    if not days:
        return
    spans = [record_span(r) for r in records if record_span(r)[0] is not None]
    first = min([s for s, _ in spans] + days)
    last = max([e for _, e in spans] + days)
    for day in days:
        # noon of the day in epoch milliseconds: a date string here turns into NaN when the chart
        # with its range slider is redrawn (lane switch), a number does not
        x = (day.toordinal() - _EPOCH) * 86_400_000 + 43_200_000
        fig.add_shape(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1,
                      line=dict(color="#9aa3b2", width=1.2, dash="dot"), layer="below",
                      name=f"published {day.isoformat()}")
    # one label a month ("published 24, 27 Oct 2024"), at its first date
    months: dict[tuple[int, int], list[date]] = {}
    for day in days:
        months.setdefault((day.year, day.month), []).append(day)
    groups = list(months.values())
    texts = ["published" if len(by_day) == 1 else _published_words(group) for group in groups]
    view = [parse_iso(v) for v in (fig.layout.xaxis.range or (first.isoformat(), last.isoformat()))]
    rights = [bool(view[0] and view[1]) and (g[0] - view[0]).days > 0.8 * max((view[1] - view[0]).days, 1)
              for g in groups]
    levels = publication_label_levels([g[0] for g in groups], (first, last), label_chars=[len(t) for t in texts],
                                      right=rights)
    for group, text, level, right in zip(groups, texts, levels, rights):
        x = (group[0].toordinal() - _EPOCH) * 86_400_000 + 43_200_000
        listed = "<br>".join(f"<b>{day:%a %-d %b %Y}</b>: " + "; ".join(html.escape(t, quote=False) for t in by_day[day][:8])
                             + (f" and {len(by_day[day]) - 8} more" if len(by_day[day]) > 8 else "") for day in group)
        fig.add_annotation(
            x=x, xref="x", y=0, yref="paper", yanchor="bottom", xanchor="right" if right else "left", yshift=2 + 16 * level,
            text=text, showarrow=False, font=dict(size=11, color="#5a6272"), bgcolor="rgba(255,255,255,0.85)", borderpad=1,
            hovertext=f"Published<br>{listed}",
            hoverlabel=dict(bgcolor="white", bordercolor="#9aa3b2", font=dict(size=12, color="#1d2330")),
            name=f"published {group[0].isoformat()}",
        )


def _published_words(days: list[date]) -> str:
    """"published 24 Oct 2024", "published 24, 27 Oct 2024", "published 5 times in Oct 2024"."""
    if len(days) > 3:
        return f"published {len(days)} times in {days[0]:%b %Y}"
    return "published " + ", ".join(str(d.day) for d in days) + f" {days[0]:%b %Y}"


def _dated_counts(dated: list[dict[str, Any]], total: int) -> str:
    """"12 dated by the text, 5 estimated from tense only, 2 estimated from tense and narrowed by
    other events, 1 undated": an estimate is not a date, however narrowed."""
    estimated = sum(1 for r in dated if r.get("date_basis") == "tense")
    narrowed = sum(1 for r in dated if date_kind(r) == "narrowed")
    parts = [f"{len(dated) - estimated} dated by the text"]
    if estimated - narrowed:
        parts.append(f"{estimated - narrowed} estimated from tense only")
    if narrowed:
        parts.append(f"{narrowed} estimated from tense and narrowed by other events")
    parts.append(f"{total - len(dated)} undated")
    return ", ".join(parts)


def _facts(timeline: Timeline, records: list[dict[str, Any]]) -> str:
    dated = [r for r in records if date_kind(r) != "undated"]
    parts = [
        f"<span><b>{len(timeline.documents)}</b> document{'s' if len(timeline.documents) != 1 else ''}</span>",
        f"<span><b>{len(records)}</b> events ({_dated_counts(dated, len(records))})</span>",
        f"<span><b>{len(timeline.actors)}</b> actors</span>",
    ]
    disputed = sum(1 for r in records if is_contradicted(r))
    if disputed:  # dates an analyst must settle before citing them: said up front, not only on hover
        parts.append(f"<span class=\"disputed\">⚠ <b>{disputed}</b> with contradictory dates (outlined in red)</span>")
    groups = {r.get("report_group") for r in records if (r.get("reports") or 1) > 1}
    if groups:
        told = sum(1 for r in records if (r.get("reports") or 1) > 1)
        parts.append(f"<span><b>{len(groups)}</b> told by several articles ({told} reports)</span>")
        split = {r.get("report_group") for r in records if any(str(f).startswith("reports_disagree") for f in r.get("flags") or [])}
        if split:
            parts.append(f"<span class=\"disputed\">⚠ <b>{len(split)}</b> whose reports disagree (outlined in red)</span>")
    # the span of what the texts date; ranges estimated from tense alone would stretch it a year out
    firm = [r for r in dated if r.get("date_basis") != "tense"] or dated
    if firm:
        first = min(record_span(r)[0] for r in firm)
        last = max(record_span(r)[1] for r in firm)
        span = format_span({"date_start": first.isoformat(), "date_end": last.isoformat(), "precision": "day"})
        if first == last:
            span = format_span({"date_start": first.isoformat(), "date_end": first.isoformat()})
        parts.append(f"<span>span <b>{html.escape(span)}</b></span>")
    return "".join(parts)


_DCT_SOURCE_WORDS = {
    "cli": "given with --dct", "front-matter": "front matter", "html-metadata": "page metadata",
    "url": "date in the URL", "dateline": "dateline in the text", "jsonl": "corpus record", "timeml": "TimeML file", "none": "none: no publication date",
    "html-time": "date marked up in the page (<time>)",
}


def _documents(timeline: Timeline) -> str:
    if not timeline.documents:
        return ""
    rows = []
    for doc in timeline.documents:
        name = html.escape(doc.title or _doc_label(timeline, doc.id))
        if doc.url and doc.url.lower().startswith(("http://", "https://")):
            name = f'<a href="{html.escape(doc.url, quote=True)}" rel="noopener noreferrer">{name}</a>'
        source = _DCT_SOURCE_WORDS.get(doc.dct_source, doc.dct_source)
        # folded: the list of what ingestion dropped can be long, and the chart should stay in view
        removed = (f"<details><summary>{len(doc.removed)} item{'s' if len(doc.removed) != 1 else ''}</summary>"
                   + "<br>".join(html.escape(r) for r in doc.removed) + "</details>") if doc.removed else ""
        rows.append(
            f"<tr><td>{name}<div class=\"src\">{html.escape(doc.path or '')}</div></td>"
            f"<td>{html.escape(doc.outlet or '')}</td><td>{doc.dct.isoformat() if doc.dct else '—'}</td>"
            f"<td>{html.escape(source)}</td><td class=\"src\">{removed}</td></tr>"
        )
    open_attr = " open" if len(timeline.documents) <= 3 else ""
    return (f"<details class=\"documents\"{open_attr}><summary>Documents ({len(timeline.documents)})</summary>"
            "<table class=\"docs\"><tr><th>Document</th><th>Outlet</th><th>Published (DCT)</th><th>DCT from</th>"
            f"<th>Removed at ingestion</th></tr>{''.join(rows)}</table></details>")


def _problems(timeline: Timeline) -> str:
    if not timeline.warnings and not timeline.errors:
        return ""
    items = [f"<li class=\"error\">{html.escape(e.source)}: {html.escape(e.message)}</li>" for e in timeline.errors]
    items += [f"<li>{html.escape(w)}</li>" for w in timeline.warnings]
    words = []
    if timeline.errors:
        words.append(f"{len(timeline.errors)} document error{'s' if len(timeline.errors) != 1 else ''}")
    if timeline.warnings:
        words.append(f"{len(timeline.warnings)} warning{'s' if len(timeline.warnings) != 1 else ''}")
    return f"<details class=\"problems\" open><summary>⚠ {', '.join(words)}</summary><ul>{''.join(items)}</ul></details>"


def _undated(events: Iterable[Event], labels: dict[str, str]) -> str:
    undated = [e for e in events if e.date_start is None and e.date_end is None]
    if not undated:
        return ""
    items = "".join(
        f"<li><b>{html.escape(e.summary)}</b> <span class=\"status {html.escape(e.status)}\">{html.escape(e.status)}</span> "
        f"<span class=\"src\">{html.escape(e.type)} · {html.escape(labels.get(e.doc, e.doc))}</span></li>"
        for e in undated
    )
    return (f"<div class=\"undated\"><h3>Undated events ({len(undated)})</h3>"
            f"<p class=\"note\">No date could be found for these; they are not on the chart but are in the table.</p>"
            f"<ul>{items}</ul></div>")


def _window_note(records: list[dict[str, Any]]) -> str:
    """When the chart opens on the days the articles report (``figure.initial_range``) and some events lie wholly
    outside that window (background dated to a month or a year, older reports), say so under the chart: an analyst
    must not read the first view as the whole timeline."""
    dated = [r for r in records if date_kind(r) != "undated"]
    window = initial_range(dated)
    if not window:
        return ""
    first, last = date.fromisoformat(window[0]), date.fromisoformat(window[1])
    spans = [record_span(r) for r in dated]
    outside = sum(1 for s, e in spans if e < first or s >= last)
    if not outside:
        return ""
    shown = {"date_start": (first).isoformat(), "date_end": (last - timedelta(days=1)).isoformat()}
    what = "event lies" if outside == 1 else "events lie"
    return (f'<p class="note window">The chart opens on <b>{html.escape(format_span(shown))}</b>, around the days the '
            f"articles report; {outside} {what} wholly outside this window (dated to a month or a year, or further "
            f"away): double-click the chart or drag the slider below it to see all.</p>")


def _plotlyjs(mode: str) -> str:
    if mode == "cdn":
        from plotly.io._utils import plotly_cdn_url

        return f'<script src="{html.escape(plotly_cdn_url(), quote=True)}" charset="utf-8"></script>'
    from plotly.offline import get_plotlyjs

    return "<script>" + get_plotlyjs().replace("</script", "<\\/script") + "</script>"


def render_html(
    timeline: Timeline, *, plotlyjs: str = "inline", graph: Any = None, review: Mapping[str, str] | None = None,
    reports: str = "group",
) -> str:
    """The timeline as one HTML page: header (documents and their dates, counts, span, warnings),
    the chart, the actor-event network, and a sortable, filterable table of every event.

    ``plotlyjs``: "inline" (default; about 5 MB, works offline) or "cdn" (small; loads plotly.js
    from cdn.plot.ly when opened). ``graph``: the networkx graph to draw (built when not given).
    ``review``: event id -> review label (reviewed, edited, unreviewed, rejected) for a reviewed
    timeline; each event then shows it in the chart's hover and the table. ``reports``: for an event
    told by several articles, one marker for the group ("group", the default; the hover lists each
    report) or one per report ("each"); a switch above the chart changes it.
    """
    if plotlyjs not in PLOTLYJS_MODES:
        raise UsageError(f"unknown plotly.js mode {plotlyjs!r}", "use 'inline' (offline) or 'cdn' (small file)")
    if reports not in REPORT_VIEWS:
        raise UsageError(f"unknown report view {reports!r}", "use 'group' (one marker per event) or 'each' (one per report)")
    records = with_sources([event_record(e, review) for e in timeline.events], timeline)
    labels = {d.id: _doc_label(timeline, d.id) for d in timeline.documents}
    figure = timeline_figure(records, lanes="actor", reports=reports)
    _add_publication_dates(figure, timeline, records)
    network = network_figure(_graph_for(timeline, graph))
    payload = {
        "figure": json.loads(figure.to_json()),
        "network": json.loads(network.to_json()),
        "events": [_table_row(e, r, i, labels.get(e.doc, e.doc)) for i, (e, r) in enumerate(zip(timeline.events, records))],
        "reports_view": reports,
    }
    statuses = sorted({e.status for e in timeline.events}, key=lambda s: EVENT_STATUSES.index(s) if s in EVENT_STATUSES else 99)
    options = '<option value="">All statuses</option>' + "".join(
        f'<option value="{html.escape(s, quote=True)}">{html.escape(s)}</option>' for s in statuses)
    title = html.escape(timeline.title)
    footer = f"Made with {html.escape(generated_by())}. Dates are the first and last day an event can fall on; " \
             "every date links back to the words and the rule that gave it."
    replacements = {
        "__GENERATOR__": html.escape(generated_by(), quote=True),
        "__TITLE__": title,
        "__CSS__": _asset("page.css"),
        "__FACTS__": _facts(timeline, records),
        "__DOCUMENTS__": _documents(timeline),
        "__PROBLEMS__": _problems(timeline),
        "__UNDATED__": _undated(timeline.events, labels),
        "__WINDOW__": _window_note(records),
        "__STATUS_OPTIONS__": options,
        "__TABLE_CLASS__": "events single-doc" if len({e.doc for e in timeline.events}) <= 1 else "events",
        "__FOOTER__": footer,
        "__DATA__": json_for_script(payload),
        "__JS__": _asset("page.js"),
        "__PLOTLYJS__": _plotlyjs(plotlyjs),
    }
    page = _asset("page.html")
    # one pass, so text inserted for one placeholder is never scanned for another
    pattern = re.compile("|".join(re.escape(k) for k in replacements))
    return pattern.sub(lambda m: replacements[m.group(0)], page)
