"""The OpenAPI 3.1 description of /api/hsds/: the official HSDS 3.0 API's paths, parameters and
response schemas (referenced at the specification's own addresses), filled in for this hub, with
the profile's additions (pathways, the profile itself) marked as such."""

from .profile import HSDS_VERSION, OFFICIAL_SCHEMA, PROFILE_VERSION


def _parameter(name, description, kind="string", **schema):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": {"type": kind, **schema},
    }


PARAMETERS = {
    "profile": _parameter(
        "profile",
        "core: plain HSDS 3.0, every field that starts with x_ (the hub's profile) left out, "
        "for validators that refuse fields the official schemas do not name.",
        enum=["hub", "core"],
    ),
    "search": _parameter(
        "search", "Words found, case-insensitively, in the name or description, in any language."
    ),
    "page": _parameter("page", "Page number of paginated result (from 1).", "integer", minimum=1),
    "per_page": _parameter(
        "per_page",
        "Number of results requested in a single page (1-500, default 50).",
        "integer",
        minimum=1,
    ),
    "format": _parameter(
        "format",
        "json (default), or ndjson: every result, one JSON document per line, without paging.",
        enum=["json", "ndjson"],
    ),
    "taxonomy_term_id": _parameter(
        "taxonomy_term_id", "Only services tagged with this taxonomy term.", format="uuid"
    ),
    "taxonomy_id": _parameter(
        "taxonomy_id", "Only services tagged with any term of this taxonomy.", format="uuid"
    ),
    "organization_id": _parameter(
        "organization_id", "Only services of this organization.", format="uuid"
    ),
    "modified_after": _parameter(
        "modified_after",
        "Only results modified on or after this date or date-time (ISO 8601). A date alone "
        "means midnight UTC; a date-time without a zone is in the hub's time zone.",
        format="date-time",
    ),
    "minimal": _parameter(
        "minimal",
        "Services with just id and last_modified (the specification's 'id' and "
        "'modified_date'), all in one page (up to 10000).",
        "boolean",
    ),
    "full": _parameter(
        "full", "Return fully nested services, services at locations or organizations.", "boolean"
    ),
    "full_service": _parameter(
        "full_service", "Nest each organization's services fully.", "boolean"
    ),
    "postcode": _parameter(
        "postcode",
        "A US ZIP code: services at places in it, or within `proximity` of its centre.",
    ),
    "proximity": _parameter(
        "proximity", "Metres from the centre of `postcode` (up to 500000).", "number"
    ),
    "top_only": _parameter(
        "top_only", "Only top-level terms (all of the hub's taxonomies are flat).", "boolean"
    ),
    "parent_id": _parameter(
        "parent_id", "Only terms with this parent (the hub's terms have none).", format="uuid"
    ),
}

PAGE = {
    "type": "object",
    "properties": {
        "total_items": {"type": "integer"},
        "total_pages": {"type": "integer"},
        "page_number": {"type": "integer"},
        "size": {"type": "integer", "description": "The number of items in this page."},
        "first_page": {"type": "boolean"},
        "last_page": {"type": "boolean"},
        "empty": {"type": "boolean", "description": "True when this page has no item."},
    },
    "required": [
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
        "contents",
    ],
}

# What `minimal=true` returns: "just service 'id' and 'modified_date'".
MINIMAL_SERVICE = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "last_modified": {"type": "string", "format": "date-time"},
    },
    "required": ["id", "last_modified"],
    "additionalProperties": False,
}

