"""The three journeys of the hub in a real browser (Debian's Chromium driven by Playwright), in
English, Spanish and Arabic, with axe-core's WCAG 2.2 AA rules run on every page visited:

- a family: language → questions → results (each says why it fits) → program → save →
  share → print;
- a partner: log in through the admin's form → edit their program → submit → Hub staff log in
  and approve → the change is live;
- the language switch: the same program page in English, Spanish, then Arabic (right to
  left), and the choice remembered on the next visit."""

import pytest
import wagtail_factories
from chromium import assert_accessible
from partners_fixtures import build_world
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from hub.directory.models import Language
from hub.sharing.models import SharedList

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LANGUAGES = ["en", "es", "ar"]
PARTNER_PASSWORD = "partner-password"

# Wagtail's own admin markup the hub cannot change, allowed by rule and exact element:
WAGTAIL_ADMIN = [
    # wagtailadmin/shared/side_panels.html: the editor's minimap list scrolls, but its links
    # are taken out of the tab order (tabindex=-1) while the minimap is collapsed.
    ("scrollable-region-focusable", ".w-minimap__list"),
]


def journey_world():
    """The partner world (tests/partners_fixtures.py) with what a family's search needs: the
    hub's languages, a translated interest, and Alpha's club free, taught in all three, with
    a photo."""
    world = build_world()
    for code, endonym, direction in (
        ("en", "English", "ltr"),
        ("es", "Español", "ltr"),
        ("ar", "العربية", "rtl"),
    ):
        Language.objects.get_or_create(
            code=code, defaults={"endonym": endonym, "english_name": code, "direction": direction}
        )
    world.interest.name_es = "Robótica"
    world.interest.name_ar = "الروبوتات"
    world.interest.save()
    club = world.alpha_club
    club.interests.set([world.interest])
    club.delivery_languages.set(Language.objects.filter(code__in=LANGUAGES))
    club.cost_type = club.CostType.FREE
    club.image = wagtail_factories.ImageFactory(title="Children building a robot")
    club.save_revision().publish()  # the publish signal puts it in the matcher's index
    world.partner_a.set_password(PARTNER_PASSWORD)
    world.partner_a.save()
    return world


def switch_language(page, code):
    page.locator(f"nav.languages a[lang='{code}']").click()
    expect(page.locator("html")).to_have_attribute("lang", code)


@pytest.mark.parametrize("language", LANGUAGES)
def test_family_finds_saves_shares_and_prints_a_program(live_server, chromium, language):
    world = journey_world()
    club = world.alpha_club
    base = live_server.url
    page = chromium.new_context(locale="en-US").new_page()

    page.goto(f"{base}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert_accessible(page)
    if language != "en":
        switch_language(page, language)
        assert_accessible(page)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")

    # The questions: grade, interests, language, and the choices behind "More choices".
    page.locator(f"main a[href='/{language}/find/']").click()
    assert_accessible(page)
    page.select_option("#f-grade", "7")
    page.locator("input[name=interests][value=robotics]").check()
    page.select_option("#f-language", language)
    page.locator("details.more > summary").click()
    page.locator("input[name=free]").check()
    assert_accessible(page)
    page.locator("form.find button[type=submit]").click()

    result = page.locator(f"article.result[data-id='{club.pk}']")
    expect(result).to_be_visible()
    expect(result.locator(".why li").first).to_be_visible()  # why it fits, in words
    expect(result.locator(".why li[data-reason]")).not_to_have_count(0)
    assert_accessible(page)

    result.get_by_role("link").click()
    expect(page).to_have_url(f"{base}/{language}{club.url[3:]}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Alpha Robot Club")
    assert_accessible(page)

    save = page.locator(f"[data-save='{club.pk}']")
    save.click()
    expect(save).to_have_attribute("aria-pressed", "true")
    my_list = page.locator("[data-my-list]")
    expect(my_list).to_be_visible()
    assert_accessible(page)

    # Printing the program page keeps what a family needs and drops the navigation.
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".facts")).to_be_visible()
    for hidden in (".site-header", ".site-footer", ".share", ".report-link"):
        expect(page.locator(hidden)).to_be_hidden()
    page.emulate_media(media="screen")

    my_list.click()
    expect(page.locator(".list-items > li")).to_have_count(1)
    assert_accessible(page)
    page.fill("#list-title", "Robots")
    page.locator("form.share button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Robots")
    shared = SharedList.objects.get()
    assert shared.page_ids == [club.pk]
    expect(page.locator("#share-address")).to_have_value(f"{base}/l/{shared.code}")
    qr = page.locator(".scan img")
    expect(qr).to_have_js_property("complete", True)
    assert qr.evaluate("img => img.naturalWidth") > 0  # the QR code is drawn, not broken
    assert_accessible(page)

    # The printable flyer from the program page: one sheet, the QR code, no screen controls.
    page.goto(f"{base}/{language}{club.url[3:]}")
    page.locator(".share-ways a[href*='/flyer/']").click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text("Alpha Robot Club")
    assert_accessible(page)
    page.emulate_media(media="print")
    # Every part meant for the screen (the way back, the directions links) is left off paper.
    expect(page.locator(".screen-only")).to_have_count(2)
    for part in page.locator(".screen-only").all():
        expect(part).to_be_hidden()
    expect(page.locator(".scan img")).to_be_visible()
    expect(page.locator(".facts")).to_be_visible()


