"""Anonymous answers served from the shared cache, and marked so a proxy or CDN may keep them.

Families are all anonymous and every family address carries its language (/es/...) or asks
for one (`?lang=` on the APIs), so one answer fits everyone who asks the same address. What
is cached, by address (`scopes_of`): family pages, share assets, API answers, the sitemap.

Never cached, nor marked public:
- anything asked by someone signed in (the request carries the session cookie), whose pages may
  show their name (Wagtail's user bar); their answers are marked private;
- a response that sets a cookie, or that carries a CSRF token (a form: the token is the
  visitor's own);
- errors and anything but GET/HEAD; a response a view marked private, no-cache or no-store.

A cached answer is kept under the versions of what it shows (hub/caching/versions.py): every
publish, unpublish, move, deletion, verification or snippet change makes a new version, so the
next request after it is made afresh. The equity figures are also kept under the month: which
month's searches they publish changes when a month ends, with no version changed (a counter
batch changes nothing published), so the first request of a new month is made afresh.
Proxies in front are told `s-maxage` (and purged through wagtail.contrib.frontend_cache,
hub/caching/purge.py); browsers keep a page a minute.

Something a view does on every request besides answering (counting the answer in the
anonymous counters) is registered with `on_every_hit` and done again on each cache hit."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control

from . import versions
from .compression import chosen_encoding

# Browsers: a minute (the back button, a second look); shared caches: five minutes, and while
# they fetch a fresh copy, up to a minute more of the old one. A proxy purged by the hub
# (hub/caching/purge.py) drops a page at once; an address it cannot be told about (a search
# with its own question) is at most this old.
BROWSER_SECONDS = 60
SHARED_SECONDS = 300
STALE_SECONDS = 60
CACHED_STATUSES = (200, 301)
_REPLAYS = "_hub_cache_replays"
_KEY = "_hub_cache_key"


def language_and_rest(path_info):
    """("es", "find/") for "/es/find/"; (None, path without its leading slash) otherwise."""
    first, _sep, rest = path_info.lstrip("/").partition("/")
    if first in _language_codes():
        return first, rest
    return None, path_info.lstrip("/")


def _language_codes():
    return {code for code, _name in settings.LANGUAGES}


def scopes_of(path_info):
    """The versions an address's answer depends on, or None when it is never cached."""
    language, rest = language_and_rest(path_info)
    if language:
        if rest.startswith("report/"):  # the problem form: a CSRF token, never cached anyway
            return None
        if rest.startswith("equity/"):
            return ("content", "equity")
        return ("content",)
    if rest.startswith("api/v1/equity/"):
        return ("content", "equity")
    if rest.startswith(("api/v1/", "api/hsds/")) or rest == "sitemap.xml":
        return ("content",)
    if rest.startswith("l/") and rest.endswith("/qr.png"):  # a short link's QR code
        return ("content",)
    return None


def signed_in(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def on_every_hit(request, function, *args):
    """Call function(*args) again each time this response is served from the cache (they are
    stored with it, so they must be picklable: a module-level function and plain values)."""
    if not hasattr(request, _REPLAYS):
        setattr(request, _REPLAYS, [])
    getattr(request, _REPLAYS).append((function, args))


def _directives(response):
    return {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part.strip()
    }


def _shareable(request, response):
    return (
        response.status_code in CACHED_STATUSES
        and not response.streaming
        and not response.cookies
        # A page with a form: its token belongs to this visitor (and Django set the cookie).
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not _directives(response) & {"private", "no-cache", "no-store"}
    )


def _address_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return f"{chosen_encoding(request) or 'identity'}:{digest}"


def _key(request, scopes):
    stamp = ":".join(versions.current(scope) for scope in scopes)
    if "equity" in scopes:
        # A month's searches are published when it ends (hub/equity/figures.py): last month's
        # copy must not answer for this one.
        stamp += f":{timezone.localdate():%Y-%m}"
    return f"page:{stamp}:{_address_key(request)}"


def _from_entry(entry):
    status, headers, content, replays = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    for function, args in replays:
        function(*args)
    return response


def _mark_public(response):
    """Public, with each lifetime the view did not set itself (a picture sets its own)."""
    present = _directives(response)
    lifetimes = {
        "max_age": BROWSER_SECONDS,
        "s_maxage": SHARED_SECONDS,
        "stale_while_revalidate": STALE_SECONDS,
    }
    patch_cache_control(
        response,
        public=True,
        **{
            name: value
            for name, value in lifetimes.items()
            if name.replace("_", "-") not in present
        },
    )


def _store(request, key, response):
    entry = (
        response.status_code,
        list(response.items()),
        response.content,
        getattr(request, _REPLAYS, []),
    )
    cache.set(key, entry, timeout=settings.HUB_PAGE_CACHE_SECONDS)


class AnonymousPageCache:
    """See the module's docstring. Placed below the language and rate-limit middleware (so a
    hit is counted against the limits and answers in its address's language) and above the
    compression middleware (so what is stored is already compressed, once per encoding)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with versions.request_versions():
            response = self.get_response(request)
            if response.has_header("X-Hub-Cache") and response["X-Hub-Cache"] != "miss":
                return response  # served from the cache: stored with its headers
            scopes = scopes_of(request.path_info)
            if scopes is None or request.method not in ("GET", "HEAD"):
                return response
            if signed_in(request):
                patch_cache_control(response, private=True)
                return response
            if not _shareable(request, response):
                return response
            _mark_public(response)
            key = getattr(request, _KEY, None)
            if key is not None:
                response["X-Hub-Cache"] = "miss"
                _store(request, key, response)
            return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.HUB_PAGE_CACHE or request.method not in ("GET", "HEAD"):
            return None
        scopes = scopes_of(request.path_info)
        if scopes is None or signed_in(request):
            return None
        key = _key(request, scopes)
        entry = cache.get(key)
        if entry is not None:
            response = _from_entry(entry)
            response["X-Hub-Cache"] = "hit"
            return response
        setattr(request, _KEY, key)
        return None
