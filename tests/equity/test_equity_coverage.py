"""Coverage, worked by hand on a small region: which listings count, in which interest x grade
band cells, with which seats, for an area and a delivery language."""

import pytest
from factories import (
    InterestFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationPageFactory,
    ProgramPageFactory,
    SupportTypeFactory,
    session,
)
from wagtail.models import PageViewRestriction

from hub.directory.models import ProgramPage
from hub.equity.figures import coverage

pytestmark = pytest.mark.django_db

NORTH_ZIP = "95834"  # in the configured north area (the region's AREAS)
SOUTH_ZIP = "95823"


@pytest.fixture
def coverage_region(indexes):
    en = LanguageFactory(code="en", endonym="English", english_name="English")
    es = LanguageFactory(code="es", endonym="Español", english_name="Spanish")
    coding = InterestFactory(slug="coding", name="Coding")
    robotics = InterestFactory(slug="robotics", name="Robotics")
    InterestFactory(slug="welding", name="Welding")  # offered by nobody: a row of zeros
    bus = SupportTypeFactory(slug="transportation", name="Transportation")
    north = LocationFactory(postal_code=NORTH_ZIP)
    south = LocationFactory(postal_code=SOUTH_ZIP)
    org = OrganizationPageFactory(parent=indexes["partners"])

    def program(**fields):
        page = ProgramPageFactory(parent=org, **fields)
        page.save_revision().publish()
        return page

    # Grades 5-7 reach two bands; 12 seats now and 8 in a session already over.
    program(
        interests=[coding, robotics],
        grade_min=5,
        grade_max=7,
        delivery_languages=[en, es],
        cost_type=ProgramPage.CostType.FREE,
        supports=[bus],
        sessions=[session(10, 30, seats=12, location=north), session(-60, 30, seats=8)],
    )
    program(
        interests=[coding],
        grade_min=9,
        grade_max=12,
        delivery_languages=[en],
        cost_type=ProgramPage.CostType.FIXED,
        cost_amount=40,
        sessions=[session(5, 10, seats=20, location=south), session(40, 10, seats=None)],
    )
    program(  # online, no place
        interests=[robotics],
        grade_min=6,
        grade_max=8,
        delivery_languages=[es],
        format=ProgramPage.Format.ONLINE,
        cost_type=ProgramPage.CostType.FREE,
        sessions=[session(3, 3, seats=30)],
    )
    # Not counted: a draft and a page behind a password.
    ProgramPageFactory(parent=org, interests=[coding], live=False)
    private = program(interests=[coding])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )


def cells(table):
    return {
        (interest, band): value
        for interest, values, _total in table.rows
        for band, value in zip(table.columns, values, strict=True)
        if value
    }


def test_every_listing_visitors_can_see_counts_once_per_interest_and_band(coverage_region):
    listings, seats, summary = coverage()
    assert summary == {"programs": 3, "free": 2, "transportation": 1}
    assert cells(listings) == {
        ("coding", "3-5"): 1,
        ("coding", "6-8"): 1,
        ("coding", "9-12"): 1,
        ("robotics", "3-5"): 1,
        ("robotics", "6-8"): 2,
    }
    # Only sessions not yet over count; a session with no seat count adds nothing.
    assert cells(seats) == {
        ("coding", "3-5"): 12,
        ("coding", "6-8"): 12,
        ("coding", "9-12"): 20,
        ("robotics", "3-5"): 12,
        ("robotics", "6-8"): 42,
    }
    welding = next(row for row in listings.rows if row[0] == "welding")
    assert welding[2] == 0
    assert listings.column_totals == [0, 2, 3, 1, 0]


def test_an_area_counts_programs_meeting_there_and_online_ones_as_online(coverage_region):
    assert coverage(area="north")[2]["programs"] == 1
    assert cells(coverage(area="south")[0]) == {("coding", "9-12"): 1}
    assert cells(coverage(area="online")[1]) == {("robotics", "6-8"): 30}
    assert coverage(area="elk-grove")[2]["programs"] == 0


def test_a_delivery_language_counts_the_programs_taught_in_it(coverage_region):
    listings, _seats, summary = coverage(language="es")
    assert summary == {"programs": 2, "free": 2, "transportation": 1}
    assert cells(listings)[("robotics", "6-8")] == 2
    assert ("coding", "9-12") not in cells(listings)
    assert coverage(area="north", language="en")[2]["programs"] == 1
    assert coverage(area="south", language="es")[2]["programs"] == 0
