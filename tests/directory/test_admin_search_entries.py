"""The admin's page search after a bulk write (an import, the demo) on PostgreSQL: the rows
hub/directory/search_entries.py writes are exactly those modelsearch's own backend writes, so
staff find imported pages as they find pages saved one by one."""

import pytest
from django.db import connection
from factories import OrganizationPageFactory, ProgramPageFactory
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres.postgres import IndexEntry

from hub.directory import search_entries
from hub.directory.models import OrganizationPage, ProgramPage

pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("modelsearch's PostgreSQL index (SQLite's is written by modelsearch itself)")


def rows(pages):
    return list(
        IndexEntry.objects.filter(object_id__in=[str(page.pk) for page in pages])
        .order_by("object_id")
        .values_list("object_id", "title", "autocomplete", "body", "title_text", "body_text")
    )


def test_bulk_rows_are_the_ones_modelsearch_writes_page_by_page(indexes):
    partner = OrganizationPageFactory(parent=indexes["partners"], summary="  Science partner ")
    programs = [
        ProgramPageFactory(
            parent=partner, title="Robotics lab", summary="Build robots", summary_es="Robótica"
        ),
        ProgramPageFactory(parent=partner, title="Night sky", summary="Stars"),
        ProgramPageFactory(parent=partner, title="Código para niñas", summary="Coding\n"),
    ]
    # Saved one by one, each page was indexed by modelsearch's own add_item.
    theirs = rows([partner, *programs])
    assert len(theirs) == 4
    IndexEntry.objects.all().delete()

    backend = get_search_backend()
    search_entries.add_pages(backend, OrganizationPage, [partner])
    search_entries.add_pages(backend, ProgramPage, programs)

    assert rows([partner, *programs]) == theirs
    assert list(ProgramPage.objects.search("robótica")) == [programs[0]]
    assert list(ProgramPage.objects.autocomplete("Códi")) == [programs[2]]
