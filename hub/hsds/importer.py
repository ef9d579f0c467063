"""`import_hsds`: HSDS records into the hub, with a report line per record.

1. sources.py reads the files into records by table; nothing is written if they cannot be read.
   Child rows given without an id (phones, schedules, service_at_locations...) get one made
   from their parent's id and their content, so importing the same file again names them the
   same (`give_ids`).
2. `collect` gathers every record once, wherever it was nested (a service's organization, an
   organization's services, a service_at_location's place), merging nested copies. Two
   top-level records of one table sharing an id are not merged: the first is used and the
   copies are rejected, said in the report.
3. `check` rejects what cannot be imported at all: a missing or malformed id, a listing with no
   name, a service whose organization is nowhere or was rejected, an id the hub uses for another
   kind of page. A rejected record's line lists what was rejected because of it. By default one
   rejection and nothing is written; with `skip_rejected` everything else is.
4. `Writer` stores everything in one transaction: languages, taxonomy terms, places, pages
   (published in bulk, ids kept: a page's HSDS id is its `translation_key`), pathways. Then it
   maps what it stored back to HSDS and keeps the difference from the file as each record's
   patch (patches.py), so the export gives back every field. `--dry-run` does all of this and
   rolls it back, so its report is exactly what a real run would say."""

import csv
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Case, DateTimeField, F, Q, Value, When
from django.utils import translation
from wagtail.models import Page

from hub.directory.bulk import PageSpec, PageSync, assign, deferred_indexing, differences
from hub.directory.models import (
    Language,
    Location,
    OrganizationIndexPage,
    OrganizationPage,
    PathwayIndexPage,
    PathwayPage,
    ProgramPage,
    SupportServicePage,
)
from hub.directory.site_tree import build_site
from hub.translations import coverage
from search import indexing

from . import ids, inverse, mapping, outside, patches, sources
from .export import site_request
from .inverse import Images, Mapped, records
from .models import HeldBack, KeptRecord, RecordPatch
from .queries import all_terms
from .tables import TABLE_OF_KEY
from .views import organization_records

SERVICE_MODEL = {"program": ProgramPage, "support_service": SupportServicePage, None: None}
TABLE_OF_MODEL = {
    OrganizationPage: "organization",
    ProgramPage: "service",
    SupportServicePage: "service",
    PathwayPage: "pathway",
}


@dataclass
class Line:
    table: str
    hsds_id: str
    name: str
    action: str = ""  # created, updated, unchanged, kept, rejected
    reasons: list = field(default_factory=list)
    dependents: list = field(default_factory=list)  # Lines rejected because this one was

    @property
    def label(self):
        return f"{self.table} {self.hsds_id}" + (f" ({self.name})" if self.name else "")


CSV_COLUMNS = ("table", "id", "name", "action", "reasons", "rejected because of it")


@dataclass
class Report:
    lines: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # about the files as a whole
    notes: list = field(default_factory=list)
    skip_rejected: bool = False

    def line(self, table, record):
        name = record.get("name") if isinstance(record.get("name"), str) else ""
        key = record.get("id")
        found = Line(table, "(no id)" if key is None else str(key), name)
        self.lines.append(found)
        return found

    @property
    def rejected(self):
        return [line for line in self.lines if line.action == "rejected"]

    @property
    def ok(self):
        """Whether the import went ahead: no problem with the files, and no rejected record
        unless rejected records were to be skipped."""
        return not self.problems and (self.skip_rejected or not self.rejected)

    def write_csv(self, stream):
        """One row per record, for a data manager's spreadsheet (or an admin screen)."""
        writer = csv.writer(stream)
        writer.writerow(CSV_COLUMNS)
        for line in self.lines:
            writer.writerow(
                (
                    line.table,
                    line.hsds_id,
                    line.name,
                    line.action or "not imported",
                    "\n".join(line.reasons),
                    "\n".join(d.label for d in line.dependents),
                )
            )

    def counts(self):
        counts = {}
        for line in self.lines:
            counts.setdefault(line.table, {}).setdefault(line.action, 0)
            counts[line.table][line.action] += 1
        return counts


