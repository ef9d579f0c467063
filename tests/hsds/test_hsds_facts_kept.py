"""Facts an HSDS feed gives are shown to families and survive export -> import (issue 19):
opening hours in the reader's language, the phones of places and organizations, languages
named without a code, street addresses of places with no coordinates (placed at their ZIP
code's centre only when that is known offline, and said to be approximate), places the hub
could not use, and the provider's own website as the service's `url`."""

import json
import re

import pytest
from django.test import Client
from django.utils import translation
from test_hsds_import import empty_the_database, files_in, run, write_json

from hub.caching import memo
from hub.directory.models import Location, OrganizationPage, SupportServicePage, SupportType
from hub.hsds import importer
from hub.hsds.models import KeptRecord, RecordPatch
from search import indexing

pytestmark = pytest.mark.django_db

ORG = "5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"
SERVICE = "6c2d3e4f-5061-4b7c-9d8e-0f1a2b3c4d5e"
NEAR_ZIP = "7d3e4f50-6172-4c8d-8e9f-1a2b3c4d5e6f"  # no coordinates, ZIP 95823
NOWHERE = "8e4f5061-7283-4d9e-9fa0-2b3c4d5e6f70"  # no coordinates, a ZIP code nobody knows
NO_STREET = "9f506172-8394-4eaf-a0b1-3c4d5e6f7081"  # no street address: the hub keeps it aside
OFF_EARTH = {"id": "60617283-94a5-4b6c-8d7e-8f90a1b2c3d4", "name": "Lighthouse", "latitude": 100}
PROVIDER = "https://southgate-clinic.example/teen-clinic"


def feed():
    place = {
        "id": NEAR_ZIP,
        "name": "Southgate Library",
        "addresses": [
            {
                "id": "a0617283-94a5-4fb0-b1c2-4d5e6f708192",
                "address_1": "6132 66th Ave",
                "city": "Sacramento",
                "state_province": "CA",
                "postal_code": "95823",
                "country": "US",
                "address_type": "physical",
            }
        ],
        "phones": [
            {
                "id": "b1728394-a5b6-40c1-82d3-5e6f708192a3",
                "number": "916-555-0142",
                "extension": "7",
                "description": "Front desk",
            }
        ],
        "schedules": [
            {
                "id": "c2839415-b6c7-41d2-93e4-6f708192a3b4",
                "freq": "WEEKLY",
                "byday": "MO,TU,WE,TH,FR",
                "opens_at": "09:00",
                "closes_at": "17:00",
            }
        ],
    }
    nowhere = {
        "id": NOWHERE,
        "name": "Pop-up van",
        "addresses": [
            {
                "id": "d394a526-c7d8-42e3-a4f5-708192a3b4c5",
                "address_1": "1 Nowhere Rd",
                "city": "Sacramento",
                "postal_code": "00000",
                "address_type": "physical",
            }
        ],
    }
    no_street = {
        "id": NO_STREET,
        "name": "Somewhere downtown",
        "latitude": 38.58,
        "longitude": -121.49,
    }
    return {
        "id": ORG,
        "name": "Southgate Health",
        "description": "A community clinic.",
        "website": "https://southgate-clinic.example/",
        "phones": [
            {"id": "e4a5b637-d8e9-43f4-b5a6-8192a3b4c5d6", "number": "916-555-0100"},
            {
                "id": "f5b6c748-e9fa-4405-86b7-92a3b4c5d6e7",
                "number": "916-555-0199",
                "extension": "42",
                "description": "Billing",
            },
        ],
        "locations": [place, nowhere, no_street],
        "services": [
            {
                "id": SERVICE,
                "name": "Teen clinic",
                "description": "Check-ups for teens.",
                "url": PROVIDER,
                "x_hub_type": "support_service",
                "assured_date": "2026-10-01",
                "languages": [
                    {"id": "06c7d859-fa0b-4516-97c8-a3b4c5d6e7f8", "name": "Spanish"},
                    {"id": "17d8e96a-0b1c-4627-a8d9-b4c5d6e7f809", "name": "Vietnamese"},
                    {"id": "28e9fa7b-1c2d-4738-b9ea-c5d6e7f8091a", "name": "Martian"},
                ],
                "schedules": [
                    {
                        "id": "6c2d3ebf-5061-4b7c-9d2e-091a2b3c4d5e",
                        "service_at_location_id": "5b1c2dae-4f50-4a6b-8c1d-f8091a2b3c4d",
                        "byday": "SA",
                        "opens_at": "10:00",
                        "closes_at": "12:00",
                    }
                ],
                "service_at_locations": [
                    {
                        "id": "39fa0b8c-2d3e-4849-8afb-d6e7f8091a2b",
                        "location_id": NEAR_ZIP,
                        "schedules": [
                            {
                                "id": "4a0b1c9d-3e4f-495a-9b0c-e7f8091a2b3c",
                                "freq": "WEEKLY",
                                "byday": "MO,WE",
                                "opens_at": "15:00",
                                "closes_at": "18:30",
                            }
                        ],
                    },
                    {"id": "5b1c2dae-4f50-4a6b-8c1d-f8091a2b3c4d", "location_id": NOWHERE},
                ],
            }
        ],
    }


