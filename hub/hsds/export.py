"""The whole directory in HSDS 3.0, as files another directory can load:

- the JSON form: `json/organizations.json` (every published organization with its services,
  fully nested, `x_hub_` profile fields included), `json/taxonomies.json`,
  `json/taxonomy_terms.json`, `json/pathways.json` (the profile's career pathways),
  `json/kept.json` (records an import brought that the hub has no place for, by table);
- the tabular form: one CSV per HSDS table (`services.csv`, `phones.csv`...) with the official
  columns in the official order, and `datapackage.json` describing them. The CSVs hold HSDS's
  own columns only; the profile's `x_hub_` fields travel in the JSON form.

What an import brought that the hub has no field for is given back as it came (patches.py):
records the hub could not place at all (`KeptRecord`) in the CSVs and in the JSON form
(taxonomies and terms in their own files, the rest in `kept.json`).

The same database gives byte-identical files: rows are ordered by id, keys are sorted."""

import io
import json
from pathlib import Path

from django.test import RequestFactory
from wagtail.models import Site

from hub.formula_cells import SafeWriter

from . import formats, ids, mapping, patches, profile, queries
from .mapping import Batch
from .models import HeldBack, KeptRecord
from .tables import ENUM, REQUIRED, TABLE_OF_KEY, TABLES, TABULAR_TYPE, UNIQUE, foreign_keys
from .views import organization_records, pathway_records


def documents(request):
    """The JSON form: {"organizations": [...], "taxonomies": [...], "taxonomy_terms": [...],
    "pathways": [...]}, with what imports brought and the hub has no field for given back."""
    batch = Batch(request, originals=True)  # a hub re-imports pictures by their files
    keys = list(queries.organization_keys())
    organizations = []
    for start in range(0, len(keys), 100):  # a bounded number of pages in memory at once
        organizations.extend(organization_records(keys[start : start + 100], batch, True, True))
    _add_held_back(organizations, batch)
    kept = kept_records()
    docs = {
        "organizations": organizations,
        "taxonomies": [mapping.taxonomy(t) for t in mapping.TAXONOMIES] + kept.get("taxonomy", []),
        "taxonomy_terms": [batch.term(obj) for _t, obj, _id in queries.all_terms()]
        + kept.get("taxonomy_term", []),
        "pathways": pathway_records(list(queries.pathway_keys()), batch),
        # Every other record the hub had no place for (a place with no street address, a
        # service_at_location of a service not given...), by table, for the next import.
        "kept": {t: rows for t, rows in kept.items() if t not in ("taxonomy", "taxonomy_term")},
    }
    patches.patch_documents(
        {"organization": docs["organizations"], "taxonomy_term": docs["taxonomy_terms"]},
        patches.stored_patches(),
    )
    made_valid(docs)
    return docs


# --- What an older file gave, made valid HSDS 3.0 ----------------------------------------------


TOP = (
    ("organizations", "organization"),
    ("taxonomies", "taxonomy"),
    ("taxonomy_terms", "taxonomy_term"),
)


def made_valid(docs):
    """Records an import gave back as they came that HSDS 3.0 would refuse, in place: an id that
    is not a UUID in lower case (HSDS 1.x allowed any text; the 1.1 sample's program has a UUID
    cut short) becomes the UUID's canonical form, else a uuid5 of its table and the id, the
    same at every export, with every reference to it, the id as given in `x_original_id`; a
    required description a 1.x table did not have is the record's name."""
    renamed = {}

    def visit(table, record):
        key = record.get("id")
        if isinstance(key, str) and key and ids.parse(key) != key:
            renamed[key] = ids.parse(key) or ids.derived("given", table, key)
        name = record.get("name")
        if "description" in REQUIRED.get(table, ()) and not record.get("description"):
            if isinstance(name, str) and name.strip():
                record["description"] = name

    for name, table in TOP:
        _walk(docs[name], table, visit)
    for table, records in docs["kept"].items():
        _walk(records, table, visit)
    if renamed:
        _rename_ids(docs, renamed)


