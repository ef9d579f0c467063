"""Saving in the Wagtail admin: all or nothing, and a refusal with a message instead of a 500.

Wagtail's publish action writes in several steps (the page, a revision, the publication, the
log), not in one transaction, so a failure half-way would leave half a change. Here every admin
POST is one transaction, rolled back whenever its view fails. Two failures a person can cause
end as a message on the page they came from:

- the database is busy with someone else's save (SQLite locks the whole file; settings make a
  save wait for the lock, this covers a wait that runs out);
- a form posted without the counts Django and Wagtail need to read it (the `-count` of a
  StreamField, `sessions-TOTAL_FORMS` of an inline): a crafted or truncated POST."""

import logging

from django.contrib import messages
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.db import OperationalError, transaction
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.translation import gettext

log = logging.getLogger(__name__)
BUSY_SIGNS = ("locked", "deadlock", "lock timeout")
# A view refusing (not found, not allowed) is no failed save, and Django answers it with a page
# that reads the database (the site's 404 asks for the Site), which a transaction marked for
# rollback would refuse: a 500 in place of the refusal.
REFUSALS = (Http404, PermissionDenied, BadRequest, SuspiciousOperation)


def _is_admin_post(request):
    return request.method == "POST" and request.path_info.startswith(reverse("wagtailadmin_home"))


def _refusal(request, exception):
    """The message for a failure a person can cause, or None for any other."""
    if isinstance(exception, OperationalError) and any(
        sign in str(exception).lower() for sign in BUSY_SIGNS
    ):
        return gettext(
            "Someone else is saving at the same moment; your changes were not saved. Try again."
        )
    if isinstance(exception, MultiValueDictKeyError):
        return gettext("The form was incomplete; reload the page and try again.")
    return None


class AdminSaveMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_admin_post(request):
            return self.get_response(request)
        with transaction.atomic():
            return self.get_response(request)

    def process_exception(self, request, exception):
        if not _is_admin_post(request) or isinstance(exception, REFUSALS):
            return None
        transaction.set_rollback(True)  # nothing of a failed save stays, whatever the failure
        message = _refusal(request, exception)
        if message is None:
            return None  # the site's 500 (or, for a database that is down, 503) page
        log.warning("Admin save refused (%s): %s", request.path_info, exception)
        if "application/json" in request.headers.get("Accept", ""):  # Wagtail's autosave
            return JsonResponse(
                {"success": False, "error_code": "save_refused", "error_message": message},
                status=409 if isinstance(exception, OperationalError) else 400,
            )
        messages.error(request, message)
        return HttpResponseRedirect(request.get_full_path())
