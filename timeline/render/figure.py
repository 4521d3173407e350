"""The timeline chart and the actor-event network, drawn with plotly.graph_objects.

Visual grammar of the timeline (explained by the chart's two legends):

- one lane per actor (the event's source actor, else its first actor) or per event type; buttons
  in the chart switch between the two;
- an event on one exact day is a marker; an event known only to a range, week, month, quarter or
  year is a horizontal bar across that span; the bar is hatched when the event lies *somewhere* in
  the period, solid when it fills a known range, and faint and dotted when the date was only
  estimated from tense (less faint when other events narrowed that estimate: tighter, still a guess);
- colour and symbol give the status: occurred (solid), ongoing, planned (hollow), cancelled (grey,
  crossed), denied (red, crossed), hypothetical (hollow diamond);
- hover shows the date, the words that gave it, how it was derived, actors, status, type, summary
  and the evidence sentence.

Events without a date are not drawn (there is nowhere to put them); callers list them apart.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any

import plotly.graph_objects as go

from timeline.render.dates import basis_note, date_kind, format_span, parse_iso, record_span

#: status -> (label, colour, marker symbol, hollow)
STATUS_STYLES: dict[str, tuple[str, str, str, bool]] = {
    "occurred": ("Occurred", "#1f5fa8", "circle", False),
    "ongoing": ("Ongoing", "#168a7a", "triangle-right", False),
    "planned": ("Planned", "#d9822b", "circle-open", True),
    "hypothetical": ("Hypothetical", "#7b5ea7", "diamond-open", True),
    "cancelled": ("Cancelled", "#8a8f98", "x", False),
    "denied": ("Denied", "#c0392b", "circle-x-open", False),
}
_UNKNOWN_STATUS = ("Other", "#555555", "square", False)

#: date kind -> (legend label, bar pattern shape, fill opacity)
KIND_STYLES: dict[str, tuple[str, str, float]] = {
    "day": ("exact day", "", 1.0),
    "range": ("known range of days", "", 0.55),
    "period": ("somewhere in a week / month / year", "/", 0.35),
    "narrowed": ("from tense, narrowed by other events", ".", 0.3),
    "estimate": ("estimated from tense only", ".", 0.18),
}
_ESTIMATES = ("estimate", "narrowed")

NO_ACTOR = "(no actor)"
LANE_MODES = ("actor", "type")
_HOVER_WIDTH = 90
_LANE_PX = 46
_BASE_PX = 280
_TOP_PX = 112
_LEGEND_ROW_PX = 30
_LANE_CHARS = 24
_MS_PER_DAY = 86_400_000

#: customdata columns, in order (the page's JS reads index 0 = event id)
HOVER_FIELDS = ("id", "date", "date_text", "derivation", "actors", "status", "type", "summary", "sentence", "flags", "source",
                "reports")

#: what the chart draws of an event told by several articles (a report group): one marker for the
#: group ("group", the default; its hover lists every report) or one marker per report ("each")
REPORT_VIEWS = ("group", "each")


def source_words(record: dict[str, Any]) -> str:
    """The article an event was read in, for a reader: "Gulf Wire, 'Qatar announces a deal'
    (published 15 Jan 2025)", from the record's ``doc_*`` fields when it has them (see
    ``timeline.render.exports.with_sources``), else its document id."""
    title, outlet, published = record.get("doc_title"), record.get("doc_outlet"), record.get("doc_published")
    parts = [str(outlet)] if outlet else []
    if title:
        parts.append(f"‘{title}’")
    words = ", ".join(parts) or str(record.get("doc") or "unknown document")
    day = parse_iso(published)
    if day and record.get("doc_dct_source") == "cli":
        words += f" (dated {day.day} {day:%b} {day.year} by the user with --dct)"
    elif day:
        words += f" (published {day.day} {day:%b} {day.year})"
    return words


def lane_of(record: dict[str, Any], lanes: str) -> str:
    """The lane an event is drawn in: its source actor (else first actor), or its type."""
    if lanes == "type":
        kind = record.get("type") or "EVENT"
        mode = record.get("mode")
        return f"{kind} ({mode})" if mode else str(kind)
    actors = record.get("actors") or []
    return str(record.get("source_actor") or (actors[0] if actors else NO_ACTOR))


def lane_order(records: Iterable[dict[str, Any]], lanes: str) -> list[str]:
    """Lanes in order of their first event (then by name): the story reads top to bottom."""
    first: dict[str, date] = {}
    for record in records:
        start, _ = record_span(record)
        if start is None:
            continue
        lane = lane_of(record, lanes)
        if lane not in first or start < first[lane]:
            first[lane] = start
    return sorted(first, key=lambda lane: (first[lane], lane.casefold()))


def _lane_range(n_lanes: int) -> list[float]:
    """First lane at the top, no empty band above or below."""
    return [max(n_lanes, 1) - 0.5, -0.5]


def _slider_thickness(n_lanes: int) -> float:
    """The range slider about 48 px high whatever the chart's height (thickness is a fraction)."""
    plot = chart_height(n_lanes) - _TOP_PX - 110
    return round(min(0.15, max(0.02, 48 / max(plot, 1))), 4)


def chart_height(n_lanes: int) -> int:
    """Enough room for every lane label; never less than a readable minimum."""
    return max(480, _BASE_PX + _LANE_PX * n_lanes)


