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
# If per-client rate limits on the find page or the API are added, raise them here: the load
# client is one client on 127.0.0.1.
