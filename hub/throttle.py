"""Per-client limits on what the public asks and sends (searches, the APIs, problem reports,
shared lists) that store no address: the client is known only by a hash of its address with a
secret that changes every day, held in the cache for one window and then forgotten.

The counts live in Django's cache: Redis in production (REDIS_URL), shared by every worker and
server, so a client gets the limit once however many workers answer it
(tests/site_wide/test_rate_limits_across_workers.py). Without REDIS_URL each process counts
on its own (`make run` is one process)."""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _


def client_address(request):
    """The address the request came from: behind HUB_TRUSTED_PROXIES proxies, the one the
    outermost of them saw (the last it added to X-Forwarded-For), else the socket's peer."""
    proxies = settings.HUB_TRUSTED_PROXIES
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [address.strip() for address in forwarded if address.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _client_key(request, scope):
    secret = f"{settings.SECRET_KEY}:{timezone.localdate().isoformat()}"
    address = client_address(request)
    return f"throttle:{scope}:" + hashlib.sha256(f"{secret}:{address}".encode()).hexdigest()[:24]


def seconds_to_wait(request, scope, requests, seconds):
    """Count this request in `scope`. 0 while this client has made at most `requests` in the
    window of `seconds` that its first request opened; past that, the seconds until the window
    closes."""
    return seconds_to_wait_for(_client_key(request, scope), requests, seconds)


def seconds_to_wait_for(key, requests, seconds):
    """`seconds_to_wait` for a client known by `key` (a hash, never an address or number)."""
    if hasattr(cache, "count_in_window"):  # the shared cache (hub/caching/redis.py)
        if cache.count_in_window(key, seconds) <= requests:
            return 0
        return max(1, cache.seconds_left(key, seconds))
    now = time.time()
    try:
        made = cache.incr(key)
    except ValueError:  # none open: this request opens one
        cache.add(f"{key}:opened", now, timeout=seconds)
        cache.add(key, 0, timeout=seconds)
        try:
            made = cache.incr(key)
        except ValueError:  # the window closed between add and incr
            cache.set(f"{key}:opened", now, timeout=seconds)
            cache.set(key, 1, timeout=seconds)
            made = 1
    if made <= requests:
        return 0
    opened = cache.get(f"{key}:opened", now)
    return max(1, math.ceil(opened + seconds - now))


def over_limit(request, name):
    """Seconds to wait if this request goes over the limit HUB_RATE_LIMITS[name], else 0."""
    requests, seconds = settings.HUB_RATE_LIMITS[name]
    return seconds_to_wait(request, name, requests, seconds)


def too_many_page(request, wait):
    response = TemplateResponse(
        request, "too_many_requests.html", {"minutes": math.ceil(wait / 60)}, status=429
    )
    response["Retry-After"] = str(wait)
    return response


def too_many_json(wait):
    response = JsonResponse(
        {
            "message": _("Too many requests. Please try again in %(seconds)d seconds.")
            % {"seconds": wait}
        },
        status=429,
    )
    response["Retry-After"] = str(wait)
    return response


def _is_search(request):
    """A question asked on the find page (/<lang>/find/?...); the empty form is not one."""
    if not request.GET:
        return False
    first, _sep, rest = request.path_info.lstrip("/").partition("/")
    return rest == "find/" and first in {code for code, _name in settings.LANGUAGES}


class RateLimitMiddleware:
    """Every request to the public APIs (/api/v1/, /api/hsds/) counts against HUB_RATE_LIMITS
    ['api'] (over it, a JSON 429 with Retry-After), and every search on the find page against
    ['match'] (a page saying when to try again). Ahead of the page cache: an answer served from
    it counts like any other."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.HUB_RATE_LIMITED_PATHS):
            wait = over_limit(request, "api")
            if wait:
                return too_many_json(wait)
        elif _is_search(request):
            wait = over_limit(request, "match")
            if wait:
                # Rendered here: only a view's TemplateResponse is rendered by Django.
                return too_many_page(request, wait).render()
        return self.get_response(request)
