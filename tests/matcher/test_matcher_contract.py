"""What a family gets from the matcher, asserted unchanged against both backends: the database
backend and Elasticsearch (noida-db started by the test session, or HUB_ELASTICSEARCH_URL)."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from django.utils import timezone, translation
from factories import (
    InterestFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationPageFactory,
    PathwayPageFactory,
    ProgramPageFactory,
    SupportServicePageFactory,
    SupportTypeFactory,
    browse_pages,
    session,
    site_home,
    step,
)

from hub.directory.i18n import localized_field_name
from hub.directory.models import ProgramSession, ServiceLocation
from search import indexing
from search.backends import query_backend
from search.matcher import constraints, match
from search.query import Question
from search.scoring import WEIGHTS, All, preferences

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DOWNTOWN = (38.5816, -121.4944)  # Sacramento
SLOT = ProgramSession.TimeSlot


# The database backend's SQL (LIKE, JSON) is not the same on SQLite and PostgreSQL.
@pytest.fixture(
    scope="module",
    params=[pytest.param("database", marks=pytest.mark.database_vendor), "elasticsearch"],
)
def backend(request):
    """The backend the module's tests run against, for as long as they do (module scope: the
    world below is built and indexed once per backend)."""
    if request.param == "elasticsearch":
        chosen = override_settings(
            HUB_ELASTICSEARCH_URL=request.getfixturevalue("elasticsearch_url"),
            HUB_ELASTICSEARCH_INDEX_PREFIX=f"contract-{uuid.uuid4().hex[:8]}",
        )
    else:
        chosen = override_settings(HUB_ELASTICSEARCH_URL="")
    with chosen:
        yield request.param


def place(name, lat, lon):
    return LocationFactory(name=name, latitude=Decimal(str(lat)), longitude=Decimal(str(lon)))


@pytest.fixture(scope="module")
def world(backend, django_db_setup, django_db_blocker):
    """A small region where each program differs from the others in one way a test names; built
    and indexed once per backend inside a transaction rolled back at the end. Each test runs in
    a savepoint on top; a test that republishes asks for `own_index` as well."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world(browse_pages(site_home()))
        transaction.set_rollback(True)
    cache.clear()  # Wagtail's cached site root paths name pages that are gone


@pytest.fixture
def own_index(backend, world, settings):
    """An Elasticsearch index of the test's own for a test that republishes: the database rolls
    back after the test, an index would keep the change for the module's other tests."""
    if backend == "elasticsearch":
        settings.HUB_ELASTICSEARCH_INDEX_PREFIX = f"contract-{uuid.uuid4().hex[:8]}"
        indexing.rebuild_all()


def build_world(indexes):
    translation.activate("en")
    en = LanguageFactory(code="en", endonym="English", english_name="English")
    es = LanguageFactory(code="es", endonym="Español", english_name="Spanish")
    so = LanguageFactory(code="so", endonym="Soomaali", english_name="Somali")
    robotics = InterestFactory(
        slug="robotics", name="Robotics", name_es="Robótica", synonyms="robots", sector="technology"
    )
    electronics = InterestFactory(slug="electronics", name="Electronics", sector="technology")
    health = InterestFactory(slug="health-sciences", name="Health sciences", sector="health")
    bus = SupportTypeFactory(slug="transportation", name="Bus passes", name_es="Pases de autobús")
    near = place("Central Library", 38.5800, -121.4900)
    mid = place("North Branch", 38.6600, -121.4500)  # ~10 km from downtown
    far = place("Stockton Hall", 37.9577, -121.2908)  # ~70 km

    org_a = OrganizationPageFactory(parent=indexes["partners"], title="Alpha Makers", slug="a")
    org_b = OrganizationPageFactory(parent=indexes["partners"], title="Beta Labs", slug="b")
    org_c = OrganizationPageFactory(parent=indexes["partners"], title="Gamma Works", slug="c")

    def program(
        org,
        slug,
        langs=(en,),
        interests=(robotics,),
        where=near,
        slot=SLOT.AFTER_SCHOOL,
        start=20,
        **fields,
    ):
        fields.setdefault("cost_type", "free")
        if fields["cost_type"] != "free":
            fields.setdefault("cost_amount", Decimal("50"))
        page = ProgramPageFactory(
            parent=org,
            slug=slug,
            title=slug.replace("-", " ").title(),
            summary=f"A program called {slug}.",
            delivery_languages=list(langs),
            interests=list(interests),
            sessions=[session(start, 30, location=where, time_slot=slot)],
            **fields,
        )
        return page

    pages = {
        "club": program(org_a, "robot-club", langs=(en, es), supports=[bus]),
        "league": program(org_a, "robot-league", cost_type="fixed", interpretation_on_request=True),
        "camp": program(
            org_a, "robot-camp", grade_min=7, grade_max=9, start=200, slot=SLOT.SCHOOL_DAY
        ),
        "circuits": program(org_b, "circuit-lab", langs=(es,), interests=(electronics,), where=mid),
        "far": program(org_c, "far-robotics", where=far, slot=SLOT.WEEKEND),
        "online": program(org_c, "online-robotics", where=None, format="online", start=60),
        "nursing": program(org_b, "nursing-intro", grade_min=9, grade_max=12, interests=(health,)),
        "stale": program(
            org_b, "stale-robots", last_verified=TODAY - datetime.timedelta(days=1000)
        ),
        "ended": program(org_c, "ended-robots", start=-60),
    }
    service = SupportServicePageFactory(
        parent=org_b,
        slug="bus-help",
        title="Bus Help",
        support_types=[bus],
        delivery_languages=[en, es, so],
    )
    ServiceLocation.objects.create(page=service, location=near)
    pages["bus"] = service
    pages["pathway"] = PathwayPageFactory(
        parent=indexes["pathways"],
        slug="robot-path",
        title="Robot Path",
        interests=[robotics],
        steps=[step("middle", "Start"), step("high", "Go on")],
    )
    for page in pages.values():
        page.save_revision().publish()
    indexing.rebuild_all()
    return pages


