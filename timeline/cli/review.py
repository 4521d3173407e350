"""``timeline review`` and ``timeline export``: analyst review sessions."""

from __future__ import annotations

import errno
import getpass
import io
import json
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from timeline.cli.common import app, err_console, out_console, parse_dct_option, reporting_errors
from timeline.errors import InputError, OutputError, UsageError

#: Where ``timeline review`` keeps its session when --db is not given.
DEFAULT_DB = Path("outputs") / "review.db"


class ExportFormat(str, Enum):
    html = "html"
    csv = "csv"
    json = "json"
    graph = "graph"  # networkx node-link JSON
    graphml = "graphml"


def _default_reviewer() -> str:
    try:
        return getpass.getuser() or "analyst"
    except (KeyError, OSError):
        return "analyst"


@app.command("review")
def review_command(
    inputs: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="INPUT", help="Articles to extract into the session (files, folders, - for stdin). Leave out to reopen --db.", show_default=False),
    ] = None,
    db: Annotated[
        Optional[Path],
        typer.Option("--db", help=f"The session database (SQLite). Default: {DEFAULT_DB}.", dir_okay=False),
    ] = None,
    reviewer: Annotated[
        Optional[str], typer.Option("--reviewer", help="Name decisions are recorded under (default: your login name).")
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on. Only change it on a trusted network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on (0: any free port).", min=0, max=65535)] = 8765,
    dct: Annotated[
        Optional[str], typer.Option("--dct", help="Publication date (YYYY-MM-DD) for every input.")
    ] = None,
    actors: Annotated[
        Optional[Path], typer.Option("--actors", help="A YAML gazetteer that extends the shipped actors.", dir_okay=False)
    ] = None,
    narrative: Annotated[
        bool, typer.Option("--narrative", help="Resolve relative dates against the previous date in the text.")
    ] = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the session.")] = None,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open a browser; just print the URL.")] = False,
    no_link: Annotated[
        bool,
        typer.Option("--no-link", help="Do not link reports of one event in different articles (the session remembers it)."),
    ] = False,
) -> None:
    """Review extracted events in the browser: accept, reject, correct. Every decision is saved in
    the session database; re-running on the same articles keeps them."""
    with reporting_errors():
        from timeline.review.server import ReviewServer
        from timeline.review.service import ReviewSession
        from timeline.store import ReviewStore

        path = db or DEFAULT_DB
        if inputs:
            timeline, raw = _extract(inputs, dct, actors, narrative, title, link=not no_link)
            store = ReviewStore(path)
            report = store.ingest(
                timeline, inputs=inputs, raw=raw, actors_file=str(actors.resolve()) if actors else None,
                link=not no_link,
            )
            err_console.print(
                f"Session {path}: run {report.run}, {report.documents} document(s), {report.events} event(s): "
                f"{report.new_events} new, {report.kept_decisions} with decisions kept, "
                f"{report.carried_decisions} decision(s) carried to edited events"
                f"{_moved_note(report)}, "
                f"{report.missing_events} no longer extracted (kept, marked)",
                markup=False,
            )
            for event_id, why in report.not_carried:
                err_console.print(f"Not carried: event {event_id}: {why}", markup=False)
        else:
            if db is None and not DEFAULT_DB.is_file():
                raise UsageError(
                    "give articles to review, or --db with an existing session",
                    "e.g. timeline review data/article.md, or timeline review --db outputs/review.db",
                )
            store = ReviewStore(path, create=False)
        session = ReviewSession(store)
        try:
            server = ReviewServer(session, host=host, port=port, reviewer=reviewer or _default_reviewer())
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise UsageError(f"port {port} is in use", "pass another --port, or --port 0 for any free one") from None
            raise UsageError(f"cannot listen on {host}:{port}: {err.strerror or err}", "check --host and --port") from None
        summary = session.summary()
        progress = summary["progress"]
        err_console.print(
            f"Reviewing {progress['total']} event(s), {progress['reviewed']} reviewed, as {server.reviewer}. "
            "Press Ctrl-C to stop; every decision is already saved.",
            markup=False,
        )
        if host not in ("127.0.0.1", "localhost", "::1"):
            err_console.print(f"Warning: listening on {host}: anyone who can reach it can open the session", markup=False)
        previous = _stop_on_terminate()  # before the address: once it is printed, kill stops cleanly
        try:
            out_console.print(server.url, markup=False)
            sys.stdout.flush()
            if not no_browser:
                import webbrowser

                webbrowser.open(server.url)
            server.serve_forever()
        except KeyboardInterrupt:
            err_console.print(f"Stopped. Decisions are saved in {path}", markup=False)
        finally:
            server.httpd.server_close()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _moved_note(report) -> str:
    """How many events an edit of their article gave a new id (re-identified, decision or not)."""
    return f" ({report.moved_events} event(s) re-identified after an edit)" if report.moved_events else ""


