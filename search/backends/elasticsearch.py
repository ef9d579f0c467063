"""The Elasticsearch backend: the same documents and the same conditions as the database
backend, answered by an index behind an alias so a full rebuild never interrupts queries.

Every failure to reach or use the cluster is raised as SearchUnavailable, so the caller can
answer from the database instead; a query never waits longer than `timeout` seconds."""

from contextlib import suppress
from datetime import UTC, datetime

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError
from elasticsearch.dsl import (
    Boolean,
    Date,
    Float,
    GeoPoint,
    Index,
    Integer,
    Keyword,
    Mapping,
    Object,
    Text,
    analyzer,
)
from elasticsearch.helpers import BulkIndexError, bulk

from . import SearchUnavailable

# `text_all` is already folded and trimmed by scoring.words(), and so are the query words:
# splitting on spaces is all the analysis left to do, so both backends see the same words.
WORDS = analyzer("hub_words", tokenizer="whitespace")

# Elasticsearch's built-in analyzer for each hub language that has one; "standard" otherwise.
LANGUAGE_ANALYZERS = {
    "en": "english",
    "es": "spanish",
    "ar": "arabic",
    "ru": "russian",
    "zh-hans": "cjk",
    "ko": "cjk",
}

KEYWORDS = (
    "type",
    "format",
    "cost_type",
    "interests",
    "supports",
    "eligibility",
    "delivery_languages",
    "text_languages",
    "schedule",
    "path",
    "kind",
    "venues",
)
INTEGERS = ("id", "grade_min", "grade_max", "organization_id")
BOOLEANS = ("interpretation", "translated_materials", "free", "fee_waiver", "place_bound", "paid")
DATES = ("ends_on", "last_verified", "dates", "starts", "deadlines")
TRANSLATED = ("title", "summary", "organization")

# Loading and rebuilding may take a while; only queries are held to the short timeout.
BULK_TIMEOUT = 30.0
ERRORS = (ApiError, TransportError, BulkIndexError)


def _translated_text():
    """{language code: text} as stored by documents.build(); the code is the field name."""
    return Object(
        properties={
            code: Text(analyzer=LANGUAGE_ANALYZERS.get(code, "standard"))
            for code, _name in settings.HUB_LANGUAGES
        }
    )


def _index(name):
    mapping = Mapping()
    # Keys not declared here (e.g. a pathway's "steps") are kept in _source, not indexed.
    mapping.meta("dynamic", False)
    for fields, kind in (
        (KEYWORDS, Keyword),
        (INTEGERS, Integer),
        (BOOLEANS, Boolean),
        (DATES, Date),
    ):
        for field in fields:
            mapping.field(field, kind())
    mapping.field("cost_amount", Float())
    mapping.field("points", GeoPoint())
    mapping.field("text_all", Text(analyzer=WORDS))
    for field in TRANSLATED:
        mapping.field(field, _translated_text())
    index = Index(name)
    # A few thousand documents: one shard, and every score is a plain sum of weights anyway.
    index.settings(number_of_shards=1)
    index.mapping(mapping)
    return index


def _unavailable(error):
    """A short message for SearchUnavailable: the status and error type, not the whole body."""
    if isinstance(error, BulkIndexError):
        return f"Elasticsearch refused {len(error.errors)} document(s): {error.errors[0]}"[:300]
    if isinstance(error, ApiError):
        return f"Elasticsearch answered {error.meta.status}: {error.message}"[:300]
    return f"Elasticsearch unreachable: {type(error).__name__}: {error}"[:300]


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url, prefix="hub", timeout=0.5):
        self.alias = f"{prefix}-opportunities"
        # No retries: a dead or slow server costs a query at most `timeout` seconds.
        self.client = Elasticsearch(
            url, request_timeout=timeout, max_retries=0, retry_on_timeout=False
        )
        self.bulk_client = self.client.options(request_timeout=BULK_TIMEOUT)

    def search(self, condition, prefs, size):
        """[(document, score)], best first; ties go to the lower page id on both backends."""
        functions = [{"filter": p.condition.to_es(), "weight": p.weight} for p in prefs]
        # function_score scores a document that meets no function as 1; the database
        # backend scores it 0. A function every document meets, weighing 0, keeps them equal.
        functions.append({"filter": {"match_all": {}}, "weight": 0})
        query = {
            "function_score": {
                "query": {"bool": {"filter": [condition.to_es()]}},
                "functions": functions,
                "score_mode": "sum",
                "boost_mode": "replace",
            }
        }
        try:
            response = self.client.search(
                index=self.alias,
                query=query,
                sort=[{"_score": "desc"}, {"id": "asc"}],
                # Sorting on more than _score drops the scores unless asked to keep them.
                track_scores=True,
                size=size,
            )
        except ERRORS as error:
            raise SearchUnavailable(_unavailable(error)) from error
        return [(hit["_source"], round(hit["_score"], 4)) for hit in response["hits"]["hits"]]

    def apply(self, docs, removed_ids):
        """Index `docs` and delete `removed_ids` (already gone is fine), visible on return."""
        actions = [{"_id": doc["id"], "_source": doc} for doc in docs]
        actions += [{"_op_type": "delete", "_id": pk} for pk in removed_ids]
        try:
            # A quick question first: a hung server fails this in `timeout` seconds, so a
            # publish does not wait on the bulk timeout (its changes wait in the outbox).
            if not self.client.indices.exists(index=self.alias):
                self._create_index(aliased=True)
            if actions:
                bulk(self.bulk_client, actions, index=self.alias, ignore_status=(404,))
            self.bulk_client.indices.refresh(index=self.alias)
        except ERRORS as error:
            raise SearchUnavailable(_unavailable(error)) from error

    def replace_all(self, docs):
        """Load `docs` into a new index, then move the alias to it in one step: queries see
        the old index or the new one, never a half-loaded one."""
        actions = [{"_id": doc["id"], "_source": doc} for doc in docs]
        try:
            old = self._aliased_indexes()
            new = self._create_index(aliased=False)
            try:
                bulk(self.bulk_client, actions, index=new)
                self.bulk_client.indices.refresh(index=new)
                self.bulk_client.indices.update_aliases(
                    actions=[
                        *({"remove": {"index": name, "alias": self.alias}} for name in old),
                        {"add": {"index": new, "alias": self.alias}},
                    ]
                )
            except ERRORS:
                # Leave no half-loaded index behind (if the server still answers); the alias
                # still points to the old one.
                with suppress(*ERRORS):
                    self.bulk_client.indices.delete(index=new)
                raise
            for name in old:
                self.bulk_client.indices.delete(index=name)
        except ERRORS as error:
            raise SearchUnavailable(_unavailable(error)) from error

    def count(self):
        try:
            return self.client.count(index=self.alias)["count"]
        except NotFoundError:
            return 0
        except ERRORS as error:
            raise SearchUnavailable(_unavailable(error)) from error

    def ping(self):
        try:
            return self.client.ping()
        except ERRORS:
            return False

    def _aliased_indexes(self):
        """The concrete indexes behind the alias (none if it does not exist yet)."""
        try:
            return sorted(self.bulk_client.indices.get_alias(name=self.alias))
        except NotFoundError:
            return []

    def _create_index(self, aliased):
        # Microseconds keep two rebuilds in the same second apart; names sort by age.
        name = f"{self.alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"
        body = _index(name).to_dict()
        self.bulk_client.indices.create(
            index=name,
            settings=body["settings"],
            mappings=body["mappings"],
            aliases={self.alias: {}} if aliased else None,
        )
        return name
