"""The version of what a cached answer was made from, per scope:

- "content": every page, snippet and verification a family can see (all family pages, share
  assets and API answers);
- "equity": the equity figures (population shares, a month's figures kept); equity pages key
  on both, and on the month (hub/caching/pages.py). A counter batch changes neither: a month's
  searches are published only once it has ended.

A version lives in the shared cache (Redis in production), so one publish is seen by every
worker on its next request; a request reads each version once and keeps it (a request that
began before a publish may still store what it read under the old version, which no later
request asks for). Changing a version is the whole invalidation: keys made with the old one are
never asked for again and expire by themselves."""

import contextvars
import secrets

from django.core.cache import cache
from django.db import transaction

SCOPES = ("content", "equity")
_KEY = "hub:version:{scope}"
# The versions this request has read, so that one request asks the shared cache once.
_this_request = contextvars.ContextVar("hub_cache_versions", default=None)


def current(scope):
    seen = _this_request.get()
    if seen is not None and scope in seen:
        return seen[scope]
    key = _KEY.format(scope=scope)
    version = cache.get(key)
    if version is None:
        cache.add(key, secrets.token_hex(6), timeout=None)
        # The shared cache unreachable: a version nobody has used, so nothing cached before
        # (in this process's memos either) is trusted until it is back.
        version = cache.get(key) or f"unreachable-{secrets.token_hex(6)}"
    if seen is not None:
        seen[scope] = version
    return version


def _new_version(scope):
    version = secrets.token_hex(6)
    cache.set(_KEY.format(scope=scope), version, timeout=None)
    seen = _this_request.get()
    if seen is not None:
        seen[scope] = version


def changed(scope):
    """What `scope` covers changed. Now, so the rest of this request (and a test) sees it, and
    again once the transaction commits: a request that read the old rows between the two would
    otherwise have stored them under the new version."""
    _new_version(scope)
    transaction.on_commit(lambda: _new_version(scope))


def forget_all():
    """Every scope changed (tests: a rolled-back database must not meet what was cached)."""
    for scope in SCOPES:
        _new_version(scope)


class request_versions:
    """`with request_versions():` around a request: each version read once, then kept."""

    def __enter__(self):
        self._token = _this_request.set({})

    def __exit__(self, *exc):
        _this_request.reset(self._token)
