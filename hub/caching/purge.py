"""Telling a proxy or CDN in front of the hub what a change shows on, through
wagtail.contrib.frontend_cache (its backends are configured by environment in the settings:
WAGTAILFRONTENDCACHE). Each URL is named once, in English; Wagtail purges it in every language
the hub speaks (WAGTAILFRONTENDCACHE_LANGUAGES).

What shows a page: the page, the pages above it (an organization lists its programs, an index
its children), its share assets, and the pages listing everything (home, find, the sitemap,
the HSDS lists). A snippet shows on the pages that refer to it (Wagtail's reference index) and
on those listings. Addresses with a family's own question in them (/find/?grade=7...) cannot be
named: shared caches keep them at most SHARED_SECONDS (hub/caching/pages.py).

The equity addresses are purged when population shares change and when a month's figures are
kept (`equity_snapshot`, run on the 1st); at the turn of a month, before that, a proxy may
keep last month's copy for at most SHARED_SECONDS and STALE_SECONDS more."""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex, Site

LISTINGS = (
    "/en/",
    "/en/find/",
    "/sitemap.xml",
    "/api/hsds/services/",
    "/api/hsds/organizations/",
    "/api/hsds/locations/",
    "/api/hsds/service_at_locations/",
    "/api/hsds/taxonomy_terms/",
)
EQUITY = (
    "/en/equity/",
    *(
        f"/api/v1/equity/{key}.{extension}"
        for key in (
            "coverage",
            "demand",
            "seats",
            "representation-pathways",
            "representation-programs",
        )
        for extension in ("csv", "json")
    ),
)
SHARE_ASSETS = ("qr.png", "preview.png", "flyer/", "calendar.ics")


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _root_url():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def page_urls(page):
    """The page's own address, its share assets' and those of the pages above it."""
    with translation.override("en"):
        url = page.get_full_url()
        if url is None:  # not under any site: nobody can have seen it
            return []
        root = _root_url()
        urls = [url, *(f"{root}/en/share/{page.pk}/{asset}" for asset in SHARE_ASSETS)]
        for ancestor in page.get_ancestors().filter(depth__gt=1):
            ancestor_url = ancestor.get_full_url()
            if ancestor_url:
                urls.append(ancestor_url)
    return urls


def moved_page_urls(page, url_path_before, url_path_after):
    """Where a moved page, and every page below it, used to be."""
    root = _root_url()
    return [
        f"{root}/en/{_tail(url_path_before + each.url_path.removeprefix(url_path_after))}"
        for each in Page.objects.descendant_of(page, inclusive=True).only("url_path")
    ]


def _tail(url_path):
    """The part of a url_path below the site's root page ("/home/programs/x/" -> "programs/x/")."""
    return url_path.split("/", 2)[-1] if url_path.count("/") > 2 else ""


def referring_page_urls(instance):
    """Pages that refer to a snippet, picture or document."""
    urls = []
    for source, _references in ReferenceIndex.get_grouped_references_to(instance):
        if isinstance(source, Page) and source.live:
            urls += page_urls(source)
    return urls


def purge(urls):
    """Ask the frontend caches to drop these URLs (in every language), once the change is
    committed: a proxy asking again before then would keep the old copy."""
    urls = list(dict.fromkeys(urls))  # each once, in order

    def send():
        batch = PurgeBatch()
        batch.add_urls(urls)
        batch.purge()

    transaction.on_commit(send)


def listings():
    root = _root_url()
    return [root + path for path in LISTINGS]


def equity():
    root = _root_url()
    return [root + path for path in EQUITY]
