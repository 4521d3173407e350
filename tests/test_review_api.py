"""The review API in-process: a real server on a free port in a thread, driven with urllib."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request

import pytest

from timeline.review.server import ReviewServer
from timeline.review.service import ReviewSession
from timeline.store import ReviewStore
from timeline.store.codec import load_timeline

MET, SUMMONED, RESUME = "ev-e78324171b68", "ev-81e2e4ad261a", "ev-624b7c1b28b5"


@pytest.fixture
def timeline(fixtures):
    return load_timeline(json.loads((fixtures / "review" / "ministers.json").read_text("utf-8")))


@pytest.fixture
def server(tmp_path, timeline):
    store = ReviewStore(tmp_path / "session.db")
    store.ingest(timeline, inputs=["ministers.md"])
    srv = ReviewServer(ReviewSession(store), port=0, reviewer="ana").start()
    yield srv
    srv.shutdown()


def call(srv, method, path, body=None, *, token=True, headers=None):
    """(status, parsed JSON or text, headers)."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(srv.url.rstrip("/") + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("X-CSRF-Token", srv.token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            status, raw, hdrs = resp.status, resp.read(), resp.headers
    except urllib.error.HTTPError as err:
        status, raw, hdrs = err.code, err.read(), err.headers
    ctype = hdrs.get("Content-Type", "")
    return status, (json.loads(raw) if "json" in ctype else raw.decode("utf-8")), hdrs


def event(srv, eid):
    return call(srv, "GET", f"/api/events/{eid}")[1]


def test_review_api_accept_records_decision_and_progress(server):
    status, view, _ = call(server, "POST", f"/api/events/{MET}/decision", {"version": 0, "action": "accept"})
    assert status == 200
    assert view["review"] == "reviewed" and view["decision"]["version"] == 1
    assert view["decision"]["reviewer"] == "ana"
    assert call(server, "GET", "/api/session")[1]["progress"] == {"reviewed": 1, "total": 3}


def test_review_api_reject_leaves_event_out_of_export(server):
    call(server, "POST", f"/api/events/{SUMMONED}/decision", {"version": 0, "action": "reject", "reviewer": "ben"})
    status, text, _ = call(server, "GET", "/api/export?format=csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert status == 200
    assert {r["id"] for r in rows} == {MET, RESUME}
    assert {r["review"] for r in rows} == {"unreviewed"}


def test_review_api_edit_date_moves_the_dependent_event(server):
    # "A day before that meeting": moving the meeting to Tuesday moves the summons to Monday
    status, preview, _ = call(server, "POST", f"/api/events/{MET}/preview", {"changes": {"date_start": "2025-03-11"}})
    assert status == 200
    moves = {m["id"]: (m["from"], m["to"]) for m in preview["moves"]}
    assert moves[SUMMONED] == (["2025-03-09", "2025-03-09"], ["2025-03-10", "2025-03-10"])
    assert event(server, SUMMONED)["record"]["date_start"] == "2025-03-09"  # preview saves nothing

    status, view, _ = call(server, "POST", f"/api/events/{MET}/edit", {"version": 0, "changes": {"date_start": "2025-03-11"}})
    assert status == 200
    assert view["record"]["date_start"] == "2025-03-11" and view["record"]["date_basis"] == "analyst"
    assert view["review"] == "edited"
    assert [m["id"] for m in view["moved"]] == [MET, SUMMONED]
    dependent = event(server, SUMMONED)["record"]
    assert (dependent["date_start"], dependent["date_end"]) == ("2025-03-10", "2025-03-10")
    assert view["extracted"]["date_start"] == "2025-03-10"  # the extraction itself is kept


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"date_start": "2025-13-01"}, "is not a date"),
        ({"date_start": "2025-03-11", "date_end": "2025-03-01"}, "ends"),
        ({"status": "maybe"}, "status"),
        ({"precision": "fortnight"}, "precision"),
        ({"id": "ev-other"}, "cannot edit"),
        ({}, "no changes"),
    ],
)
def test_review_api_bad_edits_are_refused_with_a_reason(server, changes, message):
    status, body, _ = call(server, "POST", f"/api/events/{MET}/edit", {"version": 0, "changes": changes})
    assert status == 400
    assert message in body["error"]
    assert event(server, MET)["decision"]["version"] == 0


