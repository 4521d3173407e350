"""Outputs: the interactive HTML timeline, the CSV and JSON of events, the terminal table."""

from timeline.render.exports import events_json, write_events_csv
from timeline.render.figure import network_figure, timeline_figure
from timeline.render.page import render_html
from timeline.render.terminal import events_table

__all__ = ["events_json", "events_table", "network_figure", "render_html", "timeline_figure", "write_events_csv"]
