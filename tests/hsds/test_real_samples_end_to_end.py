"""Issue 19, end to end, on Open Referral's own published data (../shared/hsds/real/, read in
place): the HSDS 3.1 examples import fully and the HSDS 1.1 sample datapackage is mapped, saying
so; what the hub then exports passes `frictionless validate` and the official compiled schemas;
importing that export into an empty hub gives back the same services, places, phones and hours;
and an imported service reaches families only once staff have mapped the outside taxonomy term
it carries onto a hub support type on the mapping screen.

The site (home, browse pages, a staff member, the hub's support types) and the imports are built
once for the module, inside a transaction rolled back at its end; each test runs in a savepoint
on top of them."""

import csv
import io
import json
import re
import zipfile

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from factories import browse_pages, site_home
from hsds_schemas import API, HSDS, OFFICIAL, SCHEMA, Schemas, frictionless_errors
from taxonomy_mapping import save_mapping, services_found

from hub.directory.models import Location, OrganizationPage, SupportServicePage, SupportType
from hub.hsds.models import OutsideTerm
from hub.hsds.tables import TABLES
from hub.partners.onboarding import ensure_staff_user

# database_vendor: the imports write record patches stored as JSON and read back as text, and
# bulk inserts; the round trip goes through both.
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]

REAL = HSDS / "real"
EXAMPLES_31 = REAL / "hsds-3.1-examples"
SAMPLE_11 = REAL / "hsds-1.1-sample-datapackage"

COUNSELLING = "Community Counselling"  # the 3.1 examples' one service
EXAMPLE_ORG = "Example Organization Inc."
TERM = "3f7b145d-84af-42d7-8fae-eaca714b02b2"  # the outside term Community Counselling carries
# Services of the 1.1 sample a family could meet (three more are inactive: kept back).
SAMPLE_LIVE = {
    "Never Homeless Helpline",
    "Yound Minds",
    "Grocery Tax Break Donation",
    "Al-Anon Family Group",
    "Shop Assist",
    "Example City Summer Camp",
    "Parks Disability Services",
    "The City's Kitchen",
    "Meals To-Go at The Cross",
    "Bubbles at The Cross",
}
SAMPLE_INACTIVE = {"Food Safety Program", "Dear Teacher Skills Refresh", "Wash & Go at The Cross"}
# The tables whose rows a family sees as listings, places, phone numbers and hours.
ROUND_TRIP = ("organization", "service", "location", "service_at_location", "phone", "schedule")


def run(*args):
    out = io.StringIO()
    call_command(*map(str, args), stdout=out, stderr=out)
    return out.getvalue()


def read_table(directory, table):
    path, _columns = TABLES[table]
    with (directory / path).open(newline="", encoding="utf-8") as source:
        return list(csv.DictReader(source))


def rows_without_dates(directory, table):
    """The table's rows, each as a sorted tuple of its cells, leaving out when it was written."""
    return sorted(
        tuple(sorted((k, v) for k, v in row.items() if k != "last_modified"))
        for row in read_table(directory, table)
    )


def forget_caches():
    """A savepoint rolled back changes no cache version: Wagtail's site paths and the hub's
    per-process values must be read again from the database as it is now."""
    from hub.caching import memo, versions

    cache.clear()
    versions.forget_all()
    memo.clear_all()


def import_the_samples():
    return {
        "3.1": run("import_hsds", EXAMPLES_31),
        # Every table of the 1.1 sample (its datapackage.json is the 1.x template's); its
        # `simple` form, which says it is 1.1, is read in a dry run.
        "1.1": run("import_hsds", SAMPLE_11 / "all_resources"),
        "1.1 simple": run("import_hsds", SAMPLE_11 / "simple", "--dry-run"),
    }


def counts():
    return {
        "organizations": OrganizationPage.objects.live().count(),
        "services": SupportServicePage.objects.count(),
        "live services": SupportServicePage.objects.live().count(),
        "places shown": Location.objects.count(),
    }


