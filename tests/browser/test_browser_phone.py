"""A family's phone, 360 px wide: a text field with a font under 16 px makes iOS zoom the whole
page in as soon as it is tapped, and a button, a menu link or a chip under 44 px is missed by a
thumb (WCAG 2.5.5). The saved list is one tap away from every page, JavaScript or not."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect
from test_browser_journeys import journey_world

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 740}
MIN_FONT_PX = 16
MIN_TARGET_PX = 44

# What a thumb taps: buttons, form controls, the header's links, summaries that unfold, links
# drawn as buttons, pagination, the ways to share, and the labels around checkboxes and radio
# buttons (chips).
# Links inside running text are not targets of their own (WCAG 2.5.8's inline exception).
TARGETS = """() => {
    const selectors = "button, select, textarea, input:not([type=hidden]):not([type=checkbox])"
        + ":not([type=radio]), .site-header a, a.button, summary, .pagination a, .share-ways a, "
        + "label:has(input[type=checkbox]), label:has(input[type=radio])";
    const seen = (el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
        + (el.className && typeof el.className === "string" ? "." + el.className : "")
        + " '" + (el.textContent || el.value || el.name || "").trim().slice(0, 30) + "'";
    const fields = [...document.querySelectorAll(
        "input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea"
    )].filter(seen);
    return {
        fonts: fields.map((el) => [name(el), parseFloat(getComputedStyle(el).fontSize)]),
        heights: [...document.querySelectorAll(selectors)].filter(seen)
            .map((el) => [name(el), el.getBoundingClientRect().height]),
    };
}"""


def measure(page, url):
    page.goto(url)
    found = page.evaluate(TARGETS)
    assert found["fonts"] and found["heights"], url
    return found


def test_no_zoom_and_no_missed_taps_on_a_360px_phone(live_server, chromium):
    world = journey_world()
    base = live_server.url
    page = chromium.new_context(viewport=PHONE, service_workers="block").new_page()
    small_fonts, small_targets = [], []
    for url in (
        f"{base}/en/find/",
        f"{base}/en/find/?grade=7&interests=robotics",
        f"{base}/en{world.alpha_club.url[3:]}",
    ):
        found = measure(page, url)
        small_fonts += [(url, n, px) for n, px in found["fonts"] if px < MIN_FONT_PX]
        small_targets += [(url, n, h) for n, h in found["heights"] if h < MIN_TARGET_PX - 0.5]
        print(
            f"\n{url}: smallest field font {min(px for _n, px in found['fonts'])} px, "
            f"smallest target {min(h for _n, h in found['heights']):.1f} px "
            f"({len(found['heights'])} targets)"
        )
    for url, what, px in small_fonts + small_targets:
        print(f"too small: {url} {what} {px:.1f} px")
    assert not small_fonts and not small_targets, (small_fonts, small_targets)


def test_my_list_is_in_every_header_without_javascript(live_server, chromium):
    world = journey_world()
    base = live_server.url
    page = chromium.new_context(
        viewport=PHONE, java_script_enabled=False, service_workers="block"
    ).new_page()
    for path in ("/es/", "/es/find/", f"/es{world.alpha_club.url[3:]}"):
        page.goto(base + path)
        link = page.locator(".site-header a[href='/es/list/']")
        expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(f"{base}/es/list/")
    expect(page.locator("main h1")).to_be_visible()
    with translation.override("es"):  # an empty list says, in Spanish, how to fill it
        empty = gettext(
            "No listings on this list yet. Use “Save to my list” on any program to add it."
        )
    expect(page.locator("main")).to_contain_text(empty)


def test_the_header_link_opens_the_saved_list_from_the_home_page(live_server, chromium):
    """Saved on a program page, opened later from the home page's header: the list is there."""
    world = journey_world()
    base = live_server.url
    page = chromium.new_context(viewport=PHONE, service_workers="block").new_page()
    page.goto(f"{base}/en{world.alpha_club.url[3:]}")
    page.locator("[data-save]").click()
    expect(page.locator(".site-header [data-header-list]")).to_contain_text("1")
    page.goto(f"{base}/en/")
    page.locator(".site-header a[href^='/en/list/']").click()
    expect(page.locator("main")).to_contain_text("Alpha Robot Club")
