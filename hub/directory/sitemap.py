"""/sitemap.xml: every live, public page once per hub language, with hreflang alternates.

Django's i18n sitemap does the per-language loop: it activates each language and asks for the
page's location, and Wagtail reverses the page URL under the active language's prefix. With
about 5,000 listings x 10 languages x 11 alternates one file would pass the 50 MB limit, so past
`limit` entries /sitemap.xml becomes a sitemap index of /sitemap.xml?p=1, ?p=2..."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.template.response import TemplateResponse
from wagtail.models import Site


class MultilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True  # the unprefixed URL: LocaleMiddleware redirects to the visitor's language
    # Entries per sitemap page (each page, in each language, is one entry).
    limit = 2000

    def __init__(self, request):
        self.request = request

    @property
    def languages(self):
        return [code for code, _name in settings.HUB_LANGUAGES]

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return []
        # Base Page rows are enough for a URL and a date: no `.specific()`, no StreamFields.
        return site.root_page.get_descendants(inclusive=True).live().public().order_by("path")

    def location(self, page):
        # The path only (Django adds protocol and host); get_url() would return a full URL
        # when several Wagtail sites exist, which Django would then prefix a second time.
        url_parts = page.get_url_parts(self.request)
        return url_parts[2] if url_parts else None

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at


def sitemap_view(request):
    sitemap = MultilingualSitemap(request)
    if "p" not in request.GET and sitemap.paginator.num_pages > 1:
        base = request.build_absolute_uri(request.path)
        return TemplateResponse(
            request,
            "sitemap_index.xml",
            {
                "sitemaps": [
                    {"location": f"{base}?p={number}", "last_mod": None}
                    for number in sitemap.paginator.page_range
                ]
            },
            content_type="application/xml",
        )
    return sitemap_views.sitemap(request, sitemaps={"pages": sitemap})
