"""Outputs: the interactive HTML timeline, the CSV and JSON of events, the terminal table."""

from timeline.render.exports import SOURCE_FIELDS, events_json, with_sources, write_events_csv
from timeline.render.figure import network_figure, timeline_figure
from timeline.render.page import render_html
from timeline.render.terminal import events_table

__all__ = ["SOURCE_FIELDS", "events_json", "events_table", "network_figure", "render_html", "timeline_figure", "with_sources", "write_events_csv"]
