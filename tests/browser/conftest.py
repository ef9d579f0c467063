"""The browser tests' Chromium (Debian's, driven by Playwright; helpers in tests/chromium.py),
and their live server answering one request at a time."""

import threading

import pytest
from chromium import launch_chromium
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread


@pytest.fixture
def chromium(monkeypatch):
    # The test's own ORM calls while the browser runs are plain synchronous ones.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with launch_chromium() as browser:
        yield browser
        # The connection those calls opened belongs to the browser's context: close it here,
        # or PostgreSQL cannot drop the test database at the end of the run.
        connections.close_all()


class OneRequestAtATime(ThreadedWSGIServer):
    """The live server's threads all use the one connection of SQLite's in-memory test
    database. Two requests at once (the admin's editing-session ping while "Approve and
    publish" runs) would mix their transactions' savepoints ("no such savepoint", then a 500),
    which no production server shares. Each request holds the lock until its response is
    closed, since closing it still writes (the anonymous counters' batch)."""

    lock = threading.Lock()

    def set_app(self, application):
        def one_at_a_time(environ, start_response):
            self.lock.acquire()
            try:
                return _ReleasedOnClose(application(environ, start_response), self.lock)
            except BaseException:
                self.lock.release()
                raise

        super().set_app(one_at_a_time)


class _ReleasedOnClose:
    """A response's iterable that releases the lock when the server closes it (always, even
    when the browser went away: wsgiref closes the result either way)."""

    def __init__(self, result, lock):
        self.result, self.lock = result, lock

    def __iter__(self):
        return iter(self.result)

    def close(self):
        try:
            if hasattr(self.result, "close"):
                self.result.close()
        finally:
            self.lock.release()


@pytest.fixture(scope="session", autouse=True)
def live_server_one_request_at_a_time():
    """Before pytest-django's live server (session-wide too) starts."""
    with pytest.MonkeyPatch.context() as patch:
        if connections["default"].vendor == "sqlite":
            patch.setattr(LiveServerThread, "server_class", OneRequestAtATime)
        yield
