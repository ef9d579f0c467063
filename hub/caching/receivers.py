"""Every change a family can see changes a version (hub/caching/versions.py) and is purged
from a proxy or CDN in front (hub/caching/purge.py, when one is configured): publish,
unpublish, move, delete, a page created live, verification, and any snippet, picture,
document, redirect, site or view restriction saved or deleted. Population shares and a month's
figures kept change the equity figures only. A counter batch changes nothing published: a
month's searches are published once it has ended (hub/equity/figures.py), and the equity pages'
cache keys carry the month (hub/caching/pages.py)."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from hub.verification.signals import listing_verified

from . import purge, versions

# Models whose rows only the equity figures show.
EQUITY_ONLY = {"equity.populationgroup"}


def equity_figures_changed():
    """Population shares saved, or a month's figures kept (hub/equity/figures.py)."""
    versions.changed("equity")
    if purge.configured():
        purge.purge(purge.equity())


def page_changed(sender, instance, **kwargs):
    versions.changed("content")
    if purge.configured():
        purge.purge([*purge.page_urls(instance), *purge.listings()])


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    versions.changed("content")
    if purge.configured():
        gone = purge.moved_page_urls(instance, url_path_before, url_path_after)
        purge.purge([*gone, *purge.page_urls(instance), *purge.listings()])


def page_deleting(sender, instance, **kwargs):
    # Before the row goes: its address and those above it are still known.
    if isinstance(instance, Page) and purge.configured() and instance.live:
        purge.purge([*purge.page_urls(instance), *purge.listings()])


def page_created_live(sender, instance, created, **kwargs):
    """A page made live without being published (`add_child` of a live page, as scripts and
    tests do): publishing would have said so."""
    if created and isinstance(instance, Page) and instance.live:
        versions.changed("content")


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        versions.changed("content")


def shown_object_changed(sender, instance, **kwargs):
    versions.changed("content")
    if purge.configured():
        restricted = [instance.page] if isinstance(instance, PageViewRestriction) else []
        purge.purge(
            [
                *(url for page in restricted for url in purge.page_urls(page)),
                *purge.referring_page_urls(instance),
                *purge.listings(),
            ]
        )


_shown = None


def shown_models():
    """Models that are not pages but change what family pages show (or who may see them).
    Asked at the first save, not at start-up: snippets are registered with the admin's hooks,
    which Wagtail loads after the apps are ready."""
    global _shown
    if _shown is None:
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import CollectionViewRestriction

        _shown = {
            *get_snippet_models(),
            get_image_model(),
            get_document_model(),
            Redirect,
            Site,
            PageViewRestriction,
            CollectionViewRestriction,
        }
    return _shown


def object_saved_or_deleted(sender, instance, **kwargs):
    if sender in shown_models():
        if sender._meta.label_lower in EQUITY_ONLY:
            equity_figures_changed()
        else:
            shown_object_changed(sender, instance)


def connect():
    for signal in (page_published, page_unpublished, listing_verified):
        signal.connect(page_changed, dispatch_uid=f"hub_caching_{id(signal)}")
    post_page_move.connect(page_moved, dispatch_uid="hub_caching_page_moved")
    pre_delete.connect(page_deleting, dispatch_uid="hub_caching_page_deleting")
    post_delete.connect(page_deleted, dispatch_uid="hub_caching_page_deleted")
    post_save.connect(page_created_live, dispatch_uid="hub_caching_page_created_live")
    post_save.connect(object_saved_or_deleted, dispatch_uid="hub_caching_saved")
    post_delete.connect(object_saved_or_deleted, dispatch_uid="hub_caching_deleted")
