"""Browse pages: simple server-side filters and pagination for each kind of listing.

Filters are plain GET parameters (`?grade=7&interest=robotics&language=es&cost=free`), so a
filtered list is a link a counselor can share and the form works without JavaScript. A value
the hub does not know (a mistyped URL, an old link) is ignored with a short notice, never an
error page. When the choices leave nothing, they are loosened one step at a time, the way the
matcher does, and each step taken is said: a family never lands on an empty page."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from hub.translations import marks

from .grades import GRADE_CHOICES, grade_label, grades_for_age
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


def age_filter():
    """For newcomers whose child is not yet placed in a grade: an age fits two grades."""
    ages = range(3, 19)
    return Filter(
        name="age",
        label=_("Age"),
        any_label=_("Any age"),
        unknown=_("We do not know the age “%(value)s”, so all ages are shown."),
        choices=[
            Choice(str(age), ngettext("%(age)d year old", "%(age)d years old", age) % {"age": age})
            for age in ages
        ],
        lookup={str(age): grades_for_age(age) for age in ages},
    )


def program_kind_filter():
    from .models import ProgramPage

    kinds = ProgramPage.Kind
    return Filter(
        name="kind",
        label=_("Kind of program"),
        any_label=_("Any kind of program"),
        unknown=_("We do not know the kind of program “%(value)s”, so every kind is shown."),
        choices=[Choice(value, str(label)) for value, label in kinds.choices],
        lookup={value: value for value in kinds.values},
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


def _chosen(filters, name):
    """The object the family's choice for filter `name` stands for, None when not chosen."""
    f = filters.get(name)
    return f.selected if f is not None and f.value else None


def _grade_ranges(filters, relaxed):
    """The (lowest, highest) grade pairs a listing's grades must overlap: one for the grade,
    one for the age, each widened by a grade both ways once the "grade" step is relaxed."""
    widen = 1 if "grade" in relaxed else 0
    ranges = []
    grade = _chosen(filters, "grade")
    if grade is not None:
        ranges.append((grade, grade))
    age = _chosen(filters, "age")
    if age is not None:
        ranges.append(age)
    return [(low - widen, high + widen) for low, high in ranges]


def _interest_slugs(filters, relaxed):
    """The interests a listing must have one of: the chosen one, or its sector's neighbours
    once that step is relaxed; None when no interest is chosen or it has been dropped."""
    interest = filters.get("interest")
    if interest is None or not interest.value or "interest" in relaxed:
        return None
    if "neighbouring_interests" in relaxed:
        from .taxonomy import neighbouring_interests  # it imports the models

        return neighbouring_interests([interest.value])
    return [interest.value]


def _with_interests(qs, model, filters, relaxed):
    slugs = _interest_slugs(filters, relaxed)
    if slugs is None:
        return qs
    # A subquery, so a listing with two of the interests is still listed once.
    return qs.filter(pk__in=model.objects.filter(interests__slug__in=slugs).values("pk"))


def _opportunity_queryset(model, filters, relaxed):
    qs = for_cards(model.objects.live().public())
    for low, high in _grade_ranges(filters, relaxed):
        # An end the source did not give is not held against it (as in the matcher).
        qs = qs.filter(
            Q(grade_min__isnull=True) | Q(grade_min__lte=high),
            Q(grade_max__isnull=True) | Q(grade_max__gte=low),
        )
    language = _chosen(filters, "language")
    if language is not None:
        taught = Q(pk__in=model.objects.filter(delivery_languages=language).values("pk"))
        # Relaxed as the matcher does: an interpreter on request, never any language at all.
        qs = qs.filter(
            taught | Q(interpretation_on_request=True) if "language" in relaxed else taught
        )
    if _chosen(filters, "cost") == "free" and "cost" not in relaxed:
        qs = qs.filter(cost_type=model.CostType.FREE)
    return qs


def programs(filters, relaxed=()):
    from .models import ProgramPage

    qs = _opportunity_queryset(ProgramPage, filters, relaxed)
    kind = _chosen(filters, "kind")
    if kind is not None and "kind" not in relaxed:
        qs = qs.filter(kind=kind)
    return _with_interests(qs, ProgramPage, filters, relaxed)


def support_services(filters, relaxed=()):
    from .models import SupportServicePage

    qs = _opportunity_queryset(SupportServicePage, filters, relaxed)
    support = _chosen(filters, "support")
    if support is not None and "support" not in relaxed:
        qs = qs.filter(support_types=support)
    return qs


def organizations(filters, relaxed=()):
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


def pathways(filters, relaxed=()):
    from .models import PathwayPage, PathwayStep

    qs = _with_interests(
        PathwayPage.objects.live().public().prefetch_related("interests"),
        PathwayPage,
        filters,
        relaxed,
    )
    for low, high in _grade_ranges(filters, relaxed):
        bands = [
            band
            for band, (band_low, band_high) in PathwayStep.BAND_GRADES.items()
            if band_low <= high and band_high >= low
        ]
        qs = qs.filter(pk__in=PathwayStep.objects.filter(band__in=bands).values("page_id"))
    return qs


# --- never a dead end: what is loosened, in which order, and how it is said -----------------

# The filters each relaxation step loosens: a step applies when one of them is chosen.
STEP_FILTERS = {
    "language": ("language",),
    "cost": ("cost",),
    "kind": ("kind",),
    "neighbouring_interests": ("interest",),
    "grade": ("grade", "age"),
    "interest": ("interest",),
    "support": ("support",),
}

