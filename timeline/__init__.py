"""timeline: turn diplomatic news into a dated, sourced, reviewable timeline."""

from timeline.errors import TimelineError
from timeline.model import Actor, Anchor, Constraint, Document, Event, Timeline, Timex

__version__ = "0.1.0"

__all__ = [
    "Actor", "Anchor", "Constraint", "Document", "Event", "Timeline", "Timex", "TimelineError",
    "__version__",
]
