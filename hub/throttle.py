"""Per-client limits on what the public sends (problem reports, shared lists) that store no
address: the client is known only by a hash of its address with a secret that changes every
day, held in the cache for an hour."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def _client_key(request, scope):
    secret = f"{settings.SECRET_KEY}:{timezone.localdate().isoformat()}"
    address = request.META.get("REMOTE_ADDR", "")
    return f"{scope}:" + hashlib.sha256(f"{secret}:{address}".encode()).hexdigest()[:24]


def allow(request, scope, per_hour):
    """True (and counted) while this client has sent fewer than `per_hour` in `scope`."""
    key = _client_key(request, scope)
    cache.add(key, 0, timeout=3600)
    try:
        sent = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        sent = 1
    return sent <= per_hour
