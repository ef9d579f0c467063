"""Upload → preview → confirm, in the admin: a partner into their own organization, staff into
the organization they choose (on its behalf)."""

import io

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from hub.directory.models import OrganizationPage
from hub.partners.onboarding import is_hub_staff, partner_organization

from . import jobs
from .columns import COLUMNS
from .models import ImportJob, ImportUpload
from .plan import apply, plan
from .spreadsheet import MAX_BYTES, ImportRefused, read
from .tasks import run_import_job
from .template import workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _own_organization(request):
    """The partner's organization; None for staff, who choose one; refused for anyone else."""
    organization = partner_organization(request.user)
    if organization is None and not is_hub_staff(request.user):
        raise PermissionDenied
    return organization


def _chosen_organization(request):
    try:
        return OrganizationPage.objects.get(pk=int(request.POST.get("organization", "")))
    except (ValueError, OrganizationPage.DoesNotExist):
        return None


def _read(upload):
    """Read the uploaded file into upload.table (raises ImportRefused)."""
    header, rows = read(bytes(upload.content), upload.filename)
    upload.table = {"header": header, "rows": rows}


def _plan(upload):
    return plan(upload.table["header"], upload.table["rows"], upload.organization.specific)


def start(request):
    own = _own_organization(request)
    organization, error = own, None
    if request.method == "POST":
        organization = own or _chosen_organization(request)
        sent = request.FILES.get("file")
        if organization is None:
            error = _("Choose the organization the programs belong to.")
        elif sent is None:
            error = _("Choose a file to upload.")
        elif sent.size > MAX_BYTES:
            error = _("The file is %(size)d MB; the most we take is %(max)d MB.") % {
                "size": sent.size // (1024 * 1024),
                "max": MAX_BYTES // (1024 * 1024),
            }
        else:
            upload = ImportUpload(
                organization=organization,
                user=request.user,
                filename=sent.name[:255],
                content=sent.read(),
            )
            try:
                _read(upload)
                _plan(upload)
            except ImportRefused as refused:  # a refused file is never stored
                error = refused.message
            else:
                upload.save()
                return redirect("imports:preview", upload.pk)
    return TemplateResponse(
        request,
        "imports/start.html",
        {
            "organization": organization,
            "on_behalf": own is None,
            "organizations": OrganizationPage.objects.order_by("title") if own is None else [],
            "error": error,
            "columns": COLUMNS,
        },
        status=400 if error else 200,
    )


def preview(request, upload_id):
    own = _own_organization(request)
    uploads = ImportUpload.objects.filter(applied_at__isnull=True)
    if own is not None:
        uploads = uploads.filter(organization=own)
    upload = get_object_or_404(uploads, pk=upload_id)
    organization = upload.organization.specific
    try:
        if upload.table is None:  # stored before files were read once on upload
            _read(upload)
            upload.save(update_fields=["table"])
        result = _plan(upload)  # checked again: the organization may have changed meanwhile
    except ImportRefused as refused:
        upload.delete()  # refused once is enough: it is never read again
        messages.error(request, refused.message)
        return redirect("imports:start")
    if request.method == "POST" and not result.problems:
        if len(result.rows) > settings.IMPORTS_BACKGROUND_ROWS:  # too long for one request
            job = ImportJob.objects.create(
                kind=ImportJob.Kind.SPREADSHEET,
                user=request.user,
                filename=upload.filename,
                upload=upload,
                total=len(result.rows),
            )
            run_import_job.enqueue(job.pk)
            return redirect("imports:job", job.pk)
        apply(result, organization, request.user)
        upload.applied_at = timezone.now()
        upload.save(update_fields=["applied_at"])
        messages.success(
            request,
            _(
                "Imported: %(created)d new, %(updated)d changed, %(unchanged)d unchanged. "
                "They are drafts: submit them for review to publish them."
            )
            % {
                "created": result.count("create"),
                "updated": result.count("update"),
                "unchanged": result.count("unchanged"),
            },
        )
        if own is None:  # staff: to the organization's pages
            return redirect("wagtailadmin_explore", organization.pk)
        return redirect("wagtailadmin_home")  # partners: their listings and what each needs
    return TemplateResponse(
        request,
        "imports/preview.html",
        {"upload": upload, "plan": result, "organization": organization},
    )


