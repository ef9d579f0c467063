"""The UI catalogs as the running site speaks them: the repository's .po files, with what
community translators reviewed and corrected in the admin (models.CatalogEntry) laid over them.

Why not django-rosetta: it writes the .po and .mo files on the disk of the one server that
served the edit and reloads only that process, and its permissions are all-or-nothing per
user; here each translator reviews their own languages, and every worker of every server
speaks the corrected text on its next request (`refresh`).

    strings(language) -> [UiString]        the repository's entries with their review state
    save(language, edits, user)            check, store, and apply (raises CatalogError)
    share(language) -> (reviewed, total)   how much of a catalog the community reviewed
    export(language) -> bytes              the .po with the reviews, for the repository
    refresh()                              per request: apply what another worker saved
"""

import gettext
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import get_language, to_locale, trans_real
from django.utils.translation import gettext as _

from hub.caching import versions
from hub.directory.i18n import DEFAULT_LANGUAGE

from .models import CatalogEntry

# A translator comment the export writes on a reviewed entry, so the review survives the
# round trip through the repository (and `catalogs update`, which keeps such comments).
REVIEWED_MARK = "Reviewed by the community"
_VERSION_KEY = "hub:version:catalogs"
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[sdifrxXeEgGco]|\{[\w.]*\}")
_TAG = re.compile(r"<[^>]*>")
LONGEST = 2000


class CatalogError(Exception):
    """{key: message} of the strings that could not be saved."""

    def __init__(self, problems):
        super().__init__(problems)
        self.problems = problems


@dataclass
class UiString:
    key: str  # context and msgid, as one string (a form's field name is made from it)
    context: str
    msgid: str
    msgid_plural: str
    forms: list  # the translation shown now: [text] or [plural form 0, 1, ...]
    drafted: list  # the repository's translation
    reviewed: bool
    reviewed_by: object = None
    where: list = field(default_factory=list)  # files that use it

    @property
    def corrected(self):
        return self.forms != self.drafted


def key_of(context, msgid):
    return f"{context}\x04{msgid}" if context else msgid


def _path(language):
    return Path(settings.BASE_DIR, "locale", to_locale(language), "LC_MESSAGES", "django.po")


_parsed = {}  # {language: (modification time, POFile)}
_parse_lock = threading.Lock()


def repository_catalog(language):
    """The repository's catalog of `language`, parsed once per change of the file."""
    path = _path(language)
    if not path.exists():
        return None
    stamp = path.stat().st_mtime_ns
    with _parse_lock:
        kept = _parsed.get(language)
        if kept is None or kept[0] != stamp:
            kept = (stamp, polib.pofile(str(path), wrapwidth=79))
            _parsed[language] = kept
        return kept[1]


def _entries(language):
    catalog = repository_catalog(language)
    if catalog is None:
        return []
    return [entry for entry in catalog if not entry.obsolete and entry.msgid]