# Whole sentences, one per listing and step: never a sentence built from fragments.
NOTHING_FITS = {
    "programs": gettext_lazy("No program fits all your choices, so here are the closest ones."),
    "services": gettext_lazy(
        "No support service fits all your choices, so here are the closest ones."
    ),
    "pathways": gettext_lazy("No pathway fits all your choices, so here are the closest ones."),
}
RELAXATIONS = {
    "programs": {
        "language": gettext_lazy("We also show programs that offer an interpreter on request."),
        "cost": gettext_lazy("We also show programs that are not free."),
        "kind": gettext_lazy("We also show other kinds of programs."),
        "neighbouring_interests": gettext_lazy("We also show programs about related subjects."),
        "grade": gettext_lazy("We also show programs one grade above or below."),
        "interest": gettext_lazy("We also show programs about other subjects."),
    },
    "services": {
        "language": gettext_lazy(
            "We also show support services that offer an interpreter on request."
        ),
        "cost": gettext_lazy("We also show support services that are not free."),
        "grade": gettext_lazy("We also show support services for one grade above or below."),
        "support": gettext_lazy("We also show other kinds of help."),
    },
    "pathways": {
        "neighbouring_interests": gettext_lazy("We also show pathways about related subjects."),
        "grade": gettext_lazy("We also show pathways for one grade above or below."),
        "interest": gettext_lazy("We also show pathways about other subjects."),
    },
}
NOTHING_EVEN_RELAXED = gettext_lazy(
    "Even with fewer choices, nothing is listed. Someone at the hub can help you find "
    "something: see “Talk to a person” below."
)


def relax(listing, filters):
    """(queryset, [(step, sentence)], found) for choices that leave nothing: the listing's
    steps are loosened one at a time, in its order, until something fits. Only the steps a
    listed result needed are said, as the matcher does: if every result is free, the family
    need not hear that paid ones were looked for."""
    steps = RELAXATIONS.get(listing.kind, {})
    chosen = {name for name, f in filters.items() if f.value}
    relaxed, queryset = [], None
    for step in steps:
        if not chosen.intersection(STEP_FILTERS[step]):
            continue
        relaxed.append(step)
        queryset = listing.queryset(filters, frozenset(relaxed))
        if queryset.exists():
            break
    else:
        return None, [], False
    needed = [
        step
        for step in relaxed
        if queryset.exclude(
            pk__in=listing.queryset(filters, frozenset(relaxed) - {step}).values("pk")
        ).exists()
    ]
    return queryset, [(step, str(steps[step])) for step in needed], True


def matcher_url(filters):
    """The same question handed to the find page (the matcher), which ranks and explains:
    grade or age, interest, kind, help, language and free only; empty when none is chosen."""
    params = []
    if _chosen(filters, "grade") is not None:
        params.append(("grade", filters["grade"].value))
    elif _chosen(filters, "age") is not None:
        params.append(("age", filters["age"].value))
    from .models import ProgramPage

    kind = filters.get("kind")
    # A program's kind; the partners page's "kind" is an organization's, which the find page lacks.
    if kind is not None and kind.value in ProgramPage.Kind.values:
        params.append(("kinds", kind.value))
    if _chosen(filters, "interest") is not None:
        params.append(("interests", filters["interest"].value))
    if _chosen(filters, "support") is not None:
        params.append(("needs", filters["support"].value))
    language = _chosen(filters, "language")
    # The matcher asks for a language the hub speaks; another one would be a 400 there.
    if language is not None and language.code in dict(settings.HUB_LANGUAGES):
        params.append(("language", language.code))
    if _chosen(filters, "cost") == "free":
        params.append(("free", "1"))
    return f"{reverse('find')}?{urlencode(params)}" if params else ""


@dataclass
class Listing:
    kind: str
    filter_factories: list
    queryset: object  # callable(filters, relaxed=()) -> queryset, `relaxed` the steps loosened
    count_label: object  # callable(n) -> "23 programs"
    with_organization: bool = False


LISTINGS = {
    "ProgramPage": Listing(
        "programs",
        [
            grade_filter,
            age_filter,
            interest_filter,
            program_kind_filter,
            language_filter,
            cost_filter,
        ],
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

    active = [(f.name, f.value) for f in filters.values() if f.value]
    order = (localized_order("title"), "pk")
    paginator = Paginator(listing.queryset(filters).order_by(*order), PAGE_SIZE)
    relaxed, nothing_even_relaxed = [], False
    if active and paginator.count == 0 and listing.kind in RELAXATIONS:
        loosened, relaxed, found = relax(listing, filters)
        if found:
            paginator = Paginator(loosened.order_by(*order), PAGE_SIZE)
        nothing_even_relaxed = not found
    page = paginator.get_page(_page_number(request.GET.get("page"), notices))
    items = marks.attach(list(page.object_list))
    if listing.with_organization:
        _parent_organizations(items)

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
        "relaxed_lead": str(NOTHING_FITS[listing.kind]) if relaxed else "",
        "relaxed": relaxed,
        "nothing_even_relaxed": str(NOTHING_EVEN_RELAXED) if nothing_even_relaxed else "",
        "matcher_url": matcher_url(filters) if active else "",
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