class DryRun(Exception):
    pass


def import_hsds(path, dry_run=False, skip_rejected=False):
    """The Report of importing the HSDS files at `path`. By default all or nothing: one rejected
    record and nothing is written. `skip_rejected` writes every record that can be imported and
    its children, the rejected ones listed with their reasons and what depended on them."""
    source = sources.read(path)
    report = Report(
        problems=list(source.problems), notes=list(source.notes), skip_rejected=skip_rejected
    )
    if report.problems:
        return report
    if _refuse_deep_records(source, report) and not skip_rejected:
        return report
    give_ids(source)
    found = collect(source, report)
    if not any(
        (
            found.organizations,
            found.services,
            found.places,
            found.terms,
            found.taxonomies,
            found.pathways,
            found.kept,
        )
    ):
        report.problems.append(f"{path}: holds no HSDS records.")
        return report
    check(found, report)
    if not report.ok:
        return report
    _leave_out_rejected(found)
    try:
        with (
            transaction.atomic(),
            translation.override("en"),
            deferred_indexing() as queue,
            indexing.refreshed_once(),  # the matcher's documents: each page once, at the end
            coverage.recorded_once(),  # what each translation was written against, likewise
        ):
            Writer(found, report, queue).write()
            if dry_run:
                raise DryRun  # inside deferred_indexing: nothing is sent to the search index
    except DryRun:
        pass
    except (DatabaseError, ValueError, ValidationError) as error:
        report.problems.append(f"Nothing was written: {error}")
        for line in report.lines:
            if line.action != "rejected":
                line.action = ""  # what it would have become never happened
    return report


def _refuse_deep_records(source, report):
    """Records nested past patches.MAX_DEPTH are rejected before anything walks them
    recursively (collecting, comparing, storing, serving). True when any was."""
    refused = False
    for groups in (source.records, source.kept):
        for table, group in groups.items():
            kept = []
            for record in group:
                if patches.too_deep(record):
                    line = report.line(table, record)
                    line.action = "rejected"
                    line.reasons.append(f"it is nested deeper than {patches.MAX_DEPTH} levels")
                    refused = True
                else:
                    kept.append(record)
            groups[table] = kept  # what an import that skips rejected records goes on with
    return refused


# Child tables: a row of one is identified within its parent, so many producers give none.
# Records of the other tables (organizations, services, places, terms) must carry their own.
CHILD_TABLES = {
    "phone",
    "contact",
    "address",
    "schedule",
    "funding",
    "service_area",
    "required_document",
    "language",
    "accessibility",
    "metadata",
    "cost_option",
    "organization_identifier",
    "service_at_location",
    "attribute",
}


def give_ids(source):
    """Every child row given without an id gets a uuid5 of its parent's id, its list and its
    content (and which copy it is, for identical rows): the same file gives the same ids, so a
    second import updates rows instead of adding them again."""
    for table, group in (*source.records.items(), *source.kept.items()):
        if table in CHILD_TABLES:  # given on their own, e.g. a service_at_location list
            _give_ids_in(group, table, "")
        for record in group:
            _give_ids_below(record)


def _give_ids_below(record):
    if not isinstance(record.get("id"), str):
        return  # rejected for it; its children are not imported
    for key, value in record.items():
        if isinstance(value, list):
            _give_ids_in(value, key, record["id"])
        elif isinstance(value, dict) and key in TABLE_OF_KEY:
            _give_ids_below(value)


def _give_ids_in(rows, key, parent_id):
    copies = Counter()
    for row in rows:
        if not isinstance(row, dict):
            continue
        if TABLE_OF_KEY.get(key, key) in CHILD_TABLES and row.get("id") in (None, ""):
            content = json.dumps(row, sort_keys=True, default=str)
            copies[content] += 1
            row["id"] = ids.derived(key, parent_id, content, copies[content])
        _give_ids_below(row)


def _chunks(values, size=patches.CHUNK):
    """`values` in lists of `size`: one query each, within the database's limits."""
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


