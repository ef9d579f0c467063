"""A community translator in a real browser (Debian's Chromium driven by Playwright): signs in,
finds a listing in their queue, translates it into Somali, reviews five Somali UI strings;
Hub staff approve; families read the listing in Somali with no "not yet translated" mark and
the community's reviewed share has risen. Along the way the translator tries what the role
must not do: the English, another language, another page's editor, publishing."""

import re

import pytest
from partners_fixtures import PERMISSION_DENIED, build_world
from playwright.sync_api import expect
from test_browser_import import log_in

from hub.translations import catalog
from hub.translations.models import CatalogEntry, TranslationProposal
from hub.translations.translators import ensure_translator

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def family_at(chromium, address):
    """A family's first visit (a page seen within a minute comes from the browser's cache)."""
    page = chromium.new_context().new_page()
    page.goto(address)
    return page


def percent(text):
    """The number of "Soomaali (Somali): 0.5% reviewed by the community"."""
    return float(re.search(r"(\d+(?:[.,]\d+)?)\s?%", text)[1].replace(",", "."))


def reviewed_share(chromium, base):
    page = family_at(chromium, f"{base}/en/languages/")
    return page.locator(".language-shares li", has_text="Soomaali").inner_text()


def test_a_translator_translates_a_listing_and_reviews_ui_strings(live_server, chromium):
    world = build_world()
    translator, _created = ensure_translator("fadumo@liaison.example", ["so"])
    translator.set_password("translator-password")
    translator.save()
    club, camp = world.alpha_club, world.beta_camp
    somali_club = club.url.replace("/en/", "/so/", 1)
    base = live_server.url
    reviewed_before, total = catalog.share("so")

    share_before = reviewed_share(chromium, base)
    family = family_at(chromium, f"{base}{somali_club}")
    expect(family.locator("p.summary + p.untranslated")).to_be_visible()  # in Somali

    page = chromium.new_context().new_page()
    log_in(page, base, "fadumo@liaison.example", "translator-password")
    page.get_by_role("link", name="Translation work").click()
    expect(page.get_by_role("heading", name="Listings that need you")).to_be_visible()
    page.get_by_role("link", name="Alpha Robot Club").click()

    # Only Somali boxes: the English is text to read, not a field.
    expect(page.locator("input[name$=_en], textarea[name$=_en]")).to_have_count(0)
    expect(page.get_by_role("cell", name="Title Alpha Robot Club")).to_be_visible()
    page.get_by_label("Title").fill("Naadiga Robotka Alfa")
    page.get_by_label("Summary").fill("Carruurtu waxay dhisaan robot.")
    expect(page.get_by_role("button", name=re.compile("Publish"))).to_have_count(0)
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_text("was sent for review")).to_be_visible()

    # Five Somali UI strings: one corrected, all five marked reviewed.
    page.get_by_role("link", name=re.compile("strings of the site await your review")).click()
    page.get_by_label("Containing").fill("Back to top")
    page.get_by_role("button", name="Filter").click()
    row = page.locator("tr[data-string]", has_text="Back to top")
    row.locator("input[type=text], textarea").fill("Ku noqo korka bogga")
    row.get_by_label("Reviewed").check()
    page.get_by_role("button", name="Save this page of strings").click()
    expect(page.get_by_text("1 string saved")).to_be_visible()
    page.goto(f"{base}/admin/translations/strings/so/")
    boxes = page.locator("tr[data-string]").get_by_label("Reviewed")
    for index in range(4):
        boxes.nth(index).check()
    page.get_by_role("button", name="Save this page of strings").click()
    expect(page.get_by_text("4 strings saved")).to_be_visible()

    # What the role cannot do. Wagtail's page editor, of this listing (its English) or any
    # other, refuses; so does another language's editor, and the review that publishes.
    for address in (
        f"/admin/pages/{club.pk}/edit/",
        f"/admin/pages/{camp.pk}/edit/",
        f"/admin/translations/work/{club.pk}/es/",
        "/admin/translations/proposals/",
        "/admin/translations/strings/es/",
    ):
        page.goto(f"{base}{address}")
        expect(page.get_by_text(PERMISSION_DENIED)).to_be_visible()
    proposal = TranslationProposal.objects.get(page_id=club.pk)
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"{base}/admin/translations/proposals/{proposal.pk}/",
        form={"decision": "approve"},
        headers={"X-CSRFToken": token, "Referer": f"{base}/admin/"},
    )
    assert PERMISSION_DENIED in response.text()
    proposal.refresh_from_db()
    assert proposal.status == TranslationProposal.Status.WAITING
    family = family_at(chromium, f"{base}{somali_club}")
    expect(family.get_by_role("heading", name="Naadiga Robotka Alfa")).to_have_count(0)

    staff = chromium.new_context().new_page()
    log_in(staff, base, "reviewer@hub.example", "staff-password")
    staff.goto(f"{base}/admin/translations/proposals/")
    staff.get_by_role("button", name="Approve and publish").click()
    expect(staff.get_by_text("is published")).to_be_visible()

    family = family_at(chromium, f"{base}{somali_club}")
    expect(family.get_by_role("heading", name="Naadiga Robotka Alfa")).to_be_visible()
    summary = family.locator("p.summary")
    expect(summary).to_have_text("Carruurtu waxay dhisaan robot.")
    expect(summary.locator("+ p.untranslated")).to_have_count(0)  # translated: no mark
    expect(family.get_by_role("link", name="Ku noqo korka bogga")).to_be_visible()

    assert catalog.share("so") == (reviewed_before + 5, total)
    assert CatalogEntry.objects.filter(language="so", reviewed_by=translator).count() == 5
    share_after = reviewed_share(chromium, base)
    assert percent(share_after) > percent(share_before), (share_before, share_after)
