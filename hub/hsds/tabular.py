"""Read an Open Referral HSDS 3.0 tabular datapackage (a folder of CSV files) back into the nested
JSON documents the importer consumes: organizations, services, locations, taxonomies and terms,
each carrying its child rows (phones, contacts, schedules, ...) the way HSDS's JSON form nests them.

`read_tabular(directory)` never raises on bad files: fatal faults go to `problems` (each naming the
file, the spreadsheet row - the header is row 1 - and the column), harmless remarks to `notes`, and
rows whose parents are not in the files to `kept`, unchanged. Standard library only, no database.
"""

import csv
import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hub.formula_cells import unescape
from hub.hsds import ids
from hub.hsds.tables import TABLES

ROOTS = ("organization", "service", "location", "taxonomy", "taxonomy_term")

# Child table -> where it attaches, most specific parent first: (foreign key, parent table, list).
PARENTS = {
    "phone": [
        ("contact_id", "contact", "phones"),
        ("service_at_location_id", "service_at_location", "phones"),
        ("location_id", "location", "phones"),
        ("service_id", "service", "phones"),
        ("organization_id", "organization", "phones"),
    ],
    "contact": [
        ("service_at_location_id", "service_at_location", "contacts"),
        ("service_id", "service", "contacts"),
        ("location_id", "location", "contacts"),
        ("organization_id", "organization", "contacts"),
    ],
    "schedule": [
        ("service_at_location_id", "service_at_location", "schedules"),
        ("service_id", "service", "schedules"),
        ("location_id", "location", "schedules"),
    ],
    "language": [
        ("phone_id", "phone", "languages"),
        ("service_id", "service", "languages"),
        ("location_id", "location", "languages"),
    ],
    "service_area": [
        ("service_at_location_id", "service_at_location", "service_areas"),
        ("service_id", "service", "service_areas"),
    ],
    "address": [("location_id", "location", "addresses")],
    "accessibility": [("location_id", "location", "accessibility")],
    "cost_option": [("service_id", "service", "cost_options")],
    "required_document": [("service_id", "service", "required_documents")],
    "funding": [
        ("service_id", "service", "funding"),
        ("organization_id", "organization", "funding"),
    ],
    "program": [("organization_id", "organization", "programs")],
    "organization_identifier": [("organization_id", "organization", "organization_identifiers")],
    "service_at_location": [("service_id", "service", "service_at_locations")],
}
# Children that name their parent's table in a cell: (id column, table column, list).
LINKED = {
    "attribute": ("link_id", "link_entity", "attributes"),
    "metadata": ("resource_id", "resource_type", "metadata"),
}
# Rows a table may have: ten times the largest regional 211 feeds (tens of thousands of records)
# and forty times the hub's own scale. Reading stops there, so a million-row file costs neither
# the memory to hold it nor a query with a million ids.
MAX_ROWS = 200_000
INTEGER = re.compile(r"[+-]?[0-9]+")
DECIMAL = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


@dataclass
class TabularDocuments:
    documents: dict = field(default_factory=lambda: {root: [] for root in ROOTS})
    kept: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)


def read_tabular(directory) -> TabularDocuments:
    directory, result = Path(directory), TabularDocuments()
    if not directory.is_dir():
        result.problems.append(f"{directory} is not a folder")
        return result
    objects = {table: {} for table in TABLES}  # table -> {id: row}
    rows = []  # (table, file name, row number, row), every table in file order
    used = set()
    for table, name in _table_paths(directory, result).items():
        path = directory / name
        if not path.is_file():
            continue  # an absent table simply has no rows
        used.add(path.resolve())
        first_seen, copies = {}, Counter()
        for number, row in _read_rows(
            path, name, TABLES[table][1], result.problems, needs_id=table in ROOTS
        ):
            if "id" not in row and table not in ROOTS:
                row["id"] = _made_id(table, row, copies)
            if "id" not in row:
                result.problems.append(f"{name} row {number}, id: the row has no id")
            elif row["id"] in first_seen:
                result.problems.append(
                    f"{name} row {number}, id: {row['id']!r} is already the id of row "
                    f"{first_seen[row['id']]}"
                )
            else:
                first_seen[row["id"]] = number
                objects[table][row["id"]] = row
                rows.append((table, name, number, row))
    if not used:
        result.problems.append(f"no HSDS table found in {directory}")
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() == ".csv" and path.resolve() not in used:
            result.notes.append(f"{path.name} ignored: it is not one of the HSDS tables")
    _nest(rows, objects, result)
    return result


