"""Headless Chromium for browser tests: Debian's ``chromium`` driven by Playwright.

Playwright's own browser download does not work here, so tests point it at the system binary.
A missing Chromium FAILS the test with a message saying how to install it (CI installs it): a
browser test never skips.

Use in a test module::

    from browser import chromium_page, offline_guard  # noqa: F401  (pytest fixtures)

    def test_x(chromium_page):
        page = chromium_page          # a fresh page in a fresh profile; closed afterwards
        ...
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator

import pytest

CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def chromium_path() -> str:
    """The Chromium binary, or a failure that says how to install it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Chromium is not installed: the browser tests need it "
                    "(apt-get install chromium, or run .ci/run, which installs it)", pytrace=False)
    return path


@pytest.fixture(scope="module")
def chromium_context() -> Iterator[object]:
    """A Playwright browser context on a fresh user-data-dir (module scope: one launch per module)."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with tempfile.TemporaryDirectory(prefix="timeline-chromium-") as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=list(CHROMIUM_ARGS),
            viewport={"width": 1400, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


class PageProblems:
    """What went wrong in a page: JavaScript errors, console errors, requests that left the machine."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.console: list[str] = []
        self.external: list[str] = []


@pytest.fixture
def chromium_page(chromium_context) -> Iterator[object]:
    """A fresh page; ``page.problems`` (PageProblems) collects page errors, console errors and
    any request to anything but file:, data: or blob: URLs (which is aborted: tests run offline)."""
    page = chromium_context.new_page()
    problems = PageProblems()
    page.problems = problems
    page.on("pageerror", lambda exc: problems.errors.append(str(exc)))
    page.on("console", lambda msg: problems.console.append(msg.text) if msg.type == "error" else None)

    def route(r):
        url = r.request.url
        if url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            problems.external.append(url)
            r.abort()

    page.route("**/*", route)
    try:
        yield page
    finally:
        page.close()


def server_page(context, server_url: str, timeout_ms: int = 10_000):
    """A new page that may only talk to the server at ``server_url``: ``(page, problems)``, where ``problems``
    collects page errors, console errors and every request elsewhere (aborted: tests run offline)."""
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("console", lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None)
    origin = server_url.rstrip("/")

    def route(r):
        if r.request.url.startswith(origin):
            r.continue_()
        else:
            problems.append(f"external request: {r.request.url}")
            r.abort()

    page.route("**/*", route)
    page.set_default_timeout(timeout_ms)
    return page, problems
