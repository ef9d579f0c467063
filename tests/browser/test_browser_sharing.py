"""A family saves programs in a real browser (kept in the browser only), opens their list and
shares it; the short link opens the same list."""

import pytest
from partners_fixtures import build_world
from playwright.sync_api import expect

from hub.sharing.models import SharedList

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

KEPT_WITHIN_5_SECONDS = """async (url) => {
    for (let tries = 0; tries < 50; tries++) {
        if (await caches.match(url, {ignoreVary: true})) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
}"""


def test_a_family_saves_programs_and_shares_the_list(live_server, chromium):
    world = build_world()
    base = live_server.url
    phone = chromium.new_context(locale="es-ES").new_page()

    for program in (world.alpha_club, world.beta_camp):
        phone.goto(f"{base}/es{program.url[3:]}")
        save = phone.locator(f"[data-save='{program.pk}']")
        save.click()
        expect(save).to_have_attribute("aria-pressed", "true")
    my_list = phone.locator("[data-my-list]")
    expect(my_list).to_contain_text("(2)")
    assert not SharedList.objects.exists()  # saving stores nothing on the hub

    my_list.click()
    expect(phone.locator(".list-items > li")).to_have_count(2)
    phone.fill("#list-title", "Robótica para 8.º grado")
    phone.locator("form.share button[type=submit]").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Robótica para 8.º grado")
    short = phone.locator("#share-address").input_value()
    shared = SharedList.objects.get()
    assert short == f"{base}/l/{shared.code}"
    assert shared.page_ids == [world.alpha_club.pk, world.beta_camp.pk]

    # Someone else opens the short link in their own language.
    reader = chromium.new_context(locale="ar").new_page()
    reader.goto(short)
    assert reader.url == f"{base}/ar/list/{shared.code}/"
    expect(reader.locator("html")).to_have_attribute("dir", "rtl")
    expect(reader.locator(".list-items > li")).to_have_count(2)


def test_pages_already_seen_work_offline(live_server, chromium):
    world = build_world()
    base = live_server.url
    context = chromium.new_context(locale="es-ES")
    phone = context.new_page()
    phone.goto(f"{base}/es{world.alpha_club.url[3:]}")
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    phone.goto(f"{base}/es{world.beta_camp.url[3:]}")  # seen while the worker keeps pages
    phone.goto(f"{base}/es{world.alpha_club.url[3:]}")

    context.set_offline(True)
    phone.goto(f"{base}/es{world.beta_camp.url[3:]}")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Beta Code Camp")
    phone.goto(f"{base}/es{world.pathway.url[3:]}")  # never opened: the offline page
    expect(phone.locator("html")).to_have_attribute("lang", "es")
    assert phone.url.endswith(world.pathway.url[3:])
    expect(phone.locator("h1")).not_to_have_text("Pathway to Robotics")


def test_the_saved_list_opens_without_a_connection(live_server, chromium):
    world = build_world()
    base = live_server.url
    context = chromium.new_context(locale="es-ES")
    phone = context.new_page()
    phone.goto(f"{base}/es{world.alpha_club.url[3:]}")
    # A function, not a string: the page's CSP forbids eval, which a string predicate needs.
    phone.wait_for_function("() => navigator.serviceWorker.controller !== null")
    for program in (world.alpha_club, world.beta_camp):
        phone.goto(f"{base}/es{program.url[3:]}")
        phone.locator(f"[data-save='{program.pk}']").click()
    my_list = phone.locator("[data-my-list]")
    list_address = my_list.evaluate("link => link.href")
    assert list_address.endswith(f"/es/list/?ids={world.alpha_club.pk},{world.beta_camp.pk}")
    # The list was never opened; the worker keeps it in the background once asked.
    assert phone.evaluate(KEPT_WITHIN_5_SECONDS, list_address)

    context.set_offline(True)
    my_list.click()
    expect(phone.locator(".list-items > li")).to_have_count(2)
    expect(phone.locator(".list-items")).to_contain_text("Beta Code Camp")

    # From the offline page of a page never opened, the list is one tap away.
    phone.goto(f"{base}/es{world.pathway.url[3:]}")
    expect(phone.locator("h1")).not_to_have_text("Pathway to Robotics")
    phone.locator("main [data-my-list]").click()
    expect(phone.locator(".list-items > li")).to_have_count(2)


def test_switching_language_offline_opens_the_kept_page(live_server, chromium):
    """The switcher's links go through /i18n/choose/ (which remembers the choice); without a
    connection they still open the page in the other language if it was seen before."""
    world = build_world()
    base = live_server.url
    context = chromium.new_context(locale="es-ES")
    phone = context.new_page()
    phone.goto(f"{base}/es{world.alpha_club.url[3:]}")
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    phone.goto(f"{base}/en{world.alpha_club.url[3:]}")  # kept by the worker
    phone.goto(f"{base}/es{world.alpha_club.url[3:]}")

    context.set_offline(True)
    phone.locator("nav.languages a[lang='en']").click()
    expect(phone.locator("html")).to_have_attribute("lang", "en")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Alpha Robot Club")
