from urllib.parse import quote

from django import template
from django.utils.text import Truncator

from ..views import page_address

register = template.Library()


@register.simple_tag(takes_context=True)
def share_links(context, page):
    """The page's address in this language, and plain sms: and mailto: links carrying it: the
    family's own phone or mail program sends them, nothing in between."""
    address = page_address(context["request"], page)
    summary = Truncator(getattr(page, "summary", "") or "").words(40)
    return {
        "address": address,
        "sms": "sms:?&body=" + quote(f"{page.title}: {address}"),
        "mailto": "mailto:?subject="
        + quote(page.title)
        + "&body="
        + quote(f"{summary}\n\n{address}".strip()),
    }
