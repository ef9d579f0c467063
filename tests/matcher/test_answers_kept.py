"""Answers kept per process (search.matcher.answer_for): a question asked again is answered
without matching again, yet counted again, and never answered from before a change a family
could see; two questions share an answer only when the matcher reads them alike."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from factories import (
    InterestFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    session,
)

from hub.counters import recording
from search import matcher
from search.query import Question


@pytest.fixture
def programs(indexes):
    en = LanguageFactory(code="en", endonym="English", english_name="English")
    es = LanguageFactory(code="es", endonym="Español", english_name="Spanish")
    robotics = InterestFactory(slug="robotics", name="Robotics", name_es="Robótica")
    coding = InterestFactory(slug="coding", name="Coding", name_es="Programación")
    org = OrganizationPageFactory(parent=indexes["partners"], title="Alpha", slug="alpha")
    # Near ZIP 95823 (Valley Hi), some 15 km from 95815.
    place = LocationFactory(
        name="Valley Hi Library", latitude=Decimal("38.47"), longitude=Decimal("-121.43")
    )
    club = ProgramPageFactory(
        parent=org,
        slug="robot-club",
        title="Robot Club",
        title_es="Club de robots",
        interests=[robotics, coding],
        delivery_languages=[en, es],
        cost_type="free",
        sessions=[session(10, 30, location=place)],
    )
    club.save_revision().publish()
    return {"club": club, "org": org, "robotics": robotics, "coding": coding}


def _matched(monkeypatch):
    """The questions the matcher was really asked."""
    asked = []
    real = matcher.match

    def recording_match(question):
        asked.append(question)
        return real(question)

    monkeypatch.setattr(matcher, "match", recording_match)
    return asked


def test_a_repeated_question_is_answered_alike_once_and_counted_each_time(
    client, programs, monkeypatch, settings
):
    settings.HUB_COUNTERS_BATCH = settings.HUB_COUNTERS_SECONDS = 10**6  # counts kept waiting
    asked = _matched(monkeypatch)
    url = "/en/find/?grade=7&interests=robotics&zip=95823"
    first = client.get(url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url).content.decode()
    assert again == first and "Robot Club" in again
    assert len(asked) == 1  # matched once
    assert not any("search_opportunitydocument" in q["sql"] for q in queries)
    # Each family that asked is counted: the listing shown twice, the question asked twice.
    assert recording.waiting_shown() == 2 and recording.waiting_asked() == 2

    api = "/api/v1/match?grade=7&interests=robotics"
    assert client.get(api).json() == client.get(api).json()
    assert len(asked) == 2
    assert recording.waiting_shown() == 4 and recording.waiting_asked() == 4


def test_publishing_and_unpublishing_change_the_next_answer(client, programs):
    url = "/api/v1/match?grade=7&interests=robotics"
    assert [r["title"] for r in client.get(url).json()["results"]] == ["Robot Club"]
    club = programs["club"]
    club.title = "Robotics Club"
    club.save_revision().publish()
    assert [r["title"] for r in client.get(url).json()["results"]] == ["Robotics Club"]
    club.unpublish()
    assert client.get(url).json()["results"] == []
    club.save_revision().publish()
    assert client.get(url).json()["total"] == 1
    find = client.get("/en/find/?grade=7&interests=robotics").content.decode()
    assert "Robotics Club" in find


def test_renaming_an_interest_changes_the_next_answer_and_the_page(client, programs):
    url = "/en/find/?grade=7&interests=robotics&q=coding"
    body = client.get(url).content.decode()
    assert "Robotics" in body and "Robot Science" not in body
    robotics = programs["robotics"]
    robotics.name = "Robot Science"
    robotics.save()
    body = client.get(url).content.decode()
    assert body.count("Robot Science") >= 3  # the chips, the question, the reason
    reasons = client.get("/api/v1/match?grade=7&interests=robotics").json()["results"][0]
    assert "Robot Science" in [reason["text"] for reason in reasons["reasons"]]
    # A synonym added is understood at the next question.
    assert client.get("/api/v1/match?q=robotijos").json()["understood"]["interests"] == []
    robotics.synonyms = "robotijos"
    robotics.save()
    assert client.get("/api/v1/match?q=robotijos").json()["understood"]["interests"] == ["robotics"]


def test_the_order_of_interests_asks_the_same_question(client, programs, monkeypatch):
    asked = _matched(monkeypatch)
    one = client.get("/api/v1/match?grade=7&interests=robotics,coding").json()
    other = client.get("/api/v1/match?grade=7&interests=coding,robotics").json()
    assert one["results"] == other["results"] and one["total"] == 1
    assert len(asked) == 1
    # Each is still told what it asked, in its own order.
    one = client.get("/en/find/?grade=7&interests=robotics&interests=coding").content.decode()
    other = client.get("/en/find/?grade=7&interests=coding&interests=robotics").content.decode()
    assert "Robotics · Coding" in one and "Coding · Robotics" in other


def test_what_the_answer_depends_on_asks_again(client, programs, monkeypatch):
    asked = _matched(monkeypatch)

    def titles(query):
        return [r["title"] for r in client.get(f"/api/v1/match?{query}").json()["results"]]

    def reasons(query):
        results = client.get(f"/api/v1/match?{query}").json()["results"]
        return [reason["text"] for reason in results[0]["reasons"]]

    # The grade: grades 6-8 only.
    assert titles("grade=7&interests=robotics") == ["Robot Club"]
    assert titles("grade=12&interests=robotics") == []
    # The family's language and the response's.
    assert "Taught in English" in reasons("grade=7&language=en")
    assert "Taught in Spanish" in reasons("grade=7&language=es")
    assert "Para el grado 7" in reasons("grade=7&language=es&lang=es")
    # The place.
    near = client.get("/api/v1/match?grade=7&zip=95823").json()["results"][0]["distance_km"]
    far = client.get("/api/v1/match?grade=7&zip=95815").json()["results"][0]["distance_km"]
    assert near is not None and far is not None and near < 5 < far
    assert len(asked) == 7


def test_the_day_asks_again(programs):
    today = timezone.localdate()
    question = Question(language="en", grade=7, today=today)
    assert [r.doc["title"]["en"] for r in matcher.answer_for(question).results] == ["Robot Club"]
    # The same question two months on: the sessions have ended.
    later = Question(language="en", grade=7, today=today + datetime.timedelta(days=60))
    assert matcher.answer_for(later).results == []
    # And the day it is asked again, it is there again.
    assert len(matcher.answer_for(question).results) == 1
