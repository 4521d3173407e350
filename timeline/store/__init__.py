"""The review session store: SQLite (WAL, foreign keys, versioned schema) holding documents,
extraction runs, events, decisions, the audit log, notes, merges and constraints."""

from timeline.store.session import (
    DECISION_STATUSES, SCHEMA_VERSION, Decision, IngestReport, ReviewStore, StoredEvent, open_store,
)

__all__ = [
    "DECISION_STATUSES", "Decision", "IngestReport", "ReviewStore", "SCHEMA_VERSION", "StoredEvent",
    "open_store",
]
