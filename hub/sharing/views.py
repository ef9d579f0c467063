"""What an educator hands a family: a QR code and a one-page printable flyer of a program,
pathway or support service, and a program's dates as a calendar file, in any of the hub's
languages (the URL's language prefix)."""

import io

import segno
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from hub.directory.models import Interest, PathwayPage, ProgramPage, SupportServicePage
from hub.directory.public import public_page

from .calendar import deadlines_calendar, program_calendar
from .preview import preview_png

SHAREABLE = (ProgramPage, PathwayPage, SupportServicePage)
# The pictures of a shared link may be kept by any cache on the way, for everyone (they are the
# same for every reader of the address: the language is in it). Not for long: once a partner
# takes a listing down, its title and QR code must be gone from those caches within minutes.
SHARED_PICTURE_SECONDS = 600


def page_address(request, page):
    """The page's full address in the request's language. Given the request, Wagtail takes
    the sites' root paths from it (routing's per-process copy), not from the shared cache."""
    return request.build_absolute_uri(page.get_url(request))


@require_GET
def short_link(request, page_id):
    """/<lang>/p/<id>: the shortest address of a listing in a language, for a text message."""
    return redirect(public_page(page_id, SHAREABLE).get_url(request))


@require_GET
@cache_control(public=True, max_age=SHARED_PICTURE_SECONDS)
def qr_code(request, page_id):
    """A PNG QR code of the page's address, drawn here (no outside service sees who shares)."""
    page = public_page(page_id, SHAREABLE)
    return HttpResponse(qr_png(page_address(request, page)), content_type="image/png")


def qr_png(address):
    out = io.BytesIO()
    segno.make(address, error="m").save(out, kind="png", scale=6, border=2)
    return out.getvalue()


@require_GET
def calendar(request, page_id):
    page = public_page(page_id, (ProgramPage,))
    body = program_calendar(page, page_address(request, page), request.get_host())
    return _calendar_response(body, f"{page.slug}.ics")


@require_GET
@cache_control(public=True, max_age=SHARED_PICTURE_SECONDS)
def preview_image(request, page_id):
    """The picture beside a shared link in messaging apps (og:image)."""
    page = public_page(page_id, SHAREABLE)
    return HttpResponse(preview_png(page), content_type="image/png")


@require_GET
def interest_deadlines(request, slug):
    interest = get_object_or_404(Interest, slug=slug)
    programs = (
        ProgramPage.objects.live().public().filter(interests=interest).prefetch_related("sessions")
    )
    name = _("Deadlines: %(interest)s") % {"interest": interest.name}
    body = deadlines_calendar(
        name, programs, lambda page: page_address(request, page), request.get_host()
    )
    return _calendar_response(body, f"deadlines-{interest.slug}.ics")


def _calendar_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def service_worker(request):
    """static/js/sw.js, served from the site's root so it may keep pages in every language."""
    with open(finders.find("js/sw.js"), "rb") as script:
        response = HttpResponse(script.read(), content_type="application/javascript")
    response["Cache-Control"] = "no-cache"  # a new version reaches families on their next visit
    return response


@require_GET
def offline(request):
    return TemplateResponse(request, "sharing/offline.html")


@require_GET
def flyer(request, page_id):
    page = public_page(page_id, SHAREABLE)
    # Whom a family calls or writes to: the application contact first (pathways have none).
    phone = getattr(page, "apply_phone", "") or getattr(page, "contact_phone", "")
    email = getattr(page, "apply_email", "") or getattr(page, "contact_email", "")
    context = {"page": page, "address": page_address(request, page), "phone": phone, "email": email}
    return TemplateResponse(request, "sharing/flyer.html", context)
