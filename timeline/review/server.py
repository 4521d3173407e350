"""The review web app: a JSON API and one HTML page on the standard library's ThreadingHTTPServer.

Security: binds 127.0.0.1 unless told otherwise; changes only through POST carrying the
session's CSRF token in the ``X-CSRF-Token`` header (a secret made when the server starts and
given only to the app page); cross-site ``Origin``/``Sec-Fetch-Site`` and unknown ``Host`` headers
are refused (DNS rebinding); nothing from a request becomes a file path (static files are a fixed
table); every response carries a Content-Security-Policy with no inline script.

API (JSON):
  GET  /api/session                       title, progress, documents, runs, warnings
  GET  /api/events                        every event with decision, evidence, notes
  GET  /api/events/<id>                   one event
  GET  /api/figure?lanes=actor|type               the plotly chart of the reviewed timeline
  GET  /api/audit?event=<id>              the audit log (of one event), newest first
  GET  /api/export?format=csv|json|html   the reviewed timeline (rejected left out)
  POST /api/events/<id>/decision   {version, action: accept|reject|reset, reviewer}
  POST /api/events/<id>/preview    {changes}                    -> what would move
  POST /api/events/<id>/edit       {version, changes, reviewer} -> the event, what moved
  POST /api/events/<id>/merge      {version, duplicate, duplicate_version, reviewer}
  POST /api/events/<id>/notes      {text, reviewer}
  POST /api/events/<id>/split      {version, reviewer}          -> out of its report group
  POST /api/undo                   {reviewer, audit_id?}
A stale ``version`` gets 409 with ``current``: the event as the other writer left it.
"""

from __future__ import annotations

import hmac
import html
import io
import ipaddress
import json
import re
import secrets
import sys
import threading
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from timeline.errors import ConflictError, TimelineError
from timeline.review.service import ReviewSession

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

_MAX_BODY = 1_000_000
_EVENT_PATH = re.compile(r"/api/events/([A-Za-z0-9_.:-]{1,80})(?:/(decision|preview|edit|merge|notes|split))?")
_REVIEWER = re.compile(r"[^\x00-\x1f\x7f]{1,80}")

#: The only files the server sends besides the page: name -> (package file, content type).
_STATIC = {
    "app.js": ("app.js", "text/javascript; charset=utf-8"),
    "app.css": ("app.css", "text/css; charset=utf-8"),
}


@lru_cache(maxsize=None)
def _static(name: str) -> bytes:
    return resources.files("timeline.review").joinpath("static", name).read_bytes()


@lru_cache(maxsize=1)
def _plotly_js() -> bytes:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs().encode("utf-8")


class _QuietServer(ThreadingHTTPServer):
    """A browser that drops a connection (a closed tab, an aborted fetch) is no error of the app: no traceback in
    the analyst's terminal for it; every other error is reported as the standard library does."""

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)):
            return
        super().handle_error(request, client_address)


