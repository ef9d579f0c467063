"""A listing whose cost, grades or check date are not known, matched alike by both backends:
never counted as free, never said to fit a grade, never hidden from a plain search."""

import uuid
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from factories import OrganizationPageFactory, ProgramPageFactory, browse_pages, site_home

from search import indexing
from search.backends import query_backend
from search.matcher import constraints, match
from search.query import Question
from search.scoring import WEIGHTS, All, preferences

pytestmark = pytest.mark.django_db


@pytest.fixture(
    scope="module",
    params=[pytest.param("database", marks=pytest.mark.database_vendor), "elasticsearch"],
)
def backend(request):
    if request.param == "elasticsearch":
        chosen = override_settings(
            HUB_ELASTICSEARCH_URL=request.getfixturevalue("elasticsearch_url"),
            HUB_ELASTICSEARCH_INDEX_PREFIX=f"unknown-{uuid.uuid4().hex[:8]}",
        )
    else:
        chosen = override_settings(HUB_ELASTICSEARCH_URL="")
    with chosen:
        yield request.param


@pytest.fixture(scope="module")
def world(backend, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        translation.activate("en")
        indexes = browse_pages(site_home())
        org = OrganizationPageFactory(parent=indexes["partners"], title="Valley", slug="valley")
        # Its own organization: the matcher shows at most two results of one in its first ten.
        other = OrganizationPageFactory(parent=indexes["partners"], title="Hill", slug="hill")
        pages = [
            ProgramPageFactory(parent=org, slug="free-lab", cost_type="free"),
            ProgramPageFactory(
                parent=org, slug="fee-club", cost_type="fixed", cost_amount=Decimal("500")
            ),
            ProgramPageFactory(
                parent=other,
                slug="unknown",
                cost_type="",
                grade_min=None,
                grade_max=None,
                last_verified=None,
            ),
        ]
        for page in pages:
            page.save_revision().publish()
        indexing.rebuild_all()
        yield pages
        transaction.set_rollback(True)
    cache.clear()


def strict(**answers):
    question = Question(language="en", **answers)
    hits = query_backend().search(All(tuple(constraints(question, []))), preferences(question), 50)
    return {doc["path"].rstrip("/").rsplit("/", 1)[-1] for doc, _score in hits}


def reasons(backend, slug, **answers):
    answer = match(Question(language="en", **answers))
    assert answer.backend == backend
    return next(dict(r.reasons) for r in answer.results if r.doc["path"].endswith(f"/{slug}/"))


def test_unknown_cost_is_neither_free_nor_low_cost_but_is_found(backend, world):
    assert strict() == {"free-lab", "fee-club", "unknown"}
    assert strict(free=True) == {"free-lab"}
    assert strict(low_cost=True) == {"free-lab"}


def test_unknown_cost_says_so_and_earns_no_free_points(backend, world):
    unknown = reasons(backend, "unknown")
    assert unknown["cost_unknown"] == "Cost not listed" and "free" not in unknown
    assert reasons(backend, "free-lab")["free"] == "Free"
    answer = match(Question(language="en"))
    scores = {r.doc["path"].rstrip("/").rsplit("/", 1)[-1]: r.score for r in answer.results}
    assert scores["free-lab"] - scores["fee-club"] == WEIGHTS["free"]
    # Unknown cost weighs like a fee (nothing); only its unknown check date sinks it, as a
    # stale one would.
    assert scores["fee-club"] - scores["unknown"] == (
        WEIGHTS["recently_verified"] + WEIGHTS["not_stale"]
    )


def test_unknown_grades_fit_any_grade_without_saying_they_fit(backend, world):
    assert strict(grade=7) == {"free-lab", "fee-club", "unknown"}
    assert strict(grade=12) == {"unknown"}
    assert strict(age=4) == {"unknown"}
    unknown = reasons(backend, "unknown", grade=7)
    assert unknown["grade_unknown"] == "Ages not listed" and "grade" not in unknown
    assert reasons(backend, "free-lab", grade=7)["grade"] == "For grade 7"


def test_the_match_api_says_unknown_as_null_and_in_words(backend, world, client):
    response = client.get("/api/v1/match", {"grade": "7", "lang": "en"})
    assert response.status_code == 200
    found = {r["url"].rstrip("/").rsplit("/", 1)[-1]: r for r in response.json()["results"]}
    unknown = found["unknown"]
    assert unknown["grades"] == {"min": None, "max": None}
    assert {"code": "grade_unknown", "text": "Ages not listed"} in unknown["reasons"]
    assert unknown["cost"]["free"] is None
    assert unknown["cost"]["text"] == "Cost not listed — ask the contact"
    assert found["fee-club"]["cost"]["free"] is False
