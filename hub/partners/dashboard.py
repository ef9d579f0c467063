"""A partner's admin home: their listings, what each needs, and their open problem reports."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from hub.directory.models import PathwayPage, ProgramPage, SupportServicePage
from hub.problems.models import ProblemReport
from hub.translations.coverage import states

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
    """One row per listing of the organization, drafts included."""
    children = organization.get_children().specific()
    reports = {}
    for page_id in ProblemReport.objects.filter(
        page__in=children, status=ProblemReport.Status.OPEN
    ).values_list("page_id", flat=True):
        reports[page_id] = reports.get(page_id, 0) + 1
    names = dict(settings.HUB_LANGUAGES)
    rows = []
    for page in children:
        if not isinstance(page, (ProgramPage, SupportServicePage, PathwayPage)):
            continue
        by_language = states(page.get_latest_revision_as_object())
        status = listing_status(page)
        rows.append(
            {
                "page": page,
                "status": status,
                "status_label": STATUS_LABELS[status],
                "stale": getattr(page, "verification_is_stale", False),
                "verifiable": page.live and isinstance(page, (ProgramPage, SupportServicePage)),
                "untranslated": [
                    names[code]
                    for code, state in by_language.items()
                    if state.status != "translated"
                ],
                "outdated": [names[code] for code, state in by_language.items() if state.outdated],
                "open_reports": reports.get(page.pk, 0),
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
