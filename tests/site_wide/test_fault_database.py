"""The database goes away and comes back while the site is serving: families get a translated
"try again in a minute" page (503), API clients a JSON 503, and the very next requests once the
database is back are answered, with no restart.

The site runs in a real server thread (live_server) and the failures are real ones on whichever
database the suite runs on: on PostgreSQL the server's connection is terminated from a second
connection, then the database refuses connections; on SQLite (the in-memory test database is
shared between connections) a second connection holds the schema locked."""

import json
import sqlite3
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection, connections
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext
from factories import (
    InterestFactory,
    LanguageFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    session,
)

from hub.directory.errors import RETRY_AFTER

# The server thread needs committed data; the root page comes back for later tests.
# database_vendor: the database connection lost and regained.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.database_vendor,
]


@pytest.fixture
def site(indexes):
    en = LanguageFactory(code="en", endonym="English", english_name="English")
    robotics = InterestFactory(slug="robotics", name="Robotics")
    org = OrganizationPageFactory(parent=indexes["partners"], title="Alpha", slug="alpha")
    org.save_revision().publish()
    club = ProgramPageFactory(
        parent=org,
        slug="club",
        title="Robot Club",
        interests=[robotics],
        delivery_languages=[en],
        sessions=[session(10, 30)],
    )
    club.save_revision().publish()
    # Published, but read by nobody before the outage: nothing of it is kept anywhere.
    astronomy = InterestFactory(slug="astronomy", name="Astronomy")
    ProgramPageFactory(
        parent=org, slug="lab", title="Rocket Lab", interests=[astronomy]
    ).save_revision().publish()
    return club


def fetch(url):
    """(status, headers, body) of a GET, errors included, as a browser would see them."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def family_pages(base):
    return {
        "find": f"{base}/es/find/?grade=7&interests=robotics&language=en",
        "program": f"{base}/ar/partners/alpha/club/",
    }


def api(base):
    return f"{base}/api/v1/match?grade=7&interests=robotics"


def assert_served(base):
    for url in family_pages(base).values():
        status, _, body = fetch(url)
        assert status == 200, url
        assert "Robot Club" in body, url
    status, _, body = fetch(api(base))
    assert status == 200
    assert [r["title"] for r in json.loads(body)["results"]] == ["Robot Club"]


def terminate_other_backends():
    """End every other session on the test database (the server's). Returns how many."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return len(cursor.fetchall())


@contextmanager
def database_down():
    """The database refuses the server until the block ends."""
    if connection.vendor == "postgresql":
        import psycopg

        # A database cannot refuse connections while one names it: ask from the server's
        # maintenance database instead.
        params = connection.get_connection_params()
        params["dbname"] = "postgres"
        name = connection.ops.quote_name(connection.settings_dict["NAME"])
        with psycopg.connect(**params, autocommit=True) as admin:
            admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
            try:
                terminate_other_backends()
                yield
            finally:
                admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    else:
        assert connection.vendor == "sqlite"
        assert connection.is_in_memory_db(), "this test expects the shared in-memory test database"
        # A second connection to the same shared-cache database, changing the schema inside an
        # open transaction, holds the schema lock: every other connection's query fails with
        # "database schema is locked". Rolling back leaves the database as it was.
        locker = sqlite3.connect(connection.settings_dict["NAME"], uri=True, isolation_level=None)
        try:
            locker.execute("BEGIN")
            locker.execute("CREATE TABLE fault_test_lock (id INTEGER)")
            yield
        finally:
            locker.execute("ROLLBACK")
            locker.close()


@pytest.fixture
def sync_worker():
    """Django's real WSGI handler in one long-lived thread, as a gunicorn sync worker runs it:
    requests one after another, and the worker's database connection kept between them
    (CONN_MAX_AGE). (live_server closes its connections after every request.)"""
    worker = ThreadPoolExecutor(max_workers=1)
    handler = WSGIHandler()
    factory = RequestFactory()

    def get(path):
        def call():
            environ = factory.get(path).environ
            started = {}
            body = b"".join(handler(environ, lambda status, headers: started.update(s=status)))
            return int(started["s"].split()[0]), body.decode()

        return worker.submit(call).result(timeout=30)

    yield get
    worker.submit(connections.close_all).result(timeout=30)
    worker.shutdown()


def test_a_dropped_connection_is_replaced_without_an_error(sync_worker, site):
    if connection.vendor != "postgresql":
        pytest.skip("an SQLite connection is a file handle: there is no server to drop it")
    path = "/es/find/?grade=7&interests=robotics&language=en"
    assert sync_worker(path)[0] == 200  # the worker now holds a connection of its own
    assert terminate_other_backends() == 1
    status, body = sync_worker(path)  # checked before use, replaced, and nobody noticed
    assert status == 200 and "Robot Club" in body


def test_the_database_down_then_back(live_server, site):
    base = live_server.url
    assert_served(base)

    with database_down():
        # What families just read is still served from the page cache (hub/caching/pages.py).
        assert_served(base)
        # Anything else: the hub says it is unavailable for a minute, in the family's language.
        pages = {
            name: url.replace("grade=7", "grade=8") for name, url in family_pages(base).items()
        }
        # A new address of a page read before: this process keeps what the page shows (its
        # row, its relations: hub/directory/routing.py), so it is still served.
        status, _, body = fetch(pages["program"] + "?from=flyer")
        assert status == 200 and "Robot Club" in body
        pages["program"] = pages["program"].replace("/club/", "/lab/")  # never read: needs it
        for language, url in [("es", pages["find"]), ("ar", pages["program"])]:
            status, headers, body = fetch(url)
            assert status == 503, url
            assert headers["Retry-After"] == str(RETRY_AFTER)
            assert headers["Content-Type"].startswith("text/html")
            with translation.override(language):
                assert gettext("Temporarily unavailable") in body
                assert (
                    gettext(
                        "The hub cannot reach its listings right now. Please try again in a minute."
                    )
                    in body
                )
            assert f'lang="{language}"' in body
            assert ('dir="rtl"' in body) == (language == "ar")
            assert "Traceback" not in body and "OperationalError" not in body

        status, headers, body = fetch(api(base).replace("grade=7", "grade=8"))
        assert status == 503
        assert headers["Content-Type"] == "application/json"
        assert headers["Retry-After"] == str(RETRY_AFTER)
        assert json.loads(body) == {
            "detail": "The service is temporarily unavailable. Try again in a minute."
        }

    # Back: the very next requests are answered by the same server, not restarted.
    assert_served(base)
