"""What a shared cache (a school's proxy, a CDN in front of the hub) may keep. The attack: a
response that a cache may store for everyone and that also sets a cookie hands one family's
cookie to every family behind that cache; a response that changes with a request header the
cache is not told about (Vary) serves one family's language to the next; and a picture kept
for a day shows a listing a day after it was taken down.

The rule, checked on every public address family-facing pages lead to, with and without a
language cookie and Accept-Language: a response a shared cache may keep sets no cookie, and
its Vary names every request header its content depends on."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils.cache import cc_delim_re

from hub.directory.models import Interest, ProgramIndexPage, ProgramPage
from hub.sharing.models import SharedList

pytestmark = pytest.mark.django_db

# The variants a cache in front of the hub sees for one address.
COOKIE = {"cookies": {settings.LANGUAGE_COOKIE_NAME: "ar"}}
ACCEPT = {"headers": {"Accept-Language": "vi,en;q=0.5"}}
VARIANTS = {"Cookie": COOKIE, "Accept-Language": ACCEPT}
# Shared caches never keep a response to a request with a cookie and Accept-Language both; a
# response that reads both is told apart by the two variants above.
SHORTEST_PUBLIC_SECONDS = 600


def cache_control(response):
    directives = {}
    for part in cc_delim_re.split(response.get("Cache-Control", "")):
        if part:
            name, _sep, value = part.strip().lower().partition("=")
            directives[name] = value
    return directives


def shared_cache_may_store(response):
    directives = cache_control(response)
    return not ({"private", "no-store"} & set(directives))


def publicly_cacheable(response):
    """A shared cache may serve it again without asking the hub."""
    directives = cache_control(response)
    if not shared_cache_may_store(response) or "no-cache" in directives:
        return False
    return "public" in directives or "max-age" in directives or "s-maxage" in directives


def varies_on(response):
    return {h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()}


def what_a_reader_gets(response):
    """Body and redirect target, without what differs on every request by design (the masked
    CSRF token of a form, the time a calendar file was made)."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    body = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", body)
    body = re.sub(rb"DTSTAMP:[0-9TZ]+", b"", body)
    return response.status_code, response.get("Location"), body


def fetch(path, cookies=None, headers=None):
    client = Client()
    for name, value in (cookies or {}).items():
        client.cookies[name] = value
    return client.get(path, headers=headers or {})


def public_addresses(region):
    program = ProgramPage.objects.live().public().order_by("pk").first()
    index = ProgramIndexPage.objects.live().first()
    interest = Interest.objects.filter(programs__live=True).first() or Interest.objects.first()
    shared = SharedList.objects.create(title="Robotics picks", page_ids=[program.pk])
    path = program.url.removeprefix("/en")
    return [
        "/",
        "/en/",
        f"/en{path}",
        f"/es{path}",
        index.url,
        "/en/find/?grade=7&interests=robotics",
        "/en/privacy/",
        "/en/equity/",
        "/en/offline/",
        f"/l/{shared.code}",
        f"/l/{shared.code}/qr.png",
        f"/en/list/{shared.code}/",
        f"/en/list/?ids={program.pk}",
        f"/en/share/{program.pk}/qr.png",
        f"/es/share/{program.pk}/preview.png",
        f"/en/share/{program.pk}/flyer/",
        f"/en/share/{program.pk}/calendar.ics",
        f"/en/deadlines/{interest.slug}.ics",
        "/api/v1/match?grade=7&interests=robotics",
        "/api/v1/match?grade=99",  # a 400 explained in words
        "/api/hsds/services/",
        "/api/v1/equity/demand.csv",
        "/sitemap.xml",
        "/sw.js",
        "/static/css/hub.css",
    ]


def test_no_shared_cache_can_keep_one_familys_cookie_or_serve_them_the_wrong_language(
    client, region
):
    problems = []
    for path in public_addresses(region):
        plain = fetch(path)
        assert plain.status_code < 500, path
        responses = {"none": plain, **{name: fetch(path, **v) for name, v in VARIANTS.items()}}
        for sent, response in responses.items():
            if publicly_cacheable(response) and response.cookies:
                problems.append(f"{path} ({sent}): public cache and Set-Cookie {response.cookies}")
        reference = what_a_reader_gets(plain)
        for header in VARIANTS:
            response = responses[header]
            if not shared_cache_may_store(response) or not shared_cache_may_store(plain):
                continue
            if what_a_reader_gets(response) != reference and header.lower() not in (
                varies_on(response) & varies_on(plain)
            ):
                problems.append(f"{path}: changes with {header} but Vary: {plain.get('Vary')}")
    assert not problems, "\n".join(problems)