def _walk(value, table, visit):
    if isinstance(value, list):
        for item in value:
            _walk(item, table, visit)
    elif isinstance(value, dict):
        visit(table, value)
        for key, inner in value.items():
            if TABLE_OF_KEY.get(key) and isinstance(inner, dict | list):
                _walk(inner, TABLE_OF_KEY[key], visit)


def _rename_ids(value, renamed):
    """Every `id` and `<table>_id` that `renamed` names, in place."""
    if isinstance(value, list):
        for item in value:
            _rename_ids(item, renamed)
    elif isinstance(value, dict):
        for key, inner in list(value.items()):
            if (key == "id" or key.endswith("_id")) and isinstance(inner, str) and inner in renamed:
                if key == "id":
                    value.setdefault("x_original_id", inner)
                value[key] = renamed[inner]
            else:
                _rename_ids(inner, renamed)


def _add_held_back(organizations, batch):
    """The services an import kept unpublished (not active at their source), each after its
    organization's published ones: never shown to families, still given back by the export."""
    pks = list(
        HeldBack.objects.filter(page__live=False).order_by("page_id").values_list("page", flat=True)
    )
    by_organization = {}
    for page in mapping.fetch_services(pks, batch, full=True):
        organization = batch.organization_of(page)
        if organization is not None:
            record = mapping.service(page, batch, full=True, organization=False)
            by_organization.setdefault(ids.page_id(organization), []).append(record)
    for organization in organizations:
        organization["services"] = organization.get("services", []) + by_organization.get(
            organization["id"], []
        )


def kept_records():
    """{table: [record]} of imported records the hub has no place for, in id order."""
    kept = {}
    for record in KeptRecord.objects.order_by("table", "hsds_id"):
        formats.conform_documents(record.data, record.table)  # no `www.x.org` in a uri field
        kept.setdefault(record.table, []).append(record.data)
    return kept


# Attributes and metadata name their parent by id and table (LINKED in tabular.py).
LINKS = {"attribute": ("link_id", "link_entity"), "metadata": ("resource_id", "resource_type")}


def rows_by_table(docs):
    """Every object of the nested documents, once, filed under its HSDS table. A row nested in
    another names it (`service_id`...) where the table has that column and the row does not."""
    tables = {}
    columns = {name: {column[0] for column in cols} for name, (_path, cols) in TABLES.items()}
    link_org = "organization_id"

    def visit(table, obj, parent_table, parent_id):
        if obj.get("id"):
            # A record met twice (a phone under its service and under its contact) is one row
            # with the fields of both copies.
            row = tables.setdefault(table, {}).setdefault(obj["id"], {})
            for key, value in obj.items():
                if row.get(key) in (None, ""):
                    row[key] = value
            link = f"{parent_table}_id"
            if parent_id and link in columns.get(table, ()) and not row.get(link):
                row[link] = parent_id
            if parent_id and table in LINKS and not row.get(LINKS[table][0]):
                row[LINKS[table][0]], row[LINKS[table][1]] = parent_id, parent_table
            # A service's program groups services of the service's organization (HSDS).
            if table == "program" and parent_table == "service" and not row.get(link_org):
                row[link_org] = tables["service"].get(parent_id, {}).get(link_org)
        for key, value in obj.items():
            inner = TABLE_OF_KEY.get(key)
            if inner is None:
                continue
            # A record nested as one object (a service at location's `location`, an
            # attribute's `taxonomy_term`) is the one its `<table>_id` column names.
            link = f"{inner}_id"
            if isinstance(value, dict) and obj.get("id") and link in columns[table]:
                row = tables[table][obj["id"]]
                if not row.get(link) and value.get("id"):
                    row[link] = value["id"]
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, dict):
                    visit(inner, child, table, obj.get("id"))

    for organization in docs["organizations"]:
        visit("organization", organization, None, None)
    for taxonomy in docs["taxonomies"]:
        visit("taxonomy", taxonomy, None, None)
    for term in docs["taxonomy_terms"]:
        visit("taxonomy_term", term, None, None)
    for table, records in docs["kept"].items():
        for record in records:
            visit(table, record, None, None)
    return tables


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_text(columns, objects):
    out = io.StringIO()
    # Text that starts like a formula goes out behind an apostrophe, and tabular.py takes it
    # off again (hub/formula_cells.py), so the tables still come back exactly.
    writer = SafeWriter(out, lineterminator="\n")
    writer.writerow([column[0] for column in columns])
    for obj in sorted(objects, key=lambda o: o["id"]):
        writer.writerow([_cell(obj.get(column[0])) for column in columns])
    return out.getvalue()