# --- Every record once -----------------------------------------------------------------------


@dataclass
class Found:
    organizations: dict = field(default_factory=dict)  # id -> record, in the order met
    services: dict = field(default_factory=dict)
    organization_of: dict = field(default_factory=dict)  # service id -> organization id
    places: dict = field(default_factory=dict)
    places_of: dict = field(default_factory=dict)  # organization id -> [place ids]
    terms: dict = field(default_factory=dict)
    taxonomies: dict = field(default_factory=dict)
    pathways: dict = field(default_factory=dict)
    kept: dict = field(default_factory=dict)  # table -> [record]
    models: dict = field(default_factory=dict)  # service id -> ProgramPage or SupportServicePage
    lines: dict = field(default_factory=dict)  # (table, id) -> Line


def _merge(into, record):
    """The first copy of a record met wins; later copies add the fields it lacked."""
    key = record.get("id")
    if key not in into:
        into[key] = dict(record)
    else:
        for name, value in record.items():
            into[key].setdefault(name, value)
    return into[key]


def _conflict(records):
    """True when copies of one record disagree: a plain field (a name, an email...) present in
    two copies with two values. Copies that only leave fields out or give a nested record in
    less detail (a list file's short form of a record a full file gives whole, as the official
    examples do) are one record met twice; `collect` merges what they nest."""
    values = {}
    for record in records:
        for name, value in record.items():
            if isinstance(value, dict | list):
                continue
            if values.setdefault(name, value) != value:
                return True
    return False


def _firsts(table, group, report):
    """The group without conflicting copies of a record: distinct top-level records sharing an
    id and disagreeing are two records the file confuses, so only the first is used and the
    others are not, said once per id (a rejection: all or nothing stops there). Agreeing
    copies are kept for `collect` to merge, as a record repeated nested inside others (a
    service's organization) is."""
    by_id = {}
    for record in group:
        if isinstance(record.get("id"), str):
            by_id.setdefault(record["id"], []).append(record)
    confused = {key for key, copies in by_id.items() if len(copies) > 1 and _conflict(copies)}
    firsts, seen = [], set()
    for record in group:
        key = record.get("id")
        if key not in confused:
            firsts.append(record)
        elif key not in seen:
            seen.add(key)
            firsts.append(record)
            if report is not None:
                line = report.line(table, record)
                line.action = "rejected"  # with --skip-rejected the first copy is imported
                others = len(by_id[key]) - 1
                line.reasons.append(
                    f"{others + 1} copies of {table} {key} in the files; the first is imported, "
                    f"the other {others} {'is' if others == 1 else 'are'} not"
                )
    return firsts


def collect(source, report=None):
    found = Found()

    def organization(record):
        _merge(found.organizations, record)
        for service_record in records(record, "services"):
            service(service_record, record.get("id"))
        for place_record in records(record, "locations"):
            place(place_record, record.get("id"))

    def service(record, organization_id=None):
        merged = _merge(found.services, record)
        nested = merged.get("organization")
        if isinstance(nested, dict):
            organization(nested)
        owner = merged.get("organization_id") or (nested or {}).get("id") or organization_id
        if owner:
            found.organization_of.setdefault(merged["id"], owner)
        for sal in records(merged, "service_at_locations"):
            if isinstance(sal.get("location"), dict):
                place(sal["location"])
        for attribute in records(merged, "attributes"):
            if isinstance(attribute.get("taxonomy_term"), dict):
                term(attribute["taxonomy_term"])

    def place(record, organization_id=None):
        _merge(found.places, record)
        owner = organization_id or record.get("organization_id")
        if owner and record.get("id") not in found.places_of.get(owner, []):
            found.places_of.setdefault(owner, []).append(record.get("id"))

    def term(record):
        _merge(found.terms, record)
        if isinstance(record.get("taxonomy_detail"), dict):
            _merge(found.taxonomies, record["taxonomy_detail"])

    def service_at_location(record):
        """A service_at_location given on its own joins its service's list."""
        nested = record.get("service") if isinstance(record.get("service"), dict) else None
        owner = found.services.get((nested or {}).get("id") or record.get("service_id"))
        if nested is not None:
            owner = _merge(found.services, nested)
            service(owner)
        if owner is None:
            found.kept.setdefault("service_at_location", []).append(record)
            return
        listed = owner.setdefault("service_at_locations", [])
        if record.get("id") not in {s.get("id") for s in listed if isinstance(s, dict)}:
            listed.append({k: v for k, v in record.items() if k != "service"})
        if isinstance(record.get("location"), dict):
            place(record["location"])

    given = {table: _firsts(table, group, report) for table, group in source.records.items()}
    for record in given.get("organization", []):
        organization(record)
    for record in given.get("service", []):
        service(record)
    for record in given.get("location", []):
        place(record)
    for record in given.get("taxonomy", []):
        _merge(found.taxonomies, record)
    for record in given.get("taxonomy_term", []):
        term(record)
    for record in given.get("pathway", []):
        _merge(found.pathways, record)
    for record in given.get("service_at_location", []):
        service_at_location(record)
    for table, rows in source.kept.items():
        found.kept.setdefault(table, []).extend(rows)
    return found


