"""The hub's HSDS profile: what the hub knows that HSDS 3.0 has no field for.

A profile is a set of JSON merge patches (RFC 7396) over the official schema files, named by
their path in the specification (`schema/compiled/service.json`...). Applying a patch to the
official file gives the schema our responses follow. Every added field starts with `x_hub_`,
and no official field is changed or removed, so a plain HSDS consumer can ignore them all.

The one rule for text: the English text is the HSDS field itself (`name`, `description`...),
and `x_hub_translations` on the same object holds that object's own text fields in each other
hub language the text is written in, under the same field names (only the fields written in
that language). `url` there is the same page in that language."""

from django.conf import settings

from hub.directory.grades import POST_SECONDARY, PREK
from hub.directory.models import (
    Interest,
    OrganizationPage,
    PartnershipWay,
    PathwayStep,
    ProgramPage,
    ProgramSession,
)

from .ids import NAMESPACE

HSDS_VERSION = "3.0"
PROFILE_VERSION = "1"
# Where the official files live; the patches are named by their path below it.
OFFICIAL_SCHEMA = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
OTHER_LANGUAGES = [code for code, _n in settings.HUB_LANGUAGES if code != DEFAULT_LANGUAGE]


def _string(description, **more):
    return {"type": "string", "description": description, **more}


def _boolean(description):
    return {"type": "boolean", "description": description}


def _choice(choices, description):
    return {
        "type": "string",
        "enum": [value for value, _label in choices],
        "description": description,
    }


GRADE = {
    "type": "integer",
    "minimum": PREK,
    "maximum": POST_SECONDARY,
    "description": f"{PREK} is pre-K, 0 kindergarten, 1-12 the grades, {POST_SECONDARY} after "
    "high school (college, apprenticeship, adult learners).",
}
GRADES = {
    "type": "object",
    "description": "The exact grades the listing is for (minimum_age and maximum_age are the "
    "usual ages of those grades).",
    "properties": {"min": GRADE, "max": GRADE},
    "required": ["min", "max"],
}
BODY = {
    "type": "array",
    "description": "The page's long text, block by block as the hub shows it: heading (text), "
    "paragraph (HTML), question ({question, answer}), image ({url, caption, alt_text}).",
    "items": {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["heading", "paragraph", "question", "image"]},
            "value": {},
        },
        "required": ["type", "value"],
    },
}


def _translations(fields):
    """`x_hub_translations`: {language: {field: text}} for the hub languages written."""
    return {
        "type": "object",
        "description": "This object's text in the other hub languages it is written in, under "
        "the same field names as the English (only the fields written in that language).",
        "propertyNames": {"enum": OTHER_LANGUAGES},
        "additionalProperties": {
            "type": "object",
            "properties": fields,
            "additionalProperties": False,
            "minProperties": 1,
        },
    }


TEXT = {"type": "string"}
URL = {"type": "string", "format": "uri"}

# --- The fields added to each HSDS object ------------------------------------------------------

SERVICE = {
    "x_hub_type": _string(
        "Which kind of hub listing this service is.", enum=["program", "support_service"]
    ),
    "x_hub_kind": _choice(ProgramPage.Kind.choices, "What kind of program (programs only)."),
    "x_hub_format": _choice(
        ProgramPage.Format.choices, "How a program is attended (programs only)."
    ),
    "x_hub_url": _string(
        "The service's page on the hub. The HSDS `url` is the provider's own page about the "
        "service (its website, else its application link), as HSDS means it.",
        format="uri",
    ),
    "x_hub_grades": GRADES,
    "x_hub_cost": {
        "type": "object",
        "description": "The cost as the hub records it (cost_options says the same in HSDS "
        "terms; fees_description holds the cost notes).",
        "properties": {
            "type": {"type": "string", "enum": ["free", "fixed", "sliding"]},
            "amount": {"type": "number", "minimum": 0},
            "currency": {"type": "string", "enum": ["USD"]},
            "fee_waiver_available": {"type": "boolean"},
        },
        "required": ["type", "fee_waiver_available"],
    },
    "x_hub_interpretation_on_request": _boolean(
        "An interpreter can be arranged for languages staff do not speak."
    ),
    "x_hub_translated_materials": _boolean("Written materials exist in other languages."),
    "x_hub_apply": {
        "type": "object",
        "description": "Where and how to apply (application_process holds the steps).",
        "properties": {
            "url": URL,
            "phone": TEXT,
            "email": {"type": "string", "format": "email"},
        },
    },
    "x_hub_credentials": {
        "type": "object",
        "description": "What a participant can earn (programs only).",
        "properties": {
            "college_credit": {"type": "boolean"},
            "certificate": {"type": "boolean"},
            "industry_certification": {"type": "boolean"},
        },
        "required": ["college_credit", "certificate", "industry_certification"],
    },
    "x_hub_credential_notes": _string("Details of the credentials earned (programs only)."),
    "x_hub_image": {
        "type": "object",
        "description": "The program's picture (a copy at most 1200 px, WebP).",
        "properties": {"url": URL, "title": TEXT},
        "required": ["url"],
    },
    "x_hub_body": BODY,
    "x_hub_pathways": {
        "type": "array",
        "description": "The hub's career pathways this program is a step of "
        "(see /pathways/{id} for the whole pathway).",
        "items": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": TEXT,
                "url": URL,
                "step": {
                    "type": "object",
                    "properties": {
                        "band": {"type": "string", "enum": PathwayStep.Band.values},
                        "title": TEXT,
                        "grades": GRADES,
                    },
                },
            },
            "required": ["id", "name"],
        },
    },
    "x_hub_translations": _translations(
        {
            "name": TEXT,
            "description": TEXT,
            "x_hub_url": URL,
            "application_process": TEXT,
            "fees_description": TEXT,
            "eligibility_description": TEXT,
            "x_hub_credential_notes": TEXT,
            "x_hub_body": BODY,
        }
    ),
}