def _esc(value: Any) -> str:
    """Article text for plotly labels: ``<``, ``>``, ``&`` escaped, so plotly (which reads a few
    tags such as <b> and <a>) shows it literally; quotes need no escaping outside a tag."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return html.escape(str(value), quote=False)


def _wrap(value: Any, width: int = _HOVER_WIDTH) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return "<br>".join(_esc(line) for line in textwrap.wrap(text, width)) if text else ""


def reports_words(record: dict[str, Any]) -> str:
    """The hover lines of an event told by several articles: each report's source, its date and its
    sentence (escaped, wrapped), from the record's ``group_reports`` (set by ``timeline_figure``)."""
    reports = record.get("group_reports") or []
    if len(reports) < 2:
        return ""
    lines = [f"<br><b>Told by {len({r.get('doc') for r in reports})} reports:</b>"]
    for r in reports[:8]:
        r = own_dated(r)  # (each report as its own text dates it: the evidence)
        words = f"• {source_words(r)}: {format_span(r)}" + (f" (“{r['date_text']}”)" if r.get("date_text") else "")
        lines.append(_wrap(words))
        lines.append("&nbsp;&nbsp;" + _wrap(f"“{r.get('sentence') or ''}”").replace("<br>", "<br>&nbsp;&nbsp;"))
    if len(reports) > 8:
        lines.append(f"… and {len(reports) - 8} more (see the table)")
    return "<br>".join(lines)


def hover_row(record: dict[str, Any]) -> list[str]:
    """The customdata of one event (see HOVER_FIELDS): article text escaped, wrapped for the label."""
    flags = ", ".join(record.get("flags") or [])
    return [
        str(record.get("id") or ""),
        _esc(format_span(record)),
        (f"  ·  <i>{_esc(record['date_text'])}</i>" if record.get("date_text") else "")
        + (f"  ·  <span style='color:#9a5b00'>{_esc(basis_note(record))}</span>" if basis_note(record) else ""),
        _wrap(record.get("date_derivation") or "—"),
        _wrap(record.get("actors") and ", ".join(record["actors"]) or "—"),
        _esc(record.get("status") or "—") + (f" · review: {_esc(record['review'])}" if record.get("review") else ""),
        _esc(record.get("type") or "—") + (f" ({_esc(record['mode'])})" if record.get("mode") else ""),
        _wrap(record.get("summary") or ""),
        _wrap(f"“{record.get('sentence') or ''}”"),
        # wrapped like the rest: a contradiction explains itself in a long line
        "".join(f"<br><span style='color:#b0281a'>{line}</span>" for line in _wrap(f"⚠ {flags}").split("<br>")) if flags else "",
        _wrap(source_words(record)),
        reports_words(record),
    ]


HOVER_TEMPLATE = (
    "<b>%{customdata[7]}</b><br>"
    "<b>Date:</b> %{customdata[1]}%{customdata[2]}<br>"
    "<b>How:</b> %{customdata[3]}<br>"
    "<b>Actors:</b> %{customdata[4]}<br>"
    "<b>Status:</b> %{customdata[5]}  ·  <b>Type:</b> %{customdata[6]}<br>"
    "%{customdata[8]}<br>"
    "<b>Source:</b> %{customdata[10]}"
    "%{customdata[11]}"
    "%{customdata[9]}"
    "<extra></extra>"
)


def _ms(days: int) -> int:
    return days * _MS_PER_DAY


