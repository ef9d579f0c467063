"""Representation index = share among a program's participants / share among the region's
students, on worked examples; small counts hidden before any index is shown."""

from decimal import Decimal

import pytest
from factories import (
    OrganizationPageFactory,
    PathwayPageFactory,
    ProgramPageFactory,
    step,
)

from hub.equity.models import ParticipationCount, PopulationGroup
from hub.equity.proportionality import band, index, proportionality

pytestmark = pytest.mark.django_db
RACE = PopulationGroup.Category.RACE_ETHNICITY


def test_the_index_on_worked_examples():
    # 40 participants; the region is 40 % Latino, 30 % white, 10 % Black, 20 % Asian.
    assert index(10, 40, Decimal("40")) == Decimal("0.63")  # 25 % / 40 % = 0.625
    assert index(20, 40, Decimal("30")) == Decimal("1.67")  # 50 % / 30 %
    assert index(10, 40, Decimal("10")) == Decimal("2.50")  # 25 % / 10 %
    assert index(0, 40, Decimal("20")) == Decimal("0.00")  # no one: as under as can be
    assert index(5, 0, Decimal("20")) is None  # no participants: nothing to say
    assert index(5, 10, Decimal("0")) is None  # a group the region does not have
    assert [band(index(n, 100, Decimal("50"))) for n in (39, 40, 50, 62, 63)] == [
        "under",
        "even",
        "even",
        "even",
        "over",
    ]


@pytest.fixture
def groups():
    shares = [("Latino", "40"), ("White", "30"), ("Black", "10"), ("Asian", "20")]
    return {
        name: PopulationGroup.objects.create(
            category=RACE, name=name, share=Decimal(share), sort_order=n
        )
        for n, (name, share) in enumerate(shares)
    }


def counted(page, groups, **counts):
    for name, count in counts.items():
        ParticipationCount.objects.create(
            page=page, year=2026, term="fall", group=groups[name], count=count
        )


def test_each_program_and_pathway_gets_its_index_with_small_counts_hidden(indexes, groups):
    org = OrganizationPageFactory(parent=indexes["partners"])
    robots = ProgramPageFactory(parent=org, title="Robots")
    clinic = ProgramPageFactory(parent=org, title="Clinic")
    counted(robots, groups, Latino=12, White=20, Black=10, Asian=18)  # 60
    counted(clinic, groups, Latino=30, White=26, Black=3, Asian=11)  # 70: the 3 is too few
    PathwayPageFactory(
        parent=indexes["pathways"],
        title="Health",
        steps=[step("high", "Clinic", programs=[("program", clinic)])],
    )
    found = proportionality(2026, "fall", RACE)
    assert found.shares_add_up
    rows = {row.page.title: row for row in found.programs}
    robots_row = rows["Robots"]
    assert robots_row.total == 60
    assert robots_row.cells[groups["Latino"].pk] == (12, Decimal("0.50"))  # 20 % / 40 %
    assert robots_row.cells[groups["White"].pk] == (20, Decimal("1.11"))  # 33.3 % / 30 %
    clinic_row = rows["Clinic"]
    assert clinic_row.cells[groups["Black"].pk] == (None, None)  # 3: too few to show
    assert clinic_row.cells[groups["Latino"].pk] == (30, Decimal("1.07"))  # 42.9 % / 40 %
    # What would give the 3 back is hidden too: the next smallest in its row (70 minus the
    # others) and in its column (13 Black participants in all minus the Robots' 10), and so on.
    assert clinic_row.cells[groups["Asian"].pk] == (None, None)
    assert robots_row.cells[groups["Black"].pk] == (None, None)
    assert robots_row.cells[groups["Asian"].pk] == (None, None)
    (pathway,) = found.pathways
    assert pathway.page.title == "Health"
    assert pathway.total == 70
    assert pathway.cells[groups["White"].pk] == (26, Decimal("1.24"))  # 37.1 % / 30 %
    assert pathway.cells[groups["Black"].pk] == (None, None)
    assert found.group_totals[groups["Latino"].pk] == 42


def test_a_pathway_never_gives_back_a_programs_hidden_count(indexes, groups):
    org = OrganizationPageFactory(parent=indexes["partners"])
    robots = ProgramPageFactory(parent=org, title="Robots")
    clinic = ProgramPageFactory(parent=org, title="Clinic")
    counted(robots, groups, Latino=40, White=30, Black=20, Asian=25)  # nothing small
    counted(clinic, groups, Latino=30, White=26, Black=4, Asian=11)  # the 4 is hidden
    PathwayPageFactory(
        parent=indexes["pathways"],
        title="Both",
        steps=[step("high", "Either", programs=[("program", robots), ("program", clinic)])],
    )
    found = proportionality(2026, "fall", RACE)
    rows = {row.page.title: row for row in found.programs}
    assert rows["Robots"].cells[groups["Latino"].pk][0] == 40  # shown
    assert rows["Clinic"].cells[groups["Black"].pk] == (None, None)
    (pathway,) = found.pathways
    # Its 24 Black participants, less whatever the program table shows, would close in on the
    # Clinic's 4: hidden, whatever its own size.
    assert pathway.cells[groups["Black"].pk] == (None, None)
    assert pathway.cells[groups["Latino"].pk] == (70, Decimal("0.94"))  # 70 of 186 / 40 %


def test_drafts_and_other_terms_do_not_count(indexes, groups):
    org = OrganizationPageFactory(parent=indexes["partners"])
    live = ProgramPageFactory(parent=org, title="Live")
    draft = ProgramPageFactory(parent=org, title="Draft", live=False)
    counted(live, groups, Latino=40, White=30, Black=10, Asian=20)
    counted(draft, groups, Latino=400)
    ParticipationCount.objects.create(
        page=live, year=2025, term="fall", group=groups["Black"], count=50
    )
    found = proportionality(2026, "fall", RACE)
    assert [row.page.title for row in found.programs] == ["Live"]
    assert found.programs[0].total == 100
    assert {g: cell[1] for g, cell in found.programs[0].cells.items()} == {
        g.pk: Decimal("1.00") for g in groups.values()
    }
