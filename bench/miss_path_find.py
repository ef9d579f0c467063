"""App CPU and queries of the find page and the match API when no page cache answers, printed
as figures (not asserted):

    .venv/bin/python bench/miss_path_find.py [--rounds 50] [--database-url URL]

In process, through Django's test Client, with the test settings (DEBUG off) and the demo region
(built once into bench/.data/miss-path.sqlite3, or loaded into the empty database DATABASE_URL /
--database-url names). For each kind of request, in six languages:

- first:    the first question of each language (the very first is the process's first
            request): the median of those six;
- edited:   a question asked right after an edit (the content version changed), per-process
            caches otherwise warm: what every worker pays once per publish;
- repeated: the same question again, nothing changed since;
- new:      a question not asked before, per-process caches warm.

App CPU is time.process_time() around the request (the database's own CPU is included on
SQLite, not on PostgreSQL); the median of --rounds requests after a warm-up."""

import argparse
import itertools
import os
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"
sys.path[:0] = [str(ROOT)]

# The families' languages, words and ZIP codes bench/load.py asks with (bench/ is on the path
# when this script runs).
from load import LANGUAGES, WORDS, ZIPS  # noqa: E402

INTERESTS = ["robotics", "coding", "health-sciences", "engineering", "mathematics", "aerospace"]


def setup(database_url):
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.test"
    os.environ["HUB_PAGE_CACHE"] = "off"  # the miss path: no answer from the page cache
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        DATA.mkdir(parents=True, exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{DATA / 'miss-path.sqlite3'}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("compile_po", verbosity=0)
    call_command("migrate", verbosity=0, interactive=False)
    from search.models import OpportunityDocument

    if not OpportunityDocument.objects.exists():
        print("loading the demo region (once) ...", flush=True)
        call_command("load_demo", "--skip-accounts", verbosity=0)


def find_url(language, number, words):
    """The number-th distinct find question in `language`: grade, interests or words, a ZIP."""
    grade = number % 13
    zip_code = ZIPS[(number // 13) % len(ZIPS)]
    answers = {"grade": grade, "language": language, "zip": zip_code}
    if words:
        answers["q"] = WORDS[language]
    else:
        pair = INTERESTS[(number // 117) % len(INTERESTS)]
        answers["interests"] = [pair, INTERESTS[(number // 117 + 1) % len(INTERESTS)]]
    return f"/{language}/find/?" + urllib.parse.urlencode(answers, doseq=True)


def api_url(language, number, _words):
    grade = number % 13
    answers = {
        "grade": grade,
        "interests": INTERESTS[(number // 13) % len(INTERESTS)],
        "zip": ZIPS[(number // 78) % len(ZIPS)],
        "language": language,
        "lang": language,
    }
    return "/api/v1/match?" + urllib.parse.urlencode(answers)


KINDS = {
    "find, interests": (find_url, False),
    "find, words": (find_url, True),
    "api": (api_url, False),
}


def measure(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.process_time()
        response = client.get(url)
        cpu = time.process_time() - started
    assert response.status_code == 200, (url, response.status_code)
    return cpu * 1000, len(queries)


def summary(samples):
    cpu = statistics.median(s[0] for s in samples)
    queries = statistics.median(s[1] for s in samples)
    return f"{cpu:6.1f} ms {queries:4.0f} q"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    setup(args.database_url)

    from django.db import connection
    from django.test import Client

    from hub.caching import versions

    client = Client()
    rows = {}
    numbers = itertools.count(7)  # distinct questions, never the same twice
    for kind, (make, words) in KINDS.items():
        figures = {"first": [], "edited": [], "repeated": [], "new": []}
        for language in LANGUAGES:
            first = make(language, next(numbers), words)
            figures["first"].append(measure(client, first))
            for _ in range(3):  # warm-up
                measure(client, make(language, next(numbers), words))
            per = max(1, args.rounds // len(LANGUAGES))
            for _ in range(per):
                url = make(language, next(numbers), words)
                measure(client, url)
                figures["repeated"].append(measure(client, url))
                figures["new"].append(measure(client, make(language, next(numbers), words)))
                versions.changed("content")  # an edit: every per-process value made again
                figures["edited"].append(measure(client, url))
        rows[kind] = figures
    print(f"\n{connection.vendor}, {args.rounds} rounds; app CPU (median) and queries per request")
    print(f"{'':18} {'first':>14} {'edited':>14} {'repeated':>14} {'new':>14}")
    for kind, figures in rows.items():
        cells = [summary(figures[name]) for name in ("first", "edited", "repeated", "new")]
        print(f"{kind:18} " + " ".join(f"{c:>14}" for c in cells))


if __name__ == "__main__":
    main()
