"""A UI string corrected in the admin reaches every worker without a deploy: gunicorn with two
workers sharing Redis and a database file; a third process (another worker, as far as these two
know) saves a Somali correction through hub.translations.catalog.save; each worker's very next
answer speaks it, and neither serves a page cached in the old words."""

import os
import sqlite3
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from test_rate_limits_across_workers import ROOT, redis_url, start_gunicorn  # noqa: F401

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the workers share a SQLite file"),
]

DRAFTED = "Ku noqo xagga sare"  # "Back to top" in the repository's Somali catalog
CORRECTED = "Ku noqo korka bogga"


def answers(url, rounds=40):
    """{worker: [page, ...]} of requests four at a time, until both workers answered."""

    def ask(_n):
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.headers["X-Worker"], response.read().decode()

    by_worker = {}
    with ThreadPoolExecutor(max_workers=4) as clients:
        for _round in range(rounds):
            for worker, page in clients.map(ask, range(8)):
                by_worker.setdefault(worker, []).append(page)
            if len(by_worker) == 2:
                return by_worker
    raise AssertionError("only one worker answered")


def test_a_correction_saved_anywhere_is_spoken_by_every_worker_at_once(tmp_path, redis_url):  # noqa: F811
    database = tmp_path / "hub.sqlite3"
    with sqlite3.connect(database) as copy:  # the migrated test database, for the workers
        connection.ensure_connection()
        connection.connection.backup(copy)
    server, base = start_gunicorn(tmp_path, redis_url, database)
    try:
        before = answers(f"{base}/so/languages/")
        assert all(DRAFTED in page for pages in before.values() for page in pages)

        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "rate_limit_settings",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
            "REDIS_URL": redis_url,
            "HUB_TEST_DATABASE_FILE": str(database),
        }
        save = (
            "from hub.translations import catalog\n"
            "string = next(s for s in catalog.strings('so') if s.msgid == 'Back to top')\n"
            f"catalog.save('so', {{string.key: (['{CORRECTED}'], True)}}, None)\n"
        )
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", save], cwd=ROOT, env=env, check=True
        )

        after = answers(f"{base}/so/languages/")
    finally:
        server.terminate()
        server.wait(timeout=30)
    for worker, pages in after.items():
        assert all(CORRECTED in page and DRAFTED not in page for page in pages), worker