ORGANIZATION = {
    "x_hub_kind": _choice(OrganizationPage.Kind.choices, "What kind of organization."),
    "x_hub_url": _string("The organization's page on the hub.", format="uri"),
    "x_hub_body": BODY,
    "x_hub_ways_to_work_together": {
        "type": "array",
        "description": "How employers, colleges and groups can work with this organization.",
        "items": {
            "type": "object",
            "properties": {
                "way": {"type": "string", "enum": PartnershipWay.Way.values},
                "description": TEXT,
                "x_hub_translations": _translations({"description": TEXT}),
            },
            "required": ["way"],
        },
    },
    "x_hub_translations": _translations(
        {"name": TEXT, "description": TEXT, "x_hub_url": URL, "x_hub_body": BODY}
    ),
}

LOCATION = {"x_hub_translations": _translations({"transportation": TEXT})}
ACCESSIBILITY = {"x_hub_translations": _translations({"description": TEXT})}

SCHEDULE = {
    "x_hub_time_slot": _choice(
        ProgramSession.TimeSlot.choices, "When in the week a program session meets."
    ),
    "x_hub_seats": {"type": "integer", "minimum": 0, "description": "Seats in the session."},
    "x_hub_application_deadline": _string(
        "The last day to apply for the session (YYYY-MM-DD).", format="date"
    ),
    "x_hub_translations": _translations({"description": TEXT}),
}

LANGUAGE = {
    "x_hub_code": _string("The hub's own code for the language (e.g. zh-hans)."),
    "x_hub_endonym": _string("The language's name in itself (e.g. Español)."),
}

TAXONOMY_TERM = {
    "x_hub_synonyms": {
        "type": "array",
        "items": TEXT,
        "description": "Other English words families use for this term.",
    },
    "x_hub_sector": _choice(
        Interest.Sector.choices,
        "The sector of an interest: interests of one sector are neighbours.",
    ),
    "x_hub_icon": _string("One emoji or short symbol."),
    "x_hub_translations": _translations(
        {"name": TEXT, "description": TEXT, "x_hub_synonyms": {"type": "array", "items": TEXT}}
    ),
}


# --- Where those objects sit in each official file ---------------------------------------------


def _object(fields, **children):
    return {"properties": {**fields, **children}}


def _array(item):
    return {"items": item}


_schedules = _array(_object(SCHEDULE))
_location = _object(LOCATION, accessibility=_array(_object(ACCESSIBILITY)), schedules=_schedules)
_full_service = dict(
    schedules=_schedules,
    languages=_array(_object(LANGUAGE)),
    service_at_locations=_array({"properties": {"location": _location, "schedules": _schedules}}),
    attributes=_array({"properties": {"taxonomy_term": _object(TAXONOMY_TERM)}}),
)

PATCHES = {
    "compiled/service.json": _object(SERVICE, organization=_object(ORGANIZATION), **_full_service),
    "compiled/service_list.json": _object(SERVICE, organization=_object(ORGANIZATION)),
    "compiled/organization.json": _object(
        ORGANIZATION,
        locations=_array(_location),
        services=_array(_object(SERVICE, **_full_service)),
    ),
    "compiled/organization_list.json": _object(ORGANIZATION),
    "compiled/service_at_location.json": _object(
        {},
        location=_location,
        schedules=_schedules,
        service=_object(
            SERVICE,
            organization=_object(ORGANIZATION),
            **{k: v for k, v in _full_service.items() if k != "service_at_locations"},
        ),
    ),
    "compiled/service_at_location_list.json": _object(
        {},
        location=_object(LOCATION),
        service=_object(SERVICE, organization=_object(ORGANIZATION)),
    ),
    "taxonomy_term.json": _object(TAXONOMY_TERM),
}

# --- Pathways: hub listings with no HSDS object at all -----------------------------------------

_step = {
    "type": "object",
    "properties": {
        "band": {"type": "string", "enum": PathwayStep.Band.values},
        "title": TEXT,
        "description": TEXT,
        "credential": TEXT,
        "grades": GRADES,
        "service_ids": {
            "type": "array",
            "items": {"type": "string", "format": "uuid"},
            "description": "The services (programs) to take at this step.",
        },
        "x_hub_translations": _translations(
            {"title": TEXT, "description": TEXT, "credential": TEXT}
        ),
    },
    "required": ["band", "title", "grades", "service_ids"],
    "additionalProperties": False,
}