def test_no_stored_answer_holds_a_cookie_a_csrf_token_or_a_signed_in_name(region):
    """Every public address read by a signed-in partner first, then by families: what the page
    cache keeps (hub/caching/pages.py) is only what any family may get."""
    from django.contrib.auth import get_user_model
    from page_cache_entries import stored_pages

    from hub.caching.pages import scopes_of

    user = get_user_model().objects.create_user(
        "ottilie@partner.example",
        "ottilie@partner.example",
        "pw",
        is_staff=True,
        first_name="Ottilie",
        last_name="Wrenfeather",
    )
    partner = Client()
    partner.force_login(user)
    addresses = public_addresses(region)
    for path in addresses:
        if scopes_of(path.split("?")[0]) is not None:  # what the page cache keeps
            assert "public" not in cache_control(partner.get(path)), path
    for path in addresses:
        for variant in ({}, COOKIE, ACCEPT):
            fetch(path, **variant)
    stored = stored_pages()
    assert len(stored) >= 15
    for _key, _status, headers, content in stored:
        assert "set-cookie" not in {name.lower() for name in headers}
        assert b"csrfmiddlewaretoken" not in content and b"csrftoken" not in content
        assert b"Wrenfeather" not in content and b"ottilie@" not in content


def test_a_short_link_read_in_the_cookies_language_says_it_varies_on_the_cookie(client, region):
    """The attack as reported: /l/<code> answers from the cookie, told only Accept-Language."""
    program = ProgramPage.objects.live().first()
    shared = SharedList.objects.create(title="Picks", page_ids=[program.pk])
    response = fetch(f"/l/{shared.code}", **COOKIE)
    assert response["Location"] == f"/ar/list/{shared.code}/"
    assert {"cookie", "accept-language"} <= varies_on(response)


@pytest.mark.parametrize("picture", ["qr.png", "preview.png"])
def test_a_shared_picture_carries_no_cookie_and_leaves_caches_soon_after_unpublishing(
    client, region, picture
):
    program = ProgramPage.objects.live().public().order_by("pk").last()
    path = f"/es/share/{program.pk}/{picture}"
    for variant in ({}, COOKIE, ACCEPT):
        response = fetch(path, **variant)
        assert response.status_code == 200
        assert not response.cookies, response.cookies
        assert "public" in cache_control(response)
        # Once the partner takes the listing down, no cache shows its picture for a day.
        assert int(cache_control(response)["max-age"]) <= SHORTEST_PUBLIC_SECONDS

    program.unpublish()
    gone = fetch(path)
    assert gone.status_code == 404
    assert not publicly_cacheable(gone)


def test_a_draft_listings_pictures_are_not_served_to_anyone_outside_the_admin(client, region):
    draft = ProgramPage.objects.live().order_by("pk").first()
    draft.unpublish()
    for picture in ("qr.png", "preview.png", "flyer/", "calendar.ics"):
        response = fetch(f"/en/share/{draft.pk}/{picture}")
        assert response.status_code == 404, picture
        assert not publicly_cacheable(response)


def test_a_view_that_forgets_still_cannot_send_a_cookie_to_a_shared_cache(rf):
    """The safety net: a response marked public that sets a cookie is made private."""
    from django.http import HttpResponse

    from hub.caching.shared import NoSharedCacheWithCookies

    def careless_view(request):
        response = HttpResponse("hello")
        response["Cache-Control"] = "public, max-age=86400"
        response.set_cookie("something", "personal")
        return response

    response = NoSharedCacheWithCookies(careless_view)(rf.get("/"))
    assert response.cookies["something"].value == "personal"
    assert "public" not in cache_control(response)
    assert "private" in cache_control(response)
    assert not publicly_cacheable(response)
