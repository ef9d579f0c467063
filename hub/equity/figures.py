"""The figures the equity page publishes, as plain data: the page, its charts and the CSV and
JSON downloads are all drawn from the same `Figures`, so they cannot disagree. Counts of people
are suppressed here, before anything else sees them.

A figure is a Table of codes and numbers (interest slugs, grade band codes, group and page
ids); names are looked up in the reader's language only when shown, so a monthly snapshot,
stored as codes, reads in every language.

What families searched for is published only for months that have ended (on the 1st of the
next month): a month still running has no demand table and no gaps, so nobody can watch one
search appear between two reads. A month that has ended no longer changes, so its searches can
be read from the counters even if its snapshot was never taken (`counted`)."""

import datetime
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hub.caching import versions
from hub.caching.receivers import equity_figures_changed
from hub.counters import facets
from hub.counters.models import Demand
from hub.directory.models import Interest, ProgramPage, ProgramSession

from . import proportionality
from .models import PopulationGroup, Snapshot
from .suppression import suppress

TRANSPORTATION = "transportation"  # the support type that gets a child there
TITLES = {
    "coverage": _("Programs by interest and grade band"),
    "seats": _("Seats in upcoming sessions, by interest and grade band"),
    "demand": _("Searches that found fewer than three programs, by interest and grade band"),
    "representation-programs": _("Representation index by program"),
    "representation-pathways": _("Representation index by pathway"),
}


@dataclass
class Table:
    key: str  # names the download: /api/v1/equity/<key>.csv
    row_kind: str  # "interest" or "page": what the row codes are
    column_kind: str  # "band" or "group"
    columns: list  # codes
    rows: list  # [[code, [value per column], row total]]
    column_totals: list = field(default_factory=list)
    total: object = None
    suppressed: bool = False  # counts of people: small and recoverable values are None

    @property
    def title(self):
        return TITLES[self.key]

    def labelled(self):
        """(column labels, [(row label, values, total)]) in the active language."""
        columns = labels(self.column_kind, self.columns)
        rows = labels(self.row_kind, [code for code, _values, _total in self.rows])
        return (
            [columns[c] for c in self.columns],
            [(rows[code], values, total) for code, values, total in self.rows],
        )

    def records(self):
        """One dict per value, for the downloads."""
        columns = labels(self.column_kind, self.columns)
        rows = labels(self.row_kind, [code for code, _values, _total in self.rows])
        for code, values, total in self.rows:
            for column, value in zip(self.columns, values, strict=True):
                yield {
                    "row": code,
                    "row_label": rows[code],
                    "column": column,
                    "column_label": columns[column],
                    "value": value,
                    "row_total": total,
                }

    def to_data(self):
        return json_safe(asdict(self))

    @classmethod
    def from_data(cls, data):
        return cls(**data)