def from_rows(tables, source_name):
    """The same, from the tables as JSON rows by file name (the official `tabular.json`)."""
    result = TabularDocuments()
    if not isinstance(tables, dict):
        result.problems.append(f"{source_name}: expected {{file name: [rows]}}")
        return result
    table_of_file = {file_name: table for table, (file_name, _columns) in TABLES.items()}
    objects = {table: {} for table in TABLES}
    rows = []
    for name, given in tables.items():
        table = table_of_file.get(name)
        if table is None or not isinstance(given, list):
            result.notes.append(f"{source_name}: {name} ignored: it is not one of the HSDS tables")
            continue
        copies = Counter()
        for number, record in enumerate(given, start=1):
            row = (
                {k: v for k, v in record.items() if v not in (None, "")}
                if isinstance(record, dict)
                else {}
            )
            if "id" not in row and row and table not in ROOTS:
                row["id"] = _made_id(table, row, copies)
            if not isinstance(row.get("id"), str):
                result.problems.append(f"{source_name}: {name} row {number}: the row has no id")
            elif row["id"] in objects[table]:
                result.problems.append(f"{source_name}: {name} row {number}: {row['id']!r} twice")
            else:
                objects[table][row["id"]] = row
                rows.append((table, name, number, row))
    _nest(rows, objects, result)
    return result


def _made_id(table, row, copies):
    """A child row given without an id (many producers leave phones, schedules and
    service_at_locations without one): a uuid5 of its cells, its parent's id among them, and of
    which identical copy it is, so the same file always gives the same ids."""
    content = json.dumps(row, sort_keys=True, default=str)
    copies[content] += 1
    return ids.derived(table, content, copies[content])


def _nest(rows, objects, result):
    """Attach every child row to its parent; roots go to documents, orphans to kept."""
    # Terms are copied before anything is nested in them, so the copy holds just the term's cells.
    terms = {term_id: dict(term) for term_id, term in objects["taxonomy_term"].items()}
    for attribute in objects["attribute"].values():
        if attribute.get("taxonomy_term_id") in terms:
            attribute["taxonomy_term"] = dict(terms[attribute["taxonomy_term_id"]])

    # A term is a root; the taxonomy it names is a reference only: one the files lack is said
    # (the official examples' CSV form has one); it is kept as given, so a re-export gives
    # back every cell (and fails the same foreign key the files fail).
    for table, name, number, row in rows:
        taxonomy = row.get("taxonomy_id") if table == "taxonomy_term" else None
        if isinstance(taxonomy, str) and taxonomy and taxonomy not in objects["taxonomy"]:
            result.notes.append(
                f"{name} row {number} (id {row['id']}): its taxonomy_id {taxonomy} matches no "
                "taxonomy in the files; the term is imported with that id as given"
            )

    # All rows exist before any is attached, so file order does not matter and depth is free.
    parent_of = {}  # id(child) -> parent row, to refuse an attachment that would close a loop
    for table, name, number, row in rows:
        if table in ROOTS:
            result.documents[table].append(row)
            continue
        found, reason = _find_parent(table, row, objects)
        if found and _is_inside(found[0], row, parent_of):
            found, reason = None, "attaching it would make a loop"
        if found:
            parent, key = found
            parent.setdefault(key, []).append(row)
            parent_of[id(row)] = parent
            continue
        result.kept.setdefault(table, []).append(row)
        if table != "meta_table_description":  # it describes the files; nothing to attach to
            result.notes.append(f"{name} row {number} (id {row['id']}) kept as-is: {reason}")