def template(request):
    _own_organization(request)
    response = HttpResponse(workbook(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="programs-template.xlsx"'
    return response


# --- Imports run by the worker ---------------------------------------------------------------


def _staff_only(request):
    if not is_hub_staff(request.user):
        raise PermissionDenied


def _job(request, job_id):
    """Staff see every import; anyone else only those they started."""
    found = ImportJob.objects.all()
    if not is_hub_staff(request.user):
        found = found.filter(user=request.user)
    return get_object_or_404(found, pk=job_id)


def hsds_start(request):
    """Staff upload an HSDS zip; the worker imports it."""
    _staff_only(request)
    error = None
    if request.method == "POST":
        sent = request.FILES.get("file")
        if sent is None:
            error = _("Choose a file to upload.")
        elif sent.size > jobs.MAX_ZIP_BYTES:
            error = _("The file is %(size)d MB; the most we take is %(max)d MB.") % {
                "size": sent.size // (1024 * 1024),
                "max": jobs.MAX_ZIP_BYTES // (1024 * 1024),
            }
        else:
            content = sent.read()
            try:
                jobs.check_zip(content)
            except ImportRefused as refused:  # a refused file is never stored
                error = refused.message
            else:
                job = ImportJob.objects.create(
                    kind=ImportJob.Kind.HSDS,
                    user=request.user,
                    filename=sent.name[:255],
                    content=content,
                    total=jobs.HSDS_STEPS,
                )
                run_import_job.enqueue(job.pk)
                return redirect("imports:job", job.pk)
    return TemplateResponse(
        request,
        "imports/hsds_start.html",
        {
            "error": error,
            "jobs": ImportJob.objects.defer("content", "report").select_related("user")[:20],
            "max_mb": jobs.MAX_ZIP_BYTES // (1024 * 1024),
        },
        status=400 if error else 200,
    )


# What a record became, as the report's codes (HSDS importer; spreadsheet plan) say it.
ACTIONS = {
    "created": gettext_lazy("New"),
    "create": gettext_lazy("New draft"),
    "updated": gettext_lazy("Changed"),
    "update": gettext_lazy("Changes (a new draft)"),
    "unchanged": gettext_lazy("No change"),
    "kept": gettext_lazy("Kept as given (no place in the hub)"),
    "rejected": gettext_lazy("Rejected"),
    "not imported": gettext_lazy("Not imported"),
}


def job(request, job_id):
    found = _job(request, job_id)
    counts = {}
    for line in found.report:
        action = line.get("action", "")
        counts[action] = counts.get(action, 0) + 1
    return TemplateResponse(
        request,
        "imports/job.html",
        {
            "job": found,
            "counts": [(ACTIONS.get(action, action), n) for action, n in sorted(counts.items())],
            "refresh": not found.finished,
        },
    )


def job_cancel(request, job_id):
    found = _job(request, job_id)
    if request.method != "POST":
        return redirect("imports:job", found.pk)
    try:
        ImportJob.objects.filter(pk=found.pk).update(cancel_requested=True)
        # One still waiting is cancelled at once; a running one at its next check.
        ImportJob.objects.filter(pk=found.pk, status=ImportJob.Status.QUEUED).update(
            status=ImportJob.Status.CANCELLED, finished_at=timezone.now()
        )
    except OperationalError:  # SQLite: the import holds the only write lock while it writes
        messages.error(
            request,
            _("The import is writing right now and could not be cancelled. Try again."),
        )
    return redirect("imports:job", found.pk)


def job_report(request, job_id):
    found = _job(request, job_id)
    out = io.StringIO()
    jobs.write_report(found, out)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="import-{found.pk}-report.csv"'
    return response