def test_review_api_edit_of_a_range_keeps_the_range_and_its_precision(server):
    status, view, _ = call(server, "POST", f"/api/events/{RESUME}/edit",
                           {"version": 0, "changes": {"date_start": "2025-05-01", "date_end": "2025-05-31"}})
    assert status == 200
    r = view["record"]
    assert (r["date_start"], r["date_end"], r["precision"]) == ("2025-05-01", "2025-05-31", "month")


def test_review_api_two_clients_editing_one_event_second_gets_409_with_first_edit(server):
    seen_by_both = event(server, MET)["decision"]["version"]
    first = call(server, "POST", f"/api/events/{MET}/edit",
                 {"version": seen_by_both, "changes": {"location": "Versailles"}, "reviewer": "ana"})
    assert first[0] == 200
    status, body, _ = call(server, "POST", f"/api/events/{MET}/decision",
                           {"version": seen_by_both, "action": "reject", "reviewer": "ben"})
    assert status == 409
    assert body["current"]["record"]["location"] == "Versailles"
    assert body["current"]["decision"]["reviewer"] == "ana"
    assert "changed by ana" in body["error"]
    assert event(server, MET)["review"] == "edited"  # nothing silently overwritten


def test_review_api_undo_reverts_the_last_decision(server):
    call(server, "POST", f"/api/events/{MET}/edit", {"version": 0, "changes": {"date_start": "2025-03-11"}})
    status, body, _ = call(server, "POST", "/api/undo", {})
    assert status == 200 and body["undid"] == "edit"
    assert event(server, MET)["record"]["date_start"] == "2025-03-10"
    assert event(server, SUMMONED)["record"]["date_start"] == "2025-03-09"


def test_review_api_merge_and_notes(server):
    status, kept, _ = call(server, "POST", f"/api/events/{MET}/merge", {"version": 0, "duplicate": RESUME, "duplicate_version": 0})
    assert status == 200 and kept["merged_from"] == [RESUME]
    assert event(server, RESUME)["decision"]["status"] == "merged"
    status, view, _ = call(server, "POST", f"/api/events/{MET}/notes", {"text": "<b>confirmed</b> by the ministry"})
    assert status == 200 and view["notes"][0]["text"] == "<b>confirmed</b> by the ministry"
    actions = [a["action"] for a in call(server, "GET", "/api/audit")[1]["audit"]]
    assert actions == ["note", "merge"]


@pytest.mark.parametrize(
    ("token", "headers"),
    [
        (False, {}),
        (False, {"X-CSRF-Token": "guessed"}),
        (True, {"Origin": "http://evil.example"}),
        (True, {"Sec-Fetch-Site": "cross-site"}),
    ],
)
def test_review_api_refuses_posts_without_token_or_from_other_origins(server, token, headers):
    status, body, _ = call(server, "POST", f"/api/events/{MET}/decision", {"version": 0, "action": "accept"}, token=token, headers=headers)
    assert status == 403
    assert event(server, MET)["decision"]["version"] == 0


def test_review_api_refuses_unknown_host_headers(server):
    status, _, _ = call(server, "GET", "/api/events", headers={"Host": "attacker.example:80"})
    assert status == 421


def test_review_api_only_post_changes_state(server):
    status, _, _ = call(server, "GET", f"/api/events/{MET}/decision?version=0&action=accept")
    assert status == 404
    assert event(server, MET)["decision"]["version"] == 0


@pytest.mark.parametrize("path", ["/static/../session.db", "/static/%2e%2e/server.py", "/static/app.html/../x", "/etc/passwd"])
def test_review_api_never_serves_paths_from_the_request(server, path):
    status, _, _ = call(server, "GET", path)
    assert status == 404


def test_review_api_page_has_csp_token_and_escaped_title(tmp_path, timeline):
    from dataclasses import replace

    store = ReviewStore(tmp_path / "s.db")
    store.ingest(replace(timeline, title='<script>alert("x")</script>'))
    srv = ReviewServer(ReviewSession(store), port=0).start()
    try:
        status, page, headers = call(srv, "GET", "/")
    finally:
        srv.shutdown()
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert f'content="{srv.token}"' in page


def test_review_api_unknown_event_is_404(server):
    assert call(server, "GET", "/api/events/ev-nope")[0] == 404
    assert call(server, "POST", "/api/events/ev-nope/decision", {"version": 0, "action": "accept"})[0] == 404


