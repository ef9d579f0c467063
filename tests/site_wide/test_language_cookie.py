"""The privacy page promises that reading and searching put no cookie in a family's browser; the
language cookie is set only when the family picks a language in the switcher, and then holds
only the language code, for a year. The attack: a one-year cookie on every page, which marks
every visitor's browser whether they chose anything or not."""

import re
from html import unescape

import pytest
from django.conf import settings
from django.test import Client

from hub.directory.models import ProgramPage
from hub.sharing.models import SharedList

pytestmark = pytest.mark.django_db
COOKIE = settings.LANGUAGE_COOKIE_NAME


def switcher_link(html, code):
    nav = html[html.index('<nav class="languages"') :]
    nav = nav[: nav.index("</nav>")]
    return unescape(re.search(rf'<a href="([^"]+)"[^>]* lang="{code}"', nav).group(1))


def test_reading_and_searching_by_address_leaves_no_cookie_in_the_browser(client, region):
    program = ProgramPage.objects.live().first()
    path = program.url.removeprefix("/en")
    for address in (
        "/es/",
        f"/ar{path}",
        "/vi/find/?grade=7&interests=robotics",
        f"/so/share/{program.pk}/flyer/",
        f"/es/share/{program.pk}/preview.png",
        "/uk/privacy/",
        "/api/v1/match?grade=7",
    ):
        response = client.get(address, headers={"Accept-Language": "ko"})
        assert response.status_code == 200, address
        assert not response.cookies, (address, response.cookies)
    assert not client.cookies


def test_picking_a_language_in_the_switcher_is_remembered_for_the_bare_address_and_short_links(
    region,
):
    program = ProgramPage.objects.live().first()
    shared = SharedList.objects.create(title="Picks", page_ids=[program.pk])
    family = Client()
    html = family.get(program.url, headers={"Accept-Language": "vi"}).content.decode()
    chosen = family.get(switcher_link(html, "ar"))
    # The family lands on the same page in Arabic...
    assert chosen.status_code == 302
    assert chosen["Location"] == "/ar" + program.url.removeprefix("/en")
    assert '<html lang="ar" dir="rtl">' in family.get(chosen["Location"]).content.decode()
    # ... and their browser keeps the code and nothing else, for a year, out of scripts' reach.
    cookie = chosen.cookies[COOKIE]
    assert cookie.value == "ar"
    assert int(cookie["max-age"]) == 365 * 24 * 60 * 60 and cookie["httponly"]
    assert set(family.cookies) == {COOKIE}
    assert "no-store" in chosen["Cache-Control"]
    # The addresses without a language open in the chosen one, whatever the browser asks for.
    assert family.get("/", headers={"Accept-Language": "vi"})["Location"] == "/ar/"
    short = family.get(f"/l/{shared.code}", headers={"Accept-Language": "vi"})
    assert short["Location"] == f"/ar/list/{shared.code}/"
    # Without a choice, the browser's own language still decides.
    stranger = Client()
    assert stranger.get("/", headers={"Accept-Language": "vi"})["Location"] == "/vi/"
    assert stranger.get(f"/l/{shared.code}", headers={"Accept-Language": "vi"})["Location"] == (
        f"/vi/list/{shared.code}/"
    )


def test_the_switcher_keeps_the_search_a_family_was_reading(client, region):
    html = client.get("/en/find/?grade=7&interests=robotics").content.decode()
    chosen = client.get(switcher_link(html, "es"))
    assert chosen["Location"] == "/es/find/?grade=7&interests=robotics"


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/es/",
        "//evil.example/es/",
        "/\\evil.example/es/",
        "/es/\r\nSet-Cookie: x=1",
        "/xx/",  # not a language of the hub
        "",
    ],
)
def test_a_crafted_switcher_link_goes_nowhere_else_and_sets_nothing(client, target):
    response = client.get("/i18n/choose/", {"next": target})
    assert response.status_code == 400
    assert "This link does not lead to a page of the hub." in response.content.decode()
    assert not response.cookies
