"""Browse pages: each filter narrows the list the way a family expects, bad links never
break the page, drafts never show, and the number of queries does not grow with the page."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from factories import (
    InterestFactory,
    LanguageFactory,
    OrganizationPageFactory,
    PathwayPageFactory,
    ProgramPageFactory,
    SupportServicePageFactory,
    SupportTypeFactory,
    step,
)
from wagtail.models import PageViewRestriction

from hub.directory.listing import PAGE_SIZE


def titles(response):
    """The listed titles, in order, as a family reads the result cards."""
    return re.findall(r'<h3><a href="[^"]+"[^>]*>([^<]+)</a></h3>', response.content.decode())


def count_line(response):
    match = re.search(r'<h2 id="results-h"[^>]*>([^<]+)</h2>', response.content.decode())
    return match.group(1).strip()


@pytest.fixture
def taxonomy(db):
    return {
        "robotics": InterestFactory(name="Robotics", name_es="Robótica", slug="robotics"),
        "health": InterestFactory(name="Health sciences", slug="health"),
        "es": LanguageFactory(code="es", endonym="Español", english_name="Spanish"),
        "vi": LanguageFactory(code="vi", endonym="Tiếng Việt", english_name="Vietnamese"),
        "bus": SupportTypeFactory(name="Transportation", slug="transportation"),
        "meals": SupportTypeFactory(name="Meals", slug="meals"),
    }


@pytest.fixture
def orgs(indexes):
    return {
        "library": OrganizationPageFactory(
            parent=indexes["partners"], title="City Library", slug="library", kind="library"
        ),
        "hospital": OrganizationPageFactory(
            parent=indexes["partners"], title="Oakland Hospital", slug="hospital", kind="employer"
        ),
    }


@pytest.fixture
def programs(orgs, taxonomy):
    t = taxonomy
    return {
        "middle": ProgramPageFactory(
            parent=orgs["library"],
            title="Robot Club",
            slug="robot-club",
            grade_min=6,
            grade_max=8,
            interests=[t["robotics"]],
            delivery_languages=[t["es"]],
            cost_type="free",
        ),
        "high": ProgramPageFactory(
            parent=orgs["hospital"],
            title="Nursing Prep",
            slug="nursing-prep",
            kind="camp",
            grade_min=9,
            grade_max=12,
            interests=[t["health"]],
            delivery_languages=[t["vi"]],
            cost_type="fixed",
            cost_amount=100,
        ),
        "all_ages": ProgramPageFactory(
            parent=orgs["library"],
            title="Family Science Night",
            slug="science-night",
            grade_min=-1,
            grade_max=13,
            interests=[t["robotics"], t["health"]],
            delivery_languages=[t["es"], t["vi"]],
            cost_type="sliding",
        ),
        "draft": ProgramPageFactory(
            parent=orgs["library"],
            title="Draft Drone Camp",
            slug="drone-camp",
            grade_min=6,
            grade_max=8,
            interests=[t["robotics"]],
            live=False,
        ),
    }


class TestProgramFilters:
    def test_unfiltered_lists_every_live_program_by_title(self, client, programs):
        response = client.get("/en/programs/")
        assert response.status_code == 200
        assert titles(response) == ["Family Science Night", "Nursing Prep", "Robot Club"]
        assert count_line(response) == "3 programs"

    @pytest.mark.parametrize(
        "query, expected",
        [
            ("grade=7", ["Family Science Night", "Robot Club"]),
            ("grade=10", ["Family Science Night", "Nursing Prep"]),
            ("grade=-1", ["Family Science Night"]),
            ("interest=health", ["Family Science Night", "Nursing Prep"]),
            ("language=es", ["Family Science Night", "Robot Club"]),
            ("language=vi", ["Family Science Night", "Nursing Prep"]),
            ("cost=free", ["Robot Club"]),
            ("grade=7&interest=robotics&language=es&cost=free", ["Robot Club"]),
            ("grade=10&language=es", ["Family Science Night"]),
            ("grade=9&kind=camp", ["Nursing Prep"]),
            ("grade=9&kind=club", ["Family Science Night"]),
            ("age=10", ["Family Science Night"]),
            ("age=12", ["Family Science Night", "Robot Club"]),
            ("age=12&language=vi", ["Family Science Night"]),
        ],
    )
    def test_filters_narrow_and_combine(self, client, programs, query, expected):
        response = client.get(f"/en/programs/?{query}")
        assert response.status_code == 200
        assert titles(response) == expected
        assert "Draft Drone Camp" not in response.content.decode()
        assert "data-relaxed" not in response.content.decode()

    def test_count_and_what_nothing_fitting_shows(self, client, programs):
        one = client.get("/en/programs/?cost=free")
        assert count_line(one) == "1 program"
        # No free health program for grade 7: the closest, a sliding-scale one, said so.
        none = client.get("/en/programs/?grade=7&interest=health&cost=free")
        assert titles(none) == ["Family Science Night"]
        assert count_line(none) == "1 program"
        body = none.content.decode()
        assert "No program fits all your choices, so here are the closest ones." in body
        assert '<p data-relaxed="cost">We also show programs that are not free.</p>' in body
        assert "Nothing matches all of these choices" not in body

    def test_form_shows_the_chosen_filters_and_works_without_javascript(self, client, programs):
        body = client.get("/en/programs/?grade=7&language=es").content.decode()
        assert '<form method="get" action="">' in body
        assert "<script" not in body
        for name in ("grade", "interest", "language", "cost"):
            assert f'<label for="f-{name}">' in body
            assert f'<select id="f-{name}" name="{name}">' in body
        assert '<option value="7" selected>Grade 7</option>' in body
        assert '<option value="es" selected>Español</option>' in body
        # Languages are offered by endonym, whatever the page language.
        assert '<option value="vi">Tiếng Việt</option>' in body
        assert '<a href="?">Clear filters</a>' in body

    def test_spanish_page_offers_translated_choices_and_count(self, client, programs):
        body = client.get("/es/programs/?grade=7").content.decode()
        assert '<option value="7" selected>Grado 7</option>' in body
        assert '<option value="robotics">Robótica</option>' in body
        assert "2 programas" in body

    def test_titles_are_ordered_in_the_page_language_with_english_fallback(self, client, programs):
        programs["high"].title_es = "Anatomía para futuros enfermeros"
        programs["high"].save()
        response = client.get("/es/programs/")
        # The Spanish title sorts by its Spanish name; untranslated ones by their English name.
        assert titles(response) == [
            "Anatomía para futuros enfermeros",
            "Family Science Night",
            "Robot Club",
        ]

    def test_private_programs_are_not_listed(self, client, programs):
        PageViewRestriction.objects.create(
            page=programs["middle"], restriction_type=PageViewRestriction.LOGIN
        )
        assert "Robot Club" not in titles(client.get("/en/programs/"))

    def test_unpublished_program_disappears(self, client, programs):
        programs["middle"].unpublish()
        assert "Robot Club" not in titles(client.get("/en/programs/?grade=7"))


class TestKindAndAge:
    def test_a_ten_year_old_sees_grades_4_to_5_and_not_9_to_12(self, client, programs, orgs):
        ProgramPageFactory(
            parent=orgs["library"], title="Young Makers", slug="makers", grade_min=4, grade_max=5
        )
        listed = titles(client.get("/en/programs/?age=10"))
        assert listed == ["Family Science Night", "Young Makers"]
        assert "Nursing Prep" not in listed
        # Grade and age together: both must fit.
        assert titles(client.get("/en/programs/?age=10&grade=4")) == [
            "Family Science Night",
            "Young Makers",
        ]

    def test_age_and_kind_are_offered(self, client, programs):
        body = client.get("/en/programs/?age=10&kind=camp").content.decode()
        assert '<select id="f-age" name="age">' in body
        assert '<option value="3">3 years old</option>' in body
        assert '<option value="18">18 years old</option>' in body
        assert '<option value="camp" selected>Camp</option>' in body
        # Kinds of program carry the labels partners already see translated.
        spanish = client.get("/es/programs/?kind=camp").content.decode()
        assert '<option value="camp" selected>Campamento</option>' in spanish

    def test_a_kind_nobody_offers_shows_other_kinds_said_so(self, client, programs):
        response = client.get("/en/programs/?kind=internship&grade=7")
        assert titles(response) == ["Family Science Night", "Robot Club"]
        body = response.content.decode()
        assert '<p data-relaxed="kind">We also show other kinds of programs.</p>' in body
        assert '<option value="internship" selected>Internship</option>' in body

    def test_nothing_even_loosened_points_to_a_person(self, client, programs):
        LanguageFactory(code="so", endonym="Soomaali", english_name="Somali")
        response = client.get("/en/programs/?language=so")
        assert titles(response) == []
        body = response.content.decode()
        assert "Even with fewer choices, nothing is listed." in body
        assert "Nothing matches all of these choices" not in body
        assert "<h2>Talk to a person</h2>" in body
        assert '<a href="/en/find/?language=so">' in body


class TestBadParameters:
    @pytest.mark.parametrize(
        "query, notice",
        [
            ("grade=seventh", "We do not know the grade “seventh”"),
            ("grade=99", "We do not know the grade “99”"),
            ("interest=underwater-basket-weaving", "We do not know the interest"),
            ("language=xx", "We do not know the language “xx”"),
            ("cost=cheap", "We do not know the cost “cheap”"),
            ("kind=spaceship", "We do not know the kind of program “spaceship”"),
            ("age=2", "We do not know the age “2”"),
            ("age=ten", "We do not know the age “ten”"),
            ("page=abc", "That page number does not exist"),
            ("page=-3", "That page number does not exist"),
            ("grade=%00%ff", "We do not know the grade"),
        ],
    )
    def test_a_mistyped_link_shows_everything_with_a_notice(self, client, programs, query, notice):
        response = client.get(f"/en/programs/?{query}")
        assert response.status_code == 200
        body = response.content.decode()
        assert notice in body
        assert '<div class="notice" role="status">' in body
        assert titles(response) == ["Family Science Night", "Nursing Prep", "Robot Club"]

    def test_a_bad_value_does_not_drop_the_good_ones(self, client, programs):
        response = client.get("/en/programs/?grade=7&language=klingon")
        assert titles(response) == ["Family Science Night", "Robot Club"]
        assert "We do not know the language “klingon”" in response.content.decode()

    def test_notice_is_translated_and_escaped(self, client, programs):
        body = client.get("/es/programs/?grade=<b>x</b>").content.decode()
        assert "No reconocemos el grado «&lt;b&gt;x&lt;/b&gt;»" in body
        assert "<b>x</b>" not in body

    def test_a_page_past_the_end_shows_the_last_page(self, client, programs):
        response = client.get("/en/programs/?page=40")
        assert response.status_code == 200
        assert titles(response) == ["Family Science Night", "Nursing Prep", "Robot Club"]


class TestPagination:
    @pytest.fixture
    def many(self, orgs, taxonomy):
        for n in range(PAGE_SIZE + 5):
            ProgramPageFactory(
                parent=orgs["library"],
                title=f"Club {n:02d}",
                slug=f"club-{n}",
                grade_min=6,
                grade_max=8,
                interests=[taxonomy["robotics"]],
                delivery_languages=[taxonomy["es"]],
            )
        ProgramPageFactory(parent=orgs["library"], title="High only", grade_min=9, grade_max=12)

    def test_pages_of_twenty_keep_the_filters(self, client, many):
        first = client.get("/en/programs/?grade=7&interest=robotics")
        assert len(titles(first)) == PAGE_SIZE
        assert count_line(first) == f"{PAGE_SIZE + 5} programs"
        body = first.content.decode()
        assert "Page 1 of 2" in body
        assert 'href="?grade=7&amp;interest=robotics&amp;page=2" rel="next"' in body

        second = client.get("/en/programs/?grade=7&interest=robotics&page=2")
        assert titles(second) == [f"Club {n:02d}" for n in range(PAGE_SIZE, PAGE_SIZE + 5)]
        assert 'href="?grade=7&amp;interest=robotics&amp;page=1" rel="prev"' in (
            second.content.decode()
        )
        assert "High only" not in second.content.decode()

    def test_no_pagination_when_one_page(self, client, programs):
        assert 'class="pagination"' not in client.get("/en/programs/").content.decode()


class TestQueryCount:
    def make(self, orgs, taxonomy, count, prefix="Program"):
        for n in range(count):
            ProgramPageFactory(
                parent=orgs["library" if n % 2 else "hospital"],
                title=f"{prefix} {n:02d}",
                interests=[taxonomy["robotics"], taxonomy["health"]],
                delivery_languages=[taxonomy["es"], taxonomy["vi"]],
                supports=[taxonomy["bus"]],
            )

    def queries(self, client, url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def test_queries_do_not_grow_with_the_number_of_cards(
        self, client, orgs, taxonomy, django_assert_max_num_queries
    ):
        self.make(orgs, taxonomy, 3)
        client.get("/en/programs/")  # warm per-process caches (site root paths, content types)
        few = self.queries(client, "/en/programs/?language=es")
        self.make(orgs, taxonomy, PAGE_SIZE, prefix="More")
        # New pages change the content version: the per-process caches fill again first.
        client.get("/en/programs/")
        many = self.queries(client, "/en/programs/?language=es")
        assert many == few
        with django_assert_max_num_queries(20):
            client.get("/en/programs/?grade=7&interest=robotics&language=es")

    def test_other_browse_pages_are_bounded_too(
        self, client, indexes, orgs, taxonomy, django_assert_max_num_queries
    ):
        self.make(orgs, taxonomy, 5)
        for n in range(5):
            SupportServicePageFactory(
                parent=orgs["library"],
                title=f"Help {n}",
                support_types=[taxonomy["bus"]],
                delivery_languages=[taxonomy["es"]],
            )
            PathwayPageFactory(
                parent=indexes["pathways"],
                title=f"Path {n}",
                interests=[taxonomy["health"]],
                steps=[step("high", "Take biology")],
            )
        for url in ("/en/support/", "/en/partners/?interest=robotics", "/en/pathways/?grade=10"):
            with django_assert_max_num_queries(20):
                assert client.get(url).status_code == 200


class TestSupportServiceFilters:
    @pytest.fixture
    def services(self, orgs, taxonomy):
        t = taxonomy
        return {
            "bus": SupportServicePageFactory(
                parent=orgs["library"],
                title="Bus passes",
                support_types=[t["bus"]],
                grade_min=6,
                grade_max=12,
                delivery_languages=[t["es"]],
                cost_type="free",
            ),
            "meals": SupportServicePageFactory(
                parent=orgs["hospital"],
                title="Summer meals",
                support_types=[t["meals"]],
                grade_min=0,
                grade_max=5,
                delivery_languages=[t["vi"]],
                cost_type="sliding",
            ),
            "draft": SupportServicePageFactory(
                parent=orgs["library"], title="Draft help", support_types=[t["bus"]], live=False
            ),
        }

    @pytest.mark.parametrize(
        "query, expected",
        [
            ("", ["Bus passes", "Summer meals"]),
            ("support=transportation", ["Bus passes"]),
            ("grade=3", ["Summer meals"]),
            ("language=vi", ["Summer meals"]),
            ("cost=free", ["Bus passes"]),
            # Nothing free for meals: the closest, on a sliding scale.
            ("support=meals&cost=free", ["Summer meals"]),
        ],
    )
    def test_filters(self, client, services, query, expected):
        response = client.get(f"/en/support/?{query}")
        assert response.status_code == 200
        assert titles(response) == expected

    def test_support_filter_is_offered_and_interest_is_not(self, client, services):
        body = client.get("/en/support/").content.decode()
        assert '<select id="f-support" name="support">' in body
        assert 'name="interest"' not in body
        assert "2 support services" in body


class TestOrganizationFilters:
    def test_kind_and_interest(self, client, programs, orgs, taxonomy):
        assert titles(client.get("/en/partners/")) == ["City Library", "Oakland Hospital"]
        assert titles(client.get("/en/partners/?kind=employer")) == ["Oakland Hospital"]
        # Both run a live health program; only the library runs a live robotics one.
        assert titles(client.get("/en/partners/?interest=health")) == [
            "City Library",
            "Oakland Hospital",
        ]
        assert titles(client.get("/en/partners/?interest=robotics")) == ["City Library"]

    def test_interest_counts_only_live_programs(self, client, indexes, taxonomy):
        drones = InterestFactory(name="Drones", slug="drones")
        org = OrganizationPageFactory(parent=indexes["partners"], title="Sky Club")
        ProgramPageFactory(parent=org, title="Draft drones", interests=[drones], live=False)
        response = client.get("/en/partners/?interest=drones")
        assert titles(response) == []
        assert count_line(response) == "0 partners"

    def test_draft_organizations_are_not_listed(self, client, indexes):
        OrganizationPageFactory(parent=indexes["partners"], title="Not Yet Open", live=False)
        assert "Not Yet Open" not in client.get("/en/partners/").content.decode()

    def test_nothing_matching_says_so_and_offers_the_find_page_and_a_person(self, client, orgs):
        body = client.get("/en/partners/?kind=college").content.decode()
        assert "Nothing matches all of these choices. Try removing a filter." in body
        assert "Talk to a person" in body

    def test_bad_kind_is_ignored(self, client, orgs):
        response = client.get("/en/partners/?kind=spaceship")
        assert titles(response) == ["City Library", "Oakland Hospital"]
        assert "We do not know the kind “spaceship”" in response.content.decode()


class TestPathwayFilters:
    @pytest.fixture
    def pathways(self, indexes, taxonomy):
        return {
            "nursing": PathwayPageFactory(
                parent=indexes["pathways"],
                title="Nursing",
                interests=[taxonomy["health"]],
                steps=[step("high", "Biology"), step("post", "Nursing school")],
            ),
            "robots": PathwayPageFactory(
                parent=indexes["pathways"],
                title="Robotics technician",
                interests=[taxonomy["robotics"]],
                steps=[step("middle", "Robot club"), step("high", "Engineering class")],
            ),
            "draft": PathwayPageFactory(
                parent=indexes["pathways"],
                title="Draft path",
                interests=[taxonomy["health"]],
                steps=[step("middle", "Something")],
                live=False,
            ),
        }

    @pytest.mark.parametrize(
        "query, expected",
        [
            ("", ["Nursing", "Robotics technician"]),
            ("interest=health", ["Nursing"]),
            ("grade=7", ["Robotics technician"]),
            ("grade=10", ["Nursing", "Robotics technician"]),
            ("grade=13", ["Nursing"]),
            # No health pathway has a middle-school step: the one that has, of another subject.
            ("grade=7&interest=health", ["Robotics technician"]),
        ],
    )
    def test_filters(self, client, pathways, query, expected):
        response = client.get(f"/en/pathways/?{query}")
        assert response.status_code == 200
        assert titles(response) == expected


def test_home_quick_search_lands_on_filtered_programs(client, programs):
    home = client.get("/en/").content.decode()
    assert '<form class="quick" method="get" action="/en/programs/">' in home
    assert "Robot Club" in home  # featured
    assert "Draft Drone Camp" not in home
    response = client.get("/en/programs/?grade=7&interest=robotics")
    assert titles(response) == ["Family Science Night", "Robot Club"]
