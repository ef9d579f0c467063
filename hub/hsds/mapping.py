"""Hub objects as HSDS 3.0 dicts (with the profile's `x_hub_` fields, see profile.py).

Programs and support services are HSDS services; the organization page they sit under is their
organization; the places of a program's sessions and of a support service are locations, each
(service, place) pair a service_at_location; sessions and opening hours are schedules; interests,
support types and eligibility tags are taxonomy terms, one taxonomy each, linked to services
through attributes.

Nothing here queries the database per object: `Batch` fetches what a page of results needs in
a fixed number of queries, and the functions below only read what it fetched."""

from collections import defaultdict
from datetime import UTC
from decimal import Decimal
from itertools import chain

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text import expand_db_html
from willow.image import UnrecognisedImageFormatError

from hub.directory.grades import POST_SECONDARY, PREK
from hub.directory.i18n import (
    has_content,
    localized_field_name,
    stored_value,
    translated_field_names,
)
from hub.directory.models import (
    EligibilityTag,
    Interest,
    OrganizationLocation,
    OrganizationPage,
    PathwayPage,
    ProgramPage,
    ProgramSession,
    ServiceLocation,
    SupportServicePage,
    SupportType,
)

from . import ids
from .profile import DEFAULT_LANGUAGE, OTHER_LANGUAGES

SERVICE_MODELS = (ProgramPage, SupportServicePage)
ATTENDING = {
    ProgramPage.Format.IN_PERSON: "In person",
    ProgramPage.Format.ONLINE: "Online",
    ProgramPage.Format.HYBRID: "In person and online",
}
COST_OPTION = {"free": "Free", "fixed": "Fixed fee", "sliding": "Sliding scale"}


class Taxonomy:
    def __init__(self, code, model, name, description):
        self.code, self.model, self.name, self.description = code, model, name, description
        self.id = ids.taxonomy_id(code)


TAXONOMIES = [
    Taxonomy(
        "interest",
        Interest,
        "STEM Opportunity Hub interests",
        "The STEM interests a child may have (robotics, coding, health sciences...), by which "
        "the hub's programs and pathways are found.",
    ),
    Taxonomy(
        "support_type",
        SupportType,
        "STEM Opportunity Hub support types",
        "Kinds of help that make taking part possible: transportation, a device, internet, "
        "meals, childcare, interpretation...",
    ),
    Taxonomy(
        "eligibility",
        EligibilityTag,
        "STEM Opportunity Hub eligibility",
        "Who a listing is meant for: low-income families, first-generation students, English "
        "learners...",
    ),
]
TAXONOMY_OF_MODEL = {t.model: t for t in TAXONOMIES}


# --- Small helpers --------------------------------------------------------------------------


def _clean(record):
    """The record without the optional fields that have nothing to say (empty lists stay: in
    the full form they say "none")."""
    return {
        key: value for key, value in record.items() if value is not None and value not in ("", {})
    }


def text(obj, field, language=DEFAULT_LANGUAGE):
    """`field` as written in `language` (no fallback); plain attribute if not translated."""
    if field in translated_field_names(type(obj)):
        return stored_value(obj, field, language)
    return getattr(obj, field) if language == DEFAULT_LANGUAGE else None


