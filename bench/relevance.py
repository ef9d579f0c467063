"""How well the matcher answers the judged family questions (tests/relevance/questions.json),
printed as figures per language (not asserted; tests/relevance/test_relevance.py is the gate):

    .venv/bin/python bench/relevance.py [--backend database|elasticsearch] [--quiet]

Builds the demo region once in its own SQLite file under bench/.data/ (kept, so the next run
starts at once), indexes it, and asks every question the way the find page does. Prints
success@3, nDCG@10 and the share of questions with a word of the free text the matcher did not
use (and did not say so), then every question that missed its top three, with what came first.
The scoring is tests/relevance/judge.py, the same code the gate runs.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
DATABASE = DATA / "relevance.sqlite3"
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "relevance")]


def prepare():
    """The demo region, built once in its own database file."""
    DATA.mkdir(parents=True, exist_ok=True)
    if DATABASE.exists():
        return
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{DATABASE}"}
    env["DJANGO_SETTINGS_MODULE"] = "hub.settings.dev"
    manage = [sys.executable, str(ROOT / "manage.py")]
    started = time.monotonic()
    print("building the demo region (once) ...", flush=True)
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
    subprocess.run(
        [*manage, "load_demo", "--skip-accounts"], env=env, check=True, stdout=subprocess.DEVNULL
    )
    print(f"  built in {time.monotonic() - started:.0f} s", flush=True)


def show(outcomes, quiet):
    import judge

    for row in judge.by_language(outcomes):
        print(row.line())
    if quiet:
        return
    print("\nQuestions without a top listing in the first three:")
    for o in outcomes:
        if o.success:
            continue
        q = o.question
        print(f"\n  {q['id']}  /{q['language']}/find/?{urlencode(q['params'])}")
        print(f"    judged: {q['note']}")
        if o.error:
            print(f"    refused: {o.error}")
        for rank, path in enumerate(o.paths[:3], 1):
            print(f"    {rank}. {path}")
        if not o.error and not o.paths:
            print("    (no results)")
    dropping = [o for o in outcomes if o.dropped]
    if dropping:
        print("\nQuestions with words not used (* not said back to the family):")
        for o in dropping:
            marked = " ".join(f"{w}*" if w in o.silent else w for w in o.dropped)
            print(f"  {o.question['id']:<10} {o.question['params'].get('q', '')!r}: {marked}")


def urlencode(params):
    from urllib.parse import urlencode as encode

    return encode(params, safe=",")


def run(backend, quiet):
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False

    import judge

    from search import indexing
    from search.models import OpportunityDocument

    if not OpportunityDocument.objects.exists():
        indexing.rebuild_all()
    region = judge.indexed_region()
    asked = judge.load_questions()
    missing = judge.missing_paths(asked, region.paths)
    if missing:
        print(f"{len(missing)} judged paths are not in the region, e.g. {missing[:3]}")

    if backend == "database":
        settings.HUB_ELASTICSEARCH_URL = ""
        started = time.monotonic()
        outcomes = judge.ask_all(asked, region)
        print(f"{len(asked)} questions, database backend, {time.monotonic() - started:.1f} s\n")
        show(outcomes, quiet)
        return

    from search_es import NoidaServer, free_port

    from search.backends import elasticsearch_backend

    with tempfile.TemporaryDirectory(prefix="bench-noida-") as data_dir:
        server = NoidaServer(free_port(), data_dir)
        server.start()
        try:
            settings.HUB_ELASTICSEARCH_URL = server.url
            settings.HUB_ELASTICSEARCH_INDEX_PREFIX = "bench-relevance"
            settings.HUB_ELASTICSEARCH_TIMEOUT = 5.0
            elasticsearch_backend().replace_all(
                list(OpportunityDocument.objects.values_list("data", flat=True))
            )
            outcomes = judge.ask_all(asked, region)
            print(f"{len(asked)} questions, elasticsearch backend\n")
            show(outcomes, quiet)
        finally:
            server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="database", choices=["database", "elasticsearch"])
    parser.add_argument("--quiet", action="store_true", help="the figures only")
    args = parser.parse_args()
    prepare()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.dev"}
    env["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    command = [sys.executable, __file__, "--one", args.backend]
    subprocess.run(command + (["--quiet"] if args.quiet else []), env=env, check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        run(sys.argv[2], "--quiet" in sys.argv[3:])
    else:
        main()
