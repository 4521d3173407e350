"""Events as a table for the terminal (``timeline events --format table``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from timeline.render.dates import format_span_short, precision_mark

_STATUS_STYLE = {
    "occurred": "bold", "ongoing": "cyan", "planned": "yellow", "hypothetical": "magenta",
    "cancelled": "dim strike", "denied": "red",
}


def events_table(records: Iterable[dict[str, Any]], *, title: str | None = None) -> Table:
    """A rich Table of event records: date (compact ISO: 2025-10-21, 2025-10, 2025-10-13/19),
    precision (day, week, month, range, "tense?" for a guess from tense, "—" undated), type,
    status, actors, summary; and, when reports of one event in several articles were linked, how many
    reports tell it ("Rep."). Long cells wrap, so it stays readable at 100 columns."""
    records = list(records)
    linked = any((r.get("reports") or 1) > 1 for r in records)
    table = Table(title=title, box=box.SIMPLE_HEAD, show_lines=False, expand=False, header_style="bold",
                  pad_edge=False, padding=(0, 1))
    table.add_column("Date", no_wrap=True, min_width=10)
    table.add_column("Prec.", no_wrap=True, style="dim")
    table.add_column("Type", no_wrap=True, max_width=10, overflow="ellipsis")
    table.add_column("Status", no_wrap=True, max_width=12, overflow="ellipsis")
    table.add_column("Actors", min_width=11, max_width=18, overflow="fold")
    table.add_column("Summary", min_width=20, overflow="fold")
    if linked:
        table.add_column("Rep.", no_wrap=True, justify="right")
    for record in records:
        status = str(record.get("status") or "")
        if record.get("review"):
            status = f"{status} ({record['review']})"
        flags = record.get("flags") or []
        summary = Text(str(record.get("summary") or ""))
        if flags:
            summary.append(f"  ⚠ {', '.join(flags)}", style="red")
        cells = [
            format_span_short(record),
            precision_mark(record),
            str(record.get("type") or ""),
            Text(status, style=_STATUS_STYLE.get(str(record.get("status")), "")),
            Text(", ".join(record.get("actors") or [])),
            summary,
        ]
        if linked:
            count = record.get("reports") or 1
            cells.append(Text(str(count), style="bold" if count > 1 else "dim"))
        table.add_row(*cells)
    return table
