"""App CPU and queries of the family-facing datasets (the HSDS API, the equity page and its
downloads) when no full-page cache answers them, printed as figures (not asserted):

    .venv/bin/python bench/miss_path_datasets.py [--repeat 15]

Production-like settings (hub.settings.test: DEBUG off) over the demo region, built once in
bench/.data/miss-path.sqlite3. Each address is requested in-process through Django's test
Client:

- cold: every cache emptied before each request (the shared cache and the per-process memos),
  as after a restart;
- warm: the same request again with nothing changed, as when a full-page cache misses an
  address whose data has not changed (another page, another filter, another worker);
- after a change: one unrelated publish ("content" version changed) or, for the equity
  figures, population shares saved ("equity" changed; a counter batch changes nothing
  published) before each request.

CPU is time.process_time per request, the median of --repeat runs after two warm-ups."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
DATABASE = DATA / "miss-path.sqlite3"
sys.path[:0] = [str(ROOT)]
os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
os.environ["HUB_PAGE_CACHE"] = "off"  # the miss path: no answer from the page cache
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"


def setup():
    import django

    django.setup()
    from django.core.management import call_command

    if not DATABASE.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        print("building the demo region (once) ...", flush=True)
        call_command("migrate", "--noinput", verbosity=0)
        from hub.demo.builder import load_demo_region

        load_demo_region()
        print(f"  built in {time.monotonic() - started:.0f} s", flush=True)


def addresses():
    from hub.directory.models import ProgramPage

    program = ProgramPage.objects.live().public().order_by("pk").first()
    return [
        ("HSDS services (default page)", "/api/hsds/services/"),
        ("HSDS services (per_page=50)", "/api/hsds/services/?per_page=50&page=2"),
        ("HSDS services (full, per_page=50)", "/api/hsds/services/?per_page=50&full=true"),
        ("HSDS one service", f"/api/hsds/services/{program.translation_key}"),
        ("equity page", "/en/equity/"),
        ("equity download (coverage.csv)", "/api/v1/equity/coverage.csv"),
        ("equity download (demand.json, es)", "/api/v1/equity/demand.json?lang=es"),
    ]


def clear_caches():
    from django.core.cache import cache

    from hub.caching import memo

    cache.clear()
    memo.clear_all()


def content_changed():
    from hub.caching import versions

    versions.changed("content")


def equity_changed():
    from hub.caching import versions

    versions.changed("equity")


def measure(client, url, before, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], []
    for run in range(repeat + 2):
        if before:
            before()
        with CaptureQueriesContext(connection) as captured:
            started = time.process_time()
            response = client.get(url)
            if getattr(response, "streaming", False):
                b"".join(response.streaming_content)
            elapsed = time.process_time() - started
        assert response.status_code == 200, (url, response.status_code)
        if run >= 2:
            times.append(elapsed * 1000)
            queries.append(len(captured))
    return statistics.median(times), statistics.median(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    setup()
    from django.test import Client

    client = Client()
    kinds = [("cold", clear_caches), ("warm", None), ("after publish", content_changed)]
    print(f"{'address':38} " + " ".join(f"{kind:>22}" for kind, _b in kinds))
    print(f"{'':38} " + " ".join(f"{'CPU ms / queries':>22}" for _k in kinds))
    for name, url in addresses():
        cells = []
        for _kind, before in kinds:
            if name.startswith("equity") and _kind == "after publish":
                # The equity figures' own version: population shares saved.
                before = equity_changed
            ms, n = measure(client, url, before, args.repeat)
            cells.append(f"{ms:8.1f} ms / {n:4.0f} q")
        print(f"{name:38} " + " ".join(f"{cell:>22}" for cell in cells), flush=True)
    print("(equity rows: 'after publish' is after population shares saved, the 'equity' version)")


if __name__ == "__main__":
    main()
