"""Directions from every address (issue 21): each place of a program, support service and
organization, and of a flyer, offers the phone's own maps app (a geo: link) and a public route
planner's page, transit first. Links only: no script, and nothing fetched from another host
until a family taps one. A position that is only a ZIP code's centre, or none, leads by the
address."""

import re
from decimal import Decimal
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from factories import (
    LocationFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    SupportServicePageFactory,
    session,
)

from hub.directory.models import OrganizationLocation, ServiceLocation

pytestmark = pytest.mark.django_db


def links(html):
    """[(maps app href, route planner href)] of each place's directions."""
    found = re.findall(
        r'<a href="(geo:[^"]+)">[^<]+</a>\s*· <a href="(https://[^"]+)" rel="noreferrer">', html
    )
    return [(unescape(app), unescape(planner)) for app, planner in found]


def destination(planner):
    query = parse_qs(urlsplit(planner).query)
    assert query["travelmode"] == ["transit"]
    return query["destination"][0]


@pytest.fixture
def places():
    exact = LocationFactory(
        name="Central Library",
        street_address="828 I St",
        city="Sacramento",
        postal_code="95814",
        latitude=Decimal("38.580000"),
        longitude=Decimal("-121.495000"),
        transit_notes="Bus 30 stops in front",
        accessibility_notes="Step-free entrance on I St",
    )
    by_zip = LocationFactory(
        name="Family Resource Center",
        street_address="5 Elm Ave",
        city="Sacramento",
        postal_code="95823",
        position_from_zip=True,
        latitude=Decimal("38.470000"),
        longitude=Decimal("-121.440000"),
    )
    unknown = LocationFactory(
        name="Community Hall",
        street_address="12 Oak St",
        city="Elk Grove",
        postal_code="95624",
        latitude=None,
        longitude=None,
    )
    return exact, by_zip, unknown


def test_a_program_place_leads_to_its_position_and_keeps_its_notes(places, indexes):
    exact, _by_zip, _unknown = places
    partner = OrganizationPageFactory(parent=indexes["partners"], title="Valley Makers")
    program = ProgramPageFactory(parent=partner, title="Robot Club")
    program.sessions = [session(location=exact)]
    program.save_revision().publish()
    html = Client().get(program.url).content.decode()
    [(app, planner)] = links(html)
    assert app == "geo:38.580000,-121.495000?q=38.580000,-121.495000(Central Library)".replace(
        " ", "%20"
    )
    assert destination(planner) == "38.580000,-121.495000"
    place = re.search(r'<div class="place">.*?</div>', html, re.S)[0]
    assert "Bus 30 stops in front" in place and "Step-free entrance" in place
    # Nothing of the planner is loaded: no script, image or frame from another host.
    assert not re.search(r'(?:src|srcset)="https?://', html)


def test_a_service_and_an_organization_lead_by_address_where_the_position_is_not_exact(
    places, indexes
):
    exact, by_zip, unknown = places
    organization = OrganizationPageFactory(parent=indexes["partners"], title="Valley Aid")
    organization.locations = [
        OrganizationLocation(location=exact),
        OrganizationLocation(location=unknown),
    ]
    organization.save_revision().publish()
    service = SupportServicePageFactory(parent=organization, title="Bus passes")
    service.service_locations = [ServiceLocation(location=by_zip)]
    service.save_revision().publish()

    [(app, planner)] = links(Client().get(service.url).content.decode())
    assert app == "geo:0,0?q=5%20Elm%20Ave%2C%20Sacramento%2C%20CA%2095823"
    assert destination(planner) == "5 Elm Ave, Sacramento, CA 95823"  # not the ZIP's centre

    found = links(Client().get(organization.url).content.decode())
    assert [destination(planner) for _app, planner in found] == [
        "38.580000,-121.495000",
        "12 Oak St, Elk Grove, CA 95624",  # no position at all: still its address
    ]


def test_the_flyer_gives_the_address_and_directions_on_screen(places, indexes):
    exact, _by_zip, _unknown = places
    partner = OrganizationPageFactory(parent=indexes["partners"], title="Valley Makers")
    program = ProgramPageFactory(parent=partner, title="Robot Club")
    program.sessions = [session(location=exact)]
    program.save_revision().publish()
    flyer = Client().get(f"/en/share/{program.pk}/flyer/").content.decode()
    assert "828 I St, Sacramento, CA 95814" in flyer  # printed
    [(app, planner)] = links(flyer)
    assert app.startswith("geo:38.580000,-121.495000")
    assert destination(planner) == "38.580000,-121.495000"
    screen_only = re.search(r'<span class="screen-only"> · <a href="geo:', flyer)
    assert screen_only  # a link is no use on paper
