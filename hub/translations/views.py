"""Staff's translation-coverage report and one listing's translations page."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.models import Page

from hub.caching import versions
from hub.directory.i18n import DEFAULT_LANGUAGE, stored_value
from hub.directory.models import OrganizationPage
from hub.formula_cells import SafeWriter
from hub.partners.onboarding import is_hub_staff

from . import catalog
from .coverage import LISTING_TYPES, listing_fields, record, states, target_languages
from .models import TranslationCheck

STATUS_LABELS = {
    "translated": gettext_lazy("Translated"),
    "partial": gettext_lazy("Partly translated"),
    "outdated": gettext_lazy("Possibly out of date"),
    "untranslated": gettext_lazy("Not translated"),
}


def language_names():
    return dict(settings.HUB_LANGUAGES)


def _listings():
    """Every live listing, specific, with its organization's title, in title order."""
    organizations = {o.path: o for o in OrganizationPage.objects.live()}
    pages = []
    for model in LISTING_TYPES:
        pages.extend(model.objects.live().order_by("title"))
    checks = {}
    for check in TranslationCheck.objects.filter(page_id__in=[p.pk for p in pages]):
        checks.setdefault(check.page_id, []).append(check)
    for page in pages:
        organization = page if isinstance(page, OrganizationPage) else None
        organization = organization or organizations.get(page.path[: -Page.steplen])
        yield page, organization, states(page, checks.get(page.pk, []))


def coverage_rows(language="", organization="", status=""):
    """One row per listing and language, filtered; as plain dicts for the page and the CSV."""
    names = language_names()
    for page, org, by_language in _listings():
        if organization and (org is None or str(org.pk) != organization):
            continue
        for code, state in by_language.items():
            if (language and code != language) or (status and state.status != status):
                continue
            yield {
                "page": page,
                "organization": org.title if org else _("The collaborative"),
                "organization_id": org.pk if org else None,
                "type": page._meta.verbose_name,
                "language": code,
                "language_name": names[code],
                "status": state.status,
                "status_label": STATUS_LABELS[state.status],
                "translated": len(state.translated),
                "fields": len(state.translated) + len(state.missing),
                "outdated": state.outdated,
            }


def _totals(rows, key):
    totals = {}
    for row in rows:
        entry = totals.setdefault(
            row[key], {"name": row[key], "translated": 0, "outdated": 0, "rows": 0}
        )
        entry["rows"] += 1
        entry["translated"] += row["status"] in ("translated", "outdated")
        entry["outdated"] += row["status"] == "outdated"
    return sorted(totals.values(), key=lambda t: str(t["name"]))


def coverage_report(request):
    if not is_hub_staff(request.user):
        raise PermissionDenied
    chosen = {name: request.GET.get(name, "") for name in ("language", "organization", "status")}
    rows = list(coverage_rows(**chosen))
    if request.GET.get("export") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="translation-coverage.csv"'
        writer = SafeWriter(response)
        writer.writerow(
            [
                _("Listing"),
                _("Type"),
                _("Organization"),
                _("Language"),
                _("Status"),
                _("Fields translated"),
                _("Fields with English text"),
                _("Possibly out of date"),
            ]
        )
        for row in rows:
            writer.writerow(
                (
                    row["page"].title,
                    row["type"],
                    row["organization"],
                    row["language"],
                    row["status"],
                    row["translated"],
                    row["fields"],
                    " ".join(row["outdated"]),
                )
            )
        return response
    return TemplateResponse(
        request,
        "translations/coverage.html",
        {
            "rows": rows,
            "chosen": chosen,
            "languages": [(c, language_names()[c]) for c in target_languages()],
            "organizations": OrganizationPage.objects.live().order_by("title"),
            "statuses": list(STATUS_LABELS.items()),
            "by_language": _totals(rows, "language_name"),
            "ui_shares": [
                (code, language_names()[code], *catalog.share(code)) for code in target_languages()
            ],
            "by_organization": _totals(rows, "organization"),
            "query": request.GET.urlencode(),
        },
    )


def listing_translations(request, page_id):
    """One listing, language by language: what is translated, what may be out of date, and a
    way for a translator to confirm a translation still says what the English says."""
    page = get_object_or_404(Page, pk=page_id).specific
    if (
        not isinstance(page, LISTING_TYPES)
        or not page.permissions_for_user(request.user).can_edit()
    ):
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()  # what the editor shows
    if request.method == "POST":
        confirmed = set()
        for value in request.POST.getlist("confirm"):
            name, _sep, code = value.partition(":")
            if name in listing_fields(draft) and code in target_languages():
                confirmed.add((name, code))
        record(draft, confirmed=confirmed, user=request.user)
        # Family pages say which translations may be out of date: read afresh from now on.
        versions.changed("content")
        messages.success(request, _("Translations confirmed."))
        return redirect("translations:listing", page.pk)
    names = language_names()
    by_language = states(draft)
    return TemplateResponse(
        request,
        "translations/listing.html",
        {
            "page": page,
            "languages": [
                {
                    "code": code,
                    "name": names[code],
                    "state": state,
                    "status_label": STATUS_LABELS[state.status],
                    "outdated": [
                        (name, stored_value(draft, name, DEFAULT_LANGUAGE))
                        for name in state.outdated
                    ],
                }
                for code, state in by_language.items()
            ],
        },
    )