def test_review_api_listens_on_loopback_by_default(server):
    assert server.httpd.server_address[0] == "127.0.0.1"
    assert server.url.startswith("http://127.0.0.1:")


def test_review_api_export_json_honours_edits_and_says_review(server):
    call(server, "POST", f"/api/events/{MET}/edit", {"version": 0, "changes": {"summary": "Ministers meet in Versailles"}})
    call(server, "POST", f"/api/events/{RESUME}/decision", {"version": 0, "action": "accept"})
    status, data, _ = call(server, "GET", "/api/export?format=json")
    by_id = {e["id"]: e for e in data["events"]}
    assert by_id[MET]["summary"] == "Ministers meet in Versailles" and by_id[MET]["review"] == "edited"
    assert by_id[RESUME]["review"] == "reviewed"
    assert by_id[SUMMONED]["review"] == "unreviewed"


def test_review_api_reset_returns_to_the_extracted_event(server):
    call(server, "POST", f"/api/events/{MET}/edit", {"version": 0, "changes": {"date_start": "2025-03-11"}})
    status, view, _ = call(server, "POST", f"/api/events/{MET}/decision", {"version": 1, "action": "reset"})
    assert status == 200
    assert view["review"] == "unreviewed" and view["record"]["date_start"] == "2025-03-10"
    assert event(server, SUMMONED)["record"]["date_start"] == "2025-03-09"


def test_review_api_confirmed_date_survives_a_changed_extraction(tmp_path, timeline):
    from dataclasses import replace
    from datetime import date

    store = ReviewStore(tmp_path / "s.db")
    store.ingest(timeline)
    session = ReviewSession(store)
    session.decide(MET, "accept", version=0, reviewer="ana")
    store.ingest(replace(timeline, events=tuple(
        e.with_(date_start=date(2025, 3, 11), date_end=date(2025, 3, 11)) if e.id == MET else e for e in timeline.events
    )))
    view = session.event_view(MET)
    assert view["record"]["date_start"] == "2025-03-10" and view["extracted"]["date_start"] == "2025-03-11"
    assert "confirmed by ana" in view["record"]["date_derivation"]
    assert session.event_view(SUMMONED)["record"]["date_start"] == "2025-03-09"
    # a later correction by the analyst is explained as such
    edited = session.edit(MET, {"date_start": "2025-03-12"}, version=store.decision(MET).version, reviewer="ana")
    assert edited["record"]["date_derivation"].startswith("set in review by ana")


def test_review_api_corrections_repropagate_from_the_extractors_own_dates(tmp_path, timeline):
    """B "after that meeting", B's tense says 5..12 March: moving the meeting moves B's start only,
    B keeps its own upper bound (it is re-propagated from the extraction, not from the last result)."""
    from dataclasses import replace
    from datetime import date

    from timeline.model import Constraint
    from timeline.reasoning import propagate

    met = next(e for e in timeline.events if e.id == MET)
    after = replace(met, id="ev-after", trigger="called", date_start=date(2025, 3, 5), date_end=date(2025, 3, 12),
                    precision="unknown", date_basis="tense", date_text=None, date_start_offset=None, date_end_offset=None)
    raw = (met, after)
    constraints = (Constraint(MET, "ev-after", 0, None, "before", "After that meeting", met.doc),)
    shown, _ = propagate(raw, constraints)
    assert (shown[1].date_start, shown[1].date_end) == (date(2025, 3, 10), date(2025, 3, 12))
    store = ReviewStore(tmp_path / "s.db")
    store.ingest(replace(timeline, events=shown, constraints=constraints), raw=raw)
    session = ReviewSession(store)
    assert session.event_view("ev-after")["record"]["date_end"] == "2025-03-12"
    session.edit(MET, {"date_start": "2025-03-11"}, version=0, reviewer="ana")
    moved = session.event_view("ev-after")["record"]
    assert (moved["date_start"], moved["date_end"]) == ("2025-03-11", "2025-03-12")


def test_review_api_preview_warns_before_saving_a_contradicting_date(server):
    # the summons is "a day before" the Monday meeting: putting it on 1 March contradicts the text
    status, preview, _ = call(server, "POST", f"/api/events/{SUMMONED}/preview", {"changes": {"date_start": "2025-03-01"}})
    assert status == 200
    assert preview["warnings"] and "contradict" in preview["warnings"][0]
    flagged = {m["id"] for m in preview["moves"] if any(f.startswith("contradiction") for f in m["flags_added"])}
    assert flagged == {SUMMONED, MET}


