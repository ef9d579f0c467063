"""Browse pages: simple server-side filters and pagination for each kind of listing.

Filters are plain GET parameters (`?grade=7&interest=robotics&language=es&cost=free`), so a
filtered list is a link a counselor can share and the form works without JavaScript. A value
the hub does not know (a mistyped URL, an old link) is ignored with a short notice, never an
error page."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from hub.translations import marks

from .grades import GRADE_CHOICES, grade_label
from .i18n import localized_order

PAGE_SIZE = 20
FEATURED_COUNT = 6


@dataclass
class Choice:
    value: str
    label: str


@dataclass
class Filter:
    """One control of the filter form: its GET name, its label, its choices, its valid value."""

    name: str
    label: str
    choices: list
    any_label: str
    unknown: str  # the whole notice, with %(value)s: never a sentence built from fragments
    value: str = ""
    lookup: dict = field(default_factory=dict)  # value -> the object the value stands for

    def bind(self, raw, notices):
        raw = (raw or "").strip()
        if not raw:
            return
        if raw in self.lookup:
            self.value = raw
        else:
            shown = "".join(ch for ch in raw[:40] if ch.isprintable())
            notices.append(self.unknown % {"value": shown})

    @property
    def selected(self):
        return self.lookup.get(self.value) if self.value else None

    @property
    def selected_label(self):
        return next((c.label for c in self.choices if c.value == self.value), "")


# --- the choices each filter offers -----------------------------------------------------------


def grade_filter():
    grades = [g for g, _label in GRADE_CHOICES]
    return Filter(
        name="grade",
        label=_("Grade"),
        any_label=_("Any grade"),
        unknown=_("We do not know the grade “%(value)s”, so all grades are shown."),
        choices=[Choice(str(g), grade_label(g)) for g in grades],
        lookup={str(g): g for g in grades},
    )


def interest_filter():
    from .models import Interest

    interests = list(Interest.objects.order_by(localized_order("name")))
    return Filter(
        name="interest",
        label=_("Interest"),
        any_label=_("Any interest"),
        unknown=_("We do not know the interest “%(value)s”, so all interests are shown."),
        choices=[Choice(i.slug, f"{i.icon} {i.name}".strip()) for i in interests],
        lookup={i.slug: i for i in interests},
    )


def language_filter():
    from .models import Language

    languages = list(Language.objects.order_by("endonym"))
    return Filter(
        name="language",
        label=_("Language"),
        any_label=_("Any language"),
        unknown=_("We do not know the language “%(value)s”, so all languages are shown."),
        # Endonyms, never translated: a family recognises its own language's name.
        choices=[Choice(lang.code, lang.endonym) for lang in languages],
        lookup={lang.code: lang for lang in languages},
    )


def cost_filter():
    return Filter(
        name="cost",
        label=_("Cost"),
        any_label=_("Any cost"),
        unknown=_("We do not know the cost “%(value)s”, so every cost is shown."),
        choices=[Choice("free", _("Free only"))],
        lookup={"free": "free"},
    )


def support_filter():
    from .models import SupportType

    types = list(SupportType.objects.order_by(localized_order("name")))
    return Filter(
        name="support",
        label=_("Kind of help"),
        any_label=_("Any kind of help"),
        unknown=_("We do not know the kind of help “%(value)s”, so every kind is shown."),
        choices=[Choice(t.slug, f"{t.icon} {t.name}".strip()) for t in types],
        lookup={t.slug: t for t in types},
    )


def organization_kind_filter():
    from .models import OrganizationPage

    kinds = OrganizationPage.Kind
    return Filter(
        name="kind",
        label=_("Kind"),
        any_label=_("Any kind"),
        unknown=_("We do not know the kind “%(value)s”, so every kind is shown."),
        choices=[Choice(value, str(label)) for value, label in kinds.choices],
        lookup={value: value for value in kinds.values},
    )


# --- what each browse page lists and how its filters narrow it -------------------------------


def _parent_organizations(pages):
    """Attach each program/service's organization in one query (cards name the organization)."""
    from .models import OrganizationPage

    if not pages:
        return
    steplen = OrganizationPage.steplen
    parent_paths = {page.path[:-steplen] for page in pages}
    orgs = {org.path: org for org in OrganizationPage.objects.filter(path__in=parent_paths)}
    for page in pages:
        page.listing_organization = orgs.get(page.path[:-steplen])


# What each kind of card shows from related tables, fetched in one query per relation.
CARD_PREFETCH = {
    "ProgramPage": ("interests", "supports"),
    "SupportServicePage": ("support_types",),
}


def for_cards(queryset):
    """Prefetch what the result cards of `queryset`'s model show (no query per card)."""
    from .models import Language

    name = queryset.model.__name__
    if name not in CARD_PREFETCH:
        return queryset
    return queryset.prefetch_related(
        Prefetch("delivery_languages", queryset=Language.objects.order_by("endonym")),
        *CARD_PREFETCH[name],
    )


