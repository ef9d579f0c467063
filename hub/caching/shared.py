"""A safety net under the views' own caching headers: a response a shared cache (a school's
proxy, a CDN) may keep for everyone must not carry a cookie, or the cache hands one visitor's
cookie to all the others. Views get this right themselves
(tests/site_wide/test_caching_headers.py walks the public addresses); this catches the one that
forgets, by making such a response private."""

from django.utils.cache import cc_delim_re, patch_cache_control


def shared_caches_may_keep(response):
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if directives & {"private", "no-store"}:
        return False
    return bool(directives & {"public", "max-age", "s-maxage"})


class NoSharedCacheWithCookies:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.cookies and shared_caches_may_keep(response):
            # The visitor's own browser may still keep it; no cache between may.
            patch_cache_control(response, private=True)
        return response