# --- What cannot be imported at all ----------------------------------------------------------


def check(found, report):
    groups = [
        ("organization", found.organizations, True),
        ("service", found.services, True),
        ("location", found.places, False),
        ("taxonomy", found.taxonomies, False),
        ("taxonomy_term", found.terms, False),
        ("pathway", found.pathways, True),
    ]
    keys = [k for k in (*found.organizations, *found.services, *found.pathways) if ids.parse(k)]
    pages = {
        str(page.translation_key): page.specific_class
        for chunk in _chunks(keys)
        for page in Page.objects.filter(translation_key__in=chunk)
    }
    owner_keys = {k for k in found.organization_of.values() if ids.parse(k)}
    owners = set(found.organizations) | {
        str(key)
        for chunk in _chunks(owner_keys)
        for key in OrganizationPage.objects.filter(translation_key__in=chunk).values_list(
            "translation_key", flat=True
        )
    }
    seen_as = {}
    for table, group, named in groups:
        for key, record in group.items():
            line = report.line(table, record)
            found.lines[(table, key)] = line
            if not isinstance(key, str):
                line.reasons.append("it has no id")
            elif ids.parse(key) != key:
                line.reasons.append(f"its id {key!r} is not a UUID written in lower case")
            if named and not inverse.string(record, "name"):
                line.reasons.append("it has no name")
            if table in ("organization", "service", "pathway") and key in seen_as:
                line.reasons.append(f"its id is also the id of a {seen_as[key]} in the files")
            seen_as.setdefault(key, table)
            if table == "service":
                _check_service(found, key, record, pages, owners, line)
            elif table in ("organization", "pathway"):
                wanted = OrganizationPage if table == "organization" else PathwayPage
                if key in pages and pages[key] is not wanted:
                    line.reasons.append(f"the hub already has a {_kind(pages[key])} with this id")
            if line.reasons:
                line.action = "rejected"
            elif table == "organization" and not inverse.string(record, "description"):
                # HSDS 3.0 asks for one, yet real feeds omit it: imported, its page shows no
                # summary rather than one made up.
                line.reasons.append("It has no description; its page shows no summary.")
    _reject_dependents(found)


def _rejected(found, table, key):
    line = found.lines.get((table, key))
    return line is not None and line.action == "rejected"


def _reject_dependents(found):
    """A service whose organization was rejected is rejected too, and listed under it."""
    for key in found.services:
        owner = found.organization_of.get(key)
        if _rejected(found, "organization", owner):
            line = found.lines[("service", key)]
            line.reasons.append(f"its organization {owner} was rejected")
            line.action = "rejected"
            found.lines[("organization", owner)].dependents.append(line)