def timestamp(moment):
    """ISO 8601 in UTC with milliseconds, as HSDS asks for last_modified."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def modified(page):
    return page.last_published_at or page.latest_revision_created_at or page.first_published_at


def grades(low, high):
    return {"min": low, "max": high}


def ages(low, high):
    """The usual ages of a grade range: pre-K from 3, grade g from g + 5 to g + 6. An unknown
    grade gives no age (and "after high school" no oldest age)."""
    minimum = maximum = None
    if low is not None:
        minimum = 3 if low == PREK else 18 if low == POST_SECONDARY else low + 5
    if high is not None:
        maximum = None if high == POST_SECONDARY else 5 if high == PREK else high + 6
    return minimum, maximum


def _number(value):
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


# --- What a page of results needs, fetched once --------------------------------------------


# The picture the API links: a copy at most 1200 px wide or high, as WebP, into which Willow
# writes no EXIF, never the original file. Made when a page showing it is published
# (signals.py), so a page of results only reads it.
PUBLIC_RENDITION = "max-1200x1200|format-webp"


def make_public_rendition(image):
    """The API's copy of `image`, made now if it is not there; None when the original file is
    missing or unreadable."""
    try:
        return image.get_rendition(PUBLIC_RENDITION)
    except (OSError, UnrecognisedImageFormatError):  # Wagtail's SourceImageIOError is an OSError
        return None


class Batch:
    """The request (for absolute URLs) and everything fetched in bulk for one response."""

    def __init__(self, request, originals=False):
        """`originals`: link pictures' original files (for export_hsds, whose files a hub
        re-imports by finding those files), not the public copies the API links."""
        self.request = request
        self.originals = originals
        self.organizations = {}  # path -> live, public OrganizationPage
        self._organization_paths = set()  # every path looked up, found or not
        self.images = {}
        self._paths = {}
        self._pathways = None
        self._terms = {}

    # URLs

    def absolute(self, path):
        return self.request.build_absolute_uri(path)

    def page_url(self, page, language=DEFAULT_LANGUAGE):
        """The page's address in `language` (slugs are the same in every language)."""
        if page.pk not in self._paths:
            with translation.override(DEFAULT_LANGUAGE):
                parts = page.get_url_parts(self.request)
            self._paths[page.pk] = parts[2] if parts else None
        path = self._paths[page.pk]
        if path is None:
            return None
        prefix = f"/{DEFAULT_LANGUAGE}/"
        if language != DEFAULT_LANGUAGE and path.startswith(prefix):
            path = f"/{language}/{path[len(prefix) :]}"
        return self.absolute(path)

    def image_url(self, image):
        if image is None:
            return None
        if self.originals:
            return self.absolute(image.file.url)
        rendition = make_public_rendition(image)
        return self.absolute(rendition.url) if rendition is not None else None

    def load_renditions(self, images):
        """Fetch the public copies of these images in one query (image_url reads them)."""
        images = [image for image in images if image is not None]
        if images and not self.originals:
            renditions = get_image_model().get_rendition_model().objects
            prefetch_related_objects(
                images,
                Prefetch(
                    "renditions",
                    renditions.filter(filter_spec=PUBLIC_RENDITION),
                    to_attr="prefetched_renditions",
                ),
            )

    # Organizations of services

    def load_organizations(self, pages):
        paths = {page.path[: -Page.steplen] for page in pages} - self._organization_paths
        self._organization_paths |= paths
        if paths:
            found = (
                OrganizationPage.objects.live()
                .public()
                .filter(path__in=paths)
                .select_related("logo")
            )
            self.remember_organizations(found)
            self.load_renditions([org.logo for org in found])

    def remember_organizations(self, organizations):
        for org in organizations:
            self.organizations[org.path] = org
            self._organization_paths.add(org.path)

    def organization_of(self, page):
        return self.organizations.get(page.path[: -Page.steplen])

    # Images inside page bodies

    def load_body_images(self, objects):
        wanted = set()
        for obj in objects:
            for language in (DEFAULT_LANGUAGE, *OTHER_LANGUAGES):
                stream = text(obj, "body", language)
                for block in getattr(stream, "raw_data", None) or []:
                    if block.get("type") == "image" and isinstance(block.get("value"), dict):
                        wanted.add(block["value"].get("image"))
        wanted -= set(self.images) | {None}
        if wanted:
            found = get_image_model().objects.in_bulk(wanted)
            self.load_renditions(found.values())
            self.images.update(found)

    # Pathways a program is a step of

    def pathways_of(self, program):
        if self._pathways is None:
            self._pathways = defaultdict(list)
            # In name order, as the pathways list is: the order survives an export and import.
            pathways = (
                PathwayPage.objects.live()
                .public()
                .order_by(localized_field_name("title", DEFAULT_LANGUAGE), "pk")
                .prefetch_related("steps")
            )
            for pathway in pathways:
                for step in pathway.steps.all():
                    for block in step.programs.raw_data:
                        self._pathways[block.get("value")].append((pathway, step))
        return self._pathways.get(program.pk, [])

    def term(self, obj):
        key = (type(obj), obj.pk)
        if key not in self._terms:
            self._terms[key] = taxonomy_term(obj)
        return self._terms[key]


