"""A contradicted date is seen on the chart, not only on hover: two anchors disagree, so the date
drawn is one reading among several and must not look settled."""

from __future__ import annotations

import pytest

from timeline.render import timeline_figure
from timeline.render.figure import CONFLICT_COLOUR, HOVER_FIELDS

_FLAG = ("contradiction: 'Two days' puts 'the signing' on 2025-03-05 (from 'the meeting' on 2025-03-03) "
         "but 'Thursday' says 2025-03-06")


def _record(eid, day, *, actor="Armenia", type_="AGREE", flags=(), end=None):
    return {"id": eid, "doc": "d", "date_start": day, "date_end": end or day, "precision": "day" if not end else "unknown",
            "type": type_, "actors": [actor], "source_actor": actor, "status": "occurred", "summary": eid,
            "sentence": "", "date_basis": "expression", "flags": list(flags)}


def _records():
    return [
        _record("meeting", "2025-03-03", type_="CONSULT", flags=[_FLAG]),
        _record("signing", "2025-03-06", actor="Azerbaijan", flags=[_FLAG]),
        _record("talks", "2025-03-01", end="2025-03-05", flags=[_FLAG]),
        _record("calm", "2025-03-04"),
    ]


def _outlined(fig):
    """Event ids drawn with the red outline of a contradicted date."""
    return sorted(row[0] for t in fig.data if t.meta and t.meta.get("role") == "events"
                  and t.marker.line.color == CONFLICT_COLOUR for row in t.customdata)


@pytest.mark.parametrize("lanes", ["actor", "type"])
def test_render_conflicts_each_contradicted_event_is_outlined_in_red(lanes):
    fig = timeline_figure(_records(), lanes=lanes)
    assert _outlined(fig) == ["meeting", "signing", "talks"]  # markers and the bar alike; "calm" is not
    legend = [t for t in fig.data if t.name and "contradicted" in t.name]
    assert len(legend) == 1 and legend[0].legend == "legend2" and legend[0].marker.line.color == CONFLICT_COLOUR
    # the status legend keeps its own look: its entry is never a contradicted marker
    shown = [t for t in fig.data if t.showlegend is not False and t.legend == "legend" and t.meta.get("role") == "events"]
    assert all(t.marker.line.color != CONFLICT_COLOUR for t in shown)
    # outlined events still follow the lane switch like the others
    for button, mode in zip(fig.layout.updatemenus[0].buttons, ("actor", "type")):
        for t, ys in zip(fig.data, button.args[0]["y"]):
            if t.meta and t.meta.get("conflict"):
                assert list(ys) == t.meta["lanes"][mode]


def test_render_conflicts_a_timeline_without_contradictions_has_no_red_outline():
    records = [r | {"flags": []} for r in _records()]
    fig = timeline_figure(records)
    assert _outlined(fig) == []
    assert not [t for t in fig.data if t.name and "contradicted" in t.name]


def test_render_conflicts_hover_explanation_is_wrapped_not_one_endless_line():
    fig = timeline_figure(_records())
    column = HOVER_FIELDS.index("flags")
    flags = next(row[column] for t in fig.data if t.customdata is not None for row in t.customdata if row[0] == "signing")
    lines = flags.split("<br>")[1:]
    assert len(lines) >= 2 and all(line.startswith("<span") for line in lines)
    text = " ".join(line.split(">", 1)[1].rsplit("<", 1)[0] for line in lines)
    assert text == "⚠ " + _FLAG


def test_render_conflicts_the_page_header_counts_contradicted_events():
    from datetime import date

    from timeline.model import Event, Timeline
    from timeline.render import render_html

    def event(eid, flags):
        d = date(2025, 3, 3)
        return Event(id=eid, doc="d", type="CONSULT", trigger="met", start=0, end=3, sentence="They met.", sentence_start=0,
                     sentence_end=9, summary=eid, date_start=d, date_end=d, precision="day", flags=flags)

    page = render_html(Timeline(title="T", events=(event("a", (_FLAG,)), event("b", (_FLAG,)), event("c", ()))), plotlyjs="cdn")
    assert "⚠ <b>2</b> with contradictory dates" in page
    calm = render_html(Timeline(title="T", events=(event("c", ()),)), plotlyjs="cdn")
    assert "contradictory dates" not in calm
