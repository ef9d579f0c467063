"""Counting without slowing or failing a match: each listing shown (`shown`) and what families
asked for, by coarse facets (`asked`).

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

from . import facets
from .models import DEMAND_FACETS, Appearance, Demand

log = logging.getLogger(__name__)

_lock = threading.Lock()
_appearances = Counter()  # (page id, day) -> times shown
_demand = Counter()  # (month, grade band, interest, language, area, needs, results) -> asked
_last_write = time.monotonic()
# Counts kept while the database refuses them; past this many keys the oldest are dropped.
MAX_WAITING = 50_000


def shown(answer):
    """Count every listing an answer shows: the opportunities and the support services."""
    today = timezone.localdate()
    with _lock:
        for result in (*answer.results, *answer.services):
            _appearances[(result.doc["id"], today)] += 1


def asked(question, answer):
    """Count what a family asked for, by coarse facets only: one count per interest asked
    about (or one with none), each with the month, grade band, language, area, needs and
    how many programs fitted everything asked (before anything was relaxed)."""
    month = timezone.localdate().replace(day=1)
    common = (
        facets.grade_band(question.grade),
        question.language,
        facets.area_of(question.place),
        ",".join(sorted(question.all_needs)),
        facets.result_bucket(answer.fitting),
    )
    grade_band, language, area, needs, results = common
    with _lock:
        for interest in question.all_interests or ("",):
            _demand[(month, grade_band, interest, language, area, needs, results)] += 1


def count_match(sender, question, answer, new_question, **kwargs):
    """The matcher's `match_answered`: the listings shown, and a new question asked."""
    shown(answer)
    if new_question:
        asked(question, answer)


def waiting():
    with _lock:
        return sum(_appearances.values()) + sum(_demand.values())


def waiting_shown():
    with _lock:
        return sum(_appearances.values())


def waiting_asked():
    with _lock:
        return sum(_demand.values())


def discard_waiting():
    """Forget the counts not yet written (each test starts from none)."""
    with _lock:
        _appearances.clear()
        _demand.clear()


def flush():
    """Write what is waiting. Never raises a database error: the counts wait instead. A batch
    written changes nothing published, so no cache version: the equity page publishes a
    month's searches only once it has ended (hub/equity/figures.py)."""
    global _last_write
    with _lock:
        batches = [(_appearances, dict(_appearances)), (_demand, dict(_demand))]
        _appearances.clear()
        _demand.clear()
        _last_write = time.monotonic()
    for waiting_counts, batch, write in (
        (*batches[0], _add_appearances),
        (*batches[1], _add_demand),
    ):
        if not batch:
            continue
        try:
            write(batch)
        except DatabaseError:
            log.warning("Anonymous counts not written; %d kept for the next batch", len(batch))
            with _lock:
                waiting_counts.update(batch)
                while len(waiting_counts) > MAX_WAITING:
                    del waiting_counts[next(iter(waiting_counts))]


def flush_if_due(**kwargs):
    with _lock:
        due = (
            sum(_appearances.values()) + sum(_demand.values()) >= settings.HUB_COUNTERS_BATCH
            or time.monotonic() - _last_write >= settings.HUB_COUNTERS_SECONDS
        )
    if due:
        flush()


def _add(model, keys, rows):
    """Add counts to a model's rows, creating them as needed: one upsert per 300 rows, in the
    SQL both SQLite (3.24+) and PostgreSQL speak."""
    table = model._meta.db_table
    columns = [*keys, "count"]
    # Every worker locks the rows in one order: two batches of the same rows written at once
    # (several workers counting the same popular answers) wait for each other, never deadlock
    # (which PostgreSQL would break after a second, refusing one batch).
    rows = sorted(rows, key=lambda row: tuple(str(value) for value in row[:-1]))
    add = f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET count = {table}.count + excluded.count"
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), 300):
            chunk = rows[start : start + 300]
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                + ", ".join([placeholders] * len(chunk))
                + f" {add}",
                [value for row in chunk for value in row],
            )


def _add_demand(batch):
    _add(Demand, DEMAND_FACETS, [(*key, n) for key, n in batch.items()])


def _add_appearances(batch):
    # A listing deleted since it was shown has nothing left to count against.
    existing = set(
        Page.objects.filter(pk__in={page_id for page_id, _day in batch}).values_list(
            "pk", flat=True
        )
    )
    rows = [(page_id, day, n) for (page_id, day), n in batch.items() if page_id in existing]
    if rows:
        _add(Appearance, ("page_id", "day"), rows)


def recent_appearances(page_ids, days=30):
    """{page id: times shown in the last `days` days} for the given pages."""
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    counts = (
        Appearance.objects.filter(page__in=page_ids, day__gte=since)
        .values("page")
        .annotate(total=Sum("count"))
    )
    return {row["page"]: row["total"] for row in counts}
