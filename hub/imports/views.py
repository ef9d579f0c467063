"""Upload → preview → confirm, in the admin: a partner into their own organization, staff into
the organization they choose (on its behalf)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages

from hub.directory.models import OrganizationPage
from hub.partners.onboarding import is_hub_staff, partner_organization

from .columns import COLUMNS
from .models import ImportUpload
from .plan import apply, plan
from .spreadsheet import MAX_BYTES, ImportRefused, read
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
