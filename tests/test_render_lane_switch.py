"""The chart's lane buttons restyle every trace: one entry per trace, or plotly cycles the arrays
and gives the trace that carries the top date axis the first trace's points (drawn as a line
across the events after a lane switch)."""

from __future__ import annotations

import pytest

from test_linking_outputs import _timeline
from timeline.render import timeline_figure, with_sources


@pytest.mark.parametrize("reports", ["group", "each"])
def test_render_lane_switch_restyles_every_trace_and_keeps_the_axis_trace_a_single_point(reports):
    timeline = _timeline()
    fig = timeline_figure(with_sources([e.to_record() for e in timeline.events], timeline), reports=reports)
    axis = [i for i, t in enumerate(fig.data) if t.meta and t.meta.get("role") == "top-axis"]
    assert len(axis) == 1
    for button in fig.layout.updatemenus[0].buttons:
        restyle = button.args[0]
        for key, values in restyle.items():
            assert len(values) == len(fig.data), key
        assert len(restyle["y"][axis[0]]) == 1
        if "x" in restyle:
            assert len(restyle["x"][axis[0]]) == 1