def ask(backend, **answers):
    answers.setdefault("language", "en")
    answer = match(Question(**answers))
    assert answer.backend == backend, "Elasticsearch did not answer: the test would prove nothing"
    return answer


def slugs(answer):
    return [r.doc["path"].rstrip("/").rsplit("/", 1)[-1] for r in answer.results]


def reasons(answer, slug):
    result = next(r for r in answer.results if r.doc["path"].endswith(f"/{slug}/"))
    return dict(result.reasons)


# --- Hard constraints ----------------------------------------------------------------------


def strict(backend, **answers):
    """What the hard constraints alone let through, before any relaxation."""
    answers.setdefault("language", "en")
    question = Question(**answers)
    hits = query_backend().search(All(tuple(constraints(question, []))), preferences(question), 50)
    return {doc["path"].rstrip("/").rsplit("/", 1)[-1] for doc, _score in hits}


def test_grade_keeps_only_programs_for_that_grade(backend, world):
    assert strict(backend, grade=10) == {"nursing-intro", "robot-path"}
    assert strict(backend, grade=9, interests=("robotics",)) == {"robot-camp", "robot-path"}


def test_schedule_keeps_programs_at_those_times(backend, world):
    assert strict(backend, grade=7, interests=("robotics",), schedule=("weekends",)) == {
        "far-robotics",
        "robot-path",
    }


def test_ended_programs_leave_and_pathways_join(backend, world):
    found = slugs(ask(backend, grade=7, interests=("robotics",)))
    assert "ended-robots" not in found
    assert "robot-path" in found


def test_free_only(backend, world):
    found = slugs(ask(backend, grade=7, interests=("robotics",), free=True))
    assert "robot-league" not in found
    assert "robot-club" in found


def test_distance_limit_keeps_online_programs(backend, world):
    found = slugs(ask(backend, grade=7, interests=("robotics",), point=DOWNTOWN))
    assert "far-robotics" not in found
    assert "online-robotics" in found


# --- Preferences ---------------------------------------------------------------------------


def test_interest_language_and_freshness_decide_the_order(backend, world):
    answer = ask(backend, grade=7, interests=("robotics",), language="es")
    found = slugs(answer)
    # Taught in Spanish beats interpretation on request, which beats English only.
    assert found.index("robot-club") < found.index("robot-league")
    why = reasons(answer, "robot-club")
    assert why["taught_in_language"] == "Taught in Spanish"
    league = reasons(answer, "robot-league")
    assert league["interpretation"] == "Taught in English — interpreter on request"


def test_stale_listings_sink(backend, world):
    found = slugs(ask(backend, grade=7, interests=("robotics",), limit=20))
    assert found.index("stale-robots") > found.index("far-robotics")


def test_nearer_ranks_higher_and_says_how_far(backend, world):
    answer = ask(backend, grade=7, interests=("robotics", "electronics"), point=DOWNTOWN)
    assert answer.results[0].distance_km is not None and answer.results[0].distance_km < 5
    assert "km away" in reasons(answer, "robot-club")["distance"]


