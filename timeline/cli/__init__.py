"""The ``timeline`` command line. The only package that prints or exits.

Commands live one concept to a module (``build``: build and events; ``tag``: tag and eval;
``review``: review and export); each registers itself on ``app``.
"""

from __future__ import annotations

from timeline.cli.common import app
from timeline.cli import build as _build  # noqa: F401  (registers build, events)
from timeline.cli import tag as _tag  # noqa: F401  (registers tag)
from timeline.cli import evaluate as _evaluate  # noqa: F401  (registers eval)
from timeline.cli import review as _review  # noqa: F401  (registers review, export)


def main() -> None:
    app()


__all__ = ["app", "main"]