@pytest.fixture(scope="module")
def hub(django_db_setup, django_db_blocker, tmp_path_factory):
    """The samples imported into a hub with its browse pages and support types, exported, and
    that export imported into the same hub emptied of them (a savepoint rolled back), exported
    again; then the samples imported once more for the tests to look at."""
    if not (EXAMPLES_31.is_dir() and SAMPLE_11.is_dir()):
        pytest.skip(f"The published HSDS data is not at {REAL}.")
    first = tmp_path_factory.mktemp("export")
    again = tmp_path_factory.mktemp("export-again")
    with django_db_blocker.unblock(), transaction.atomic():
        home = site_home()
        indexes = browse_pages(home)
        staff = ensure_staff_user("mapper@hub.example", "staff-password")
        counselling = SupportType.objects.create(
            name="Counseling", slug="counseling", synonyms="counselling, someone to talk to"
        )
        SupportType.objects.create(name="Food", slug="food", synonyms="meals")
        empty = transaction.savepoint()

        reports = import_the_samples()
        reports["export"] = run("export_hsds", first)
        imported = counts()
        transaction.savepoint_rollback(empty)
        forget_caches()
        assert not SupportServicePage.objects.exists()

        reports["export imported"] = run("import_hsds", first)
        from_export = counts()
        run("export_hsds", again)
        transaction.savepoint_rollback(empty)
        forget_caches()

        import_the_samples()
        profile_url = Client().get(f"{API}/").json()["profile"]
        profile = Client().get(profile_url.removeprefix("http://testserver")).json()
        yield {
            "reports": reports,
            "exported": first,
            "exported again": again,
            "counts": (imported, from_export),
            "staff": staff,
            "counselling": counselling,
            "indexes": indexes,
            "schemas": Schemas(profile) if (SCHEMA / "compiled").is_dir() else None,
        }
        transaction.set_rollback(True)
    forget_caches()


# --- (a) The 3.1 examples: every record imported ----------------------------------------------


def test_the_31_examples_import_fully(hub):
    report = hub["reports"]["3.1"]
    assert "Imported in" in report
    assert "rejected" not in report and "Nothing was written" not in report
    assert f"created: organization d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610 ({EXAMPLE_ORG})" in report
    assert f"created: service ac148810-d857-441c-9679-408f346de14b ({COUNSELLING})" in report
    # Their place gives latitude 100: kept with the reason, not put on a map at a wrong spot.
    assert "(MyCity Civic Center)" in report
    assert "lacks a latitude between -90 and 90" in report
    # Every service and organization of every JSON form (list, full, at-location) is there once.
    ids = set()
    for source in EXAMPLES_31.glob("*.json"):
        text = source.read_text()
        ids |= set(re.findall(r'"id": "(ac148810-[0-9a-f-]+|d9d5e0f5-[0-9a-f-]+)"', text))
    assert ids == {"ac148810-d857-441c-9679-408f346de14b", "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"}

    page = SupportServicePage.objects.get(title=COUNSELLING)
    assert page.live
    body = Client().get(page.url).content.decode()
    assert COUNSELLING in body and EXAMPLE_ORG in body
    term = OutsideTerm.objects.get(hsds_id=TERM)
    assert list(term.services.all()) == [page.page_ptr]


# --- (b) The 1.1 sample: mapped, and the report says from what ---------------------------------


def test_the_11_sample_is_mapped_and_the_report_names_its_version(hub):
    simple, full = hub["reports"]["1.1 simple"], hub["reports"]["1.1"]
    assert "This is an HSDS 1.1 package" in simple  # its datapackage.json says so
    assert "This is an HSDS 1.x package" in full  # a template's descriptor: known by its tables
    for report in (simple, full):
        assert "mapped to HSDS 3.0" in report and "rejected" not in report
    assert "Imported in" in full
    assert "Dry run in" in simple
    assert "payments_accepted.csv (2 rows): not imported" in full  # no place for it, said so
    assert "HSDS 1.x has no location_type; 10 places were taken as physical places" in full

    live = set(SupportServicePage.objects.live().values_list("title", flat=True))
    assert live == SAMPLE_LIVE | {COUNSELLING}
    held = set(SupportServicePage.objects.filter(live=False).values_list("title", flat=True))
    assert held == SAMPLE_INACTIVE
    helpline = SupportServicePage.objects.get(title="Never Homeless Helpline")
    body = Client().get(helpline.url).content.decode()
    assert "Sanctuary on 5th Street" in body
    assert "Monday" in body and "09:00" in body  # regular_schedules.csv
    bubbles = Client().get(SupportServicePage.objects.get(title="Bubbles at The Cross").url)
    assert "(223) 4567 12534" in bubbles.content.decode()  # phones.csv


