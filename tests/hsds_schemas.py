"""The official HSDS 3.0 schemas in ../shared/hsds/ (read in place, never copied here), under
their official addresses, with and without the hub's profile; shared by the API and export
tests. The `schemas` fixture (tests/conftest.py) gives them; it skips when the folder is absent."""

import json
from pathlib import Path

import jsonschema
from django.conf import settings
from frictionless import validate
from referencing import Registry
from referencing.jsonschema import specification_with

HSDS = Path(settings.BASE_DIR).parent / "shared" / "hsds"
SCHEMA = HSDS / "schema"
# The address the official OpenAPI document gives each schema file; the local copies in
# ../shared/hsds/ are registered under it, so its $refs resolve without any network.
OFFICIAL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}
API = "/api/hsds"


# --- The official schemas and the profile ---------------------------------------------------


def merge_patch(target, patch):
    """RFC 7396."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def closed(schema):
    """The schema with every object closed to the properties it names: anything else fails."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: closed(value) for key, value in schema.items()}
    if isinstance(schema.get("properties"), dict) and "additionalProperties" not in schema:
        result["additionalProperties"] = False
    return result


def unknown_patch_paths(base, patch, where=""):
    """Where the patch would create a schema keyword or property that the official file lacks,
    apart from the x_hub_ fields it adds: a patch aimed at the wrong place."""
    wrong = []
    for key, value in patch.items():
        if key.startswith("x_hub_") and where.endswith("properties"):
            continue
        if not isinstance(base, dict) or key not in base:
            wrong.append(f"{where}/{key}")
        elif isinstance(value, dict):
            wrong += unknown_patch_paths(base[key], value, f"{where}/{key}")
    return wrong


def without_extensions(schema):
    if isinstance(schema, list):
        return [without_extensions(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        key: without_extensions(value)
        for key, value in schema.items()
        if not key.startswith("x_hub_")
    }


class Schemas:
    """The official files under their official addresses, with and without the profile."""

    def __init__(self, profile):
        openapi = json.loads((SCHEMA / "openapi.json").read_text())
        self.openapi = openapi
        # The compiled files carry no $schema: the OpenAPI document's dialect is theirs.
        self.validator = jsonschema.validators.validator_for(
            {"$schema": openapi["jsonSchemaDialect"]}
        )
        self.format_checker = self.validator.FORMAT_CHECKER
        self.official = {
            path.relative_to(SCHEMA).as_posix(): json.loads(path.read_text())
            for path in SCHEMA.rglob("*.json")
        }
        self.profile = profile
        patches = {name.removeprefix("schema/"): p for name, p in profile["schemas"].items()}
        self.patched = {
            name: merge_patch(contents, patches[name]) if name in patches else contents
            for name, contents in self.official.items()
        }
        self.registries = {
            "official": self._registry(self.official),
            "profiled": self._registry(
                {
                    name: contents if name == "openapi.json" else closed(contents)
                    for name, contents in self.patched.items()
                }
            ),
        }

    def _registry(self, files):
        specification = specification_with(self.openapi["jsonSchemaDialect"])
        return Registry().with_resources(
            (OFFICIAL + name, specification.create_resource(contents))
            for name, contents in files.items()
        )

    def errors(self, instance, ref, which):
        validator = self.validator(
            {"$ref": ref}, registry=self.registries[which], format_checker=self.format_checker
        )
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:300]}"
            for e in validator.iter_errors(instance)
        ]

    def check_response(self, body, api_path):
        """The official OpenAPI document's own schema for the 200 response at `api_path`."""
        pointer = api_path.replace("~", "~0").replace("/", "~1")
        ref = (
            f"{OFFICIAL}openapi.json#/paths/{pointer}/get/responses/200/content/"
            "application~1json/schema"
        )
        errors = self.errors(body, ref, "official")
        assert not errors, f"{api_path}: {errors[:5]}"

    def check_object(self, record, schema_file):
        """`record` is a valid `schema_file` object, and nothing in it is undeclared."""
        for which in ("official", "profiled"):
            errors = self.errors(record, OFFICIAL + schema_file, which)
            assert not errors, f"{schema_file} ({which}): {errors[:5]}"


def frictionless_errors(directory):
    """What `frictionless validate datapackage.json` reports, one line per error."""
    report = validate(directory / "datapackage.json")
    found = [f"{error.type}: {error.message}" for error in report.errors]
    for task in report.tasks:
        found += [f"{task.name}: {error.type}: {error.message}" for error in task.errors]
    return found[:20]
