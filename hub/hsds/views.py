"""The HSDS 3.0 read API at /api/hsds/, as the official OpenAPI describes it: paths, paging
(`page`, `per_page` -> total_items, total_pages, page_number, size, first_page, last_page,
empty, contents), filters, `format=ndjson`. Plain JSON views, so every shape is exactly the
specification's. A bad parameter is a 400 naming it, an unknown id a 404, never a 500."""

import json
import math
from datetime import UTC, datetime, time
from functools import wraps

from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.csrf import csrf_exempt

from hub import regions
from hub.directory.models import Location, OrganizationPage, PathwayPage
from hub.null_characters import parameter_with_nul

from . import cached, ids, mapping, openapi, outside, patches, profile, queries
from .mapping import Batch
from .models import OutsideTerm
from .profile import DEFAULT_LANGUAGE

PER_PAGE = 50
MAX_PER_PAGE = 500
# `minimal` asks for every service in one page ("aim to return all services within one page").
MINIMAL_PER_PAGE = 10_000
MAX_PAGE = 1_000_000  # past any real directory; keeps page_number a safe JSON integer
NDJSON_CHUNK = 200
TRUE, FALSE = {"true", "1", "yes"}, {"false", "0", "no", ""}


class BadParameter(Exception):
    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter, self.message = parameter, message


class NotFound(Exception):
    pass


def _json(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def endpoint(view):
    """GET only; answers in English data; turns bad parameters and unknown ids into JSON."""

    @csrf_exempt  # nothing here changes anything; a POST is told 405 in JSON, not a CSRF page
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = _json({"message": "Only GET is allowed."}, status=405)
            response["Allow"] = "GET, HEAD"
            return response
        with_nul = parameter_with_nul(request.GET)
        if with_nul:
            message = "This contains a character that cannot be used."
            return _json({"parameter": with_nul, "message": message}, status=400)
        try:
            plain = _core(request)
            with translation.override(DEFAULT_LANGUAGE):
                result = view(request, Batch(request), *args, **kwargs)
        except BadParameter as bad:
            return _json({"parameter": bad.parameter, "message": bad.message}, status=400)
        except (NotFound, Http404) as missing:
            request.urlconf = "hub.hsds.unprefixed_urls"  # see there: no redirect to /en/
            return _json({"message": str(missing) or "Not found."}, status=404)
        if isinstance(result, dict):
            _give_back_imported_fields(view.__name__, result)
            if plain:
                result = profile.core(result)
        elif plain:  # format=ndjson: each line as plain HSDS
            result.streaming_content = (
                json.dumps(profile.core(json.loads(line)), ensure_ascii=False) + "\n"
                for line in result.streaming_content
            )
        response = _json(result) if isinstance(result, dict) else result
        response["Content-Language"] = DEFAULT_LANGUAGE  # the data's, whatever the UI's is
        return response

    return wrapper


# What each endpoint answers with, for the patches of imported records (patches.py).
TABLE_OF_VIEW = {
    "services": "service",
    "service_detail": "service",
    "organizations": "organization",
    "organization_detail": "organization",
    "service_at_locations": "service_at_location",
    "service_at_location_detail": "service_at_location",
    "taxonomy_terms": "taxonomy_term",
    "taxonomy_term_detail": "taxonomy_term",
}


def _give_back_imported_fields(view_name, body):
    """What an import brought and the hub has no field for, as the export gives it back."""
    table = TABLE_OF_VIEW.get(view_name)
    if table is None:
        return
    records = body["contents"] if isinstance(body.get("contents"), list) else [body]
    found = patches.patches_for(records)
    if found:
        patches.patch_documents({table: records}, found)


# --- Parameters -----------------------------------------------------------------------------


def _integer(request, name, default, low, high=None):
    raw = request.GET.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, f"{name} must be a whole number.") from None
    if value < low or (high is not None and value > high):
        limits = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise BadParameter(name, f"{name} must be {limits}.")
    return value


def _boolean(request, name):
    raw = request.GET.get(name, "").strip().lower()
    if raw in TRUE:
        return True
    if raw in FALSE:
        return False
    raise BadParameter(name, f"{name} must be true or false.")


def _uuid(request, name):
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    value = ids.parse(raw)
    if value is None:
        raise BadParameter(name, f"{name} must be a UUID.")
    return value


