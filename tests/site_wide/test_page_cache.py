"""The page cache (hub/caching/pages.py) as families, partners and a proxy in front meet it:
a second family asking the same address gets the stored copy, marked for shared caches; nothing
stored ever carries a cookie, a CSRF token or a signed-in user's name; every change that shows
is on the very next request; every answer served from the cache is still counted; a CDN in front
is told what to drop (through wagtail.contrib.frontend_cache, to a recording backend). A counter
batch changes nothing published (a month's searches are published once it has ended), and the
equity page of a new month is made afresh, never last month's copy."""

import datetime
import re

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import Client, override_settings
from page_cache_entries import stored_pages
from purge_recorder import PURGED_URLS
from travel import travel_to
from wagtail.models import PageViewRestriction

from hub.caching.pages import AnonymousPageCache
from hub.counters import recording
from hub.directory.models import Interest, ProgramPage
from hub.equity.figures import month_start, take_snapshot
from hub.equity.models import PopulationGroup

pytestmark = pytest.mark.django_db

NAME = "Zebulon Quickfoot"  # a partner's name, to look for where it must never be


def directives(response):
    return {
        part.strip().split("=")[0]: part.strip().partition("=")[2]
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }


def fresh(page):
    """The page as the database has it now (the module's world objects are shared by tests)."""
    return type(page).objects.get(pk=page.pk)