def log_in(page, base, email, password):
    """Through the admin's own login form, the way a person does."""
    page.goto(f"{base}/admin/")
    expect(page.locator("input[name=password]")).to_be_visible()
    assert_accessible(page)
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", password)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(f"{base}/admin/")
    assert_accessible(page, allowed=WAGTAIL_ADMIN)


def open_footer_actions(page):
    page.locator("footer [data-w-dropdown-target=toggle]").click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_edit_goes_live_after_staff_approve(live_server, chromium, language):
    world = journey_world()
    club = world.alpha_club
    for user in (world.partner_a, world.staff):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language  # each works in the admin in this language
        profile.save()
    base = live_server.url
    new_summary = {
        "en": "Now with drones, Saturdays too",
        "es": "Ahora con drones, también los sábados",
        "ar": "الآن مع الطائرات المسيّرة، أيام السبت أيضًا",
    }[language]

    partner = chromium.new_context().new_page()
    log_in(partner, base, "a@alpha.example", PARTNER_PASSWORD)
    expect(partner.locator("html")).to_have_attribute("lang", language)
    partner.goto(f"{base}/admin/pages/{club.pk}/edit/")
    if language != "en":  # the editor shows the English fields until asked for another
        partner.locator("button.locale-toggle", has_text=language).click()
    partner.fill(f"#id_summary_{language}", new_summary)
    assert_accessible(partner, allowed=WAGTAIL_ADMIN)
    open_footer_actions(partner)
    partner.locator("button[name=action-submit]").click()
    expect(partner.locator(".messages .success")).to_be_visible()
    assert_accessible(partner, allowed=WAGTAIL_ADMIN)

    public = chromium.new_context().new_page()
    public.goto(f"{base}/{language}{club.url[3:]}")
    expect(public.locator(".summary")).not_to_contain_text(new_summary)  # waits for review

    staff = chromium.new_context().new_page()
    log_in(staff, base, "reviewer@hub.example", "staff-password")
    expect(staff.locator(f"a[href='/admin/pages/{club.pk}/edit/']").first).to_be_visible()
    staff.goto(f"{base}/admin/pages/{club.pk}/edit/")
    assert_accessible(staff, allowed=WAGTAIL_ADMIN)
    open_footer_actions(staff)
    # "Approve and publish", not "Approve with comment" (which opens a dialog first).
    staff.locator(
        "footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    ).click()
    expect(staff.locator(".messages .success")).to_be_visible()
    assert_accessible(staff, allowed=WAGTAIL_ADMIN)

    public.reload()
    expect(public.locator(".summary")).to_contain_text(new_summary)
    assert_accessible(public)


def test_language_switch_keeps_the_page_and_is_remembered(live_server, chromium):
    world = journey_world()
    path = world.alpha_club.url[3:]  # without the /en prefix
    base = live_server.url
    page = chromium.new_context(locale="en-US").new_page()

    page.goto(f"{base}/en{path}")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Alpha Robot Club")
    assert_accessible(page)
    for code, direction in (("es", "ltr"), ("ar", "rtl")):
        switch_language(page, code)
        expect(page).to_have_url(f"{base}/{code}{path}")
        expect(page.locator("html")).to_have_attribute("dir", direction)
        expect(heading).to_have_text("Alpha Robot Club")
        expect(page.locator(f"nav.languages a[lang='{code}']")).to_have_attribute(
            "aria-current", "true"
        )
        assert_accessible(page)

    # Next visit to the bare address: Arabic again, although the browser asks for English.
    page.goto(f"{base}/")
    expect(page).to_have_url(f"{base}/ar/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
