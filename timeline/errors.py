"""Errors the library raises. Only ``timeline.cli`` turns them into messages and exit codes.

Every error carries ``what`` (what is wrong) and ``fix`` (how to fix it); ``str(err)`` gives the
one line the CLI prints after ``Error: ``.
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the tool reports to a user. Exit code 1: bad data."""

    exit_code = 1

    def __init__(self, what: str, fix: str | None = None) -> None:
        self.what = what
        self.fix = fix
        super().__init__(self.line())

    def line(self) -> str:
        return f"{self.what} ({self.fix})" if self.fix else self.what


class UsageError(TimelineError):
    """Bad option or argument. Exit code 2."""

    exit_code = 2


class InputError(TimelineError):
    """A document cannot be read: missing, empty, binary, undecodable, malformed."""


class DCTError(TimelineError):
    """No usable document creation time, or an unparseable one."""


class LanguageError(TimelineError):
    """A document is not in a language the engine reads."""


class ResourceError(TimelineError):
    """A rule, lexicon or gazetteer file is malformed: message is ``file:line: what is wrong``."""


class OutputError(TimelineError):
    """An output cannot be written (unwritable folder, disk full)."""


class ReviewError(TimelineError):
    """A review session problem: unknown event, stale version, bad database."""


class ConflictError(ReviewError):
    """Someone else changed the event since it was loaded."""

    exit_code = 1