def fetch_services(pks, batch, full=False):
    """The services with these page ids (found live and public by queries.py), in that order,
    with what mapping them reads: the one-to-one fields, or everything when `full`."""
    programs = ProgramPage.objects.filter(pk__in=pks).select_related("image")
    services = SupportServicePage.objects.filter(pk__in=pks)
    if full:
        common = ("eligibility_tags", "delivery_languages")
        programs = programs.prefetch_related(
            "interests",
            "supports",
            *common,
            Prefetch("sessions", ProgramSession.objects.select_related("location")),
        )
        services = services.prefetch_related(
            "support_types",
            *common,
            Prefetch("service_locations", ServiceLocation.objects.select_related("location")),
        )
    found = {page.pk: page for page in chain(programs, services)}
    batch.load_renditions([page.image for page in found.values() if isinstance(page, ProgramPage)])
    batch.load_organizations(found.values())
    if full:
        batch.load_body_images(found.values())
    return [found[pk] for pk in pks if pk in found]


def fetch_organizations(pks, batch, full=False):
    organizations = OrganizationPage.objects.filter(pk__in=pks).select_related("logo")
    if full:
        organizations = organizations.prefetch_related(
            Prefetch("locations", OrganizationLocation.objects.select_related("location")),
            "ways_to_work_together",
        )
    found = {org.pk: org for org in organizations}
    batch.remember_organizations(found.values())
    batch.load_renditions([org.logo for org in found.values()])
    if full:
        batch.load_body_images(found.values())
    return [found[pk] for pk in pks if pk in found]


# --- Text in other languages ----------------------------------------------------------------


def body(stream, batch):
    """A StreamField as portable blocks: headings, paragraphs as HTML, questions, images."""
    blocks = []
    for block in getattr(stream, "raw_data", None) or []:
        kind, value = block.get("type"), block.get("value")
        if kind == "paragraph":
            value = expand_db_html(value or "")
        elif kind == "image" and isinstance(value, dict):
            image = batch.images.get(value.get("image"))
            value = _clean(
                {
                    "url": batch.image_url(image),
                    "caption": value.get("caption"),
                    "alt_text": value.get("alt_text"),
                }
            )
        blocks.append({"type": kind, "value": value})
    return blocks


def translations(obj, fields, batch=None, extra=None):
    """{language: {hsds field: text}} for each other hub language `obj` is written in.

    `fields` maps HSDS field names to the hub's; `extra(language)` adds fields (a URL) to each
    language present."""
    result = {}
    for language in OTHER_LANGUAGES:
        entry = {}
        for key, field in fields.items():
            value = text(obj, field, language)
            if not has_content(value):
                continue
            if field == "body":
                value = body(value, batch)
            elif field == "synonyms":
                value = [s.strip() for s in value.split(",") if s.strip()]
            entry[key] = value
        if entry:
            if extra is not None:
                entry.update(extra(language))
            result[language] = entry
    return result


# --- Taxonomies -----------------------------------------------------------------------------


def taxonomy(t):
    return {"id": t.id, "name": t.name, "description": t.description}


def taxonomy_term(obj):
    t = TAXONOMY_OF_MODEL[type(obj)]
    record = {
        "id": ids.term_id(t.code, obj.slug),
        "code": obj.slug,
        "name": text(obj, "name") or obj.slug,
        # HSDS requires one; a term staff gave none is described by its name.
        "description": text(obj, "description") or text(obj, "name") or obj.slug,
        "taxonomy": t.name,
        "taxonomy_detail": taxonomy(t),
        "language": DEFAULT_LANGUAGE,
        "taxonomy_id": t.id,
        "x_hub_synonyms": [
            s.strip() for s in (text(obj, "synonyms") or "").split(",") if s.strip()
        ],
        "x_hub_sector": getattr(obj, "sector", None),
        "x_hub_icon": getattr(obj, "icon", None),
        "x_hub_translations": translations(
            obj, {"name": "name", "description": "description", "x_hub_synonyms": "synonyms"}
        ),
    }
    return _clean(record) | {"description": record["description"]}


