"""What refusing a hostile .xlsx costs, printed as figures (not asserted):

    .venv/bin/python bench/xlsx_bomb.py [--cells 2000000]

Builds issue 15's zip bomb (a header row and one <row> of N inline-string cells, about 226 KB
for two million) and a row of 100,000 different cells that passes the size limits, then reads
each in a fresh child process and prints the bytes in, the seconds to the refusal, the peak of
Python's allocations (tracemalloc) and how much the child's resident memory grew.
"""

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def refuse(path):
    """In the child: read the file the way an upload is read, and print what it cost."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
    import django

    django.setup()
    from hub.imports.spreadsheet import ImportRefused, read

    content = Path(path).read_bytes()
    before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    try:
        read(content, "programs.xlsx")
        outcome = "READ (not refused)"
    except ImportRefused as refused:
        outcome = f"refused: {refused.message}"
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_kb
    print(
        f"  {seconds * 1000:.0f} ms to the refusal, Python allocations peak {peak / 1e6:.1f} MB, "
        f"resident memory grew {grown_kb / 1024:.0f} MB\n  {outcome}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=2_000_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return refuse(args.child)

    from spreadsheet_files import SHEET, wide_row_xlsx, xlsx_bomb

    header = [f"column{n}" for n in range(18)]
    files = {
        f"zip bomb, one row of {args.cells:,} cells": xlsx_bomb(header, cells=args.cells),
        "one row of 100,000 different cells (within the size limits)": wide_row_xlsx(
            header, cells=100_000
        ),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in files.items():
            with zipfile.ZipFile(io.BytesIO(content)) as book:
                unpacked = book.getinfo(SHEET).file_size
            print(
                f"{name}: {len(content) / 1024:.0f} KB in, sheet unpacks to {unpacked / 1e6:.0f} MB"
            )
            path = Path(tmp, "upload.xlsx")
            path.write_bytes(content)
            subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)


if __name__ == "__main__":
    main()
