"""The browser tests' Chromium (Debian's, driven by Playwright; helpers in tests/chromium.py)."""

import pytest
from chromium import launch_chromium
from django.db import connections


@pytest.fixture
def chromium(monkeypatch):
    # The test's own ORM calls while the browser runs are plain synchronous ones.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with launch_chromium() as browser:
        yield browser
        # The connection those calls opened belongs to the browser's context: close it here,
        # or PostgreSQL cannot drop the test database at the end of the run.
        connections.close_all()