def _moment(request, name):
    """An ISO 8601 date or date-time. A date alone is that day's midnight in UTC, the zone the
    API's own timestamps are in; a date-time keeps the zone it gives (the hub's when none)."""
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        # parse_datetime would also read a date alone, as a naive midnight.
        day = parse_date(raw) if len(raw) == 10 else None
        if day:
            value = datetime.combine(day, time.min, tzinfo=UTC)
        else:
            value = parse_datetime(raw.replace(" ", "+").replace("Z", "+00:00"))
    except ValueError:
        value = None
    if value is None:
        raise BadParameter(name, f"{name} must be a date or date-time, e.g. 2026-01-31T09:00:00Z.")
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def _core(request):
    """Whether `profile=core` asks for plain HSDS, without the profile's x_ fields."""
    value = request.GET.get("profile", "").strip().lower()
    if value not in ("", "hub", "core"):
        raise BadParameter("profile", "profile must be hub (the default) or core.")
    return value == "core"


def _search(request):
    words = request.GET.get("search", "").strip()
    if len(words) > 200:
        raise BadParameter("search", "search is limited to 200 characters.")
    return words or None


def _format(request):
    value = request.GET.get("format", "json").strip().lower() or "json"
    if value not in ("json", "ndjson"):
        raise BadParameter("format", "format must be json or ndjson.")
    return value


def _service_filters(request):
    return {
        "search": _search(request),
        "taxonomy_term_id": _uuid(request, "taxonomy_term_id"),
        "taxonomy_id": _uuid(request, "taxonomy_id"),
        "organization_id": _uuid(request, "organization_id"),
        "modified_after": _moment(request, "modified_after"),
    }


def _places(request):
    """Location ids near `postcode` (within `proximity` metres of its centre), or None."""
    postcode = request.GET.get("postcode", "").strip()
    proximity = request.GET.get("proximity", "").strip()
    if proximity and not postcode:
        raise BadParameter("proximity", "proximity needs a postcode to measure from.")
    if not postcode:
        return None
    if not regions.ZIP_CODE.match(postcode):
        raise BadParameter("postcode", "postcode must be a US ZIP code, e.g. 95814.")
    if not proximity:
        # No service areas are kept: the places in that ZIP code.
        return list(
            Location.objects.filter(postal_code__startswith=postcode[:5]).values_list(
                "pk", flat=True
            )
        )
    try:
        metres = float(proximity)
    except ValueError:
        metres = -1
    if not 0 < metres <= 500_000:  # also refuses nan and inf
        raise BadParameter("proximity", "proximity must be a distance in metres up to 500000.")
    point = regions.zip_point(postcode[:5])
    if point is None:
        raise BadParameter("postcode", "This ZIP code is not known.")
    return queries.within(*point, metres)


def _detail_id(value, what):
    parsed = ids.parse(value)
    if parsed is None:
        raise NotFound(f"No {what} has the id {value!r}: ids are UUIDs.")
    return parsed


# --- Paging ---------------------------------------------------------------------------------


def paged(request, keys, build, default_per_page=PER_PAGE, max_per_page=MAX_PER_PAGE):
    """One page of `keys` (a queryset or a list) mapped by `build(list of keys)`; with
    format=ndjson every record, one JSON document per line, without paging."""
    if _format(request) == "ndjson":
        return _ndjson(keys, build)
    page = _integer(request, "page", 1, 1, MAX_PAGE)
    per_page = _integer(request, "per_page", default_per_page, 1, max_per_page)
    total = len(keys) if isinstance(keys, list) else keys.count()
    total_pages = math.ceil(total / per_page)
    start = (page - 1) * per_page
    contents = build(list(keys[start : start + per_page])) if start < total else []
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def _ndjson(keys, build):
    keys = list(keys)

    def lines():
        with translation.override(DEFAULT_LANGUAGE):
            for start in range(0, len(keys), NDJSON_CHUNK):
                for record in build(keys[start : start + NDJSON_CHUNK]):
                    yield json.dumps(record, ensure_ascii=False) + "\n"

    return StreamingHttpResponse(lines(), content_type="application/x-ndjson")


# --- Meta -----------------------------------------------------------------------------------


def _base(request):
    return request.build_absolute_uri(reverse("hsds:root"))


@endpoint
def root(request, batch):
    return {
        "version": profile.HSDS_VERSION,
        "profile": request.build_absolute_uri(reverse("hsds:profile")),
        "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
    }


