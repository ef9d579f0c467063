"""Rate limits counted across workers: gunicorn with two workers, sharing Redis (Debian's
redis-server, started here) as production does through REDIS_URL. A client gets its limit
once, whichever worker answers; without the shared cache each worker would count on its own
and let it through twice (shown here too, so the test is known to catch that)."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 5  # tests/rate_limit_settings.py
REQUESTS = 20

pytestmark = pytest.mark.skipif(
    shutil.which("redis-server") is None, reason="Debian's redis-server is not installed"
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:  # not listening yet, or still starting (URLError is one too)
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    port = free_port()
    directory = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


def start_gunicorn(tmp_path, redis_url, database=None):
    """Two workers on a free port; `database`: a SQLite file for the pages that need one."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "rate_limit_settings",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
        "HUB_TEST_DATABASE_FILE": str(database or tmp_path / "unused.sqlite3"),
        "REDIS_URL": redis_url,
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "hub.wsgi",
        ],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/static/css/hub.css")  # not rate limited
    return server, base


def answers_by_worker(url):
    """{worker: [status, ...]} of requests from one client, four at a time, until each of the
    two workers has answered more than LIMIT of them (X-Worker names the worker)."""

    def ask(_n):
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                return response.headers["X-Worker"], response.status
        except urllib.error.HTTPError as error:
            return error.headers["X-Worker"], error.code

    by_worker = {}
    with ThreadPoolExecutor(max_workers=4) as clients:
        for _batch in range(20):
            for worker, status in clients.map(ask, range(REQUESTS)):
                by_worker.setdefault(worker, []).append(status)
            if len(by_worker) == 2 and all(len(s) > LIMIT for s in by_worker.values()):
                return by_worker
    raise AssertionError(
        f"both workers never answered enough: { {w: len(s) for w, s in by_worker.items()} }"
    )


def test_two_workers_sharing_redis_allow_a_client_its_limit_once(tmp_path, redis_url):
    server, base = start_gunicorn(tmp_path, redis_url)
    try:
        by_worker = answers_by_worker(f"{base}/api/v1/openapi.json")
    finally:
        server.terminate()
        server.wait(timeout=30)
    answered = [status for statuses in by_worker.values() for status in statuses]
    assert answered.count(200) == LIMIT
    assert answered.count(429) == len(answered) - LIMIT


def test_without_the_shared_cache_each_worker_counts_alone(tmp_path):
    server, base = start_gunicorn(tmp_path, redis_url="")
    try:
        by_worker = answers_by_worker(f"{base}/api/v1/openapi.json")
    finally:
        server.terminate()
        server.wait(timeout=30)
    # Each worker let the client through LIMIT times: twice the limit in all.
    assert [statuses.count(200) for statuses in by_worker.values()] == [LIMIT, LIMIT]
