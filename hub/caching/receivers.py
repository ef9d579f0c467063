"""Every change a family can see changes a version (hub/caching/versions.py): publish,
unpublish, move, delete, a page created live, verification, and any snippet, picture,
document, redirect, site or page view restriction saved or deleted; a counter batch and
population shares change the equity figures only."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from hub.verification.signals import listing_verified

from . import versions

# Models whose rows only the equity figures show.
EQUITY_ONLY = {"equity.populationgroup"}


def content_changed(sender, **kwargs):
    versions.changed("content")


def equity_changed(sender, **kwargs):
    versions.changed("equity")


def page_created_live(sender, instance, created, **kwargs):
    """A page made live without being published (`add_child` of a live page, as scripts and
    tests do): publishing would have said so."""
    if created and isinstance(instance, Page) and instance.live:
        versions.changed("content")


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        versions.changed("content")


def shown_models():
    """Models that are not pages but show on family pages (or decide who may see them)."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    shown = {*get_snippet_models(), get_image_model(), get_document_model(), Redirect, Site}
    return shown | {PageViewRestriction}


def shown_model_changed(sender, **kwargs):
    """A row of a model in shown_models() saved or deleted. Asked at each save rather than
    connected per model at start-up: snippets registered in wagtail_hooks are only known once
    wagtail.snippets is ready, after this app."""
    if sender in shown_models():
        if sender._meta.label_lower in EQUITY_ONLY:
            versions.changed("equity")
        else:
            versions.changed("content")


def connect():
    for signal in (page_published, page_unpublished, post_page_move, listing_verified):
        signal.connect(content_changed, dispatch_uid=f"hub_caching_{id(signal)}")
    post_delete.connect(page_deleted, dispatch_uid="hub_caching_page_deleted")
    post_save.connect(page_created_live, dispatch_uid="hub_caching_page_created_live")
    for signal in (post_save, post_delete):
        signal.connect(shown_model_changed, dispatch_uid=f"hub_caching_shown_{id(signal)}")
