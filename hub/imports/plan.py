"""From a partner's rows to a plan: per row, what will be created or changed, and every problem
with its row, column and a plain reason. `apply` writes a plan with no problems, all rows or
none, as drafts in the partner's own organization."""

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Revision

from hub.directory.bulk import IndexQueue, PageSpec, PageSync, save_drafts
from hub.directory.models import ProgramPage, ProgramSession

from .columns import COLUMNS, REQUIRED, Invalid
from .models import ImportedListing
from .spreadsheet import ImportRefused

PAGE_FIELDS = (
    "title",
    "summary",
    "kind",
    "grade_min",
    "grade_max",
    "format",
    "cost_type",
    "cost_amount",
    "apply_url",
    "contact_email",
    "contact_phone",
)
SESSION_FIELDS = ("start_date", "end_date", "application_deadline", "days_and_times")


@dataclass
class Problem:
    row: int
    column: str
    reason: str


@dataclass
class RowPlan:
    row: int
    external_id: str
    action: str  # "create", "update" or "unchanged"
    values: dict
    fingerprint: str
    page_id: int | None = None


@dataclass
class ImportPlan:
    rows: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)


def _fingerprint(raw):
    return hashlib.sha256(json.dumps(raw, sort_keys=True).encode()).hexdigest()


def _read_row(number, raw, problems, lookups):
    values = {}
    for column in COLUMNS:
        value = raw.get(column.name, "")
        if not value:
            if column.required:
                problems.append(
                    Problem(
                        number, column.name, _("%(column)s is empty.") % {"column": column.name}
                    )
                )
            continue
        try:
            values[column.name] = column.read(value, lookups)
        except Invalid as error:
            problems.append(Problem(number, column.name, f"{column.name} {value[:40]}: {error}"))
    if values.get("grade_min", -99) > values.get("grade_max", 99):
        problems.append(Problem(number, "grade_max", _("grade_max is below grade_min.")))
    if values.get("cost_type") in ("fixed", "sliding") and "cost_amount" not in values:
        problems.append(
            Problem(number, "cost_amount", _("a fixed or sliding cost needs cost_amount."))
        )
    if (
        "start_date" in values
        and values.get("end_date")
        and values["end_date"] < values["start_date"]
    ):
        problems.append(Problem(number, "end_date", _("end_date is before start_date.")))
    if "start_date" not in values and any(name in values for name in SESSION_FIELDS):
        problems.append(Problem(number, "start_date", _("dates and times need a start_date.")))
    return values


def plan(header, rows, organization):
    """An ImportPlan for `rows` (from spreadsheet.read) into `organization`. Raises
    ImportRefused when the file as a whole cannot be used."""
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportRefused(
            _("Missing columns: %(columns)s. Start from the template.")
            % {"columns": ", ".join(missing)}
        )
    if "organization" in header:
        for number, raw in rows:
            named = raw.get("organization", "")
            if named and named.casefold() != organization.title.casefold():
                raise ImportRefused(
                    _(
                        "Row %(row)d names the organization “%(named)s”; "
                        "you can import only into “%(yours)s”."
                    )
                    % {"row": number, "named": named[:80], "yours": organization.title}
                )
    known = {
        item.external_id: item for item in ImportedListing.objects.filter(organization=organization)
    }
    result, seen, lookups = ImportPlan(), {}, {}
    for number, raw in rows:
        values = _read_row(number, raw, result.problems, lookups)
        external_id = values.get("external_id", "")
        if external_id in seen:
            result.problems.append(
                Problem(
                    number,
                    "external_id",
                    _("external_id %(id)s is also on row %(other)d.")
                    % {"id": external_id, "other": seen[external_id]},
                )
            )
        seen[external_id] = number
        fingerprint = _fingerprint({c.name: raw.get(c.name, "") for c in COLUMNS})
        previous = known.get(external_id)
        if previous is None:
            action = "create"
        elif previous.fingerprint == fingerprint:
            action = "unchanged"
        else:
            action = "update"
        result.rows.append(
            RowPlan(
                number,
                external_id,
                action,
                values,
                fingerprint,
                previous.page_id if previous else None,
            )
        )
    return result


def _free_slug(title, taken):
    """A slug no sibling has; `taken` (the siblings' slugs) gets it too."""
    base = slugify(title)[:200] or "program"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


# An empty cost cell says nothing about the cost: the listing says "not listed", never "free".
UNKNOWN_WHEN_EMPTY = {"cost_type": ""}


def _page_fields(values):
    """The page's own fields from a row; a column left empty gets the field's default."""
    return {
        name: values.get(
            name, UNKNOWN_WHEN_EMPTY.get(name, ProgramPage._meta.get_field(name).get_default())
        )
        for name in PAGE_FIELDS
    }


def _session_rows(values):
    if "start_date" not in values:
        return []
    return [{name: values[name] for name in SESSION_FIELDS if name in values}]


def _spec(values, slug):
    return PageSpec(
        ProgramPage,
        slug,
        _page_fields(values),
        m2m={
            "interests": values.get("interests", []),
            "delivery_languages": values.get("delivery_languages", []),
        },
        children={"sessions": _session_rows(values)},
    )


def _fill(page, values):
    for name, value in _page_fields(values).items():
        setattr(page, name, value)
    page.interests = values.get("interests", [])
    page.delivery_languages = values.get("delivery_languages", [])
    page.sessions = [ProgramSession(**row) for row in _session_rows(values)]


def _latest_drafts(page_ids):
    """Each page as its latest revision has it, in the order given."""
    pages = ProgramPage.objects.in_bulk(page_ids)
    revisions = Revision.objects.in_bulk([page.latest_revision_id for page in pages.values()])
    return [revisions[pages[pk].latest_revision_id].as_object() for pk in page_ids]


@transaction.atomic
def apply(import_plan, organization, user):
    """Write every row of a plan without problems, or nothing. New and changed programs are
    drafts (a new revision each), to be submitted for review like any edit. Written in bulk
    (hub.directory.bulk): a few statements per batch of rows, not a few per row."""
    if import_plan.problems:
        raise ValueError("a plan with problems is never applied")
    created = [row for row in import_plan.rows if row.action == "create"]
    updated = [row for row in import_plan.rows if row.action == "update"]
    taken = set(organization.get_children().values_list("slug", flat=True))
    # Bulk writes send no save signals, so the new pages are indexed once, at the end.
    queue = IndexQueue()
    with translation.override("en"):  # spreadsheets are written in English
        specs = [_spec(row.values, _free_slug(row.values["title"], taken)) for row in created]
        new_pages = PageSync(queue, Counter()).create_drafts(organization, specs, user)
        changed_pages = _latest_drafts([row.page_id for row in updated])
        for row, page in zip(updated, changed_pages, strict=True):
            _fill(page, row.values)
        save_drafts(changed_pages, user)
    queue.flush()
    pages = {row.external_id: page for row, page in zip(created, new_pages, strict=True)}
    pages.update({row.external_id: page for row, page in zip(updated, changed_pages, strict=True)})
    ImportedListing.objects.bulk_create(
        [
            ImportedListing(
                organization=organization,
                external_id=row.external_id,
                page_id=pages[row.external_id].pk,
                fingerprint=row.fingerprint,
            )
            for row in created + updated
        ],
        update_conflicts=True,
        unique_fields=["organization", "external_id"],
        update_fields=["page", "fingerprint", "imported_at"],
        batch_size=500,
    )
