"""What compression costs and saves on the hub's own answers, printed (not asserted):

    .venv/bin/python bench/compression.py [--runs 20]

Builds the demo region once in its own SQLite file under bench/.data/ (kept), renders the home
page and the HSDS services list (every service, one page of 500) uncompressed, and compresses
each with gzip (level 6, Django's) and brotli at several qualities: size and median time,
and what the hub sends (brotli at BROTLI_QUALITY with its random padding).
hub/caching/compression.py picks BROTLI_QUALITY from these figures.
"""

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
DATABASE = DATA / "compression.sqlite3"
sys.path[:0] = [str(ROOT)]

QUALITIES = (1, 3, 4, 5, 6, 9, 11)
ADDRESSES = ("/en/", "/es/", "/api/hsds/services/?per_page=500")


def prepare():
    DATA.mkdir(parents=True, exist_ok=True)
    if DATABASE.exists():
        return
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{DATABASE}"}
    env["DJANGO_SETTINGS_MODULE"] = "hub.settings.dev"
    manage = [sys.executable, str(ROOT / "manage.py")]
    print("building the demo region (once) ...", flush=True)
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
    subprocess.run(
        [*manage, "load_demo", "--skip-accounts"], env=env, check=True, stdout=subprocess.DEVNULL
    )


def streamed(brotli, body, quality):
    """The way the hub calls it: brotli's Compressor (here faster than brotli.compress on large
    bodies, for the same bytes)."""
    compressor = brotli.Compressor(quality=quality)
    return compressor.process(body) + compressor.finish()


def median_ms(function, runs):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    prepare()
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.dev"
    import brotli
    import django

    django.setup()
    from django.test import Client

    from hub.caching.compression import brotli_compress

    client = Client(HTTP_HOST="localhost")
    for address in ADDRESSES:
        response = client.get(address)
        assert response.status_code == 200, (address, response.status_code)
        assert not response.has_header("Content-Encoding")
        body = response.content
        print(f"\n{address}  raw {len(body):,} bytes")
        size = len(gzip.compress(body, 6, mtime=0))
        ms = median_ms(lambda body=body: gzip.compress(body, 6, mtime=0), runs)
        print(f"  gzip 6       {size:>9,} bytes  {size / len(body):6.1%}  {ms:7.2f} ms")
        for quality in QUALITIES:
            size = len(streamed(brotli, body, quality))
            ms = median_ms(lambda body=body, q=quality: streamed(brotli, body, q), runs)
            print(
                f"  brotli {quality:<2}    {size:>9,} bytes  {size / len(body):6.1%}  {ms:7.2f} ms"
            )
        size = len(brotli_compress(body))
        ms = median_ms(lambda body=body: brotli_compress(body), runs)
        print(f"  the hub's br {size:>9,} bytes  {size / len(body):6.1%}  {ms:7.2f} ms  (padded)")


if __name__ == "__main__":
    main()
