"""What every command shares: the app, the consoles, error reporting, shared options."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from datetime import date

import typer
from rich.console import Console
from typer.core import TyperGroup
from typer.exceptions import TyperException

from timeline import __version__
from timeline.errors import TimelineError, UsageError

class _OneLineErrors(TyperGroup):
    """Usage errors (a bad choice, a missing argument, an unknown option) as one line on stderr,
    ``Error: <what> (see 'timeline <command> --help')``, exit code 2: no usage block."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):  # type: ignore[override]
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except TyperException as err:  # the base of click's usage and parameter errors
            message = err.format_message() if hasattr(err, "format_message") else str(err)
            ctx = getattr(err, "ctx", None)
            where = ctx.command_path if ctx is not None else "timeline"
            err_console.print(f"Error: {message.rstrip('.')} (see '{where} --help')", markup=False)
            sys.exit(getattr(err, "exit_code", 2))
        except typer.Abort:
            err_console.print("Error: aborted", markup=False)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
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
    except typer.Exit:
        raise
    except Exception as err:  # a bug: still one line, unless TIMELINE_DEBUG asks for the traceback
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        raise fail(
            f"internal error: {type(err).__name__}: {err} "
            "(this is a bug: please report it with the input; TIMELINE_DEBUG=1 shows the traceback)"
        ) from None


def parse_dct_option(value: str | None) -> date | None:
    """``--dct`` as a date; a bad one is a usage error that says the expected form."""
    if value is None:
        return None
    from timeline.ingest import parse_dct

    try:
        return parse_dct(value)
    except TimelineError as err:
        raise UsageError(f"--dct: {err.what}", "write it as YYYY-MM-DD, e.g. --dct 2025-10-21") from None
