from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_path

# The public APIs answer in the language their `lang` parameter names, else English.
API_PATHS = ("/api/v1/", "/api/hsds/")


def _is_api(request):
    return request.path_info.startswith(API_PATHS)


class VaryOnLanguageCookieMiddleware:
    """Only an address without a language in it and that is not an API (/, a short link from
    paper /l/<code>) is answered in the language LocaleMiddleware takes from the language
    cookie, else from Accept-Language. LocaleMiddleware names only Accept-Language in Vary, so
    a shared cache would serve one family's remembered language to the next: name the cookie
    too. Addresses with a language in them (/es/...) and the APIs read neither and vary on
    neither, so one cached copy serves every family."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _is_api(request):
            kept = [
                header.strip()
                for header in response.get("Vary", "").split(",")
                if header.strip() and header.strip().lower() not in ("accept-language", "cookie")
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            elif response.has_header("Vary"):
                del response["Vary"]
        elif not get_language_from_path(request.path_info):
            patch_vary_headers(response, ("Cookie",))
        return response


class ApiLanguageMiddleware:
    """The APIs answer in `?lang=` (a code the hub speaks), else English: never in the language
    of the asker's cookie or browser, so an answer is the same for everyone who asks its
    address (and a rate-limit message is in the language asked for). After LocaleMiddleware,
    which has already chosen from the cookie and Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _is_api(request):
            asked = (request.GET.get("lang") or "").strip().lower()
            codes = {code for code, _name in settings.LANGUAGES}
            language = asked if asked in codes else settings.LANGUAGE_CODE
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
