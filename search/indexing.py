"""Keeping the index in step with what is published.

A change to a page rewrites its document in the database backend inside the same transaction,
and, when Elasticsearch is configured, adds an outbox row saying "page N changed". After the
commit the outbox is drained into Elasticsearch; if Elasticsearch is down the rows wait for the
next drain (`manage.py search_index sync`, or the next publish), so nothing is lost and
publishing never waits on the search engine.

Whatever changes what the matcher answers (a document in the database, or Elasticsearch taking
the outbox) changes the content version (hub/caching) too, so no answer, vocabulary or word
kept per process outlives it: publishing changes the version already, but a rebuild, a
snippet's documents and a drain that lands after the commit would not."""

import logging
import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Q

from hub.caching import versions

from .backends import (
    SearchUnavailable,
    database_backend,
    elasticsearch_backend,
    elasticsearch_enabled,
)
from .documents import OPPORTUNITY_MODELS, build, build_many
from .models import IndexOutbox, OpportunityDocument

log = logging.getLogger(__name__)
DRAIN_BATCH = 500


_batch = threading.local()


@contextmanager
def refreshed_once():
    """Inside the block refresh() only notes its pages; leaving it, each noted page and its
    descendants is rebuilt once. A bulk import publishes thousands of pages, an organization
    before its programs, and each publish would otherwise rebuild them one by one (and the
    organization's programs again). Nothing is rebuilt when the block fails: its transaction
    is rolled back."""
    if getattr(_batch, "pages", None) is not None:
        yield  # already inside one: the outer block rebuilds
        return
    _batch.pages = {}
    try:
        yield
        pages = list(_batch.pages.values())
    finally:
        _batch.pages = None
    refresh(pages)


def refresh(pages):
    """Rebuild the documents of `pages` (and of their descendants) after a change."""
    noted = getattr(_batch, "pages", None)
    if noted is not None:
        noted.update((page.pk, page) for page in pages)
        return
    database = database_backend()
    changed = []
    for batch in _opportunities_under(pages):
        built = build_many(batch)
        database.save_many([doc for _pk, doc in built if doc])
        database.remove([pk for pk, doc in built if not doc])
        changed.extend(pk for pk, _doc in built)
    if changed:
        versions.changed("content")
    enqueue(changed)


def _opportunities_under(pages, size=500):
    """The opportunity pages among `pages` and their descendants, each once, specific, in
    batches of one model: a few queries per batch rather than two per page, and never the
    whole site in memory at once (a new site's first import publishes its home page too)."""
    tops = []
    for path in sorted({page.path for page in pages}):
        # Sorted, a subtree's paths follow its root's: only the outermost roots are asked for.
        if not tops or not path.startswith(tops[-1]):
            tops.append(path)
    for model in OPPORTUNITY_MODELS:
        pks = []
        for start in range(0, len(tops), 100):  # a query's conditions are limited
            under = Q(pk__in=[])
            for path in tops[start : start + 100]:
                under |= Q(path__startswith=path)
            pks.extend(model.objects.filter(under).values_list("pk", flat=True))
        for start in range(0, len(pks), size):
            yield list(model.objects.filter(pk__in=pks[start : start + size]))


def forget(page_ids):
    """Pages that are gone: their rows go with them (cascade); tell Elasticsearch too."""
    database_backend().remove(page_ids)
    versions.changed("content")
    enqueue(page_ids)


def enqueue(page_ids):
    if not page_ids or not elasticsearch_enabled():
        return
    IndexOutbox.objects.bulk_create(IndexOutbox(page_id=pk) for pk in page_ids)
    transaction.on_commit(drain_quietly)


def drain():
    """Apply waiting outbox rows to Elasticsearch, oldest first. Returns how many rows were
    applied; raises SearchUnavailable (leaving the rows) if Elasticsearch cannot take them."""
    applied = 0
    while True:
        rows = list(IndexOutbox.objects.order_by("id")[:DRAIN_BATCH])
        if not rows:
            return applied
        page_ids = sorted({row.page_id for row in rows})
        docs = list(database_backend().documents(page_ids))
        removed = sorted(set(page_ids) - {doc["id"] for doc in docs})
        try:
            elasticsearch_backend().apply(docs, removed)
        except SearchUnavailable as error:
            IndexOutbox.objects.filter(pk__in=[row.pk for row in rows]).update(
                attempts=rows[0].attempts + 1, last_error=str(error)[:500]
            )
            raise
        # Only the rows read: a change queued meanwhile stays for the next drain.
        IndexOutbox.objects.filter(pk__lte=rows[-1].pk).delete()
        # The index stamp: answers read from the index before this delivery are not served
        # after it (a publish changed the version at commit, before Elasticsearch had it).
        versions.changed("content")
        applied += len(rows)


def drain_quietly():
    try:
        drain()
    except SearchUnavailable as error:
        log.warning(
            "Elasticsearch unavailable; %s index changes wait in the outbox: %s",
            IndexOutbox.objects.count(),
            error,
        )


def _published():
    return [page for model in OPPORTUNITY_MODELS for page in model.objects.live().order_by("pk")]


def out_of_step():
    """How many documents the database index lacks or holds in excess of what is published.
    Only live pages without a document are built, to see whether families could see them."""
    indexed = set(OpportunityDocument.objects.values_list("page_id", flat=True))
    live = {page.pk: page for page in _published()}
    missing = [pk for pk in live.keys() - indexed if build(live[pk]) is not None]
    stale = indexed - live.keys()  # documents of pages no longer live
    return len(missing) + len(stale)


def rebuild_all(progress=None):
    """Every document again from the pages (database), then Elasticsearch from those."""
    pages = _published()
    docs = []
    for number, page in enumerate(pages, 1):
        doc = build(page)
        if doc:
            docs.append(doc)
        if progress:
            progress(number, len(pages))
    database_backend().replace_all(docs)
    versions.changed("content")
    if elasticsearch_enabled():
        IndexOutbox.objects.all().delete()
        elasticsearch_backend().replace_all(docs)
        versions.changed("content")
    return len(docs)
