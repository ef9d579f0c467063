"""Where a trace of a family could be left: every value in the database, every entry in the
cache. The privacy tests look for a family's address, number or words in them."""

from django.core.cache import cache
from django.db import connection


def every_stored_value():
    """Every value in every table of the database, as text."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (names from the database)
            for row in cursor.fetchall():
                yield from (str(value) for value in row)


def every_cache_entry():
    """(key, stored bytes) of every entry in the cache: Django's local-memory cache, or Redis
    (REDIS_URL, the PostgreSQL pass) with whatever type each key holds."""
    store = getattr(cache, "_cache", None)
    if isinstance(store, dict):  # LocMemCache: {key: pickled value}
        yield from ((key, bytes(value)) for key, value in store.items())
        return
    client = cache._cache.get_client(None)
    for key in client.scan_iter():
        yield key.decode(), client.dump(key) or b""
