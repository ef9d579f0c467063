"""Giving back on export what an HSDS import said and the hub has no field for.

When a record is imported, the hub keeps what it can use in its own models, then maps what it
stored back to HSDS and compares that with the record as it came. The difference is the
record's patch (models.RecordPatch):

- "add": fields and children the hub does not model at all (an organization's funding, a
  service's `alert`), given back as they came;
- "set": values the hub models differently ({"was": hub's value at import, "is": the file's});
  given back only while the hub's value is still the one it had at import, so a partner's
  later edit wins over the old file;
- "records": the patches of child records the hub does model (a phone it keeps as the
  contact phone), by the id the hub gives them, applied wherever the record appears;
- "extra": child records the hub could not use (a schedule with no place), given back whole.

Ids the hub would name differently (its phone of a service vs the file's) are "set" changes of
`id`; once a patch is applied, every reference to the old id is renamed too. Applying a patch
twice changes nothing more, so an object shared by two parts of a document is safe."""

import json
import logging

from django.db.models import TextField
from django.db.models.functions import Cast

from . import formats
from .models import RecordPatch
from .tables import TABLE_OF_KEY

log = logging.getLogger(__name__)

# Records with a patch of their own; nested inside another record they are references.
PATCHED = ("organization", "service", "location", "taxonomy_term")
# How deep a record may nest lists and objects. HSDS records nest about ten levels (an
# organization's service's service_at_location's phone's languages); the limit leaves room for
# that and for page bodies, while staying far below the ~1,000 levels at which Python's JSON
# encoder and this module's recursive walks fail. A record past it is refused on import.
MAX_DEPTH = 32
# A patch wraps a record's fields in at most four levels ("records" -> id -> "set" -> field).
MAX_PATCH_DEPTH = MAX_DEPTH + 4
# Ids looked up per query: SQLite takes at most 32,766 variables in one (stock builds), and a
# chain of conditions at most 1,000 deep.
CHUNK = 500
# Plain `IN` lists can be longer: within SQLite's 32,766 and PostgreSQL's 65,535 parameters,
# and above any one API page's ids, so a page costs the same queries however long it is.
IDS_PER_QUERY = 30_000


