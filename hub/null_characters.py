"""A NUL character in a parameter is a clear 400, before any view reads it: PostgreSQL refuses
NUL in text, so a search, ZIP code, interest or list title carrying one would otherwise fail as
a 500 (SQLite, used in development, lets it through). No person types one."""

from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _

NUL = "\x00"
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _first_with_nul(params):
    for name, values in params.lists():
        if NUL in name or any(NUL in value for value in values):
            return name.replace(NUL, "") or "query"
    return None


class RejectNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        parameter = _first_with_nul(request.GET)
        if parameter is None and request.content_type in FORMS:
            parameter = _first_with_nul(request.POST)
        if parameter is None:
            return self.get_response(request)
        message = _("This contains a character that cannot be used.")
        if request.path_info.startswith("/api/"):
            return JsonResponse({"parameter": parameter, "message": message}, status=400)
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
