from urllib.parse import quote

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import get_language, to_locale

from ..views import SHAREABLE, page_address

register = template.Library()


@register.simple_tag
def message_links(title, address, summary=""):
    """Plain sms: and mailto: links carrying `address`: the family's own phone or mail program
    sends them, nothing in between."""
    return {
        "address": address,
        "sms": "sms:?&body=" + quote(f"{title}: {address}"),
        "mailto": "mailto:?subject="
        + quote(title)
        + "&body="
        + quote(f"{summary}\n\n{address}".strip()),
    }


@register.simple_tag(takes_context=True)
def share_links(context, page):
    """The page's address in this language, with message links carrying it."""
    summary = Truncator(getattr(page, "summary", "") or "").words(40)
    return message_links(page.title, page_address(context["request"], page), summary)


@register.inclusion_tag("sharing/open_graph.html", takes_context=True)
def open_graph(context):
    """Open Graph tags for a program, pathway or service page: the title and summary in the
    page's language and the preview picture, all from the hub itself."""
    page = context.get("page")
    request = context.get("request")
    if request is None or not isinstance(page, SHAREABLE) or not page.live:
        return {}
    return {
        "title": page.title,
        "description": Truncator(getattr(page, "summary", "") or "").chars(200),
        "address": page_address(request, page),
        "image": request.build_absolute_uri(reverse("share_preview", args=[page.pk])),
        "locale": to_locale(get_language() or settings.LANGUAGE_CODE),
    }
