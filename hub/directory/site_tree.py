"""The pages every hub starts with: home, the four browse pages under it, and the default site
pointing at it. Used by the demo region and by an HSDS import into an empty hub."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from . import site_text
from .bulk import PageSpec
from .models import (
    HomePage,
    OrganizationIndexPage,
    PathwayIndexPage,
    ProgramIndexPage,
    SupportServiceIndexPage,
)

INDEX_MODELS = {
    "programs": ProgramIndexPage,
    "partners": OrganizationIndexPage,
    "support": SupportServiceIndexPage,
    "pathways": PathwayIndexPage,
}


def build_site(pages, changes):
    """The home page, the four browse pages under it and the default site pointing at it;
    what a fresh hub needs before any listing. `pages` is a PageSync. Returns (home, {"programs":
    ..., "partners": ..., "support": ..., "pathways": ...})."""
    root = Page.get_first_root_node()
    slug = HomePage.objects.values_list("slug", flat=True).first() or "hub"
    (home,) = pages.sync([(root, PageSpec(HomePage, slug, site_text.HOME))])
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    if site.root_page_id != home.pk or site.site_name != settings.WAGTAIL_SITE_NAME:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        changes["updated"] += 1
    # Wagtail's "Welcome to your new Wagtail site!" placeholder (a bare Page) goes.
    bare_page = ContentType.objects.get_for_model(Page)
    for placeholder in Page.objects.filter(depth=2, content_type=bare_page):
        placeholder.delete()
        changes["deleted"] += 1
    # One sync per page: sync() takes pages of one model, and each index is its own.
    indexes = [
        pages.sync([(home, PageSpec(INDEX_MODELS[slug], slug, fields))])[0]
        for slug, fields in site_text.INDEX_PAGES
    ]
    return home, dict(zip(("programs", "partners", "support", "pathways"), indexes, strict=True))