def _attribute(service_id, link_type, term):
    return {
        "id": ids.derived("attribute", service_id, link_type, term["id"]),
        "link_id": service_id,
        "link_type": link_type,
        "link_entity": "service",
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
    }


def service_terms(page):
    """(link_type, term object) for every taxonomy term the service is tagged with."""
    if isinstance(page, ProgramPage):
        linked = [("interest", page.interests.all()), ("support_offered", page.supports.all())]
    else:
        linked = [("support_type", page.support_types.all())]
    linked.append(("eligibility", page.eligibility_tags.all()))
    return [(link_type, obj) for link_type, objects in linked for obj in objects]


# --- Locations ------------------------------------------------------------------------------


def location(place, batch, full=True):
    location_id = ids.location_id(place)
    record = {
        "id": location_id,
        "location_type": "physical",
        "name": place.name,
        "transportation": text(place, "transit_notes"),
        # A point the hub placed at the ZIP code's centre is not the source's: left out.
        "latitude": _coordinate(place.latitude, place),
        "longitude": _coordinate(place.longitude, place),
        "x_hub_translations": translations(place, {"transportation": "transit_notes"}),
    }
    if full:
        record["addresses"] = [
            {
                "id": ids.derived("address", location_id),
                "location_id": location_id,
                "address_1": place.street_address,
                "city": place.city,
                "state_province": place.state,
                "postal_code": place.postal_code,
                "country": "US",
                "address_type": "physical",
            }
        ]
        record["accessibility"] = []
        if has_content(text(place, "accessibility_notes")):
            record["accessibility"].append(
                {
                    "id": ids.derived("accessibility", location_id),
                    "location_id": location_id,
                    "description": text(place, "accessibility_notes"),
                    "x_hub_translations": translations(
                        place, {"description": "accessibility_notes"}
                    ),
                }
            )
        record["schedules"] = []
        if has_content(text(place, "hours")):
            record["schedules"].append(
                {
                    "id": ids.derived("schedule", "location", location_id),
                    "location_id": location_id,
                    "description": text(place, "hours"),
                    "x_hub_translations": translations(place, {"description": "hours"}),
                }
            )
    return _clean(record)


def _coordinate(value, place):
    return None if value is None or place.position_from_zip else float(value)


def places_of(page):
    """[(Location, [what happens there])] in the order the listing gives them: a program's
    sessions, a support service's locations with their hours."""
    places = {}
    rows = page.sessions.all() if isinstance(page, ProgramPage) else page.service_locations.all()
    for row in rows:
        if row.location_id is None:
            continue
        places.setdefault(row.location_id, (row.location, []))[1].append(row)
    return list(places.values())


def _schedule(row, service_id, sal_id, page):
    if isinstance(row, ServiceLocation):
        return _clean(
            {
                "id": ids.schedule_id(row, "service_location"),
                "service_id": service_id,
                "service_at_location_id": sal_id,
                "description": text(row, "hours"),
                "x_hub_translations": translations(row, {"description": "hours"}),
            }
        )
    return _clean(
        {
            "id": ids.schedule_id(row, "session"),
            "service_id": service_id,
            "service_at_location_id": sal_id,
            "valid_from": row.start_date.isoformat(),
            "valid_to": row.end_date.isoformat() if row.end_date else None,
            "description": text(row, "days_and_times"),
            "attending_type": ATTENDING.get(page.format),
            "x_hub_time_slot": row.time_slot,
            "x_hub_seats": row.seats,
            "x_hub_application_deadline": (
                row.application_deadline.isoformat() if row.application_deadline else None
            ),
            "x_hub_translations": translations(row, {"description": "days_and_times"}),
        }
    )


def _schedules(rows, service_id, page, sal_id_of):
    """The schedules of these sessions or opening hours (rows with nothing to say left out)."""
    schedules = [_schedule(row, service_id, sal_id_of(row), page) for row in rows]
    return [s for s in schedules if set(s) - {"id", "service_id", "service_at_location_id"}]


