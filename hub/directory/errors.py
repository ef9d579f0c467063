"""What a family (or an API client) gets when the hub fails: a database that cannot be reached
is "temporarily unavailable, try again in a minute" (503), anything else the plain 500 page.

Django hands every uncaught exception, from a view or a middleware, to `handler500`; the
exception being handled is still in `sys.exc_info()` there. Nothing here touches the database:
the language comes from the URL prefix, and the page is a template without context processors.
Recovery needs nothing: Django drops a connection that failed at the end of the request
(and checks a reused one before the next, CONN_HEALTH_CHECKS), so the next request reconnects."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error as plain_server_error

# Seconds a client is asked to wait before trying again.
RETRY_AFTER = 60


def database_unreachable(error):
    """Raised when the database is down, refuses connections, dropped ours or is locked; not
    for mistakes in a query (ProgrammingError, IntegrityError), which stay 500s."""
    return isinstance(error, OperationalError | InterfaceError)


@requires_csrf_token
def server_error(request):
    error = sys.exc_info()[1]
    if not database_unreachable(error):
        return plain_server_error(request)
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or translation.get_language()):
        if request.path_info.startswith("/api/"):
            message = gettext("The service is temporarily unavailable. Try again in a minute.")
            response = JsonResponse({"detail": message}, status=503)
        else:
            page = loader.get_template("503.html").render({"retry_after": RETRY_AFTER})
            response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    return response
