"""Which listings are translated into which languages, and which translations may be out of
date because the English changed after they were written.

A listing's translatable text is its title and the fields hub.directory.translation registers
for its type. Only fields with English text count: nothing to translate is not a gap."""

import hashlib
import json
import threading
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from hub.directory.i18n import DEFAULT_LANGUAGE, stored_value
from hub.directory.models import OrganizationPage, PathwayPage, ProgramPage, SupportServicePage
from hub.directory.translation import TRANSLATED_FIELDS

from .models import TranslationCheck

LISTING_TYPES = (ProgramPage, SupportServicePage, PathwayPage, OrganizationPage)


def listing_fields(page):
    return ["title", *TRANSLATED_FIELDS[type(page)]]


def target_languages():
    return [code for code, _name in settings.HUB_LANGUAGES if code != DEFAULT_LANGUAGE]


def fingerprint(value):
    """A short digest of a field's text ("" when nothing is written)."""
    if value is None:
        return ""
    raw = getattr(value, "raw_data", None)  # a StreamField: its blocks, not their HTML
    text = json.dumps(list(raw), sort_keys=True, default=str) if raw is not None else str(value)
    text = text.strip()
    if not text or text == "[]":
        return ""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass
class LanguageState:
    translated: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    outdated: list = field(default_factory=list)  # translated, but the English changed since

    @property
    def status(self):
        if not self.translated:
            return "untranslated"
        if self.missing:
            return "partial"
        return "outdated" if self.outdated else "translated"


def states(page, checks=None):
    """{language: LanguageState} for one listing (any revision of it: the draft being edited
    or the live page). `checks`: its TranslationCheck rows, if already fetched."""
    if checks is None:
        checks = TranslationCheck.objects.filter(page_id=page.pk)
    by_key = {(c.field, c.language): c for c in checks}
    result = {code: LanguageState() for code in target_languages()}
    for name in listing_fields(page):
        source = fingerprint(stored_value(page, name, DEFAULT_LANGUAGE))
        if not source:
            continue
        for code, state in result.items():
            if not fingerprint(stored_value(page, name, code)):
                state.missing.append(name)
                continue
            state.translated.append(name)
            check = by_key.get((name, code))
            if check and check.source_fingerprint != source:
                state.outdated.append(name)
    return result


def record(page, confirmed=(), user=None, checks=None):
    """Note what each translation of `page` was written against. A translation that changed
    is taken as written for the current English; one that did not keeps its old note, so an
    English change shows it as possibly out of date. `confirmed`: (field, language) pairs a
    translator has checked against the current English; `checks`: the page's TranslationCheck
    rows, if already fetched."""
    if checks is None:
        checks = TranslationCheck.objects.filter(page_id=page.pk)
    checks = {(c.field, c.language): c for c in checks}
    now = timezone.now()
    for name in listing_fields(page):
        source = fingerprint(stored_value(page, name, DEFAULT_LANGUAGE))
        for code in target_languages():
            translation = fingerprint(stored_value(page, name, code))
            check = checks.get((name, code))
            if not source or not translation:
                if check:
                    check.delete()  # nothing to compare any more
                continue
            if check is None:
                check = TranslationCheck(page_id=page.pk, field=name, language=code)
            elif check.translation_fingerprint == translation and (name, code) not in confirmed:
                continue
            check.source_fingerprint = source
            check.translation_fingerprint = translation
            check.checked_at = now
            check.checked_by = user
            check.save()


def record_published(sender, instance, revision=None, **kwargs):
    page = instance.specific
    if isinstance(page, LISTING_TYPES):
        user = getattr(revision, "user", None) if revision else None
        noted = getattr(_batch, "pages", None)
        if noted is not None:
            noted[page.pk] = (page, user)
            return
        record(page, user=user)


_batch = threading.local()


@contextmanager
def recorded_once():
    """Inside the block a publish only notes its page; leaving it, the checks of every noted
    page are read in a few queries and each page is recorded once. A bulk import publishes
    thousands of pages, and one query each was a tenth of a 211 feed's import. Nothing is
    recorded when the block fails (its transaction is rolled back)."""
    if getattr(_batch, "pages", None) is not None:
        yield  # already inside one: the outer block records
        return
    _batch.pages = {}
    try:
        yield
        noted = list(_batch.pages.values())
    finally:
        _batch.pages = None
    checks = defaultdict(list)
    pks = [page.pk for page, _user in noted]
    for start in range(0, len(pks), 500):  # a query's variables are limited
        for check in TranslationCheck.objects.filter(page_id__in=pks[start : start + 500]):
            checks[check.page_id].append(check)
    for page, user in noted:
        record(page, user=user, checks=checks[page.pk])
