"""A server killed mid-session loses nothing it had confirmed; two stores on one file agree."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import urllib.request

import pytest

from timeline.errors import ConflictError
from timeline.store import ReviewStore
from timeline.store.codec import load_timeline

MET, SUMMONED, RESUME = "ev-e78324171b68", "ev-81e2e4ad261a", "ev-624b7c1b28b5"

_SERVE = """
import sys
from timeline.review.server import ReviewServer
from timeline.review.service import ReviewSession
from timeline.store import ReviewStore
srv = ReviewServer(ReviewSession(ReviewStore(sys.argv[1], create=False)), port=0, reviewer="ana")
print(srv.port, srv.token, flush=True)
srv.serve_forever()
"""


@pytest.fixture
def db(tmp_path, fixtures):
    path = tmp_path / "session.db"
    timeline = load_timeline(json.loads((fixtures / "review" / "ministers.json").read_text("utf-8")))
    ReviewStore(path).ingest(timeline)
    return path


def _post(port, token, path, body):
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "X-CSRF-Token": token},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status, json.loads(resp.read())


def test_review_server_killed_after_confirmed_posts_loses_nothing(db):
    proc = subprocess.Popen([sys.executable, "-c", _SERVE, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        port, token = proc.stdout.readline().split()
        assert _post(port, token, f"/api/events/{MET}/edit", {"version": 0, "changes": {"date_start": "2025-03-11"}})[0] == 200
        assert _post(port, token, f"/api/events/{SUMMONED}/decision", {"version": 0, "action": "reject"})[0] == 200
        assert _post(port, token, f"/api/events/{RESUME}/notes", {"text": "check the Berlin date"})[0] == 200
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # no shutdown, no cleanup
        proc.wait(timeout=10)
    store = ReviewStore(db, create=False)
    decisions = store.decisions()
    assert decisions[MET].edits["date_start"] == "2025-03-11" and decisions[MET].status == "accepted"
    assert decisions[SUMMONED].status == "rejected"
    assert [n["text"] for n in store.notes(RESUME)] == ["check the Berlin date"]
    assert len([a for a in store.audit() if a["action"] != "note"]) == 2


def test_review_store_concurrent_writers_on_one_version_exactly_one_wins(db):
    stores = [ReviewStore(db, create=False) for _ in range(8)]
    results: list[str] = []
    barrier = threading.Barrier(len(stores))

    def decide(i: int, store: ReviewStore) -> None:
        barrier.wait()
        try:
            store.decide(MET, version=0, reviewer=f"analyst{i}", action="accept", status="accepted")
            results.append("ok")
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=decide, args=(i, s)) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(results) == ["conflict"] * 7 + ["ok"]
    assert stores[0].decision(MET).version == 1
    assert len(stores[0].audit()) == 1