# --- (c) The export passes frictionless and the official schemas -------------------------------


def test_the_export_passes_frictionless(hub):
    exported = hub["exported"]
    assert "Exported to" in hub["reports"]["export"]
    status = {row["name"]: row["status"] for row in read_table(exported, "service")}
    # The inactive ones are given back too, as inactive: the next directory keeps them back.
    assert status == {name: "active" for name in SAMPLE_LIVE | {COUNSELLING}} | {
        name: "inactive" for name in SAMPLE_INACTIVE
    }
    assert frictionless_errors(exported) == []


def test_every_exported_record_follows_the_official_compiled_schemas(hub):
    """The official compiled schemas as published (objects open: the 3.1 examples' fields that
    3.0 lacks, such as `additional_websites`, are given back as they came)."""
    schemas = hub["schemas"]
    if schemas is None:
        pytest.skip(f"The official HSDS 3 schemas are not at {SCHEMA}.")
    exported = hub["exported"]

    def check(record, schema_file):
        errors = schemas.errors(record, OFFICIAL + schema_file, "official")
        assert not errors, f"{record.get('name')} ({schema_file}): {errors[:5]}"

    organizations = json.loads((exported / "json" / "organizations.json").read_text())
    services = [service for org in organizations for service in org["services"]]
    assert {s["name"] for s in services} == SAMPLE_LIVE | SAMPLE_INACTIVE | {COUNSELLING}
    for organization in organizations:
        check(organization, "compiled/organization.json")
    for service in services:
        check(service, "compiled/service.json")
    terms = json.loads((exported / "json" / "taxonomy_terms.json").read_text())
    assert {TERM, "df7be950-1b0f-11e9-b56e-0800200c9a66"} <= {term["id"] for term in terms}
    for term in terms:
        check(term, "taxonomy_term.json")
    for taxonomy in json.loads((exported / "json" / "taxonomies.json").read_text()):
        check(taxonomy, "taxonomy.json")
    # The 1.1 sample's program has an id cut short (not a UUID) and no description (1.x had
    # none): a UUID of its own, the id as given beside it, and its name as its description.
    sanctuary = next(o for o in organizations if o["name"] == "Sanctuary Example City")
    (program,) = sanctuary["programs"]
    assert program["x_original_id"] == "7c92d010-1b0a-11e9-b56e-0800200c9a"
    assert program["description"] == program["name"] == "Program 1"
    kept = json.loads((exported / "json" / "kept.json").read_text())
    for table, records in kept.items():
        for record in records:
            check(record, f"{table}.json")


# --- (d) The export imported into an empty hub: nothing lost -----------------------------------


def test_the_export_imported_into_an_empty_hub_loses_nothing(hub):
    report = hub["reports"]["export imported"]
    assert "Imported in" in report and "rejected" not in report
    assert f"created: service ac148810-d857-441c-9679-408f346de14b ({COUNSELLING})" in report
    imported, from_export = hub["counts"]
    assert from_export == imported
    first, again = hub["exported"], hub["exported again"]
    for table in ROUND_TRIP:
        rows = rows_without_dates(first, table)
        assert rows, f"{table}: nothing exported"
        assert rows_without_dates(again, table) == rows, table
    phones = {row["number"] for row in read_table(again, "phone")}
    assert {"(223) 4567 12534", "(223) 346 12361"} <= phones
    hours = {row["description"] for row in read_table(again, "schedule")}
    assert "Monday 09:00–17:00" in hours


# --- (e) Families meet the services once staff have mapped their outside term ------------------