def _graph_text(graph, format: ExportFormat) -> str:
    """The graph as node-link JSON or GraphML text: the files ``timeline build`` writes, through
    the same writers."""
    import tempfile

    from timeline.graph import write_graphml, write_node_link

    with tempfile.TemporaryDirectory(prefix="timeline-export-") as folder:
        path = Path(folder) / "graph"
        (write_node_link if format is ExportFormat.graph else write_graphml)(graph, path)
        return path.read_text("utf-8")


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _stop_on_terminate():
    """``kill`` (SIGTERM: a service manager, a closed terminal session) stops the server as Ctrl-C
    does, saying where the decisions are, instead of ending it silently. Returns the handler it
    replaced (None when it could not install one: not the main thread)."""
    try:
        return signal.signal(signal.SIGTERM, _interrupt)
    except (ValueError, OSError):
        return None


def _extract(inputs: list[str], dct: str | None, actors: Path | None, narrative: bool, title: str | None, *, link: bool = True):
    from timeline.cli.build import report_read_notes
    from timeline.ingest import read_inputs_with_notes
    from timeline.review.extract import extract_for_review

    if actors is not None and not actors.is_file():
        raise UsageError(f"--actors: no such file: {actors}", "check the path of the gazetteer file")
    documents, errors, notes = read_inputs_with_notes(inputs, dct=parse_dct_option(dct), stdin=sys.stdin)
    report_read_notes(notes)
    for error in errors:
        err_console.print(f"Error: {error.message}", markup=False)
    if not documents:
        raise InputError("no article could be read", "fix the errors above and run again")
    name = title or (documents[0].title if len(documents) == 1 and documents[0].title else "Review session")
    timeline, raw = extract_for_review(documents, title=name, errors=errors, actors_file=actors, narrative=narrative, link=link)
    for error in timeline.errors[len(errors):]:
        err_console.print(f"Error: {error.message}", markup=False)
    if not timeline.documents:
        raise InputError("no article could be processed", "fix the errors above and run again")
    return timeline, raw


@app.command("export")
def export_command(
    db: Annotated[Path, typer.Option("--db", help="The session database written by timeline review.", dir_okay=False)],
    format: Annotated[
        ExportFormat,
        typer.Option("--format", help="html, csv, json, or the graph: graph (networkx node-link JSON) or graphml."),
    ] = ExportFormat.csv,
    out: Annotated[
        Optional[Path], typer.Option("--out", help="File to write (default: standard output).", dir_okay=False)
    ] = None,
    include_rejected: Annotated[
        bool, typer.Option("--include-rejected", help="Keep rejected events (their review column says rejected).")
    ] = False,
) -> None:
    """Write the reviewed timeline: edits applied, rejected events left out, and a "review" column
    saying reviewed, edited or unreviewed."""
    with reporting_errors():
        from timeline.review.export import export_csv, export_graph, export_html, export_json
        from timeline.review.service import ReviewSession
        from timeline.store import ReviewStore

        session = ReviewSession(ReviewStore(db, create=False))
        if format is ExportFormat.csv:
            buf = io.StringIO(newline="")
            # a file gets the byte order mark spreadsheets need; a pipe gets plain UTF-8, as with timeline events
            export_csv(session, buf, include_rejected=include_rejected, bom=out is not None)
            text = buf.getvalue()
        elif format is ExportFormat.json:
            text = json.dumps(export_json(session, include_rejected=include_rejected), ensure_ascii=False, indent=2) + "\n"
        elif format in (ExportFormat.graph, ExportFormat.graphml):
            text = _graph_text(export_graph(session, include_rejected=include_rejected), format)
        else:
            text = export_html(session, include_rejected=include_rejected)
        if out is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8", newline="")
        except OSError as err:
            raise OutputError(f"cannot write {out}: {err.strerror or err}", "choose another --out path") from None
        err_console.print(f"Wrote {out}", markup=False)


__all__ = ["DEFAULT_DB", "ExportFormat", "export_command", "review_command"]
