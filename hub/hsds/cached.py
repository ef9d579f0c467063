"""Each service mapped once per version of what it is made from, not once per request.

Mapping a service (mapping.service) is most of an API request's work, and a list of 50 asks
for the same records request after request. Here each mapped record is kept in the shared cache
(Redis in production, so every worker reuses it), keyed by:

- the "content" version (hub/caching/versions.py), which every publish, unpublish, move,
  deletion, verification and snippet or image change replaces. A record also shows its
  organization, its places, its taxonomy terms, its pathways and its pictures, none of which
  its own revision records; with this version in the key, any of those changes shows on the
  very next request. The price: after any change anywhere, every record is mapped once more
  (by whichever request asks for it first), not only the records that changed;
- the page's live revision and publication time (its own changes, even one that reached the
  database without a version change);
- the form asked for (list item or full; with or without its organization and places) and
  the scheme and host the links are made with.

Only the API's services are kept (not the export's or the import's, whose batch links the
original files and whose records are compared inside the import's transaction). The data is
English with every translation inside (views.endpoint), so the language is not in the key.

Cached records are never changed once stored: the cache keeps a pickled copy, and what a
request does to its records afterwards (views._give_back_imported_fields patches them in place)
changes only that request's copies."""

import hashlib

from django.core.cache import cache
from wagtail.models import Page

from hub.caching import versions

from . import mapping

# A record is asked for again within the day or not at all; a version change orphans it anyway.
TIMEOUT = 24 * 60 * 60


def _stamps(pks):
    """{page id: what changes with each publication of it} in one query."""
    rows = Page.objects.filter(pk__in=pks).values_list(
        "pk", "live_revision_id", "last_published_at"
    )
    return {
        pk: f"{revision}-{published.timestamp() if published else ''}"
        for pk, revision, published in rows
    }


def _prefix(batch, form):
    base = batch.request.build_absolute_uri("/")
    host = hashlib.sha256(base.encode()).hexdigest()[:12]
    return f"hub:hsds:service:{versions.current('content')}:{host}:{form}"


def services(pks, batch, full=False, organization=True, locations=True):
    """mapping.service of each live service among `pks`, in that order, each mapped only if it
    is not in the cache for this version of the content and of the page."""
    pks = list(pks)
    records = by_page(pks, batch, full, organization, locations)
    return [records[pk] for pk in pks if pk in records]


def by_page(pks, batch, full=False, organization=True, locations=True):
    """{page id: mapped service} for the services among `pks` (see services)."""
    pks = list(dict.fromkeys(pks))
    if not pks:
        return {}
    form = f"{'full' if full else 'item'}-{int(organization)}{int(locations)}"
    prefix = _prefix(batch, form)
    stamps = _stamps(pks)
    keys = {pk: f"{prefix}:{pk}:{stamps[pk]}" for pk in pks if pk in stamps}
    found = cache.get_many(keys.values())
    records = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in keys if pk not in records]
    if missing:
        made = {
            page.pk: mapping.service(
                page, batch, full=full, organization=organization, locations=locations
            )
            for page in mapping.fetch_services(missing, batch, full=full)
        }
        cache.set_many({keys[pk]: record for pk, record in made.items()}, timeout=TIMEOUT)
        records |= made
    return records
