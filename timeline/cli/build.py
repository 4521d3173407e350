"""``timeline build`` (HTML, CSV, JSON and graph files) and ``timeline events`` (events to stdout)."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from timeline.cli.common import app, err_console, out_console, parse_dct_option, reporting_errors
from timeline.errors import OutputError, UsageError
from timeline.model import Document, DocumentError, Timeline


class EventFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class PlotlyJS(str, Enum):
    inline = "inline"
    cdn = "cdn"


InputsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="INPUT",
        help="Articles: .txt, .md (front matter), .html, .jsonl files, folders of them, or - for stdin.",
        show_default=False,
    ),
]
DctOpt = Annotated[
    Optional[str],
    typer.Option("--dct", help="Publication date (YYYY-MM-DD) for every input; overrides front matter and metadata."),
]
ActorsOpt = Annotated[
    Optional[Path],
    typer.Option("--actors", help="A YAML gazetteer that extends or overrides the shipped actors.", dir_okay=False),
]
NarrativeOpt = Annotated[
    bool,
    typer.Option("--narrative", help="Resolve relative dates against the previous date in the text, not the DCT."),
]
NoLinkOpt = Annotated[
    bool,
    typer.Option(
        "--no-link",
        help="Do not link reports of one event in different articles (by default they form a report group: "
             "one marker in the HTML, a report count, disagreements between reports flagged).",
    ),
]


def _read_and_build(
    inputs: list[str], dct: str | None, title: str, actors: Path | None, narrative: bool, *, progress: bool,
    link: bool = True,
) -> Timeline:
    """Read every input and run the pipeline; raise when nothing at all could be read."""
    from timeline.ingest import read_inputs_with_notes, skipped_files
    from timeline.pipeline import build_timeline

    if actors is not None and not actors.is_file():
        raise UsageError(f"--actors: no such file: {actors}", "check the path of the gazetteer file")
    dct_date = parse_dct_option(dct)
    documents, errors, notes = read_inputs_with_notes(inputs, dct=dct_date, stdin=sys.stdin)
    _report_skipped(skipped_files(inputs))
    report_read_notes(notes)
    if not documents:
        _report_errors(errors)
        first = errors[0].message if errors else "no documents to read"
        raise _NothingRead(first)
    if progress and len(documents) > 1 and err_console.is_terminal:
        from rich.progress import Progress

        with Progress(console=err_console, transient=True) as bar:
            task = bar.add_task("Extracting", total=len(documents))
            timeline = build_timeline(
                documents, title=title, errors=errors, actors_file=actors, narrative=narrative,
                progress=lambda _doc: bar.advance(task), link=link,
            )
    else:
        timeline = build_timeline(documents, title=title, errors=errors, actors_file=actors, narrative=narrative, link=link)
    _report_errors(timeline.errors)
    if not timeline.documents:
        raise _NothingRead(timeline.errors[0].message if timeline.errors else "no documents to read")
    return timeline


class _NothingRead(Exception):
    """Every input failed: the errors are already printed."""


def _report_skipped(paths: list[Path]) -> None:
    if not paths:
        return
    kinds = sorted({p.suffix.lower() or "no extension" for p in paths})
    example = paths[0]
    err_console.print(
        f"Note: skipped {len(paths)} file{'s' if len(paths) != 1 else ''} that {'are' if len(paths) != 1 else 'is'} not "
        f"an article format ({', '.join(kinds)}; e.g. {example}): save articles as .txt, .md, .html or .jsonl to include them",
        markup=False, soft_wrap=True,
    )


def report_read_notes(notes: list[str]) -> None:
    """What reading left out because it was given twice (``read_inputs_with_notes``), one line each."""
    for note in notes:
        err_console.print(f"Note: {note}", markup=False, soft_wrap=True)


def _report_errors(errors: list[DocumentError] | tuple[DocumentError, ...]) -> None:
    for error in errors:
        message = error.message
        if not message.startswith(error.source):
            message = f"{error.source}: {message}"
        err_console.print(f"Error: {message}", markup=False)


def _output_name(inputs: list[str], name: str | None) -> str:
    if name:
        cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
        if not cleaned:
            raise UsageError(f"--name: '{name}' has no usable characters", "use letters, digits, '-', '_' or '.'")
        return cleaned
    if len(inputs) == 1 and inputs[0] != "-":
        path = Path(inputs[0])
        stem = path.name if path.is_dir() else path.stem
        cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")
        if cleaned:
            return cleaned
    return "timeline"


def _check_writable(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"cannot write to {out}: it is a file, not a folder", "give --out a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-"):
            pass
    except OSError as err:
        reason = err.strerror or str(err)
        raise OutputError(f"cannot write to {out}: {reason}", "choose another --out folder or fix its permissions") from None


def _write_text(path: Path, text: str) -> None:
    """Write atomically: a half-written file never replaces a good one."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {err.strerror or err}", "check free space and permissions") from None


def _span(timeline: Timeline) -> str:
    dated = [e for e in timeline.events if e.date_start]
    firm = [e for e in dated if e.date_basis != "tense"] or dated  # tense-only ranges stretch a year out
    starts = [e.date_start for e in firm]
    ends = [e.date_end or e.date_start for e in firm]
    if not starts:
        return "no dated events"
    return f"{min(starts).isoformat()} to {max(ends).isoformat()}"


