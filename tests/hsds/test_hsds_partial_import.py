"""`import_hsds --skip-rejected` and real feeds (issue 19, items 1 and 2).

A real 211 export converted to HSDS 3.0 had 447 services whose organization is missing and an
organization without a description: all or nothing, they stopped a thousand good records. With
--skip-rejected the good ones are written and each bad one is listed with why and with what was
rejected because of it; without the flag nothing is written. Child rows given without ids get
the same ids on every import; distinct top-level records sharing an id are reported, not
merged; and a feed past a thousand records imports on SQLite."""

import csv
import io
import json
import uuid

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Page, Revision

from hub.directory.models import Location, OrganizationPage, ProgramSession
from hub.hsds import importer
from hub.hsds.models import KeptRecord, RecordPatch

pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]


def key(n, kind="x"):
    """A fixed UUID per (kind, n), so reports can be compared with what was written."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"test/{kind}/{n}"))


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, Location, ProgramSession, RecordPatch, KeptRecord)
    }


def write_json(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run(*args):
    """(stdout, error) of `manage.py import_hsds ...`; error is None when it succeeded."""
    out = io.StringIO()
    try:
        call_command("import_hsds", *map(str, args), stdout=out, stderr=out)
    except CommandError as error:
        return out.getvalue(), str(error)
    return out.getvalue(), None


def service(n, organization_id, **fields):
    return {
        "id": key(n, "service"),
        "name": f"Service {n}",
        "description": "Help with homework.",
        "status": "active",
        "organization_id": organization_id,
        **fields,
    }


# --- A 211 export with bad records -----------------------------------------------------------


@pytest.fixture
def feed(tmp_path):
    """Five good organizations (one without a description) with two services each, two services
    without a description, 447 services of an organization in neither the files nor the hub, and
    an organization with no name whose three services depend on it."""
    organizations = [
        {"id": key(n, "org"), "name": f"Org {n}", "description": f"Org {n} helps."}
        for n in range(5)
    ]
    del organizations[4]["description"]
    nameless = {"id": key(99, "org"), "name": "", "description": "Has no name."}
    missing = key(1000, "org")
    services = [service(n, key(n // 2, "org")) for n in range(10)]
    for plain in services[:2]:
        del plain["description"]
    services += [service(100 + n, missing) for n in range(447)]
    services += [service(900 + n, nameless["id"]) for n in range(3)]
    (tmp_path / "feed").mkdir()
    write_json(tmp_path / "feed" / "organizations.json", [*organizations, nameless])
    write_json(tmp_path / "feed" / "services.json", services)
    return tmp_path / "feed"


def test_without_the_flag_one_rejected_record_and_nothing_is_written(feed):
    before = counts()
    out, error = run(feed)
    assert error is not None and "Nothing was imported (451 record(s) rejected" in error
    assert counts() == before
    assert (
        f"rejected: service {key(100, 'service')} (Service 100)\n"
        f"    - its organization {key(1000, 'org')} is neither in the files nor in the hub"
    ) in out


def test_with_the_flag_the_good_records_are_written_and_the_bad_listed(feed, tmp_path):
    report_csv = tmp_path / "report.csv"
    out, error = run(feed, "--skip-rejected", "--report-csv", report_csv)
    assert error is None, error
    assert "451 rejected record(s) were left out" in out

    # Every good organization and service is on the site, in its organization.
    organizations = OrganizationPage.objects.live().filter(title__startswith="Org ")
    assert sorted(o.title for o in organizations) == [f"Org {n}" for n in range(5)]
    for n in range(10):
        page = Page.objects.get(translation_key=key(n, "service")).specific
        assert page.live and page.title == f"Service {n}"
        assert page.get_parent().specific.title == f"Org {n // 2}"
    assert not Page.objects.filter(translation_key=key(100, "service")).exists()
    assert not Page.objects.filter(translation_key=key(99, "org")).exists()
    assert not Page.objects.filter(translation_key=key(900, "service")).exists()

    # The bad ones are listed with their reasons, and what depended on them under them.
    assert (
        f"rejected: service {key(446 + 100, 'service')} (Service 546)\n"
        f"    - its organization {key(1000, 'org')} is neither in the files nor in the hub"
    ) in out
    assert (
        f"rejected: organization {key(99, 'org')}\n"
        "    - it has no name\n"
        f"    - rejected because of it: service {key(900, 'service')} (Service 900)\n"
        f"    - rejected because of it: service {key(901, 'service')} (Service 901)\n"
        f"    - rejected because of it: service {key(902, 'service')} (Service 902)"
    ) in out
    assert (
        f"rejected: service {key(900, 'service')} (Service 900)\n"
        f"    - its organization {key(99, 'org')} was rejected"
    ) in out

    # The same account as a spreadsheet, a row per record.
    with report_csv.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 6 + 460
    by_id = {(row["table"], row["id"]): row for row in rows}
    assert by_id[("service", key(3, "service"))]["action"] == "created"
    nameless = by_id[("organization", key(99, "org"))]
    assert (nameless["action"], nameless["reasons"]) == ("rejected", "it has no name")
    assert nameless["rejected because of it"].splitlines() == [
        f"service {key(n, 'service')} (Service {n})" for n in (900, 901, 902)
    ]


def test_a_listing_without_a_description_shows_no_made_up_summary(feed):
    out, error = run(feed, "--skip-rejected")
    assert error is None, error
    assert (
        f"created: organization {key(4, 'org')} (Org 4)\n"
        "    - It has no description; its page shows no summary."
    ) in out
    client = Client()
    for translation_key in (key(4, "org"), key(0, "service")):
        page = Page.objects.get(translation_key=translation_key).specific
        assert page.summary == ""
        response = client.get(page.get_url())
        assert response.status_code == 200
        assert 'class="summary"' not in response.content.decode()
    described = Page.objects.get(translation_key=key(3, "org")).specific
    assert 'class="summary"' in client.get(described.get_url()).content.decode()


def test_a_dry_run_that_skips_rejected_records_writes_nothing(feed):
    before = counts()
    report = importer.import_hsds(feed, dry_run=True, skip_rejected=True)
    assert report.ok and len(report.rejected) == 451
    assert report.counts()["service"] == {"created": 10, "rejected": 450}
    assert counts() == before


# --- Child rows without ids ------------------------------------------------------------------


def children_without_ids(organization_id, place_id):
    """A program whose phones, schedules and service_at_location come without ids, as many
    producers write them."""
    return service(
        1,
        organization_id,
        x_hub_type="program",
        phones=[{"number": "555-0100"}, {"number": "555-0199"}],
        schedules=[
            {"valid_from": "2026-01-10", "valid_to": "2026-03-01", "description": "Tuesdays"},
            {"valid_from": "2026-04-10", "valid_to": "2026-06-01", "description": "Fridays"},
        ],
        service_at_locations=[{"location_id": place_id}],
    )


def hsds_service(client, service_id):
    response = client.get(f"/api/hsds/services/{service_id}")
    assert response.status_code == 200
    return response.json()


def child_ids(record):
    return {
        "phones": sorted(p["id"] for p in record.get("phones", [])),
        "schedules": sorted(s["id"] for s in record.get("schedules", [])),
        "service_at_locations": sorted(s["id"] for s in record.get("service_at_locations", [])),
    }


def test_child_rows_without_ids_keep_the_same_ids_across_two_imports(tmp_path):
    organization_id, place_id = key(1, "org"), key(1, "place")
    organization = {
        "id": organization_id,
        "name": "Library",
        "description": "Books.",
        "phones": [{"number": "555-0123"}],
        "locations": [
            {
                "id": place_id,
                "name": "Main branch",
                "location_type": "physical",
                "addresses": [
                    {
                        "address_1": "1 Main St",
                        "city": "Springfield",
                        "state_province": "IL",
                        "postal_code": "62701",
                        "country": "US",
                        "address_type": "physical",
                    }
                ],
            }
        ],
        "services": [children_without_ids(organization_id, place_id)],
    }
    file = write_json(tmp_path / "organizations.json", [organization])
    out, error = run(file)
    assert error is None, error
    client = Client()
    first = hsds_service(client, key(1, "service"))
    assert len(first["phones"]) == 2 and len(first["schedules"]) == 2
    assert len(first["service_at_locations"]) == 1
    sessions = ProgramSession.objects.count()
    assert sessions == 2
    before = counts()

    out, error = run(file)
    assert error is None, error
    summary = out.strip().splitlines()[-1]
    assert "created" not in summary and "updated" not in summary, summary
    assert counts() == before  # no second copy of a session, a place or a patch
    assert child_ids(hsds_service(client, key(1, "service"))) == child_ids(first)


def test_csv_child_rows_without_ids_are_imported_and_keep_their_ids(tmp_path):
    organization_id, service_id, place_id = key(2, "org"), key(2, "service"), key(2, "place")
    folder = tmp_path / "csv"
    folder.mkdir()
    files = {
        "organizations.csv": f"id,name,description\n{organization_id},Museum,Exhibits.\n",
        "services.csv": (
            f"id,organization_id,name,description,status\n"
            f"{service_id},{organization_id},Robotics club,Builds robots.,active\n"
        ),
        "locations.csv": (
            "id,name,location_type,latitude,longitude\n"
            f"{place_id},Museum hall,physical,40.1,-89.2\n"
        ),
        "phones.csv": f"service_id,number\n{service_id},555-0111\n{service_id},555-0112\n",
        "service_at_locations.csv": f"service_id,location_id\n{service_id},{place_id}\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    out, error = run(folder)
    assert error is None, error
    client = Client()
    first = hsds_service(client, service_id)
    assert sorted(p["number"] for p in first["phones"]) == ["555-0111", "555-0112"]
    before = counts()
    out, error = run(folder)
    assert error is None, error
    assert counts() == before
    assert child_ids(hsds_service(client, service_id)) == child_ids(first)


# --- Duplicate ids ---------------------------------------------------------------------------


def test_copies_of_one_service_id_are_reported_not_merged(tmp_path):
    organization = {"id": key(3, "org"), "name": "Clinic", "description": "Care."}
    copies = [service(7, organization["id"], name=f"Copy {n}") for n in range(128)]
    for n, copy in enumerate(copies[1:], start=1):
        copy["email"] = f"copy{n}@example.org"  # merged, the first copy would take one
    folder = tmp_path / "feed"
    folder.mkdir()
    write_json(folder / "organizations.json", [organization])
    write_json(folder / "services.json", copies)
    before = counts()
    out, error = run(folder)
    assert error is not None and counts() == before
    reason = (
        f"128 copies of service {key(7, 'service')} in the files; the first is imported, "
        "the other 127 are not"
    )
    assert f"rejected: service {key(7, 'service')} (Copy 0)\n    - {reason}" in out

    out, error = run(folder, "--skip-rejected")
    assert error is None, error
    assert reason in out
    page = Page.objects.get(translation_key=key(7, "service")).specific
    assert page.title == "Copy 0"
    record = hsds_service(Client(), key(7, "service"))
    assert record["name"] == "Copy 0" and "@example.org" not in json.dumps(record)


def test_a_record_repeated_nested_inside_others_is_not_a_duplicate(tmp_path):
    organization = {"id": key(4, "org"), "name": "Clinic", "description": "Care."}
    services = [service(n, organization["id"], organization=dict(organization)) for n in range(3)]
    report = importer.import_hsds(write_json(tmp_path / "services.json", services))
    assert report.ok and not report.rejected
    assert report.counts() == {"organization": {"created": 1}, "service": {"created": 3}}


# --- Scale -----------------------------------------------------------------------------------


def test_a_feed_of_1200_organizations_and_1100_services_imports_on_sqlite(tmp_path):
    """Past a thousand records a query that chained a condition per record went beyond
    SQLite's expression depth (1,000): every lookup over an import's records is chunked."""
    organizations = [{"id": key(n, "org"), "name": f"O{n}"} for n in range(1_200)]
    services = [
        {"id": key(n, "service"), "name": f"S{n}", "organization_id": key(n, "org")}
        for n in range(1_100)
    ]
    services.append({"id": key(5_000, "service"), "name": "Lost", "organization_id": key(-1)})
    # Records the hub keeps as given (another directory's taxonomies): more than a thousand.
    taxonomies = [{"id": key(n, "taxonomy"), "name": f"T{n}"} for n in range(1_100)]
    folder = tmp_path / "feed"
    folder.mkdir()
    write_json(folder / "organizations.json", organizations)
    write_json(folder / "services.json", services)
    write_json(folder / "taxonomies.json", taxonomies)
    report = importer.import_hsds(folder, skip_rejected=True)
    assert report.ok, report.problems[:1]
    assert report.counts() == {
        "organization": {"created": 1_200},
        "service": {"created": 1_100, "rejected": 1},
        "taxonomy": {"kept": 1_100},
    }
    assert OrganizationPage.objects.filter(title__startswith="O").count() == 1_200
    assert KeptRecord.objects.filter(table="taxonomy").count() == 1_100
    sampled = [key(n, "service") for n in range(0, 1_100, 100)]
    assert Page.objects.live().filter(translation_key__in=sampled).count() == 11
