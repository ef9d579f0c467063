"""`manage.py import_hsds PATH [--dry-run]`: HSDS files into the hub, all or nothing.

The demo region goes out and comes back unchanged (export -> import into an empty database ->
export gives the same bytes); the official examples come in and go out again without losing a
field; a bad record stops everything and says why; a dry run says the same and writes nothing."""

import csv
import io
import json
import shutil

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from hsds_schemas import HSDS, schemas  # noqa: F401 - fixture
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from hub.directory.models import (
    EligibilityTag,
    Interest,
    Language,
    Location,
    OrganizationPage,
    PathwayPage,
    ProgramPage,
    SupportServicePage,
    SupportType,
)
from hub.hsds import importer
from hub.hsds.models import KeptRecord, RecordPatch
from hub.hsds.tables import TABLE_OF_KEY, TABLES

pytestmark = pytest.mark.django_db
EXAMPLES = HSDS / "examples"
JSON_EXAMPLES = [
    "organization_full.json",
    "organization_list.json",
    "service_full.json",
    "service_list.json",
    "service_at_location_full.json",
    "service_at_location_list.json",
    "location.json",
    "taxonomy.json",
    "taxonomy_list.json",
    "taxonomy_term.json",
    "taxonomy_term_list.json",
]


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=out)
    return out.getvalue()


def files_in(directory):
    return {
        str(p.relative_to(directory)): p.read_bytes() for p in directory.rglob("*") if p.is_file()
    }


def empty_the_database():
    """Everything the demo wrote, gone: pages, places, terms, languages, pictures' rows (their
    files stay in the media folder, as after moving a hub to a new database)."""
    for page in Page.get_first_root_node().get_children():
        page.delete()
    Site.objects.all().delete()
    for model in (Location, Interest, SupportType, EligibilityTag, Language, get_image_model()):
        model.objects.all().delete()
    Revision.objects.all().delete()
    assert Page.objects.count() == 1  # the tree's root, which Wagtail's migrations create


# --- The demo region, out and back -----------------------------------------------------------


def test_the_demo_region_round_trips_through_an_empty_database(region, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    run("export_hsds", str(first))
    listings = {
        model: ProgramPage.objects.live().count() if model is ProgramPage else model.objects.live().count()
        for model in (OrganizationPage, ProgramPage, SupportServicePage, PathwayPage)
    }

    empty_the_database()
    report = run("import_hsds", str(first))
    assert "Imported in" in report

    run("export_hsds", str(second))
    assert files_in(second) == files_in(first)
    # Identical because the hub holds it all again, not because a patch replays the file.
    assert not RecordPatch.objects.exists()
    assert not KeptRecord.objects.exists()
    assert listings == {
        model: model.objects.live().count()
        for model in (OrganizationPage, ProgramPage, SupportServicePage, PathwayPage)
    }
    program = ProgramPage.objects.live().exclude(title_es=None).exclude(title_es="").first()
    response = importer_client().get(program.get_url().replace("/en/", "/es/", 1))
    assert response.status_code == 200
    assert program.title_es in response.content.decode()


def importer_client():
    from django.test import Client

    return Client()