ERRORS = {
    "400": {
        "description": "A parameter is wrong; `parameter` names it.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    },
    "404": {
        "description": "Nothing published has this id.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    },
    "429": {
        "description": "Too many requests from this client; Retry-After says when to ask again.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    },
}


def _official(path):
    return {"$ref": f"{OFFICIAL_SCHEMA}{path}"}


def _list(summary, item, parameters):
    return {
        "get": {
            "summary": summary,
            "parameters": [
                {"$ref": f"#/components/parameters/{name}"} for name in [*parameters, "profile"]
            ],
            "responses": {
                "200": {
                    "description": summary,
                    "content": {
                        "application/json": {
                            "schema": {
                                "allOf": [{"$ref": "#/components/schemas/Page"}],
                                "properties": {"contents": {"type": "array", "items": item}},
                            }
                        },
                        # format=ndjson: every item, one JSON document per line, without paging.
                        "application/x-ndjson": {"schema": item},
                    },
                },
                "400": ERRORS["400"],
                "429": ERRORS["429"],
            },
        }
    }


def _detail(summary, schema, parameters=()):
    return {
        "parameters": [
            {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}
        ],
        "get": {
            "summary": summary,
            "parameters": [
                {"$ref": f"#/components/parameters/{name}"} for name in [*parameters, "profile"]
            ],
            "responses": {
                "200": {
                    "description": summary,
                    "content": {"application/json": {"schema": schema}},
                },
                **ERRORS,
            },
        },
    }


PAGING = ["page", "per_page", "format"]
SERVICE_FILTERS = ["taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after"]


def document(base_url):
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "STEM Opportunity Hub: Open Referral HSDS API",
            "version": PROFILE_VERSION,
            "summary": f"The hub's programs, support services and partners as HSDS {HSDS_VERSION}.",
            "description": (
                "Read-only. Programs and support services are HSDS services. Responses follow "
                "the official HSDS 3.0 schemas with the hub's profile applied (added fields "
                f"start with x_hub_): {base_url}profile/. Only published, public listings "
                "appear."
            ),
        },
        "servers": [{"url": base_url.rstrip("/")}],
        "paths": {
            "/": {
                "get": {
                    "summary": "The HSDS version, profile and this document.",
                    "responses": {
                        "200": {
                            "description": "Meta information.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "version": {"type": "string"},
                                            "profile": {"type": "string", "format": "uri"},
                                            "openapi_url": {"type": "string", "format": "uri"},
                                        },
                                        "required": ["version", "profile", "openapi_url"],
                                    }
                                }
                            },
                        },
                        "429": ERRORS["429"],
                    },
                }
            },
            "/services": _list(
                "Services (programs and support services).",
                # minimal=true gives MinimalService items, full=true compiled/service.json ones.
                {
                    "anyOf": [
                        _official("compiled/service_list.json"),
                        {"$ref": "#/components/schemas/MinimalService"},
                    ]
                },
                ["search", *PAGING, *SERVICE_FILTERS, "minimal", "full"],
            ),
            "/services/{id}": _detail(
                "A fully nested service.", _official("compiled/service.json")
            ),
            "/service_at_locations": _list(
                "Each place each service happens at.",
                _official("compiled/service_at_location_list.json"),
                ["search", *SERVICE_FILTERS, "full", *PAGING, "postcode", "proximity"],
            ),
            "/service_at_locations/{id}": _detail(
                "A fully nested service at a location.",
                _official("compiled/service_at_location.json"),
            ),
            "/organizations": _list(
                "Organizations (the hub's partners).",
                _official("compiled/organization_list.json"),
                ["search", "full_service", "full", *PAGING],
            ),
            "/organizations/{id}": _detail(
                "A fully nested organization with its services.",
                _official("compiled/organization.json"),
                ["full_service"],
            ),
            "/taxonomies": _list(
                "The hub's taxonomies: interests, support types, eligibility.",
                _official("taxonomy.json"),
                ["search", *PAGING],
            ),
            "/taxonomies/{id}": _detail("A taxonomy.", _official("taxonomy.json")),
            "/taxonomy_terms": _list(
                "Taxonomy terms.",
                _official("taxonomy_term.json"),
                ["search", *PAGING, "taxonomy_id", "top_only", "parent_id"],
            ),
            "/taxonomy_terms/{id}": _detail("A taxonomy term.", _official("taxonomy_term.json")),
            "/pathways": _list(
                "Profile addition: career pathways.",
                {"$ref": f"{base_url}profile/#/additional_schemas/x_hub_pathway.json"},
                ["search", *PAGING],
            ),
            "/pathways/{id}": _detail(
                "Profile addition: a career pathway.",
                {"$ref": f"{base_url}profile/#/additional_schemas/x_hub_pathway.json"},
            ),
            "/profile/": {
                "get": {
                    "summary": "The hub's HSDS profile: JSON merge patches over the official "
                    "schema files.",
                    "responses": {
                        "200": {"description": "The profile."},
                        "429": ERRORS["429"],
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Page": PAGE,
                "MinimalService": MINIMAL_SERVICE,
                "Problem": {
                    "type": "object",
                    "properties": {"parameter": {"type": "string"}, "message": {"type": "string"}},
                    "required": ["message"],
                },
            },
            "parameters": PARAMETERS,
        },
    }
