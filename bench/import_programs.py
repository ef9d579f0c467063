"""What a spreadsheet import costs, printed as figures (not asserted):

    .venv/bin/python bench/import_programs.py [--rows 2000]

Builds a CSV of N programs, then reads, previews (plans) and writes it into one organization
of a copy of the 1,000-program demo region (bench/.data, built by bench/match.py), then writes
it again with every row changed (new drafts of the same pages), and prints the time of each
step and the process's peak resident memory.
"""

import argparse
import csv
import io
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]


def spreadsheet(rows, summary="Build and test things with a mentor."):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "external_id",
            "title",
            "summary",
            "kind",
            "grade_min",
            "grade_max",
            "interests",
            "delivery_languages",
            "start_date",
            "days_and_times",
        ]
    )
    for n in range(rows):
        writer.writerow(
            [
                f"p{n}",
                f"Imported program {n}",
                summary,
                "club",
                6,
                8,
                "robotics",
                "en,es",
                "2031-02-01",
                "Tuesdays 4-6 pm",
            ]
        )
    return out.getvalue().encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    args = parser.parse_args()
    source = ROOT / "bench" / ".data" / "region-1000.sqlite3"
    if not source.exists():
        sys.exit("run bench/match.py --sizes 1000 first: it builds the region")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp, "region.sqlite3")
        shutil.copy(source, copy)
        os.environ["DATABASE_URL"] = f"sqlite:///{copy}"
        os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.dev"
        import django

        django.setup()
        from django.conf import settings
        from django.contrib.auth import get_user_model

        from hub.directory.models import OrganizationPage
        from hub.imports.plan import apply, plan
        from hub.imports.spreadsheet import read

        settings.DEBUG = False
        organization = OrganizationPage.objects.live().first()
        user = get_user_model().objects.create(username="bench@example.org")
        content = spreadsheet(args.rows)
        started = time.perf_counter()
        header, rows = read(content, "programs.csv")
        read_done = time.perf_counter()
        result = plan(header, rows, organization)
        plan_done = time.perf_counter()
        assert not result.problems, result.problems[:3]
        apply(result, organization, user)
        apply_done = time.perf_counter()
        changed = plan(
            *read(spreadsheet(args.rows, summary="Now on Saturdays."), "p.csv"), organization
        )
        assert changed.count("update") == args.rows
        again = time.perf_counter()
        apply(changed, organization, user)
        again_done = time.perf_counter()
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # the whole process
        print(
            f"{args.rows} rows ({len(content) / 1024:.0f} KB CSV): "
            f"read {read_done - started:.2f} s, preview {plan_done - read_done:.2f} s, "
            f"write {apply_done - plan_done:.1f} s ({args.rows / (apply_done - plan_done):.0f} "
            f"rows/s); the same file with every row changed: write {again_done - again:.1f} s; "
            f"peak memory of the process {peak_kb / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
