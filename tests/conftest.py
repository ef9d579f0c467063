"""Fixtures every test folder may use: a site tree like the real one (home, four browse pages)
built in code, the demo region, the partner world, Elasticsearch and the HSDS schemas. A folder's
own conftest.py holds what only its tests use; helper functions stay in the modules beside this
file (factories.py, partners_fixtures.py, ...) and are imported.

Each pytest-xdist worker is a process of its own, so everything here is per worker: its SQLite
or PostgreSQL test database (`_gw0`, `_gw1` suffixes), media directory (hub.settings.test),
noida-db server (own port and data directory), live server port and browser."""

import io
import os
import shutil
import sqlite3
import sys
import tempfile
import uuid
from contextlib import suppress

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test import Client, override_settings
from django.utils import translation
from elastic_transport import ConnectionError as TransportConnectionError
from factories import browse_pages, site_home
from hsds_schemas import API, HSDS, SCHEMA, Schemas
from partners_fixtures import build_world
from search_es import URL_VARIABLE, NoidaServer, free_port
from wagtail.models import Page

from hub.demo.builder import load_demo_region
from hub.directory.models import Language
from search import indexing
from search.backends.elasticsearch import ElasticsearchBackend


def pytest_configure(config):
    """Family pages are checked in Spanish; `make pytest` compiles locale/, this makes a bare
    `pytest` run do the same. Once, in the process that starts the xdist workers, so no worker
    reads a catalogue another is rewriting."""
    if hasattr(config, "workerinput"):
        # An xdist worker runs each test a few frames deeper than a plain pytest process does
        # (execnet's loop); give them back, so the tests of input nested 950 deep (HSDS import)
        # have the headroom they have in a single process.
        sys.setrecursionlimit(sys.getrecursionlimit() + 50)
    else:
        call_command("compile_po", verbosity=0, stdout=io.StringIO())
        translation.trans_real._translations = {}
        translation.trans_real._default = None


@pytest.fixture
def home(db):
    return site_home()


@pytest.fixture
def indexes(home):
    """The four browse pages, keyed by what they list."""
    return browse_pages(home)


