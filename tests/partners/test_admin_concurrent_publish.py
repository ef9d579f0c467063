"""Two staff members publishing the same page at the same moment on SQLite (issue 15, item 10):
once a 500 "database is locked" for one of them; now both saves go through (one waits for the
other) and nothing is half-written."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from factories import OrganizationPageFactory, ProgramPageFactory
from wagtail.models import Revision

from hub.partners.onboarding import ensure_staff_user

# database_vendor: locking: two staff publishing at once.
pytestmark = pytest.mark.database_vendor


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_staff_publishing_the_same_page_at_once_on_sqlite_both_succeed(indexes, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite locks the whole file; PostgreSQL locks rows and waits")
    org = OrganizationPageFactory(parent=indexes["partners"], title="Alpha", slug="alpha")
    org.save_revision().publish()
    club = ProgramPageFactory(parent=org, slug="club", title="Robot Club")
    club.save_revision().publish()
    staff = ensure_staff_user("reviewer@hub.example", "staff-password")
    # The committed test database, copied to a file as `make run` has it.
    database = tmp_path / "hub.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(database) as copy:
        connection.connection.backup(copy)
    copy.close()
    revisions = Revision.objects.filter(object_id=str(club.pk)).count()

    rounds = 3
    run = subprocess.run(
        [sys.executable, Path(__file__).parents[1] / "concurrent_publish.py"]
        + [str(database), str(club.pk), str(staff.pk), str(rounds)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).parents[2],
    )
    assert run.returncode == 0, run.stderr[-3000:]
    statuses = json.loads(run.stdout.strip().splitlines()[-1])
    assert statuses == [302] * (2 * rounds)  # every Publish went through, none was a 500/503

    with sqlite3.connect(database) as db:
        title, live, latest = db.execute(
            "SELECT title, live_revision_id, latest_revision_id FROM wagtailcore_page WHERE id = ?",
            [club.pk],
        ).fetchone()
        (saved,) = db.execute(
            "SELECT count(*) FROM wagtailcore_revision WHERE object_id = ?", [str(club.pk)]
        ).fetchone()
    db.close()
    assert saved == revisions + 2 * rounds  # one revision per Publish, none lost or half-made
    assert live == latest and title.startswith(f"Round {rounds - 1} by ")
