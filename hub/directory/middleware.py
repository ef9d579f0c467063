from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_path


class VaryOnLanguageCookieMiddleware:
    """An address without a language in it (/, /l/<code>, the APIs) is answered in the language
    LocaleMiddleware takes from the language cookie, else from Accept-Language. LocaleMiddleware
    names only Accept-Language in Vary (except on its own redirect), so a shared cache would
    serve one family's remembered language to the next: name the cookie too. Addresses with a
    language in them (/es/...) read neither and vary on neither."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not get_language_from_path(request.path_info):
            patch_vary_headers(response, ("Cookie",))
        return response