@endpoint
def profile_view(request, batch):
    return profile.document(_base(request))


@endpoint
def openapi_view(request, batch):
    return openapi.document(_base(request))


@endpoint
def unknown(request, batch):
    raise NotFound(f"There is no {request.path}: see {_base(request)}openapi.json.")


# --- Services -------------------------------------------------------------------------------


@endpoint
def services(request, batch):
    filters = _service_filters(request)
    minimal = _boolean(request, "minimal")
    full = _boolean(request, "full")
    keys = queries.service_keys(**filters)
    if minimal:

        def build(pks):
            return [mapping.minimal_service(p) for p in mapping.fetch_services(pks, batch)]

        return paged(request, keys, build, MINIMAL_PER_PAGE, MINIMAL_PER_PAGE)

    return paged(request, keys, lambda pks: cached.services(pks, batch, full=full))


@endpoint
def service_detail(request, batch, service_id):
    pk = queries.service_pk(_detail_id(service_id, "service"))
    if pk is None:
        raise NotFound(f"No published service has the id {service_id}.")
    (record,) = cached.services([pk], batch, full=True)
    return record


# --- Services at locations ------------------------------------------------------------------


def _service_locations(pairs, batch, full):
    pages = {p.pk: p for p in mapping.fetch_services({pk for pk, _l in pairs}, batch, full=full)}
    places = Location.objects.in_bulk({location for _p, location in pairs})
    records = []
    for page_pk, location_pk in pairs:
        page, place = pages.get(page_pk), places.get(location_pk)
        if page is None or place is None:
            continue
        rows = []
        if full:  # the schedules there; only the full form has them
            rows = [
                row for p, there in mapping.places_of(page) if p.pk == place.pk for row in there
            ]
        records.append(
            mapping.service_at_location(page, place, rows, batch, full=full, with_service=True)
        )
    return records


@endpoint
def service_at_locations(request, batch):
    filters = _service_filters(request)
    full = _boolean(request, "full")
    pairs = queries.service_location_pairs(places=_places(request), **filters)
    return paged(request, pairs, lambda chunk: _service_locations(chunk, batch, full))


@endpoint
def service_at_location_detail(request, batch, sal_id):
    pair = queries.find_service_location(_detail_id(sal_id, "service_at_location"))
    if pair is None:
        raise NotFound(f"No published service is at a location with the id {sal_id}.")
    (record,) = _service_locations([pair], batch, full=True)
    return record


# --- Organizations --------------------------------------------------------------------------


def organization_records(pks, batch, full, full_service, cache_services=False, fetched=None):
    """`cache_services`: the services inside are taken from and kept in the cache (cached.py);
    only for the API, whose batch links the public copies of pictures. `fetched`: {page id:
    service page} already fetched with `batch` (fully), not asked for again."""
    orgs = mapping.fetch_organizations(pks, batch, full=full)
    if not full:
        return [mapping.organization_record(org, batch) for org in orgs]
    by_path = queries.services_of(orgs)
    if cache_services:
        found = cached.by_page(
            [pk for org in orgs for pk in by_path.get(org.path, [])],
            batch,
            full=full_service,
            organization=False,
        )
        return [
            mapping.organization_record(
                org,
                batch,
                full=True,
                services=[found[pk] for pk in by_path.get(org.path, []) if pk in found],
            )
            for org in orgs
        ]
    wanted = [pk for org in orgs for pk in by_path.get(org.path, [])]
    fetched = fetched or {}
    more = {
        page.pk: page
        for page in mapping.fetch_services(
            [pk for pk in wanted if pk not in fetched], batch, full=full_service
        )
    }
    pages = [fetched.get(pk) or more.get(pk) for pk in wanted]
    pages = [page for page in pages if page is not None]
    services_by_org = {}
    for page in pages:
        record = mapping.service(page, batch, full=full_service, organization=False)
        services_by_org.setdefault(batch.organization_of(page).pk, []).append(record)
    return [
        mapping.organization_record(org, batch, full=True, services=services_by_org.get(org.pk, []))
        for org in orgs
    ]


@endpoint
def organizations(request, batch):
    search = _search(request)
    full_service = _boolean(request, "full_service")
    full = _boolean(request, "full") or full_service  # full services need the services array
    keys = queries.organization_keys(search)
    return paged(
        request, keys, lambda pks: organization_records(pks, batch, full, full_service, True)
    )


