"""The matcher's backends. The database backend always holds every document (it is written in
the publishing transaction); Elasticsearch, when configured, is fed from the outbox and
answers queries, with the database answering whenever Elasticsearch cannot."""

from functools import cache

from django.conf import settings


class SearchUnavailable(Exception):
    """The search engine did not answer in time or refused: use the database instead."""


def elasticsearch_enabled():
    return bool(settings.HUB_ELASTICSEARCH_URL)


def database_backend():
    from .database import DatabaseBackend

    return DatabaseBackend()


@cache
def _elasticsearch_backend(url, prefix, timeout):
    from .elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend(url, prefix=prefix, timeout=timeout)


def elasticsearch_backend():
    return _elasticsearch_backend(
        settings.HUB_ELASTICSEARCH_URL,
        settings.HUB_ELASTICSEARCH_INDEX_PREFIX,
        settings.HUB_ELASTICSEARCH_TIMEOUT,
    )


def query_backend():
    return elasticsearch_backend() if elasticsearch_enabled() else database_backend()
