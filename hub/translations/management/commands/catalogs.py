"""The UI catalogs: `update` them from the code, or `check` that they are current and complete.

python manage.py catalogs update   # after changing UI strings; then translate what is new
python manage.py catalogs check    # in CI: fails if `update` would change a catalog, or
                                   # if a catalog has an untranslated or fuzzy entry
"""

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

# Locations without line numbers, so moving code does not change a catalog.
MAKEMESSAGES = [
    "--all",
    "--no-obsolete",
    "--add-location=file",
    *(f"--ignore={d}" for d in (".venv", "bench", "media", "static_collected", "tests", ".git")),
]
SCANNED = ["manage.py", "hub", "search", "templates", "locale"]
REVIEW_STATUS = "machine-drafted"  # what a drafted catalog's header says until reviewed


def catalogs(root):
    return sorted(Path(root, "locale").glob("*/LC_MESSAGES/django.po"))


def _comparable(path):
    return [line for line in path.read_text().splitlines() if "POT-Creation-Date" not in line]


def stale(root):
    """{catalog: diff} for every catalog `makemessages` would change, run on a copy of the
    code so the working tree is never touched."""
    changed = {}
    with tempfile.TemporaryDirectory(prefix="catalogs-") as tmp:
        for name in SCANNED:
            source = Path(root, name)
            if source.is_dir():
                shutil.copytree(source, Path(tmp, name), ignore=shutil.ignore_patterns("*.pyc"))
            else:
                shutil.copy2(source, tmp)
        subprocess.run(
            [sys.executable, "manage.py", "makemessages", *MAKEMESSAGES, "-v0"],
            cwd=tmp,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            check=True,
        )
        for path in catalogs(root):
            fresh = Path(tmp, path.relative_to(root))
            before, after = _comparable(path), _comparable(fresh)
            if before != after:
                diff = difflib.unified_diff(before, after, str(path), "after makemessages", n=0)
                changed[path] = "\n".join(list(diff)[:40])
    return changed


def incomplete(path):
    """Problems a family would meet: entries shown in English, or fuzzy ones Django skips."""
    catalog = polib.pofile(str(path))
    problems = [f"untranslated: {e.msgid[:60]!r}" for e in catalog.untranslated_entries()]
    problems += [f"fuzzy: {e.msgid[:60]!r}" for e in catalog.fuzzy_entries()]
    if catalog.metadata.get("X-Translation-Status", "") == "":
        problems.append("the header has no X-Translation-Status (machine-drafted or reviewed)")
    return problems


class Command(BaseCommand):
    help = "Update the UI catalogs from the code, or check they are current and complete."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["update", "check"])

    def handle(self, action, **options):
        root = Path(settings.BASE_DIR)
        if action == "update":
            os.chdir(root)
            call_command("makemessages", *MAKEMESSAGES, verbosity=0)
            for path in catalogs(root):
                left = len(polib.pofile(str(path)).untranslated_entries())
                self.stdout.write(f"{path.relative_to(root)}: {left} to translate")
            return
        failures = []
        expected = {to_locale(code) for code, _name in settings.HUB_LANGUAGES if code != "en"}
        found = {path.parent.parent.name for path in catalogs(root)}
        failures += [f"locale/{name}: no catalog" for name in sorted(expected - found)]
        for path, diff in stale(root).items():
            failures.append(
                f"{path.relative_to(root)} is out of date; run `catalogs update`\n{diff}"
            )
        for path in catalogs(root):
            failures += [f"{path.relative_to(root)}: {p}" for p in incomplete(path)]
        if failures:
            raise CommandError("\n".join(failures))
        self.stdout.write(f"{len(found)} catalogs current and complete")
