"""The running site under load, printed as figures (not asserted):

    .venv/bin/python bench/load.py [--clients 8] [--seconds 30 | --requests N]
                                   [--workers 2*cores+1] [--worker-class sync|gthread]
                                   [--programs 200] [--quick]

Run as root (it starts PostgreSQL as the `postgres` user). It builds the whole production
stack on loopback and removes it at exit, Ctrl-C included: a throwaway PostgreSQL cluster on its
own port (or the database DATABASE_URL names, which it migrates and loads), the demo region
(`migrate`, `load_demo`), a noida-db Elasticsearch stand-in with the index built
(`search_index rebuild`), collected static files, and gunicorn with production settings
(DEBUG off, whitenoise, no access log: families' requests are not logged). A second process then
drives it with N concurrent clients (threads, one connection per request, as gunicorn's sync
workers close it) for a fixed time or number of requests, over a weighted mix: the home page,
the find page with a family's question in several languages, GET /api/v1/match, and program
pages (found through the API). It prints requests/s, p50/p95/p99 latency and errors per kind and
overall, then the same for /bench/bare/ (bench/load_urls.py: a tiny response, no database, no
template, through the same workers and middleware), the ceiling this machine puts on any view.

Workers are sync by default, 2 x cores + 1: a request here is short CPU-bound Python work, so
the cores are the limit and threads would not add throughput under the GIL; a sync worker keeps
one database connection between requests (CONN_MAX_AGE); and behind a buffering proxy (nginx)
slow phones do not hold a worker. `--worker-class gthread --threads 4` compares. The timeout is
60 s here; note that an admin spreadsheet import of 2,000 rows takes ~38 s in one request.

The client runs on the same cores as the server, so both figures are lower than on a machine of
their own; compare them with each other. `--quick` is a few-second smoke run.
"""

import argparse
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))

# How often each kind of request is made (weights), like a family's visit: open the hub, ask,
# open a program or two; other sites ask the API.
MIX = {"home": 15, "find": 35, "api": 25, "program": 25}
LANGUAGES = ["en", "es", "vi", "zh-hans", "ar", "so"]
# A family's own words, in their language (the find page maps them onto interests).
WORDS = {
    "en": "robots",
    "es": "robótica",
    "vi": "người máy",
    "zh-hans": "机器人",
    "ar": "روبوتات",
    "so": "saynis",
}
ZIPS = ["95815", "95822", "95823", "95828", "95833", "95841", "95624", "95758", "95811"]


# --- The stack -----------------------------------------------------------------------------


class Stack:
    """Everything bench/load.py starts, stopped in reverse order by close()."""

    def __init__(self):
        self.workdir = Path(tempfile.mkdtemp(prefix="hub-load-"))
        self.closers = []

    def close(self):
        while self.closers:
            closer = self.closers.pop()
            try:
                closer()
            except Exception as error:  # keep cleaning up whatever failed
                print(f"cleanup: {error}", file=sys.stderr)
        shutil.rmtree(self.workdir, ignore_errors=True)


def free_port():
    from search_es import free_port as pick

    return pick()


def start_postgres(stack, port):
    """A cluster of its own, as the `postgres` user; returns the database URL."""
    initdb = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not initdb:
        sys.exit("PostgreSQL is not installed (apt-get install postgresql), or set DATABASE_URL")
    bin_dir = initdb[-1].parent
    pg_dir = stack.workdir / "pg"
    pg_dir.mkdir()
    shutil.chown(stack.workdir, "postgres")
    shutil.chown(pg_dir, "postgres")

    def as_postgres(*command):
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *command], check=True, stdout=subprocess.DEVNULL
        )

    as_postgres(
        str(bin_dir / "initdb"),
        "-D",
        f"{pg_dir}/data",
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
    )
    options = f"-p {port} -k {pg_dir} -c listen_addresses=127.0.0.1 -c max_connections=100"
    as_postgres(
        str(bin_dir / "pg_ctl"),
        "-D",
        f"{pg_dir}/data",
        "-l",
        f"{pg_dir}/log",
        "-w",
        "-o",
        options,
        "start",
    )
    stack.closers.append(
        lambda: as_postgres(str(bin_dir / "pg_ctl"), "-D", f"{pg_dir}/data", "-m", "fast", "stop")
    )
    for sql in ("CREATE ROLE hub LOGIN PASSWORD 'hub'", "CREATE DATABASE hub OWNER hub"):
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-qc", sql], check=True
        )
    return f"postgres://hub:hub@127.0.0.1:{port}/hub"


