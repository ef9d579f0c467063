"""Django's Redis cache, forgiving an outage: while Redis cannot be reached every read is a
miss and every write is dropped, so families get pages made afresh (and rate limits do not
count) instead of an error. A warning is logged at most once a minute per process."""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
_last_warning = 0.0


def _warn(error):
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= 60:
        _last_warning = now
        log.warning("The shared cache (Redis) is unreachable; serving without it: %s", error)


def _forgiving(method, fallback):
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            _warn(error)
            if isinstance(fallback, type) and issubclass(fallback, Exception):
                raise fallback("cache unavailable") from error
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    call.__name__ = method.__name__
    call.__doc__ = method.__doc__
    return call


def _default(key, default=None, *args, **kwargs):
    return default


class ForgivingRedisCache(RedisCache):
    get = _forgiving(RedisCache.get, _default)
    get_many = _forgiving(RedisCache.get_many, {})
    has_key = _forgiving(RedisCache.has_key, False)
    add = _forgiving(RedisCache.add, False)
    set = _forgiving(RedisCache.set, None)
    set_many = _forgiving(RedisCache.set_many, [])
    touch = _forgiving(RedisCache.touch, False)
    delete = _forgiving(RedisCache.delete, False)
    delete_many = _forgiving(RedisCache.delete_many, None)
    # The rate limits read a failed count as a window just opened (hub/throttle.py).
    incr = _forgiving(RedisCache.incr, ValueError)
    clear = _forgiving(RedisCache.clear, False)
