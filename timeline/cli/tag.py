"""``timeline tag``: the temporal engine on its own (``timeline eval`` lives in ``evaluate``)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from timeline.cli.common import app, err_console, parse_dct_option, reporting_errors
from timeline.errors import DCTError, InputError, TimelineError, UsageError


class TagFormat(str, Enum):
    json = "json"
    timeml = "timeml"


@app.command("tag")
def tag(
    input: Annotated[Optional[str], typer.Argument(metavar="INPUT", help="An article (.txt, .md, .html), a folder of them, or - for standard input; a .jsonl file is read as with --jsonl.", show_default=False)] = None,
    dct: Annotated[Optional[str], typer.Option("--dct", help="Publication date YYYY-MM-DD (overrides the document's own).")] = None,
    fmt: Annotated[TagFormat, typer.Option("--format", help="json: one JSON object per document; timeml: TimeML with inline TIMEX3 tags.")] = TagFormat.json,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", help='Batch mode: a JSONL file of {"doc", "dct", "text"} lines (- for stdin); prints one {"doc", "timexes"} line each.', show_default=False)] = None,
    narrative: Annotated[bool, typer.Option("--narrative", help="Resolve relative dates against the last date mentioned, not the publication date.")] = False,
) -> None:
    """Find and normalize every temporal expression (TIMEX3) of an article, each with its value,
    earliest/latest dates, the rule that found it and how its value was derived."""
    with reporting_errors():
        if (input is None) == (jsonl is None):
            raise UsageError("give either an INPUT article or --jsonl FILE", "e.g. timeline tag article.txt --dct 2025-10-21")
        if input is not None and input.lower().endswith(".jsonl"):
            # a .jsonl input is the batch format, as with --jsonl (never raw text)
            input, jsonl = None, Path(input)
        if jsonl is not None:
            if dct is not None or fmt is not TagFormat.json:
                raise UsageError("JSONL input (--jsonl or a .jsonl file) takes the DCT from each line and writes JSON lines", "drop --dct and --format")
            failed = _tag_jsonl(jsonl, narrative)
        else:
            failed = _tag_inputs(input, parse_dct_option(dct), fmt, narrative)
        if failed:
            raise typer.Exit(1)


def _tag_inputs(item: str, dct, fmt: TagFormat, narrative: bool) -> int:
    from timeline.ingest import read_inputs
    from timeline.pipeline import tag_document
    from timeline.temporal.export import document_record, to_timeml

    documents, errors = read_inputs([item], dct=dct, stdin=sys.stdin)
    failed = 0
    for err in errors:
        err_console.print(f"Error: {err.source}: {err.message}", markup=False)
        failed += 1
    for doc in documents:
        try:
            timexes = tag_document(doc, narrative=narrative)
        except TimelineError as err:
            err_console.print(f"Error: {err.line()}", markup=False)
            failed += 1
            continue
        if fmt is TagFormat.timeml:
            typer.echo(to_timeml(doc.id, doc.text, doc.dct, timexes), nl=False)
        else:
            typer.echo(json.dumps(document_record(doc.id, doc.dct, timexes), ensure_ascii=False))
    return failed


def _tag_jsonl(path: Path, narrative: bool) -> int:
    """Each line {"doc", "dct", "text"}; a bad line is reported with its number, the others still come out."""
    from timeline.temporal import tag_text
    from timeline.temporal.export import timex_record

    name = "<stdin>" if str(path) == "-" else str(path)
    if str(path) == "-":
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        raw_lines = stream if stream is not None else (ln.encode("utf-8") for ln in sys.stdin)
    else:
        try:
            raw_lines = path.open("rb")
        except FileNotFoundError:
            raise InputError(f"{path}: no such file", "check the path") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a folder, not a JSONL file", "give the path of a .jsonl file") from None
    failed = 0
    try:
        for number, raw in enumerate(raw_lines, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                err_console.print(f"Error: {name}:{number}: not UTF-8 text (save the file as UTF-8)", markup=False)
                failed += 1
                continue
            if not line.strip():
                continue
            try:
                doc_id, dct, text = _parse_line(line)
                timexes = tag_text(text, dct, narrative=narrative or dct is None)
            except TimelineError as err:
                err_console.print(f"Error: {name}:{number}: {err.line()}", markup=False)
                failed += 1
                continue
            typer.echo(json.dumps({"doc": doc_id, "timexes": [timex_record(t) for t in timexes]}, ensure_ascii=False))
    finally:
        if hasattr(raw_lines, "close") and raw_lines is not getattr(sys.stdin, "buffer", None):
            raw_lines.close()
    return failed


def _parse_line(line: str):
    from timeline.ingest import parse_dct

    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON ({err.msg} at column {err.colno})", 'write one {"doc", "dct", "text"} object per line') from None
    if not isinstance(obj, dict):
        raise InputError("a line must be a JSON object", 'write one {"doc", "dct", "text"} object per line')
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("missing 'text' (a string)", 'write one {"doc", "dct", "text"} object per line')
    doc_id = obj.get("doc")
    if doc_id is None:
        doc_id = ""
    raw_dct = obj.get("dct")
    dct = None
    if raw_dct not in (None, ""):
        if not isinstance(raw_dct, str):
            raise DCTError(f"'dct' must be a string, not {type(raw_dct).__name__}", "write it as YYYY-MM-DD")
        dct = parse_dct(raw_dct)
    return str(doc_id), dct, text