def _leave_out_rejected(found):
    """Only what can be imported goes on to the Writer (when rejected records are skipped)."""
    for table, group in (
        ("organization", found.organizations),
        ("service", found.services),
        ("location", found.places),
        ("taxonomy", found.taxonomies),
        ("taxonomy_term", found.terms),
        ("pathway", found.pathways),
    ):
        for key in [key for key in group if _rejected(found, table, key)]:
            del group[key]


def _kind(model):
    return str(model._meta.verbose_name)


def _check_service(found, key, record, pages, owners, line):
    kind = record.get("x_hub_type")
    if kind not in SERVICE_MODEL:
        line.reasons.append(f"x_hub_type {kind!r} is neither 'program' nor 'support_service'")
        return
    model = SERVICE_MODEL[kind] or pages.get(key) or SupportServicePage
    found.models[key] = model
    if key in pages and pages[key] is not model:
        line.reasons.append(
            f"the hub has a {_kind(pages[key])} with this id; the file makes it a {_kind(model)}"
        )
    owner = found.organization_of.get(key)
    if owner is None:
        line.reasons.append("it names no organization")
    elif owner not in owners:
        line.reasons.append(f"its organization {owner} is neither in the files nor in the hub")


# --- Writing ---------------------------------------------------------------------------------


class Writer:
    def __init__(self, found, report, queue):
        self.found, self.report, self.queue = found, report, queue
        self.stats = {"created": 0, "updated": 0, "deleted": 0}
        self.pages = PageSync(queue, self.stats)
        self.images = Images()
        self.same = {}  # (table, id) -> {hub id of a child: id in the file}
        self.kept = {}  # (table, id) -> record with no place in the hub
        self.term_ids = {}  # id of a term in the files -> its id in the hub

    def write(self):
        self.languages = self._languages()
        self.terms = self._terms()
        # Other directories' terms, and the hub terms staff mapped them to (outside.py).
        self.outside = outside.store_terms(self.found.terms, self.found.taxonomies, self.term_ids)
        self.places = self._places()
        if self.found.organizations or self.found.services or self.found.pathways:
            self.organization_index, self.pathway_index = self._indexes()
        self.organizations = self._organizations()
        self.services = self._services()
        outside.link_services(self.found.services, self.services, self.outside)
        self._pathways()
        self._timestamps()
        self._patches()
        self._keep()

    def _line(self, table, key):
        return self.found.lines[(table, key)]

    def _done(self, table, key, action, mapped=None):
        line = self._line(table, key)
        line.action = action
        if mapped is not None:
            line.reasons.extend(mapped.notes)
            self.same[(table, key)] = mapped.same

    # Languages staff speak: the hub's, plus any the files name that it lacks.

    def _languages(self):
        known = {language.code.lower(): language for language in Language.objects.all()}
        for record in self.found.services.values():
            for given in records(record, "languages"):
                code = inverse.language_code(given, known)
                if (
                    not code
                    or code.lower() in known
                    or len(code) > 16
                    or not inverse.SLUG.match(code)
                ):
                    continue
                name = inverse.string(given, "name") or code
                language = Language.objects.create(
                    code=code.lower(),
                    english_name=name[:64],
                    endonym=(inverse.string(given, "x_hub_endonym") or name)[:64],
                    direction="rtl" if code.split("-")[0] in settings.LANGUAGES_BIDI else "ltr",
                )
                self.queue.add(language)
                known[language.code] = language
                self.report.notes.append(f"Added the language {name} ({language.code}).")
        return known

    # Taxonomy terms: the hub's three taxonomies; another directory's terms are kept as given.

    def _terms(self):
        hub_taxonomies = {t.id: t for t in mapping.TAXONOMIES}
        terms = {term_id: obj for _t, obj, term_id in all_terms()}
        for key, record in self.found.taxonomies.items():
            if key in hub_taxonomies:
                self._done("taxonomy", key, "unchanged")
            else:
                self._keep_record("taxonomy", key, record)
        for key, record in self.found.terms.items():
            detail = (
                record.get("taxonomy_detail")
                if isinstance(record.get("taxonomy_detail"), dict)
                else {}
            )
            taxonomy = hub_taxonomies.get(record.get("taxonomy_id") or detail.get("id"))
            mapped = inverse.term(record, taxonomy.model) if taxonomy else None
            if mapped is None:
                self._keep_record("taxonomy_term", key, record)
                continue
            obj = taxonomy.model.objects.filter(slug=mapped.values["slug"]).first()
            action = "unchanged"
            if obj is None:
                obj, action = taxonomy.model(), "created"
            elif differences(obj, mapped.values):
                action = "updated"
            if action != "unchanged":
                assign(obj, mapped.values)
                obj.save()
                self.queue.add(obj)
            terms[key] = obj
            terms[ids.term_id(taxonomy.code, obj.slug)] = obj
            self._done("taxonomy_term", key, action, mapped)
            self.term_ids[key] = ids.term_id(taxonomy.code, obj.slug)
        return terms

    # Places.

    def _places(self):
        existing = {ids.location_id(place): place for place in Location.objects.all()}
        places = {}
        for key, record in self.found.places.items():
            mapped = Mapped()
            if inverse.location(record, mapped) is None:
                self._keep_record("location", key, record, note=" ".join(mapped.notes))
                continue
            place = existing.get(key)
            action = "unchanged"
            if place is None:
                place, action = Location(hsds_id=key), "created"
            elif differences(place, mapped.values):
                action = "updated"
            if action != "unchanged":
                assign(place, mapped.values)
                place.save()
                self.queue.add(place)
            places[key] = place
            self._done("location", key, action, mapped)
        return places

    # Pages.

    def _indexes(self):
        organizations = OrganizationIndexPage.objects.live().first()
        pathways = PathwayIndexPage.objects.live().first()
        if organizations is None or pathways is None:
            _home, indexes = build_site(self.pages, self.stats)
            self.report.notes.append("The hub had no home page yet; it was created.")
            return indexes["partners"], indexes["pathways"]
        return organizations, pathways

    def _sync(self, table, items):
        """items: [(key, parent, PageSpec, Mapped)]; pages synced by model and depth."""
        groups = {}
        for item in items:
            groups.setdefault((item[2].model, item[1].depth), []).append(item)
        pages = {}
        for group in groups.values():
            synced = self.pages.sync([(parent, spec) for _key, parent, spec, _m in group])
            for (key, _parent, _spec, mapped), page, action in zip(
                group, synced, self.pages.actions, strict=True
            ):
                pages[key] = page
                self._done(table, key, action, mapped)
        return pages

    @staticmethod
    def _stored(model, keys):
        """{HSDS id: (parent, page)} for the pages of `model` already stored under `keys`: a
        few queries for all of them, not two per record."""
        pages = {}
        for chunk in _chunks(keys):
            for page in model.objects.filter(translation_key__in=chunk).order_by("path"):
                pages.setdefault(str(page.translation_key), page)  # as .first() would
        paths = sorted({page.path[: -Page.steplen] for page in pages.values()})
        parents = {
            parent.path: parent
            for chunk in _chunks(paths)
            for parent in Page.objects.filter(path__in=chunk)
        }
        return {key: (parents[page.path[: -Page.steplen]], page) for key, page in pages.items()}

    @staticmethod
    def _placement(key, stored, default_parent, taken):
        """(parent, slug, page): where the page already is, else a new one under the parent."""
        if key in stored:
            parent, page = stored[key]
            return parent, page.slug, page
        if default_parent.pk not in taken:
            taken[default_parent.pk] = set(
                default_parent.get_children().values_list("slug", flat=True)
            )
        return default_parent, None, None

    @staticmethod
    def _same_rows(page, mapped):
        """A page's sessions or hours that the file names by their HSDS id are updated in place,
        not replaced, so their database keys (and the ids made from them) stay."""
        for relation, kind in (("sessions", "session"), ("service_locations", "service_location")):
            if page is None or relation not in mapped.children:
                continue
            stored = {ids.schedule_id(row, kind): row for row in getattr(page, relation).all()}
            for row in mapped.children[relation]:
                old = stored.get(str(row["hsds_id"])) if row.get("hsds_id") else None
                if old is not None:
                    row["id"], row["hsds_id"] = old.pk, old.hsds_id

    def _organizations(self):
        taken, items = {}, []
        stored = self._stored(OrganizationPage, self.found.organizations)
        for key, record in self.found.organizations.items():
            parent, slug, _page = self._placement(key, stored, self.organization_index, taken)
            slug = slug or inverse.slug_for(record, taken[parent.pk])
            record = dict(record)
            record["locations"] = [
                self.found.places[p]
                for p in self.found.places_of.get(key, [])
                if p in self.found.places
            ]
            mapped = inverse.organization(record, self.places, self.images)
            items.append((key, parent, _spec(OrganizationPage, slug, key, mapped), mapped))
        pages = self._sync("organization", items)
        others = set(self.found.organization_of.values()) - set(pages)
        for chunk in _chunks(others):
            for page in OrganizationPage.objects.filter(translation_key__in=chunk):
                pages[str(page.translation_key)] = page
        return pages

    def _services(self):
        taken, items = {}, []
        stored = {}
        for model in {self.found.models[key] for key in self.found.services}:
            keys = [key for key in self.found.services if self.found.models[key] is model]
            stored[model] = self._stored(model, keys)
        for key, record in self.found.services.items():
            model = self.found.models[key]
            organization = self.organizations[self.found.organization_of[key]]
            parent, slug, page = self._placement(key, stored[model], organization, taken)
            if parent.pk != organization.pk:
                self._line("service", key).reasons.append(
                    "It stays under the organization it is under in the hub."
                )
            slug = slug or inverse.slug_for(record, taken[parent.pk])
            mapped = inverse.service(
                record, model, self.places, self.terms, self.languages, self.images
            )
            outside.add_mapped(record, model, mapped.m2m, self.outside)
            self._same_rows(page, mapped)
            items.append((key, parent, _spec(model, slug, key, mapped), mapped))
        pages = self._sync("service", items)
        self._hold_back(pages, {key: mapped for key, _p, _s, mapped in items})
        return pages

    def _hold_back(self, pages, mapped):
        """Services their source says are not active stay unpublished (the export gives them
        back); those now active are no longer held back (the sync published them)."""
        HeldBack.objects.filter(page_id__in=[p.pk for p in pages.values()]).delete()
        for key, page in pages.items():
            reason = mapped[key].held_back
            if reason is None:
                continue
            page.refresh_from_db(fields=["live"])  # the sync may have published it again
            if page.live:
                page.unpublish(log_action=False)
            HeldBack.objects.create(page_id=page.pk, reason=reason[:200])
            self._line("service", key).reasons.append(reason)

    def _pathways(self):
        if not self.found.pathways:
            return
        programs = {
            str(key): pk for pk, key in ProgramPage.objects.values_list("pk", "translation_key")
        }
        organizations = {str(page.translation_key): page for page in OrganizationPage.objects.all()}
        taken, items = {}, []
        stored = self._stored(PathwayPage, self.found.pathways)
        for key, record in self.found.pathways.items():
            parent, slug, _page = self._placement(key, stored, self.pathway_index, taken)
            slug = slug or inverse.slug_for(record, taken[parent.pk])
            mapped = inverse.pathway(record, programs, organizations, self.terms, self.images)
            items.append((key, parent, _spec(PathwayPage, slug, key, mapped), mapped))
        self.pathways = self._sync("pathway", items)

    def _timestamps(self):
        """A page's last_modified is when the source last changed it, not when it was imported."""
        groups = (
            (self.found.organizations, self.organizations),
            (self.found.services, self.services),
            (self.found.pathways, getattr(self, "pathways", {})),
        )
        moments = {}
        for given, pages in groups:
            for key, record in given.items():
                moment = inverse.moment(record.get("last_modified"))
                page = pages.get(key)
                if moment is not None and page is not None:
                    moments[page.pk] = moment
        # Two updates per batch of pages (as bulk_update writes them), not two per page; a
        # page's first publication only ever moves earlier.
        for chunk in _chunks(moments):
            rows = Page.objects.filter(pk__in=chunk)
            rows.update(
                last_published_at=Case(
                    *(When(pk=pk, then=Value(moments[pk])) for pk in chunk),
                    output_field=DateTimeField(),
                )
            )
            rows.update(
                first_published_at=Case(
                    *(
                        When(pk=pk, first_published_at__gt=moments[pk], then=Value(moments[pk]))
                        for pk in chunk
                    ),
                    default=F("first_published_at"),
                    output_field=DateTimeField(),
                )
            )

    # What the hub did not keep.

    def _patches(self):
        batch = mapping.Batch(site_request(), originals=True)  # as export_hsds writes them
        hub = {}
        services_of = {}  # organization page id -> the page ids of its services in the files
        for key, page in self.services.items():
            owner = self.organizations[self.found.organization_of[key]]
            services_of.setdefault(owner.pk, []).append(page.pk)

        def service_records(pks):
            fetched = {}
            for chunk in _chunks(pks):
                for page in mapping.fetch_services(chunk, batch, full=True):
                    fetched[page.pk] = page
                    record = mapping.service(page, batch, full=True, organization=False)
                    hub[("service", record["id"])] = record
            return fetched

        # A batch of organizations at a time, their services fetched once for both records.
        organization_pks = [self.organizations[key].pk for key in self.found.organizations]
        for chunk in _chunks(organization_pks, 100):
            fetched = service_records([pk for org in chunk for pk in services_of.pop(org, [])])
            for record in organization_records(chunk, batch, True, False, fetched=fetched):
                hub[("organization", record["id"])] = record
        service_records([pk for pks in services_of.values() for pk in pks])  # others' services
        for key, place in self.places.items():
            hub[("location", key)] = mapping.location(place, batch)
        found = {
            "organization": self.found.organizations,
            "service": self.found.services,
            "location": self.found.places,
            "taxonomy_term": self.found.terms,
        }
        keys, new = [], []
        for (table, key), same in self.same.items():
            if table not in found:
                continue
            given = found[table][key]
            if table == "taxonomy_term":
                hub_id = self.term_ids[key]
                mine = batch.term(self.terms[key])
            else:
                mine, hub_id = hub.get((table, key)), key
            if mine is None:
                continue
            keys.append(Q(table=table, hsds_id=hub_id))
            patch = patches.diff(given, mine, same)
            if patch:
                new.append(RecordPatch(table=table, hsds_id=hub_id, patch=patch))
        for chunk in _chunks(keys):
            RecordPatch.objects.filter(_any(chunk)).delete()
        RecordPatch.objects.bulk_create(new, batch_size=500)

    def _keep_record(self, table, key, record, note=None):
        self.kept[(table, key)] = record
        line = self.found.lines.get((table, key))
        if line is not None:
            line.action = "kept"
            line.reasons.append(
                note or "The hub has no place for it; kept as given for the export."
            )

    def _keep(self):
        for table, rows in self.found.kept.items():
            for row in rows:
                self.kept[(table, str(row.get("id")))] = row
                line = self.report.line(table, row)
                line.action = "kept"
                line.reasons.append(
                    "Nothing in the files links to it; kept as given for the export."
                )
        if not self.kept:
            return
        for chunk in _chunks(Q(table=table, hsds_id=key) for table, key in self.kept):
            KeptRecord.objects.filter(_any(chunk)).delete()
        KeptRecord.objects.bulk_create(
            [KeptRecord(table=t, hsds_id=k, data=r) for (t, k), r in self.kept.items()],
            batch_size=500,
        )


def _spec(model, slug, key, mapped):
    """A page as the file has it; its HSDS id is its translation_key."""
    fields = {**mapped.values, "translation_key": uuid.UUID(key)}
    return PageSpec(
        model, slug, fields, m2m=mapped.m2m, children=mapped.children, may_be_blank=("summary",)
    )


def _any(conditions):
    combined = Q(pk__in=[])
    for condition in conditions:
        combined |= condition
    return combined
