"""The running site under load, page type by page type, printed as figures (not asserted):

    .venv/bin/python bench/load.py [--seconds 4] [--clients 1,4] [--workers 2*cores+1]
                                   [--worker-class sync|gthread] [--programs 200]
                                   [--no-redis] [--json FILE] [--quick] [--types program,find]

Run as root (it starts PostgreSQL as the `postgres` user). It builds the whole production
stack on loopback and removes it at exit, Ctrl-C included: a throwaway PostgreSQL cluster on its
own port (or the database DATABASE_URL names, which it migrates and loads), Debian's
redis-server on a free port in the run's directory (no persistence; REDIS_URL points the hub's
shared cache at it; `--no-redis` leaves it out, so each worker keeps a local cache), the demo
region (`migrate`, `load_demo`), a noida-db Elasticsearch stand-in with the index built
(`search_index rebuild`), the translations compiled into the run's copy of locale/ (`compile_po`;
without .mo files /so/ is not served), collected static files (beside the database steps), and
gunicorn with production settings (DEBUG off, whitenoise, no access log: families' requests
are not logged).

Then, one page type at a time, it drives the site with 1 and then 4 client threads (one
connection per request, as gunicorn's sync workers close it; `Accept-Encoding: gzip, deflate,
br` as a browser sends) for a fixed time per cell. The page types: home (/<lang>/), the find
page with a family's answers (/<lang>/find/?...), GET /api/v1/match, a program, a pathway and
an organization page (their addresses read from the database), /<lang>/equity/, the HSDS
services list (/api/hsds/services/, its default page of 50), a share asset
(/<lang>/share/<program id>/qr.png) and /bench/bare/ (bench/load_urls.py: a tiny response, no
database, no template, through the same workers and middleware: the ceiling this machine puts
on any view). Every type is run in two phases, gunicorn restarted in between and Redis emptied
before each:

  cold  the hub's page cache off (gunicorn's env HUB_PAGE_CACHE=off) and every request made
        unique with a `_bench=<n>` parameter the pages ignore, so no cache could answer it
        (a type whose page answers that parameter differently from none is sent without it):
        the warm phase's addresses, after each worker has likely answered each a few times,
        so the per-process caches (site, routes, navigation, vocabulary, answers) are filled:
        the miss path as it runs between two edits;
  warm  the page cache on (HUB_PAGE_CACHE=on) and the requests drawn from a fixed pool of
        addresses per type, after one warm-up pass over the pool.

For each cell: requests/s, p50/p95 latency, errors (not 2xx/3xx; 5xx named), and the CPU spent
per request by the app (utime+stime of the gunicorn master and its workers, the exited
workers' included, from /proc/<pid>/stat, the change over the cell divided by the requests),
by PostgreSQL (the throwaway cluster's postmaster and its backends, the same way), by Redis and
by the Elasticsearch stand-in; and the ratio of the type's requests/s to the bare view's at the
same client count in the same phase. Before and after each phase it notes the load average
(os.getloadavg); the core count heads the output. A second table gives each type's size: the
raw body, what gzip (level 6) and brotli (quality 5) make of it here, and what the server
itself sends when asked for `br` or `gzip` (Content-Encoding and length; "none" when it sends
the body as it is). `--json FILE` writes every figure.

Workers are sync by default, 2 x cores + 1: a request here is short CPU-bound Python work, so
the cores are the limit and threads would not add throughput under the GIL; a sync worker keeps
one database connection between requests (CONN_MAX_AGE); and behind a buffering proxy (nginx)
slow phones do not hold a worker. `--worker-class gthread --threads 4` compares. The timeout is
60 s here; note that an admin spreadsheet import of 2,000 rows takes ~38 s in one request.

The client runs on the same cores as the server (threads in this process, idle between
cells), so both figures are lower than on a machine of their own; compare them with each other.
Cells run `--seconds` each (4 by default; a cell's requests still in flight at the end are
waited for and counted): 40 cells, two warm-ups and two gunicorn starts take about four minutes,
six with the stack's build, on an otherwise idle 2-core machine. `--quick` (0.6 s per cell, a
pool of 6, a 20-program demo, static files collected without whitenoise's pre-compression: no
static file is measured) is a smoke run of about a minute and a half there; other load on the
machine (see the load averages) stretches both and lowers every figure.
"""

