"""Elasticsearch for the tests: a real cluster if HUB_ELASTICSEARCH_URL names one, otherwise a
noida-db server (an Elasticsearch look-alike shipped with the test extras) started for the
session on a free loopback port.

The fixtures (elasticsearch_url, es_backend, noida_server) are in tests/conftest.py."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import suppress
from pathlib import Path

import pytest

URL_VARIABLE = "HUB_ELASTICSEARCH_URL"
START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0


def free_port():
    """A loopback port nothing listens on (at the moment of asking)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(url):
    try:
        with urllib.request.urlopen(url, timeout=1):
            return True
    except (urllib.error.URLError, OSError):
        return False


class NoidaServer:
    """A noida-db Elasticsearch on one port and data directory; `stop()` then `start()` brings
    it back with the same indexes (noida-db saves its data when it stops)."""

    def __init__(self, port, data_dir):
        self.port = port
        self.data_dir = Path(data_dir)
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = self.data_dir.with_suffix(".log")
        self.process = None

    @property
    def running(self):
        return self.process is not None

    def start(self):
        assert not self.running, "noida-db is already running"
        # `noida-db` is a small Python launcher that runs the real binary as its child. A new
        # session makes both one process group, so stop() can signal the two together.
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [
                    str(Path(sys.executable).with_name("noida-db")),
                    *("start", "--only", "elasticsearch"),
                    *("--elasticsearch-port", str(self.port)),
                    *("--data-dir", str(self.data_dir)),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while not answers(self.url + "/"):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(
                    f"noida-db did not answer on {self.url} within {START_TIMEOUT:.0f} s;"
                    f" its log ({self.log_path}):\n{self.log_path.read_text(errors='replace')}"
                )
            time.sleep(0.1)

    def stop(self):
        """Stop the server and wait until its processes have exited."""
        if not self.running:
            return
        group = self.process.pid  # the session leader's pid is the group id
        # SIGTERM: the launcher dies at once and the binary saves its data and exits.
        with suppress(ProcessLookupError):
            os.killpg(group, signal.SIGTERM)
        self.process.wait()
        self.process = None
        deadline = time.monotonic() + STOP_TIMEOUT
        while _group_alive(group):
            if time.monotonic() > deadline:
                with suppress(ProcessLookupError):
                    os.killpg(group, signal.SIGKILL)
                break
            time.sleep(0.05)


def _group_alive(group):
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True
