"""Imported services reach families: another directory's taxonomy terms (211/AIRS here) come in
with the services carrying them, staff map them to the hub's interests and support types on a
screen of their own, and the services are then found by the find page and the match API; the
HSDS API serves the imported terms and filters services by them."""

import io
import json
import re

import pytest
from django.core.management import call_command
from django.test import Client
from partners_fixtures import assert_refused
from taxonomy_mapping import save_mapping, services_found

from hub.directory.models import Interest, ProgramPage, SupportServicePage, SupportType
from hub.hsds.models import OutsideTerm

pytestmark = pytest.mark.django_db

ORG = "5a1e0000-0000-4000-8000-000000000001"
AIRS = "5a1e0000-0000-4000-8000-0000000000a1"
EDUCATION = "5a1e0000-0000-4000-8000-0000000000e1"
COMPUTER_CLASSES = "5a1e0000-0000-4000-8000-0000000000c1"
FOOD_PANTRIES = "5a1e0000-0000-4000-8000-0000000000f1"
TECH_LAB = "5a1e0000-0000-4000-8000-000000000101"
TEEN_CODERS = "5a1e0000-0000-4000-8000-000000000102"
PANTRY = "5a1e0000-0000-4000-8000-000000000103"


def _term(key, code, name, parent=None):
    term = {
        "id": key,
        "code": code,
        "name": name,
        "taxonomy_id": AIRS,
        "taxonomy_detail": {"id": AIRS, "name": "211 LA County AIRS", "version": "2024"},
    }
    if parent:
        term["parent_id"] = parent
    return term


def _service(key, name, terms, kind=None):
    service = {
        "id": key,
        "name": name,
        "description": f"{name}, as the 211 directory describes it.",
        "status": "active",
        "attributes": [
            {
                "id": f"{key[:-4]}{n:04d}",
                "link_id": key,
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            }
            for n, term in enumerate(terms, start=9000)
        ],
    }
    if kind:
        service["x_hub_type"] = kind
    return service


def write_feed(directory):
    """An organization of a 211 feed with two computer classes and a food pantry."""
    classes = _term(COMPUTER_CLASSES, "PH-1300.1400-140", "Computer Classes", EDUCATION)
    pantries = _term(FOOD_PANTRIES, "BD-1800.2000", "Food Pantries")
    organization = {
        "id": ORG,
        "name": "Eastside Community Center",
        "description": "A community center listed by 211.",
        "services": [
            _service(TECH_LAB, "Neighborhood Tech Lab", [classes], "program"),
            _service(TEEN_CODERS, "Saturday Keyboards", [classes], "program"),
            _service(PANTRY, "Eastside Pantry", [pantries]),
        ],
    }
    path = directory / "organizations.json"
    path.write_text(json.dumps([organization]), encoding="utf-8")
    taxonomy_terms = directory / "taxonomy_terms.json"
    taxonomy_terms.write_text(
        json.dumps([_term(EDUCATION, "P", "Education"), classes, pantries]), encoding="utf-8"
    )
    return directory


@pytest.fixture
def imported(world, tmp_path):
    computing = Interest.objects.create(
        name="Computer science", slug="computer-science", synonyms="programming, computing"
    )
    food = SupportType.objects.create(name="Food", slug="food", synonyms="meals, snacks")
    call_command("import_hsds", str(write_feed(tmp_path)), stdout=io.StringIO())
    return computing, food


def titles(response):
    return {result["title"] for result in response.json()["results"]}


def test_staff_map_an_airs_term_and_families_find_the_services(imported, world):
    computing, food = imported
    family = Client()
    find = "/en/find/?interests=computer-science"
    match = "/api/v1/match?interests=computer-science"
    assert "Neighborhood Tech Lab" not in family.get(find).content.decode()
    assert titles(family.get(match)) == set()
    assert services_found(family.get("/api/v1/match?needs=food")) == set()

    staff = Client(enforce_csrf_checks=True)
    staff.force_login(world.staff)
    listing = staff.get("/admin/taxonomy-mapping/").content.decode()
    # Most used first: Computer Classes (two services), Food Pantries (one), Education (none).
    rows = re.findall(r'taxonomy-mapping/\d+/">([^<]+)</a>', listing)
    assert rows == ["Computer Classes", "Food Pantries", "Education"]

    classes = OutsideTerm.objects.get(hsds_id=COMPUTER_CLASSES)
    done = save_mapping(staff, classes, interests=[computing.pk])
    assert "2 listings changed" in done

    body = family.get(find).content.decode()
    assert "Neighborhood Tech Lab" in body and "Saturday Keyboards" in body
    assert "Eastside Pantry" not in body
    assert titles(family.get(match)) == {"Neighborhood Tech Lab", "Saturday Keyboards"}
    lab = ProgramPage.objects.get(translation_key=TECH_LAB)
    assert list(lab.interests.all()) == [computing]
    assert lab.get_latest_revision_as_object().interests.all()[0] == computing  # kept on edit

    pantries = OutsideTerm.objects.get(hsds_id=FOOD_PANTRIES)
    save_mapping(staff, pantries, support_types=[food.pk])
    assert services_found(family.get("/api/v1/match?needs=food")) == {"Eastside Pantry"}
    assert list(SupportServicePage.objects.get(translation_key=PANTRY).support_types.all()) == [
        food
    ]


