"""A family types in its own language and finds a listing written only in English: the free
text is mapped onto the taxonomy through the names and synonyms the demo region ships in all
ten languages (accents, case and simple plurals ignored)."""

import pytest
from django.utils import translation
from factories import (
    InterestFactory,
    LanguageFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    SupportTypeFactory,
    session,
)

from hub.demo.data.taxonomy import INTERESTS_BY_SLUG, SUPPORT_TYPES
from hub.directory.i18n import localized_fields
from hub.directory.models import Interest
from search import indexing
from search.vocabulary import understand

# database_vendor: the vocabulary's LIKE lookups on non-ASCII words.
pytestmark = pytest.mark.database_vendor


def shipped_term(factory, data):
    """A taxonomy term with the names and synonyms the demo region ships."""
    return factory(
        slug=data.slug,
        **localized_fields("name", data.name),
        **localized_fields("synonyms", data.synonyms),
    )


@pytest.fixture
def english_only(indexes):
    translation.activate("en")
    en = LanguageFactory(code="en", endonym="English", english_name="English")
    robotics = shipped_term(InterestFactory, INTERESTS_BY_SLUG["robotics"])
    coding = shipped_term(InterestFactory, INTERESTS_BY_SLUG["coding"])
    bus = shipped_term(
        SupportTypeFactory, next(t for t in SUPPORT_TYPES if t.slug == "transportation")
    )
    org = OrganizationPageFactory(parent=indexes["partners"], title="Alpha", slug="alpha")
    pages = {
        "robots": ProgramPageFactory(
            parent=org,
            slug="robot-lab",
            title="Robot Lab",
            summary="Build a robot that climbs stairs.",
            interests=[robotics],
            delivery_languages=[en],  # taught in English; an interpreter on request
            interpretation_on_request=True,
            supports=[bus],
            sessions=[session(10, 30)],
        ),
        "code": ProgramPageFactory(
            parent=org,
            slug="code-club",
            title="Code Club",
            summary="Write your first web page.",
            interests=[coding],
            delivery_languages=[en],
            interpretation_on_request=True,
            sessions=[session(10, 30)],
        ),
    }
    for page in pages.values():
        page.save_revision().publish()
    indexing.rebuild_all()
    return pages


@pytest.mark.parametrize(
    "language, typed",
    [
        ("es", "clases de robótica para mi hija"),
        ("es", "ROBOTICA"),  # no accent, upper case
        ("vi", "lớp người máy cho con"),
        ("zh-hans", "孩子想学机器人"),
        ("ar", "دروس روبوتات"),
        ("ru", "робототехника для сына"),
        ("ko", "로봇 만들기 수업"),
        ("ko", "아이가 로봇을 배우고 싶어해요"),  # a particle written onto the word
    ],
)
def test_free_text_in_any_language_finds_the_english_only_robotics_program(
    client, english_only, language, typed
):
    answers = {"q": typed, "language": language, "lang": language, "grade": 7}
    response = client.get("/api/v1/match", answers)
    assert response.status_code == 200
    body = response.json()
    assert body["understood"]["interests"] == ["robotics"], body["understood"]
    first = body["results"][0]
    assert first["url"].endswith("/robot-lab/")
    assert first["title"] == "Robot Lab"  # shown in English: it has no other text
    with translation.override(language):
        robotics = Interest.objects.get(slug="robotics").name
    assert {"code": "interest", "text": robotics} in first["reasons"]


@pytest.mark.parametrize(
    "language, typed",
    [("es", "pase de autobús"), ("es", "PASES DE AUTOBUS"), ("vi", "di lai"), ("vi", "Đi lại")],
)
def test_a_need_typed_in_another_language_is_understood(client, english_only, language, typed):
    response = client.get("/api/v1/match", {"q": typed, "language": language})
    assert response.json()["understood"]["needs"] == ["transportation"]


def test_short_vietnamese_syllables_still_name_a_term(db):
    shipped_term(InterestFactory, INTERESTS_BY_SLUG["health-sciences"])
    shipped_term(InterestFactory, INTERESTS_BY_SLUG["robotics"])
    assert understand("con tôi muốn học y tá").interests == ("health-sciences",)
    assert understand("Y TA").interests == ("health-sciences",)  # no accents, capitals
    # A syllable that is only part of a term names nothing.
    assert understand("chúng ta đi").interests == ()
