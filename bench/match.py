"""Match latency on both backends, printed as figures (not asserted):

    .venv/bin/python bench/match.py [--sizes 1000 10000] [--questions 300]
                                    [--backends database elasticsearch]

For each size it builds the demo region with that many programs in its own SQLite file under
bench/.data/ (kept, so the next run starts at once), indexes it in the database backend and in
a noida-db Elasticsearch stand-in on loopback, then asks the same seeded mix of family
questions of each backend: one warm-up pass, one timed pass. What is timed is what the API
does for a request: parse nothing, match, and present every result in the family's language.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def database_url(size):
    return f"sqlite:///{DATA / f'region-{size}.sqlite3'}"


def prepare(size):
    """The demo region with `size` programs, built once in its own database file."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"region-{size}.sqlite3"
    if path.exists():
        return
    env = {**os.environ, "DATABASE_URL": database_url(size)}
    env["DJANGO_SETTINGS_MODULE"] = "hub.settings.dev"
    manage = [sys.executable, str(ROOT / "manage.py")]
    started = time.monotonic()
    print(f"building a region of {size} programs (once) ...", flush=True)
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
    subprocess.run(
        [*manage, "load_demo", "--programs", str(size), "--skip-accounts"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"  built in {time.monotonic() - started:.0f} s", flush=True)


def questions(count, interests, zips, needs, languages):
    """A seeded mix like families' answers: always a grade, usually an interest, sometimes a
    place, a need, free only or a schedule; languages weighted towards the region's own."""
    from search.query import Question

    rng = random.Random(2026)
    weights = [40, 25, 8, 6, 5, 4, 3, 3, 3, 3][: len(languages)]
    for _ in range(count):
        answers = {
            "language": rng.choices(languages, weights=weights)[0],
            "grade": rng.randint(-1, 13),
            "interests": tuple(rng.sample(interests, rng.choice([0, 1, 1, 2]))),
        }
        if rng.random() < 0.5:
            answers["point"] = rng.choice(zips)
        if rng.random() < 0.2:
            answers["needs"] = (rng.choice(needs),)
        if rng.random() < 0.2:
            answers["free"] = True
        if rng.random() < 0.15:
            answers["schedule"] = (rng.choice(["after_school", "weekends", "summer"]),)
        yield Question(**answers)


# How long (ms) each search request to the Elasticsearch server took, seen from the client:
# the server's work and the loopback HTTP round trip. (The stand-in reports `took` as 0.)
SERVER_TOOK = []


def record_server_time():
    from elasticsearch import Elasticsearch

    search = Elasticsearch.search

    def recorded(client, *args, **kwargs):
        started = time.perf_counter()
        try:
            return search(client, *args, **kwargs)
        finally:
            SERVER_TOOK.append((time.perf_counter() - started) * 1000)

    Elasticsearch.search = recorded


def timed(asked):
    """(latency per match, the server's share of it, backends that answered), in ms."""
    from search.explain import present
    from search.matcher import match

    for question in asked:  # warm-up: caches, connections, code paths
        match(question)
    latencies, server, backends = [], [], set()
    for question in asked:
        asked_before = len(SERVER_TOOK)
        started = time.perf_counter()
        answer = match(question)
        [present(r, question.language) for r in answer.results + answer.services]
        latencies.append((time.perf_counter() - started) * 1000)
        server.append(sum(SERVER_TOOK[asked_before:]))
        backends.add(answer.backend)
    return latencies, server, backends


def percentiles(values):
    ordered = sorted(values)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))], ordered[-1]


def report(size, backend, latencies, server, answered_by):
    p50, p95, most = percentiles(latencies)
    rate = len(latencies) / (sum(latencies) / 1000)
    note = "" if answered_by == {backend} else f"  (answered by {sorted(answered_by)})"
    print(
        f"{size:>7} listings  {backend:<14} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   "
        f"max {most:6.1f} ms   {rate:6.0f} matches/s (one process){note}",
        flush=True,
    )
    if any(server):
        # The server's own time, and the hub's (client, query building, presenting) apart
        # from it: the stand-in server is far slower than Elasticsearch, the hub's part is not.
        for label, values in (
            ("  in ES requests", server),
            (
                "  hub's own part",
                [total - own for total, own in zip(latencies, server, strict=True)],
            ),
        ):
            p50, p95, most = percentiles(values)
            print(
                f"{'':>7}           {label:<14} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   "
                f"max {most:6.1f} ms",
                flush=True,
            )


def bench(size, count, backends):
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # no query log: it would grow and slow every request

    from search_es import NoidaServer, free_port

    from hub.demo.data import places
    from hub.directory.models import Interest, SupportType
    from search import indexing
    from search.backends import elasticsearch_backend
    from search.models import OpportunityDocument
    from search.places import locate

    listings = OpportunityDocument.objects.count()
    if listings == 0:
        indexing.rebuild_all()
        listings = OpportunityDocument.objects.count()
    asked = list(
        questions(
            count,
            list(Interest.objects.values_list("slug", flat=True)),
            [point for point in (locate(z) for z in sorted(places.ZIPS)) if point],
            list(SupportType.objects.values_list("slug", flat=True)),
            [code for code, _name in settings.HUB_LANGUAGES],
        )
    )

    if "database" in backends:
        settings.HUB_ELASTICSEARCH_URL = ""
        report(listings, "database", *timed(asked))
    if "elasticsearch" not in backends:
        return

    with tempfile.TemporaryDirectory(prefix="bench-noida-") as data_dir:
        server = NoidaServer(free_port(), data_dir)
        server.start()
        try:
            settings.HUB_ELASTICSEARCH_URL = server.url
            settings.HUB_ELASTICSEARCH_INDEX_PREFIX = f"bench-{size}"
            settings.HUB_ELASTICSEARCH_TIMEOUT = 5.0  # measure Elasticsearch, not the fallback
            record_server_time()
            elasticsearch_backend().replace_all(
                list(OpportunityDocument.objects.values_list("data", flat=True))
            )
            report(listings, "elasticsearch", *timed(asked))
        finally:
            server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument(
        "--backends",
        nargs="+",
        default=["database", "elasticsearch"],
        choices=["database", "elasticsearch"],
    )
    args = parser.parse_args()
    for size in args.sizes:
        prepare(size)
    print(f"{os.cpu_count()} cores; {args.questions} questions per backend and size")
    for size in args.sizes:
        # One process per size: Django's settings and connections are made once per process.
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.dev"}
        env["DATABASE_URL"] = database_url(size)
        subprocess.run(
            [sys.executable, __file__, "--one", str(size), str(args.questions), *args.backends],
            env=env,
            check=True,
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        bench(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])
    else:
        main()
