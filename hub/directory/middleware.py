from django.conf import settings
from django.utils.translation import get_language_from_path


class RememberLanguageMiddleware:
    """A family reading the hub in a language gets it again next time they open "/": the
    language of the page they read (chosen in the switcher, or the language of a link someone
    shared) is kept in Django's language cookie. The cookie holds the language code and
    nothing else; LocaleMiddleware reads it before Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = get_language_from_path(request.path_info)
        if (
            language
            and response.status_code == 200
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language
        ):
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
