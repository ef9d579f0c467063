"""A partner's admin home: their listings, what each needs, their open problem reports, and how
often each was shown to families (anonymous counts, never who searched)."""

from collections import Counter, defaultdict

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Revision

from hub.counters.recording import recent_appearances
from hub.directory.models import ProgramPage, SupportServicePage
from hub.problems.models import ProblemReport
from hub.translations.coverage import states
from hub.translations.models import TranslationCheck

from .onboarding import partner_organization

STATUS_LABELS = {
    "draft": _("Draft"),
    "in_review": _("In review"),
    "live": _("Live"),
    "live_with_draft": _("Live, with unpublished changes"),
}


def listing_status(page):
    if page.workflow_in_progress:
        return "in_review"
    if not page.live:
        return "draft"
    return "live_with_draft" if page.has_unpublished_changes else "live"


def listing_rows(organization):
    """One row per listing of the organization, drafts included. A few queries in all, not a
    few per listing: drafts, translation checks and reports are each read once."""
    listings = [
        page
        for page in organization.get_children().specific()
        if isinstance(page, (ProgramPage, SupportServicePage))
    ]
    drafts = Revision.objects.in_bulk([page.latest_revision_id for page in listings])
    checks = defaultdict(list)
    for check in TranslationCheck.objects.filter(page__in=[page.pk for page in listings]):
        checks[check.page_id].append(check)
    reports = Counter(
        ProblemReport.objects.filter(
            page__in=[page.pk for page in listings], status=ProblemReport.Status.OPEN
        ).values_list("page_id", flat=True)
    )
    shown = recent_appearances([page.pk for page in listings], days=30)
    names = dict(settings.HUB_LANGUAGES)
    rows = []
    for page in listings:
        draft = drafts[page.latest_revision_id].as_object() if page.latest_revision_id else page
        by_language = states(draft, checks[page.pk])
        status = listing_status(page)
        rows.append(
            {
                "page": page,
                "status": status,
                "status_label": STATUS_LABELS[status],
                "stale": page.verification_is_stale,
                "verifiable": page.live,
                "untranslated": [
                    names[code]
                    for code, state in by_language.items()
                    if state.status != "translated"
                ],
                "outdated": [names[code] for code, state in by_language.items() if state.outdated],
                "open_reports": reports[page.pk],
                "shown": shown.get(page.pk, 0),
            }
        )
    return sorted(rows, key=lambda row: row["page"].title)


class PartnerListingsPanel(Component):
    template_name = "partners/dashboard_panel.html"
    order = 50  # first thing a partner sees

    def __init__(self, organization):
        self.organization = organization

    def get_context_data(self, parent_context):
        return {
            "organization": self.organization,
            "rows": listing_rows(self.organization),
            "csrf_token": parent_context.get("csrf_token"),
            "request": parent_context.get("request"),
        }


def add_partner_panel(request, panels):
    organization = partner_organization(request.user)
    if organization is not None:
        panels.append(PartnerListingsPanel(organization))