PATHWAY = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Career pathway",
    "description": "A route from middle school to a job, step by step and grade band by grade "
    "band, across organizations. Served at /pathways and /pathways/{id}.",
    "type": "object",
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "name": TEXT,
        "description": TEXT,
        "url": URL,
        "sector": TEXT,
        "grades": GRADES,
        "credentials": _string("The credentials one can earn along the way."),
        "typical_wage": {
            "type": "object",
            "description": "Typical hourly wages, starting and experienced, in USD.",
            "properties": {
                "low": {"type": "integer", "minimum": 0},
                "high": {"type": "integer", "minimum": 0},
                "currency": {"type": "string", "enum": ["USD"]},
                "per": {"type": "string", "enum": ["hour"]},
            },
            "required": ["currency", "per"],
        },
        "taxonomy_term_ids": {"type": "array", "items": {"type": "string", "format": "uuid"}},
        "employer_organization_ids": {
            "type": "array",
            "items": {"type": "string", "format": "uuid"},
        },
        "college_organization_ids": {
            "type": "array",
            "items": {"type": "string", "format": "uuid"},
        },
        "steps": {"type": "array", "items": _step},
        "last_modified": {"type": "string", "format": "date-time"},
        "body": BODY,
        "x_hub_translations": _translations(
            {
                "name": TEXT,
                "description": TEXT,
                "url": URL,
                "sector": TEXT,
                "credentials": TEXT,
                "body": BODY,
            }
        ),
    },
    "required": ["id", "name", "description", "steps"],
    "additionalProperties": False,
}

ATTRIBUTE_LINK_TYPES = {
    "interest": "the service is about this interest (taxonomy: interests)",
    "support_offered": "a program offers this support to its participants (taxonomy: support "
    "types)",
    "support_type": "a support service is this kind of help (taxonomy: support types)",
    "eligibility": "the service is meant for these people (taxonomy: eligibility)",
}


def document(base_url):
    """The profile as served at its URL: what it is, and every patch."""
    return {
        "name": "STEM Opportunity Hub HSDS profile",
        "version": PROFILE_VERSION,
        "hsds_version": HSDS_VERSION,
        "url": f"{base_url}profile/",
        "description": (
            "HSDS 3.0 with the facts a regional STEM learning directory keeps about programs "
            "and support services for children and families: exact grades, program kind and "
            "format, the text in every language it is written in, career pathways, sessions, "
            "credentials and how to apply. Programs and support services are HSDS services; "
            "their organization is the partner that runs them; sessions are schedules; places "
            "are locations. Added fields start with x_hub_ and change no official field."
        ),
        "base_schema": OFFICIAL_SCHEMA,
        "patch_format": "application/merge-patch+json (RFC 7396), one per official schema "
        "file, named by its path below base_schema",
        "schemas": {f"schema/{path}": patch for path, patch in PATCHES.items()},
        "additional_schemas": {"x_hub_pathway.json": PATHWAY},
        "additional_endpoints": {
            "/pathways": "Paginated career pathways (items follow x_hub_pathway.json).",
            "/pathways/{id}": "One career pathway.",
            "/profile/": "This document.",
            "/openapi.json": "The OpenAPI description of this API.",
        },
        "conventions": {
            "ids": "Services, organizations and pathways keep the UUID of their hub page "
            "for life; every other id is a uuid5 in the namespace "
            f"{NAMESPACE} of what it names, so it is the same in every response.",
            "language": f"Text fields are in English ({DEFAULT_LANGUAGE}); x_hub_translations "
            f"holds the other hub languages: {', '.join(OTHER_LANGUAGES)}. `languages` lists "
            "the languages a service is delivered in, not the languages its text is in.",
            "ages": "minimum_age and maximum_age are the usual ages of the grades in "
            "x_hub_grades (pre-K from 3, grade g from g + 5 to g + 6); after high school has "
            "no maximum age.",
            "attribute_link_types": ATTRIBUTE_LINK_TYPES,
            "status": "Only published, public listings are served; each is active.",
            "core": "?profile=core on any endpoint (and `export_hsds --core`) leaves out every "
            "field that starts with x_ (this profile's x_hub_ fields, and x_original_ values "
            "that were no valid uri or email), for validators that refuse any field the "
            "official schemas do not name.",
            "formats": "A uri or email value an import gave without its scheme (www.x.org) "
            "is given with it (https://www.x.org); one that cannot be completed moves to "
            "x_original_<field>.",
        },
    }


def core(value):
    """`value` with every field that starts with x_ left out, at any depth: plain HSDS 3.0."""
    if isinstance(value, list):
        return [core(item) for item in value]
    if isinstance(value, dict):
        return {k: core(v) for k, v in value.items() if not k.startswith("x_")}
    return value
