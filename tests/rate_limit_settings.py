"""Settings for gunicorn in tests/site_wide/test_rate_limits_across_workers.py: the test
settings with low limits and a database file of the test's own (the answers it asks for need
none)."""

import os

from hub.settings.test import *  # noqa: F401,F403

HUB_RATE_LIMITS = {"match": (5, 60), "api": (5, 60)}
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ["HUB_TEST_DATABASE_FILE"],
    }
}