@endpoint
def organization_detail(request, batch, organization_id):
    full_service = _boolean(request, "full_service")
    pk = queries.organization_pk(_detail_id(organization_id, "organization"))
    if pk is None:
        raise NotFound(f"No published organization has the id {organization_id}.")
    (record,) = organization_records([pk], batch, True, full_service, True)
    return record


# --- Taxonomies -----------------------------------------------------------------------------


def _matches(words, *values):
    words = words.casefold()
    return any(words in (value or "").casefold() for value in values)


@endpoint
def taxonomies(request, batch):
    search = _search(request)
    found = [t for t in mapping.TAXONOMIES if not search or _matches(search, t.name, t.description)]
    return paged(request, found, lambda chunk: [mapping.taxonomy(t) for t in chunk])


@endpoint
def taxonomy_detail(request, batch, taxonomy_id):
    found = queries.find_taxonomy(_detail_id(taxonomy_id, "taxonomy"))
    if found is None:
        raise NotFound(f"No taxonomy has the id {taxonomy_id}.")
    return mapping.taxonomy(found)


def _term_text(obj):
    return [
        mapping.text(obj, field, language)
        for field in ("name", "description", "synonyms")
        for language in queries.LANGUAGES
    ]


@endpoint
def taxonomy_terms(request, batch):
    search = _search(request)
    taxonomy_id = _uuid(request, "taxonomy_id")
    parent_id = _uuid(request, "parent_id")
    top_only = _boolean(request, "top_only")
    found = [
        obj
        for t, obj, _id in queries.all_terms()
        if (not taxonomy_id or t.id == taxonomy_id)
        and (not search or _matches(search, *_term_text(obj)))
        and not parent_id  # the hub's taxonomies are flat: every term is a top term
    ]
    # Then other directories' terms that imports brought (outside.py).
    found += [
        term
        for term in queries.outside_terms(taxonomy_id, parent_id, top_only)
        if not search or _matches(search, term.name, term.code, term.description)
    ]
    return paged(request, found, lambda chunk: [_term_record(obj, batch) for obj in chunk])


def _term_record(obj, batch):
    return outside.as_hsds(obj) if isinstance(obj, OutsideTerm) else batch.term(obj)


@endpoint
def taxonomy_term_detail(request, batch, term_id):
    key = _detail_id(term_id, "taxonomy_term")
    found = queries.find_term(key)
    if found is not None:
        return batch.term(found[1])
    imported = OutsideTerm.objects.filter(hsds_id=key).first()
    if imported is None:
        raise NotFound(f"No taxonomy term has the id {term_id}.")
    return outside.as_hsds(imported)


# --- Pathways (profile) ---------------------------------------------------------------------


def pathway_records(pks, batch):
    pages = {
        p.pk: p
        for p in PathwayPage.objects.filter(pk__in=pks).prefetch_related(
            "steps", "interests", "employer_partners", "colleges"
        )
    }
    batch.load_body_images(pages.values())
    linked = {
        block.get("value")
        for page in pages.values()
        for step in page.steps.all()
        for block in step.programs.raw_data
    }
    live_programs = {
        pk: str(key)
        for pk, key in queries.services().filter(pk__in=linked).values_list("pk", "translation_key")
    }
    named = {o.pk for p in pages.values() for o in (*p.employer_partners.all(), *p.colleges.all())}
    live_organizations = {
        pk: str(key)
        for pk, key in queries.visible(OrganizationPage)
        .filter(pk__in=named)
        .values_list("pk", "translation_key")
    }
    term_ids = {obj.pk: term for t, obj, term in queries.all_terms() if t.code == "interest"}
    return [
        mapping.pathway(pages[pk], batch, live_programs, live_organizations, term_ids)
        for pk in pks
        if pk in pages
    ]


@endpoint
def pathways(request, batch):
    keys = queries.pathway_keys(_search(request))
    return paged(request, keys, lambda pks: pathway_records(pks, batch))


@endpoint
def pathway_detail(request, batch, pathway_id):
    pk = queries.pathway_pk(_detail_id(pathway_id, "pathway"))
    if pk is None:
        raise NotFound(f"No published pathway has the id {pathway_id}.")
    (record,) = pathway_records([pk], batch)
    return record
