"""What every command shares: the app, the consoles, error reporting, shared options."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from datetime import date

import typer
from rich.console import Console

from timeline import __version__
from timeline.errors import TimelineError, UsageError

app = typer.Typer(
    name="timeline",
    help="Turn diplomatic news into a dated, sourced, reviewable timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

#: diagnostics, progress and summaries go to stderr; data to stdout
err_console = Console(stderr=True, highlight=False, soft_wrap=True)
out_console = Console(highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Turn diplomatic news into a dated, sourced, reviewable timeline."""


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``Error: message`` on stderr; return the Exit to raise."""
    err_console.print(f"Error: {message}", markup=False)
    return typer.Exit(code)


@contextlib.contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn library errors into one line on stderr and a non-zero exit; never a traceback."""
    try:
        yield
    except TimelineError as err:
        raise fail(err.line(), err.exit_code) from None
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None
    except MemoryError:
        raise fail("out of memory (process fewer documents at a time)") from None
    except OSError as err:
        target = f" {err.filename}" if getattr(err, "filename", None) else ""
        raise fail(f"cannot access{target}: {err.strerror or err} (check the path and its permissions)") from None


def parse_dct_option(value: str | None) -> date | None:
    """``--dct`` as a date; a bad one is a usage error that says the expected form."""
    if value is None:
        return None
    from timeline.ingest import parse_dct

    try:
        return parse_dct(value)
    except TimelineError as err:
        raise UsageError(f"--dct: {err.what}", "write it as YYYY-MM-DD, e.g. --dct 2025-10-21") from None
