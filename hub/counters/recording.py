"""Counting without slowing or failing a match.

A match adds to counts held in this process (a dict and a lock: nothing to fail). They are
written after a response has gone out, once HUB_COUNTERS_BATCH increments are waiting or
HUB_COUNTERS_SECONDS have passed, one statement per batch. If the database refuses, the counts
wait for the next batch; a process that stops loses at most one batch of anonymous counts."""

import datetime
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Page

from .models import Appearance

log = logging.getLogger(__name__)

_lock = threading.Lock()
_appearances = Counter()  # (page id, day) -> times shown
_last_write = time.monotonic()
# Counts kept while the database refuses them; past this many keys the oldest are dropped.
MAX_WAITING = 50_000


def shown(answer):
    """Count every listing an answer shows: the opportunities and the support services."""
    today = timezone.localdate()
    with _lock:
        for result in (*answer.results, *answer.services):
            _appearances[(result.doc["id"], today)] += 1


def waiting():
    with _lock:
        return sum(_appearances.values())


def discard_waiting():
    """Forget the counts not yet written (each test starts from none)."""
    with _lock:
        _appearances.clear()


def flush():
    """Write what is waiting. Never raises a database error: the counts wait instead."""
    global _last_write
    with _lock:
        batch = dict(_appearances)
        _appearances.clear()
        _last_write = time.monotonic()
    if not batch:
        return
    try:
        _add_appearances(batch)
    except DatabaseError:
        log.warning("Appearance counts not written; %d kept for the next batch", len(batch))
        with _lock:
            _appearances.update(batch)
            while len(_appearances) > MAX_WAITING:
                del _appearances[next(iter(_appearances))]


def flush_if_due(**kwargs):
    with _lock:
        due = (
            sum(_appearances.values()) >= settings.HUB_COUNTERS_BATCH
            or time.monotonic() - _last_write >= settings.HUB_COUNTERS_SECONDS
        )
    if due:
        flush()


def _add_appearances(batch):
    # A listing deleted since it was shown has nothing left to count against.
    existing = set(
        Page.objects.filter(pk__in={page_id for page_id, _day in batch}).values_list(
            "pk", flat=True
        )
    )
    rows = [(page_id, day, n) for (page_id, day), n in batch.items() if page_id in existing]
    if not rows:
        return
    table = Appearance._meta.db_table
    add = f"ON CONFLICT (page_id, day) DO UPDATE SET count = {table}.count + excluded.count"
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), 300):
            chunk = rows[start : start + 300]
            # An upsert that adds, in the SQL both SQLite (3.24+) and PostgreSQL speak.
            cursor.execute(
                f"INSERT INTO {table} (page_id, day, count) VALUES "
                + ", ".join(["(%s, %s, %s)"] * len(chunk))
                + f" {add}",
                [value for row in chunk for value in row],
            )


def recent_appearances(page_ids, days=30):
    """{page id: times shown in the last `days` days} for the given pages."""
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    counts = (
        Appearance.objects.filter(page__in=page_ids, day__gte=since)
        .values("page")
        .annotate(total=Sum("count"))
    )
    return {row["page"]: row["total"] for row in counts}
