from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.admin import messages
from wagtail.permission_policies.pages import PagePermissionPolicy

from hub import throttle
from hub.directory.models import ProgramPage, SupportServicePage
from hub.directory.public import public_page

from .forms import ProblemReportForm
from .models import ProblemReport

REPORTABLE = (ProgramPage, SupportServicePage)
REPORTS_PER_HOUR = 5


@never_cache
def report_problem(request, page_id):
    """'Report a problem' on a listing: no account and nothing about the family is asked."""
    listing = public_page(page_id, REPORTABLE)
    form = ProblemReportForm(request.POST or None)
    context = {"listing": listing, "form": form}
    if request.method != "POST":
        return TemplateResponse(request, "problems/report.html", context)
    if not form.is_valid():  # a family correcting a mistake is not counted against them
        return TemplateResponse(request, "problems/report.html", context, status=400)
    wait = throttle.seconds_to_wait(request, "problem-reports", REPORTS_PER_HOUR, 3600)
    if wait:
        context["limited"] = True
        response = TemplateResponse(request, "problems/report.html", context, status=429)
        response["Retry-After"] = str(wait)
        return response
    if not form.is_bot():  # a bot is thanked like anyone, and its report goes nowhere
        report = form.save(commit=False)
        report.page = listing
        report.language = get_language()
        report.save()
    context["sent"] = True
    return TemplateResponse(request, "problems/report.html", context)


def reports_for(user):
    """The reports on listings `user` may edit: their organization's, or all for staff."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    reports = ProblemReport.objects.filter(page__in=editable.values("pk"))
    return reports.select_related("page", "handled_by")


def admin_reports(request):
    status = request.GET.get("status", ProblemReport.Status.OPEN)
    reports = reports_for(request.user)
    if request.method == "POST":
        report = get_object_or_404(reports, pk=request.POST.get("report"))
        action = request.POST.get("action")
        if action in (ProblemReport.Status.RESOLVED, ProblemReport.Status.DISMISSED):
            report.status = action
            report.handled_by = request.user
            report.handled_at = timezone.now()
            report.handled_note = request.POST.get("note", "")[:1000]
            report.save()
            messages.success(
                request,
                _("Report marked as %(status)s.") % {"status": report.get_status_display().lower()},
            )
        return redirect(f"{request.path}?status={status}")
    return TemplateResponse(
        request,
        "problems/admin_list.html",
        {
            "reports": reports.filter(status=status) if status else reports,
            "status": status,
            "statuses": ProblemReport.Status.choices,
            "open_count": reports.filter(status=ProblemReport.Status.OPEN).count(),
        },
    )
