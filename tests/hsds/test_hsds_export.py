"""`manage.py export_hsds DIR`: the published directory as HSDS 3.0 files another directory can
load. The JSON form follows the official compiled schemas (and the hub's profile); the tables
are the official ones, column for column; every link between rows resolves; the same
database gives byte-identical files."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from hsds_schemas import SCHEMA

from hub.directory.models import OrganizationPage, PathwayPage, ProgramPage, SupportServicePage
from hub.hsds.tables import TABLES

# database_vendor: record patches stored as JSON and read back as text.
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]
SCALARS = {"string", "number", "integer", "boolean", "date", "datetime", "time"}


def export_to(directory):
    out = io.StringIO()
    call_command("export_hsds", str(directory), stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def exported(region, tmp_path_factory, django_db_blocker):
    directory = tmp_path_factory.mktemp("hsds")
    with django_db_blocker.unblock():
        report = export_to(directory)
    return directory, report


def read_json(directory, name):
    return json.loads((directory / "json" / f"{name}.json").read_text())


def read_table(directory, name):
    path, _columns = TABLES[name]
    with (directory / path).open(newline="", encoding="utf-8") as source:
        return list(csv.DictReader(source))


def test_the_json_form_follows_the_official_schemas_and_the_profile(exported, schemas):
    directory, report = exported
    assert "Exported to" in report and " s: " in report
    organizations = read_json(directory, "organizations")
    assert organizations
    for organization in organizations:
        schemas.check_object(organization, "compiled/organization.json")
        for service in organization["services"]:
            schemas.check_object(service, "compiled/service.json")
    for taxonomy in read_json(directory, "taxonomies"):
        schemas.check_object(taxonomy, "taxonomy.json")
    for term in read_json(directory, "taxonomy_terms"):
        schemas.check_object(term, "taxonomy_term.json")
    pathway = schemas.validator(
        schemas.profile["additional_schemas"]["x_hub_pathway.json"],
        format_checker=schemas.format_checker,
    )
    pathways = read_json(directory, "pathways")
    assert len(pathways) == PathwayPage.objects.live().count() > 0
    for item in pathways:
        assert not list(pathway.iter_errors(item))


def test_the_tables_are_the_official_ones(exported, schemas):
    directory, _report = exported
    official = json.loads((SCHEMA / "compiled" / "tabular.json").read_text())["properties"]
    assert set(TABLES) == set(official)
    package = json.loads((directory / "datapackage.json").read_text())
    described = {resource["name"]: resource for resource in package["resources"]}
    for name, spec in official.items():
        item = spec["items"]
        columns = [
            (f["name"], f["type"], *([f["format"]] if "format" in f else []))
            for f in item["properties"].values()
            if f.get("type") in SCALARS
        ]
        assert TABLES[name] == (item["path"], [tuple(c) for c in columns]), name
        with (directory / item["path"]).open(encoding="utf-8") as table:
            assert next(csv.reader(table)) == [c[0] for c in columns], name
        assert described[name]["path"] == item["path"]
        assert [f["name"] for f in described[name]["schema"]["fields"]] == [c[0] for c in columns]


def test_the_tables_hold_every_published_listing_and_every_link_resolves(exported, region):
    directory, _report = exported
    tables = {name: read_table(directory, name) for name in TABLES}
    ids = {name: [row["id"] for row in rows] for name, rows in tables.items()}
    for name, found in ids.items():
        assert len(found) == len(set(found)), f"{name}: an id twice"
    listings = [
        *ProgramPage.objects.live().public(),
        *SupportServicePage.objects.live().public(),
    ]
    assert set(ids["service"]) == {str(page.translation_key) for page in listings}
    assert set(ids["organization"]) == {
        str(org.translation_key) for org in OrganizationPage.objects.live().public()
    }
    links = [
        ("service", "organization_id", "organization"),
        ("service_at_location", "service_id", "service"),
        ("service_at_location", "location_id", "location"),
        ("phone", "service_id", "service"),
        ("schedule", "service_id", "service"),
        ("language", "service_id", "service"),
        ("cost_option", "service_id", "service"),
        ("address", "location_id", "location"),
        ("attribute", "taxonomy_term_id", "taxonomy_term"),
        ("taxonomy_term", "taxonomy_id", "taxonomy"),
    ]
    for table, column, target in links:
        pointed = {row[column] for row in tables[table] if row[column]}
        assert pointed, f"{table}.{column} is never filled"
        assert pointed <= set(ids[target]), f"{table}.{column} names a missing {target}"


def test_the_same_database_exports_the_same_bytes(exported, tmp_path):
    directory, _report = exported
    export_to(tmp_path)
    first = {p.relative_to(directory): p.read_bytes() for p in directory.rglob("*") if p.is_file()}
    again = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert first == again
    assert not [name for name in again if name.suffix == ".partial"]
