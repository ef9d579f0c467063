"""The family journey with the keyboard only (no clicks after opening the home page): every
element that takes focus shows it and is on screen, the skip link works, and forms that cannot
be used as sent say so in an error summary that takes focus and links to the fields."""

import pytest
from chromium import assert_accessible
from playwright.sync_api import expect
from test_browser_journeys import journey_world

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FOCUSED = """(selector) => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        element: element.outerHTML.slice(0, 120),
        ring: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
            || style.boxShadow !== "none",
        on_screen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
            && box.right > 0 && box.left < innerWidth,
        wanted: element.matches(selector),
    };
}"""


def press(page, key, until, limit=80):
    """Press `key` until the focused element matches the CSS selector `until`, checking at
    each stop that focus is visible (an outline or a shadow) and on screen."""
    for _ in range(limit):
        page.keyboard.press(key)
        focused = page.evaluate(FOCUSED, until)
        assert focused["ring"], f"no visible focus on {focused['element']}"
        assert focused["on_screen"], f"focus off screen on {focused['element']}"
        if focused["wanted"]:
            return
    raise AssertionError(f"{key} never reached {until}")


def test_a_family_reaches_a_saved_program_with_the_keyboard_only(live_server, chromium):
    world = journey_world()
    club = world.alpha_club
    base = live_server.url
    page = chromium.new_context(locale="en-US").new_page()
    page.goto(f"{base}/en/")

    press(page, "Tab", "a.skip", limit=1)  # the first stop skips the header
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    press(page, "Tab", "main a[href='/en/find/']", limit=3)  # straight into the content
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/en/find/")

    press(page, "Tab", "#f-grade")
    for _ in range(12):  # a closed select steps through its options with the arrows
        if page.locator("#f-grade").input_value() == "7":
            break
        page.keyboard.press("ArrowDown")
    expect(page.locator("#f-grade")).to_have_value("7")
    press(page, "Tab", "input[name=interests][value=robotics]")
    page.keyboard.press("Space")
    expect(page.locator("input[name=interests][value=robotics]")).to_be_checked()
    press(page, "Tab", "details.more > summary")
    page.keyboard.press("Enter")  # "More choices" opens from the keyboard
    press(page, "Tab", "input[name=free]", limit=2)
    page.keyboard.press("Space")
    press(page, "Tab", "form.find button[type=submit]")
    page.keyboard.press("Enter")

    result_link = f"article.result[data-id='{club.pk}'] h3 a"
    expect(page.locator(result_link)).to_be_visible()
    press(page, "Tab", result_link)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Alpha Robot Club")

    save = f"[data-save='{club.pk}']"
    press(page, "Tab", save)
    page.keyboard.press("Space")
    expect(page.locator(save)).to_have_attribute("aria-pressed", "true")
    press(page, "Shift+Tab", ":not([data-save])", limit=1)  # back, and forward again
    press(page, "Tab", save, limit=1)
    press(page, "Tab", "[data-my-list]", limit=1)
    page.keyboard.press("Enter")
    expect(page.locator(".list-items > li")).to_have_count(1)
    expect(page.locator(".list-items")).to_contain_text("Alpha Robot Club")


def test_the_find_form_summarises_an_error_and_points_at_the_field(live_server, chromium):
    journey_world()
    base = live_server.url
    page = chromium.new_context(locale="en-US").new_page()
    page.goto(f"{base}/en/find/")

    press(page, "Tab", "#f-zip")
    page.keyboard.type("Atlantis")
    page.keyboard.press("Enter")

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()  # read first, before the form
    expect(summary.get_by_role("heading")).to_be_visible()
    zip_field = page.locator("#f-zip")
    expect(zip_field).to_have_value("Atlantis")  # kept as typed, to correct
    expect(zip_field).to_have_attribute("aria-invalid", "true")
    expect(zip_field).to_have_accessible_description(
        "We do not know the place Atlantis. Try a 5-digit ZIP code or a neighbourhood such as "
        "Oak Park."
    )
    assert_accessible(page)

    press(page, "Tab", ".error-summary a[href='#f-zip']", limit=1)
    page.keyboard.press("Enter")
    expect(zip_field).to_be_focused()


def test_the_problem_report_form_summarises_errors(live_server, chromium):
    world = journey_world()
    base = live_server.url
    page = chromium.new_context(locale="en-US").new_page()
    page.goto(f"{base}/en/report/{world.alpha_club.pk}/")
    for field in page.locator("form.report input:not([type=hidden]), form.report textarea").all():
        if field.get_attribute("name") != "website":  # the bots' trap, hidden from people
            expect(field).not_to_have_accessible_name("")
    assert_accessible(page)

    press(page, "Tab", "form.report button[type=submit]")
    page.keyboard.press("Enter")  # nothing chosen
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_text("Please choose what is wrong.")
    expect(page.locator("form.report fieldset")).to_have_accessible_description(
        "Please choose what is wrong."
    )
    assert_accessible(page)
    press(page, "Tab", ".error-summary a", limit=1)
    page.keyboard.press("Enter")
    expect(page.locator("input[name=kind]").first).to_be_focused()

    # "Something else" needs a few words.
    page.locator("input[name=kind][value=other]").check()
    page.locator("form.report button[type=submit]").click()
    details = page.locator("#id_details")
    expect(page.locator(".error-summary a[href='#id_details']")).to_be_visible()
    expect(details).to_have_attribute("aria-invalid", "true")
    expect(details).to_have_accessible_description("Please say what is wrong.")
    assert_accessible(page)
