"""`import_hsds` and HSDS versions: a 1.x package says what it is and is mapped to 3.0 table by
table, every table named in the report; a package of a version the hub cannot read is refused,
naming it; datapackage.json's resource paths (resources/*.csv) are followed, in folders and zips.

Input is Open Referral's own published data in ../shared/hsds/real/ (read in place, never
edited); where a test needs a variation, it changes a copy in tmp_path."""

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from hsds_schemas import HSDS
from wagtail.models import Page

from hub.directory.models import Location, OrganizationPage, SupportServicePage
from hub.hsds.legacy import declared
from hub.hsds.models import KeptRecord
from hub.hsds.tables import TABLES

pytestmark = pytest.mark.django_db
REAL = HSDS / "real"
SAMPLE = REAL / "hsds-1.1-sample-datapackage"
EXAMPLES_31 = REAL / "hsds-3.1-examples"
SANCTUARY = "30b83c60-64a1-11e6-8b77-86f30ca893d3"  # the one place with an address
HELPLINE = "c89eb05c-62dd-4b64-b494-0cc347b6ea7f"  # its service


@pytest.fixture(autouse=True)
def needs_real_data():
    if not SAMPLE.is_dir():
        pytest.skip(f"The published HSDS data is not at {REAL}.")


def run(*args):
    out = io.StringIO()
    call_command("import_hsds", *map(str, args), stdout=out, stderr=out)
    return out.getvalue()


def refused(*args):
    out = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_hsds", *map(str, args), stdout=out, stderr=out)
    return out.getvalue() + str(error.value)


def zipped(folder, path, inside=""):
    with zipfile.ZipFile(path, "w") as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, str(Path(inside) / file.relative_to(folder)))
    return path


# --- HSDS 1.1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "version"),
    [("simple", "This is an HSDS 1.1 package"), ("all_resources", "This is an HSDS 1.x package")],
)
def test_a_1_1_package_says_its_version_and_names_every_table(folder, version):
    pages = Page.objects.count()
    report = run(SAMPLE / folder, "--dry-run")
    assert version in report
    assert "mapped to HSDS 3.0" in report
    # Nothing silently dropped: every file of the package is named, with what it became.
    for file in (SAMPLE / folder).glob("*.csv"):
        assert f"Note: {file.name} (" in report, file.name
    assert "not one of the HSDS tables" not in report
    assert "created: service c89eb05c-62dd-4b64-b494-0cc347b6ea7f (Never Homeless Helpline)" in (
        report
    )
    assert Page.objects.count() == pages  # a dry run


def test_a_table_with_no_place_in_3_0_is_named_with_why():
    report = run(SAMPLE / "all_resources", "--dry-run")
    assert (
        "payments_accepted.csv (2 rows): not imported; neither HSDS 3.0 nor the hub has a place "
        "for accepted payments" in report
    )
    assert "physical_addresses.csv (1 row) → address (address_type physical)" in report
    assert "regular_schedules.csv (3 rows) → schedule (weekly)" in report
    assert "weekday numbers were read as ISO 8601" in report
    # The real package gives a holiday closure the id of a regular hours row; both are kept.
    assert "holiday_schedules.csv row 2: its id is also the id of a regular_schedule row" in report


def test_the_1_1_package_imports_as_listings():
    report = run(SAMPLE / "all_resources")
    assert "Imported in" in report
    assert OrganizationPage.objects.live().count() == 10
    # Three of its 13 services say they are inactive: imported, kept back from families.
    assert SupportServicePage.objects.count() == 13
    assert set(SupportServicePage.objects.filter(live=False).values_list("title", flat=True)) == {
        "Food Safety Program",
        "Dear Teacher Skills Refresh",
        "Wash & Go at The Cross",
    }
    sanctuary = OrganizationPage.objects.get(title="Sanctuary Example City")
    assert sanctuary.website == "http://example.com"  # 1.x `url`
    cross = OrganizationPage.objects.get(title="Example Cross Trust")
    assert cross.phone == "(223) 346 12361"
    helpline = SupportServicePage.objects.get(translation_key=HELPLINE)
    assert helpline.eligibility_notes == "adult"  # eligibility.csv
    assert {language.code for language in helpline.delivery_languages.all()} == {"en", "es"}
    bubbles = SupportServicePage.objects.get(title="Bubbles at The Cross")
    assert bubbles.contact_phone == "(223) 4567 12534"
    # The sample's places have no coordinates. The one with a street address is shown, placed
    # at its ZIP code's centre and said to be approximate; the rest lack an address: kept with
    # what 3.0 makes of them (addresses, accessibility), and the report says why.
    sanctuary_place = Location.objects.get()
    assert sanctuary_place.name == "Sanctuary on 5th Street"
    assert (sanctuary_place.street_address, sanctuary_place.postal_code) == ("Address 1", "10001")
    assert sanctuary_place.position_from_zip
    assert "placed at the centre of ZIP code 10001" in report
    assert "lacks a street address, a city, a ZIP code" in report
    kept = KeptRecord.objects.filter(table="location").values_list("hsds_id", flat=True)
    assert len(kept) == 9 and SANCTUARY not in kept
    term = KeptRecord.objects.get(table="taxonomy_term").data
    assert (term["name"], term["taxonomy"]) == ("Taxonomy A", "AIRS")


