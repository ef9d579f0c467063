"""What a family page costs the app when no whole-page cache answers it, printed (not asserted):

    .venv/bin/python bench/miss_path.py [--runs 50] [--database-url URL] [--keep DIR]

Builds the demo region (`migrate`, `load_demo --skip-accounts`) in a throwaway SQLite file (or
the database --database-url / DATABASE_URL names, which it migrates and loads), with the test
settings (DEBUG off), then asks for one page of each family page type through Django's test
Client, in this process, anonymously, in English:

- cold: the first request after every per-process cache (hub/caching/memo.py) was emptied and
  every version changed, as after a publish;
- warm: the median of --runs requests after two warm-up requests, per-process caches kept.

App CPU is time.process_time() around the request: on SQLite it includes the database's own
work (it runs in this process), so the figures with --database-url on PostgreSQL are the
app's alone. Queries are counted with CaptureQueriesContext.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--keep", help="a directory to keep the SQLite database in (reused)")
    args = parser.parse_args()

    workdir = args.keep or tempfile.mkdtemp(prefix="hub-miss-path-")
    os.makedirs(workdir, exist_ok=True)
    database_url = args.database_url or f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
    os.environ["HUB_PAGE_CACHE"] = "off"  # the miss path: no answer from the page cache
    try:
        run(args, database_url, fresh=not (args.keep and os.path.exists(f"{workdir}/loaded")))
        if args.keep:
            Path(workdir, "loaded").touch()
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def run(args, database_url, fresh):
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # Not setup_test_environment(): its template instrumentation is not what production runs.
    if fresh:
        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0, stdout=open(os.devnull, "w"))
        call_command("load_demo", skip_accounts=True, stdout=open(os.devnull, "w"))
        print(f"demo region loaded in {time.perf_counter() - started:.0f} s")

    from hub.caching import memo, versions
    from hub.directory.models import (
        HomePage,
        OrganizationPage,
        PathwayPage,
        ProgramIndexPage,
        ProgramPage,
        SupportServicePage,
    )

    def first_url(model):
        page = model.objects.live().public().order_by("path").first()
        return page.get_url() if page else None

    urls = {
        "home": first_url(HomePage),
        "program index": first_url(ProgramIndexPage),
        "organization": first_url(OrganizationPage),
        "program": first_url(ProgramPage),
        "support service": first_url(SupportServicePage),
        "pathway": first_url(PathwayPage),
    }
    client = Client()
    vendor = connection.vendor
    print(f"database: {vendor} ({database_url.split('@')[-1]}), runs: {args.runs}")
    header = f"{'page':<16} {'cold ms':>8} {'cold q':>7} {'warm ms':>8} {'warm q':>7} {'bytes':>7}"
    print(header)
    print("-" * len(header))
    for name, url in urls.items():
        if url is None:
            print(f"{name:<16} (none in the demo region)")
            continue
        url = url.replace("http://localhost", "")

        def timed(url=url):
            with CaptureQueriesContext(connection) as queries:
                started = time.process_time()
                response = client.get(url)
                cpu = time.process_time() - started
            assert response.status_code == 200, (url, response.status_code)
            return cpu * 1000, len(queries), len(response.content)

        memo.clear_all()
        versions.forget_all()
        cold_ms, cold_q, _size = timed()
        for _ in range(2):
            timed()
        runs = [timed() for _ in range(args.runs)]
        reset_queries()
        warm_ms = statistics.median(r[0] for r in runs)
        warm_q = statistics.median(r[1] for r in runs)
        size = runs[-1][2]
        print(f"{name:<16} {cold_ms:>8.1f} {cold_q:>7} {warm_ms:>8.1f} {warm_q:>7g} {size:>7}")
        print(f"{'':<16} {url}")


if __name__ == "__main__":
    main()
