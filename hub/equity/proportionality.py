"""Who takes part, against who lives here: each program's and each pathway's representation
index per group, for one term and one category.

    index = (group's share of the participants) / (group's share of the region's students)

1.0 is proportional; below 1 the group is under-represented, above 1 over-represented.
Counts of people go through suppression.py first: an index is shown only where both its count
and its row's total are published, since with the total an index gives the count back."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings

from hub.directory.models import PathwayPage, ProgramPage

from .models import ParticipationCount, PopulationGroup
from .suppression import suppress

UNDER, OVER = Decimal("0.8"), Decimal("1.25")  # the usual four-fifths band


def index(count, total, share_percent):
    """The representation index, to two places; None when it cannot be said."""
    if not total or not share_percent:
        return None
    value = (Decimal(count) / Decimal(total)) / (Decimal(share_percent) / 100)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band(value):
    if value is None:
        return ""
    return "under" if value < UNDER else "over" if value > OVER else "even"


@dataclass
class Row:
    page: object
    total: int | None  # participants, None when hidden
    cells: dict = field(default_factory=dict)  # group id -> (count or None, index or None)


@dataclass
class Proportionality:
    year: int
    term: str
    category: str
    groups: list  # PopulationGroup, in order
    programs: list  # Row
    pathways: list  # Row
    group_totals: dict  # group id -> participants in all programs, or None when hidden
    shares_add_up: bool  # the configured shares of the category make 100 %


def terms():
    """(year, term) pairs with counts, latest first."""
    order = {"spring": 0, "summer": 1, "fall": 2}
    pairs = set(ParticipationCount.objects.values_list("year", "term"))
    return sorted(pairs, key=lambda pair: (pair[0], order.get(pair[1], 0)), reverse=True)


def _rows(pages, counts, groups, threshold, hide=(), hide_rows=()):
    cells = {(page.pk, g.pk): counts.get((page.pk, g.pk), 0) for page in pages for g in groups}
    published = suppress(cells, threshold, hide=hide, hide_rows=hide_rows)
    rows = []
    for page in pages:
        total = published.row_totals.get(page.pk)
        shown = {}
        for g in groups:
            count = published.cells[(page.pk, g.pk)]
            value = index(count, total, g.share) if count is not None and total else None
            shown[g.pk] = (count, value)
        rows.append(Row(page, total, shown))
    return rows, published.column_totals


def proportionality(year, term, category, threshold=None):
    threshold = threshold or settings.HUB_EQUITY_SUPPRESS_BELOW
    groups = list(PopulationGroup.objects.filter(category=category))
    rows = ParticipationCount.objects.filter(
        year=year, term=term, group__category=category, page__live=True
    ).values_list("page_id", "group_id", "count")
    counts = {}
    for page_id, group_id, count in rows:
        counts[(page_id, group_id)] = counts.get((page_id, group_id), 0) + count
    program_ids = {page_id for page_id, _g in counts}
    programs = list(
        ProgramPage.objects.live().public().filter(pk__in=program_ids).order_by("title")
    )
    program_rows, group_totals = _rows(programs, counts, groups, threshold)

    # A pathway's participants: those of the programs its steps name. Its count for a group,
    # less the program counts shown, would give back a program's hidden count: where one of
    # its programs' counts (or totals) is hidden, the pathway's is hidden too.
    hidden_cells = {
        (row.page.pk, group_id)
        for row in program_rows
        for group_id, (count, _index) in row.cells.items()
        if count is None
    }
    hidden_totals = {row.page.pk for row in program_rows if row.total is None}
    pathway_counts, pathways, hide, hide_rows = {}, [], set(), set()
    for pathway in PathwayPage.objects.live().public().order_by("title").prefetch_related("steps"):
        linked = {b.get("value") for s in pathway.steps.all() for b in s.programs.raw_data}
        linked &= program_ids
        if not linked:
            continue
        pathways.append(pathway)
        for (page_id, group_id), count in counts.items():
            if page_id in linked:
                key = (pathway.pk, group_id)
                pathway_counts[key] = pathway_counts.get(key, 0) + count
        hide |= {(pathway.pk, g) for page_id, g in hidden_cells if page_id in linked}
        if linked & hidden_totals:
            hide_rows.add(pathway.pk)
    pathway_rows, _totals = _rows(pathways, pathway_counts, groups, threshold, hide, hide_rows)
    return Proportionality(
        year=year,
        term=term,
        category=category,
        groups=groups,
        programs=program_rows,
        pathways=pathway_rows,
        group_totals=group_totals,
        shares_add_up=sum((g.share for g in groups), Decimal(0)) == 100,
    )
