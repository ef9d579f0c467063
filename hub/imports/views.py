"""Upload → preview → confirm, in the admin, for a partner's own organization."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages

from hub.partners.onboarding import partner_organization

from .columns import COLUMNS
from .models import ImportUpload
from .plan import apply, plan
from .spreadsheet import MAX_BYTES, ImportRefused, read
from .template import workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _organization(request):
    organization = partner_organization(request.user)
    if organization is None:
        raise PermissionDenied  # imports land in the importer's own organization
    return organization


def _plan(upload):
    header, rows = read(bytes(upload.content), upload.filename)
    return plan(header, rows, upload.organization.specific)


def start(request):
    organization = _organization(request)
    error = None
    if request.method == "POST":
        sent = request.FILES.get("file")
        if sent is None:
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
                _plan(upload)
            except ImportRefused as refused:
                error = refused.message
            else:
                upload.save()
                return redirect("imports:preview", upload.pk)
    return TemplateResponse(
        request,
        "imports/start.html",
        {"organization": organization, "error": error, "columns": COLUMNS},
        status=400 if error else 200,
    )


def preview(request, upload_id):
    organization = _organization(request)
    upload = get_object_or_404(
        ImportUpload, pk=upload_id, organization=organization, applied_at__isnull=True
    )
    try:
        result = _plan(upload)  # checked again: the organization may have changed meanwhile
    except ImportRefused as refused:
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
        return redirect("wagtailadmin_home")
    return TemplateResponse(
        request,
        "imports/preview.html",
        {"upload": upload, "plan": result, "organization": organization},
    )


def template(request):
    _organization(request)
    response = HttpResponse(workbook(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="programs-template.xlsx"'
    return response
