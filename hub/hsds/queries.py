"""Which records a request asks for, as ordered querysets of keys (page ids, place pairs).

Only live pages outside any view restriction are ever found; drafts and private sections are
not, and neither is anything they hold. Each list is in one fixed order, so paging through it
meets every record exactly once."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page

from hub.directory.i18n import localized_field_name
from hub.directory.models import (
    Location,
    OrganizationPage,
    PathwayPage,
    ProgramPage,
    ProgramSession,
    ServiceLocation,
    SupportServicePage,
)
from hub.regions import distance_km

from . import ids
from .mapping import SERVICE_MODELS, TAXONOMIES
from .models import OutsideTerm
from .profile import DEFAULT_LANGUAGE, OTHER_LANGUAGES

LANGUAGES = (DEFAULT_LANGUAGE, *OTHER_LANGUAGES)
TITLE_ORDER = (localized_field_name("title", DEFAULT_LANGUAGE), "pk")


def _text_q(fields, words, prefix=""):
    """Case-insensitive: any of `fields`, in any hub language, contains `words`."""
    return reduce(
        or_,
        (
            Q(**{f"{prefix}{localized_field_name(field, language)}__icontains": words})
            for field in fields
            for language in LANGUAGES
        ),
    )


def visible(model):
    return model.objects.live().public()


def services():
    return Page.objects.live().public().type(*SERVICE_MODELS)


# --- Taxonomy terms -------------------------------------------------------------------------


def all_terms():
    """[(Taxonomy, term object, HSDS id)] for every term, taxonomy by taxonomy, by name."""
    return [
        (t, obj, ids.term_id(t.code, obj.slug))
        for t in TAXONOMIES
        for obj in t.model.objects.order_by(localized_field_name("name", DEFAULT_LANGUAGE), "pk")
    ]


def find_taxonomy(taxonomy_id):
    return next((t for t in TAXONOMIES if t.id == taxonomy_id), None)


def find_term(term_id):
    """(Taxonomy, term object) with this HSDS id, or None."""
    return next(((t, obj) for t, obj, found in all_terms() if found == term_id), None)


def outside_terms(taxonomy_id=None, parent_id=None, top_only=False):
    """Other directories' terms that imports brought, by name (outside.py)."""
    found = OutsideTerm.objects.order_by("name", "hsds_id")
    if taxonomy_id:
        found = found.filter(taxonomy_id=taxonomy_id)
    if parent_id:
        found = found.filter(parent_hsds_id=parent_id)
    if top_only:
        found = found.filter(parent_hsds_id="")
    return found


def _tagged_q(taxonomy, term=None):
    """Services tagged with `term` of `taxonomy` (any of its terms when `term` is None)."""
    relations = {
        "interest": [(ProgramPage, "interests")],
        "support_type": [(ProgramPage, "supports"), (SupportServicePage, "support_types")],
        "eligibility": [
            (ProgramPage, "eligibility_tags"),
            (SupportServicePage, "eligibility_tags"),
        ],
    }[taxonomy.code]
    conditions = []
    for model, relation in relations:
        lookup = {relation: term} if term is not None else {f"{relation}__isnull": False}
        conditions.append(Q(pk__in=model.objects.filter(**lookup).values("pk")))
    return reduce(or_, conditions)


# --- Services -------------------------------------------------------------------------------


