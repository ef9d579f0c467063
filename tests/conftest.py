"""Shared fixtures: a site tree like the real one (home, four browse pages) built in code."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from search_es import elasticsearch_url, es_backend, noida_server  # noqa: F401 - ES fixtures
from wagtail.models import Page, Site

from hub.demo.builder import load_demo_region
from hub.directory.models import (
    HomePage,
    OrganizationIndexPage,
    PathwayIndexPage,
    ProgramIndexPage,
    SupportServiceIndexPage,
)


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="STEM Opportunity Hub", slug="hub"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Hub"},
    )
    return home


@pytest.fixture
def indexes(home):
    """The four browse pages, keyed by what they list."""
    return {
        "programs": home.add_child(instance=ProgramIndexPage(title="Programs", slug="programs")),
        "partners": home.add_child(
            instance=OrganizationIndexPage(title="Partners", slug="partners")
        ),
        "services": home.add_child(
            instance=SupportServiceIndexPage(title="Support services", slug="support")
        ),
        "pathways": home.add_child(instance=PathwayIndexPage(title="Pathways", slug="pathways")),
    }


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
def no_counts_from_other_tests():
    """Anonymous counts wait in the process until a batch is due (hub.counters.recording). One
    test's must not be written during another's request, where they would show up in its query
    counts and name pages its database does not have."""
    from hub.counters import recording

    recording.discard_waiting()
    yield
    recording.discard_waiting()


@pytest.fixture(scope="module")
def region(django_db_setup, django_db_blocker):
    """The demo region, loaded once per module inside a transaction rolled back at its end, so
    no other module sees it; each test runs in its own savepoint on top."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield load_demo_region()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            # Wagtail caches site root paths; they name pages that no longer exist.
            cache.clear()
