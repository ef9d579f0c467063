from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from .verify import VERIFIED_TYPES, confirm_still_accurate, page_for_token


@never_cache
def verify_from_link(request, token):
    """The link in a reminder email. GET only asks (mail scanners open links); POST confirms."""
    try:
        page = page_for_token(token)
    except signing.SignatureExpired:
        return _link_problem(request, _("This link has expired."), status=410)
    except signing.BadSignature:
        return _link_problem(request, _("This link is not valid."), status=400)
    confirmed_on = None
    if request.method == "POST":
        confirmed_on = confirm_still_accurate(page)
    return TemplateResponse(
        request,
        "verification/confirm.html",
        {"listing": page, "confirmed_on": confirmed_on},
    )


def _link_problem(request, problem, status):
    return TemplateResponse(
        request,
        "verification/link_problem.html",
        {"problem": problem, "login_url": reverse("wagtailadmin_login")},
        status=status,
    )


def verify_in_admin(request, page_id):
    """One click in the admin: the partner (or staff) confirms a listing they may edit."""
    page = get_object_or_404(Page, pk=page_id).specific
    if (
        not isinstance(page, VERIFIED_TYPES)
        or not page.permissions_for_user(request.user).can_edit()
    ):
        raise PermissionDenied
    if request.method != "POST":
        return TemplateResponse(request, "verification/admin_confirm.html", {"listing": page})
    confirmed_on = confirm_still_accurate(page)
    messages.success(
        request,
        _("“%(title)s” is marked as verified on %(date)s.")
        % {"title": page.title, "date": confirmed_on.isoformat()},
    )
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)  # e.g. the partner's dashboard, where the button was
    return redirect("wagtailadmin_pages:edit", page.pk)
