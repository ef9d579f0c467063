"""`manage.py import_hsds PATH [--dry-run]`: HSDS files into the hub, all or nothing.

The demo region goes out and comes back unchanged (export -> import into an empty database ->
export gives the same bytes); the official examples come in and go out again without losing a
field; a bad record stops everything and says why; a dry run says the same and writes nothing."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from django.test import Client
from django.utils import translation
from hsds_schemas import HSDS
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
from hub.hsds import importer, tabular
from hub.hsds.models import KeptRecord, RecordPatch
from hub.hsds.tables import TABLE_OF_KEY, TABLES
from hub.translations import coverage

# database_vendor: ids chunked under each database's parameter limit, patches stored as JSON
# and read back as text, all-or-nothing transactions.
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]
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
        model: ProgramPage.objects.live().count()
        if model is ProgramPage
        else model.objects.live().count()
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
    # And families read it: a program page, in Spanish, from the new database.
    program = ProgramPage.objects.live().exclude(title_es=None).exclude(title_es="").first()
    response = Client().get(program.get_url().replace("/en/", "/es/", 1))
    assert response.status_code == 200
    assert program.title_es in response.content.decode()
    # Its translations are on record as written for the English imported with them, so an
    # English edit after the import marks the Spanish as possibly out of date.
    assert coverage.states(program)["es"].outdated == []
    with translation.override("en"):  # an English editor's change
        program.title = "A new English title"
        program.save_revision().publish()
    assert "title" in coverage.states(ProgramPage.objects.get(pk=program.pk))["es"].outdated


def test_importing_the_same_files_again_changes_nothing(region, tmp_path):
    run("export_hsds", str(tmp_path))
    revisions = Revision.objects.count()
    report = run("import_hsds", str(tmp_path))
    summary = report.strip().splitlines()[-1]
    assert "created" not in summary and "updated" not in summary, summary
    assert "organization: 47 unchanged" in summary
    assert Revision.objects.count() == revisions
    assert not RecordPatch.objects.exists()


# --- The official examples, in and out -------------------------------------------------------


def objects_in(value, table, out):
    """{(table, id): [every copy]} of the records in a nested HSDS document."""
    if isinstance(value, list):
        for item in value:
            objects_in(item, table, out)
    elif isinstance(value, dict):
        if table and "id" in value:
            out.setdefault((table, value["id"]), []).append(value)
        for key, inner in value.items():
            if TABLE_OF_KEY.get(key) and isinstance(inner, dict | list):
                objects_in(inner, TABLE_OF_KEY[key], out)
    return out


def exported_records(directory):
    """Every record of an export, from its JSON files and from its CSV tables."""
    found = {}
    for name, table in (
        ("organizations", "organization"),
        ("taxonomies", "taxonomy"),
        ("taxonomy_terms", "taxonomy_term"),
    ):
        objects_in(json.loads((directory / "json" / f"{name}.json").read_text()), table, found)
    tables = tabular.read_tabular(directory)
    assert not tables.problems
    for table, records in (*tables.documents.items(), *tables.kept.items()):
        objects_in(records, table, found)
    return found


def lost_fields(given, exported):
    """(table, id, field, value given, value exported) for each field the export lost. A nested
    record must be there (by table and id); its own fields are checked as its own record."""
    lost = []
    for (table, key), copies in given.items():
        if (table, key) not in exported:
            lost.append((table, key, "(the record)", "given", None))
            continue
        merged = {}
        for copy in exported[(table, key)]:
            for name, value in copy.items():
                merged.setdefault(name, value)
        for copy in copies:
            for name, value in copy.items():
                inner = TABLE_OF_KEY.get(name)
                nested = value if isinstance(value, list) else [value]
                if inner and nested and all(isinstance(v, dict) for v in nested):
                    lost += [
                        (table, key, name, v.get("id"), None)
                        for v in nested
                        if (inner, v.get("id")) not in exported
                    ]
                elif merged.get(name) != value:
                    lost.append((table, key, name, value, merged.get(name)))
    return lost


def table_of_example(name):
    from hub.hsds.sources import table_of

    return table_of(EXAMPLES / name)


def needs_examples():
    if not EXAMPLES.is_dir():
        pytest.skip(f"The official HSDS examples are not at {EXAMPLES}.")


@pytest.mark.parametrize("name", JSON_EXAMPLES)
def test_an_official_example_comes_back_without_losing_a_field(name, tmp_path, schemas):
    needs_examples()
    report = run("import_hsds", str(EXAMPLES / name))
    assert "Imported in" in report
    run("export_hsds", str(tmp_path))
    data = json.loads((EXAMPLES / name).read_text())
    records = data["contents"] if isinstance(data, dict) and "contents" in data else data
    given = objects_in(records, table_of_example(name), {})
    assert given
    assert lost_fields(given, exported_records(tmp_path)) == []
    # What comes back is still HSDS: every organization and service by the official schemas.
    for organization in json.loads((tmp_path / "json" / "organizations.json").read_text()):
        schemas.check_object(organization, "compiled/organization.json")
        for service in organization.get("services", []):
            schemas.check_object(service, "compiled/service.json")


@pytest.mark.parametrize("form", ["csv", "tabular.json"])
def test_the_official_tables_come_back_without_losing_a_cell(form, tmp_path, region):
    needs_examples()
    run("import_hsds", str(EXAMPLES / form))
    run("export_hsds", str(tmp_path))
    given = tabular.read_tabular(EXAMPLES / "csv")
    exported = tabular.read_tabular(tmp_path)
    rows = {}
    for found in (exported,):
        for table, records in (*found.documents.items(), *found.kept.items()):
            objects_in(records, table, rows)
    for table, (path, _columns) in TABLES.items():
        with (EXAMPLES / "csv" / path).open(encoding="utf-8", newline="") as source:
            for row in csv.DictReader(source):
                copies = rows.get((table, row["id"]))
                assert copies, f"{path}: row {row['id']} is not in the export"
                out_path = tmp_path / path
                with out_path.open(encoding="utf-8", newline="") as out:
                    again = {r["id"]: r for r in csv.DictReader(out)}[row["id"]]
                for column, cell in row.items():
                    if cell:
                        assert again.get(column) == cell, (path, row["id"], column)
    assert not given.problems


def test_a_place_the_hub_cannot_map_is_kept_and_says_why(tmp_path, region):
    needs_examples()
    report = run("import_hsds", str(EXAMPLES / "location.json"))
    assert "kept: location 3a19ff88-4620-4d17-9830-ac1d859eb5d5" in report
    assert "latitude between -90 and 90" in report
    assert not Location.objects.filter(hsds_id="3a19ff88-4620-4d17-9830-ac1d859eb5d5").exists()
    assert KeptRecord.objects.filter(table="location").count() == 1


# --- Bad files stop everything ---------------------------------------------------------------


def write_json(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, Location, Language, Interest, RecordPatch, KeptRecord)
    }


def test_one_bad_record_stops_the_import_and_says_why(region, tmp_path):
    before = counts()
    good = "0f6c1f5e-2b1a-4c3d-9e8f-7a6b5c4d3e2f"
    file = write_json(
        tmp_path / "organizations.json",
        [
            {
                "id": good,
                "name": "Good Org",
                "description": "Fine.",
                "services": [{"id": "not-a-uuid", "name": "X", "description": "Y"}],
            },
            {"id": "5b0f0f0e-1c1d-4e4f-8a8b-9c9d0e0f1a1b", "name": ""},
            {"name": "No id", "description": "Nameless"},
        ],
    )
    orphan = write_json(
        tmp_path / "services.json",
        [{"id": "6c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "name": "Lost service"}],
    )
    with pytest.raises(CommandError, match="Nothing was imported"):
        out = io.StringIO()
        try:
            call_command("import_hsds", str(file), stdout=out)
        finally:
            report = out.getvalue()
    assert "rejected: service not-a-uuid (X)" in report
    assert "its id 'not-a-uuid' is not a UUID" in report
    assert "rejected: organization 5b0f0f0e-1c1d-4e4f-8a8b-9c9d0e0f1a1b" in report
    assert "it has no name" in report
    assert "rejected: organization (no id) (No id)" in report and "it has no id" in report
    assert counts() == before
    with pytest.raises(CommandError):
        call_command("import_hsds", str(orphan), stdout=io.StringIO())
    assert counts() == before


def test_a_service_cannot_turn_into_another_kind_of_page(region, tmp_path):
    program = ProgramPage.objects.live().first()
    file = write_json(
        tmp_path / "services.json",
        [
            {
                "id": str(program.translation_key),
                "name": "Now a bus pass",
                "description": "Free rides to programs.",
                "x_hub_type": "support_service",
                "organization_id": str(program.get_parent().specific.translation_key),
            }
        ],
    )
    report = importer.import_hsds(file)
    assert not report.ok
    (line,) = report.rejected
    assert "the hub has a program with this id; the file makes it a support service" in (
        line.reasons
    )


def test_unreadable_files_are_problems_not_crashes(tmp_path, region):
    (tmp_path / "organizations.json").write_text("{not json", encoding="utf-8")
    report = importer.import_hsds(tmp_path / "organizations.json")
    assert report.problems and "cannot be read as JSON" in report.problems[0]
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "services.csv").write_text(
        "id,name,minimum_age\n6c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b,Clinic,twelve\n",
        encoding="utf-8",
    )
    report = importer.import_hsds(tmp_path / "tables")
    assert report.problems == ["services.csv row 2, minimum_age: 'twelve' is not a number"]
    assert importer.import_hsds(tmp_path / "nowhere").problems
    before = counts()
    assert importer.import_hsds(EXAMPLES / "base.json").problems  # the API's root: no records
    assert counts() == before


def test_a_failure_while_writing_leaves_nothing_behind(region, tmp_path, monkeypatch):
    needs_examples()
    before = counts()

    def broken(self):
        raise DatabaseError("disk full")

    monkeypatch.setattr(importer.Writer, "_keep", broken)
    report = importer.import_hsds(EXAMPLES / "organization_full.json")
    assert report.problems == ["Nothing was written: disk full"]
    assert all(line.action == "" for line in report.lines)
    assert counts() == before


def test_a_dry_run_says_what_a_real_run_would_and_writes_nothing(region):
    needs_examples()
    before = counts()
    dry = run("import_hsds", str(EXAMPLES / "service_full.json"), "--dry-run")
    assert counts() == before
    real = run("import_hsds", str(EXAMPLES / "service_full.json"))
    assert counts() != before
    assert dry.splitlines()[:-1] == real.splitlines()[:-1]
    assert "created: service ac148810-d857-441c-9679-408f346de14b (Community Counselling)" in real
    assert dry.splitlines()[-1].startswith("Dry run in")


# --- What the hub shows ----------------------------------------------------------------------


def test_an_imported_service_is_a_listing_families_can_read(region):
    needs_examples()
    run("import_hsds", str(EXAMPLES / "service_full.json"))
    page = SupportServicePage.objects.get(translation_key="ac148810-d857-441c-9679-408f346de14b")
    assert page.live and page.title == "Community Counselling"
    assert page.get_parent().specific.title == "Example Organization Inc."
    assert (page.grade_min, page.grade_max) == (7, 13)  # aged 12 and over
    assert page.contact_name == "Ann Persona"
    assert [language.code for language in page.delivery_languages.all()] == ["ur"]
    assert page.cost_amount is None  # in pounds: no dollar amount is made up
    response = Client().get(page.get_url())
    assert response.status_code == 200
    assert "Community Counselling" in response.content.decode()


def test_a_partner_edit_wins_over_what_the_file_said(region, tmp_path):
    needs_examples()
    run("import_hsds", str(EXAMPLES / "service_full.json"))
    page = SupportServicePage.objects.get(translation_key="ac148810-d857-441c-9679-408f346de14b")
    page.grade_min = 9  # the partner says: high school and up
    page.save_revision().publish()
    run("export_hsds", str(tmp_path))
    found = [
        s
        for org in json.loads((tmp_path / "json" / "organizations.json").read_text())
        for s in org.get("services", [])
        if s["id"] == "ac148810-d857-441c-9679-408f346de14b"
    ]
    assert found[0]["minimum_age"] == 14  # the hub's grade 9, not the file's 12
    assert found[0]["alert"].startswith("Following COVID-19")  # what the hub has no field for


def test_page_bodies_are_cleaned_and_nothing_is_fetched(region, tmp_path):
    org = OrganizationPage.objects.live().first()
    file = write_json(
        tmp_path / "services.json",
        [
            {
                "id": "7d2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                "name": "Robot club",
                "description": "Build robots after school.",
                "organization_id": str(org.translation_key),
                "x_hub_type": "program",
                "x_hub_body": [
                    {
                        "type": "paragraph",
                        "value": '<p onclick="steal()">Hi<script>steal()</script></p>',
                    },
                    {"type": "image", "value": {"url": "http://elsewhere.example/x.png"}},
                    {"type": "image", "value": {"url": "http://localhost/media/../../etc/passwd"}},
                ],
                "x_hub_image": {"url": "http://localhost/media/original_images/../../../etc/hosts"},
            }
        ],
    )
    images = get_image_model().objects.count()
    report = run("import_hsds", str(file))
    assert "created: service 7d2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" in report
    assert "not in the hub's image store" in report
    assert get_image_model().objects.count() == images
    page = ProgramPage.objects.get(translation_key="7d2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
    html = Client().get(page.get_url()).content.decode()
    assert "Hi" in html and "<script>steal" not in html and "onclick" not in html


def test_the_api_gives_back_what_the_import_kept(region, schemas):
    needs_examples()
    run("import_hsds", str(EXAMPLES / "service_full.json"))
    body = Client().get("/api/hsds/services/ac148810-d857-441c-9679-408f346de14b").json()
    assert body["alert"].startswith("Following COVID-19")
    assert body["funding"][0]["id"] == "1f2df32c-bf08-4b8e-bd6f-e834014b19bc"
    assert body["phones"][0]["id"] == "1554f2e2-a373-45db-a3fa-9fc48a61c15e"
    schemas.check_response(body, "/services/{id}")
    listed = Client().get("/api/hsds/services/?search=Counselling").json()["contents"]
    assert [s["alert"][:9] for s in listed] == ["Following"]
