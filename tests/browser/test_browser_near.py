"""Issue 16, item 6 on a 360 px phone: "Use my location" sends only a point the phone rounded to
2 decimals (about 1 km), the answer shows distances, and without JavaScript there is no button."""

from decimal import Decimal

import pytest
from chromium import assert_accessible
from playwright.sync_api import expect
from test_browser_journeys import journey_world

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 740}
# Where the phone says it is, more precisely than the hub may know.
EXACT = {"latitude": 38.5498123, "longitude": -121.4583456}


def club_in_oak_park():
    world = journey_world()
    location = world.alpha_club.sessions.first().location
    location.latitude, location.longitude = Decimal("38.5530"), Decimal("-121.4620")
    location.save()
    world.alpha_club.save_revision().publish()  # indexed again, at its new place
    return world


def test_use_my_location_sends_a_rounded_point_and_shows_distances(live_server, chromium):
    world = club_in_oak_park()
    context = chromium.new_context(
        locale="en-US", viewport=PHONE, permissions=["geolocation"], geolocation=EXACT
    )
    page = context.new_page()
    asked = []
    page.on("request", lambda r: "/find/?" in r.url and asked.append(r.url))
    page.goto(f"{live_server.url}/en/find/")
    page.select_option("#f-grade", "7")
    page.get_by_role("button", name="Use my location").click()

    expect(page.get_by_text("Using your location (about 1 km)")).to_be_visible()
    expect(page.locator("#f-zip")).to_be_hidden()
    assert_accessible(page)
    page.locator("form.find button[type=submit]").click()

    result = page.locator(f"article.result[data-id='{world.alpha_club.pk}']")
    expect(result).to_contain_text("km away")
    (sent,) = asked
    assert "near=38.55%2C-121.46" in sent or "near=38.55,-121.46" in sent, sent
    assert "38.549" not in sent and "121.458" not in sent and "zip=" not in sent
    expect(page.locator("details.your-question > summary")).to_contain_text("near your location")

    # "Change": the location is still used, and the family can go back to typing a place.
    page.locator("details.your-question > summary").click()
    page.get_by_role("button", name="Type a place instead").click()
    expect(page.locator("#f-zip")).to_be_visible()
    expect(page.locator("input[name=near]")).to_have_count(0)
    expect(page.get_by_role("button", name="Use my location")).to_be_visible()


def test_without_javascript_there_is_no_location_button(live_server, chromium):
    journey_world()
    context = chromium.new_context(locale="en-US", viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/find/")
    expect(page.locator("#f-zip")).to_be_visible()
    expect(page.get_by_role("button", name="Use my location")).to_have_count(0)
    expect(page.get_by_text("Use my location")).to_have_count(0)
    page.fill("#f-zip", "Oak Park")
    page.locator("form.find button[type=submit]").click()
    expect(page.locator("details.your-question > summary")).to_contain_text("near Oak Park")
