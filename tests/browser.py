"""Debian's Chromium driven by Playwright (which cannot download browsers here)."""

from contextlib import contextmanager

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"


@contextmanager
def launch_chromium():
    """A headless Chromium. Playwright's sync API runs an event loop in this thread, and
    Django then gives ORM calls made meanwhile a connection of their own: with SQLite's
    in-memory test database, do the database work before launching or commit it (live_server
    tests use transaction=True)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def chromium(monkeypatch):
    # The test's own ORM calls while the browser runs are plain synchronous ones.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with launch_chromium() as browser:
        yield browser
        # The connection those calls opened belongs to the browser's context: close it here,
        # or PostgreSQL cannot drop the test database at the end of the run.
        connections.close_all()