def own_dated(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` dated as its own text dates it: linking dates a report by a more precise report of
    the same event and keeps its own date in ``report_date`` (see ``timeline.linking``)."""
    own = record.get("report_date")
    if not isinstance(own, dict):
        return record
    return {**record, **{k: own.get(k) for k in ("date_start", "date_end", "precision", "timex", "date_text",
                                                  "date_derivation", "date_basis")}}


def with_reports(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Records ready to draw, and the report view each belongs to: "both" for an event told once;
    for an event told by several articles (``linked_events``), one record for the group ("group":
    the report dated most precisely, its date's own source first, then the first published; dated
    as linking dated the group) and each report ("each": dated as its own text dates it). Every
    record of a group carries ``group_reports``: the reports, first published first."""
    by_id = {r.get("id"): r for r in records}
    out: list[dict[str, Any]] = []
    views: list[str] = []
    done: set[str] = set()
    for record in records:
        linked = [by_id[i] for i in record.get("linked_events") or () if i in by_id]
        if not linked:
            out.append(record)
            views.append("both")
            continue
        group = record.get("report_group") or record.get("id")
        members = sorted([record, *linked], key=lambda r: (r.get("doc_published") or "9999", str(r.get("doc")), r.get("start") or 0))
        if group not in done:
            done.add(group)
            dated = [m for m in members if date_kind(m) != "undated"] or members

            def width(m: dict[str, Any]) -> int:
                a, b = record_span(m)
                return (b - a).days if a and b else 10**6

            def borrowed(m: dict[str, Any]) -> bool:  # dated by another report of the group
                return record_span(own_dated(m)) != record_span(m)

            lead = min(dated, key=lambda m: (width(m), borrowed(m), members.index(m)))
            out.append({**lead, "group_reports": members})
            views.append("group")
        out.append({**own_dated(record), "group_reports": members})
        views.append("each")
    return out, views


def is_disputed(record: dict[str, Any]) -> bool:
    """Contradicted anchors, or reports of the event that disagree with each other."""
    return is_contradicted(record) or any(str(f).startswith("reports_disagree") for f in record.get("flags") or [])


def timeline_figure(records: list[dict[str, Any]], *, lanes: str = "actor", reports: str = "group") -> go.Figure:
    """The timeline chart of event records (``Event.to_record()`` dicts; extra keys such as
    ``date_basis`` or ``review`` are used when present). ``lanes``: "actor" or "type" (the
    initial lanes; both are switchable in the chart). ``reports``: "group" draws one marker for an
    event told by several articles (hover lists the reports), "each" one per report; the other
    view's traces are there, hidden (``meta.reports``), for the page's switch. Undated records are
    not drawn."""
    if lanes not in LANE_MODES:
        raise ValueError(f"lanes must be one of {LANE_MODES}, not {lanes!r}")
    if reports not in REPORT_VIEWS:
        raise ValueError(f"reports must be one of {REPORT_VIEWS}, not {reports!r}")
    drawn, views = with_reports(records)
    dated = [r for r in drawn if date_kind(r) != "undated"]
    view_of = {id(r): v for r, v in zip(drawn, views)}
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for record in dated:
        kind = date_kind(record)
        geometry = "marker" if kind in ("day",) or (kind in _ESTIMATES and record_span(record)[0] == record_span(record)[1]) else "bar"
        conflict = ":conflict" if is_disputed(record) else ""
        view = view_of[id(record)]
        groups.setdefault((str(record.get("status") or "occurred"), geometry + ":" + kind + conflict + "|" + view), []).append(record)

    order = {s: i for i, s in enumerate(STATUS_STYLES)}
    keys = sorted(groups, key=lambda k: (order.get(k[0], 99), k[1]))
    # lane names are shown by plotly, which reads a few tags: escaped like all article text
    orders = {mode: [_esc(lane) for lane in lane_order(dated, mode)] for mode in LANE_MODES}
    # markers spread and bars packed among what one view shows: a report hidden in the other view
    # takes no room (records in both views are placed as in the group view)
    slots: dict[str, list[tuple[float, float]]] = {mode: [(0.0, 0.0)] * len(dated) for mode in LANE_MODES}
    times: dict[str, list[str]] = {mode: [""] * len(dated) for mode in LANE_MODES}
    for shown_views, placed_views in ((("both", "group"), ("both", "group")), (("both", "each"), ("each",))):
        side = [i for i, r in enumerate(dated) if view_of[id(r)] in shown_views]
        records_side = [dated[i] for i in side]
        for mode in LANE_MODES:
            packed, spread = _pack_bars(records_side, mode), _spread_markers(records_side, mode)
            for k, i in enumerate(side):
                if view_of[id(dated[i])] in placed_views:
                    slots[mode][i], times[mode][i] = packed[k], spread[k]
    position = {id(r): i for i, r in enumerate(dated)}
    fig = go.Figure()
    legend_shown: set[str] = set()
    for status, geo_kind in keys:
        items = groups[(status, geo_kind)]
        shape, view = geo_kind.split("|")
        geometry, kind, *rest = shape.split(":")
        conflict = bool(rest)
        label, colour, symbol, hollow = STATUS_STYLES.get(status, _UNKNOWN_STATUS)
        hidden = view not in ("both", reports)
        show = status not in legend_shown and geometry == "marker" and not conflict and not hidden
        meta: dict[str, Any] = {"role": "events", "status": status, "kind": kind, "conflict": conflict, "reports": view,
                                "lanes": {mode: [_esc(lane_of(r, mode)) for r in items] for mode in LANE_MODES}}
        common = dict(
            name=label, legendgroup=status, showlegend=show, legend="legend", visible=not hidden,
            y=[_esc(lane_of(r, lanes)) for r in items],
            customdata=[hover_row(r) for r in items],
            hovertemplate=HOVER_TEMPLATE,
        )
        if show:
            legend_shown.add(status)
        if geometry == "marker":
            faint = {"estimate": 0.45, "narrowed": 0.7}.get(kind, 1.0)
            meta["x"] = {mode: [times[mode][position[id(r)]] for r in items] for mode in LANE_MODES}
            fig.add_trace(go.Scatter(
                x=meta["x"][lanes],
                mode="markers",
                marker=dict(
                    symbol=symbol, size=13 if not hollow else 12, color=colour,
                    opacity=faint,
                    line=dict(width=2.5 if hollow or symbol.endswith(("x", "x-open")) else 1, color=colour if hollow or symbol.endswith("open") else "white"),
                ) if not conflict else _conflict_marker(symbol, colour, faint),
                meta=meta, **common,
            ))
        else:
            starts = [record_span(r)[0] for r in items]
            ends = [record_span(r)[1] for r in items]
            for mode in LANE_MODES:
                meta.setdefault("offset", {})[mode] = [slots[mode][position[id(r)]][0] for r in items]
                meta.setdefault("width", {})[mode] = [slots[mode][position[id(r)]][1] for r in items]
            fig.add_trace(go.Bar(
                orientation="h",
                base=[d.isoformat() for d in starts],
                x=[_ms((e - d).days + 1) for d, e in zip(starts, ends)],
                offset=meta["offset"][lanes], width=meta["width"][lanes],
                marker=_bar_marker(colour, kind, hollow, crossed=status == "cancelled", conflict=conflict),
                meta=meta, **common,
            ))
    # statuses shown only as bars still need a legend entry
    for status, geo_kind in keys:
        if status not in legend_shown and geo_kind.split("|")[1] in ("both", reports):
            label, colour, symbol, _ = STATUS_STYLES.get(status, _UNKNOWN_STATUS)
            fig.add_trace(_legend_only(label, colour, symbol, "legend", status))
            legend_shown.add(status)
    kinds_present = {k.split("|")[0].split(":")[1] for _, k in keys}
    for kind, (label, pattern, opacity) in KIND_STYLES.items():
        if kind in kinds_present:
            fig.add_trace(_kind_legend(kind, label, pattern, opacity))

    if any(":conflict|" in k for _, k in keys):
        reasons = [w for w, on in (("anchors disagree", any(is_contradicted(r) for r in dated)),
                                   ("reports disagree", any(is_disputed(r) and not is_contradicted(r) for r in dated))) if on]
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=f"⚠ contradicted date: {' / '.join(reasons)} (see hover)", legend="legend2",
            marker=dict(symbol="circle", size=12, color="white", line=dict(width=3, color=CONFLICT_COLOUR)),
            hoverinfo="skip", meta={"role": "legend"},
        ))
    _layout(fig, dated, orders, lanes)
    return fig


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _bar_marker(colour: str, kind: str, hollow: bool, *, crossed: bool = False, conflict: bool = False) -> dict[str, Any]:
    """A bar's look: solid for a known range, hatched for "somewhere in the period", faint dots
    for an estimate from tense (a little less faint when other events narrowed it); hollow
    (outline only) for planned and hypothetical events;
    cross-hatched when ``crossed`` (a cancelled event over a known range)."""
    fill = {"range": 0.6, "period": 0.16, "narrowed": 0.1, "estimate": 0.06}[kind]
    pattern = KIND_STYLES[kind][1]
    if crossed and kind == "range":
        pattern, fill = "x", 0.16
    return dict(
        color=_rgba(colour, 0.04 if hollow else fill),
        line=dict(color=CONFLICT_COLOUR, width=3) if conflict else dict(color=colour, width=2 if hollow else 1),
        pattern=dict(shape=pattern, fgcolor=colour, fgopacity={"estimate": 0.55, "narrowed": 0.75}.get(kind, 0.85), size=7,
                     solidity=0.22 if kind == "period" else 0.25)
        if pattern else None,
    )


def _pack_bars(dated: list[dict[str, Any]], lanes: str) -> list[tuple[float, float]]:
    """(offset, width) of each record's bar within its lane, so bars that overlap in time sit in
    sub-rows of the lane instead of on top of each other (markers stay on the lane's centre line)."""
    band = 0.72
    rows_of: dict[int, int] = {}
    lane_rows: dict[str, int] = {}
    by_lane: dict[str, list[int]] = {}
    for i, record in enumerate(dated):
        start, end = record_span(record)
        if start != end:
            by_lane.setdefault(lane_of(record, lanes), []).append(i)
    for lane, indices in by_lane.items():
        row_ends: list[date] = []
        for i in sorted(indices, key=lambda i: (record_span(dated[i])[0], record_span(dated[i])[1])):
            start, end = record_span(dated[i])
            for row, last in enumerate(row_ends):
                if last < start:
                    row_ends[row] = end
                    break
            else:
                row = len(row_ends)
                row_ends.append(end)
            rows_of[i] = row
        lane_rows[lane] = len(row_ends)
    slots = []
    for i, record in enumerate(dated):
        n = lane_rows.get(lane_of(record, lanes), 1)
        row = rows_of.get(i, 0)
        height = band / n
        # an estimate from tense is drawn thinner than a dated span: the less known, the less ink
        share = {"estimate": 0.5, "narrowed": 0.68}.get(date_kind(record), 0.88)
        slots.append((round(-band / 2 + row * height + height * (1 - share) / 2, 4), round(height * share, 4)))
    return slots


def is_contradicted(record: dict[str, Any]) -> bool:
    """True when the reasoning found the event's anchors contradicting each other: its date is one
    reading among several, and the chart must not draw it like a settled one."""
    return any(str(flag).startswith("contradiction") for flag in record.get("flags") or [])


CONFLICT_COLOUR = "#c0392b"


def _conflict_marker(symbol: str, colour: str, opacity: float) -> dict[str, Any]:
    """The marker of an event whose date is contradicted: its status colour inside a thick red
    outline, a little larger, so the disputed date stands out on the chart, not only on hover."""
    return dict(symbol=symbol.replace("-open", ""), size=15, color=colour, opacity=max(opacity, 0.8),
                line=dict(width=3, color=CONFLICT_COLOUR))


def _spread_markers(dated: list[dict[str, Any]], lanes: str) -> list[str]:
    """The x of each record's marker: noon of its day; but events on the same day in the same lane
    are spread across that day (02:00 to 22:00), so three events there show as three markers, each
    with its own hover, not as one marker hiding two others. Still inside the day: the date shown
    is never moved to another day."""
    same: dict[tuple[str, date], list[int]] = {}
    for i, record in enumerate(dated):
        start, end = record_span(record)
        if start is not None and start == end:
            same.setdefault((lane_of(record, lanes), start), []).append(i)
    hours = [12.0] * len(dated)
    for indices in same.values():
        n = len(indices)
        if n > 1:
            step = min(8.0, 20.0 / (n - 1))
            for k, i in enumerate(indices):
                hours[i] = 12.0 + (k - (n - 1) / 2) * step
    out = []
    for i, record in enumerate(dated):
        day = record_span(record)[0]
        minutes = round(hours[i] * 60)
        out.append(f"{day.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}" if day else "")
    return out


def _legend_only(label: str, colour: str, symbol: str, legend: str, group: str) -> go.Scatter:
    return go.Scatter(
        x=[None], y=[None], mode="markers", name=label, legend=legend, legendgroup=group,
        marker=dict(symbol=symbol, size=12, color=colour, line=dict(width=2, color=colour)),
        hoverinfo="skip", meta={"role": "legend"},
    )


def _kind_legend(kind: str, label: str, pattern: str, opacity: float) -> go.BaseTraceType:
    grey = "#4a4f57"
    if kind == "day":
        return go.Scatter(x=[None], y=[None], mode="markers", name=label, legend="legend2",
                          marker=dict(symbol="circle", size=11, color=grey), hoverinfo="skip",
                          meta={"role": "legend"})
    return go.Bar(x=[None], y=[None], orientation="h", name=label, legend="legend2",
                  marker=_bar_marker(grey, kind, False), hoverinfo="skip", meta={"role": "legend"})


def initial_range(dated: list[dict[str, Any]]) -> list[str] | None:
    """The x range the chart opens on. Normally every event; but when the events dated to a day, a
    known range or a week (what the articles report) fill less than a third of the whole span,
    which year-long periods and tense estimates stretch, the chart opens on those, and the range
    slider below it still shows everything."""
    if not dated:
        return None
    spans = [record_span(r) for r in dated]
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    core = [record_span(r) for r in dated
            if date_kind(r) in ("day", "range") or (date_kind(r) == "period" and r.get("precision") == "week")]
    if core:
        c_first, c_last = min(s for s, _ in core), max(e for _, e in core)
        if (c_last - c_first).days + 1 < ((last - first).days + 1) / 3:
            first, last = c_first, c_last
    pad = max(3, (last - first).days // 20)
    return [(first - timedelta(days=pad)).isoformat(), (last + timedelta(days=pad + 1)).isoformat()]


def short_lane(name: str, limit: int = _LANE_CHARS) -> str:
    """A lane label that fits the axis: long names cut at a word with "…" (the full name is on
    hover in the page and in every event's hover)."""
    if len(name) <= limit:
        return name
    cut = name[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def _legend2_y(height: int) -> float:
    """The date legend's row, in container fractions: one legend row below the status legend."""
    return round(1 - _LEGEND_ROW_PX / height, 4)


def _layout(fig: go.Figure, dated: list[dict[str, Any]], orders: dict[str, list[str]], lanes: str) -> None:
    n = len(orders[lanes])
    x_range = initial_range(dated)
    raw = {mode: lane_order(dated, mode) for mode in LANE_MODES}
    ticks = {mode: [_esc(short_lane(lane)) for lane in raw[mode]] for mode in LANE_MODES}
    buttons = []
    for mode, title in (("actor", "Lanes: actors"), ("type", "Lanes: event types")):
        events = [t.meta if t.meta and t.meta.get("role") == "events" else None for t in fig.data]
        restyle: dict[str, list[Any]] = {"y": [list(m["lanes"][mode]) if m else [None] for m in events]}
        if any(m and "x" in m for m in events):
            # markers on one day in one lane are spread across it, and which share a lane depends
            # on the lanes; every other trace keeps its own x (a bar's x is its length)
            restyle["x"] = [list(m["x"][mode]) if m and "x" in m else list(t.x) if t.x is not None else [None]
                            for m, t in zip(events, fig.data)]
        if any(m and "offset" in m for m in events):
            restyle["offset"] = [m["offset"][mode] if m and "offset" in m else None for m in events]
            restyle["width"] = [m["width"][mode] if m and "width" in m else None for m in events]
        # the trace that carries the top axis is added below: its entry too, or plotly would give it
        # the first trace's points (arrays shorter than the traces cycle) and draw them as a line
        restyle["y"].append([orders[mode][0] if orders[mode] else None])
        if "x" in restyle:
            restyle["x"].append([x_range[0] if x_range else None])
        for key in ("offset", "width"):
            if key in restyle:
                restyle[key].append(None)
        height = chart_height(len(orders[mode]))
        buttons.append(dict(
            label=title, method="update",
            # the axis types are restated: restyling y makes plotly re-guess them (dates became
            # numbers); the x range is not: switching lanes keeps the analyst's zoom
            args=[restyle, {"xaxis.type": "date", "xaxis2.type": "date",
                            "yaxis.type": "category", "yaxis.categoryarray": orders[mode],
                            "yaxis.tickvals": orders[mode], "yaxis.ticktext": ticks[mode],
                            "yaxis.title.text": "Actor" if mode == "actor" else "Event type",
                            "height": height, "yaxis.range": _lane_range(len(orders[mode])),
                            "legend2.y": _legend2_y(height),
                            "xaxis.rangeslider.thickness": _slider_thickness(len(orders[mode]))}],
        ))
    ticks_common = dict(tickformat="%-d %b\n%Y", showgrid=False, zeroline=False, ticks="outside", ticklen=4,
                        tickcolor="#c4cad4", tickfont=dict(size=12, color="#4a4f57"))
    legend_common = dict(orientation="h", x=0, xanchor="left", xref="container", yref="container", yanchor="top",
                         font=dict(size=12.5), bgcolor="rgba(255,255,255,0)", tracegroupgap=4)
    height = chart_height(n)
    fig.update_layout(
        template="plotly_white",
        height=height,
        meta={"lane_names": raw},
        margin=dict(l=10, r=20, t=_TOP_PX, b=20),
        font=dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=13, color="#1d2330"),
        barmode="overlay",
        hovermode="closest",
        hoverlabel=dict(bgcolor="white", bordercolor="#9aa3b2", font=dict(size=12.5, color="#1d2330"), align="left"),
        legend=dict(y=1.0, title=dict(text="<b>Status</b>  "), groupclick="togglegroup", **legend_common),
        legend2=dict(y=_legend2_y(height), title=dict(text="<b>Date</b>  "), itemclick=False, itemdoubleclick=False,
                     **legend_common),
        updatemenus=[dict(
            type="buttons", direction="right", buttons=buttons, active=LANE_MODES.index(lanes),
            x=1.0, xanchor="right", y=1.0, yanchor="bottom", pad=dict(t=0, r=0, b=40),
            bgcolor="#eef1f6", bordercolor="#c4cad4", font=dict(size=12.5), showactive=True,
        )],
        xaxis=dict(
            type="date", range=x_range, showgrid=True, gridcolor="#e9edf3", zeroline=False,
            rangeslider=dict(visible=True, thickness=_slider_thickness(n), bgcolor="#f6f8fb", bordercolor="#d5dae2", borderwidth=1),
            tickformat="%-d %b\n%Y", hoverformat="%a %-d %b %Y", showspikes=True, spikemode="across",
            spikethickness=1, spikecolor="#9aa3b2", spikedash="dot",
        ),
        # the same dates along the top: with many lanes the bottom axis is a screen away
        xaxis2=dict(type="date", overlaying="x", matches="x", side="top", anchor="y", showline=False, tick0="2000-01-01", **ticks_common),
        yaxis=dict(
            type="category", categoryorder="array", categoryarray=orders[lanes], range=_lane_range(n), autorange=False,
            tickmode="array", tickvals=orders[lanes], ticktext=ticks[lanes],
            title=dict(text="Actor" if lanes == "actor" else "Event type", font=dict(size=12.5, color="#5a6272")),
            showgrid=True, gridcolor="#eef1f6", automargin=True, ticklabelstandoff=6, fixedrange=True,
        ),
    )
    # an axis is drawn only with a trace on it: an empty one carries the top axis
    # (one point and no marker: nothing drawn; a real date, so the axis ticks like the bottom one)
    anchor = x_range[0] if x_range else None
    fig.add_trace(go.Scatter(x=[anchor], y=[orders[lanes][0] if orders[lanes] else None], xaxis="x2", yaxis="y",
                             mode="lines", showlegend=False, hoverinfo="skip", meta={"role": "top-axis"}))


# --- the actor-event network ------------------------------------------------------------------

#: node kind -> (legend label, colour, symbol, size)
NODE_STYLES: dict[str, tuple[str, str, str, int]] = {
    "actor": ("Actor", "#1f5fa8", "circle", 22),
    "state": ("State", "#1f5fa8", "circle", 22),
    "person": ("Person", "#2a9d8f", "circle", 18),
    "igo": ("International organization", "#7b5ea7", "circle", 20),
    "organization": ("Organization", "#7b5ea7", "circle", 18),
    "group": ("Group", "#b5651d", "circle", 18),
    "event": ("Event", "#d9822b", "diamond", 11),
    "time": ("Date", "#8a8f98", "square", 9),
    "timex": ("Date", "#8a8f98", "square", 9),
    "document": ("Document", "#4a4f57", "star", 14),
    "place": ("Place", "#6d8a3a", "triangle-up", 13),
}
_OTHER_NODE = ("Other", "#555555", "circle", 10)

#: edge kind -> (legend label, colour, dash, width)
EDGE_STYLES: dict[str, tuple[str, str, str, float]] = {
    "source_of": ("actor → event (source)", "#6f8fc0", "solid", 1.4),
    "target_of": ("event → actor (target)", "#d9a066", "dash", 1.4),
    "participant_in": ("takes part", "#b7bfcc", "dot", 1.3),
    "located_in": ("takes place in", "#8fb05a", "dashdot", 1.2),
    "order": ("before / after / same day", "#9aa3b2", "longdash", 1.0),
    "cancels": ("cancels", "#c0392b", "dash", 1.6),
    "same_event": ("same event, another report", "#2a9d8f", "dot", 2.0),
}
_OTHER_EDGE = ("other link", "#c4cad4", "solid", 1.0)
_EDGE_KINDS = {"before": "order", "after": "order", "same_day": "order"}


def _edge_kind(data: dict[str, Any], key: Any) -> str:
    kind = str(data.get("type") or data.get("kind") or key or "")
    return _EDGE_KINDS.get(kind, kind if kind in EDGE_STYLES else "other")


def _short_node(label: str) -> str:
    """A node label short enough to place: escaped, long names cut (the full name is on hover)."""
    return _esc(short_lane(label, 28))
_ACTOR_KINDS = ("actor", "state", "person", "igo", "organization", "group")
#: what the network view draws: who took part in what, and where (dates and documents are in the
#: timeline and the table; as nodes they would pull every event into one hub)
NETWORK_KINDS = _ACTOR_KINDS + ("event", "place")


def _node_kind(data: dict[str, Any]) -> str:
    kind = str(data.get("kind") or data.get("type") or "other").lower()
    if kind == "actor" and str(data.get("actor_kind") or "").lower() in _ACTOR_KINDS:
        kind = str(data["actor_kind"]).lower()
    return kind


def _node_label(node: Any, data: dict[str, Any]) -> str:
    for key in ("label", "name", "summary", "title"):
        if data.get(key):
            return str(data[key])
    return str(node)


def _node_hover(node: Any, data: dict[str, Any], degree: int) -> str:
    lines = [f"<b>{_esc(_node_label(node, data))}</b>", f"{_esc(_node_kind(data))} · {degree} link{'s' if degree != 1 else ''}"]
    for key in ("role", "country", "type", "status", "date_start", "date_end", "date_text", "value", "dct"):
        value = data.get(key)
        if value not in (None, "", [], ()):
            lines.append(f"{key.replace('_', ' ')}: {_esc(value)}")
    if data.get("sentence"):
        lines.append(_wrap(f"“{data['sentence']}”"))
    return "<br>".join(lines)


def _edge_label(data: dict[str, Any], key: Any) -> str:
    for name in ("label", "role", "kind", "relation", "type"):
        if data.get(name):
            text = str(data[name])
            break
    else:
        text = "" if key in (None, 0) else str(key)
    if data.get("evidence"):
        text = f"{text}: {data['evidence']}" if text else str(data["evidence"])
    return text or "linked"


def network_figure(graph: Any, *, seed: int = 7) -> go.Figure:
    """The actor-event network: a spring layout (fixed seed: the same graph always looks the same),
    nodes coloured by kind (actors labelled by name), edges described on hover at their midpoint."""
    import networkx as nx

    fig = go.Figure()
    if graph is None or graph.number_of_nodes() == 0:
        fig.add_annotation(text="No actors or events to show", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        _network_layout(fig)
        return fig
    keep = [v for v, d in graph.nodes(data=True) if _node_kind(d) in NETWORK_KINDS]
    if keep and len(keep) < graph.number_of_nodes():
        graph = graph.subgraph(keep)
    simple = nx.Graph(graph.to_undirected(as_view=False))
    pos = spring_layout(simple, seed=seed)
    degree = dict(simple.degree())

    lines: dict[str, tuple[list[float | None], list[float | None]]] = {}
    mx: list[float] = []
    my: list[float] = []
    mt: list[str] = []
    drawn: set[tuple[Any, Any, str]] = set()
    for u, v, key, data in (graph.edges(keys=True, data=True) if graph.is_multigraph() else ((u, v, None, d) for u, v, d in graph.edges(data=True))):
        kind = _edge_kind(data, key)
        (x0, y0), (x1, y1) = pos[u], pos[v]
        mx.append((x0 + x1) / 2)
        my.append((y0 + y1) / 2)
        mt.append(f"{_esc(_node_label(u, graph.nodes[u]))} → {_esc(_node_label(v, graph.nodes[v]))}<br><i>{_wrap(_edge_label(data, key))}</i>")
        # "before" and its mirror "after" are one line on the chart
        line = (min(u, v, key=str), max(u, v, key=str), "order" if kind == "order" else kind)
        if line in drawn:
            continue
        drawn.add(line)
        xs, ys = lines.setdefault(kind, ([], []))
        xs += [x0, x1, None]
        ys += [y0, y1, None]
    for kind in sorted(lines, key=lambda k: list(EDGE_STYLES).index(k) if k in EDGE_STYLES else 99):
        label, colour, dash, width = EDGE_STYLES.get(kind, _OTHER_EDGE)
        xs, ys = lines[kind]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line=dict(width=width, color=colour, dash=dash),
                                 hoverinfo="skip", name=label, legend="legend2", meta={"role": "edges", "kind": kind}))
    fig.add_trace(go.Scatter(x=mx, y=my, mode="markers", marker=dict(size=7, color="rgba(120,130,150,0.25)"),
                             hovertemplate="%{text}<extra></extra>", text=mt, name="Link (hover)", showlegend=False,
                             meta={"role": "edge-labels"}))
    # actors and places are named, the busiest first; the page places each label where it overlaps
    # nothing and leaves the rest to hover (without the page's script: the busiest actors, on top)
    named = [v for v, d in graph.nodes(data=True) if _node_kind(d) in _ACTOR_KINDS + ("place",)]
    rank = {v: (_node_kind(graph.nodes[v]) in _ACTOR_KINDS, degree.get(v, 0)) for v in named}
    labelled = set(sorted((v for v in named if rank[v][0]), key=lambda v: (-degree.get(v, 0), str(v)))[:_MAX_NODE_LABELS])
    by_kind: dict[str, list[Any]] = {}
    for node, data in graph.nodes(data=True):
        by_kind.setdefault(_node_kind(data), []).append(node)
    # events first, so actors and places (and their names) are drawn over them
    for kind in sorted(by_kind, key=lambda k: (k != "event", list(NODE_STYLES).index(k) if k in NODE_STYLES else 99, k)):
        nodes = by_kind[kind]
        label, colour, symbol, size = NODE_STYLES.get(kind, _OTHER_NODE)
        is_actor = kind in _ACTOR_KINDS
        has_label = is_actor or kind == "place"
        fig.add_trace(go.Scatter(
            x=[pos[v][0] for v in nodes], y=[pos[v][1] for v in nodes],
            mode="markers+text" if has_label else "markers",
            # (places named too: a trace whose text starts all empty never draws text restyled in)
            text=[_esc(_node_label(v, graph.nodes[v])) if v in labelled or not is_actor else "" for v in nodes] if has_label else None,
            textposition="top center", textfont=dict(size=12, color="#1d2330" if is_actor else "#4d6a25"),
            marker=dict(symbol=symbol, color=colour, size=[size + min(degree.get(v, 0), 12) * (1.2 if is_actor else 0.4) for v in nodes],
                        line=dict(width=1.5, color="white")),
            hovertext=[_node_hover(v, graph.nodes[v], degree.get(v, 0)) for v in nodes],
            hovertemplate="%{hovertext}<extra></extra>",
            name=label, legend="legend", legendrank=(list(NODE_STYLES).index(kind) if kind in NODE_STYLES else 99) + 1,
            meta={"role": "nodes", "kind": kind,
                  "labels": [_short_node(_node_label(v, graph.nodes[v])) if has_label else "" for v in nodes],
                  # actors before places, then by links
                  "rank": [(1000 if is_actor else 0) + degree.get(v, 0) for v in nodes]},
        ))
    _network_layout(fig)
    return fig


def spring_layout(graph: Any, *, seed: int = 7, iterations: int = 150) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold force layout in plain Python (networkx's needs numpy, which this tool
    does not depend on). Deterministic: the same graph and seed always give the same positions.
    Above a few hundred nodes, repulsion is counted only between nodes closer than 2k (the grid
    variant of the original paper), so a thousand-node graph still lays out in seconds."""
    import math
    import random

    nodes = sorted(graph.nodes(), key=str)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in graph.edges() if u != v]
    rng = random.Random(seed)
    xs = [rng.uniform(-1, 1) for _ in range(n)]
    ys = [rng.uniform(-1, 1) for _ in range(n)]
    k = 2.0 / math.sqrt(n)
    exact = n <= _EXACT_LAYOUT_NODES
    steps = iterations if exact else max(30, iterations // 3)
    temperature = 0.2
    gravity = 0.6
    for step in range(steps):
        dx = [0.0] * n
        dy = [0.0] * n
        for i, j in (_all_pairs(n) if exact else _near_pairs(xs, ys, 2 * k)):
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            d2 = ddx * ddx + ddy * ddy or 1e-9
            f = k * k / d2  # repulsion k^2/d, applied along the unit vector (ddx/d)
            dx[i] += ddx * f
            dy[i] += ddy * f
            dx[j] -= ddx * f
            dy[j] -= ddy * f
        for i, j in edges:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            d = math.sqrt(ddx * ddx + ddy * ddy) or 1e-9
            f = d / k  # attraction d^2/k along the unit vector
            dx[i] -= ddx * f
            dy[i] -= ddy * f
            dx[j] += ddx * f
            dy[j] += ddy * f
        for i in range(n):
            # a weak pull to the centre keeps disconnected parts on screen
            dx[i] -= xs[i] * gravity
            dy[i] -= ys[i] * gravity
            d = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) or 1e-9
            move = min(d, temperature)
            xs[i] += dx[i] / d * move
            ys[i] += dy[i] / d * move
        temperature = max(0.2 * (1 - (step + 1) / steps), 0.002)
    return {v: (xs[i], ys[i]) for i, v in enumerate(nodes)}


_EXACT_LAYOUT_NODES = 120
_MAX_NODE_LABELS = 30


def _all_pairs(n: int) -> Iterator[tuple[int, int]]:
    for i in range(n):
        for j in range(i + 1, n):
            yield i, j


def _near_pairs(xs: list[float], ys: list[float], radius: float) -> Iterator[tuple[int, int]]:
    """Pairs of nodes in the same or neighbouring grid cells of side ``radius``."""
    cells: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(zip(xs, ys)):
        cells.setdefault((int(x // radius), int(y // radius)), []).append(i)
    for (cx, cy), members in cells.items():
        for ox, oy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):  # each neighbouring pair of cells once
            other = members if (ox, oy) == (0, 0) else cells.get((cx + ox, cy + oy))
            if not other:
                continue
            for a, i in enumerate(members):
                for j in (other[a + 1:] if (ox, oy) == (0, 0) else other):
                    yield i, j


def _network_layout(fig: go.Figure) -> None:
    fig.update_layout(
        template="plotly_white", height=700, margin=dict(l=10, r=10, t=80, b=10),
        font=dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=13, color="#1d2330"),
        legend=dict(orientation="h", x=0, xanchor="left", xref="container", y=1.0, yanchor="top", yref="container",
                    title=dict(text="<b>Nodes</b> "), font=dict(size=12.5)),
        legend2=dict(orientation="h", x=0, xanchor="left", xref="container", y=1 - 30 / 700, yanchor="top", yref="container",
                     title=dict(text="<b>Links</b> "), font=dict(size=12), itemclick="toggle"),
        hovermode="closest",
        hoverlabel=dict(bgcolor="white", bordercolor="#9aa3b2", font=dict(size=12.5, color="#1d2330"), align="left"),
        xaxis=dict(visible=False), yaxis=dict(visible=False, scaleanchor="x", scaleratio=1),
    )