def _table_paths(directory, result):
    """Each table's CSV path in the folder: datapackage.json's when it names one, else TABLES'."""
    paths = {table: file_name for table, (file_name, _columns) in TABLES.items()}
    try:
        package = json.loads((directory / "datapackage.json").read_text(encoding="utf-8-sig"))
        named = {
            resource["name"]: resource["path"]
            for resource in package["resources"]
            if isinstance(resource.get("name"), str) and isinstance(resource.get("path"), str)
        }
    except FileNotFoundError:
        result.notes.append("no datapackage.json: tables found by their standard file names")
        return paths
    except (OSError, ValueError, LookupError, TypeError, AttributeError, RecursionError):
        result.notes.append("datapackage.json is unusable: tables found by their standard names")
        return paths
    for table, path in named.items():
        if table not in TABLES:
            continue
        # A package must not point the reader at files outside the folder it came in.
        if not (directory / path).resolve().is_relative_to(directory.resolve()):
            result.problems.append(f"datapackage.json: {table} path {path!r} is outside the folder")
        else:
            paths[table] = path
    return paths


def _read_rows(path, name, columns, problems, needs_id=True):
    """(spreadsheet row number, {column: value}) for each non-blank row; empty cells left out."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            # csv.reader rather than DictReader: it keeps blank lines (so row numbers match a
            # spreadsheet's) and shows cells beyond the header instead of hiding them.
            reader = csv.reader(handle, strict=True)
            header, *records = list(itertools.islice(reader, MAX_ROWS + 2)) or [[]]
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{name} cannot be read as UTF-8 text: {error}")
        return []
    except csv.Error as error:  # e.g. a quote never closed
        problems.append(f"{name} is not valid CSV near line {reader.line_num}: {error}")
        return []
    if len(records) > MAX_ROWS:
        problems.append(f"{name}: more than {MAX_ROWS:,} rows; split it into smaller imports")
        return []
    if records and needs_id and "id" not in header:  # a child row's id can be made
        problems.append(f"{name} row 1: the header has no id column")
        return []
    for column in dict.fromkeys(c for c in header if c and header.count(c) > 1):
        problems.append(f"{name} row 1, {column}: the column appears more than once")
    numbers = {column[0] for column in columns if column[1] == "number"}
    rows = []
    for number, record in enumerate(records, start=2):
        row = {}
        for index, cell in enumerate(record):
            cell = unescape(cell)  # the apostrophe the hub's export puts before a formula start
            column = header[index] if index < len(header) else ""
            if not cell.strip():
                continue  # an empty cell means the field is absent
            if not column:
                problems.append(f"{name} row {number}, column {index + 1}: a value with no header")
            elif column in numbers:
                row[column] = _number(cell)
                if row[column] is None:
                    row[column] = cell  # kept as text only so children still find the row
                    problems.append(f"{name} row {number}, {column}: {cell!r} is not a number")
            else:
                row[column] = cell  # exactly as written, quotes and inner spaces included
        if row:
            rows.append((number, row))
    return rows


def _number(text):
    """int for an integer, float for a decimal, None for anything else (inf and nan included)."""
    text = text.strip()
    if INTEGER.fullmatch(text):
        return int(text)
    if DECIMAL.fullmatch(text) and math.isfinite(float(text)):
        return float(text)
    return None


def _find_parent(table, row, objects):
    """((parent row, list name), None) for the most specific parent present, else (None, why)."""
    if table in LINKED:
        id_column, table_column, key = LINKED[table]
        entity = row.get(table_column)
        candidates = [
            (id_column, parent, key) for parent in ([entity] if entity in TABLES else TABLES)
        ]
    else:
        candidates = PARENTS.get(table, [])
    for column, parent_table, key in candidates:
        parent = objects[parent_table].get(row.get(column))
        if parent is not None:
            return (parent, key), None
    named = list(dict.fromkeys(column for column, _, _ in candidates if column in row))
    if not named:
        return None, "it names no parent"
    verb = "matches" if len(named) == 1 else "match"
    return None, f"its {', '.join(named)} {verb} no row in the files"


def _is_inside(parent, row, parent_of):
    """Whether `parent` is `row` itself or nested (at any depth) inside it."""
    while parent is not None:
        if parent is row:
            return True
        parent = parent_of.get(id(parent))
    return False
