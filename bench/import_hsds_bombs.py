"""What `import_hsds` spends refusing hostile files, printed as figures (not asserted):

    .venv/bin/python bench/import_hsds_bombs.py

For each bomb of issue 15 (item 7): the bytes given, the seconds and the peak Python memory
(tracemalloc) until the import refuses it. Every refusal comes before the database is touched.
"""

import json
import os
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]


def deep_record(folder):
    value = "bottom"
    for _ in range(950):
        value = [value]
    record = {"id": str(uuid.uuid4()), "name": "Deep", "description": "d", "x": value}
    path = folder / "deep" / "organizations.json"
    path.parent.mkdir()
    path.write_text(json.dumps([record]), encoding="utf-8")
    return path


def deep_file(folder):
    path = folder / "deeper" / "organizations.json"
    path.parent.mkdir()
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    return path


def million_rows(folder):
    path = folder / "rows" / "organizations.csv"
    path.parent.mkdir()
    with path.open("w", encoding="utf-8") as handle:
        handle.write("id,name,description\n")
        handle.writelines(f"{uuid.UUID(int=n)},Org {n},Fine.\n" for n in range(1_000_000))
    return path.parent


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    os.environ["DATABASE_URL"] = "sqlite:///:memory:"  # never reached: refusals come first
    import django

    django.setup()
    from hub.hsds.importer import import_hsds

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for name, make in (
            ("a record nested 950 deep", deep_record),
            ("a file nested 200,000 deep", deep_file),
            ("a 1,000,000-row CSV", million_rows),
        ):
            path = make(folder)
            size = sum(p.stat().st_size for p in (path.rglob("*") if path.is_dir() else [path]))
            tracemalloc.start()
            started = time.perf_counter()
            report = import_hsds(path)
            seconds = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            assert not report.ok
            reason = (report.problems or [report.rejected[0].reasons[0]])[0]
            print(
                f"{name}: {size:,} bytes in, refused in {seconds:.2f} s, "
                f"peak {peak / 1024**2:.0f} MB: {reason}"
            )


if __name__ == "__main__":
    main()
