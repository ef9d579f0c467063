"""Per-process caches for what nearly every request reads and only an edit changes: the site,
routes, navigation, view restrictions, the taxonomy vocabulary. A value is kept in this process
for one version of its scope (hub/caching/versions.py) and recomputed on the first request
after that version changes, in every worker.

    NAVIGATION = ProcessMemo("navigation")
    pages = NAVIGATION.get(("browse", language), lambda: list(...))

Values must not be changed by their users (they are shared by every request of the process)."""

import threading

from . import versions

_ALL = []


class ProcessMemo:
    def __init__(self, name, scope="content", max_entries=2000):
        self.name = name
        self.scope = scope
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._version = None
        self._values = {}
        _ALL.append(self)

    def get(self, key, compute):
        version = versions.current(self.scope)
        with self._lock:
            if version != self._version:
                self._values = {}
                self._version = version
            try:
                return self._values[key]
            except KeyError:
                pass
        value = compute()
        with self._lock:
            if self._version == version:
                if len(self._values) >= self.max_entries:
                    self._values.clear()  # rare (a flood of distinct keys): start again
                self._values[key] = value
        return value

    def get_many(self, keys, compute_missing):
        """{key: value} for `keys`; `compute_missing(missing keys)` returns {key: value} for
        those not kept yet, in one go (one query for all of them, say)."""
        version = versions.current(self.scope)
        with self._lock:
            if version != self._version:
                self._values = {}
                self._version = version
            found = {key: self._values[key] for key in keys if key in self._values}
        missing = [key for key in keys if key not in found]
        if missing:
            computed = compute_missing(missing)
            with self._lock:
                if self._version == version:
                    if len(self._values) + len(computed) > self.max_entries:
                        self._values.clear()
                    self._values.update(computed)
            found.update(computed)
        return found

    def clear(self):
        with self._lock:
            self._values = {}
            self._version = None


def clear_all():
    for memo in _ALL:
        memo.clear()
