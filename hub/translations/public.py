"""The families' page about the site's languages: each language to switch to, and how much of
the site in it the community has reviewed (the rest was drafted by machine)."""

from babel.numbers import format_percent
from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from hub.directory.formatting import endonym, language_name, page_locale
from hub.directory.views import choice_url

from . import catalog
from .coverage import target_languages


def reviewed_percent(reviewed, total, locale):
    """The reviewed share as a CLDR percent: whole from 10% up, to a tenth below, where a tenth
    is the progress ("0.5%", not "0%", after five strings of a thousand); never 0 once one
    string is reviewed."""
    share = reviewed / total
    places = 2 if share >= 0.1 else 3
    value = round(share, places) or (10**-places if reviewed else 0)
    return format_percent(value, locale=locale, decimal_quantization=False)


def languages(request):
    locale = page_locale()
    rows = []
    for code, _endonym in settings.HUB_LANGUAGES:
        reviewed, total = catalog.share(code) if code in target_languages() else (0, 0)
        rows.append(
            {
                "code": code,
                "endonym": endonym(code),
                "name": language_name(code),
                "href": choice_url(f"/{code}/languages/"),
                "source": code not in target_languages(),
                "reviewed": reviewed_percent(reviewed, total, locale) if total else None,
            }
        )
    return TemplateResponse(
        request, "languages.html", {"rows": rows, "title": _("Languages of this site")}
    )