def start_elasticsearch(stack):
    from search_es import NoidaServer

    server = NoidaServer(free_port(), stack.workdir / "noida")
    server.start()
    stack.closers.append(server.stop)
    return server.url


def run_step(label, command, env):
    started = time.monotonic()
    print(f"  {label} ...", end="", flush=True)
    subprocess.run(command, env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    print(f" {time.monotonic() - started:.0f} s", flush=True)


def start_gunicorn(stack, env, workers, worker_class, threads):
    port = free_port()
    command = [
        GUNICORN, "hub.wsgi:application",
        "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers),
        "--worker-class", worker_class,
        "--chdir", str(ROOT),
        "--timeout", "60",
        "--log-level", "warning",  # no access log: families' requests are not logged
    ]  # fmt: skip
    if worker_class == "gthread":
        command += ["--threads", str(threads)]
    log = open(stack.workdir / "gunicorn.log", "ab")  # noqa: SIM115 - closed with the stack
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )

    def stop():
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()

    stack.closers.append(stop)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/bench/bare/", timeout=2):
                return base
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                sys.exit("gunicorn did not start:\n" + (stack.workdir / "gunicorn.log").read_text())
            time.sleep(0.2)


# --- The client (a second process) -------------------------------------------------------------


def discover(base):
    """Interests offered on the find page, and program pages the API answers with."""
    with urllib.request.urlopen(base + "/en/find/", timeout=30) as response:
        page = response.read().decode()
    interests = sorted(set(re.findall(r'name="interests" value="([^"]+)"', page)))
    programs = set()
    for grade in range(1, 13):
        for interest in interests[:6]:
            query = urllib.parse.urlencode({"grade": grade, "interests": interest, "limit": 20})
            with urllib.request.urlopen(f"{base}/api/v1/match?{query}", timeout=30) as response:
                for result in json.load(response)["results"]:
                    if result["type"] == "program":
                        programs.add(urllib.parse.urlsplit(result["url"]).path)
    return interests, sorted(programs)


def requests_of(kinds, interests, programs, seed):
    """An endless seeded stream of (kind, path)."""
    rng = random.Random(seed)
    names, weights = zip(*kinds.items(), strict=True)
    while True:
        kind = rng.choices(names, weights)[0]
        language = rng.choice(LANGUAGES)
        if kind == "home":
            yield kind, f"/{language}/"
        elif kind == "find":
            answers = {"grade": rng.randint(0, 12), "language": language}
            if rng.random() < 0.3:
                answers["q"] = WORDS[language]
            else:
                answers["interests"] = rng.sample(interests, rng.choice([1, 1, 2]))
            if rng.random() < 0.5:
                answers["zip"] = rng.choice(ZIPS)
            yield kind, f"/{language}/find/?" + urllib.parse.urlencode(answers, doseq=True)
        elif kind == "api":
            answers = {
                "grade": rng.randint(0, 12),
                "interests": rng.choice(interests),
                "language": language,
                "lang": language,
            }
            if rng.random() < 0.5:
                answers["zip"] = rng.choice(ZIPS)
            yield kind, "/api/v1/match?" + urllib.parse.urlencode(answers)
        elif kind == "program":
            path = rng.choice(programs)
            yield kind, f"/{language}/" + path.split("/", 2)[2]  # the page in another language
        else:
            yield kind, "/bench/bare/"


