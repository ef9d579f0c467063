"""Both APIs fuzzed by Schemathesis from their own OpenAPI documents, through the WSGI app (no
server), over a small real directory: no answer is a 500, and every answer's status code,
content type and body are the ones the document declares.

/api/v1/ (django-ninja) is loaded as served. /api/hsds/ names the official HSDS schemas by their
published addresses and the profile's pathway schema by its address on this hub; here they are
read from ../shared/hsds/ and the profile endpoint and put in place, so nothing is fetched."""

import json
from urllib.parse import urldefrag, urljoin

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.test import Client
from hsds_schemas import OFFICIAL, SCHEMA
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from hub.hsds import openapi as hsds_openapi
from hub.hsds import profile
from hub.wsgi import application

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# Bounded for CI: a few dozen cases per operation keep the whole module near a minute.
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)


@pytest.fixture
def connection_kept_open():
    """The WSGI app closes the database connection after each request, as in production;
    Django's test client stops that (the test's transaction lives on it), and so must we."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


def resolve(node, base, load, seen=()):
    """`node` with every $ref replaced by what it names (loaded by `load(address)`)."""
    if isinstance(node, list):
        return [resolve(item, base, load, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node and not node["$ref"].startswith("#"):
        address = urljoin(base, node["$ref"])
        assert address not in seen, f"a cycle through {address}"
        document, fragment = urldefrag(address)
        target = load(document)
        for part in filter(None, fragment.split("/")):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return resolve(target, document, load, (*seen, address))
    return {key: resolve(value, base, load, seen) for key, value in node.items()}


def hsds_document():
    base = "http://localhost/api/hsds/"
    document = hsds_openapi.document(base)
    hub_profile = profile.document(base)

    def load(address):
        if address.startswith(OFFICIAL):
            return json.loads((SCHEMA / address.removeprefix(OFFICIAL)).read_text())
        assert address == f"{base}profile/", f"nothing else is referenced: {address}"
        return hub_profile

    document["paths"] = resolve(document["paths"], base, load)
    return document


# Loaded when the module is collected (Schemathesis's lazy fixture loader does not run under
# pytest 9); neither document reads the database.
match_schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
if (SCHEMA / "compiled").is_dir():
    hsds_schema = schemathesis.openapi.from_dict(hsds_document())
    hsds_schema.app = application
else:  # ../shared/hsds/ absent: the one HSDS test below is skipped
    hsds_schema = None


def operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


def fuzz(operation):
    """Call the app with each case Hypothesis draws for `operation` and check the answer.

    One pytest test per operation, parametrized by pytest itself: Schemathesis's own
    `schema.parametrize()` gives every operation the same test id, and pytest-xdist then runs
    only one of them."""

    @FUZZ
    @given(case=operation.as_strategy())
    def call(case):
        # Schemathesis sends requests' default Accept-Encoding ("gzip, deflate, br, ...") and
        # its WSGI transport does not decode what comes back; the answers are checked as
        # written (compression has its own tests: tests/site_wide/test_compression.py).
        case.call_and_validate(checks=CHECKS, headers={"Accept-Encoding": "identity"})

    call()


@pytest.mark.parametrize("operation", operations(match_schema), ids=lambda op: op.label)
def test_the_match_api_keeps_its_openapi_promises(
    operation, indexed_world, db, connection_kept_open
):
    fuzz(operation)


if hsds_schema is not None:

    @pytest.mark.parametrize("operation", operations(hsds_schema), ids=lambda op: op.label)
    def test_the_hsds_api_keeps_its_openapi_promises(
        operation, indexed_world, db, connection_kept_open
    ):
        fuzz(operation)


# --- What the fuzzing found, each pinned by a plain test ------------------------------------


@pytest.mark.django_db
def test_ndjson_answers_are_declared_in_the_hsds_document(client, indexed_world):
    document = client.get("/api/hsds/openapi.json").json()
    for path in ("/services", "/organizations", "/taxonomies", "/taxonomy_terms", "/pathways"):
        content = document["paths"][path]["get"]["responses"]["200"]["content"]
        assert set(content) == {"application/json", "application/x-ndjson"}, path
    answer = client.get("/api/hsds/taxonomies?format=ndjson")
    assert answer["Content-Type"] == "application/x-ndjson"


@pytest.mark.django_db
def test_a_post_to_the_hsds_api_is_a_json_405_not_a_csrf_page(indexed_world):
    browser_like = Client(enforce_csrf_checks=True)
    answer = browser_like.post("/api/hsds/services", {"name": "x"})
    assert answer.status_code == 405
    assert answer["Allow"] == "GET, HEAD"
    assert answer.json() == {"message": "Only GET is allowed."}


def test_the_match_data_is_real(indexed_world, db):
    """The fuzzing runs over listings the matcher finds, not an empty directory."""
    answer = Client().get("/api/v1/match?grade=7&interests=robotics").json()
    assert {"Alpha Robot Club", "Beta Code Camp"} <= {r["title"] for r in answer["results"]}
