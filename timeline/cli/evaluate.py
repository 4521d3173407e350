"""``timeline eval``: score the temporal engine against TimeML gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from timeline.cli.common import app, out_console, reporting_errors
from timeline.errors import InputError


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files (searched recursively), or one .tml file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="Also list every miss, spurious expression and wrong value.")] = False,
) -> None:
    """Score the temporal tagger on TimeML gold files with TempEval-3 measures.

    Runs the tagger on the raw TEXT of each file (DCT = its CREATION_TIME TIMEX3) and prints strict
    and relaxed extent P/R/F1, type and value F1 (relaxed F1 x attribute accuracy), value accuracy
    and a per-document table.
    """
    with reporting_errors():
        from timeline.temporal.scoring import evaluate_timeml

        paths = _gold_files(gold_dir)
        score = evaluate_timeml(paths)
        if as_json:
            typer.echo(json.dumps(score.to_dict(errors=errors), ensure_ascii=False))
            return
        _print_summary(score, gold_dir)
        _print_documents(score)
        if errors:
            _print_errors(score)
            _print_rules(score)


def _gold_files(gold_dir: Path) -> list[Path]:
    from timeline.temporal.timeml import find_timeml_files

    if not gold_dir.exists():
        raise InputError(f"{gold_dir}: no such file or folder", "give a folder of TimeML .tml files")
    if gold_dir.is_file():
        return [gold_dir]
    paths = find_timeml_files(gold_dir)
    if not paths:
        raise InputError(f"{gold_dir}: no .tml files in this folder", "give a folder holding TimeML .tml files (searched recursively)")
    return paths


def _pct(x: float) -> str:
    return f"{100 * x:.2f}"


def _print_summary(score, gold_dir: Path) -> None:
    c = score.counts
    sp, sr, sf = c.strict_prf
    rp, rr, rf = c.relaxed_prf
    table = Table(title=f"TempEval-3 TIMEX3 scores: {gold_dir} ({len(score.documents)} documents)")
    for col in ("measure", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    table.add_row("strict extent", _pct(sp), _pct(sr), _pct(sf))
    table.add_row("relaxed extent", _pct(rp), _pct(rr), _pct(rf))
    table.add_row("type", "", "", _pct(c.type_f1))
    table.add_row("value", "", "", _pct(c.value_f1))
    out_console.print(table)
    speed = f", {score.words / score.seconds:,.0f} words/s tagging" if score.seconds else ""
    out_console.print(
        f"gold {c.gold}, system {c.system}, relaxed matches {c.relaxed}, strict matches {c.strict}; "
        f"type accuracy {_pct(c.type_accuracy)}, value accuracy {_pct(c.value_accuracy)}{speed}",
        markup=False,
    )


def _print_documents(score) -> None:
    table = Table(title="Per document")
    table.add_column("document", overflow="fold", min_width=24)
    for col in ("gold", "system", "strict F1", "relaxed F1", "value acc", "value F1"):
        table.add_column(col, justify="right")
    for d in score.documents:
        c = d.counts
        table.add_row(d.name, str(c.gold), str(c.system), _pct(c.strict_prf[2]), _pct(c.relaxed_prf[2]),
                      _pct(c.value_accuracy), _pct(c.value_f1))
    out_console.print(table)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


def _print_errors(score) -> None:
    for d in score.documents:
        for g in d.misses:
            out_console.print(f"MISS      {d.name}:{g.start}-{g.end} {g.text!r} {g.type} {g.value}  {_context(d.text, g.start, g.end)}", markup=False)
        for s in d.spurious:
            out_console.print(f"SPURIOUS  {d.name}:{s.start}-{s.end} {s.text!r} {s.type} {s.value} rule={getattr(s, 'rule', '')}  {_context(d.text, s.start, s.end)}", markup=False)
        for w in d.wrong_values:
            g, s = w.gold, w.system
            out_console.print(
                f"VALUE     {d.name}:{g.start}-{g.end} gold {g.text!r} {g.type} {g.value} | system {s.text!r} {s.type} {s.value} "
                f"rule={getattr(s, 'rule', '')}  {_context(d.text, g.start, g.end)}",
                markup=False,
            )
        for w in d.extent_mismatches:
            g, s = w.gold, w.system
            out_console.print(f"EXTENT    {d.name}:{g.start} gold {g.text!r} | system {s.text!r}", markup=False)


def _print_rules(score) -> None:
    table = Table(title="Errors by rule (misses by gold type)")
    table.add_column("rule", overflow="fold", min_width=34)
    for col in ("spurious", "value", "type", "extent", "missed", "total"):
        table.add_column(col, justify="right")
    for r in score.errors_by_rule():
        table.add_row(r["rule"], str(r["spurious"]), str(r["wrong_value"]), str(r["wrong_type"]), str(r["extent"]),
                      str(r["missed"]), str(r["total"]))
    out_console.print(table)
