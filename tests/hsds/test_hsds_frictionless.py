"""The HSDS files and API pass the community's own tools: `frictionless validate` (what Open
Referral's CI runs) accepts the export's datapackage.json and its tables, for the demo region and
after importing Open Referral's published 3.1 examples; the descriptor carries the official
rules; a website given as `www.x.org` comes out as a URI; `minimal=true` and `modified_after`
mean what the specification says."""

import io
import json
from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from hsds_schemas import API, HSDS, OFFICIAL, SCHEMA, frictionless_errors
from wagtail.models import Page

from hub.directory.models import ProgramPage, SupportServicePage
from hub.hsds.export import NOT_DECLARED, datapackage
from hub.hsds.tables import TABLES

# database_vendor: record patches stored as JSON and read back as text.
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]
REAL = HSDS / "real" / "hsds-3.1-examples"
EXAMPLES = HSDS / "examples"


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=out)
    return out.getvalue()


def needs(folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not there.")


def official_tables():
    """Each official schema file's table rules, as the specification's descriptor takes them."""
    tables = {}
    for path in SCHEMA.glob("*.json"):
        spec = json.loads(path.read_text())
        if "datapackage_metadata" in spec:
            tables[spec["name"]] = spec
    return tables


# --- The descriptor ---------------------------------------------------------------------------


def test_the_descriptor_carries_the_official_rules():
    described = {r["name"]: r["schema"] for r in datapackage()["resources"]}
    official = official_tables()
    assert set(described) == set(official) == set(TABLES)
    for table, spec in official.items():
        fields = {f["name"]: f for f in described[table]["fields"]}
        required = {*spec.get("required", ()), *spec.get("tabular_required", ())}
        for name, given in spec["properties"].items():
            if name not in fields:
                continue  # a list or an object: no column
            field = fields[name]
            constraints = field.get("constraints", {})
            assert constraints.get("required", False) == (name in required), (table, name)
            unique = given.get("constraints", {}).get("unique", False)
            if (table, name, "unique") not in NOT_DECLARED:
                assert constraints.get("unique", False) == unique, (table, name)
            assert constraints.get("enum") == given.get("enum"), (table, name)
            assert field["type"] == given.get("datapackage_type", given["type"]), (table, name)
            # Table Schema has no "date-time" format: that is the datetime type.
            assert field.get("format") in (None, "uri", "email", "uuid"), (table, name)
        assert described[table]["primaryKey"] == "id"
    # The official descriptor's foreign keys, for instance a phone's five parents.
    keys = {
        table: {(k["fields"], k["reference"]["resource"]) for k in s.get("foreignKeys", [])}
        for table, s in described.items()
    }
    assert keys["phone"] == {
        ("location_id", "location"),
        ("service_id", "service"),
        ("organization_id", "organization"),
        ("contact_id", "contact"),
        ("service_at_location_id", "service_at_location"),
    }
    assert keys["service"] == {("organization_id", "organization"), ("program_id", "program")}
    assert keys["attribute"] == {("taxonomy_term_id", "taxonomy_term")}
    assert keys["taxonomy_term"] == {("taxonomy_id", "taxonomy")}
    assert keys["organization"] == set()


# --- frictionless on real exports -------------------------------------------------------------


def test_frictionless_accepts_the_export_of_the_published_31_examples(tmp_path):
    """The 3.1 JSON examples. (Their CSV form names a taxonomy its files do not hold, so the
    official descriptor's foreign key fails on the source itself; the export keeps the id.)"""
    needs(REAL)
    for source in sorted(REAL.glob("*.json")):
        if source.name not in ("tabular.json", "base.json"):  # the CSV again; no records
            assert "Imported in" in run("import_hsds", str(source)), source.name
    run("export_hsds", str(tmp_path))
    assert (tmp_path / "services.csv").read_text().count("\n") > 1
    assert frictionless_errors(tmp_path) == []


def test_a_website_without_its_scheme_comes_out_as_a_uri(tmp_path, client):
    needs(EXAMPLES)
    organization = json.loads((EXAMPLES / "organization_full.json").read_text())
    organization["website"] = "www.x.org"
    organization["email"] = "mailto:info@x.org"
    service = organization["services"][0]
    service["url"] = "x.org/counselling"
    service["email"] = "write to us"  # no address at all
    given = tmp_path / "organization.json"
    given.write_text(json.dumps(organization))
    assert "Imported in" in run("import_hsds", str(given))
    out = tmp_path / "out"
    run("export_hsds", str(out))

    assert frictionless_errors(out) == []
    exported = json.loads((out / "json" / "organizations.json").read_text())
    record = next(o for o in exported if o["id"] == organization["id"])
    assert record["website"] == "https://www.x.org"
    assert record["email"] == "info@x.org"
    again = next(s for s in record["services"] if s["id"] == service["id"])
    assert again["url"] == "https://x.org/counselling"
    # What is no email at all leaves the email field, kept beside it.
    assert "email" not in again and again["x_original_email"] == "write to us"
    row = (out / "organizations.csv").read_text()
    assert ",https://www.x.org," in row and "www.x.org," not in row.replace("//www.x.org", "")
    # The API gives the same.
    body = client.get(f"{API}/organizations/{organization['id']}").json()
    assert body["website"] == "https://www.x.org"


def test_frictionless_accepts_the_demo_export(region, tmp_path):
    run("export_hsds", str(tmp_path))
    assert frictionless_errors(tmp_path) == []


# --- The API as the specification says ----------------------------------------------------------


def test_minimal_gives_just_the_id_and_the_modified_date(client, region, schemas):
    body = client.get(f"{API}/services", {"minimal": "true"}).json()
    live = ProgramPage.objects.live().public().count()
    live += SupportServicePage.objects.live().public().count()
    assert body["total_items"] == body["size"] == live > 0
    # The specification's paging envelope...
    assert not schemas.errors(body, f"{OFFICIAL}openapi.json#/components/schemas/Page", "official")
    assert body["first_page"] and body["last_page"] and body["page_number"] == 1
    for item in body["contents"]:
        # ...of "just service 'id' and 'modified_date'", each as the official schema says.
        assert set(item) == {"id", "last_modified"}
        for key, value in item.items():
            ref = f"{OFFICIAL}service.json#/properties/{key}"
            assert not schemas.errors(value, ref, "official"), (key, value)


def test_a_date_alone_in_modified_after_is_midnight_utc(client, region):
    pages = sorted(ProgramPage.objects.live().public(), key=lambda p: p.pk)[:2]
    before, after = pages
    # 23:30 UTC on the 5th and 00:30 UTC on the 6th (both the 5th in Los Angeles).
    Page.objects.filter(pk=before.pk).update(
        last_published_at=datetime(2026, 12, 5, 23, 30, tzinfo=UTC)
    )
    Page.objects.filter(pk=after.pk).update(
        last_published_at=datetime(2026, 12, 6, 0, 30, tzinfo=UTC)
    )
    Page.objects.exclude(pk__in=[before.pk, after.pk]).update(
        last_published_at=timezone.make_aware(datetime(2020, 1, 1))
    )

    def found(since):
        body = client.get(f"{API}/services", {"modified_after": since, "minimal": "true"})
        return {item["id"] for item in body.json()["contents"]}

    assert found("2026-12-06") == {str(after.translation_key)}
    assert found("2026-12-05") == {str(before.translation_key), str(after.translation_key)}
    # A date-time with a zone keeps it: 16:00 in Los Angeles is 00:00 UTC on the 6th.
    assert found("2026-12-05T16:00:00-08:00") == {str(after.translation_key)}
    assert found("2026-12-06T00:30:00Z") == {str(after.translation_key)}


# --- The core view, for strict validators -----------------------------------------------------


def keys_anywhere(value):
    if isinstance(value, list):
        return {key for item in value for key in keys_anywhere(item)}
    if isinstance(value, dict):
        return set(value) | {key for inner in value.values() for key in keys_anywhere(inner)}
    return set()


def test_profile_core_is_plain_hsds_without_the_hubs_fields(client, region, schemas):
    page = ProgramPage.objects.live().public().order_by("pk").first()
    url = f"{API}/services/{page.translation_key}"
    assert any(key.startswith("x_hub_") for key in keys_anywhere(client.get(url).json()))
    body = client.get(url, {"profile": "core"}).json()
    assert body["id"] == str(page.translation_key) and body["name"]
    assert not [key for key in keys_anywhere(body) if key.startswith("x_")]
    schemas.check_object(body, "compiled/service.json")
    listed = client.get(f"{API}/organizations", {"profile": "core", "full": "true"}).json()
    assert listed["contents"] and not [k for k in keys_anywhere(listed) if k.startswith("x_")]
    bad = client.get(url, {"profile": "strict"})
    assert bad.status_code == 400 and bad.json()["parameter"] == "profile"


def test_export_core_leaves_the_profile_out_of_the_json_form(region, tmp_path):
    run("export_hsds", "--core", str(tmp_path))
    organizations = json.loads((tmp_path / "json" / "organizations.json").read_text())
    assert organizations and not [k for k in keys_anywhere(organizations) if k.startswith("x_")]
    assert not (tmp_path / "json" / "pathways.json").exists()
    assert frictionless_errors(tmp_path) == []
