"""HSDS tabular packages of any version, read as the HSDS 3.0 records the importer understands.

`read_tabular(directory)` tells the version first: what datapackage.json says ("HSDS Simple
Sample 1.1"), else the shape of the tables (1.x/2.x have physical_address, regular_schedule,
eligibility... where 3.0 has address, schedule, attribute). A 3.x package goes to tabular.py
as it is; a 1.x/2.x one is mapped table by table to 3.0 rows here, and the report says so,
naming each table and what it became (or why it could not become anything). A version this
module does not know is refused, naming it. Every file is found where datapackage.json's
resource `path` says, relative to the descriptor (e.g. "resources/organizations.csv")."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf.locale import LANG_INFO

from . import ids, tabular
from .tables import TABLES

# HSDS 1.x/2.x resource -> (its standard file name, the 3.0 table its rows become). In this
# order, so a place's regular hours come before its holiday closures (the hub shows the first).
LEGACY_TABLES = {
    "organization": ("organizations.csv", "organization"),
    "program": ("programs.csv", "program"),
    "service": ("services.csv", "service"),
    "service_at_location": ("services_at_location.csv", "service_at_location"),
    "location": ("locations.csv", "location"),
    "phone": ("phones.csv", "phone"),
    "contact": ("contacts.csv", "contact"),
    "physical_address": ("physical_addresses.csv", "address"),
    "postal_address": ("postal_addresses.csv", "address"),
    "regular_schedule": ("regular_schedules.csv", "schedule"),
    "holiday_schedule": ("holiday_schedules.csv", "schedule"),
    "funding": ("funding.csv", "funding"),
    "eligibility": ("eligibility.csv", "service"),
    "service_area": ("service_areas.csv", "service_area"),
    "required_document": ("required_documents.csv", "required_document"),
    "payment_accepted": ("payments_accepted.csv", None),
    "language": ("languages.csv", "language"),
    "accessibility_for_disabilities": ("accessibility_for_disabilities.csv", "accessibility"),
    "taxonomy": ("taxonomy.csv", "taxonomy_term"),
    "service_taxonomy": ("services_taxonomy.csv", "attribute"),
    "metadata": ("metadata.csv", "metadata"),
    "meta_table_description": ("meta_table_descriptions.csv", "meta_table_description"),
}
# Tables HSDS 3.0 replaced: one of them makes a package a 1.x/2.x one.
LEGACY_ONLY = {
    "physical_address",
    "postal_address",
    "regular_schedule",
    "holiday_schedule",
    "eligibility",
    "accessibility_for_disabilities",
    "service_taxonomy",
    "payment_accepted",
}
# Columns only 1.x/2.x tables have: (standard file name, column).
LEGACY_COLUMNS = [
    ("services.csv", "taxonomy_ids"),
    ("phones.csv", "department"),
    ("taxonomy.csv", "vocabulary"),
    ("regular_schedules.csv", "weekday"),
]
WHY_UNMAPPED = {
    "payment_accepted": "neither HSDS 3.0 nor the hub has a place for accepted payments",
}
MAPPABLE_MAJORS = {"1", "2"}
KNOWN_MAJORS = {"1", "2", "3"}
# "HSDS Simple Sample 1.1", "Human Services Data Specification ... Version 1.1", ".../hsds/3.0/".
DECLARED = re.compile(
    r"(?:\bhsds|human services data specification)\D{0,40}?"
    r"(?<![\d.])(\d{1,2}\.\d+(?:\.\d+)?)(?![\d.])",
    re.IGNORECASE,
)
# HSDS 1.x numbers weekdays without saying from which day; read as ISO 8601 (1 is Monday).
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
LANGUAGE_OF_NAME = {
    info["name"].lower(): code for code, info in LANG_INFO.items() if "name" in info
}


@dataclass
class Version:
    number: str | None  # as the package declares it, None when it does not say
    legacy: bool  # 1.x or 2.x tables
    refused: str | None = None

    def label(self):
        if self.number and (self.number.split(".")[0] in MAPPABLE_MAJORS) == self.legacy:
            return f"HSDS {self.number}"
        return "HSDS 1.x" if self.legacy else "HSDS 3.x"

    def said(self):
        return bool(self.number) and self.label() == f"HSDS {self.number}"


def read_tabular(directory):
    """tabular.TabularDocuments of the folder's tables, whatever their HSDS version."""
    directory = Path(directory)
    package = _package(directory)
    version = detect(directory, package)
    if version.refused:
        result = tabular.TabularDocuments()
        result.problems.append(version.refused)
        return result
    if not version.legacy:
        return tabular.read_tabular(directory)
    result = tabular.TabularDocuments()
    _map(directory, package, version, result)
    return result