def _opportunity_queryset(model, filters):
    qs = for_cards(model.objects.live().public())
    grade = filters.get("grade")
    if grade and grade.value:
        g = grade.selected
        qs = qs.filter(grade_min__lte=g, grade_max__gte=g)
    language = filters.get("language")
    if language and language.value:
        qs = qs.filter(delivery_languages=language.selected)
    cost = filters.get("cost")
    if cost and cost.value == "free":
        qs = qs.filter(cost_type=model.CostType.FREE)
    return qs


def programs(filters):
    from .models import ProgramPage

    qs = _opportunity_queryset(ProgramPage, filters)
    interest = filters["interest"]
    if interest.value:
        qs = qs.filter(interests=interest.selected)
    return qs


def support_services(filters):
    from .models import SupportServicePage

    qs = _opportunity_queryset(SupportServicePage, filters)
    support = filters["support"]
    if support.value:
        qs = qs.filter(support_types=support.selected)
    return qs


def organizations(filters):
    from .models import OrganizationPage, ProgramPage

    qs = OrganizationPage.objects.live().public()
    kind = filters["kind"]
    if kind.value:
        qs = qs.filter(kind=kind.value)
    interest = filters["interest"]
    if interest.value:
        # Organizations running at least one live program with that interest.
        steplen = OrganizationPage.steplen
        program_paths = (
            ProgramPage.objects.live()
            .public()
            .filter(interests=interest.selected)
            .values_list("path", flat=True)
        )
        qs = qs.filter(path__in={path[:-steplen] for path in program_paths})
    return qs


def pathways(filters):
    from .models import PathwayPage, PathwayStep

    qs = PathwayPage.objects.live().public().prefetch_related("interests")
    interest = filters["interest"]
    if interest.value:
        qs = qs.filter(interests=interest.selected)
    grade = filters["grade"]
    if grade.value:
        g = grade.selected
        bands = [band for band, (low, high) in PathwayStep.BAND_GRADES.items() if low <= g <= high]
        qs = qs.filter(pk__in=PathwayStep.objects.filter(band__in=bands).values("page_id"))
    return qs


@dataclass
class Listing:
    kind: str
    filter_factories: list
    queryset: object  # callable(filters) -> queryset
    count_label: object  # callable(n) -> "23 programs"
    with_organization: bool = False


LISTINGS = {
    "ProgramPage": Listing(
        "programs",
        [grade_filter, interest_filter, language_filter, cost_filter],
        programs,
        lambda n: ngettext("%(count)d program", "%(count)d programs", n) % {"count": n},
        with_organization=True,
    ),
    "SupportServicePage": Listing(
        "services",
        [support_filter, grade_filter, language_filter, cost_filter],
        support_services,
        lambda n: (
            ngettext("%(count)d support service", "%(count)d support services", n) % {"count": n}
        ),
        with_organization=True,
    ),
    "OrganizationPage": Listing(
        "organizations",
        [organization_kind_filter, interest_filter],
        organizations,
        lambda n: ngettext("%(count)d partner", "%(count)d partners", n) % {"count": n},
    ),
    "PathwayPage": Listing(
        "pathways",
        [interest_filter, grade_filter],
        pathways,
        lambda n: ngettext("%(count)d pathway", "%(count)d pathways", n) % {"count": n},
    ),
}

PAGE_NOT_RECOGNISED = gettext_lazy("That page number does not exist, so the first page is shown.")


def _page_number(raw, notices):
    if raw in (None, ""):
        return 1
    if raw.isdecimal() and len(raw) <= 9 and int(raw) >= 1:  # int() refuses "²" and huge ones
        return int(raw)
    notices.append(str(PAGE_NOT_RECOGNISED))
    return 1


def listing_context(index_page, request):
    listing = LISTINGS[index_page.listing_model.__name__]
    notices = []
    filters = {}
    for factory in listing.filter_factories:
        f = factory()
        f.bind(request.GET.get(f.name), notices)
        filters[f.name] = f

    queryset = listing.queryset(filters).order_by(localized_order("title"), "pk")
    paginator = Paginator(queryset, PAGE_SIZE)
    page = paginator.get_page(_page_number(request.GET.get("page"), notices))
    items = marks.attach(list(page.object_list))
    if listing.with_organization:
        _parent_organizations(items)

    active = [(f.name, f.value) for f in filters.values() if f.value]
    return {
        "listing": page,
        "listing_items": items,
        "listing_kind": listing.kind,
        "filters": list(filters.values()),
        "filters_active": bool(active),
        "active_filter_labels": [f.selected_label for f in filters.values() if f.value],
        # Pagination links carry the filters: `?{{ filter_query }}page=2`.
        "filter_query": urlencode(active) + "&" if active else "",
        "result_count": paginator.count,
        "result_count_label": listing.count_label(paginator.count),
        "notices": notices,
    }


def home_context(home):
    from .models import Interest, ProgramIndexPage, ProgramPage

    featured = list(
        for_cards(ProgramPage.objects.live().public()).order_by(
            "-last_verified", localized_order("title")
        )[:FEATURED_COUNT]
    )
    _parent_organizations(marks.attach(featured))
    return {
        "featured_programs": featured,
        # The home page's quick search GETs the programs browse page.
        "programs_index": ProgramIndexPage.objects.child_of(home).live().first(),
        "grade_filter": grade_filter(),
        "interest_filter": interest_filter() if Interest.objects.exists() else None,
    }