class ReviewServer:
    """Serve ``session`` at http://host:port/ (port 0: a free one). ``reviewer`` is the name
    decisions are recorded under unless the app sends another."""

    def __init__(self, session: ReviewSession, *, host: str = "127.0.0.1", port: int = 0, reviewer: str = "analyst") -> None:
        self.session = session
        self.reviewer = reviewer
        self.token = secrets.token_urlsafe(32)
        self.httpd = _QuietServer((host, port), _handler_for(self))
        self.httpd.daemon_threads = True
        self.host = host
        self.port = self.httpd.server_address[1]
        self._figures: dict[tuple[int, str], bytes] = {}
        self._figure_lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        shown = self.host
        if ":" in shown:
            shown = f"[{shown}]"
        if shown in ("0.0.0.0", "[::]"):
            shown = "127.0.0.1"
        return f"http://{shown}:{self.port}/"

    def allowed_hosts(self) -> set[str] | None:
        """Host headers accepted; None when bound to every interface (names unknown)."""
        if self.host in ("0.0.0.0", "::", ""):
            return None
        names = {self.host, f"[{self.host}]"}
        try:
            loopback = ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            loopback = self.host == "localhost"
        if loopback:
            names |= {"127.0.0.1", "localhost", "[::1]"}
        return {f"{n}:{self.port}" for n in names}

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.2)

    def start(self) -> "ReviewServer":
        """Serve from a background thread (tests, embedding)."""
        self._thread = threading.Thread(target=self.serve_forever, name="timeline-review", daemon=True)
        self._thread.start()
        return self

    def shutdown(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def figure_json(self, lanes: str) -> bytes:
        revision = self.session.store.revision()
        key = (revision, lanes)
        with self._figure_lock:
            if key in self._figures:
                return self._figures[key]
        body = _figure(self.session, lanes)
        with self._figure_lock:
            self._figures = {k: v for k, v in self._figures.items() if k[0] == revision}
            self._figures[key] = body
        return body


def _figure(session: ReviewSession, lanes: str) -> bytes:
    try:
        from timeline.render import timeline_figure
    except ImportError:
        return json.dumps({"figure": None, "message": "the chart needs timeline.render"}).encode()
    from timeline.render import with_sources
    from timeline.review.export import review_records

    timeline, labels = session.reviewed_timeline()
    records = with_sources(review_records(timeline, labels), timeline)
    if not any(r.get("date_start") for r in records):
        return json.dumps({"figure": None, "message": "no dated events to draw yet"}).encode()
    fig = timeline_figure(records, lanes=lanes)
    return ('{"figure": ' + fig.to_json() + "}").encode("utf-8")


def _handler_for(server: ReviewServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        app = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    app: ReviewServer
    server_version = "timeline-review"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # library code does not print
        return

    # --- plumbing ---------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str, *, cache: bool = False, attachment: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if attachment:  # a file to save, never a page shown under this server's policy
            self.send_header("Content-Disposition", f'attachment; filename="{attachment}"')
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cache-Control", "max-age=3600" if cache else "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, data: Any) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _error(self, status: int, what: str, fix: str | None = None, **extra: Any) -> None:
        self._json(status, {"error": what, "fix": fix, **extra})

    def _host_ok(self) -> bool:
        allowed = self.app.allowed_hosts()
        return allowed is None or self.headers.get("Host", "") in allowed

    def _origin_ok(self) -> bool:
        if self.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            return False
        origin = self.headers.get("Origin")
        if origin is None:
            return True
        return origin == f"http://{self.headers.get('Host', '')}"

    # --- GET --------------------------------------------------------------------------------

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self._host_ok():
            return self._error(HTTPStatus.MISDIRECTED_REQUEST, "unknown Host header", "open the URL the server printed")
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        try:
            if path in ("/", "/index.html"):
                return self._page()
            if path.startswith("/static/"):
                name = path[len("/static/"):]
                if name == "plotly.min.js":
                    return self._send(200, _plotly_js(), "text/javascript; charset=utf-8", cache=True)
                if name in _STATIC:
                    file, ctype = _STATIC[name]
                    return self._send(200, _static(file), ctype)
                return self._error(404, "not found")
            session = self.app.session
            if path == "/api/session":
                data = session.summary()
                data["reviewer"] = self.app.reviewer
                return self._json(200, data)
            if path == "/api/events":
                return self._json(200, {"events": session.event_views()})
            if path == "/api/audit":
                event_id = (query.get("event") or [None])[0]
                return self._json(200, {"audit": session.store.audit(event_id=event_id)})
            if path == "/favicon.ico":
                return self._send(204, b"", "image/x-icon", cache=True)
            if path == "/api/figure":
                lanes = (query.get("lanes") or ["actor"])[0]
                if lanes not in ("actor", "type"):
                    return self._error(400, f"unknown lanes '{lanes}'", "use actor or type")
                return self._send(200, self.app.figure_json(lanes), "application/json; charset=utf-8")
            if path == "/api/export":
                return self._export((query.get("format") or ["csv"])[0])
            m = _EVENT_PATH.fullmatch(path)
            if m and m.group(2) is None:
                if m.group(1) not in session.state()["stored"]:
                    return self._error(404, f"no event {m.group(1)!r} in this session", "reload the page")
                return self._json(200, session.event_view(m.group(1)))
            return self._error(404, "not found")
        except TimelineError as err:
            return self._error(400, err.what, err.fix)

    def _page(self) -> None:
        page = _static("app.html").decode("utf-8")
        page = page.replace("{{csrf}}", html.escape(self.app.token, quote=True))
        page = page.replace("{{title}}", html.escape(self.app.session.store.title(), quote=True))
        self._send(200, page.encode("utf-8"), "text/html; charset=utf-8")

    def _export(self, fmt: str) -> None:
        from timeline.review.export import export_csv, export_html, export_json

        if fmt == "html":  # the page to send a colleague: self-contained, decisions applied
            return self._send(200, export_html(self.app.session).encode("utf-8"), "text/html; charset=utf-8",
                              attachment="reviewed-timeline.html")
        if fmt == "csv":
            buf = io.StringIO()
            export_csv(self.app.session, buf)
            return self._send(200, buf.getvalue().encode("utf-8"), "text/csv; charset=utf-8")
        if fmt == "json":
            return self._json(200, export_json(self.app.session))
        return self._error(400, f"unknown export format '{fmt}'", "use csv, json or html")

    # --- POST -------------------------------------------------------------------------------

    def do_POST(self) -> None:
        self.close_connection = True  # refused before the body is read: never reuse the connection
        if not self._host_ok():
            return self._error(HTTPStatus.MISDIRECTED_REQUEST, "unknown Host header", "open the URL the server printed")
        if not self._origin_ok():
            return self._error(403, "cross-origin request refused", "use the review app itself")
        token = self.headers.get("X-CSRF-Token", "")
        if not hmac.compare_digest(token.encode(), self.app.token.encode()):
            return self._error(403, "missing or wrong CSRF token", "reload the review page")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._error(400, "bad Content-Length")
        if length > _MAX_BODY:
            return self._error(413, "request too large", "send less than 1 MB")
        raw = self.rfile.read(length) if length else b"{}"
        self.close_connection = self.headers.get("Connection", "").lower() == "close"
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return self._error(400, "the request body is not JSON")
        if not isinstance(body, dict):
            return self._error(400, "the request body must be a JSON object")
        reviewer = body.get("reviewer") or self.app.reviewer
        if not isinstance(reviewer, str) or not _REVIEWER.fullmatch(reviewer.strip()):
            return self._error(400, "the reviewer name must be 1 to 80 printable characters")
        reviewer = reviewer.strip()
        path = urlsplit(self.path).path
        session = self.app.session
        try:
            if path == "/api/undo":
                audit_id = body.get("audit_id")
                if audit_id is not None and not isinstance(audit_id, int):
                    return self._error(400, "audit_id must be a number")
                return self._json(200, session.undo(reviewer=reviewer, audit_id=audit_id))
            m = _EVENT_PATH.fullmatch(path)
            if not m or m.group(2) is None:
                return self._error(404, "not found")
            event_id, verb = m.group(1), m.group(2)
            if event_id not in session.state()["stored"]:
                return self._error(404, f"no event {event_id!r} in this session", "reload the page")
            if verb == "decision":
                return self._json(200, session.decide(event_id, str(body.get("action")), version=body.get("version"), reviewer=reviewer))
            if verb == "preview":
                return self._json(200, session.preview(event_id, body.get("changes")))
            if verb == "edit":
                return self._json(200, session.edit(event_id, body.get("changes"), version=body.get("version"), reviewer=reviewer))
            if verb == "merge":
                dup = body.get("duplicate")
                if not isinstance(dup, str) or dup not in session.state()["stored"]:
                    return self._error(400, "pick the duplicate event to merge", "choose one from the list")
                return self._json(200, session.merge(
                    event_id, dup, kept_version=body.get("version"), duplicate_version=body.get("duplicate_version"),
                    reviewer=reviewer,
                ))
            if verb == "notes":
                return self._json(200, session.add_note(event_id, body.get("text"), reviewer=reviewer))
            if verb == "split":
                return self._json(200, session.split(event_id, version=body.get("version"), reviewer=reviewer))
        except ConflictError as err:
            current = getattr(err, "current", None)
            view = session.event_view(current.event_id) if current is not None else None
            return self._error(409, err.what, err.fix, current=view)
        except TimelineError as err:
            return self._error(400, err.what, err.fix)
        return self._error(404, "not found")
