"""Wagtail's own search index (the admin's page search) written for many pages at once on
PostgreSQL, as modelsearch's PostgreSQL backend writes it, at a fraction of the cost.

For each page, modelsearch reads every search field five times (title, body, autocomplete and
the two plain texts) and builds three SearchVector expressions that Django's compiler turns into
SQL one by one: a quarter of a 211 feed's import on PostgreSQL. Here each page's fields are read
once, and the SQL of a vector is compiled once per shape (its weights and configuration) and
reused with each page's texts. The rows are the same; a test compares them with modelsearch's."""

from django.contrib.postgres.search import SearchVector
from django.db.models import TextField, Value
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import ADD, get_content_type_pk


def add_pages(backend, model, objects):
    """backend.add_bulk(model, objects), faster where the backend is modelsearch's PostgreSQL
    index; any other backend (SQLite's, Elasticsearch) is asked as usual."""
    index = backend.get_index_for_model(model)
    if type(index) is not PostgresIndex or not model.get_search_fields() or not objects:
        backend.add_bulk(model, objects)
        return
    connection = index.write_connection
    compiler = InsertQuery(IndexEntry).get_compiler(connection=connection)
    shapes = {}

    def vector(texts, config):
        """(sql, params) of the vector modelsearch's `as_vector` builds from `texts`."""
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        shape = (config, tuple(weight for _text, weight in texts))
        if shape not in shapes:
            shapes[shape] = _compiled_shape(compiler, connection, *shape)
        sql, params = shapes[shape]
        given = iter(text for text, _weight in texts)
        return sql, [next(given) if param is _TEXT else param for param in params]

    content_type = get_content_type_pk(model)
    rows, params = [], []
    for obj in objects:
        indexer = ObjectIndexer(obj, backend)
        prepared = [
            found for field in indexer.search_fields for found in indexer.prepare_field(obj, field)
        ]
        title = [(v, w) for f, w, v in prepared if _is_search(f) and f.field_name == "title"]
        body = [(v, w) for f, w, v in prepared if _is_search(f) and f.field_name != "title"]
        autocomplete = [(v, w) for f, w, v in prepared if isinstance(f, AutocompleteField)]
        vectors = [
            vector(title, indexer.config),
            vector(autocomplete, indexer.autocomplete_config),
            vector(body, indexer.config),
        ]
        rows.append("(%s, %s, {}, {}, {}, 1.0, %s, %s)".format(*(sql for sql, _ in vectors)))
        params.extend((content_type, str(obj.pk)))
        for _sql, vector_params in vectors:
            params.extend(vector_params)
        params.append(" ".join(t for t in (v.strip() for v, _w in title) if t))
        params.append(" ".join(t for t in (v.strip() for v, _w in body) if t))
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title,
                autocomplete, body, title_norm, title_text, body_text)
            (VALUES {", ".join(rows)})
            ON CONFLICT (content_type_id, object_id)
            DO UPDATE SET title = EXCLUDED.title,
                          title_norm = 1.0,
                          autocomplete = EXCLUDED.autocomplete,
                          body = EXCLUDED.body,
                          title_text = EXCLUDED.title_text,
                          body_text = EXCLUDED.body_text
            """,
            params,
        )
    index._refresh_title_norms()


_TEXT = object()  # where a page's own text goes in a compiled shape's parameters


def _compiled_shape(compiler, connection, config, weights):
    """The SQL of a vector of len(weights) texts, and its parameters with _TEXT for each text."""
    if not weights:
        value = EMPTY_VECTOR
        markers = {}
    else:
        markers = {f"\x00hub-search-text-{n}\x00": n for n in range(len(weights))}
        value = ADD(
            [
                SearchVector(Value(marker, output_field=TextField()), weight=weight, config=config)
                for marker, weight in zip(markers, weights, strict=True)
            ]
        )
    value = compiler.prepare_value(IndexEntry._meta.get_field("title"), value)
    sql, params = value.as_sql(compiler, connection)
    # The texts appear in order, each once; everything else (weights, blanks) is kept as is.
    assert [markers[p] for p in params if p in markers] == list(range(len(weights)))
    return sql, [_TEXT if p in markers else p for p in params]


def _is_search(field):
    return isinstance(field, SearchField)
