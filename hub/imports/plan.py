"""From a partner's rows to a plan: per row, what will be created or changed, and every problem
with its row, column and a plain reason. `apply` writes a plan with no problems, all rows or
none, as drafts in the partner's own organization."""

import hashlib
import json
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

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


def _fill(page, values):
    for name in PAGE_FIELDS:
        default = ProgramPage._meta.get_field(name).get_default()
        setattr(page, name, values.get(name, default))
    page.interests = values.get("interests", [])
    page.delivery_languages = values.get("delivery_languages", [])
    if "start_date" in values:
        page.sessions = [ProgramSession(**{n: values[n] for n in SESSION_FIELDS if n in values})]
    else:
        page.sessions = []


@transaction.atomic
def apply(import_plan, organization, user):
    """Write every row of a plan without problems, or nothing. New and changed programs are
    drafts (a new revision), to be submitted for review like any edit."""
    if import_plan.problems:
        raise ValueError("a plan with problems is never applied")
    taken = set(organization.get_children().values_list("slug", flat=True))
    with translation.override("en"):  # the spreadsheet is written in English
        for row in import_plan.rows:
            if row.action == "unchanged":
                continue
            if row.action == "create":
                page = ProgramPage(live=False, owner=user)
                _fill(page, row.values)
                page.slug = _free_slug(page.title, taken)
                organization.add_child(instance=page)
            else:
                page = ProgramPage.objects.get(pk=row.page_id).get_latest_revision_as_object()
                _fill(page, row.values)
            page.save_revision(user=user, log_action=True)
            ImportedListing.objects.update_or_create(
                organization=organization,
                external_id=row.external_id,
                defaults={"page": page, "fingerprint": row.fingerprint},
            )