def too_deep(value, limit=MAX_DEPTH):
    """Whether `value` nests lists and objects more than `limit` levels deep. Iterative, so it
    answers for any depth, even one that would exhaust the stack of a recursive walk."""
    stack = [(value, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if level > limit:
            return True
        stack.extend((child, level + 1) for child in children)
    return False


def _is_record_list(value):
    return isinstance(value, list) and all(isinstance(v, dict) and "id" in v for v in value)


def diff(given, hub, same=None):
    """The patch that turns the hub's version of a record into the one given. `same` maps the
    ids the hub gave child records to the ids they have in `given`."""
    records = {}
    patch = _diff(
        given, hub, {given_id: hub_id for hub_id, given_id in (same or {}).items()}, records
    )
    if records:
        patch["records"] = records
    return patch


def _diff(given, hub, hub_id_of, records):
    patch = {}
    for key, value in given.items():
        if key not in hub:
            patch.setdefault("add", {})[key] = value
            continue
        mine = hub[key]
        table = TABLE_OF_KEY.get(key)
        if table and _is_record_list(value) and _is_record_list(mine):
            by_id = {child["id"]: child for child in mine}
            for child in value:
                child_hub_id = hub_id_of.get(child["id"], child["id"])
                if child_hub_id not in by_id:
                    patch.setdefault("extra", {}).setdefault(key, []).append(child)
                elif table not in PATCHED:
                    # Flat, by id: the hub may show one record in two places (a contact's phone
                    # is also its service's), and each copy is given back the same.
                    child_patch = _diff(child, by_id[child_hub_id], hub_id_of, records)
                    if child_patch:
                        records.setdefault(child_hub_id, child_patch)
            continue
        if table in PATCHED and isinstance(value, dict) and isinstance(mine, dict):
            if value.get("id") == mine.get("id"):
                continue  # a reference to a record with its own patch
        if value != mine:
            patch.setdefault("set", {})[key] = {"was": mine, "is": value}
    return patch


def _inner_records(value):
    if isinstance(value, list):
        for item in value:
            yield from _inner_records(item)
    elif isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from _inner_records(inner)


def apply(record, patch, renamed):
    """Apply `patch` to `record` in place; ids changed go into `renamed` (old -> new)."""
    children = patch.get("records", {})
    if children:
        for inner in list(_inner_records(list(record.values()))):
            if inner.get("id") in children:
                _apply_own(inner, children[inner["id"]], renamed)
    _apply_own(record, patch, renamed)


def _apply_own(record, patch, renamed):
    for key, value in patch.get("add", {}).items():
        record.setdefault(key, value)
    for key, extra in patch.get("extra", {}).items():
        present = {child.get("id") for child in record.get(key) or [] if isinstance(child, dict)}
        record.setdefault(key, [])
        record[key].extend(child for child in extra if child.get("id") not in present)
    for key, change in patch.get("set", {}).items():
        if record.get(key) == change["was"]:
            record[key] = change["is"]
            if key == "id":
                renamed[change["was"]] = change["is"]


def _walk(value, table, visit):
    """Call visit(table, record) for every record in a nested document, outermost first."""
    if isinstance(value, list):
        for item in value:
            _walk(item, table, visit)
        return
    if not isinstance(value, dict):
        return
    visit(table, value)
    for key, inner in list(value.items()):
        child_table = TABLE_OF_KEY.get(key)
        if child_table and isinstance(inner, dict | list):
            _walk(inner, child_table, visit)


def _rename(value, renamed):
    """Every id and reference to an id (`id`, `*_id`, `*_ids`) renamed."""
    if isinstance(value, list):
        for item in value:
            _rename(item, renamed)
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key == "id" or key.endswith("_id"):
                if isinstance(inner, str) and inner in renamed:
                    value[key] = renamed[inner]
            elif key.endswith("_ids") and isinstance(inner, list):
                value[key] = [renamed.get(item, item) for item in inner]
            else:
                _rename(inner, renamed)


def patch_documents(documents, patches):
    """Apply stored patches, {(table, id): patch}, to documents given as {table: [records]}."""
    if not patches:
        return documents
    renamed = {}

    def visit(table, record):
        found = patches.get((table, record.get("id")))
        if found:
            apply(record, found, renamed)

    for table, records in documents.items():
        _walk(records, table, visit)
        # What a file gave back may be `www.x.org` in a uri field: completed or set aside.
        formats.conform_documents(records, table)
    if renamed:
        _rename(documents, renamed)
    return documents


def _servable(rows):
    """{(table, id): patch} of stored patches, leaving out (and logging) any too deep to give
    back, such as one stored before the import refused deep records: the rest of the record
    is still served, never a 500."""
    found = {}
    rows = rows.annotate(text=Cast("patch", TextField())).values_list("table", "hsds_id", "text")
    for table, hsds_id, text in rows:
        try:
            patch = json.loads(text)
        except RecursionError:
            patch = None
        if not isinstance(patch, dict) or too_deep(patch, MAX_PATCH_DEPTH):
            log.warning(
                "The stored patch of %s %s is too deep to give back; left out.", table, hsds_id
            )
            continue
        found[(table, hsds_id)] = patch
    return found


def stored_patches():
    return _servable(RecordPatch.objects.all())


def patches_for(documents):
    """The stored patches of the records in these documents (one query)."""
    found = {inner["id"] for inner in _inner_records(documents) if isinstance(inner.get("id"), str)}
    if not found:
        return {}
    found, patches = sorted(found), {}
    for start in range(0, len(found), IDS_PER_QUERY):
        chunk = found[start : start + IDS_PER_QUERY]
        patches |= _servable(RecordPatch.objects.filter(hsds_id__in=chunk))
    return patches
