"""Settings for the test suite: fast hashing, plain static storage, media in a temp dir."""

import os
import tempfile

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "hub.partners.uploads.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="hub-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "hub.imports.queue.ImportJobBackend"},  # the worker runs them
}
# Serve static files straight from static/ (no collectstatic in tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Django's test client logs in (client.login, Wagtail's TestUtils.login) by calling
# authenticate() without a request, which axes refuses outright. In tests such a call skips the
# lock; every login through the real sign-in form still goes through axes
# (tests/accounts/test_accounts_login.py).
AUTHENTICATION_BACKENDS = [
    "hub.accounts.backends.AxesUnlessNoRequest",
    "django.contrib.auth.backends.ModelBackend",
]
# The suite makes many requests as one client; the rate-limit tests lower these themselves.
HUB_RATE_LIMITS = {name: (1_000_000, 60) for name in HUB_RATE_LIMITS}  # noqa: F405
# With REDIS_URL (CI's PostgreSQL pass), each pytest-xdist worker uses a Redis database of its
# own: one worker's cache.clear() or cache versions must not reach another's tests.
if REDIS_URL:  # noqa: F405
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    CACHES["default"]["LOCATION"] = REDIS_URL.rsplit("/", 1)[0] + f"/{1 + int(_worker) % 15}"  # noqa: F405