import argparse
import gzip
import http.client
import itertools
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
TICKS = os.sysconf("SC_CLK_TCK")

TYPES = [
    "home",
    "find",
    "match",
    "program",
    "pathway",
    "organization",
    "equity",
    "hsds",
    "share",
    "bare",
]
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
ACCEPT_ENCODING = "gzip, deflate, br"
POOL = 16  # addresses per type in the warm phase (6 with --quick)


# --- The stack -----------------------------------------------------------------------------


class Stack:
    """Everything bench/load.py starts, stopped in reverse order by close()."""

    def __init__(self):
        self.workdir = Path(tempfile.mkdtemp(prefix="hub-load-"))
        self.closers = []
        self.pids = {}  # what the CPU is counted for: {"app": pid, "db": pid, ...}

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


def stop_process(process, sig=signal.SIGTERM, group=False, timeout=30):
    """Signal a process we started (its own session's group with group=True) and reap it."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, sig) if group else process.send_signal(sig)
        process.wait(timeout=timeout)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL) if group else process.kill()
        process.wait()


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
    # The postmaster: its backends are its children, counted with it.
    stack.pids["db"] = int((pg_dir / "data" / "postmaster.pid").read_text().split()[0])
    for sql in ("CREATE ROLE hub LOGIN PASSWORD 'hub'", "CREATE DATABASE hub OWNER hub"):
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-qc", sql], check=True
        )
    return f"postgres://hub:hub@127.0.0.1:{port}/hub"


def redis_command(port, *words):
    """One command in RESP over a fresh connection; returns the first reply line."""
    request = f"*{len(words)}\r\n" + "".join(f"${len(w)}\r\n{w}\r\n" for w in words)
    with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
        sock.sendall(request.encode())
        return sock.recv(4096).split(b"\r\n")[0].decode()


def start_redis(stack):
    """Debian's redis-server on a free loopback port, nothing saved; returns REDIS_URL."""
    server = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not Path(server).exists():
        sys.exit("redis-server is not installed (apt-get install redis-server), or --no-redis")
    port = free_port()
    redis_dir = stack.workdir / "redis"
    redis_dir.mkdir()
    log = open(stack.workdir / "redis.log", "ab")  # noqa: SIM115 - closed with the stack
    process = subprocess.Popen(
        [
            server,
            *("--port", str(port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no", "--daemonize", "no"),
            *("--dir", str(redis_dir)),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )

    def stop():
        stop_process(process, timeout=10)
        log.close()

    stack.closers.append(stop)
    stack.pids["redis"] = process.pid
    deadline = time.monotonic() + 10
    while True:
        try:
            if redis_command(port, "PING") == "+PONG":
                return port
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            sys.exit("redis-server did not start:\n" + (stack.workdir / "redis.log").read_text())
        time.sleep(0.05)


def start_elasticsearch(stack):
    from search_es import NoidaServer

    server = NoidaServer(free_port(), stack.workdir / "noida")
    server.start()
    stack.closers.append(server.stop)
    stack.pids["es"] = server.process.pid  # the launcher; the real server is its child
    return server.url


def run_step(label, command, env):
    started = time.monotonic()
    print(f"  {label} ...", end="", flush=True)
    subprocess.run(command, env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    print(f" {time.monotonic() - started:.0f} s", flush=True)


class Gunicorn:
    """gunicorn in a session of its own; start() waits until it answers, stop() is idempotent."""

    def __init__(self, stack, args):
        self.stack, self.args = stack, args
        self.process, self.log, self.port = None, None, None

    def start(self, env):
        self.port = free_port()
        command = [
            GUNICORN, "hub.wsgi:application",
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(self.args.workers),
            "--worker-class", self.args.worker_class,
            "--chdir", str(ROOT),
            "--timeout", "60",
            "--log-level", "warning",  # no access log: families' requests are not logged
        ]  # fmt: skip
        if self.args.worker_class == "gthread":
            command += ["--threads", str(self.args.threads)]
        self.log = open(self.stack.workdir / "gunicorn.log", "ab")  # noqa: SIM115 - see stop()
        self.process = subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.stack.pids["app"] = self.process.pid
        deadline = time.monotonic() + 90
        while True:
            try:
                if fetch(self.port, "/bench/bare/")[0] == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = (self.stack.workdir / "gunicorn.log").read_text()
                sys.exit("gunicorn did not start:\n" + log)
            time.sleep(0.2)

    def stop(self):
        if self.process is not None:
            # QUIT: gunicorn's quick shutdown (nothing is in flight between phases).
            stop_process(self.process, signal.SIGQUIT, group=True)
            self.log.close()
            self.process = None


# --- What is asked -------------------------------------------------------------------------


def discover(env):
    """Interests, and program, pathway and organization pages, from the database."""
    script = (
        "import json\n"
        "from urllib.parse import urlsplit\n"
        "from hub.directory.models import Interest, OrganizationPage, PathwayPage, ProgramPage\n"
        "found = {'interests': sorted(Interest.objects.values_list('slug', flat=True))}\n"
        "for name, model in (('program', ProgramPage), ('pathway', PathwayPage),"
        " ('organization', OrganizationPage)):\n"
        "    pages = model.objects.live().public().order_by('pk')[:100]\n"
        "    found[name] = [[p.pk, urlsplit(p.url).path] for p in pages if p.url]\n"
        "print(json.dumps(found))\n"
    )
    out = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), "shell", "-c", script],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = json.loads(out.strip().splitlines()[-1])
    interests = pages.pop("interests")
    if not interests:
        sys.exit("the demo has no interests to ask about")
    for kind, found in pages.items():
        if not found:
            sys.exit(f"the demo has no published {kind} page")
    return interests, pages


def paths_of(kind, found, count, seed):
    """`count` addresses of one page type, drawn with a seeded generator."""
    interests, pages = found
    rng = random.Random(f"{kind}-{seed}")
    out = []
    for _ in range(count):
        language = rng.choice(LANGUAGES)
        if kind == "home":
            path = f"/{language}/"
        elif kind == "find":
            answers = {"grade": rng.randint(0, 12), "language": language}
            if rng.random() < 0.3:
                answers["q"] = WORDS[language]
            else:
                answers["interests"] = rng.sample(
                    interests, min(len(interests), rng.choice([1, 1, 2]))
                )
            if rng.random() < 0.5:
                answers["zip"] = rng.choice(ZIPS)
            path = f"/{language}/find/?" + urllib.parse.urlencode(answers, doseq=True)
        elif kind == "match":
            answers = {
                "grade": rng.randint(0, 12),
                "interests": rng.choice(interests),
                "language": language,
                "lang": language,
            }
            if rng.random() < 0.5:
                answers["zip"] = rng.choice(ZIPS)
            path = "/api/v1/match?" + urllib.parse.urlencode(answers)
        elif kind in ("program", "pathway", "organization"):
            _pk, address = rng.choice(pages[kind])
            path = f"/{language}/" + address.split("/", 2)[2]  # the page in another language
        elif kind == "equity":
            path = f"/{language}/equity/"
        elif kind == "hsds":
            path = "/api/hsds/services/"  # its default page: 50 services
        elif kind == "share":
            pk, _address = rng.choice(pages["program"])
            path = f"/{language}/share/{pk}/qr.png"
        else:
            path = "/bench/bare/"
        out.append(path)
    return out


def pool_of(kind, found, size=POOL):
    """The warm phase's fixed addresses: up to `size` distinct ones."""
    return list(dict.fromkeys(paths_of(kind, found, 200, "pool")))[:size]


def busted(path, number):
    return f"{path}{'&' if '?' in path else '?'}_bench={number}"


# --- The client ----------------------------------------------------------------------------


def fetch(port, path, encoding=ACCEPT_ENCODING):
    """One GET on a connection of its own; returns (status, body, headers)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        headers = {"Accept-Encoding": encoding, "Connection": "close"}
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read(), response.headers
    finally:
        connection.close()


STOP = threading.Event()  # set on Ctrl-C: the client threads stop at once


def drive(port, address, clients, seconds=None, total=None):
    """`clients` threads ask address(n) for n = 0, 1, ... for `seconds` or `total` requests;
    returns ([(latency seconds, status, path), ...], elapsed seconds)."""
    numbers = itertools.count()
    results = []
    lock = threading.Lock()
    start = time.monotonic()
    stop = start + seconds if seconds else float("inf")

    def client():
        mine = []
        while not STOP.is_set() and time.monotonic() < stop:
            number = next(numbers)
            if total is not None and number >= total:
                break
            path = address(number)
            began = time.perf_counter()
            try:
                status = fetch(port, path)[0]
            except OSError:
                status = 0
            mine.append((time.perf_counter() - began, status, path))
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.monotonic() - start


# --- CPU from /proc ------------------------------------------------------------------------


def process_table():
    """{pid: (ppid, own + reaped children's utime+stime in ticks)} for every process."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                line = stat.read()
        except OSError:  # gone meanwhile
            continue
        fields = line[line.rindex(")") + 2 :].split()  # from field 3, state, on
        # ppid is field 4; utime, stime, cutime, cstime are fields 14-17.
        table[int(entry.name)] = (int(fields[1]), sum(int(f) for f in fields[11:15]))
    return table


def cpu_seconds(pids):
    """{name: CPU seconds of the process and its descendants} for each root pid."""
    table = process_table()
    children = {}
    for pid, (ppid, _ticks) in table.items():
        children.setdefault(ppid, []).append(pid)
    out = {}
    for name, root in pids.items():
        ticks, todo = 0, [root]
        while todo:
            pid = todo.pop()
            if pid in table:
                ticks += table[pid][1]
                todo.extend(children.get(pid, ()))
        out[name] = ticks / TICKS
    return out


# --- A phase ---------------------------------------------------------------------------------


def percentile(ordered, fraction):
    if not ordered:
        return None
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(stack, port, address, clients, seconds):
    before = cpu_seconds(stack.pids)
    results, elapsed = drive(port, address, clients, seconds=seconds)
    after = cpu_seconds(stack.pids)
    latencies = sorted(latency * 1000 for latency, _status, _path in results)
    statuses, examples = {}, {}
    for _latency, status, path in results:
        statuses[status] = statuses.get(status, 0) + 1
        examples.setdefault(str(status), path)
    count = len(results)
    errors = {s: n for s, n in statuses.items() if not 200 <= s < 400}
    return {
        "requests": count,
        "seconds": round(elapsed, 3),
        "rps": count / elapsed if elapsed else 0.0,
        "p50_ms": percentile(latencies, 0.50),
        "p95_ms": percentile(latencies, 0.95),
        "cpu_ms_per_request": {
            name: (after[name] - before[name]) * 1000 / count if count else None for name in after
        },
        "statuses": {str(status): n for status, n in sorted(statuses.items())},
        "errors": sum(errors.values()),
        "error_statuses": {str(status): n for status, n in sorted(errors.items())},
        "error_examples": {str(status): examples[str(status)] for status in sorted(errors)},
    }


def probe(port, found):
    """Whether each type's page takes `_bench` as it takes nothing (same status, not 4xx/5xx):
    {kind: {"status": s, "busted_status": s, "bust": bool}}."""
    out = {}
    for kind in TYPES:
        path = pool_of(kind, found)[0]
        plain = fetch(port, path)[0]
        with_parameter = fetch(port, busted(path, "probe"))[0]
        out[kind] = {
            "path": path,
            "status": plain,
            "busted_status": with_parameter,
            "bust": with_parameter == plain and with_parameter < 400,
        }
    return out


def sizes(port, found):
    """Each type's body as it is, gzip'd and brotli'd here, and what the server sends."""
    out = {}
    for kind in TYPES:
        path = pool_of(kind, found)[0]
        _status, raw, _headers = fetch(port, path, encoding="identity")
        row = {
            "path": path,
            "raw": len(raw),
            "gzip6": len(gzip.compress(raw, compresslevel=6)),
            "br5": len(brotli.compress(raw, quality=5)),
        }
        for encoding in ("br", "gzip"):
            _status, body, headers = fetch(port, path, encoding=encoding)
            row[f"server_{encoding}"] = {
                "content_encoding": headers.get("Content-Encoding") or "none",
                "bytes": len(body),
            }
        out[kind] = row
    return out


def run_phase(name, stack, gunicorn, env, found, args, redis_port, numbers):
    """Start gunicorn for the phase, warm it up, measure every type at every client count."""
    if redis_port:
        redis_command(redis_port, "FLUSHALL")
    cache = "off" if name == "cold" else "on"
    started = time.monotonic()
    gunicorn.start({**env, "HUB_PAGE_CACHE": cache})
    port = gunicorn.port
    print(f"{name}: gunicorn up in {time.monotonic() - started:.0f} s (HUB_PAGE_CACHE={cache})")
    phase = {"page_cache": cache, "types": {kind: {} for kind in TYPES}}
    if name == "cold":
        phase["probe"] = probe(port, found)
        # The warm phase's addresses: the same pages, made afresh for every request.
        cold_paths = {kind: pool_of(kind, found, args.pool) for kind in TYPES}

        def address_of(kind):
            paths, bust = cold_paths[kind], phase["probe"][kind]["bust"]
            if not bust:
                return lambda n: paths[n % len(paths)]
            # Unique across the run, not only the cell: `numbers` counts every cold request.
            return lambda n: busted(paths[n % len(paths)], next(numbers))

        # The miss path as it runs day to day: every worker has likely answered each address
        # a few times (imports, templates, and the per-process caches of hub/caching/memo.py
        # filled) before anything is timed; gunicorn does not say which worker takes a
        # connection. bench/miss_path.py measures a page's first request after a change.
        warm_up = {kind: 2 * args.workers * len(cold_paths[kind]) for kind in TYPES}
    else:
        pools = {kind: pool_of(kind, found, args.pool) for kind in TYPES}

        def address_of(kind):
            pool = pools[kind]
            return lambda n: pool[n % len(pool)]

    for kind in TYPES:
        count = warm_up[kind] if name == "cold" else max(len(pools[kind]), args.warm_up)
        results, _elapsed = drive(port, address_of(kind), max(args.clients), total=count)
        bad = [status for _latency, status, _path in results if not 200 <= status < 400]
        if bad:
            print(f"  warm-up {kind}: {len(bad)} of {len(results)} failed ({sorted(set(bad))})")
    if name == "warm":
        phase["sizes"] = sizes(port, found)

    phase["loadavg_before"] = os.getloadavg()
    for clients in args.clients:
        for kind in TYPES:
            if STOP.is_set():
                raise KeyboardInterrupt
            cell = measure(stack, port, address_of(kind), clients, args.seconds)
            phase["types"][kind][str(clients)] = cell
            print(
                f"  {kind:<13}{clients}c {cell['rps']:7.1f} req/s  "
                f"p50 {cell['p50_ms'] or 0:6.1f} ms  errors {cell['errors']}",
                flush=True,
            )
    phase["loadavg_after"] = os.getloadavg()
    for clients in args.clients:
        bare = phase["types"]["bare"][str(clients)]["rps"]
        for kind in TYPES:
            cell = phase["types"][kind][str(clients)]
            cell["ratio_to_bare"] = cell["rps"] / bare if bare else None
    gunicorn.stop()
    return phase


# --- Figures -------------------------------------------------------------------------------


def figure(value, digits=1):
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.{digits}f}"


def errors_text(phases, kind):
    counts = []
    for phase in phases.values():
        total = sum(cell["errors"] for cell in phase["types"][kind].values())
        server = sum(
            n
            for cell in phase["types"][kind].values()
            for status, n in cell["error_statuses"].items()
            if status.startswith("5")
        )
        counts.append(f"{total}" + (f"!{server}x5xx" if server else ""))
    return "/".join(counts)


def table(run, args):
    low, high = str(min(args.clients)), str(max(args.clients))
    phases = run["phases"]
    cpu_names = ["app", "db", "redis", "es"]  # CPU ms per request
    head_cells = [f"{low}c r/s", f"{high}c r/s", "p50/p95ms", *cpu_names, "xbare"]
    widths = [6, 6, 9, 5, 5, 5, 5, 5]
    block = sum(widths) + len(widths)
    lines = []
    labels = {"cold": "cold: cache off, unique URLs", "warm": "warm: cache on, a pool"}
    title = "".join(f" {' ' + labels[name] + ' ':-^{block - 1}}" for name in phases)
    lines.append(f"{'':<13}{title}")
    header = "".join(f" {h:>{w}}" for h, w in zip(head_cells, widths, strict=True))
    lines.append(f"{'page':<13}{header * len(phases)} {'errors c/w':>11}")
    for kind in TYPES:
        row = f"{kind:<13}"
        for phase in phases.values():
            cells = phase["types"][kind]
            top = cells[high]
            cpu = top["cpu_ms_per_request"]
            values = [
                figure(cells[low]["rps"]),
                figure(top["rps"]),
                f"{figure(top['p50_ms'])}/{figure(top['p95_ms'])}",
                *(figure(cpu.get(n)) for n in cpu_names),
                figure(top["ratio_to_bare"], 2),
            ]
            row += "".join(f" {v:>{w}}" for v, w in zip(values, widths, strict=True))
        lines.append(f"{row} {errors_text(phases, kind):>11}")
    return "\n".join(lines)


def size_table(found_sizes):
    lines = [
        f"{'page':<13}{'raw B':>9}{'gzip6 B':>9}{'br5 B':>9}   {'server br':<18}{'server gzip':<18}"
        "path"
    ]
    for kind, row in found_sizes.items():
        served = [
            f"{row[f'server_{e}']['content_encoding']} {row[f'server_{e}']['bytes']}"
            for e in ("br", "gzip")
        ]
        lines.append(
            f"{kind:<13}{row['raw']:>9}{row['gzip6']:>9}{row['br5']:>9}   "
            f"{served[0]:<18}{served[1]:<18}{row['path'][:60]}"
        )
    return "\n".join(lines)


def report(run, args):
    print()
    print(
        f"{run['cores']} cores; gunicorn {args.workers} {args.worker_class} workers; "
        f"{'Redis' if not args.no_redis else 'no Redis (local caches)'}; "
        f"{args.seconds:g} s per cell; p50/p95, CPU (ms per request: app = gunicorn, "
        f"db = PostgreSQL, es = noida-db) and xbare (req/s / bare's) at {max(args.clients)} "
        "clients; errors: cold/warm, !N x5xx"
    )
    for name, phase in run["phases"].items():
        before = " ".join(f"{v:.2f}" for v in phase["loadavg_before"])
        after = " ".join(f"{v:.2f}" for v in phase["loadavg_after"])
        print(f"load average {name}: {before} before, {after} after")
    not_busted = [k for k, p in run["phases"]["cold"]["probe"].items() if not p["bust"]]
    if not_busted:
        print(f"cold without _bench (the page answers it differently): {', '.join(not_busted)}")
    print()
    print(table(run, args))
    for name, phase in run["phases"].items():
        for kind, cells in phase["types"].items():
            for clients, cell in cells.items():
                if cell["errors"]:
                    print(
                        f"  errors {name} {kind} {clients}c: {cell['error_statuses']}, e.g. "
                        + ", ".join(f"{s} {p}" for s, p in cell["error_examples"].items())
                    )
                redirects = {s: n for s, n in cell["statuses"].items() if s.startswith("3")}
                if redirects:
                    print(f"  redirected {name} {kind} {clients}c: {redirects}")
    print()
    print(size_table(run["phases"]["warm"]["sizes"]))


# --- Main ----------------------------------------------------------------------------------


def main():
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4, help="per cell (type x clients)")
    parser.add_argument(
        "--clients",
        type=lambda s: sorted({int(n) for n in s.split(",")}),
        default=[1, 4],
        help="client counts, e.g. 1,4",
    )
    parser.add_argument("--workers", type=int, default=2 * cores + 1)
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=4, help="per worker, for gthread")
    parser.add_argument("--programs", type=int, default=200, help="size of the demo region")
    parser.add_argument("--pg-port", type=int, default=54361)
    parser.add_argument("--no-redis", action="store_true", help="no REDIS_URL: local caches")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--quick", action="store_true", help="about 90 s: a smoke run")
    parser.add_argument(
        "--types",
        type=lambda s: s.split(","),
        help=f"only these page types (the bare view is always run), of: {', '.join(TYPES)}",
    )
    args = parser.parse_args()
    if args.types:
        unknown = set(args.types) - set(TYPES)
        if unknown:
            parser.error(f"unknown page types: {', '.join(sorted(unknown))}")
        TYPES[:] = [kind for kind in TYPES if kind in args.types or kind == "bare"]
    args.pool, args.warm_up = POOL, 2 * args.workers
    if args.quick:
        args.seconds, args.programs, args.pool, args.warm_up = 0.6, 20, 6, args.workers

    stack = Stack()

    def interrupted(signum, frame):
        STOP.set()
        raise KeyboardInterrupt

    # Ctrl-C too, even when started where SIGINT is ignored (a background job of a script).
    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    began = time.monotonic()
    try:
        print(f"{cores} cores; building the stack in {stack.workdir}", flush=True)
        database_url = os.environ.get("DATABASE_URL") or start_postgres(stack, args.pg_port)
        redis_port = None if args.no_redis else start_redis(stack)
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
        env.pop("REDIS_URL", None)
        env.pop("HUB_PAGE_CACHE", None)
        if redis_port:
            env["REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
        if args.quick:
            env["HUB_BENCH_PLAIN_STATIC"] = "1"
        manage = [PYTHON, str(ROOT / "manage.py")]
        # The translations compiled as a deployment compiles them, in the run's own copy (the
        # .mo files are not in git; without them /so/ and /tl/ are not served at all).
        shutil.copytree(ROOT / "locale", stack.workdir / "locale")
        env["HUB_BENCH_LOCALE_ROOT"] = str(stack.workdir / "locale")
        run_step("compile_po", [*manage, "compile_po"], env)
        # collectstatic needs no database: it runs beside the database steps.
        collectstatic = subprocess.Popen(
            [*manage, "collectstatic", "--noinput", "-v0"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        stack.closers.append(lambda: stop_process(collectstatic, group=True))
        run_step("migrate", [*manage, "migrate", "--noinput", "-v0"], env)
        run_step(
            f"load_demo --programs {args.programs}",
            [*manage, "load_demo", "--programs", str(args.programs), "--skip-accounts"],
            env,
        )
        run_step("search_index rebuild", [*manage, "search_index", "rebuild"], env)
        if collectstatic.wait() != 0:
            sys.exit("collectstatic failed")
        print("  collectstatic ... done beside them", flush=True)

        gunicorn = Gunicorn(stack, args)
        stack.closers.append(gunicorn.stop)
        found = discover(env)
        print(
            f"found {len(found[1]['program'])} programs, {len(found[1]['pathway'])} pathways, "
            f"{len(found[1]['organization'])} organizations, {len(found[0])} interests; "
            f"{len(TYPES)} types x clients {args.clients} x {args.seconds:g} s per phase",
            flush=True,
        )
        numbers = itertools.count()
        run = {
            "cores": cores,
            "workers": args.workers,
            "worker_class": args.worker_class,
            "redis": not args.no_redis,
            "seconds_per_cell": args.seconds,
            "clients": args.clients,
            "programs": args.programs,
            "phases": {},
        }
        for name in ("cold", "warm"):
            run["phases"][name] = run_phase(
                name, stack, gunicorn, env, found, args, redis_port, numbers
            )
        report(run, args)
        if args.json:
            args.json.write_text(json.dumps(run, indent=1))
            print(f"\nfigures: {args.json}")
        print(f"\n{time.monotonic() - began:.0f} s in all")
    except KeyboardInterrupt:
        STOP.set()
        print("\ninterrupted; cleaning up", file=sys.stderr)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not stop cleanup
        stack.close()


if __name__ == "__main__":
    main()