def test_soon_beats_later(backend, world):
    answer = ask(backend, grade=7, interests=("robotics",))
    score = {slug: r.score for slug, r in zip(slugs(answer), answer.results, strict=True)}
    # Alike but for the start: in 20 days (both "soon" bands) against 60 days (the wider one).
    assert score["robot-club"] - score["online-robotics"] == pytest.approx(
        WEIGHTS["upcoming"][0][1]
    )
    assert slugs(answer).index("robot-club") < slugs(answer).index("online-robotics")


def test_free_and_needed_support_count(backend, world):
    answer = ask(backend, grade=7, interests=("robotics",), needs=("transportation",))
    assert slugs(answer)[0] == "robot-club"
    assert reasons(answer, "robot-club")["support"] == "Offers help: Bus passes"
    assert [s.doc["title"]["en"] for s in answer.services] == ["Bus Help"]


def test_no_more_than_two_from_one_organization(backend, world):
    found = slugs(ask(backend, grade=7, interests=("robotics",), limit=10))
    alpha = [s for s in found if s in ("robot-club", "robot-league", "robot-camp")]
    assert len(alpha) == 2


def test_scores_are_the_declared_weights(backend, world):
    answer = ask(backend, grade=7, interests=("robotics",))
    club = next(r for r in answer.results if r.doc["path"].endswith("/robot-club/"))
    expected = (
        WEIGHTS["base"]
        + WEIGHTS["interest"]
        + WEIGHTS["taught_in_language"]
        + WEIGHTS["page_translated"]
        + WEIGHTS["free"]
        + sum(w for _d, w in WEIGHTS["upcoming"])
        + WEIGHTS["recently_verified"]
        + WEIGHTS["not_stale"]
        + WEIGHTS["strict"]  # meets the grade asked for, a constraint relaxation may loosen
    )
    assert club.score == pytest.approx(expected)


# --- Free text in any language -------------------------------------------------------------


@pytest.mark.parametrize("text", ["robótica", "ROBOTICA", "robots", "Robotics club"])
def test_free_text_in_any_language_finds_english_listings(backend, world, text):
    from search.vocabulary import understand

    understood = understand(text)
    assert understood.interests == ("robotics",)
    found = slugs(ask(backend, grade=7, text=text, text_interests=understood.interests))
    assert "robot-club" in found


def test_leftover_words_rank_listings_that_mention_them(backend, world):
    answer = ask(backend, grade=7, interests=("robotics",), text="league", text_words=("league",))
    assert slugs(answer)[0] == "robot-league"
    assert "text" in reasons(answer, "robot-league")


# --- Relaxation ------------------------------------------------------------------------------


def test_relaxes_distance_first_and_says_so(backend, world):
    answer = ask(
        backend,
        grade=7,
        interests=("robotics",),
        point=(37.95, -121.29),
        max_km=5,
        formats=("in_person",),
    )
    assert [code for code, _s in answer.relaxed][0] == "distance"
    assert "farther than 5 km" in answer.relaxed[0][1]


def test_relaxes_schedule(backend, world):
    answer = ask(
        backend, grade=8, interests=("electronics",), language="es", schedule=("weekends",)
    )
    assert [code for code, _s in answer.relaxed][0] == "schedule"
    assert slugs(answer)[0] == "circuit-lab"  # after school, not at weekends
    assert "other times" in answer.relaxed[0][1]


def test_the_familys_language_ranks_and_hides_nothing(backend, world):
    answer = ask(backend, grade=7, interests=("robotics",), language="so")
    assert "language" not in [code for code, _s in answer.relaxed]
    found = slugs(answer)
    # Nothing is taught in Somali: interpretation on request first, English-only ones still shown.
    assert found[0] == "robot-league" and "robot-club" in found
    assert reasons(answer, "robot-league")["interpretation"] == (
        "Taught in English — interpreter on request"
    )
    assert reasons(answer, "robot-club")["no_interpreter"] == (
        "Taught in English and Spanish — no interpreter listed"
    )


def test_only_in_my_language_hides_the_others_and_is_never_relaxed(backend, world):
    assert strict(
        backend, grade=7, interests=("electronics",), language="es", language_only=True
    ) == {"circuit-lab"}
    answer = ask(backend, grade=7, interests=("robotics",), language="so", language_only=True)
    assert slugs(answer) == ["robot-path"]  # a pathway is for every family
    assert "language" not in [code for code, _s in answer.relaxed]


def test_relaxes_to_neighbouring_interests(backend, world):
    answer = ask(backend, grade=7, interests=("electronics",), language="en")
    codes = [code for code, _s in answer.relaxed]
    assert codes[-1] == "neighbouring_interests" and "grade" not in codes
    assert "robot-club" in slugs(answer)  # robotics: same sector as electronics
    assert "related subjects" in answer.relaxed[-1][1]


