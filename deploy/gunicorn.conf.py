"""gunicorn for the hub, behind nginx (deploy/nginx.conf):

    gunicorn -c deploy/gunicorn.conf.py hub.wsgi

Check it without starting: `gunicorn --check-config -c deploy/gunicorn.conf.py hub.wsgi` (with
the environment of deploy/hub.env.example). Figures behind the choices: bench/load.py."""

import os

# Production settings unless the environment names others: a server started without the
# environment file must fail on the missing secret key, not come up with the dev settings that
# hub/wsgi.py falls back to.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.production")

# Loopback only: nginx on the same machine is the only client. Another machine's proxy: its
# private address here and in forwarded_allow_ips.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Sync workers, 2 x cores + 1: a request is short CPU-bound Python (rendering, matching), so the
# cores are the limit and threads add nothing under the GIL; the +1 covers the moments a worker
# waits on PostgreSQL, Redis or Elasticsearch. nginx buffers requests and answers, so a slow
# phone holds nginx's memory, not a worker. Cores as this process may use them (a container's
# CPU set), not as the machine has them.
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * len(os.sched_getaffinity(0)) + 1))
worker_class = "sync"

# A request still running after 60 s is killed and its worker replaced. The slowest legitimate
# one is an admin spreadsheet import (~38 s for 2,000 rows: bench/import_programs.py). nginx's
# proxy_read_timeout is a little longer, so nginx sees gunicorn's answer, not its own timeout.
timeout = 60
# On restart or HUP, a worker finishes what it is doing (up to this long) before it stops.
graceful_timeout = 30

# Each worker is replaced after about 1,000 requests: whatever slowly grows in a long-lived
# process (Python's heap, per-process caches: hub/caching/memo.py) is given back. The jitter
# keeps the workers from all restarting at the same moment.
max_requests = 1000
max_requests_jitter = 100

# Load Django once in the master, then fork: workers start fast, share the loaded code's memory,
# and a broken configuration fails the start instead of every worker. Nothing in the hub opens
# a database, Redis or Elasticsearch connection at import, so no socket is shared by the forks.
# The price: a code change needs a restart (systemctl restart), not a HUP.
preload_app = True

# No access log: families' requests are never logged, with or without an address (see the
# LOGGING comment in hub/settings/base.py; nginx logs without address or query string).
# Errors go to stderr (the journal); Django's own logging is configured in settings.
accesslog = None
errorlog = "-"
loglevel = "warning"

# Trust X-Forwarded-Proto/-For only from the proxy on this machine. Django reads them itself
# (SECURE_PROXY_SSL_HEADER; HUB_TRUSTED_PROXIES for the rate limits' client address).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

# The workers' heartbeat files in memory, not on a disk that may stall (and in containers,
# where /tmp may be a slow overlay).
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

proc_name = "hub"