# Table Schema's formats for strings; anything else a JSON schema says ("date-time") is a type
# there (TABULAR_TYPE) or nothing frictionless knows.
STRING_FORMATS = {"email", "uri", "uuid"}
# The one official rule the hub does not declare: a term's code is its slug, unique within its
# taxonomy, and two of the hub's taxonomies may share one ("transportation" is an interest and
# a kind of support). Making codes unique table-wide would rename every term.
NOT_DECLARED = {("taxonomy_term", "code", "unique")}


def _field(table, column):
    name, kind, *format_ = column
    field = {"name": name, "type": TABULAR_TYPE.get((table, name), kind)}
    if format_ and format_[0] in STRING_FORMATS and field["type"] == "string":
        field["format"] = format_[0]
    constraints = {}
    if name == "id" or name in REQUIRED.get(table, ()):
        constraints["required"] = True
    if name == "id" or (
        name in UNIQUE.get(table, ()) and (table, name, "unique") not in NOT_DECLARED
    ):
        constraints["unique"] = True
    if (table, name) in ENUM:
        constraints["enum"] = list(ENUM[table, name])
    return {**field, **({"constraints": constraints} if constraints else {})}


def datapackage():
    """The tables as the official HSDS 3.0 descriptor describes them: types, formats, required,
    unique and enum constraints, primary and foreign keys, so `frictionless validate` checks
    the files the way Open Referral's own tools do."""
    resources = []
    for name, (path, columns) in TABLES.items():
        schema = {"fields": [_field(name, column) for column in columns], "primaryKey": "id"}
        if foreign_keys(name):
            schema["foreignKeys"] = foreign_keys(name)
        resources.append(
            {
                "name": name,
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    return {
        "name": "stem-opportunity-hub",
        "title": "STEM Opportunity Hub directory (HSDS 3.0)",
        "profile": "tabular-data-package",
        "resources": resources,
    }


def _json_text(data):
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def site_request():
    """A request to the default site, so addresses in the files are the site's own."""
    site = Site.objects.get(is_default_site=True)
    secure = site.port == 443
    return RequestFactory(SERVER_NAME=site.hostname, SERVER_PORT=str(site.port)).get(
        "/", secure=secure
    )


def export(directory, request=None, core=False):
    """Write both forms into `directory`. Every file is written in full next to its final name
    and then moved into place, so a failure never leaves a half-written file. Returns counts.
    `core` leaves the profile's x_ fields out of the JSON form (plain HSDS 3.0)."""
    request = request or site_request()
    directory = Path(directory)
    docs = documents(request)
    if core:
        docs = {name: profile.core(value) for name, value in docs.items() if name != "pathways"}
    found = rows_by_table(docs)
    files = {Path("json") / f"{name}.json": _json_text(value) for name, value in docs.items()}
    for name, (path, columns) in TABLES.items():
        files[Path(path)] = csv_text(columns, found.get(name, {}).values())
    files[Path("datapackage.json")] = _json_text(datapackage())
    for relative, text in files.items():
        target = directory / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    return {name: len(rows) for name, rows in sorted(found.items())}