def test_a_mapping_holds_at_the_next_import_and_unmapping_takes_it_away(imported, world, tmp_path):
    computing, _food = imported
    classes = OutsideTerm.objects.get(hsds_id=COMPUTER_CLASSES)
    staff = Client(enforce_csrf_checks=True)
    staff.force_login(world.staff)
    save_mapping(staff, classes, interests=[computing.pk])

    again = tmp_path / "again"
    again.mkdir()
    out = io.StringIO()
    call_command("import_hsds", str(write_feed(again)), stdout=out)
    lab = ProgramPage.objects.get(translation_key=TECH_LAB)
    assert list(lab.interests.all()) == [computing]  # the file's terms did not wipe it
    assert OutsideTerm.objects.get(hsds_id=COMPUTER_CLASSES).services.count() == 2

    save_mapping(staff, classes)  # nothing ticked
    assert list(ProgramPage.objects.get(pk=lab.pk).interests.all()) == []
    assert titles(Client().get("/api/v1/match?interests=computer-science")) == set()


def test_suggestions_name_the_hub_terms_an_airs_term_means(imported, world):
    staff = Client()
    staff.force_login(world.staff)
    classes = OutsideTerm.objects.get(hsds_id=COMPUTER_CLASSES)
    pantries = OutsideTerm.objects.get(hsds_id=FOOD_PANTRIES)
    page = staff.get(f"/admin/taxonomy-mapping/{classes.pk}/").content.decode()
    assert re.search(r"data-suggested>Computer science<", page)
    page = staff.get(f"/admin/taxonomy-mapping/{pantries.pk}/").content.decode()
    assert re.search(r"data-suggested>Food<", page)
    listing = staff.get("/admin/taxonomy-mapping/").content.decode()
    assert "under Education" in listing  # the AIRS parent, named


def test_a_partner_cannot_open_or_post_the_mapping_screen(imported, world):
    computing, _food = imported
    classes = OutsideTerm.objects.get(hsds_id=COMPUTER_CLASSES)
    partner = Client()
    partner.force_login(world.partner_a)
    assert_refused(partner.get("/admin/taxonomy-mapping/", follow=True), "Computer Classes")
    url = f"/admin/taxonomy-mapping/{classes.pk}/"
    assert_refused(partner.get(url, follow=True), "Computer Classes")
    assert_refused(partner.post(url, {"interests": [computing.pk]}, follow=True))
    assert not OutsideTerm.objects.get(pk=classes.pk).interests.exists()
    assert "Imported taxonomy terms" not in partner.get("/admin/").content.decode()


def test_the_hsds_api_serves_imported_terms_and_filters_services_by_them(imported):
    api = Client()
    term = api.get(f"/api/hsds/taxonomy_terms/{COMPUTER_CLASSES}")
    assert term.status_code == 200
    assert term.json()["name"] == "Computer Classes"
    assert term.json()["code"] == "PH-1300.1400-140"
    assert term.json()["parent_id"] == EDUCATION
    assert term.json()["taxonomy_detail"]["name"] == "211 LA County AIRS"

    listed = api.get("/api/hsds/taxonomy_terms/?per_page=500").json()["contents"]
    assert {COMPUTER_CLASSES, FOOD_PANTRIES, EDUCATION} <= {t["id"] for t in listed}
    children = api.get(f"/api/hsds/taxonomy_terms/?parent_id={EDUCATION}").json()["contents"]
    assert [t["name"] for t in children] == ["Computer Classes"]

    services = api.get(f"/api/hsds/services/?taxonomy_term_id={COMPUTER_CLASSES}").json()
    assert {s["name"] for s in services["contents"]} == {
        "Neighborhood Tech Lab",
        "Saturday Keyboards",
    }
    services = api.get(f"/api/hsds/services/?taxonomy_term_id={FOOD_PANTRIES}").json()
    assert [s["name"] for s in services["contents"]] == ["Eastside Pantry"]
    missing = api.get("/api/hsds/taxonomy_terms/5a1e0000-0000-4000-8000-0000000000ff")
    assert missing.status_code == 404
