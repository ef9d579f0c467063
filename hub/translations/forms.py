"""The listing edit form, as a translator sees it: each field in another language says what
the English says, and warns when the English changed after the translation was written.
Added to the content app's form through its `construct_listing_form` hook (wagtail_hooks.py)."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from hub.directory.i18n import (
    DEFAULT_LANGUAGE,
    localized_field_name,
    stored_value,
    translated_field_names,
)

from .coverage import states, target_languages

ENGLISH_SHOWN = 300  # characters of the English text shown under a translation field


def show_the_english(form):
    """Under each translation field of a listing's form: the English it translates."""
    page = form.instance
    outdated = set()
    if page.pk:
        for code, state in states(page).items():
            outdated.update((name, code) for name in state.outdated)
    for name in sorted(translated_field_names(type(page))):
        english = stored_value(page, name, DEFAULT_LANGUAGE)
        english = english.strip() if isinstance(english, str) else ""
        for code in target_languages():
            form_field = form.fields.get(localized_field_name(name, code))
            if form_field is None:
                continue
            if (name, code) in outdated:
                form_field.help_text = format_html(
                    '<strong>{}</strong> <a href="{}">{}</a> {}',
                    _("Possibly out of date: the English changed after this was translated."),
                    reverse("translations:listing", args=[page.pk]),
                    _("Review translations"),
                    _("English: %(text)s") % {"text": Truncator(english).chars(ENGLISH_SHOWN)}
                    if english
                    else "",
                )
            elif english:
                form_field.help_text = _("English: %(text)s") % {
                    "text": Truncator(english).chars(ENGLISH_SHOWN)
                }
