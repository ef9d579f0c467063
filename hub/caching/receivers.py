"""Every change a family can see changes a version (hub/caching/versions.py): publish,
unpublish, move, delete, verification, and any snippet, picture, document, redirect or site
saved or deleted; a counter batch and population shares change the equity figures only."""

from functools import cache

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
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


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        versions.changed("content")


def shown_models():
    """Models that are not pages but show on family pages."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction

    # A page made private (or public again) leaves (or joins) the lists that link to it.
    return {
        *get_snippet_models(),
        get_image_model(),
        get_document_model(),
        Redirect,
        Site,
        PageViewRestriction,
    }


@cache
def _receiver_of_model():
    """{model: the receiver of its saves and deletions}. Read at the first save, not when this
    app is ready: the snippets register when wagtail.snippets is ready, after this app."""
    return {
        model: equity_changed if model._meta.label_lower in EQUITY_ONLY else content_changed
        for model in shown_models()
    }


def row_changed(sender, **kwargs):
    receiver = _receiver_of_model().get(sender)
    if receiver is not None:
        receiver(sender, **kwargs)


def connect():
    for signal in (page_published, page_unpublished, post_page_move, listing_verified):
        signal.connect(content_changed, dispatch_uid=f"hub_caching_{id(signal)}")
    post_delete.connect(page_deleted, dispatch_uid="hub_caching_page_deleted")
    post_save.connect(row_changed, dispatch_uid="hub_caching_row_saved")
    post_delete.connect(row_changed, dispatch_uid="hub_caching_row_deleted")
