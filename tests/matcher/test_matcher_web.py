"""The family's side of the matcher over HTTP: /<lang>/find/ and /api/v1/match, including
every way a parameter can be wrong (a clear 400 naming it, never a 500)."""

import re

import pytest
from factories import (
    InterestFactory,
    LanguageFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    session,
)

from search import indexing


@pytest.fixture
def programs(indexes):
    en = LanguageFactory(code="en", endonym="English", english_name="English")
    es = LanguageFactory(code="es", endonym="Español", english_name="Spanish")
    robotics = InterestFactory(slug="robotics", name="Robotics", name_es="Robótica")
    org = OrganizationPageFactory(parent=indexes["partners"], title="Alpha", slug="alpha")
    club = ProgramPageFactory(
        parent=org,
        slug="robot-club",
        title="Robot Club",
        title_es="Club de robots",
        interests=[robotics],
        delivery_languages=[en, es],
        cost_type="free",
        sessions=[session(10, 30)],
    )
    club.save_revision().publish()  # the publish signal indexes it
    return {"club": club}


def test_find_page_asks_plain_questions_without_javascript(client, programs):
    response = client.get("/en/find/")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<form method="get"' in body
    # One script, for "Use my location" only: the questions and answers need none.
    assert re.findall(r"<script[^>]*>", body) == ['<script src="/static/js/near.js" defer>']
    assert 'name="grade"' in body and 'value="robotics"' in body and 'name="zip"' in body


def test_answers_in_the_query_string_show_explained_results(client, programs):
    body = client.get("/en/find/?grade=7&interests=robotics").content.decode()
    assert "Robot Club" in body
    assert "For grade 7" in body and "Free" in body
    assert 'href="/en/partners/alpha/robot-club/"' in body


def test_spanish_page_answers_in_spanish(client, programs):
    body = client.get("/es/find/?grade=7&interests=robotics").content.decode()
    assert "Club de robots" in body and 'href="/es/partners/alpha/robot-club/"' in body
    assert "Para el grado 7" in body
    assert '<option value="7" selected>Grado 7</option>' in body  # the question, in Spanish too


def test_a_bad_answer_is_explained_on_the_page(client, programs):
    response = client.get("/en/find/?grade=99")
    assert response.status_code == 400
    assert "Use a whole number from -1 (Pre-K) to 13" in response.content.decode()


def test_nothing_found_shows_how_to_reach_a_person(client, programs, settings):
    body = client.get("/en/find/?grade=-1&interests=robotics").content.decode()
    assert settings.HUB_CONTACT_PHONE in body and "Talk to a person" in body


def test_api_returns_the_documented_shape(client, programs):
    data = client.get("/api/v1/match?grade=7&interests=robotics&lang=es").json()
    (result,) = data["results"]
    assert result["title"] == "Club de robots"
    assert result["url"] == "/es/partners/alpha/robot-club/"
    assert result["grades"] == {"min": 6, "max": 8}
    assert result["cost"]["free"] is True and result["languages"] == ["en", "es"]
    assert {"code": "grade", "text": "Para el grado 7"} in result["reasons"]
    # It meets every constraint as asked: nothing relaxed is claimed for it.
    assert data["relaxed"] == [] and data["total"] == 1


def test_relaxation_is_said_in_the_response_language(client, programs):
    data = client.get("/api/v1/match?grade=5&interests=robotics&lang=es").json()
    assert [r["title"] for r in data["results"]] == ["Club de robots"]  # grades 6-8
    assert data["relaxed"] == [
        {
            "code": "grade",
            "text": "Hay pocos programas para este grado, así que también mostramos "
            "programas de un grado más o un grado menos.",
        }
    ]


def test_openapi_schema_documents_the_match_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    params = {p["name"] for p in schema["paths"]["/api/v1/match"]["get"]["parameters"]}
    assert {"grade", "interests", "q", "language", "lang", "zip", "limit"} <= params


@pytest.mark.parametrize(
    "query,parameter",
    [
        ("grade=abc", "grade"),
        ("grade=14", "grade"),
        ("interests=unicorns", "interests"),
        ("limit=100000", "limit"),
        ("limit=-1", "limit"),
        ("q=" + "x" * 10_000, "q"),
        ("q=%ff%fe", "q"),
        ("language=xx", "language"),
        ("lang=klingon", "lang"),
        ("zip=00000", "zip"),
        ("free=maybe", "free"),
        ("formats=teleport", "formats"),
        ("needs=jetpack", "needs"),
    ],
)
def test_bad_parameters_are_a_400_naming_them(client, programs, query, parameter):
    response = client.get(f"/api/v1/match?{query}")
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
    assert response.json()["message"]


def test_publishing_and_unpublishing_update_the_matches(client, programs):
    assert client.get("/api/v1/match?grade=7").json()["total"] == 1
    programs["club"].unpublish()
    assert client.get("/api/v1/match?grade=7").json()["total"] == 0
    indexing.rebuild_all()
    assert client.get("/api/v1/match?grade=7").json()["total"] == 0


def test_the_form_sent_with_nothing_chosen_still_shows_programs(client, programs):
    body = client.get("/en/find/?grade=&language=en&formats=").content.decode()
    assert "Robot Club" in body