def _drafted_forms(entry):
    if entry.msgid_plural:
        return [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def strings(language):
    """Every UI string of `language`'s catalog, in the catalog's order, with its review."""
    rows = {
        key_of(row.context, row.msgid): row
        for row in CatalogEntry.objects.filter(language=language).select_related("reviewed_by")
    }
    found = []
    for entry in _entries(language):
        key = key_of(entry.msgctxt or "", entry.msgid)
        row = rows.get(key)
        drafted = _drafted_forms(entry)
        forms = row.forms if row and len(row.forms) == len(drafted) else drafted
        found.append(
            UiString(
                key=key,
                context=entry.msgctxt or "",
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                forms=list(forms),
                drafted=drafted,
                reviewed=(row.reviewed if row else REVIEWED_MARK in (entry.tcomment or "")),
                reviewed_by=row.reviewed_by if row else None,
                where=sorted({path for path, _line in entry.occurrences}),
            )
        )
    return found


def share(language):
    """(reviewed, total) UI strings of `language`."""
    reviewed_rows = set(
        CatalogEntry.objects.filter(language=language).values_list("context", "msgid", "reviewed")
    )
    by_key = {key_of(c, m): r for c, m, r in reviewed_rows}
    entries = _entries(language)
    reviewed = 0
    for entry in entries:
        key = key_of(entry.msgctxt or "", entry.msgid)
        if by_key.get(key, REVIEWED_MARK in (entry.tcomment or "")):
            reviewed += 1
    return reviewed, len(entries)


# --- Checking a correction ------------------------------------------------------------------


def _placeholders(text):
    return sorted(_PLACEHOLDER.findall(text))


def problem_with(string, forms):
    """Why `forms` cannot replace `string`'s translation (a message), or None. A placeholder
    or tag the English lacks would break the page (or put markup a translator wrote on it);
    one left out would lose what it stands for."""
    sources = [string.msgid] + ([string.msgid_plural] if string.msgid_plural else [])
    allowed = {p for source in sources for p in _placeholders(source)}
    tags = {t for source in sources for t in _TAG.findall(source)}
    for text in forms:
        if not text.strip():
            return _("Write a translation; an empty one would show the English.")
        if len(text) > LONGEST:
            return _("This is longer than %(count)s characters.") % {"count": LONGEST}
        found = _placeholders(text)
        extra = sorted(set(found) - allowed)
        if extra:
            return _("Remove %(placeholders)s: the English has no such placeholder.") % {
                "placeholders": ", ".join(extra)
            }
        unnamed = [p for p in found if "(" not in p and not p.startswith("{")]
        if unnamed != [p for p in _placeholders(string.msgid) if "(" not in p and "{" not in p]:
            return _("Keep the same placeholders as the English, in the same order.")
        new_tags = sorted(set(_TAG.findall(text)) - tags)
        if new_tags:
            return _("Remove %(tags)s: only the English's own tags may be used.") % {
                "tags": ", ".join(new_tags)
            }
        stray = _PLACEHOLDER.sub("", text).replace("%%", "")
        if "%" in stray and any(p.startswith("%") for p in allowed):
            return _("Write a percent sign as %% here.")
    if not string.msgid_plural:
        missing = sorted(set(_placeholders(string.msgid)) - set(_placeholders(forms[0])))
        if missing:
            return _("Keep %(placeholders)s: the English has it.") % {
                "placeholders": ", ".join(missing)
            }
    return None


@transaction.atomic
def save(language, edits, user):
    """Store `edits` ({key: (forms, reviewed)}) of `language`'s UI strings, all or none, and
    apply them to the running site. Returns how many strings changed."""
    known = {string.key: string for string in strings(language)}
    problems = {}
    for key, (forms, _reviewed) in edits.items():
        string = known.get(key)
        if string is None:
            problems[key] = _("This string is no longer in the catalog.")
        elif len(forms) != len(string.drafted):
            problems[key] = _("Write every plural form.")
        else:
            problem = problem_with(string, forms)
            if problem:
                problems[key] = problem
    if problems:
        raise CatalogError(problems)
    changed = 0
    now = timezone.now()
    for key, (forms, reviewed) in edits.items():
        string = known[key]
        if forms == string.forms and reviewed == string.reviewed:
            continue
        changed += 1
        CatalogEntry.objects.update_or_create(
            language=language,
            context=string.context,
            msgid=string.msgid,
            defaults={
                "forms": forms,
                "reviewed": reviewed,
                "reviewed_by": user if reviewed else None,
                "reviewed_at": now if reviewed else None,
            },
        )
    if changed:
        _announce()
    return changed


def _announce():
    """Every worker: speak the new text (refresh) and make every cached page afresh."""

    def announce():
        cache.set(_VERSION_KEY, timezone.now().isoformat(), timeout=None)
        refresh(force=True)

    versions.changed("content")
    transaction.on_commit(announce)


# --- Speaking it ----------------------------------------------------------------------------


_NEVER = object()


class _State:
    lock = threading.Lock()
    content_seen = None  # the content version this process last checked the catalogs at
    applied = _NEVER  # the catalogs version this process speaks
    overlaid = set()  # languages whose translation object carries corrections


def refresh(force=False):
    """Speak the corrections saved anywhere. Cheap on every request: a save also changes the
    content version, which the request reads anyway (the page cache's key), so the catalogs'
    own version is read only after a change of content, and a worker never renders (and
    caches) a page in the old words under the new version. Nothing at all for English, the
    source: an English page or API answer never waits for the catalogs."""
    if not force and (get_language() or DEFAULT_LANGUAGE) == DEFAULT_LANGUAGE:
        return
    content = versions.current("content")
    if not force and content == _State.content_seen:
        return
    latest = cache.get(_VERSION_KEY)
    with _State.lock:
        _State.content_seen = content
        if not force and latest == _State.applied:
            return
        if not force and latest is None and _State.applied is not _NEVER:
            return  # the shared cache lost it (or cannot be reached): keep what is spoken
        try:
            _apply()
        except DatabaseError:
            _State.content_seen = None  # asked again on the next request
            return  # which will say itself that the database is down
        _State.applied = latest
    language = get_language()
    if language:
        trans_real.activate(language)  # this request's translation object was the old one


def _apply():
    corrections = {}
    for row in CatalogEntry.objects.exclude(forms=[]):
        corrections.setdefault(row.language, []).append(row)
    for language in set(corrections) | _State.overlaid:
        fresh = trans_real.DjangoTranslation(language)
        rows = corrections.get(language)
        if rows:
            fresh._catalog.update(_Overlay(language, rows))
        trans_real._translations[language] = fresh  # whole: a request mid-way keeps the old
    _State.overlaid = set(corrections)


class _Overlay:
    """Corrections in the shape Django's TranslationCatalog merges (a GNUTranslations' catalog
    and plural function). Its own plural function, so the corrections are put in front of
    every catalog rather than merged into one (which a catalog before it could shadow)."""

    def __init__(self, language, rows):
        drafted = {key_of(e.msgctxt or "", e.msgid): e for e in _entries(language)}
        catalog = repository_catalog(language)
        expression = gettext.c2py(_plural_expression(catalog))
        self.plural = lambda n: expression(n)
        self._catalog = {}
        for row in rows:
            key = key_of(row.context, row.msgid)
            entry = drafted.get(key)
            if entry is None or len(row.forms) != len(_drafted_forms(entry)):
                continue  # the string left the catalog, or its plural forms changed
            if entry.msgid_plural:
                for index, text in enumerate(row.forms):
                    self._catalog[(key, index)] = text
            else:
                self._catalog[key] = row.forms[0]


def _plural_expression(catalog):
    header = (catalog.metadata.get("Plural-Forms", "") if catalog else "") or ""
    found = re.search(r"plural=([^;]+)", header)
    return found.group(1).strip() if found else "n != 1"


def forget():
    """Speak only the files again (tests: a rolled-back database took the corrections)."""
    with _State.lock:
        for language in _State.overlaid:
            trans_real._translations.pop(language, None)
        _State.overlaid = set()
        _State.content_seen = None
        _State.applied = cache.get(_VERSION_KEY)  # what the files say is all there is


class RefreshMiddleware:
    """Placed inside the page cache (which reads the content version per request): see
    refresh."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refresh()
        return self.get_response(request)


# --- Back to the repository -----------------------------------------------------------------


def export(language):
    """The repository's catalog of `language` with every correction and review in it."""
    catalog = polib.pofile(str(_path(language)), wrapwidth=79)
    by_key = {string.key: string for string in strings(language)}
    for entry in catalog:
        string = by_key.get(key_of(entry.msgctxt or "", entry.msgid))
        if string is None:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(string.forms))
        else:
            entry.msgstr = string.forms[0]
        comments = [c for c in (entry.tcomment or "").splitlines() if c != REVIEWED_MARK]
        if string.reviewed:
            comments.append(REVIEWED_MARK)
        entry.tcomment = "\n".join(comments)
    reviewed, total = share(language)
    status = "reviewed" if total and reviewed == total else "machine-drafted"
    catalog.metadata["X-Translation-Status"] = (
        f"{status}, {reviewed} of {total} strings reviewed by the community"
    )
    return str(catalog).encode("utf-8")
