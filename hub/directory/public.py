"""What the public may see by id: a live page of the given types, not behind a view
restriction. Anything else is a 404, the same as a page that never existed."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.models import Page


def public_page(page_id, types):
    page = get_object_or_404(Page, pk=page_id, live=True).specific
    if not isinstance(page, types) or page.get_view_restrictions().exists():
        raise Http404
    return page