def service_at_location(page, place, rows, batch, full=True, with_service=False):
    """One (service, place) pair. `rows` are the sessions or hours of the service there."""
    service_id = ids.page_id(page)
    location_id = ids.location_id(place)
    sal_id = ids.service_at_location_id(service_id, location_id)
    record = {
        "id": sal_id,
        "service_id": service_id,
        "location_id": location_id,
        "location": location(place, batch, full=full),
    }
    if full:
        record["schedules"] = _schedules(rows, service_id, page, lambda row: sal_id)
    if with_service:
        record["service"] = service(page, batch, full=full, locations=False)
    return record


# --- Services -------------------------------------------------------------------------------


def _phone(owner_field, owner_id, role, number, description, **more):
    return {
        "id": ids.derived("phone", owner_id, role),
        owner_field: owner_id,
        "number": number,
        "type": "voice",
        "description": description,
        **more,
    }


def _cost_options(page, service_id):
    if not page.cost_type:
        return []  # the cost is not known: no option is made up
    amount = _number(page.cost_amount)
    if page.cost_type == page.CostType.FREE:
        amount = 0
    return [
        _clean(
            {
                "id": ids.derived("cost_option", service_id, page.cost_type),
                "service_id": service_id,
                "option": COST_OPTION.get(page.cost_type, page.cost_type),
                "currency": "USD",
                "amount": amount,
                "amount_description": text(page, "cost_notes"),
            }
        )
    ]


def service(page, batch, full=False, organization=True, locations=True):
    """A program or support service. `full` adds the one-to-many parts (the service endpoint);
    without it the one-to-one fields of a list item."""
    service_id = ids.page_id(page)
    org = batch.organization_of(page)
    is_program = isinstance(page, ProgramPage)
    minimum_age, maximum_age = ages(page.grade_min, page.grade_max)
    record = {
        "id": service_id,
        "organization_id": ids.page_id(org) if org else None,
        "name": text(page, "title"),
        "description": text(page, "summary") or "",
        # The provider's own page (HSDS's meaning); the hub's page about it is x_hub_url.
        "url": page.website or page.apply_url or None,
        "x_hub_url": batch.page_url(page),
        "email": page.contact_email or page.apply_email,
        # A service kept unpublished (its source said it is not active) goes out inactive.
        "status": "active" if page.live else "inactive",
        "interpretation_services": (
            "Interpretation is available on request." if page.interpretation_on_request else None
        ),
        "application_process": text(page, "how_to_apply"),
        "fees_description": text(page, "cost_notes"),
        "eligibility_description": text(page, "eligibility_notes"),
        "minimum_age": minimum_age,
        "maximum_age": maximum_age,
        "assured_date": page.last_verified.isoformat() if page.last_verified else None,
        "last_modified": timestamp(modified(page)),
        "x_hub_type": "program" if is_program else "support_service",
        # Only what is known: no grades, no cost when the source gave none (the ages say an
        # end known alone).
        "x_hub_grades": (
            grades(page.grade_min, page.grade_max)
            if page.grade_min is not None and page.grade_max is not None
            else None
        ),
        "x_hub_cost": _clean(
            {
                "type": page.cost_type,
                "amount": _number(page.cost_amount),
                "currency": "USD" if page.cost_amount is not None else None,
                "fee_waiver_available": page.fee_waiver_available,
            }
        )
        if page.cost_type
        else None,
        "x_hub_interpretation_on_request": page.interpretation_on_request,
        "x_hub_translated_materials": page.translated_materials,
        "x_hub_apply": _clean(
            {"url": page.apply_url, "phone": page.apply_phone, "email": page.apply_email}
        ),
    }
    fields = {
        "name": "title",
        "description": "summary",
        "application_process": "how_to_apply",
        "fees_description": "cost_notes",
        "eligibility_description": "eligibility_notes",
    }
    if is_program:
        record |= {
            "x_hub_kind": page.kind,
            "x_hub_format": page.format,
            "x_hub_credentials": {
                "college_credit": page.earns_college_credit,
                "certificate": page.earns_certificate,
                "industry_certification": page.earns_industry_certification,
            },
            "x_hub_credential_notes": text(page, "credential_notes"),
            "x_hub_image": (
                _clean({"url": batch.image_url(page.image), "title": page.image.title})
                if page.image_id
                else None
            ),
        }
        fields["x_hub_credential_notes"] = "credential_notes"
    if full:
        fields["x_hub_body"] = "body"
    record["x_hub_translations"] = translations(
        page,
        fields,
        batch,
        extra=lambda language: _clean({"x_hub_url": batch.page_url(page, language)}),
    )
    if organization and org is not None:
        record["organization"] = organization_record(org, batch)
    if full:
        record |= _service_parts(page, service_id, batch, locations)
    return _clean(record)


