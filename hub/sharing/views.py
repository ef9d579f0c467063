"""What an educator hands a family: a QR code and a one-page printable flyer of a program,
pathway or support service, and a program's dates as a calendar file, in any of the hub's
languages (the URL's language prefix)."""

import io

import segno
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from hub.directory.models import PathwayPage, ProgramPage, SupportServicePage
from hub.directory.public import public_page

from .calendar import program_calendar

SHAREABLE = (ProgramPage, PathwayPage, SupportServicePage)


def page_address(request, page):
    """The page's full address in the request's language."""
    return request.build_absolute_uri(page.url)


@require_GET
@cache_control(public=True, max_age=86400)
def qr_code(request, page_id):
    """A PNG QR code of the page's address, drawn here (no outside service sees who shares)."""
    page = public_page(page_id, SHAREABLE)
    out = io.BytesIO()
    segno.make(page_address(request, page), error="m").save(out, kind="png", scale=6, border=2)
    return HttpResponse(out.getvalue(), content_type="image/png")


@require_GET
def calendar(request, page_id):
    page = public_page(page_id, (ProgramPage,))
    body = program_calendar(page, page_address(request, page), request.get_host())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response


@require_GET
def flyer(request, page_id):
    page = public_page(page_id, SHAREABLE)
    # Whom a family calls or writes to: the application contact first (pathways have none).
    phone = getattr(page, "apply_phone", "") or getattr(page, "contact_phone", "")
    email = getattr(page, "apply_email", "") or getattr(page, "contact_email", "")
    context = {"page": page, "address": page_address(request, page), "phone": phone, "email": email}
    return TemplateResponse(request, "sharing/flyer.html", context)
