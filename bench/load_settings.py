"""Settings for bench/load.py: production's, with a URLconf that adds the bare view the load
test uses as the machine's ceiling (never in hub.urls), and files in the run's own directory.
The secrets and hosts come from the environment bench/load.py sets, as in production."""

import os

from hub.settings.production import *  # noqa: F401,F403

ROOT_URLCONF = "bench.load_urls"
STATIC_ROOT = os.environ["HUB_BENCH_STATIC_ROOT"]
# Plain HTTP on loopback: the cookies production marks secure would never come back.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
# The load client is one client on 127.0.0.1: the per-client limits would turn it away.
HUB_RATE_LIMITS = {name: (10**9, 60) for name in HUB_RATE_LIMITS}  # noqa: F405
# `--quick` only: the same hashed names without whitenoise's pre-compressed copies, which take
# most of collectstatic's time; no static file is measured.
if os.environ.get("HUB_BENCH_PLAIN_STATIC"):
    STORAGES = {  # noqa: F405
        **STORAGES,  # noqa: F405
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
# The run's own copy of locale/, compiled (bench/load.py): the source tree is left as it is.
if os.environ.get("HUB_BENCH_LOCALE_ROOT"):
    LOCALE_PATHS = [os.environ["HUB_BENCH_LOCALE_ROOT"]]
