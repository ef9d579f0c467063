"""Settings for gunicorn in tests/site_wide/test_rate_limits_across_workers.py: the test
settings with low limits, a database file of the test's own (the answers it asks for need
none), and each answer saying which worker made it."""

import os
import time

from hub.settings.test import *  # noqa: F401,F403

HUB_RATE_LIMITS = {"match": (5, 60), "api": (5, 60)}
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ["HUB_TEST_DATABASE_FILE"],
    }
}
MIDDLEWARE = ["rate_limit_settings.worker_says_who", *MIDDLEWARE]  # noqa: F405


def worker_says_who(get_response):
    def middleware(request):
        # A worker busy for a moment with each request: the next connection goes to the other
        # one (a worker answering in a millisecond can take every connection itself).
        time.sleep(0.02)
        response = get_response(request)
        response["X-Worker"] = str(os.getpid())
        return response

    return middleware
