"""A partner in a real browser (Debian's Chromium driven by Playwright) imports a spreadsheet:
upload → preview → confirm → submit for review; staff approve; families see the program."""

import csv

import pytest
from partners_fixtures import build_world
from playwright.sync_api import expect

from hub.directory.models import Language, ProgramPage
from hub.imports.models import ImportedListing

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def spreadsheet(path):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["external_id", "title", "summary", "kind", "grade_min", "grade_max", "interests"]
            + ["delivery_languages", "start_date", "days_and_times"]
        )
        writer.writerow(
            ["b1", "Drone Builders", "Build and fly drones.", "club", 6, 8, "robotics", "en,es"]
            + ["2031-02-01", "Saturdays 10-12"]
        )
        writer.writerow(
            ["b2", "Circuit Night", "Light up a circuit.", "workshop", 5, 9, "robotics", "en"]
            + ["2031-03-01", "Fridays 6-8 pm"]
        )
    return path


def log_in(page, base, email, password):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_a_partner_imports_programs_that_staff_then_publish(live_server, chromium, tmp_path):
    world = build_world()
    for code, name in (("en", "English"), ("es", "Español")):
        Language.objects.get_or_create(code=code, defaults={"endonym": name, "english_name": name})
    world.partner_a.set_password("partner-password")
    world.partner_a.save()
    base = live_server.url

    partner = chromium.new_context().new_page()
    log_in(partner, base, "a@alpha.example", "partner-password")
    partner.goto(f"{base}/admin/import/")
    partner.set_input_files("#import-file", str(spreadsheet(tmp_path / "programs.csv")))
    partner.get_by_role("button", name="Preview").click()

    # The preview says what will happen to each row; nothing is written yet.
    expect(partner.locator("tr[data-action=create]")).to_have_count(2)
    expect(partner.get_by_text("Into Alpha Robotics, as drafts")).to_be_visible()
    assert not ImportedListing.objects.exists()
    partner.get_by_role("button", name="Confirm and import").click()

    # Back on the partner's home: the new programs are drafts of their organization.
    expect(partner.get_by_text("Imported: 2 new, 0 changed, 0 unchanged.")).to_be_visible()
    row = partner.locator("tr[data-listing]", has_text="Drone Builders")
    expect(row).to_contain_text("Draft")
    row.get_by_role("link", name="Drone Builders").click()

    # Submitted for review through the normal editor.
    partner.locator("footer [data-w-dropdown-target=toggle]").click()
    partner.get_by_role("button", name="Submit to Hub staff review").click()
    expect(partner.get_by_text("has been submitted for moderation", exact=False)).to_be_visible()
    drone = ProgramPage.objects.get(title="Drone Builders")
    assert not drone.live and drone.workflow_in_progress

    staff = chromium.new_context().new_page()
    log_in(staff, base, "reviewer@hub.example", "staff-password")
    staff.goto(f"{base}/admin/pages/{drone.pk}/edit/")
    staff.locator("footer [data-w-dropdown-target=toggle]").click()
    staff.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(staff.get_by_text("Page 'Drone Builders' has been updated.")).to_be_visible()

    drone.refresh_from_db()
    assert drone.live
    family = chromium.new_context().new_page()
    response = family.goto(f"{base}{drone.url}")
    assert response.status == 200
    expect(family.get_by_role("heading", name="Drone Builders")).to_be_visible()
    expect(family.get_by_text("Saturdays 10-12")).to_be_visible()