@pytest.fixture(scope="module", autouse=True)
def data_from_migrations(request, django_db_blocker):
    """A transactional test (transaction=True) empties the database when it ends. In one process
    pytest-django runs those after all the others; an xdist worker may take another module after
    them, and that module starts from the data the migrations made (Wagtail's root page...), as
    it would alone: the copy Django serialized when it created the test database. A session in
    which no test uses the database (tests/site_wide/test_architecture.py alone) has none."""
    if not any(item.get_closest_marker("django_db") for item in request.session.items):
        return
    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock():
        if not Page.objects.filter(depth=1).exists():
            for database in connections.all():
                contents = getattr(database, "_test_serialized_contents", None)
                if contents:
                    database.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def source_language_between_tests():
    """Each test starts and ends in English. A request in Arabic leaves Arabic active in the
    thread, and pages the next module's fixtures create would be written into `title_ar`."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def elasticsearch_not_resting():
    """Each test starts with the matcher willing to ask Elasticsearch (see search.matcher)."""
    from search import matcher

    matcher._elasticsearch_resting_until = 0.0


@pytest.fixture(autouse=True)
def nothing_cached_from_other_tests():
    """Each test's database is rolled back at its end, which changes no cache version: pages
    and per-process values cached by one test must not be served to the next."""
    from hub.caching import memo, versions
    from hub.translations import catalog

    versions.forget_all()
    memo.clear_all()
    catalog.forget()


@pytest.fixture
def no_page_cache():
    """The page cache off: what a worker answers when no cached page does (the miss path)."""
    with override_settings(HUB_PAGE_CACHE=False):
        yield


@pytest.fixture(autouse=True)
def no_counts_from_other_tests():
    """Anonymous counts wait in the process until a batch is due (hub.counters.recording). One
    test's must not be written during another's request, where they would show up in its query
    counts and name pages its database does not have."""
    from hub.counters import recording

    recording.discard_waiting()
    yield
    recording.discard_waiting()


@pytest.fixture
def counts_written_when_the_test_says(settings):
    """No batch of anonymous counts falls due during the test: they are written when it calls
    recording.flush() (those waiting are discarded around every test, above)."""
    settings.HUB_COUNTERS_BATCH = 10_000
    settings.HUB_COUNTERS_SECONDS = 10_000


# SQLite: the whole test database with the demo region loaded, copied aside (sqlite3's backup
# API) the first time a module of this worker asks for the region, and what the loader said.
_demo_database = None
_demo_summary = None


@pytest.fixture(scope="module")
def region(django_db_setup, django_db_blocker):
    """The demo region for one module; no other module sees it, and each test runs in its own
    savepoint on top. Loaded once per worker on SQLite (later modules get a copy of the loaded
    database, and the database as it was comes back at the end); on other databases loaded per
    module inside a transaction rolled back at its end."""
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite" and not connection.in_atomic_block:
            yield from _demo_region_copied()
        else:
            yield from _demo_region_rolled_back()
    # Wagtail caches site root paths; they name pages that no longer exist.
    cache.clear()


def _demo_region_copied():
    global _demo_database, _demo_summary
    connection.ensure_connection()
    database = connection.connection
    before = sqlite3.connect(":memory:")
    database.backup(before)
    try:
        if _demo_database is None:
            _demo_summary = load_demo_region()
            _demo_database = sqlite3.connect(":memory:")
            database.backup(_demo_database)
        else:
            _demo_database.backup(database)
        yield _demo_summary
    finally:
        before.backup(database)
        before.close()


def _demo_region_rolled_back():
    outer = transaction.atomic()
    outer.__enter__()
    try:
        yield load_demo_region()
    finally:
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The partner world (partners_fixtures.build_world), built once for the module inside a
    transaction that is rolled back at the end; each test runs in its own savepoint on top."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def indexed_world(world, django_db_blocker):
    """The world with what the matcher reads (interest, languages) and its index built, so a
    search finds Alpha's club and Beta's camp."""
    with django_db_blocker.unblock():
        english = Language.objects.create(code="en", endonym="English", english_name="English")
        spanish = Language.objects.create(code="es", endonym="Español", english_name="Spanish")
        for program in (world.alpha_club, world.beta_camp):
            program.interests.add(world.interest)
            program.delivery_languages.add(english, spanish)
            program.save_revision().publish()
        indexing.rebuild_all()
    return world


@pytest.fixture(scope="module")
def schemas(region, django_db_blocker):
    """The official HSDS 3 schemas (hsds_schemas.Schemas), with and without the hub's profile;
    skips when ../shared/hsds/ is absent."""
    if not (SCHEMA / "compiled").is_dir():
        pytest.skip(
            f"The official HSDS 3 schemas are not at {HSDS} (../shared/hsds/ beside the "
            "project); the schema checks need them and never use a copy."
        )
    with django_db_blocker.unblock():
        profile_url = Client().get(f"{API}/").json()["profile"]
        profile = Client().get(profile_url.removeprefix("http://testserver")).json()
    return Schemas(profile)


# The noida-db server elasticsearch_url started, for noida_server (None: a real cluster).
_session_server = None


@pytest.fixture(scope="session")
def elasticsearch_url():
    """The cluster's URL: HUB_ELASTICSEARCH_URL if set, else a noida-db for the session (one
    per xdist worker: a free port and a data directory of its own)."""
    global _session_server
    if os.environ.get(URL_VARIABLE):
        yield os.environ[URL_VARIABLE]
        return
    data_dir = tempfile.mkdtemp(prefix="hub-noida-")
    server = NoidaServer(free_port(), data_dir)
    server.start()
    _session_server = server
    try:
        yield server.url
    finally:
        _session_server = None
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
        server.log_path.unlink(missing_ok=True)


@pytest.fixture
def noida_server(elasticsearch_url):
    """The session's noida-db, for outage tests: `.stop()`, `.start()`, `.url` (the same port
    and data). Running again after the test whatever the test did. Skipped against a real
    cluster (HUB_ELASTICSEARCH_URL), which the tests cannot stop."""
    server = _session_server
    if server is None:
        pytest.skip(f"{URL_VARIABLE} is set: this test stops and starts its own noida-db")
    yield server
    if not server.running:
        server.start()


@pytest.fixture
def es_backend(elasticsearch_url):
    """A backend with an index prefix of its own; its indexes are deleted afterwards."""
    backend = ElasticsearchBackend(elasticsearch_url, prefix=f"test-{uuid.uuid4().hex[:8]}")
    yield backend
    # Names, not a wildcard: Elasticsearch 8 refuses wildcard deletes by default. If a test
    # left the server down, the indexes go with the data directory instead.
    with suppress(TransportConnectionError):
        client = backend.client.options(request_timeout=10)
        names = list(client.indices.get(index=f"{backend.alias}-*", allow_no_indices=True))
        if names:
            client.indices.delete(index=",".join(names))