def test_review_api_export_html_is_the_reviewed_page_as_a_download(server):
    """The app exports the page an analyst sends a colleague, decisions applied; it is a file to
    save (served under the app's script policy it could not run)."""
    call(server, "POST", f"/api/events/{MET}/edit", {"version": 0, "changes": {"summary": "Ministers meet in Versailles"}})
    call(server, "POST", f"/api/events/{SUMMONED}/decision", {"version": 0, "action": "reject"})
    status, page, headers = call(server, "GET", "/api/export?format=html")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert headers["Content-Disposition"] == 'attachment; filename="reviewed-timeline.html"'
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "Ministers meet in Versailles" in page and "summons the Italian ambassador" not in page


def test_review_api_an_actor_typed_by_an_analyst_is_the_gazetteer_actor_in_the_graph(server):
    """"Egypt" added to an event's actors is the state Egypt of the gazetteer (the graph links the
    event to actor:EGY, a state), not a new actor of unknown kind; a name the gazetteer does not
    know stays as typed."""
    from timeline.graph import build_graph

    changes = {"actors": ["France", "Germany", "Egypt", "Ministry of Silly Walks"]}
    assert call(server, "POST", f"/api/events/{MET}/edit", {"version": 0, "changes": changes})[0] == 200
    timeline, _ = server.session.reviewed_timeline()
    egypt = next(a for a in timeline.actors if a.name == "Egypt")
    assert (egypt.id, egypt.kind) == ("EGY", "state")
    assert "Ministry of Silly Walks" not in {a.name for a in timeline.actors}
    graph = build_graph(timeline)
    partners = {u for u, _, d in graph.in_edges(f"event:{MET}", data=True) if d.get("type") == "participant_in"}
    assert "actor:EGY" in partners


def test_review_api_an_actor_typed_by_an_analyst_is_looked_up_in_the_sessions_user_gazetteer(tmp_path, timeline):
    """A session extracted with ``--actors FILE`` remembers the file: an organization that only the
    user's gazetteer knows, typed by an analyst, is that organization in the reviewed graph (and a
    later run without the file keeps it); a session without the file leaves the name as typed."""
    from timeline.graph import build_graph

    user = tmp_path / "actors.yaml"
    user.write_text("organizations:\n  - {id: ACME, name: Acme Peace Forum, acronyms: [APF], checked: 2025-10-01}\n", "utf-8")
    changes = {"actors": ["France", "Germany", "Acme Peace Forum"]}
    for db, actors_file, expected in (("with.db", str(user), ("ACME", "igo")), ("without.db", None, None)):
        store = ReviewStore(tmp_path / db)
        store.ingest(timeline, inputs=["ministers.md"], actors_file=actors_file)
        store.ingest(timeline, inputs=["ministers.md"])  # a rerun without --actors forgets nothing
        srv = ReviewServer(ReviewSession(store), port=0, reviewer="ana").start()
        try:
            assert call(srv, "POST", f"/api/events/{MET}/edit", {"version": 0, "changes": changes})[0] == 200
            reviewed, _ = srv.session.reviewed_timeline()
        finally:
            srv.shutdown()
        forum = [(a.id, a.kind) for a in reviewed.actors if a.name == "Acme Peace Forum"]
        assert forum == ([expected] if expected else [])
        if expected:
            graph = build_graph(reviewed)
            partners = {u for u, _, d in graph.in_edges(f"event:{MET}", data=True) if d.get("type") == "participant_in"}
            assert "actor:ACME" in partners


@pytest.mark.parametrize("error, quiet", [
    (BrokenPipeError(), True), (ConnectionResetError(), True), (ConnectionAbortedError(), True), (ValueError("bug"), False),
])
def test_review_server_stays_quiet_only_when_a_browser_drops_the_connection(server, capsys, error, quiet):
    # a closed tab or an aborted fetch is no error of the app; any other error is still reported
    try:
        raise error
    except Exception:
        server.httpd.handle_error(None, ("127.0.0.1", 50000))
    printed = capsys.readouterr().err
    assert (printed == "") == quiet
