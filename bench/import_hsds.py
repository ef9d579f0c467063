"""What `import_hsds` costs on a 211-sized feed, printed as figures (not asserted):

    .venv/bin/python bench/import_hsds.py [--scales 1,3,10] [--database-url postgres://...]

Generates an HSDS 3.0 JSON folder per scale: at 1x 1,000 organizations, 4,000 services (programs)
with 11,000 schedules, 1,500 locations with street addresses, 5,000 phones, 4,000
service_at_locations and 100 taxonomy terms of another directory (kept as given). Each scale is
imported by a child process into a fresh database (SQLite in a temporary folder by default; with
--database-url, a new PostgreSQL database made next to the one named, dropped afterwards), which
prints the import's wall time and its peak resident memory (ru_maxrss, migrations included).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]


def key(kind, n):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{kind}/{n}"))


def dataset(folder, scale):
    """The HSDS files of one scale, written into `folder`; returns what they hold."""
    organizations, services, places = 1_000 * scale, 4_000 * scale, 1_500 * scale
    terms = [
        {
            "id": key("term", n),
            "code": f"B{n:03}",
            "name": f"Need {n}",
            "taxonomy_id": key("taxonomy", 0),
        }
        for n in range(100)
    ]
    orgs = [
        {
            "id": key("org", n),
            "name": f"Organization {n}",
            "description": f"Organization {n} serves the county.",
            "website": f"https://org{n}.example.org",
            "phones": [{"id": key("org-phone", n), "number": f"555-{n % 10_000:04}"}],
        }
        for n in range(organizations)
    ]
    locations = [
        {
            "id": key("place", n),
            "name": f"Site {n}",
            "location_type": "physical",
            "organization_id": key("org", n % organizations),
            "latitude": 40 + (n % 100) / 1000,
            "longitude": -89 - (n % 100) / 1000,
            "addresses": [
                {
                    "id": key("address", n),
                    "address_type": "physical",
                    "address_1": f"{100 + n} Main Street",
                    "city": "Springfield",
                    "state_province": "IL",
                    "postal_code": f"627{n % 100:02}",
                    "country": "US",
                }
            ],
        }
        for n in range(places)
    ]
    rows = []
    schedules = 0
    for n in range(services):
        count = 2 if n % 4 == 3 else 3  # 11,000 schedules per 4,000 services
        schedules += count
        rows.append(
            {
                "id": key("service", n),
                "organization_id": key("org", n % organizations),
                "name": f"Program {n}",
                "description": "Hands-on science after school.",
                "status": "active",
                "x_hub_type": "program",
                "phones": [{"id": key("phone", n), "number": f"555-{n % 10_000:04}"}],
                "schedules": [
                    {
                        "id": key("schedule", f"{n}/{s}"),
                        "valid_from": f"2031-0{s + 1}-01",
                        "valid_to": f"2031-0{s + 1}-28",
                        "description": "Tuesdays 4-6 pm",
                    }
                    for s in range(count)
                ],
                "service_at_locations": [
                    {"id": key("sal", n), "location_id": key("place", n % places)}
                ],
                "attributes": [
                    {
                        "id": key("attribute", n),
                        "taxonomy_term_id": key("term", n % 100),
                        "taxonomy_term": terms[n % 100],
                    }
                ],
            }
        )
    folder.mkdir(parents=True)
    for name, records in (
        ("organizations.json", orgs),
        ("services.json", rows),
        ("locations.json", locations),
        ("taxonomy_terms.json", terms),
    ):
        (folder / name).write_text(json.dumps(records), encoding="utf-8")
    return {
        "organizations": organizations,
        "services": services,
        "schedules": schedules,
        "locations": places,
        "bytes": sum(f.stat().st_size for f in folder.iterdir()),
    }


def child(folder):
    """Runs in its own process: migrate the empty database, import, print figures as JSON."""
    import resource

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from hub.hsds.importer import import_hsds

    started, cpu = time.perf_counter(), time.process_time()
    report = import_hsds(folder)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu,  # the wall time less waiting: on a busy machine, for comparing
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "ok": report.ok,
                "problems": report.problems[:3],
                "rejected": len(report.rejected),
                "counts": report.counts(),
            }
        )
    )


def postgres_database(url, name):
    """A new database `name` on the server of `url`; returns its URL."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def drop_postgres_database(url, name):
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,3,10")
    parser.add_argument("--database-url", help="a PostgreSQL server (default: SQLite files)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    for scale in [int(s) for s in args.scales.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            held = dataset(Path(tmp, "feed"), scale)
            name = f"bench_import_hsds_{scale}x_{os.getpid()}"
            if args.database_url:
                database_url = postgres_database(args.database_url, name)
            else:
                database_url = f"sqlite:///{Path(tmp, 'hub.sqlite3')}"
            environment = {**os.environ, "DATABASE_URL": database_url}
            try:
                finished = subprocess.run(
                    [sys.executable, __file__, "--child", str(Path(tmp, "feed"))],
                    env=environment,
                    capture_output=True,
                    text=True,
                    check=False,
                )
            finally:
                if args.database_url:
                    drop_postgres_database(args.database_url, name)
            if finished.returncode:
                print(f"{scale}x: the import failed\n{finished.stderr[-3000:]}")
                continue
            figures = json.loads(finished.stdout.strip().splitlines()[-1])
            print(
                f"{scale}x ({held['organizations']:,} organizations, {held['services']:,} "
                f"services, {held['schedules']:,} schedules, {held['locations']:,} locations; "
                f"{held['bytes'] / 1024**2:.1f} MB of JSON): {figures['seconds']:.1f} s "
                f"({figures['cpu_seconds']:.1f} s of CPU), "
                f"peak {figures['peak_mb']:.0f} MB, ok={figures['ok']}, "
                f"rejected={figures['rejected']}, problems={figures['problems']}"
            )
            print(f"    {figures['counts']}")


if __name__ == "__main__":
    main()
