"""Which language a listing's text is really shown in, and whether that translation is current.

One rule for every place a family reads a listing (detail pages, cards, match results, flyers,
shared lists, the match API): text shown in English under another language is "missing";
a translation written before the last change to its English is "outdated"."""

from dataclasses import dataclass

from django.utils.translation import get_language
from wagtail.models import Page

from hub.caching.memo import ProcessMemo
from hub.directory.i18n import DEFAULT_LANGUAGE, has_content, stored_value, translated_field_names

from .models import TranslationCheck

CURRENT, MISSING, OUTDATED = "current", "missing", "outdated"

# {(language, page id): {field: TranslationCheck}}: a publish or a translator's confirmation
# writes checks and changes the content version, so every card and page asks once per edit.
CHECKS = ProcessMemo("translation checks", max_entries=20_000)


@dataclass(frozen=True)
class Mark:
    language: str  # the language the shown text is written in
    translation: str  # CURRENT, MISSING or OUTDATED


def _active(language):
    return (language or get_language() or DEFAULT_LANGUAGE).lower()


def judge(english, own, language, check=None):
    """The rule itself. `english`: the English text; `own`: the text written in `language`
    (None if none); `check`: its TranslationCheck, if any."""
    from .coverage import fingerprint  # coverage imports the page models

    if language == DEFAULT_LANGUAGE or not has_content(english):
        return Mark(language, CURRENT)
    if not has_content(own):
        return Mark(DEFAULT_LANGUAGE, MISSING)
    if check is not None and check.source_fingerprint != fingerprint(english):
        return Mark(language, OUTDATED)
    return Mark(language, CURRENT)


def checks_by_page(page_ids, language=None):
    """{page id: {field: TranslationCheck}} in `language`, in one query."""
    language = _active(language)
    if language == DEFAULT_LANGUAGE or not page_ids:
        return {}

    def fetch(keys):
        found = {key: {} for key in keys}
        ids = [pk for _, pk in keys]
        for check in TranslationCheck.objects.filter(page_id__in=ids, language=language):
            found[(language, check.page_id)][check.field] = check
        return found

    kept = CHECKS.get_many([(language, pk) for pk in page_ids], fetch)
    return {pk: checks for (_, pk), checks in kept.items()}


def attach(pages, language=None):
    """Fetch the translation checks of a list of pages at once, so cards cost no query each."""
    language = _active(language)
    found = checks_by_page([page.pk for page in pages], language)
    for page in pages:
        page._translation_checks = (language, found.get(page.pk, {}))
    return pages


def of_field(obj, field_name, language=None, *, outdated=True):
    """The Mark of `obj.field_name` as shown in `language` (the active one by default).
    `outdated=False`: only whether it is shown in English (never a query)."""
    language = _active(language)
    if language == DEFAULT_LANGUAGE or field_name not in translated_field_names(type(obj)):
        return Mark(language, CURRENT)
    english = stored_value(obj, field_name, DEFAULT_LANGUAGE)
    own = stored_value(obj, field_name, language)
    check = None
    # Only pages keep translation checks; only a written translation can be out of date.
    if outdated and isinstance(obj, Page) and obj.pk and has_content(own):
        cached = getattr(obj, "_translation_checks", None)
        if cached is None or cached[0] != language:
            attach([obj], language)
            cached = obj._translation_checks
        check = cached[1].get(field_name)
    return judge(english, own, language, check)


def of_document(doc, field_name, language, checks):
    """(text, Mark) of a search document's per-language text; `checks`: its page's
    {field: TranslationCheck} (see checks_by_page)."""
    values = doc[field_name] or {}
    own = values.get(language)
    english = values.get(DEFAULT_LANGUAGE)
    mark = judge(english, own, language, checks.get(field_name))
    if mark.translation == MISSING:
        return english, mark
    if has_content(own):
        return own, mark
    return english or next(iter(values.values()), None) or "", mark