def _dct_line(doc: Document) -> str:
    if doc.dct is None:
        return "no publication date"
    return f"published {doc.dct.isoformat()} (from {doc.dct_source})"


@app.command("build")
def build(
    inputs: InputsArg,
    dct: DctOpt = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the outputs.")] = Path("outputs"),
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the timeline.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Base name of the output files.")] = None,
    plotlyjs: Annotated[
        PlotlyJS, typer.Option("--plotlyjs", help="inline: self-contained, works offline; cdn: small file, needs the network.")
    ] = PlotlyJS.inline,
    actors: ActorsOpt = None,
    narrative: NarrativeOpt = False,
    no_link: NoLinkOpt = False,
) -> None:
    """Build the timeline: an HTML page, a CSV and JSON of events, and the graph (JSON, GraphML)."""
    with reporting_errors():
        base = _output_name(inputs, name)
        _check_writable(out)
        try:
            timeline = _read_and_build(inputs, dct, title or _default_title(inputs), actors, narrative, progress=True,
                                       link=not no_link)
        except _NothingRead:
            raise typer.Exit(1) from None
        from timeline.graph import build_graph, write_graphml, write_node_link
        from timeline.render import events_json, render_html, with_sources, write_events_csv

        graph = build_graph(timeline)
        paths = {
            "html": out / f"{base}.html",
            "csv": out / f"{base}.events.csv",
            "json": out / f"{base}.events.json",
            "graph": out / f"{base}.graph.json",
            "graphml": out / f"{base}.graphml",
        }
        _write_text(paths["html"], render_html(timeline, plotlyjs=plotlyjs.value, graph=graph))
        import io

        buffer = io.StringIO(newline="")
        write_events_csv(with_sources([e.to_record() for e in timeline.events], timeline), buffer)
        _write_text(paths["csv"], buffer.getvalue())
        _write_text(paths["json"], json.dumps(events_json(timeline), ensure_ascii=False, indent=2) + "\n")
        try:
            write_node_link(graph, paths["graph"])
            write_graphml(graph, paths["graphml"])
        except OSError as err:
            raise OutputError(f"cannot write the graph files in {out}: {err.strerror or err}", "check free space and permissions") from None
        _print_summary(timeline, paths)
        if timeline.errors:
            raise typer.Exit(1)


def _default_title(inputs: list[str]) -> str:
    if len(inputs) == 1 and inputs[0] != "-":
        return f"Timeline: {Path(inputs[0]).stem if Path(inputs[0]).suffix else Path(inputs[0]).name}"
    return "Timeline"


def _print_summary(timeline: Timeline, paths: dict[str, Path]) -> None:
    docs = timeline.documents
    flagged = sum(1 for e in timeline.events if e.flags)
    told = _told_again(timeline)
    err_console.print(
        f"{len(docs)} document{'s' if len(docs) != 1 else ''}, {len(timeline.events)} events"
        + (f" ({told})" if told else "")
        + f", {_span(timeline)}"
        + (f", {flagged} flagged for review" if flagged else "")
        + (f", {len(timeline.errors)} failed" if timeline.errors else ""),
        markup=False,
    )
    for doc in docs:
        err_console.print(f"  {doc.path or doc.id}: {_dct_line(doc)}", markup=False)
    for warning in timeline.warnings:
        err_console.print(f"Warning: {warning}", markup=False)
    for path in paths.values():
        out_console.print(str(path), markup=False)


def _told_again(timeline: Timeline) -> str:
    """"3 told by several articles, in 7 reports", or empty when no reports are linked."""
    groups = {e.report_group for e in timeline.events if e.reports > 1}
    if not groups:
        return ""
    reports = sum(1 for e in timeline.events if e.reports > 1)
    return f"{len(groups)} told by several articles, in {reports} reports"


@app.command("events")
def events(
    inputs: InputsArg,
    dct: DctOpt = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Output format.")] = EventFormat.table,
    actors: ActorsOpt = None,
    narrative: NarrativeOpt = False,
    no_link: NoLinkOpt = False,
) -> None:
    """Print the events of the inputs (a table, JSON, JSON lines or CSV)."""
    with reporting_errors():
        try:
            timeline = _read_and_build(inputs, dct, _default_title(inputs), actors, narrative, progress=False,
                                       link=not no_link)
        except _NothingRead:
            raise typer.Exit(1) from None
        records = [e.to_record() for e in timeline.events]
        if format is EventFormat.json:
            sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        elif format is EventFormat.jsonl:
            for record in records:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif format is EventFormat.csv:
            from timeline.render import with_sources, write_events_csv

            write_events_csv(with_sources(records, timeline), sys.stdout, bom=False)
        else:
            from timeline.render import events_table

            out_console.print(events_table(records))
            for warning in timeline.warnings:
                err_console.print(f"Warning: {warning}", markup=False)
        sys.stdout.flush()
        if timeline.errors:
            raise typer.Exit(1)