def filter_services(
    queryset,
    search=None,
    taxonomy_term_id=None,
    taxonomy_id=None,
    organization_id=None,
    modified_after=None,
):
    if search:
        in_summary = _text_q(["summary"], search)
        queryset = queryset.filter(
            _text_q(["title"], search)
            | Q(pk__in=ProgramPage.objects.filter(in_summary).values("pk"))
            | Q(pk__in=SupportServicePage.objects.filter(in_summary).values("pk"))
        )
    if taxonomy_term_id:
        found = find_term(taxonomy_term_id)
        if found:
            queryset = queryset.filter(_tagged_q(*found))
        else:  # another directory's term an import brought: the services that carried it
            carried = OutsideTerm.services.through.objects.filter(
                outsideterm__hsds_id=taxonomy_term_id
            )
            queryset = queryset.filter(pk__in=carried.values("page_id"))
    if taxonomy_id:
        taxonomy = find_taxonomy(taxonomy_id)
        queryset = queryset.filter(_tagged_q(taxonomy)) if taxonomy else queryset.none()
    if organization_id:
        org = visible(OrganizationPage).filter(translation_key=organization_id).first()
        queryset = queryset.child_of(org) if org else queryset.none()
    if modified_after:
        queryset = queryset.filter(
            Q(last_published_at__gte=modified_after)
            | Q(last_published_at__isnull=True, latest_revision_created_at__gte=modified_after)
        )
    return queryset


def service_keys(**filters):
    return (
        filter_services(services(), **filters).order_by(*TITLE_ORDER).values_list("pk", flat=True)
    )


def service_pk(service_id):
    return services().filter(translation_key=service_id).values_list("pk", flat=True).first()


def services_of(organizations):
    """Page ids of the live services of these organizations, by organization path."""
    by_path = {}
    paths = {org.path: org.depth for org in organizations}
    if not paths:
        return by_path
    rows = (
        services()
        .filter(
            reduce(
                or_, (Q(path__startswith=path, depth=depth + 1) for path, depth in paths.items())
            )
        )
        .order_by(*TITLE_ORDER)
        .values_list("pk", "path")
    )
    for pk, path in rows:
        by_path.setdefault(path[: -Page.steplen], []).append(pk)
    return by_path


# --- Services at locations ------------------------------------------------------------------


def within(latitude, longitude, metres):
    """Ids of the hub's places within `metres` of a point (great-circle distance)."""
    found = []
    positioned = Location.objects.filter(latitude__isnull=False, longitude__isnull=False)
    for pk, lat, lon in positioned.values_list("pk", "latitude", "longitude"):
        if distance_km(latitude, longitude, float(lat), float(lon)) * 1000 <= metres:
            found.append(pk)
    return found


def service_location_pairs(places=None, **filters):
    """(service page id, location id) for each place each live service happens at, in order.

    `places` (location ids) keeps only those places."""
    pages = filter_services(services(), **filters).values("pk")
    sessions = ProgramSession.objects.filter(page__in=pages, location__isnull=False)
    served = ServiceLocation.objects.filter(page__in=pages)
    if places is not None:
        sessions = sessions.filter(location__in=places)
        served = served.filter(location__in=places)
    return (
        sessions.order_by()
        .values_list("page_id", "location_id")
        .union(served.order_by().values_list("page_id", "location_id"))
        .order_by("page_id", "location_id")
    )


def find_service_location(sal_id):
    """(service page id, location id) of the service_at_location with this HSDS id, or None."""
    keys = dict(services().values_list("pk", "translation_key"))
    places = {place.pk: ids.location_id(place) for place in Location.objects.only("hsds_id")}
    for page_pk, location_pk in service_location_pairs():
        if ids.service_at_location_id(str(keys[page_pk]), places[location_pk]) == sal_id:
            return page_pk, location_pk
    return None


# --- Organizations and pathways -------------------------------------------------------------


def organization_keys(search=None):
    queryset = visible(OrganizationPage)
    if search:
        queryset = queryset.filter(_text_q(["title", "summary"], search))
    return queryset.order_by(*TITLE_ORDER).values_list("pk", flat=True)


def organization_pk(organization_id):
    return (
        visible(OrganizationPage)
        .filter(translation_key=organization_id)
        .values_list("pk", flat=True)
        .first()
    )


def pathway_keys(search=None):
    queryset = visible(PathwayPage)
    if search:
        queryset = queryset.filter(_text_q(["title", "summary"], search))
    return queryset.order_by(*TITLE_ORDER).values_list("pk", flat=True)


def pathway_pk(pathway_id):
    return (
        visible(PathwayPage).filter(translation_key=pathway_id).values_list("pk", flat=True).first()
    )