def _service_parts(page, service_id, batch, locations):
    phones, contacts = [], []
    contact_phone = None
    if page.contact_phone:
        contact_phone = _phone("service_id", service_id, "contact", page.contact_phone, "Contact")
        phones.append(contact_phone)
    if page.apply_phone and page.apply_phone != page.contact_phone:
        phones.append(_phone("service_id", service_id, "apply", page.apply_phone, "Applications"))
    if page.contact_name or page.contact_email or page.contact_phone:
        contact_id = ids.derived("contact", service_id)
        contacts.append(
            _clean(
                {
                    "id": contact_id,
                    "service_id": service_id,
                    "name": page.contact_name,
                    "email": page.contact_email,
                    "phones": [contact_phone | {"contact_id": contact_id}] if contact_phone else [],
                }
            )
        )

    places = places_of(page)
    sals = {
        place.pk: ids.service_at_location_id(service_id, ids.location_id(place))
        for place, _rows in places
    }
    rows = page.sessions.all() if isinstance(page, ProgramPage) else page.service_locations.all()
    schedules = _schedules(rows, service_id, page, lambda row: sals.get(row.location_id))
    parts = {
        "phones": phones,
        "schedules": schedules,
        "languages": [
            {
                "id": ids.derived("language", service_id, language.code),
                "service_id": service_id,
                "name": language.english_name,
                "code": language.code.split("-")[0],
                "x_hub_code": language.code,
                "x_hub_endonym": language.endonym,
            }
            for language in page.delivery_languages.all()
        ],
        "cost_options": _cost_options(page, service_id),
        "contacts": contacts,
        "attributes": [
            _attribute(service_id, link_type, batch.term(obj))
            for link_type, obj in service_terms(page)
        ],
        "x_hub_body": body(text(page, "body"), batch),
    }
    if locations:
        parts["service_at_locations"] = [
            service_at_location(page, place, there, batch) for place, there in places
        ]
    if isinstance(page, ProgramPage):
        parts["x_hub_pathways"] = [
            _clean(
                {
                    "id": ids.page_id(pathway),
                    "name": text(pathway, "title"),
                    "url": batch.page_url(pathway),
                    "step": {
                        "band": step.band,
                        "title": text(step, "title"),
                        "grades": grades(step.grade_min, step.grade_max),
                    },
                }
            )
            for pathway, step in batch.pathways_of(page)
        ]
    return parts


def minimal_service(page):
    """What `minimal=true` asks for: "just service 'id' and 'modified_date'" (HSDS's field for
    that date is last_modified)."""
    return {"id": ids.page_id(page), "last_modified": timestamp(modified(page))}


# --- Organizations --------------------------------------------------------------------------