@pytest.fixture
def imported(db, tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    write_json(folder / "organizations.json", [feed()])
    write_json(folder / "locations.json", [OFF_EARTH])  # in no organization, on no map
    report = importer.import_hsds(folder)
    assert report.ok, [line.reasons for line in report.rejected] + report.problems
    return report


def page_text(page, language="en"):
    with translation.override("en"):
        url = page.get_url()
    response = Client().get(url.replace("/en/", f"/{language}/", 1))
    assert response.status_code == 200
    return response.content.decode()


def test_opening_hours_are_shown_in_the_familys_language(imported):
    service = SupportServicePage.objects.get(translation_key=SERVICE)
    english = page_text(service)
    assert "Monday and Wednesday: 3:00\u202fPM – 6:30\u202fPM" in english
    assert "Saturday: 10:00\u202fAM – 12:00\u202fPM" in english  # given at the service's level
    spanish = page_text(service, "es")
    assert "lunes y miércoles" in spanish and "6:30" in spanish
    # The library's own hours, on the organization's page, in Vietnamese.
    vietnamese = page_text(OrganizationPage.objects.get(translation_key=ORG), "vi")
    assert "Thứ Hai – Thứ Sáu: 09:00 – 17:00" in vietnamese


def test_phones_of_places_and_organizations_are_shown_with_their_extension(imported):
    organization = page_text(OrganizationPage.objects.get(translation_key=ORG))
    assert 'href="tel:916-555-0100"'.replace("-", "") in organization  # the main phone
    assert 'href="tel:9165550199"' in organization and "916-555-0199" in organization
    assert "extension <bdi" in organization and ">42</bdi>" in organization
    assert "Billing" in organization
    service = page_text(SupportServicePage.objects.get(translation_key=SERVICE))
    assert 'href="tel:9165550142"' in service and "Front desk" in service


def test_languages_given_by_name_are_matched_and_unknown_ones_reported(imported):
    service = SupportServicePage.objects.get(translation_key=SERVICE)
    assert sorted(lang.code for lang in service.delivery_languages.all()) == ["es", "vi"]
    reasons = [r for line in imported.lines if line.hsds_id == SERVICE for r in line.reasons]
    assert any("'Martian' is not one the hub knows" in reason for reason in reasons)
    assert "Tiếng Việt" in page_text(service)


def test_a_place_without_coordinates_keeps_its_address_and_is_placed_only_by_its_zip(imported):
    near = Location.objects.get(hsds_id=NEAR_ZIP)
    assert near.street_address == "6132 66th Ave" and near.position_from_zip
    assert (round(float(near.latitude), 2), round(float(near.longitude), 2)) == (38.48, -121.44)
    nowhere = Location.objects.get(hsds_id=NOWHERE)
    assert nowhere.latitude is None and nowhere.longitude is None  # nothing made up
    text = page_text(SupportServicePage.objects.get(translation_key=SERVICE))
    assert "6132 66th Ave" in text and "1 Nowhere Rd" in text
    assert "centre of ZIP code <bdi" in text and "95823</bdi>: the position is approximate" in text
    assert "Its position is not known" in text
    # The export does not pass the ZIP code's centre off as the source's coordinates.
    api = Client().get(f"/api/hsds/organizations/{ORG}").json()
    (place,) = [p for p in api["locations"] if p["id"] == NEAR_ZIP]
    assert "latitude" not in place and place["addresses"][0]["address_1"] == "6132 66th Ave"


def test_service_url_is_the_providers_website_and_x_hub_url_the_hubs_page(imported):
    service = SupportServicePage.objects.get(translation_key=SERVICE)
    body = Client().get(f"/api/hsds/services/{SERVICE}").json()
    assert body["url"] == PROVIDER
    assert body["x_hub_url"] == f"http://testserver{service.get_url()}"
    assert PROVIDER in page_text(service)  # and families can follow it


def test_export_then_import_into_an_empty_hub_keeps_everything(imported, tmp_path):
    kept = set(KeptRecord.objects.filter(table="location").values_list("hsds_id", flat=True))
    assert kept == {NO_STREET, OFF_EARTH["id"]}
    first, second = tmp_path / "first", tmp_path / "second"
    run("export_hsds", str(first))
    empty_the_database()
    KeptRecord.objects.all().delete()
    RecordPatch.objects.all().delete()
    assert "Imported in" in run("import_hsds", str(first))
    run("export_hsds", str(second))
    assert files_in(second) == files_in(first)
    again = set(KeptRecord.objects.filter(table="location").values_list("hsds_id", flat=True))
    assert again == kept  # kept again by the new hub, to give back in its own exports
    kept_file = json.loads((second / "json" / "kept.json").read_text())
    assert OFF_EARTH in kept_file["location"]
    exported = json.loads((second / "json" / "organizations.json").read_text())
    (org,) = [o for o in exported if o["id"] == ORG]
    assert {place["id"] for place in org["locations"]} == {NEAR_ZIP, NOWHERE, NO_STREET}
    (service,) = [s for s in org["services"] if s["id"] == SERVICE]
    assert service["url"] == PROVIDER
    assert {lang["name"] for lang in service["languages"]} == {"Spanish", "Vietnamese", "Martian"}
    assert [p["number"] for p in org["phones"]] == ["916-555-0100", "916-555-0199"]
    near = next(p for p in org["locations"] if p["id"] == NEAR_ZIP)
    assert near["schedules"][0]["byday"] == "MO,TU,WE,TH,FR"
    assert near["phones"][0]["extension"] == "7"
    # And the families of the new hub see it all again.
    assert Location.objects.get(hsds_id=NEAR_ZIP).opening_hours
    assert "Billing" in page_text(OrganizationPage.objects.get(translation_key=ORG))


def test_a_distance_to_a_place_at_its_zip_codes_centre_is_said_to_be_approximate(imported):
    """The find page's card says how far the place is, and that it is approximate when the
    place is known only by its ZIP code: the family's own point is not the library's door."""
    health = SupportType.objects.create(name="Health care", slug="health-care")
    service = SupportServicePage.objects.get(translation_key=SERVICE)
    service.support_types.add(health)
    service.save()
    indexing.rebuild_all()
    memo.clear_all()  # the new support type: cache versions move only once a transaction commits
    found = Client().get("/en/find/", {"needs": "health-care", "zip": "95822"})
    text = found.content.decode()
    assert "Teen clinic" in text
    assert re.search(r"About [\d.]+ km away \(the place is known only by its ZIP code\)", text)
    # A place with its own coordinates is a plain distance.
    Location.objects.filter(hsds_id=NEAR_ZIP).update(position_from_zip=False)
    indexing.rebuild_all()
    text = Client().get("/en/find/", {"needs": "health-care", "zip": "95822"}).content.decode()
    assert re.search(r"[\d.]+ km away", text) and "known only by its ZIP code" not in text