def drive(base, kinds, clients, seconds, total, warmup):
    """Run the clients; returns {kind: [(latency seconds, status), ...]} for the timed part."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    interests, programs = discover(base) if set(kinds) - {"bare"} else ([], [])
    results = defaultdict(list)
    lock = threading.Lock()
    issued = iter(range(total)) if total else None
    start = time.monotonic() + warmup
    stop = start + seconds if not total else float("inf")

    def client(number):
        stream = requests_of(kinds, interests, programs, seed=number)
        mine = defaultdict(list)
        while True:
            now = time.monotonic()
            if now >= stop:
                break
            timed = now >= start
            if timed and issued is not None:
                with lock:
                    if next(issued, None) is None:
                        break
            kind, path = next(stream)
            began = time.perf_counter()
            try:
                connection = http.client.HTTPConnection(host, int(port), timeout=30)
                connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                status = response.status
                connection.close()
            except OSError:
                status = 0
            if timed:
                mine[kind].append((time.perf_counter() - began, status))
        with lock:
            for kind, values in mine.items():
                results[kind].extend(values)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"elapsed": time.monotonic() - start, "results": results, "programs": len(programs)}


# --- Figures -------------------------------------------------------------------------------


def report(title, run):
    elapsed, results = run["elapsed"], run["results"]
    print(f"\n{title} ({elapsed:.1f} s timed)")
    print(
        f"  {'kind':<9}{'requests':>9}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'p99 ms':>9}"
    )
    rows = sorted(results.items())
    if len(rows) > 1:
        rows.append(("all", [v for _, values in rows for v in values]))
    for kind, values in rows:
        latencies = sorted(latency * 1000 for latency, _status in values)
        errors = sum(1 for _latency, status in values if status != 200)
        cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
        print(
            f"  {kind:<9}{len(values):>9}{errors:>8}{len(values) / elapsed:>9.1f}"
            f"{cuts[49]:>9.1f}{cuts[94]:>9.1f}{cuts[98]:>9.1f}"
        )


def run_client(base, kinds, args):
    """The client in a process of its own (not sharing the parent's interpreter)."""
    command = [
        PYTHON,
        __file__,
        "--drive",
        base,
        json.dumps(kinds),
        str(args.clients),
        str(args.seconds),
        str(args.requests or 0),
        str(args.warmup),
    ]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--requests", type=int, help="a fixed number of requests instead")
    parser.add_argument("--warmup", type=float, default=5)
    parser.add_argument("--workers", type=int, default=2 * cores + 1)
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=4, help="per worker, for gthread")
    parser.add_argument("--programs", type=int, default=200, help="size of the demo region")
    parser.add_argument("--pg-port", type=int, default=54361)
    parser.add_argument("--quick", action="store_true", help="a few seconds: a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.clients, args.seconds, args.warmup, args.programs = 2, 3, 3, 20

    stack = Stack()

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    # Ctrl-C too, even when started where SIGINT is ignored (a background job of a script).
    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    try:
        print(f"{cores} cores; building the stack in {stack.workdir}", flush=True)
        database_url = os.environ.get("DATABASE_URL") or start_postgres(stack, args.pg_port)
        es_url = start_elasticsearch(stack)
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DJANGO_SETTINGS_MODULE": "bench.load_settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "HUB_ELASTICSEARCH_URL": es_url,
            "HUB_ELASTICSEARCH_INDEX_PREFIX": "load",
            "HUB_MEDIA_ROOT": str(stack.workdir / "media"),
            "HUB_BENCH_STATIC_ROOT": str(stack.workdir / "static"),
        }
        manage = [PYTHON, str(ROOT / "manage.py")]
        run_step("migrate", [*manage, "migrate", "--noinput", "-v0"], env)
        run_step(
            f"load_demo --programs {args.programs}",
            [*manage, "load_demo", "--programs", str(args.programs), "--skip-accounts"],
            env,
        )
        run_step("search_index rebuild", [*manage, "search_index", "rebuild"], env)
        run_step("collectstatic", [*manage, "collectstatic", "--noinput", "-v0"], env)
        base = start_gunicorn(stack, env, args.workers, args.worker_class, args.threads)
        threads = f" x {args.threads} threads" if args.worker_class == "gthread" else ""
        bound = f"{args.requests} requests" if args.requests else f"{args.seconds:g} s"
        print(
            f"gunicorn: {args.workers} {args.worker_class} workers{threads}; "
            f"{args.clients} clients for {bound} after {args.warmup:g} s of warm-up"
        )

        mixed = run_client(base, MIX, args)
        report(
            f"The hub: home {MIX['home']}%, find {MIX['find']}%, API {MIX['api']}%, "
            f"program pages {MIX['program']}% ({mixed['programs']} programs)",
            mixed,
        )
        report(
            "Ceiling: /bench/bare/ (no database, no template)", run_client(base, {"bare": 1}, args)
        )
    except KeyboardInterrupt:
        print("\ninterrupted; cleaning up", file=sys.stderr)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not stop cleanup
        stack.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--drive"]:
        base, kinds, clients, seconds, total, warmup = sys.argv[2:8]
        run = drive(
            base, json.loads(kinds), int(clients), float(seconds), int(total), float(warmup)
        )
        print(json.dumps(run))
    else:
        main()
