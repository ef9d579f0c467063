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
    clear = _forgiving(RedisCache.clear, False)

    def count_in_window(self, key, seconds):
        """Add one to the count at `key` and return it, in one round trip (Django's `incr` takes
        two, `add` two more when a window opens): the first request of a window makes the key,
        expiring after `seconds`; the others only add to it. 0 while Redis is unreachable: the
        limits do not count then."""
        key = self.make_and_validate_key(key)
        try:
            pipe = self._cache.get_client(key, write=True).pipeline(transaction=False)
            pipe.set(key, 0, ex=seconds, nx=True)
            pipe.incr(key)
            return pipe.execute()[1]
        except RedisError as error:
            _warn(error)
            return 0

    def seconds_left(self, key, seconds):
        """How long the window at `key` stays open (`seconds` if Redis cannot say)."""
        key = self.make_and_validate_key(key)
        try:
            left = self._cache.get_client(key).ttl(key)
        except RedisError as error:
            _warn(error)
            return seconds
        return left if left > 0 else seconds