def json_safe(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def labels(kind, codes):
    """{code: name in the active language} for codes of one kind, in one query."""
    codes = list(codes)
    if kind == "band":
        found = {code: str(facets.GRADE_BAND_LABELS.get(code, code)) for code in codes}
    elif kind == "interest":
        found = {i.slug: i.name for i in Interest.objects.filter(slug__in=codes)}
    elif kind == "group":
        found = {str(g.pk): g.name for g in PopulationGroup.objects.filter(pk__in=codes)}
    else:  # "page"
        found = {str(p.pk): p.title for p in Page.objects.filter(pk__in=codes)}
    missing = gettext("No longer listed")
    return {code: found.get(code, missing) for code in codes}


def label(kind, code):
    return labels(kind, [code])[code]


def month_start(day=None):
    return (day or timezone.localdate()).replace(day=1)


def next_month(month):
    """The first day of the month after `month`'s."""
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def ended(month):
    """Whether `month` (its first day) is over, so its searches may be published."""
    return month < month_start()


def published_on(month):
    """The day `month`'s searches are published: the 1st of the month after it."""
    return next_month(month)


def latest_published_month():
    """The latest month that has ended and whose searches are known (kept in a snapshot or in
    the counters), or None."""
    this_month = month_start()
    kept = Snapshot.objects.filter(month__lt=this_month).aggregate(m=Max("month"))["m"]
    counted = Demand.objects.filter(month__lt=this_month).aggregate(m=Max("month"))["m"]
    return max((m for m in (kept, counted) if m is not None), default=None)


def published_months():
    """Every month that has ended with figures to show, the latest first: those kept in a
    snapshot and those whose searches are only in the counters."""
    this_month = month_start()
    months = set(Snapshot.objects.filter(month__lt=this_month).values_list("month", flat=True))
    months |= set(
        Demand.objects.filter(month__lt=this_month).values_list("month", flat=True).distinct()
    )
    return sorted(months, reverse=True)


# --- Coverage: what the directory offers --------------------------------------------------


def _interest_table(key, counts, interests, bands, suppressed=False, threshold=None):
    cells = {(i, b): counts.get((i, b), 0) for i in interests for b in bands}
    if suppressed:
        published = suppress(cells, threshold)
        return Table(
            key,
            "interest",
            "band",
            bands,
            [
                [i, [published.cells[(i, b)] for b in bands], published.row_totals[i]]
                for i in interests
            ],
            # .get: with no interest yet (a new hub) there are no cells, and no column sums
            [published.column_totals.get(b, 0) for b in bands],
            published.total,
            True,
        )
    return Table(
        key,
        "interest",
        "band",
        bands,
        [[i, [cells[(i, b)] for b in bands], sum(cells[(i, b)] for b in bands)] for i in interests],
        [sum(cells[(i, b)] for i in interests) for b in bands],
        None,
    )


def _by_program(pairs):
    found = defaultdict(list)
    for program_id, value in pairs:
        found[program_id].append(value)
    return found


def coverage(area="", language=""):
    """Listings and seats by interest x grade band, for one area and delivery language (or all),
    with how many are free and how many help with transportation. These count listings any
    visitor can see, not people, so nothing is suppressed.

    It reads plain values, one query per relation, rather than whole pages: a region of
    10,000 programs must not build 10,000 page objects for every reader of the equity page."""
    today = timezone.localdate()
    programs = ProgramPage.objects.live().public()
    through = {
        name: getattr(ProgramPage, name).through.objects.filter(programpage__in=programs)
        for name in ("interests", "supports", "delivery_languages")
    }
    interests_of = _by_program(through["interests"].values_list("programpage_id", "interest__slug"))
    supports_of = _by_program(
        through["supports"].values_list("programpage_id", "supporttype__slug")
    )
    languages_of = _by_program(
        through["delivery_languages"].values_list("programpage_id", "language__code")
    )
    sessions_of = _by_program(
        (page_id, (seats, end_date, postal_code))
        for page_id, seats, end_date, postal_code in ProgramSession.objects.filter(
            page__in=programs
        ).values_list("page_id", "seats", "end_date", "location__postal_code")
    )
    listings, seats = defaultdict(int), defaultdict(int)
    summary = {"programs": 0, "free": 0, "transportation": 0}
    for pk, grade_min, grade_max, cost_type, delivery in programs.values_list(
        "pk", "grade_min", "grade_max", "cost_type", "format"
    ):
        sessions = sessions_of[pk]
        if area:
            # A session without a place says nothing about where; a program with no placed
            # session counts online if it is delivered online.
            areas = {facets.area_of(postal) for _s, _e, postal in sessions if postal is not None}
            if area not in (areas or {"online" if delivery == ProgramPage.Format.ONLINE else ""}):
                continue
        if language and language not in languages_of[pk]:
            continue
        summary["programs"] += 1
        summary["free"] += cost_type == ProgramPage.CostType.FREE
        summary["transportation"] += TRANSPORTATION in supports_of[pk]
        upcoming = sum(n or 0 for n, end, _postal in sessions if not end or end >= today)
        for interest in interests_of[pk]:
            for band in facets.grade_bands_between(grade_min, grade_max):
                listings[(interest, band)] += 1
                seats[(interest, band)] += upcoming
    interests = list(Interest.objects.order_by("name").values_list("slug", flat=True))
    bands = [code for code, _label, _low, _high in facets.GRADE_BANDS]
    return (
        _interest_table("coverage", listings, interests, bands),
        _interest_table("seats", seats, interests, bands),
        summary,
    )


# --- Unmet demand: what families asked for and did not find -----------------------------------


def demand(month, area="", language="", threshold=None):
    """Searches by interest x grade band that found no program, or only one or two, in `month`,
    with small and recoverable counts hidden."""
    threshold = threshold or settings.HUB_EQUITY_SUPPRESS_BELOW
    rows = Demand.objects.filter(month=month, results__in=("0", "1-2"))
    if area:
        rows = rows.filter(area=area)
    if language:
        rows = rows.filter(language=language)
    counts = defaultdict(int)
    for interest, band, count in rows.values_list("interest", "grade_band", "count"):
        counts[(interest, band)] += count
    interests = list(Interest.objects.order_by("name").values_list("slug", flat=True))
    bands = [code for code, _label, _low, _high in facets.GRADE_BANDS]
    return _interest_table("demand", counts, interests, bands, True, threshold)


def gaps(month, threshold=None, limit=5):
    """The largest gaps, as facet codes: (language, grade band, interest, area) combinations
    where at least `threshold` searches found no program. No count is published with them."""
    threshold = threshold or settings.HUB_EQUITY_SUPPRESS_BELOW
    combos = defaultdict(int)
    rows = Demand.objects.filter(month=month, results="0").exclude(interest="")
    for language, band, interest, area, count in rows.values_list(
        "language", "grade_band", "interest", "area", "count"
    ):
        combos[(language, band, interest, area)] += count
    found = sorted((-n, combo) for combo, n in combos.items() if n >= threshold)
    return [list(combo) for _n, combo in found[:limit]]


def gap_sentence(language, band, interest, area):
    """ "Families reading Soomaali looking for coding (grades 6 to 8) found no programs: North
    Sacramento and Natomas." """
    return gettext(
        "Families reading %(language)s looking for %(interest)s (%(band)s) found no programs: "
        "%(area)s."
    ) % {
        "language": dict(settings.HUB_LANGUAGES).get(language, language),
        "band": label("band", band) if band else gettext("any grade"),
        "interest": label("interest", interest),
        "area": facets.area_label(area),
    }


# --- Participation -------------------------------------------------------------------------


def participation(year, term, category):
    found = proportionality.proportionality(year, term, category)
    groups = [str(g.pk) for g in found.groups]

    def table(key, rows):
        return Table(
            key,
            "page",
            "group",
            groups,
            [[str(r.page.pk), [r.cells[g.pk][1] for g in found.groups], r.total] for r in rows],
            suppressed=True,
        )

    return table("representation-programs", found.programs), table(
        "representation-pathways", found.pathways
    )


# --- Everything for one month ----------------------------------------------------------------


@dataclass
class Figures:
    month: object
    tables: dict  # key -> Table
    summary: dict | None  # None: a month whose listings were not kept (`counted`)
    gaps: list
    term: list | None  # [year, term] of the participation tables
    category: str | None
    from_snapshot: bool = False
    searches_only: bool = False  # a month that has ended, read from the counters alone

    @property
    def searches_published_on(self):
        """While the month runs, the day its searches will be published; None once it is over."""
        return None if ended(self.month) else published_on(self.month)

    def to_data(self):
        return {
            "tables": {key: table.to_data() for key, table in self.tables.items()},
            "summary": self.summary,
            "gaps": self.gaps,
            "term": self.term,
            "category": self.category,
        }


def live(month=None, area="", language="", category=None, term=None):
    """The figures as they stand today. The month's searches (the demand table and the gaps)
    only once it has ended: while it runs they are not published at all."""
    month = month or month_start()
    category = category or PopulationGroup.Category.RACE_ETHNICITY
    listings, seats, summary = coverage(area, language)
    tables = {"coverage": listings, "seats": seats}
    found_gaps = []
    if ended(month):
        tables["demand"] = demand(month, area, language)
        found_gaps = gaps(month)
    terms = proportionality.terms()
    term = term if term in terms else (terms[0] if terms else None)
    if term:
        programs, pathways = participation(term[0], term[1], category)
        tables |= {programs.key: programs, pathways.key: pathways}
    return Figures(month, tables, summary, found_gaps, list(term) if term else None, category)


def counted(month, area="", language=""):
    """A month that has ended but was never kept (`equity_snapshot` did not run for it): its
    searches, from the counters, which no longer change once the month is over. Its listings,
    seats and participants were not kept, so they are not shown. None when nothing was
    counted that month, or when it has not ended."""
    if not ended(month) or not Demand.objects.filter(month=month).exists():
        return None
    return Figures(
        month,
        {"demand": demand(month, area, language)},
        None,
        gaps(month),
        None,
        None,
        searches_only=True,
    )


# Figures are asked for again within the window or not at all; a version change orphans them.
CACHE_TIMEOUT = 24 * 60 * 60


def _cached(kind, make, *parts):
    """make(), once per `parts` per window: kept in the shared cache under the "equity"
    version (population shares changed, a month's figures kept) and the "content" version
    (listings, sessions and participant counts are published content), for today (upcoming
    seats count from today, and which months have ended) and the suppression threshold.
    Every reader of the same filter in the same window gets identical figures. Nothing
    changes a Figures once made: readers only read it."""
    key = ":".join(
        str(part)
        for part in (
            f"hub:equity:{kind}",
            versions.current("equity"),
            versions.current("content"),
            timezone.localdate().isoformat(),
            settings.HUB_EQUITY_SUPPRESS_BELOW,
            *parts,
        )
    )
    found = cache.get(key)
    if found is None:
        found = make()
        cache.set(key, found, timeout=CACHE_TIMEOUT)
    return found


def live_cached(month, area="", language="", category=None, term=None):
    """`live`, computed once per filter per window (`_cached`)."""
    return _cached(
        "figures",
        lambda: live(month, area, language, category, term),
        month.isoformat(),
        area,
        language,
        category or "",
        f"{term[0]}-{term[1]}" if term else "",
    )


def counted_cached(month, area="", language=""):
    """`counted`, computed once per filter per window (`_cached`)."""
    return _cached(
        "counted", lambda: counted(month, area, language), month.isoformat(), area, language
    )


def stored(snapshot):
    data = snapshot.figures
    return Figures(
        snapshot.month,
        {key: Table.from_data(table) for key, table in data["tables"].items()},
        data["summary"],
        data["gaps"],
        data["term"],
        data["category"],
        from_snapshot=True,
    )


def take_snapshot(month):
    """Keep the month's figures (for the whole region, every language) as published. Only a
    month that has ended: one still running has no searches to publish yet."""
    if not ended(month):
        raise ValueError(f"{month:%Y-%m} has not ended yet")
    figures = live(month)
    snapshot, _created = Snapshot.objects.update_or_create(
        month=month, defaults={"figures": figures.to_data()}
    )
    equity_figures_changed()  # a month to choose on the page, read from the snapshot now
    return snapshot
