"""The one place that knows about modeltranslation's per-language columns (`summary_es`...).

Everything else reads `page.summary` (modeltranslation picks the active language and falls
back to English) and asks this module when it needs to know whether that was a fallback."""

from django.conf import settings
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

DEFAULT_LANGUAGE = getattr(settings, "MODELTRANSLATION_DEFAULT_LANGUAGE", settings.LANGUAGE_CODE)


def _active(language):
    return (language or get_language() or DEFAULT_LANGUAGE).lower()


def translated_field_names(model):
    """The names of `model`'s fields that have one column per language (empty if none)."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def has_content(value):
    # Blank text, None and an empty StreamField all count as "nothing written".
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0
    except TypeError:
        return True


def localized_field_name(field_name, language):
    """The column holding `field_name` in `language` (`summary`, "zh-hans" -> `summary_zh_hans`),
    for code that must write one language (imports, admin form data in tests)."""
    return build_localized_fieldname(field_name, language)


def stored_value(obj, field_name, language):
    """The value written for exactly `language`, without any fallback."""
    return getattr(obj, localized_field_name(field_name, language), None)


def written_in(field_name, language):
    """A filter for the rows whose `field_name` has text of its own in `language`."""
    column = localized_field_name(field_name, language)
    return Q(**{f"{column}__isnull": False}) & ~Q(**{column: ""})


def is_translated(obj, field_name, language=None):
    """True unless a family reading `language` would be shown the English text as a fallback.

    English itself, fields that are not translated per language and fields with no
    English text either (nothing is shown at all) all count as translated."""
    language = _active(language)
    if language == DEFAULT_LANGUAGE or field_name not in translated_field_names(type(obj)):
        return True
    if has_content(stored_value(obj, field_name, language)):
        return True
    return not has_content(stored_value(obj, field_name, DEFAULT_LANGUAGE))


def languages_written(obj, field_name="summary"):
    """The hub language codes `obj`'s `field_name` is actually written in, in settings order."""
    if field_name not in translated_field_names(type(obj)):
        return []
    return [
        code
        for code, _name in settings.HUB_LANGUAGES
        if has_content(stored_value(obj, field_name, code))
    ]


def localized_order(field_name, language=None):
    """An expression ordering by the active language's value, falling back to English.

    modeltranslation rewrites `order_by("title")` to the active language's column, where an
    untranslated title is NULL and would sort first; this keeps the English title's place."""
    language = _active(language)
    default = F(build_localized_fieldname(field_name, DEFAULT_LANGUAGE))
    if language == DEFAULT_LANGUAGE:
        return default.asc()
    localized = NullIf(F(build_localized_fieldname(field_name, language)), Value(""))
    return Coalesce(localized, default).asc()


def localized_fields(base, text):
    """{'summary_en': ..., 'summary_es': ...} for every hub language (None where untranslated)."""
    return {
        build_localized_fieldname(base, code): text.get(code)
        for code, _name in settings.HUB_LANGUAGES
    }


def tr(en, es=None, vi=None, zh=None, ar=None, so=None, ru=None, uk=None, ko=None, tl=None):
    """One text as {language code: text} in the languages given (zh is zh-hans); the missing
    ones fall back to English where it is shown."""
    text = {"en": en, "es": es, "vi": vi, "zh-hans": zh, "ar": ar}
    text.update({"so": so, "ru": ru, "uk": uk, "ko": ko, "tl": tl})
    return {lang: value for lang, value in text.items() if value is not None}