def test_a_1_1_place_with_coordinates_is_on_the_map_with_its_address_and_hours(tmp_path):
    package = shutil.copytree(SAMPLE / "all_resources", tmp_path / "package")
    locations = package / "locations.csv"
    rows = list(csv.DictReader(locations.open(encoding="utf-8")))
    for row in rows:
        if row["id"] == SANCTUARY:
            row["latitude"], row["longitude"] = "40.750", "-73.997"
    with locations.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    run(package)
    place = Location.objects.get(hsds_id=SANCTUARY)
    assert (place.street_address, place.city, place.state, place.postal_code) == (
        "Address 1",
        "New York City",
        "NY",
        "10001",
    )
    assert place.accessibility_notes == "disabled_parking"
    helpline = SupportServicePage.objects.get(translation_key=HELPLINE)
    hours = helpline.service_locations.get()
    assert hours.location == place
    assert hours.hours == "Monday 09:00–17:00"


def test_a_zipped_1_1_package_imports(tmp_path):
    archive = zipped(SAMPLE / "all_resources", tmp_path / "sample.zip", inside="all_resources")
    report = run(archive, "--dry-run")
    assert "This is an HSDS 1.x package" in report
    assert "Dry run in" in report


@pytest.mark.parametrize(
    ("descriptor", "version"),
    [
        ({"title": "HSDS Simple Sample 1.1", "version": "0.1"}, "1.1"),  # the package's own
        ({"description": "Human Services Data Specification datapackage - Version 1.1"}, "1.1"),
        ({"title": "STEM Opportunity Hub directory (HSDS 3.0)"}, "3.0"),
        ({"profile": "https://example.org/hsds/3.1/profile.json"}, "3.1"),
        ({"title": "HSDS feed, 2024.1 edition", "version": "2.0"}, None),
        ({"name": "hsds_simple_sample"}, None),
    ],
)
def test_the_version_a_datapackage_declares(descriptor, version):
    assert declared(descriptor) == version


def test_a_2_0_package_is_mapped_and_says_so(tmp_path):
    package = shutil.copytree(SAMPLE / "all_resources", tmp_path / "package")
    descriptor = json.loads((package / "datapackage.json").read_text())
    descriptor["title"] = "Our directory, HSDS 2.0"
    (package / "datapackage.json").write_text(json.dumps(descriptor))
    report = run(package, "--dry-run")
    assert "This is an HSDS 2.0 package (its datapackage.json says so)" in report
    assert "Dry run in" in report


# --- Versions the hub cannot read ------------------------------------------------------------


@pytest.mark.parametrize("title", ["HSDS 4.0 sample", "Human Services Data Specification 0.9"])
def test_a_package_of_an_unknown_version_is_refused_naming_it(tmp_path, title):
    package = shutil.copytree(SAMPLE / "simple", tmp_path / "package")
    descriptor = json.loads((package / "datapackage.json").read_text())
    descriptor.update(title=title, description="")
    (package / "datapackage.json").write_text(json.dumps(descriptor))
    pages = Page.objects.count()
    report = refused(package)
    version = title.split()[-2] if title.startswith("HSDS") else title.split()[-1]
    assert f"datapackage.json says this is HSDS {version}" in report
    assert "Nothing was imported" in report
    assert Page.objects.count() == pages


# --- Paths from datapackage.json -------------------------------------------------------------


def package_in_resources(folder):
    """The official 3.0 tables in folder/resources/, datapackage.json one level up."""
    (folder / "resources").mkdir(parents=True)
    resources = []
    for table, (file, _columns) in TABLES.items():
        if (HSDS / "examples" / "csv" / file).is_file():
            shutil.copy(HSDS / "examples" / "csv" / file, folder / "resources" / file)
            resources.append({"name": table, "path": f"resources/{file}"})
    (folder / "datapackage.json").write_text(json.dumps({"resources": resources}))
    return folder


def test_a_3_0_package_with_its_tables_in_a_subfolder_imports(tmp_path):
    package = package_in_resources(tmp_path / "package")
    report = run(package)
    assert "created: service ac148810-d857-441c-9679-408f346de14b (Community Counselling)" in report
    assert "not one of the HSDS tables" not in report
    assert "mapped to HSDS 3.0" not in report  # it is 3.0 already
    assert SupportServicePage.objects.filter(title="Community Counselling").exists()


def test_a_zipped_3_0_package_with_its_tables_in_a_subfolder_imports(tmp_path):
    package = package_in_resources(tmp_path / "package")
    report = run(zipped(package, tmp_path / "package.zip"), "--dry-run")
    assert "created: service ac148810-d857-441c-9679-408f346de14b (Community Counselling)" in report


def test_a_file_that_is_not_a_zip_is_refused_clearly(tmp_path):
    (tmp_path / "broken.zip").write_bytes(b"not a zip")
    assert "broken.zip: cannot be read as a zip file" in refused(tmp_path / "broken.zip")


def test_a_datapackage_path_outside_the_package_is_refused(tmp_path):
    package = shutil.copytree(SAMPLE / "all_resources", tmp_path / "package")
    descriptor = json.loads((package / "datapackage.json").read_text())
    descriptor["resources"][0]["path"] = "../../etc/passwd"
    (package / "datapackage.json").write_text(json.dumps(descriptor))
    assert "is outside the folder" in refused(package)


# --- HSDS 3.1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in EXAMPLES_31.glob("*.json") if p.name != "base.json") + ["csv"],
)
def test_the_3_1_examples_still_import(name):
    report = run(EXAMPLES_31 / name)
    assert "Imported in" in report
    assert "mapped to HSDS 3.0" not in report
