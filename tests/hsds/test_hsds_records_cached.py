"""Each HSDS service is mapped once per version of what it is made from (hub/hsds/cached.py):
while nothing changes, a record is served from the shared cache; after a change to the listing,
its organization, one of its places or its verification, the very next request shows it."""

import pytest
from django.utils import timezone
from test_hsds_api import get
from wagtail.models import Page

from hub.directory.models import Location, ProgramPage
from hub.hsds import cached
from hub.hsds.mapping import Batch
from hub.verification.verify import confirm_still_accurate

pytestmark = pytest.mark.django_db


def listed(client, program):
    """The program's item in the one-page list of every service."""
    items = get(client, "/services", per_page=500)["contents"]
    (item,) = [s for s in items if s["id"] == str(program.translation_key)]
    return item


def detail(client, program):
    return get(client, f"/services/{program.translation_key}")


def placed_program():
    for program in ProgramPage.objects.live().public().order_by("pk"):
        if program.sessions.filter(location__isnull=False).exists():
            return program
    raise AssertionError("the demo region has programs with places")


@pytest.fixture
def mapped(monkeypatch):
    """The services mapped (page ids), call by call."""
    calls = []
    real = cached.mapping.service

    def service(page, *args, **kwargs):
        calls.append(page.pk)
        return real(page, *args, **kwargs)

    monkeypatch.setattr(cached.mapping, "service", service)
    return calls


def test_while_nothing_changes_each_record_is_mapped_once(client, region, mapped):
    first = get(client, "/services", per_page=20)
    assert len(mapped) == 20
    mapped.clear()
    assert get(client, "/services", per_page=20) == first
    assert get(client, "/services", per_page=10)["contents"] == first["contents"][:10]
    assert mapped == []
    program = Page.objects.get(translation_key=first["contents"][0]["id"])
    detail(client, program)
    detail(client, program)
    assert mapped == [program.pk], "the full form is its own record, mapped once"


def test_a_published_change_shows_on_the_very_next_request(client, region):
    program = ProgramPage.objects.live().public().order_by("pk").first()
    assert listed(client, program)["name"] == detail(client, program)["name"] == program.title
    program.title = "Robot Club, renamed"
    program.save_revision().publish()
    assert listed(client, program)["name"] == "Robot Club, renamed"
    assert detail(client, program)["name"] == "Robot Club, renamed"


def test_a_draft_changes_nothing(client, region):
    program = ProgramPage.objects.live().public().order_by("pk").first()
    before = detail(client, program)
    program.title = "Not yet published"
    program.save_revision()
    assert detail(client, program) == before


def test_a_change_to_its_organization_shows_on_the_next_request(client, region):
    program = ProgramPage.objects.live().public().order_by("pk").first()
    organization = program.get_parent().specific
    assert detail(client, program)["organization"]["name"] == organization.title
    assert listed(client, program)["organization"]["name"] == organization.title
    organization.title = "A Renamed Partner"
    organization.save_revision().publish()
    assert detail(client, program)["organization"]["name"] == "A Renamed Partner"
    assert listed(client, program)["organization"]["name"] == "A Renamed Partner"


def test_a_change_to_one_of_its_places_shows_on_the_next_request(client, region):
    program = placed_program()
    place = program.sessions.filter(location__isnull=False).first().location
    names = {sal["location"]["name"] for sal in detail(client, program)["service_at_locations"]}
    assert place.name in names
    place = Location.objects.get(pk=place.pk)  # the snippet, saved as the admin saves it
    place.name = "The Renamed Library"
    place.save()
    names = {sal["location"]["name"] for sal in detail(client, program)["service_at_locations"]}
    assert "The Renamed Library" in names


def test_a_verification_shows_on_the_next_request(client, region):
    today = timezone.localdate()
    program = next(
        p for p in ProgramPage.objects.live().public().order_by("pk") if p.last_verified != today
    )
    assert detail(client, program).get("assured_date") != today.isoformat()
    confirm_still_accurate(program)
    assert detail(client, program)["assured_date"] == today.isoformat()
    assert listed(client, program)["assured_date"] == today.isoformat()


def test_links_are_made_with_the_host_asked(client, region):
    program = ProgramPage.objects.live().public().order_by("pk").first()
    assert detail(client, program)["x_hub_url"].startswith("http://testserver/")
    response = client.get(f"/api/hsds/services/{program.translation_key}", HTTP_HOST="localhost")
    assert response.json()["x_hub_url"].startswith("http://localhost/")


def test_what_a_request_does_to_its_records_never_reaches_the_cache(region, rf):
    program = ProgramPage.objects.live().public().order_by("pk").first()
    (first,) = cached.services([program.pk], Batch(rf.get("/api/hsds/services/")), full=True)
    first["name"] = "changed by one request"
    first["organization"]["name"] = "changed too"
    first["service_at_locations"].clear()
    (again,) = cached.services([program.pk], Batch(rf.get("/api/hsds/services/")), full=True)
    assert again["name"] == program.title
    assert again["organization"]["name"] == program.get_parent().title
    assert again["service_at_locations"] or not program.sessions.exists()