def _package(directory):
    """datapackage.json as a dict, or None (tabular.py says when it is unusable)."""
    try:
        package = json.loads((directory / "datapackage.json").read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return None
    return package if isinstance(package, dict) else None


def declared(package):
    """The HSDS version datapackage.json names, if it names one. Its `version` field is the
    package's own version (Frictionless), not the specification's, so it is not read."""
    for key in ("profile", "title", "name", "description"):
        value = package.get(key)
        found = DECLARED.search(value) if isinstance(value, str) else None
        if found:
            return found.group(1)
    return None


def _resources(package):
    """{resource name: path} of datapackage.json, for the resources that name one file."""
    resources = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(resources, list):
        return {}
    return {
        r["name"]: r.get("path")
        for r in resources
        if isinstance(r, dict) and isinstance(r.get("name"), str)
    }


def _header(path):
    try:
        with path.open(encoding="utf-8-sig") as handle:
            return {cell.strip() for cell in handle.readline().split(",")}
    except (OSError, UnicodeDecodeError):
        return set()


def detect(directory, package):
    number = declared(package) if package else None
    major = number.split(".")[0] if number else None
    if major is not None and major not in KNOWN_MAJORS:
        return Version(
            number,
            False,
            refused=f"datapackage.json says this is HSDS {number}; this import reads HSDS "
            "1.x, 2.x and 3.x packages only. Nothing was imported.",
        )
    names = set(_resources(package))
    names |= {name for name, (file, _t) in LEGACY_TABLES.items() if (directory / file).is_file()}
    shaped = bool(names & LEGACY_ONLY) or any(
        column in _header(directory / file) for file, column in LEGACY_COLUMNS
    )
    return Version(number, legacy=major in MAPPABLE_MAJORS or shaped)


# --- 1.x/2.x rows as 3.0 rows ----------------------------------------------------------------


def _paths(directory, package, result):
    """{legacy table: path} of the files there are, datapackage.json's path when it gives one."""
    given = _resources(package)
    paths = {}
    for name, (file, _table) in LEGACY_TABLES.items():
        path = given.get(name, file)
        if not isinstance(path, str):
            result.problems.append(
                f"datapackage.json: {name} path {path!r} is not the path of one file"
            )
            continue
        # A package must not point the reader at files outside the folder it came in.
        if not (directory / path).resolve().is_relative_to(directory.resolve()):
            result.problems.append(f"datapackage.json: {name} path {path!r} is outside the folder")
            continue
        if (directory / path).is_file():
            paths[name] = directory / path
    for name in sorted(set(given) - set(LEGACY_TABLES)):
        result.notes.append(
            f"datapackage.json: resource {name!r} ignored: it is not one of the HSDS 1.x tables"
        )
    return paths


def _map(directory, package, version, result):
    paths = _paths(directory, package, result)
    objects = {table: {} for table in TABLES}
    rows = []  # (3.0 table, file name, row number, row), as tabular._nest takes them
    eligibility = {}  # service id -> [text]
    origin = {}  # 3.0 table -> {id: (row number, 1.x table)}
    summary = []
    for name, path in paths.items():
        table = LEGACY_TABLES[name][1]
        label = str(path.relative_to(directory))
        columns = TABLES[table][1] if table else []
        read = tabular._read_rows(path, label, columns, result.problems)
        if table is None:
            summary.append(f"{label} ({_rows(read)}): not imported; {WHY_UNMAPPED[name]}")
            continue
        for number, row in read:
            if "id" not in row:
                result.problems.append(f"{label} row {number}, id: the row has no id")
                continue
            if name == "eligibility":
                if row.get("eligibility"):
                    eligibility.setdefault(row.get("service_id"), []).append(row["eligibility"])
                continue
            mapped = MAPPERS.get(name, dict)(row)
            if mapped["id"] in origin.get(table, {}):
                first, first_name = origin[table][mapped["id"]]
                if first_name == name:
                    result.problems.append(
                        f"{label} row {number}, id: {mapped['id']!r} is already the id of row "
                        f"{first}"
                    )
                    continue
                # 1.x ids are unique per table; two tables that become one need two ids.
                mapped["id"] = ids.derived(name, mapped["id"])
                result.notes.append(
                    f"{label} row {number}: its id is also the id of a {first_name} row; as an "
                    f"HSDS 3.0 {table} it is {mapped['id']}"
                )
            origin.setdefault(table, {})[mapped["id"]] = (number, name)
            objects[table][mapped["id"]] = mapped
            rows.append((table, label, number, mapped))
            for child_table, child in _children(name, mapped):
                if child["id"] not in objects[child_table]:
                    objects[child_table][child["id"]] = child
                    rows.append((child_table, label, number, child))
        summary.append(f"{label} ({_rows(read)}) → {_became(name, table)}")
    for service_id, texts in eligibility.items():
        service = objects["service"].get(service_id)
        if service is None:
            result.notes.append(
                f"eligibility.csv: service {service_id} is not in the files; its eligibility "
                f"({'; '.join(texts)}) was not imported"
            )
        elif not service.get("eligibility_description"):
            service["eligibility_description"] = "; ".join(texts)
    _what_3_0_requires(objects, result)
    used = {path.resolve() for path in paths.values()}
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() == ".csv" and path.resolve() not in used:
            summary.append(f"{path.name} ignored: it is not one of the HSDS 1.x/2.x tables")
    if not used:
        result.problems.append(f"no HSDS table found in {directory}")
    how = "its datapackage.json says so" if version.said() else "by its tables"
    result.notes.insert(
        0,
        f"This is an {version.label()} package ({how}): its tables were mapped to HSDS 3.0 "
        "as follows.",
    )
    result.notes[1:1] = summary
    if "regular_schedule" in paths:
        result.notes.insert(
            len(summary) + 1,
            "regular_schedules.csv: weekday numbers were read as ISO 8601 (1 is Monday, 7 "
            "Sunday); HSDS 1.x does not say. Check the hours.",
        )
    tabular._nest(rows, objects, result)


def _what_3_0_requires(objects, result):
    """Two columns HSDS 3.0 requires and 1.x did not have, filled where the files tell: a
    metadata row's resource_type is the table of the record its resource_id names; a place's
    location_type is physical (1.x's places are where organizations operate, their addresses
    in physical_addresses.csv), and the report says so."""
    places = [place for place in objects["location"].values() if not place.get("location_type")]
    for place in places:
        place["location_type"] = "physical"
    if places:
        result.notes.append(
            f"locations.csv: HSDS 1.x has no location_type; {len(places)} "
            f"{'place was' if len(places) == 1 else 'places were'} taken as physical places"
        )
    table_of = {key: table for table, found in objects.items() for key in found}
    for row in objects["metadata"].values():
        if not row.get("resource_type") and row.get("resource_id") in table_of:
            row["resource_type"] = table_of[row["resource_id"]]


def _rows(read):
    return "1 row" if len(read) == 1 else f"{len(read)} rows"


def _became(name, table):
    return {
        "physical_address": "address (address_type physical)",
        "postal_address": "address (address_type postal)",
        "regular_schedule": "schedule (weekly)",
        "holiday_schedule": "schedule (from start_date to end_date)",
        "eligibility": "the service's eligibility_description",
        "taxonomy": "taxonomy_term (vocabulary → taxonomy)",
        "service_taxonomy": "attribute (the service's taxonomy terms)",
    }.get(name, table)


def _renamed(row, names):
    return {names.get(column, column): value for column, value in row.items()}


def _address(kind):
    def mapped(row):
        # address_3 and address_4 (deprecated in 1.x) have no 3.0 column: they join address_2.
        extra = [row.pop(c) for c in ("address_2", "address_3", "address_4") if c in row]
        if extra:
            row["address_2"] = ", ".join(extra)
        return {**row, "address_type": kind}

    return mapped


def _time(value):
    return value[:5] if isinstance(value, str) else ""


def _regular_schedule(row):
    row = dict(row)
    weekday = str(row.pop("weekday", "")).strip()
    day = None
    if weekday.isdigit() and 1 <= int(weekday) <= 7:
        day = int(weekday) - 1
    elif weekday.title() in DAYS:
        day = DAYS.index(weekday.title())
    if day is not None:
        row.setdefault("freq", "WEEKLY")
        row.setdefault("byday", BYDAY[day])
        hours = "–".join(t for t in (_time(row.get("opens_at")), _time(row.get("closes_at"))) if t)
        row.setdefault("description", f"{DAYS[day]} {hours}".strip())
    elif weekday:
        row["weekday"] = weekday  # not a day this reader knows: kept as given
    return row


def _holiday_schedule(row):
    row = dict(row)
    start, end = row.pop("start_date", None), row.pop("end_date", None)
    closed = str(row.pop("closed", "")).strip().lower() in ("true", "1", "yes")
    if start:
        row["valid_from"] = start
    if end:
        row["valid_to"] = end
    span = " to ".join(d for d in (start, end) if d)
    hours = "–".join(t for t in (_time(row.get("opens_at")), _time(row.get("closes_at"))) if t)
    row.setdefault("description", f"Closed {span}" if closed else f"Open {hours} {span}".strip())
    return row


def _language(row):
    row = dict(row)
    given = row.pop("language", "").strip()
    if given.lower() in LANG_INFO:
        row["code"] = given.lower()
    elif given:
        row["name"] = given
        if given.lower() in LANGUAGE_OF_NAME:
            row["code"] = LANGUAGE_OF_NAME[given.lower()]
    return row


def _taxonomy(row):
    return _renamed(row, {"vocabulary": "taxonomy"})


def _service_taxonomy(row):
    return {
        "id": row["id"],
        "link_id": row.get("service_id"),
        "link_entity": "service",
        "taxonomy_term_id": row.get("taxonomy_id"),
        **({"value": row["taxonomy_detail"]} if row.get("taxonomy_detail") else {}),
    }


MAPPERS = {
    "organization": lambda row: _renamed(row, {"url": "website"}),
    "service": lambda row: _renamed(row, {"fees": "fees_description"}),
    "physical_address": _address("physical"),
    "postal_address": _address("postal"),
    "regular_schedule": _regular_schedule,
    "holiday_schedule": _holiday_schedule,
    "service_area": lambda row: _renamed(row, {"service_area": "name"}),
    "language": _language,
    "accessibility_for_disabilities": lambda row: _renamed(row, {"accessibility": "description"}),
    "taxonomy": _taxonomy,
    "service_taxonomy": _service_taxonomy,
}


def _children(name, row):
    """3.0 rows a 1.x row holds in a cell: a phone's languages, a service's taxonomy_ids."""
    if name == "phone" and isinstance(row.get("language"), str):
        for code in (c.strip() for c in row.pop("language").split(",")):
            if code:
                yield (
                    "language",
                    {
                        "id": ids.derived("language", row["id"], code),
                        "phone_id": row["id"],
                        "code": code,
                    },
                )
    if name == "service" and isinstance(row.get("taxonomy_ids"), str):
        for term in (t.strip() for t in row.pop("taxonomy_ids").split(",")):
            if term:
                yield (
                    "attribute",
                    {
                        "id": ids.derived("attribute", row["id"], term),
                        "link_id": row["id"],
                        "link_entity": "service",
                        "taxonomy_term_id": term,
                    },
                )
