"""The language switcher's one view: the only place the hub sets its language cookie."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def choice_url(target):
    """The switcher's link to `target` (a page of the hub under its language prefix)."""
    return f"{reverse('choose_language')}?{urlencode({'next': target})}"


@require_GET
@never_cache
def choose_language(request):
    """A family picked a language in the switcher: remember it, then show them the page.

    Pages read by their address (/es/...) need no cookie, the language is in the address; the
    cookie is for the addresses without one, "/" and a short link from paper (/l/<code>), which
    then open in the language the family chose. It holds the language code and nothing else.

    A plain link rather than Django's set_language (a POST form): a form needs a CSRF token,
    which is itself a cookie on every page. Another site sending a family here can do no more
    than change the language their next visit opens in."""
    target = request.GET.get("next", "")
    language = get_language_from_path(target)
    local = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    # A control character would end in a header (Location) Django refuses: a 500.
    if not (language and local and target.isprintable()):
        return HttpResponseBadRequest(
            _("This link does not lead to a page of the hub."), content_type="text/plain"
        )
    response = redirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response