def test_relaxes_grade_last(backend, world):
    answer = ask(backend, grade=8, interests=("health-sciences",))
    assert slugs(answer) == ["nursing-intro"]  # grades 9-12: one above
    assert [code for code, _s in answer.relaxed] == ["grade"]
    assert "one grade above or below" in answer.relaxed[0][1]


def test_only_the_steps_a_shown_result_needed_are_said(backend, world):
    # Evenings: none near, none far; loosening the place then the times finds many, and the
    # three shown are all near, so the family hears only about the times.
    answer = ask(
        backend,
        grade=7,
        interests=("robotics",),
        point=DOWNTOWN,
        schedule=("evenings",),
        limit=3,
    )
    assert [code for code, _s in answer.relaxed] == ["schedule"]
    assert all(r.distance_km is None or r.distance_km <= 40 for r in answer.results)


def test_enough_results_relax_nothing(backend, world):
    assert ask(backend, grade=7, interests=("robotics",)).relaxed == []


def test_nothing_fits_a_strange_question_and_no_step_is_claimed(backend, world):
    answer = ask(backend, grade=-1, interests=("health-sciences",), language="so")
    assert answer.results == [] and answer.relaxed == []


def test_format_keeps_only_those_formats(backend, world):
    assert strict(backend, grade=7, interests=("robotics",), formats=("online",)) == {
        "online-robotics",
        "robot-path",  # a pathway has no format of its own
    }


def test_kinds_keep_only_those_kinds_and_relax_last_with_them_first(backend, world, own_index):
    republish(world["camp"], kind="camp")
    assert strict(backend, grade=7, kinds=("camp",)) == {"robot-camp"}
    answer = ask(backend, grade=7, interests=("robotics",), kinds=("camp",))
    assert [code for code, _s in answer.relaxed][-1] == "kind"
    assert slugs(answer)[0] == "robot-camp"  # the one camp still comes first
    assert reasons(answer, "robot-camp")["kind"] == "Camp"
    assert "other kinds" in answer.relaxed[-1][1]


def test_an_age_fits_the_two_grades_a_child_of_that_age_may_be_in(backend, world):
    # A 14-year-old is in grade 8 or 9: the nursing course (9-12) and the robot camp (7-9) fit.
    found = strict(backend, age=14)
    assert {"nursing-intro", "robot-camp", "robot-club"} <= found
    assert "nursing-intro" not in strict(backend, age=12)  # grade 6 or 7
    assert (
        reasons(ask(backend, age=14, interests=("health-sciences",)), "nursing-intro")["age"]
        == "For a 14-year-old"
    )


def test_low_cost_paid_and_place_words(backend, world, own_index, settings):
    settings.HUB_LOW_COST = 40
    assert "robot-league" not in strict(backend, grade=7, low_cost=True)  # $50
    settings.HUB_LOW_COST = 50
    assert "robot-league" in strict(backend, grade=7, low_cost=True)
    republish(world["circuits"], pays_participants=True)
    assert strict(backend, grade=7, paid=True) == {"circuit-lab"}
    # "Central Library" is a library; "North Branch" and "Stockton Hall" are not named one.
    at_library = strict(backend, grade=7, interests=("robotics",), venues=("library",))
    assert "robot-club" in at_library and not {"far-robotics", "circuit-lab"} & at_library


def test_the_schedule_that_fits_is_a_reason(backend, world):
    answer = ask(backend, grade=7, interests=("robotics",), schedule=("weekends",), limit=20)
    assert reasons(answer, "far-robotics")["schedule"] == "Weekends"


def club_score(backend, **answers):
    answer = ask(backend, grade=7, interests=("robotics",), **answers)
    return next(r.score for r in answer.results if r.doc["path"].endswith("/robot-club/"))


def republish(page, **fields):
    page = type(page).objects.get(pk=page.pk)  # the module's copy stays as the database has it
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    indexing.rebuild_all()  # as the outbox would, for Elasticsearch


def test_a_page_written_in_the_familys_language_ranks_higher(backend, world, own_index):
    before = club_score(backend, language="es")
    republish(world["club"], **{localized_field_name("summary", "es"): "Un club de robots."})
    assert club_score(backend, language="es") - before == pytest.approx(WEIGHTS["page_translated"])


def test_free_ranks_higher_than_paid(backend, world, own_index):
    before = club_score(backend)
    republish(world["club"], cost_type="fixed", cost_amount=Decimal("20"))
    assert before - club_score(backend) == pytest.approx(WEIGHTS["free"])
