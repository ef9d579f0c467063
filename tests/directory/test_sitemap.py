"""/sitemap.xml lists every live, public page once per hub language, with hreflang alternates,
and nothing a family could not open."""

import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from factories import (
    OrganizationPageFactory,
    PathwayPageFactory,
    ProgramPageFactory,
    step,
)
from wagtail.models import PageViewRestriction

from hub.directory.sitemap import MultilingualSitemap

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
CODES = [code for code, _name in settings.HUB_LANGUAGES]


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def entries(root):
    """{loc: {hreflang: href}} for every <url>."""
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.fixture
def site_pages(indexes):
    org = OrganizationPageFactory(parent=indexes["partners"], title="Acme", slug="acme")
    program = ProgramPageFactory(parent=org, title="Robot Club", slug="robot-club")
    PathwayPageFactory(
        parent=indexes["pathways"], title="Nursing", slug="nursing", steps=[step("high", "Bio")]
    )
    ProgramPageFactory(parent=org, title="Draft", slug="draft", live=False)
    unpublished = ProgramPageFactory(parent=org, title="Was live", slug="was-live")
    unpublished.unpublish()
    private = ProgramPageFactory(parent=org, title="Members only", slug="members-only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    live_paths = [
        "/",
        "/programs/",
        "/partners/",
        "/support/",
        "/pathways/",
        "/partners/acme/",
        "/partners/acme/robot-club/",
        "/pathways/nursing/",
    ]
    hidden_paths = [
        "/partners/acme/draft/",
        "/partners/acme/was-live/",
        "/partners/acme/members-only/",
    ]
    return {"program": program, "live": live_paths, "hidden": hidden_paths}


def test_every_live_page_in_every_language_with_alternates(client, site_pages):
    urls = entries(parse(client.get("/sitemap.xml")))
    expected = {f"http://testserver/{code}{path}" for path in site_pages["live"] for code in CODES}
    assert set(urls) == expected  # each exactly once: a dict would hide duplicates, so count
    assert len(parse(client.get("/sitemap.xml")).findall("s:url", NS)) == len(expected)
    for path in site_pages["live"]:
        alternates = urls[f"http://testserver/es{path}"]
        assert alternates == {
            **{code: f"http://testserver/{code}{path}" for code in CODES},
            "x-default": f"http://testserver{path}",
        }


def test_drafts_unpublished_and_private_pages_are_left_out(client, site_pages):
    body = client.get("/sitemap.xml").content.decode()
    for path in site_pages["hidden"]:
        assert path not in body
    assert "/partners/acme/robot-club/" in body


def test_the_urls_listed_really_open(client, site_pages):
    for loc in entries(parse(client.get("/sitemap.xml"))):
        path = loc.removeprefix("http://testserver")
        assert client.get(path).status_code == 200, path


def test_large_sites_get_a_sitemap_index(client, site_pages, monkeypatch):
    monkeypatch.setattr(MultilingualSitemap, "limit", 30)
    root = parse(client.get("/sitemap.xml"))
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    pages = [s.findtext("s:loc", namespaces=NS) for s in root.findall("s:sitemap", NS)]
    total = len(site_pages["live"]) * len(CODES)
    assert pages == [f"http://testserver/sitemap.xml?p={n}" for n in range(1, -(-total // 30) + 1)]
    seen = []
    for page in pages:
        seen += list(entries(parse(client.get(page.removeprefix("http://testserver")))))
    assert len(seen) == len(set(seen)) == total
    assert client.get("/sitemap.xml?p=99").status_code == 404


def test_unpublished_then_republished_program_comes_back(client, site_pages):
    program = site_pages["program"]
    program.unpublish()
    assert "/robot-club/" not in client.get("/sitemap.xml").content.decode()
    program.save_revision().publish()
    urls = entries(parse(client.get("/sitemap.xml")))
    assert "http://testserver/vi/partners/acme/robot-club/" in urls