def test_families_find_the_imported_service_once_staff_map_its_term(hub):
    family = Client()
    find = "/en/find/?needs=counseling"
    browse = f"{hub['indexes']['services'].url}?support=counseling"
    match = "/api/v1/match?needs=counseling"
    assert COUNSELLING not in family.get(find).content.decode()
    assert services_found(family.get(match)) == set()
    # The browse page never leaves a family empty-handed: it says nothing fits and lists the
    # closest ones.
    before = family.get(browse).content.decode()
    assert "No support service fits all your choices" in before

    staff = Client(enforce_csrf_checks=True)
    staff.force_login(hub["staff"])
    listing = staff.get("/admin/taxonomy-mapping/").content.decode()
    term = OutsideTerm.objects.get(hsds_id=TERM)
    assert f'taxonomy-mapping/{term.pk}/"' in listing  # the term it carries, to be mapped
    done = save_mapping(staff, term, support_types=[hub["counselling"].pk])
    assert "1 listing changed" in done

    found = family.get(find).content.decode()
    assert COUNSELLING in found
    assert not SAMPLE_LIVE & set(re.findall(r">([^<>]+)</a>", found))  # only the mapped one
    after = family.get(browse).content.decode()
    assert COUNSELLING in after and "No support service fits all your choices" not in after
    assert "Never Homeless Helpline" not in after
    assert services_found(family.get(match)) == {COUNSELLING}
    # A family asking for food does not get it: the mapping gave counselling only.
    assert COUNSELLING not in family.get("/en/find/?needs=food").content.decode()


# --- The 3.1 examples' CSV form, which fails its own foreign key --------------------------------


def dangling_references(errors):
    """The ids named by frictionless's foreign-key errors."""
    return sorted(re.findall(r'values "([0-9a-f-]+)" not found', "\n".join(errors)))


def test_the_31_csv_form_says_what_it_lacks_and_the_export_adds_no_error(hub, tmp_path):
    """Its taxonomy_terms.csv names a taxonomy that taxonomies.csv lacks (and a place and a
    contact name an organization and a service_at_location it lacks): the official descriptor
    refuses the examples themselves. The import says so and goes on; the export gives every
    cell back as given (test_hsds_import), so it fails those same references and nothing else."""
    report = run("import_hsds", EXAMPLES_31 / "csv")
    assert "Imported in" in report and "rejected" not in report
    assert (
        "taxonomy_terms.csv row 2 (id 3f7b145d-84af-42d7-8fae-eaca714b02b2): its taxonomy_id "
        "07ff6aee-a219-438c-b694-d2fcb6c5373b matches no taxonomy in the files" in report
    )
    run("export_hsds", tmp_path)
    errors = frictionless_errors(tmp_path)
    assert errors and all(": foreign-key: " in error for error in errors), errors
    given = {row["taxonomy_id"] for row in read_table(EXAMPLES_31 / "csv", "taxonomy_term")}
    assert "07ff6aee-a219-438c-b694-d2fcb6c5373b" in given
    for table in ("location", "contact"):
        given |= {row["organization_id"] for row in read_table(EXAMPLES_31 / "csv", table)}
    given |= {row["service_at_location_id"] for row in read_table(EXAMPLES_31 / "csv", "contact")}
    assert set(dangling_references(errors)) <= given


def test_the_31_csv_form_uploaded_by_staff_is_reported_on_the_job_page(hub):
    """The same folder zipped and uploaded on the staff import screen: the worker imports it
    and the job's page names the dangling taxonomy id; no server error anywhere."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted((EXAMPLES_31 / "csv").glob("*")):
            archive.write(path, f"csv/{path.name}")
    staff = Client()
    staff.force_login(hub["staff"])
    sent = staff.post(
        "/admin/import/hsds/", {"file": SimpleUploadedFile("hsds-3.1-csv.zip", out.getvalue())}
    )
    assert sent.status_code == 302
    worked = io.StringIO()
    call_command("import_worker", "--batch", stdout=worked)
    assert ": done" in worked.getvalue()
    page = staff.get(sent["Location"])
    assert page.status_code == 200
    text = page.content.decode()
    assert "its taxonomy_id 07ff6aee-a219-438c-b694-d2fcb6c5373b matches no taxonomy" in text