def test_a_second_family_gets_the_stored_copy_marked_for_shared_caches(world):
    url = world.alpha_club.url
    first = Client().get(url)
    second = Client().get(url)
    assert first.status_code == second.status_code == 200
    assert (first["X-Hub-Cache"], second["X-Hub-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    for response in (first, second):
        found = directives(response)
        assert "public" in found
        assert int(found["s-maxage"]) > 0 and int(found["stale-while-revalidate"]) > 0
        assert not response.cookies
        # The address carries the language: one copy for every family, whatever they send.
        assert "cookie" not in response.get("Vary", "").lower()
        assert "accept-language" not in response.get("Vary", "").lower()


@pytest.mark.parametrize("path", ["/api/v1/match?grade=7", "/api/hsds/services/"])
def test_api_answers_are_one_copy_for_everyone_in_the_language_asked(world, path):
    plain = Client().get(path)
    other = Client(headers={"Accept-Language": "es"})
    other.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
    browser = other.get(path)
    assert browser["X-Hub-Cache"] == "hit" and browser.content == plain.content
    assert plain["Content-Language"] == "en"
    assert not {"cookie", "accept-language"} & {
        header.strip().lower() for header in plain.get("Vary", "").split(",")
    }
    assert "public" in directives(plain)


def test_only_the_addresses_without_a_language_vary_on_it(world):
    root = Client().get("/")
    assert root.status_code == 302
    assert {"accept-language", "cookie"} <= {
        header.strip().lower() for header in root["Vary"].split(",")
    }
    assert "X-Hub-Cache" not in root and "public" not in directives(root)


def test_nothing_stored_carries_a_cookie_a_csrf_token_or_a_signed_in_name(world):
    world.partner_a.first_name, world.partner_a.last_name = NAME.split()
    world.partner_a.save()
    partner = Client()
    partner.force_login(world.partner_a)
    pages = [world.alpha_club.url, world.beta_camp.url, world.home.url, world.pathway.url]
    report_form = f"/en/report/{world.alpha_club.pk}/"

    for url in pages:
        signed_in = partner.get(url)
        assert signed_in.status_code == 200
        assert "X-Hub-Cache" not in signed_in  # neither read from nor written to the cache
        assert "private" in directives(signed_in) and "public" not in directives(signed_in)
    for url in [*pages, report_form, "/api/v1/match?grade=7"]:
        Client().get(url)
        Client().get(url)

    # The problem form: a CSRF token of the visitor's own, so never stored nor shared.
    form = Client().get(report_form)
    assert form.status_code == 200 and "csrfmiddlewaretoken" in form.content.decode()
    assert "X-Hub-Cache" not in form and "public" not in directives(form)

    stored = stored_pages()
    assert len(stored) >= len(pages) + 1
    for key, status, headers, content in stored:
        assert status in (200, 301), key
        assert not any(name.lower() == "set-cookie" for name in headers), key
        text = content.decode()
        assert "csrfmiddlewaretoken" not in text and "csrftoken" not in text, key
        assert NAME.split()[0] not in text and NAME.split()[1] not in text, key
        assert world.partner_a.email not in text, key
    anonymous = Client().get(world.alpha_club.url)
    assert anonymous["X-Hub-Cache"] == "hit"
    assert NAME.split()[1] not in anonymous.content.decode()


def test_a_response_that_sets_a_cookie_is_neither_stored_nor_public(rf):
    def view_setting_a_cookie(request):
        response = HttpResponse("hello")
        response.set_cookie("something", "personal")
        return response

    middleware = AnonymousPageCache(view_setting_a_cookie)
    before = stored_pages()
    for _attempt in range(2):
        request = rf.get("/en/anything/")
        assert middleware.process_view(request, view_setting_a_cookie, (), {}) is None
        response = middleware(request)
        assert response.cookies["something"].value == "personal"
        assert "public" not in directives(response)
        assert "X-Hub-Cache" not in response
    assert stored_pages() == before


def test_every_change_that_shows_is_on_the_very_next_request(world):
    program = fresh(world.alpha_club)
    url = program.url
    family = Client()
    assert family.get(url)["X-Hub-Cache"] == "miss"
    assert family.get(url)["X-Hub-Cache"] == "hit"

    # Publish: the new title at once.
    program.title = "Alpha Robotics Club, now on Saturdays"
    program.save_revision().publish()
    renamed = family.get(url)
    assert "now on Saturdays" in renamed.content.decode()
    assert renamed["X-Hub-Cache"] == "miss"

    # A snippet it shows: the interest's new name.
    assert family.get(url)["X-Hub-Cache"] == "hit"
    Interest.objects.filter(pk=world.interest.pk).update(name="Robots")  # no signal: no change
    assert family.get(url)["X-Hub-Cache"] == "hit"
    interest = Interest.objects.get(pk=world.interest.pk)
    interest.name = "Robotics and drones"
    interest.save()
    assert family.get(url)["X-Hub-Cache"] == "miss"

    # Moved under another organization: the old address leads to the new one at once.
    program.move(world.beta, pos="last-child")
    moved = ProgramPage.objects.get(pk=program.pk)
    old = family.get(url)
    assert (old.status_code, old["Location"]) == (301, moved.url)
    assert family.get(moved.url).status_code == 200

    # A view restriction: the page leaves the public at once.
    PageViewRestriction.objects.create(
        page=moved, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    restricted = family.get(moved.url)
    assert restricted.status_code == 200 and 'type="password"' in restricted.content.decode()
    assert "X-Hub-Cache" not in restricted and "public" not in directives(restricted)
    PageViewRestriction.objects.get(page=moved).delete()

    # Unpublished, then deleted: gone on the next request.
    assert family.get(moved.url).status_code == 200
    moved.unpublish()
    assert family.get(moved.url).status_code == 404
    moved.save_revision().publish()
    assert family.get(moved.url).status_code == 200
    moved.delete()
    assert family.get(moved.url).status_code == 404


def test_a_verification_shows_on_the_next_request(world):
    from hub.verification.signals import listing_verified

    program = fresh(world.beta_camp)
    family = Client()
    family.get(program.url)
    assert family.get(program.url)["X-Hub-Cache"] == "hit"
    listing_verified.send(type(program), instance=program)
    assert family.get(program.url)["X-Hub-Cache"] == "miss"


def test_a_counter_batch_renews_nothing_and_a_new_month_renews_the_equity_figures(
    world, monkeypatch
):
    family = Client()
    for url in ("/en/equity/", world.alpha_club.url):
        family.get(url)
        assert family.get(url)["X-Hub-Cache"] == "hit"
    family.get("/api/v1/match?grade=7")  # something to count
    recording.flush()
    # This month's searches are not published: the batch changes nothing a reader sees.
    assert family.get("/en/equity/")["X-Hub-Cache"] == "hit"
    assert family.get(world.alpha_club.url)["X-Hub-Cache"] == "hit"
    # The month turns: the equity page says another month, made afresh; a program is not.
    travel_to(monkeypatch, month_start().replace(day=28) + datetime.timedelta(days=4))
    assert family.get("/en/equity/")["X-Hub-Cache"] == "miss"
    assert family.get(world.alpha_club.url)["X-Hub-Cache"] == "hit"


@pytest.fixture
def cdn():
    PURGED_URLS.clear()
    backends = {"cdn": {"BACKEND": "purge_recorder.RecordingBackend"}}
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        yield PURGED_URLS
    PURGED_URLS.clear()


def paths(urls):
    return {re.sub(r"^https?://[^/]+", "", url) for url in urls}


def test_a_publish_purges_the_page_in_every_language_and_what_lists_it(
    world, cdn, django_capture_on_commit_callbacks
):
    program = fresh(world.alpha_club)
    with django_capture_on_commit_callbacks(execute=True):
        program.save_revision().publish()
    purged = paths(cdn)
    relative = program.url.removeprefix("/en")
    for code, _name in settings.LANGUAGES:
        assert f"/{code}{relative}" in purged  # the page, in every language
        assert f"/{code}/" in purged and f"/{code}/find/" in purged
        assert f"/{code}/share/{program.pk}/qr.png" in purged
    assert world.alpha.url in purged  # the organization lists it
    assert "/api/hsds/services/" in purged and "/sitemap.xml" in purged
    assert world.beta_camp.url not in purged  # another organization's program: untouched


def test_a_move_purges_the_old_address_too(world, cdn, django_capture_on_commit_callbacks):
    program = fresh(world.alpha_club)
    old = program.url
    with django_capture_on_commit_callbacks(execute=True):
        program.move(world.beta, pos="last-child")
    purged = paths(cdn)
    assert old in purged and old.replace("/en/", "/ar/") in purged
    assert ProgramPage.objects.get(pk=program.pk).url in purged


def test_a_snippet_change_purges_the_pages_that_show_it(
    world, cdn, django_capture_on_commit_callbacks
):
    location = type(world.location).objects.get(pk=world.location.pk)
    with django_capture_on_commit_callbacks(execute=True):
        location.name = "Central Library, east wing"
        location.save()
    purged = paths(cdn)
    assert world.alpha_club.url in purged  # its session meets there
    assert "/en/find/" in purged


def test_a_counter_batch_purges_nothing_and_a_month_kept_purges_the_equity_figures(
    world, cdn, django_capture_on_commit_callbacks
):
    Client().get("/api/v1/match?grade=7")
    with django_capture_on_commit_callbacks(execute=True):
        recording.flush()
    assert not cdn, "a counter batch changes nothing published"
    last_month = month_start(month_start() - datetime.timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        take_snapshot(last_month)  # the monthly command, on the 1st
    purged = paths(cdn)
    assert "/en/equity/" in purged and "/so/equity/" in purged
    assert "/api/v1/equity/demand.csv" in purged
    assert world.alpha_club.url not in purged


def test_without_a_cdn_configured_nothing_is_sent(world, django_capture_on_commit_callbacks):
    PURGED_URLS.clear()
    with django_capture_on_commit_callbacks(execute=True):
        fresh(world.alpha_club).save_revision().publish()
    assert not PURGED_URLS


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "hub.caching.redis.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
)
def test_with_the_shared_cache_down_families_are_still_answered(world, caplog):
    for path in (world.alpha_club.url, "/api/v1/match?grade=7", "/en/find/?grade=7"):
        for _attempt in range(2):
            response = Client().get(path)
            assert response.status_code == 200, path
            assert response.get("X-Hub-Cache") in (None, "miss")


def test_with_the_shared_cache_down_no_process_keeps_what_it_remembered(world):
    """Per-process memos key on the shared version: while Redis cannot be reached every request
    gets a version of its own, so a publish during the outage is never hidden by a memo."""
    from hub.caching import versions

    down = {
        "default": {
            "BACKEND": "hub.caching.redis.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(CACHES=down):
        assert versions.current("content") != versions.current("content")
        with versions.request_versions():  # one request: one version throughout
            assert versions.current("content") == versions.current("content")


def test_the_equity_figures_are_made_afresh_after_a_change_never_served_from_before(
    world, monkeypatch
):
    family = Client()
    first = family.get("/en/equity/")
    assert first["X-Hub-Cache"] == "miss"
    family.get("/api/v1/match?grade=7")
    recording.flush()  # changes nothing published
    assert family.get("/en/equity/").content == first.content

    # Population shares and a change of content: made afresh at once, by the next request.
    group = PopulationGroup.objects.create(category="gender", name="Girls", share=50)
    assert family.get("/en/equity/")["X-Hub-Cache"] == "miss"
    group.share = 49
    group.save()
    assert family.get("/en/equity/")["X-Hub-Cache"] == "miss"
    program = fresh(world.alpha_club)
    program.title = "Alpha Robot Club (new name)"
    program.save_revision().publish()
    assert family.get("/en/equity/")["X-Hub-Cache"] == "miss"

    # The first of the next month: that month's page, not this month's stored copy.
    this_month = family.get("/en/equity/")
    assert this_month["X-Hub-Cache"] == "hit"
    travel_to(monkeypatch, month_start().replace(day=28) + datetime.timedelta(days=4))
    next_month = family.get("/en/equity/")
    assert next_month["X-Hub-Cache"] == "miss"
    assert next_month.content != this_month.content
    assert family.get("/en/equity/")["X-Hub-Cache"] == "hit"
