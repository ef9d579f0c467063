"""Template helpers for family pages: language links, translation notes, cost, dates, phone
links."""

import re
from urllib.parse import quote_plus

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from hub.translations import marks

from .. import directions as ways
from .. import formatting, help_lines, i18n, listing, routing
from ..views import choice_url

register = template.Library()


def _path_in(path, current, code):
    """The same path under another language prefix (slugs are the same in every language)."""
    prefix = f"/{current}/"
    if path.startswith(prefix):
        return f"/{code}/{path[len(prefix) :]}"
    return translate_url(path, code)


@register.simple_tag(takes_context=True)
def hub_alternates(context):
    """One entry per hub language: endonym, the switcher's link to this page in it (which
    remembers the choice, see views.choose_language), and an absolute URL for
    `<link rel="alternate" hreflang>`. The switcher keeps the query so filters survive."""
    request = context.get("request")
    if request is None:
        return []
    current = get_language() or settings.LANGUAGE_CODE
    query = request.META.get("QUERY_STRING", "")
    origin = request.build_absolute_uri("/")[:-1]  # once, not once per language
    choose = choice_url("")  # "...?next=": each language's address is appended, encoded
    entries = []
    for code, endonym in settings.HUB_LANGUAGES:
        path = _path_in(request.path, current, code)
        entries.append(
            {
                "code": code,
                "endonym": endonym,
                "href": choose + quote_plus(f"{path}?{query}" if query else path),
                "absolute": origin + path,
                "current": code == current,
            }
        )
    return entries


@register.simple_tag(takes_context=True)
def x_default_url(context):
    """The unprefixed URL: LocaleMiddleware sends each visitor to their browser's language."""
    request = context.get("request")
    if request is None:
        return ""
    current = get_language() or settings.LANGUAGE_CODE
    prefix = f"/{current}/"
    path = request.path
    if path.startswith(prefix):
        path = "/" + path[len(prefix) :]
    return request.build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def browse_pages(context):
    """The site's browse pages (the home page's children), for the header navigation."""
    request = context.get("request")
    site = routing.site(request)
    if site is None:
        return []
    cache = getattr(request, "_hub_browse_pages", None)
    if cache is None:
        cache = routing.browse_pages(site)
        request._hub_browse_pages = cache
    return cache


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    site = routing.site(request)
    if site is None:
        return f"/{get_language() or settings.LANGUAGE_CODE}/"
    return site.root_page.get_url(request)


@register.simple_tag
def talk_to_a_person():
    """What `includes/talk_to_a_person.html` shows, so the include works on any page: the
    hub's phone and email, and up to three community learning hubs, where someone helps a
    family in person."""
    from ..models import OrganizationPage

    return {
        "phone": settings.HUB_CONTACT_PHONE,
        "email": settings.HUB_CONTACT_EMAIL,
        "two_one_one": help_lines.two_one_one(),
        "learning_hubs": routing.kept_pages(
            "learning_hubs",
            # A function: public() reads the view restrictions as soon as it is called.
            lambda: (
                OrganizationPage.objects.live()
                .public()
                .filter(kind=OrganizationPage.Kind.LEARNING_HUB)
                .order_by("title")
            ),
            limit=3,
        ),
    }


def translation_note_html(states):
    """The visible note for a set of translation states ("missing", "outdated", "current"):
    shown in English wins over out of date; nothing when all are current."""
    if marks.MISSING in states:
        note = _("Not yet translated — shown in English")
    elif marks.OUTDATED in states:
        note = _("Possibly out of date: the English changed after this was translated.")
    else:
        return ""
    return format_html('<p class="untranslated">{}</p>', note)


@register.simple_tag
def untranslated_note(obj, *field_names):
    """A small visible note when any of `field_names` is shown in English because it has no
    translation in the active language, or its translation is older than its English."""
    if obj is None:
        return ""
    return translation_note_html({marks.of_field(obj, name).translation for name in field_names})


@register.simple_tag
def result_note(item, *field_names):
    """The same note for a presented match result (search.explain.present)."""
    return translation_note_html({item.get(f"{name}_translation") for name in field_names})


@register.simple_tag
def text_lang(obj, field_name):
    """` lang="en" dir="ltr"` on an element whose text fell back to English, so screen readers
    pronounce it as English and it lays out left to right inside an Arabic page."""
    if obj is None or marks.of_field(obj, field_name, outdated=False).translation != marks.MISSING:
        return ""
    return mark_safe(f' lang="{i18n.DEFAULT_LANGUAGE}" dir="ltr"')  # a setting, not user input


@register.simple_tag
def page_text_languages(obj, field_name="summary"):
    """Endonyms of the languages this page's text is written in (not the program's languages)."""
    names = dict(settings.HUB_LANGUAGES)
    return [
        {"code": code, "endonym": names[code]} for code in i18n.languages_written(obj, field_name)
    ]


# Dates, money and language names in the page language, from CLDR (see formatting.py).
money = register.filter("money", formatting.money)
register.filter("long_date", formatting.long_date)
register.filter("in_sentence_date", formatting.in_sentence_date)
register.filter("month_year", formatting.month_year)
register.filter("number", formatting.number)
register.filter("endonym", formatting.endonym)
register.filter("language_name", formatting.language_name)
register.filter("weekly_hours", formatting.weekly_hours)


@register.simple_tag
def date_range(start, end=None):
    """ "March 5, 2035 – May 20, 2035", each date in a <time> element."""
    if not end or end == start:
        return _time(start)
    return format_html("{} – {}", _time(start), _time(end))


def _time(value):
    return format_html(
        '<time datetime="{}">{}</time>', value.isoformat(), formatting.long_date(value)
    )


@register.simple_tag
def cost_label(page):
    """What it costs, as a family reads it: Free, $120, Sliding scale."""
    if not page.cost_type:  # the source did not say: never shown as free
        return _("Cost not listed — ask the contact")
    if page.cost_type == page.CostType.FREE:
        return _("Free")
    if page.cost_type == page.CostType.FIXED and page.cost_amount is not None:
        return money(page.cost_amount)
    if page.cost_type == page.CostType.SLIDING:
        if page.cost_amount is not None:
            return _("Sliding scale, up to %(amount)s") % {"amount": money(page.cost_amount)}
        return _("Sliding scale")
    return page.get_cost_type_display()


@register.filter
def tel_href(phone):
    """A tel: link target from a phone number as people write it ("(510) 555-0100")."""
    digits = re.sub(r"[^\d+]", "", phone or "")
    return f"tel:{digits}" if digits else ""


@register.filter
def ltr(value):
    """Isolate a phone number or email inside translated text, so an Arabic sentence does not
    reorder its digits and brackets."""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


@register.filter
def for_cards(queryset):
    """`{% for item in page.programs|for_cards %}`: cards without a query per card, ordered by
    the title a family reads (an untranslated title sorts by its English text, not first)."""
    cards = listing.for_cards(queryset).order_by(i18n.localized_order("title"), "pk")
    return marks.attach(list(cards))


@register.simple_tag
def directions(location):
    """A place's two directions links (hub/directory/directions.py)."""
    return ways.directions(location)
