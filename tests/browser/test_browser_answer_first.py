"""Issue 16, item 1 on a 360 × 740 phone: after "Show programs" the first result is on the
first screen (it was ~3,000 px down, under the same long form), with or without JavaScript,
and the page stays accessible."""

import pytest
from chromium import assert_accessible
from playwright.sync_api import expect
from test_browser_journeys import journey_world

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_after_show_programs_the_first_result_is_on_the_first_screen(
    live_server,
    chromium,
    javascript,
):
    world = journey_world()
    context = chromium.new_context(locale="en-US", viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/find/")
    page.select_option("#f-grade", "7")
    page.locator("input[name=interests][value=robotics]").check()
    page.fill("#f-zip", "95814")
    page.locator("form.find button[type=submit]").click()

    first = page.locator("article.result").first
    expect(first).to_have_attribute("data-id", str(world.alpha_club.pk))
    page.wait_for_load_state("load")
    box = first.bounding_box()
    assert box["y"] < PHONE["height"], f"first result {box['y']:.0f} px down"
    assert page.url.endswith("#results")
    summary = page.locator("details.your-question > summary")
    expect(summary).to_contain_text("Grade 7")
    expect(summary).to_contain_text("near 95814")
    expect(page.locator("#f-grade")).to_be_hidden()  # folded; the line unfolds it
    summary.click()
    expect(page.locator("#f-grade")).to_have_value("7")
    if javascript:  # axe runs as a script in the page
        assert_accessible(page)


def test_words_understood_and_not_are_said_and_the_first_result_stays_on_the_first_screen(
    live_server,
    chromium,
):
    journey_world()
    context = chromium.new_context(locale="en-US", viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/find/")
    page.select_option("#f-grade", "7")
    page.fill("#f-q", "robotics free after school zqxwv")
    page.locator("form.find button[type=submit]").click()

    understood = page.locator(".understood .terms li")
    expect(understood).to_have_count(3)
    expect(understood.first).to_contain_text("Robotics")
    expect(page.locator(".understood .unrecognised")).to_contain_text("zqxwv")
    page.wait_for_load_state("load")
    box = page.locator("article.result").first.bounding_box()
    assert box["y"] < PHONE["height"], f"first result {box['y']:.0f} px down"
    remove = page.locator(".understood .remove").first.bounding_box()
    assert remove["height"] >= 44 and remove["width"] >= 44  # a finger's target
    assert_accessible(page)
    # Removing "Robotics" asks again with the other words kept.
    page.locator(".understood .remove").first.click()
    expect(page.locator("#f-q")).to_have_value("free after school zqxwv")