def organization_record(org, batch, full=False, services=None):
    """An organization; `full` adds its locations, phones, contacts, body and, when given, its
    services (already mapped)."""
    org_id = ids.page_id(org)
    fields = {"name": "title", "description": "summary"}
    if full:
        fields["x_hub_body"] = "body"
    record = {
        "id": org_id,
        "name": text(org, "title"),
        "description": text(org, "summary") or "",
        "email": org.email,
        "website": org.website,
        "logo": batch.image_url(org.logo) if org.logo_id else None,
        "x_hub_kind": org.kind,
        "x_hub_url": batch.page_url(org),
        "x_hub_translations": translations(
            org,
            fields,
            batch,
            extra=lambda language: _clean({"x_hub_url": batch.page_url(org, language)}),
        ),
    }
    if full:
        contact_id = ids.derived("contact", org_id, "partnerships")
        contact_phone = None
        if org.partnership_contact_phone:
            contact_phone = _phone(
                "contact_id",
                contact_id,
                "partnerships",
                org.partnership_contact_phone,
                "Partnerships",
            )
        record |= {
            "phones": (
                [_phone("organization_id", org_id, "main", org.phone, "Main")] if org.phone else []
            ),
            "contacts": (
                [
                    _clean(
                        {
                            "id": contact_id,
                            "organization_id": org_id,
                            "name": org.partnership_contact_name,
                            "department": "Partnerships",
                            "email": org.partnership_contact_email,
                            "phones": [contact_phone] if contact_phone else [],
                        }
                    )
                ]
                if (
                    org.partnership_contact_name
                    or org.partnership_contact_email
                    or org.partnership_contact_phone
                )
                else []
            ),
            "locations": [location(row.location, batch) for row in org.locations.all()],
            "x_hub_body": body(text(org, "body"), batch),
            "x_hub_ways_to_work_together": [
                _clean(
                    {
                        "way": way.way,
                        "description": text(way, "description"),
                        "x_hub_translations": translations(way, {"description": "description"}),
                    }
                )
                for way in org.ways_to_work_together.all()
            ],
        }
        if services is not None:
            record["services"] = services
    return _clean(record)


# --- Pathways (profile only) ----------------------------------------------------------------


def pathway(page, batch, live_programs, live_organizations, term_ids):
    """A career pathway; `live_*` map page ids to HSDS ids of what may be named."""
    fields = {
        "name": "title",
        "description": "summary",
        "sector": "sector",
        "credentials": "credentials",
        "body": "body",
    }
    steps = [_step(step, live_programs) for step in page.steps.all()]
    wage = None
    if page.typical_wage_low is not None or page.typical_wage_high is not None:
        wage = _clean(
            {
                "low": page.typical_wage_low,
                "high": page.typical_wage_high,
                "currency": "USD",
                "per": "hour",
            }
        )
    record = {
        "id": ids.page_id(page),
        "name": text(page, "title"),
        "description": text(page, "summary") or "",
        "url": batch.page_url(page),
        "sector": text(page, "sector"),
        "grades": (grades(page.grade_min, page.grade_max) if page.grade_min is not None else None),
        "credentials": text(page, "credentials"),
        "typical_wage": wage,
        "taxonomy_term_ids": [term_ids[i.pk] for i in page.interests.all() if i.pk in term_ids],
        "employer_organization_ids": [
            live_organizations[o.pk]
            for o in _by_name(page.employer_partners.all())
            if o.pk in live_organizations
        ],
        "college_organization_ids": [
            live_organizations[o.pk]
            for o in _by_name(page.colleges.all())
            if o.pk in live_organizations
        ],
        "steps": steps,
        "last_modified": timestamp(modified(page)),
        "body": body(text(page, "body"), batch),
        "x_hub_translations": translations(
            page,
            fields,
            batch,
            extra=lambda language: _clean({"url": batch.page_url(page, language)}),
        ),
    }
    return _clean(record)


def _by_name(pages):
    """In name order, then by HSDS id: the same order in any database holding these pages."""
    return sorted(pages, key=lambda page: (text(page, "title") or "", str(page.translation_key)))


def _step(step, live_programs):
    record = {
        "band": step.band,
        "title": text(step, "title"),
        "description": text(step, "description"),
        "credential": text(step, "credential"),
        "x_hub_translations": translations(
            step, {"title": "title", "description": "description", "credential": "credential"}
        ),
    }
    return _clean(record) | {
        "grades": grades(step.grade_min, step.grade_max),
        "service_ids": [
            live_programs[block.get("value")]
            for block in step.programs.raw_data
            if block.get("value") in live_programs
        ],
    }
