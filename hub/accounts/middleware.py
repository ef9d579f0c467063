from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device

# What a person between password and code may still open.
OPEN_BEFORE_CODE = {
    "accounts_two_factor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class SecondFactorMiddleware:
    """An account with two-factor turned on is only half signed in by its password: until it
    has given a code, the admin sends it to the code page, and the rest of the site treats it
    as anonymous. Accounts without a device are untouched (two-factor is optional)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # No session cookie, nobody signed in: leave the session (and Vary: Cookie) alone.
        if settings.SESSION_COOKIE_NAME in request.COOKIES and self._waiting_for_code(request):
            try:
                name = resolve(request.path_info).url_name
            except Resolver404:
                name = None
            if name not in OPEN_BEFORE_CODE:
                if request.path_info.startswith(reverse("wagtailadmin_home")):
                    return redirect_to_login(
                        request.get_full_path(), reverse("accounts_two_factor_verify")
                    )
                request.user = AnonymousUser()
        return self.get_response(request)

    @staticmethod
    def _waiting_for_code(request):
        user = request.user
        return (
            user.is_authenticated
            and not user.is_verified()
            and user_has_device(user, confirmed=True)
        )
