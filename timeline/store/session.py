"""A review session: one SQLite database holding documents, extraction runs, events, decisions,
the audit log, notes, merges and the temporal constraints between events.

Rules the store keeps:
- every write is one transaction (``BEGIN IMMEDIATE``), committed before the call returns, in WAL
  mode with ``synchronous=FULL``: a confirmed decision survives the process being killed;
- events are never deleted: an event that no longer extracts gets ``missing_since`` (the run that
  stopped seeing it) and keeps its decision;
- every decision carries the version the client saw; a stale one raises ``ConflictError`` whose
  ``current`` attribute holds the state the other writer left;
- every decision is written to the audit log with reviewer, time, before and after.

Each call opens its own connection, so one store can serve many threads.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.errors import ConflictError, ReviewError
from timeline.model import Actor, Constraint, Document, Event, Timeline
from timeline.store.codec import (
    dump_actor, dump_document, dump_event, load_actor, load_constraint, load_document, load_event,
)

SCHEMA_VERSION = 3  # 2: events.raw (the event before propagation); 3: events.carried_to, events.carry_note

#: Event fields an analyst reviews and may edit, in form order.
REVIEWABLE_FIELDS = (
    "date_start", "date_end", "precision", "type", "status", "actors", "source_actor", "target_actor",
    "location", "summary",
)

#: What an analyst can say about an event.
DECISION_STATUSES = ("unreviewed", "accepted", "rejected", "merged")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    applied_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    inputs TEXT NOT NULL,            -- JSON list of what was read
    documents INTEGER NOT NULL,
    events INTEGER NOT NULL,
    new_events INTEGER NOT NULL,
    missing_events INTEGER NOT NULL,
    warnings TEXT NOT NULL,          -- JSON list
    errors TEXT NOT NULL             -- JSON list of [source, message]
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    meta TEXT NOT NULL,              -- JSON: dct, dct_source, path, url, title, outlet ...
    text TEXT NOT NULL,              -- the text every offset refers to
    first_run INTEGER NOT NULL REFERENCES runs(id),
    last_run INTEGER NOT NULL REFERENCES runs(id)
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id),
    data TEXT NOT NULL,              -- JSON: the extracted event, every field, as the tool showed it
    raw TEXT,                        -- JSON: the same before date propagation (NULL: same as data)
    position INTEGER NOT NULL,       -- order in the extraction that last saw it
    first_run INTEGER NOT NULL REFERENCES runs(id),
    last_run INTEGER NOT NULL REFERENCES runs(id),
    missing_since INTEGER REFERENCES runs(id)  -- the run that no longer found it, or NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    event_id TEXT PRIMARY KEY REFERENCES events(id),
    status TEXT NOT NULL CHECK (status IN ('unreviewed', 'accepted', 'rejected', 'merged')),
    edits TEXT NOT NULL,             -- JSON object: field -> analyst value
    merged_into TEXT REFERENCES events(id),
    version INTEGER NOT NULL,
    reviewer TEXT,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL REFERENCES events(id),
    action TEXT NOT NULL,            -- accept, reject, reset, edit, merge, unmerge, note, undo
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    before TEXT NOT NULL,            -- JSON decision state
    after TEXT NOT NULL,
    detail TEXT,                     -- JSON: the changes asked for, the note, the merge partner
    undoes INTEGER REFERENCES audit(id),
    undone_by INTEGER REFERENCES audit(id)
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL REFERENCES events(id),
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS merges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kept TEXT NOT NULL REFERENCES events(id),
    merged TEXT NOT NULL UNIQUE REFERENCES events(id),
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS constraints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    lo_days INTEGER,
    hi_days INTEGER,
    kind TEXT NOT NULL,
    evidence TEXT NOT NULL,
    run INTEGER NOT NULL REFERENCES runs(id)
);
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS audit_event ON audit(event_id);
CREATE INDEX IF NOT EXISTS notes_event ON notes(event_id);
CREATE INDEX IF NOT EXISTS constraints_doc ON constraints(doc);
"""


@dataclass(frozen=True, slots=True)
class Decision:
    """The analyst's current word on one event."""

    event_id: str
    status: str = "unreviewed"  # one of DECISION_STATUSES
    edits: Mapping[str, Any] = field(default_factory=dict)  # field -> value set by an analyst
    merged_into: str | None = None
    version: int = 0
    reviewer: str | None = None
    updated_at: str | None = None

    @property
    def review(self) -> str:
        """What exports say: unreviewed, reviewed, edited, rejected or merged."""
        if self.status == "unreviewed":
            return "edited" if self.edits else "unreviewed"
        if self.status == "accepted":
            return "edited" if self.edits else "reviewed"
        return self.status

    def state(self) -> dict[str, Any]:
        """The part the audit log records as before/after."""
        return {
            "status": self.status, "edits": dict(self.edits), "merged_into": self.merged_into,
            "version": self.version,
        }

    def to_dict(self) -> dict[str, Any]:
        return {**self.state(), "review": self.review, "reviewer": self.reviewer, "updated_at": self.updated_at}


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as extracted, with its bookkeeping."""

    event: Event  # as the tool showed it (dates propagated)
    position: int
    first_run: int
    last_run: int
    missing_since: int | None
    raw: Event | None = None  # before propagation, when the extraction gave it
    carried_to: str | None = None  # the event its decision moved to after an edit of its article
    carry_note: str | None = None  # why its decision could not follow an edit (two events alike)

    @property
    def base(self) -> Event:
        """What corrections are applied to before dates are propagated again."""
        return self.raw or self.event


@dataclass(frozen=True, slots=True)
class IngestReport:
    run: int
    documents: int
    events: int
    new_events: int
    missing_events: int  # events of these documents that no longer extract (kept, marked)
    kept_decisions: int  # events seen again that already had a decision
    carried_decisions: int = 0  # decisions moved to the event an edit of its article re-identified
    moved_events: int = 0  # events re-identified after an edit (with or without a decision)
    not_carried: tuple[tuple[str, str], ...] = ()  # (old event id, why) for decisions left on a vanished event


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ReviewStore:
    """One session database. ``ReviewStore(path)`` creates it if needed; ``create=False`` requires it."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise ReviewError(
                f"no review session at {self.path}",
                "start one with: timeline review ARTICLE... --db FILE",
            )
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with contextlib.closing(self._connect()) as conn:
                self._migrate(conn)
        except sqlite3.DatabaseError as err:
            raise ReviewError(
                f"{self.path} is not a review session database ({err})",
                "pass the .db file written by timeline review, or a new path",
            ) from None

    # --- connections ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            yield conn
        finally:
            conn.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
            version = row[0]
            if version is not None and version > SCHEMA_VERSION:
                raise ReviewError(
                    f"{self.path} was written by a newer timeline (schema {version}, this one reads {SCHEMA_VERSION})",
                    "upgrade timeline to open it",
                )
            columns = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
            if "raw" not in columns:  # schema 1 -> 2
                conn.execute("ALTER TABLE events ADD COLUMN raw TEXT")
            self._migrate_carry_columns(conn, columns)
            if version != SCHEMA_VERSION:
                conn.execute("INSERT INTO schema_version VALUES (?, ?)", (SCHEMA_VERSION, _now()))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # --- ingest -----------------------------------------------------------------------------

    def ingest(
        self, timeline: Timeline, *, inputs: Sequence[str] = (), raw: Iterable[Event] = (),
        actors_file: str | None = None, link: bool | None = None,
    ) -> IngestReport:
        """Store an extraction. Events seen before keep their decisions; new ones arrive
        unreviewed; events of these documents that no longer extract are marked, never dropped.
        ``actors_file``, the user gazetteer the extraction used, is remembered so that names an
        analyst types later are looked up in it too (a later run without one keeps it).

        ``timeline.events`` are the events as the tool shows them (dates propagated); ``raw`` the
        same events before propagation, which corrections are re-propagated from (see
        ``timeline.review.extract``). Without ``raw`` the shown events serve as both. ``link``:
        whether the session links reports of one event across documents (remembered; None keeps
        what the session said, linking by default)."""
        raw_by_id = {e.id: e for e in raw}
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO runs (started_at, tool_version, inputs, documents, events, new_events,"
                " missing_events, warnings, errors) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)",
                (
                    _now(), __version__, json.dumps(list(inputs)), len(timeline.documents),
                    len(timeline.events), json.dumps(list(timeline.warnings)),
                    json.dumps([[e.source, e.message] for e in timeline.errors]),
                ),
            )
            run = int(cur.lastrowid)
            if timeline.meta.get("title") or timeline.title:
                conn.execute(
                    "INSERT INTO meta VALUES ('title', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (timeline.title,),
                )
            if link is not None:
                conn.execute(
                    "INSERT INTO meta VALUES ('link', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    ("1" if link else "0",),
                )
            if actors_file:
                conn.execute(
                    "INSERT INTO meta VALUES ('actors_file', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(actors_file),),
                )
            processed = {d.id for d in timeline.documents}
            paths = {d.path for d in timeline.documents if d.path and d.path != "-"}
            for doc in timeline.documents:
                conn.execute(
                    "INSERT INTO documents (id, meta, text, first_run, last_run) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET meta = excluded.meta, text = excluded.text,"
                    " last_run = excluded.last_run",
                    (doc.id, json.dumps(dump_document(doc)), doc.text, run, run),
                )
            # an article whose text changed gets a new id: its old events belong to it too
            for row in conn.execute("SELECT id, meta FROM documents").fetchall():
                if json.loads(row["meta"]).get("path") in paths:
                    processed.add(row["id"])
            for actor in timeline.actors:
                conn.execute(
                    "INSERT INTO actors VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                    (actor.id, json.dumps(dump_actor(actor))),
                )
            known = {r["id"]: r["data"] for r in conn.execute("SELECT id, data FROM events")}
            returning = self._vanished_ids(conn)  # before this run says which it sees again
            seen: set[str] = set()
            new = kept = 0
            for position, event in enumerate(timeline.events):
                if event.id in seen:
                    continue
                seen.add(event.id)
                data = json.dumps(dump_event(event))
                raw_data = json.dumps(dump_event(raw_by_id[event.id])) if event.id in raw_by_id else None
                if event.id in known:
                    self._pin_confirmed(conn, event.id, json.loads(known[event.id]), dump_event(event), run)
                    conn.execute(
                        "UPDATE events SET doc = ?, data = ?, raw = ?, position = ?, last_run = ?, missing_since = NULL"
                        " WHERE id = ?",
                        (event.doc, data, raw_data, position, run, event.id),
                    )
                    kept += conn.execute(
                        "SELECT COUNT(*) FROM decisions WHERE event_id = ? AND (status != 'unreviewed' OR edits != '{}')",
                        (event.id,),
                    ).fetchone()[0]
                else:
                    conn.execute(
                        "INSERT INTO events (id, doc, data, raw, position, first_run, last_run) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (event.id, event.doc, data, raw_data, position, run, run),
                    )
                    conn.execute(
                        "INSERT INTO decisions (event_id, status, edits, version) VALUES (?, 'unreviewed', '{}', 0)",
                        (event.id,),
                    )
                    new += 1
            missing = 0
            for row in conn.execute(
                "SELECT id, doc FROM events WHERE missing_since IS NULL AND last_run < ?", (run,)
            ).fetchall():
                if row["doc"] in processed:
                    conn.execute("UPDATE events SET missing_since = ? WHERE id = ?", (run, row["id"]))
                    missing += 1
            carry = self._carry_to_edited(conn, run, timeline, seen, returning)
            new -= carry["new"]
            missing -= carry["missing"]
            by_event_doc = {e.id: e.doc for e in timeline.events}
            for doc_id in processed:
                conn.execute("DELETE FROM constraints WHERE doc = ?", (doc_id,))
            for c in timeline.constraints:
                doc_id = c.doc or by_event_doc.get(c.source) or by_event_doc.get(c.target) or ""
                conn.execute(
                    "INSERT INTO constraints (doc, source, target, lo_days, hi_days, kind, evidence, run)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, c.source, c.target, c.lo_days, c.hi_days, c.kind, c.evidence, run),
                )
            conn.execute(
                "UPDATE runs SET new_events = ?, missing_events = ? WHERE id = ?", (new, missing, run)
            )
            self._bump(conn)
        return IngestReport(
            run, len(timeline.documents), len(seen), new, missing, kept,
            carry["decisions"], carry["moved"], tuple(carry["not_carried"]),
        )

    def _pin_confirmed(self, conn: sqlite3.Connection, event_id: str, old: dict, new: dict, run: int) -> None:
        """An accepted event whose extraction changed keeps what the analyst confirmed: the old
        values become edits (audited as "pin"), and the new extraction stays visible beside them."""
        d = self._decision(conn, event_id)
        if d.status != "accepted":
            return
        pins = {f: old.get(f) for f in REVIEWABLE_FIELDS if f not in d.edits and old.get(f) != new.get(f)}
        if not pins:
            return
        if {"date_start", "date_end", "precision"} & set(pins):
            for f in ("date_start", "date_end", "precision"):
                pins.setdefault(f, d.edits.get(f, old.get(f)))
            pins["date_derivation"] = (
                f"confirmed by {d.reviewer or 'an analyst'} before run {run} re-extracted it: "
                f"{old.get('date_derivation') or 'no derivation'}"
            )
        after = Decision(event_id, d.status, {**d.edits, **pins}, d.merged_into, d.version + 1, d.reviewer, _now())
        self._save(conn, after)
        changed = {f: new.get(f) for f in pins if f != "date_derivation"}
        self._log(conn, event_id, "pin", f"re-extraction (run {run})", d, after, {"run": run, "now_extracted": changed})

    @staticmethod
    def _migrate_carry_columns(conn: sqlite3.Connection, columns: set[str]) -> None:
        """Schema 2 -> 3: where an event's decision went after an edit of its article, or why not."""
        if "carried_to" not in columns:
            conn.execute("ALTER TABLE events ADD COLUMN carried_to TEXT")
        if "carry_note" not in columns:
            conn.execute("ALTER TABLE events ADD COLUMN carry_note TEXT")

    @staticmethod
    def _vanished_ids(conn: sqlite3.Connection) -> set[str]:
        """Events not extracted (under their id) by the last run of their document."""
        return {r[0] for r in conn.execute("SELECT id FROM events WHERE missing_since IS NOT NULL OR carried_to IS NOT NULL")}

    def _carry_to_edited(
        self, conn: sqlite3.Connection, run: int, timeline: Timeline, seen: set[str], returning: set[str] = frozenset(),
    ) -> dict[str, Any]:
        """An edit above an event (a line added to its article) changes its id: the event that no
        longer extracts under its old id hands its decision, corrections, notes, audit history and
        merges to the event of the same document it matches by content (``timeline.store.carry``).
        Matching is one-to-one and never guesses: an old event two new ones match alike keeps its
        decision and is marked (``carry_note``) and reported. The old event stays, ``carried_to``
        the new one, with no decision of its own: it is neither shown nor exported twice."""
        from timeline.store.carry import CarryCandidate, old_doc_names, plan_carry

        out: dict[str, Any] = {"new": 0, "missing": 0, "decisions": 0, "moved": 0, "not_carried": []}
        conn.executemany("UPDATE events SET carried_to = NULL, carry_note = NULL WHERE id = ?", [(i,) for i in seen])
        new_docs = {d.id: d.path for d in timeline.documents}
        old_docs = {r["id"]: json.loads(r["meta"]).get("path") for r in conn.execute("SELECT id, meta FROM documents")}
        doc_of = old_doc_names(old_docs, new_docs)

        def candidate(row: sqlite3.Row) -> CarryCandidate:
            d = json.loads(row["data"])
            if row["missing_since"] is not None:
                since = row["missing_since"]
            else:  # seen now: since its first run, or since this one if it had vanished before
                since = run if row["id"] in returning else row["first_run"]
            return CarryCandidate(row["id"], doc_of[row["doc"]], d.get("type") or "", d.get("trigger") or "",
                                  d.get("sentence") or "", int(d.get("start") or 0), since)

        # events an analyst entered something on: a decision, a correction, a note, a duplicate merged into it
        entered_ids = {r[0] for r in conn.execute(
            "SELECT event_id FROM decisions WHERE status != 'unreviewed' OR edits != '{}'"
            " UNION SELECT event_id FROM notes UNION SELECT merged_into FROM decisions WHERE merged_into IS NOT NULL"
        )}

        def entered(event_id: str) -> bool:
            return event_id in entered_ids

        rows = conn.execute(
            "SELECT id, doc, data, first_run, missing_since FROM events WHERE missing_since IS NOT NULL AND carried_to IS NULL"
        ).fetchall()
        old = {r["id"]: r for r in rows if r["doc"] in doc_of}
        if not old:
            return out
        now = {r["id"]: r for r in conn.execute("SELECT id, doc, data, first_run, missing_since FROM events WHERE last_run = ?", (run,))}
        fresh = [candidate(r) for i, r in now.items() if r["doc"] in doc_of and not entered(i)]
        plan = plan_carry([candidate(r) for r in old.values()], fresh)
        for old_id, new_id, how in plan.pairs:
            had = entered(old_id)
            if had:
                self._carry_one(conn, run, old_id, new_id, how, json.loads(old[old_id]["data"]), json.loads(now[new_id]["data"]))
            else:  # nothing to move: the old event is only known to be the new one
                conn.execute("UPDATE events SET carried_to = ?, carry_note = NULL WHERE id = ?", (new_id, old_id))
            out["moved"] += 1
            out["decisions"] += had
            out["new"] += now[new_id]["first_run"] == run
            out["missing"] += old[old_id]["missing_since"] == run
        for old_id, rivals in plan.ties.items():
            if not entered(old_id):
                continue  # nothing an analyst entered is at stake
            data = json.loads(old[old_id]["data"])
            d = self._decision(conn, old_id)
            why = (
                f"{data.get('type')} '{data.get('trigger')}' ({d.review}) is matched alike by {len(rivals)} event(s) "
                f"extracted now ({', '.join(rivals)}): its decision stays on it; decide on the right one by hand"
            )
            conn.execute("UPDATE events SET carry_note = ? WHERE id = ?", (why, old_id))
            out["not_carried"].append((old_id, why))
        return out

    def _carry_one(self, conn: sqlite3.Connection, run: int, old_id: str, new_id: str, how: str, old: dict, new: dict) -> None:
        """Move everything an analyst entered on ``old_id`` to ``new_id`` (see ``_carry_to_edited``)."""
        before_old = self._decision(conn, old_id)
        before_new = self._decision(conn, new_id)
        who = f"re-extraction (run {run})"
        carried = Decision(
            new_id, before_old.status, dict(before_old.edits), before_old.merged_into,
            max(before_old.version, before_new.version) + 1, before_old.reviewer, before_old.updated_at,
        )
        emptied = Decision(old_id, "unreviewed", {}, None, before_old.version + 1, None, _now())
        for table, column in (("audit", "event_id"), ("notes", "event_id"), ("merges", "kept"), ("merges", "merged"),
                              ("decisions", "merged_into")):
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new_id, old_id))
        # decisions recorded as merged into the old id now name the new one: undo compares them
        was, now = json.dumps({"merged_into": old_id})[1:-1], json.dumps({"merged_into": new_id})[1:-1]
        conn.execute(
            "UPDATE audit SET before = REPLACE(before, ?, ?), after = REPLACE(after, ?, ?) WHERE before LIKE ? OR after LIKE ?",
            (was, now, was, now, f"%{old_id}%", f"%{old_id}%"),
        )
        self._save(conn, carried)
        self._save(conn, emptied)
        conn.execute("UPDATE events SET carried_to = ?, carry_note = NULL WHERE id = ?", (new_id, old_id))
        detail = {"run": run, "match": how}
        self._log(conn, new_id, "carry", who, before_new, carried, {**detail, "from": old_id})
        self._log(conn, old_id, "carry", who, before_old, emptied, {**detail, "to": new_id})
        self._pin_confirmed(conn, new_id, old, new, run)

    # --- reading ----------------------------------------------------------------------------

    def title(self) -> str:
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'title'").fetchone()
        return row[0] if row else "Timeline"

    def actors_file(self) -> str | None:
        """The user gazetteer (``--actors``) the session's extractions used, if any."""
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'actors_file'").fetchone()
        return row[0] if row else None

    def links_reports(self) -> bool:
        """Whether the session links reports of one event across documents (``--no-link`` not given)."""
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'link'").fetchone()
        return row is None or row[0] != "0"

    def revision(self) -> int:
        """A counter bumped by every write: lets readers cache what they derive."""
        with self._read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def documents(self) -> tuple[Document, ...]:
        with self._read() as conn:
            rows = conn.execute("SELECT meta, text FROM documents ORDER BY first_run, id").fetchall()
        return tuple(load_document(json.loads(r["meta"]), r["text"]) for r in rows)

    def events(self) -> tuple[StoredEvent, ...]:
        """Every event ever extracted, vanished ones included, in extraction order."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT data, raw, position, first_run, last_run, missing_since, carried_to, carry_note FROM events"
                " ORDER BY last_run DESC, position"
            ).fetchall()
        return tuple(_stored(r) for r in rows)

    def event(self, event_id: str) -> StoredEvent:
        with self._read() as conn:
            row = conn.execute(
                "SELECT data, raw, position, first_run, last_run, missing_since, carried_to, carry_note FROM events WHERE id = ?",
                (event_id,),
            ).fetchone()
        if row is None:
            raise _unknown(event_id)
        return _stored(row)

    def decisions(self) -> dict[str, Decision]:
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM decisions").fetchall()
        return {r["event_id"]: _decision(r) for r in rows}

    def decision(self, event_id: str) -> Decision:
        with self._read() as conn:
            return self._decision(conn, event_id)

    def constraints(self) -> tuple[Constraint, ...]:
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM constraints ORDER BY id").fetchall()
        return tuple(load_constraint(r) for r in rows)

    def actors(self) -> tuple[Actor, ...]:
        with self._read() as conn:
            rows = conn.execute("SELECT data FROM actors ORDER BY id").fetchall()
        return tuple(load_actor(json.loads(r["data"])) for r in rows)

    def runs(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM runs ORDER BY id").fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["inputs"] = json.loads(d["inputs"])
            d["warnings"] = json.loads(d["warnings"])
            d["errors"] = json.loads(d["errors"])
            out.append(d)
        return out

    def notes(self, event_id: str | None = None) -> list[dict[str, Any]]:
        with self._read() as conn:
            if event_id is None:
                rows = conn.execute("SELECT * FROM notes ORDER BY id").fetchall()
            else:
                rows = conn.execute("SELECT * FROM notes WHERE event_id = ? ORDER BY id", (event_id,)).fetchall()
        return [dict(r) for r in rows]

    def merges(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute("SELECT * FROM merges ORDER BY id").fetchall()
        return [dict(r) for r in rows]

    def audit(self, *, event_id: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """The newest entries first."""
        with self._read() as conn:
            if event_id is None:
                rows = conn.execute("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
            else:
                rows = conn.execute(
                    "SELECT * FROM audit WHERE event_id = ? ORDER BY id DESC LIMIT ?", (event_id, limit)
                ).fetchall()
        out = []
        for r in rows:
            d = dict(r)
            for key in ("before", "after", "detail"):
                d[key] = json.loads(d[key]) if d[key] else None
            out.append(d)
        return out

    # --- decisions --------------------------------------------------------------------------

    def decide(
        self,
        event_id: str,
        *,
        version: int,
        reviewer: str,
        action: str,
        status: str | None = None,
        edits: Mapping[str, Any] | None = None,
        detail: Any = None,
    ) -> Decision:
        """Set an event's status and/or edits, if nobody changed it since ``version``."""
        if status is not None and status not in ("unreviewed", "accepted", "rejected"):
            raise ReviewError(f"unknown decision '{status}'", "use accepted, rejected or unreviewed")
        with self._write() as conn:
            before = self._checked(conn, event_id, version)
            after = Decision(
                event_id,
                status=before.status if status is None else status,
                edits=dict(before.edits) if edits is None else dict(edits),
                merged_into=None if status is not None else before.merged_into,
                version=before.version + 1,
                reviewer=reviewer,
                updated_at=_now(),
            )
            if before.status == "merged" and status is not None:
                conn.execute("DELETE FROM merges WHERE merged = ?", (event_id,))
            self._save(conn, after)
            self._log(conn, event_id, action, reviewer, before, after, detail)
        return after

    def merge(self, kept_id: str, duplicate_id: str, *, kept_version: int, duplicate_version: int, reviewer: str) -> Decision:
        """Merge ``duplicate_id`` into ``kept_id``: the duplicate is kept as evidence of the other."""
        if kept_id == duplicate_id:
            raise ReviewError("an event cannot be merged into itself", "pick another event as the duplicate")
        with self._write() as conn:
            kept = self._checked(conn, kept_id, kept_version)
            if kept.status == "merged":
                raise ReviewError(
                    f"event {kept_id} is itself merged into {kept.merged_into}",
                    "merge into that event instead",
                )
            dup = self._checked(conn, duplicate_id, duplicate_version)
            after = Decision(duplicate_id, "merged", dict(dup.edits), kept_id, dup.version + 1, reviewer, _now())
            self._save(conn, after)
            # events already merged into the duplicate now point to the kept one
            for row in conn.execute("SELECT event_id FROM decisions WHERE merged_into = ?", (duplicate_id,)).fetchall():
                inner = self._decision(conn, row["event_id"])
                moved = Decision(inner.event_id, "merged", dict(inner.edits), kept_id, inner.version + 1, reviewer, _now())
                self._save(conn, moved)
                conn.execute("UPDATE merges SET kept = ? WHERE merged = ?", (kept_id, inner.event_id))
                self._log(conn, inner.event_id, "merge", reviewer, inner, moved, {"into": kept_id})
            conn.execute("DELETE FROM merges WHERE merged = ?", (duplicate_id,))
            conn.execute(
                "INSERT INTO merges (kept, merged, reviewer, at) VALUES (?, ?, ?, ?)",
                (kept_id, duplicate_id, reviewer, _now()),
            )
            self._log(conn, duplicate_id, "merge", reviewer, dup, after, {"into": kept_id})
        return after

    def add_note(self, event_id: str, text: str, *, reviewer: str) -> dict[str, Any]:
        text = text.strip()
        if not text:
            raise ReviewError("the note is empty", "write something before adding it")
        if len(text) > 10_000:
            raise ReviewError("the note is longer than 10,000 characters", "shorten it")
        with self._write() as conn:
            _refuse_carried(conn, event_id)
            current = self._decision(conn, event_id)
            at = _now()
            cur = conn.execute(
                "INSERT INTO notes (event_id, reviewer, at, text) VALUES (?, ?, ?, ?)",
                (event_id, reviewer, at, text),
            )
            self._log(conn, event_id, "note", reviewer, current, current, {"note": text})
            note_id = int(cur.lastrowid)
        return {"id": note_id, "event_id": event_id, "reviewer": reviewer, "at": at, "text": text}

    def undo(self, *, reviewer: str, audit_id: int | None = None) -> dict[str, Any]:
        """Undo ``audit_id`` (default: ``reviewer``'s latest decision not yet undone). Refused
        with ConflictError when someone changed the event since."""
        with self._write() as conn:
            if audit_id is None:
                row = conn.execute(
                    "SELECT * FROM audit WHERE reviewer = ? AND undone_by IS NULL AND undoes IS NULL"
                    " AND action NOT IN ('note', 'undo') ORDER BY id DESC LIMIT 1",
                    (reviewer,),
                ).fetchone()
                if row is None:
                    raise ReviewError(f"{reviewer} has nothing to undo", "decide on an event first")
            else:
                row = conn.execute("SELECT * FROM audit WHERE id = ?", (audit_id,)).fetchone()
                if row is None:
                    raise ReviewError(f"no audit entry {audit_id}", "pick an entry from the audit view")
                if row["undone_by"] is not None:
                    raise ReviewError(f"audit entry {audit_id} is already undone", "refresh the audit view")
                if row["action"] in ("note", "undo", "carry"):
                    raise ReviewError(f"audit entry {audit_id} ({row['action']}) cannot be undone", "undo a decision instead")
            event_id = row["event_id"]
            before_state = json.loads(row["before"])
            after_state = json.loads(row["after"])
            current = self._decision(conn, event_id)
            now = current.state()
            if any(now[k] != after_state[k] for k in ("status", "edits", "merged_into")):
                raise _conflict(current, f"event {event_id} changed since that decision")
            restored = Decision(
                event_id, before_state["status"], before_state["edits"], before_state["merged_into"],
                current.version + 1, reviewer, _now(),
            )
            if current.status == "merged" and restored.status != "merged":
                conn.execute("DELETE FROM merges WHERE merged = ?", (event_id,))
            if restored.status == "merged" and current.status != "merged":
                conn.execute(
                    "INSERT OR REPLACE INTO merges (kept, merged, reviewer, at) VALUES (?, ?, ?, ?)",
                    (restored.merged_into, event_id, reviewer, _now()),
                )
            self._save(conn, restored)
            undo_id = self._log(conn, event_id, "undo", reviewer, current, restored, {"undid": row["action"]}, undoes=row["id"])
            conn.execute("UPDATE audit SET undone_by = ? WHERE id = ?", (undo_id, row["id"]))
        return {"event_id": event_id, "undid": row["action"], "audit_id": row["id"], "decision": restored}

    # --- internals --------------------------------------------------------------------------

    def _decision(self, conn: sqlite3.Connection, event_id: str) -> Decision:
        row = conn.execute("SELECT * FROM decisions WHERE event_id = ?", (event_id,)).fetchone()
        if row is None:
            raise _unknown(event_id)
        return _decision(row)

    def _checked(self, conn: sqlite3.Connection, event_id: str, version: int) -> Decision:
        _refuse_carried(conn, event_id)
        current = self._decision(conn, event_id)
        if not isinstance(version, int) or isinstance(version, bool):
            raise ReviewError("every change must say which version of the event it was made on", "reload the event")
        if current.version != version:
            who = f" by {current.reviewer}" if current.reviewer else ""
            raise _conflict(current, f"event {event_id} was changed{who} since you loaded it (version {version}, now {current.version})")
        return current

    def _save(self, conn: sqlite3.Connection, d: Decision) -> None:
        conn.execute(
            "UPDATE decisions SET status = ?, edits = ?, merged_into = ?, version = ?, reviewer = ?, updated_at = ?"
            " WHERE event_id = ?",
            (d.status, json.dumps(dict(d.edits), sort_keys=True), d.merged_into, d.version, d.reviewer, d.updated_at, d.event_id),
        )
        self._bump(conn)

    def _log(self, conn, event_id, action, reviewer, before: Decision, after: Decision, detail=None, *, undoes=None) -> int:
        cur = conn.execute(
            "INSERT INTO audit (event_id, action, reviewer, at, before, after, detail, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event_id, action, reviewer, _now(), json.dumps(before.state(), sort_keys=True),
                json.dumps(after.state(), sort_keys=True), json.dumps(detail) if detail is not None else None, undoes,
            ),
        )
        self._bump(conn)
        return int(cur.lastrowid)

    @staticmethod
    def _bump(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO meta VALUES ('revision', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )


def _stored(row: sqlite3.Row) -> StoredEvent:
    raw = load_event(json.loads(row["raw"])) if row["raw"] else None
    return StoredEvent(
        load_event(json.loads(row["data"])), row["position"], row["first_run"], row["last_run"], row["missing_since"], raw,
        row["carried_to"], row["carry_note"],
    )


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(
        event_id=row["event_id"], status=row["status"], edits=json.loads(row["edits"]),
        merged_into=row["merged_into"], version=row["version"], reviewer=row["reviewer"],
        updated_at=row["updated_at"],
    )


def _refuse_carried(conn: sqlite3.Connection, event_id: str) -> None:
    """A decision on an event whose decisions moved to its new id (a page loaded before the article
    was re-extracted) would land where nobody sees it: refused, naming the event to decide on."""
    row = conn.execute("SELECT carried_to FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is not None and row["carried_to"]:
        raise ReviewError(
            f"event {event_id} is now event {row['carried_to']} (its article was edited and extracted again)",
            "reload the page and decide on the event as it is now",
        )


def _unknown(event_id: str) -> ReviewError:
    return ReviewError(f"no event {event_id!r} in this session", "reload the page: the event list may be out of date")


def _conflict(current: Decision, what: str) -> ConflictError:
    err = ConflictError(what, "review their change below, then decide again")
    err.current = current  # type: ignore[attr-defined]
    return err


def open_store(path: str | Path, *, create: bool = True) -> ReviewStore:
    return ReviewStore(path, create=create)


__all__ = [
    "DECISION_STATUSES", "Decision", "IngestReport", "ReviewStore", "SCHEMA_VERSION", "StoredEvent",
    "open_store",
]
