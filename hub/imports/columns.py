"""The spreadsheet's columns: what each holds and how it is read. One table, so the template
a partner downloads and the checks made on their file never disagree."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.directory.grades import POST_SECONDARY, PREK
from hub.directory.models import Interest, Language, ProgramPage


class Invalid(ValueError):
    """A cell that cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    explanation: object  # lazily translated: the template explains it in English and Spanish
    read: object  # (text, lookups) -> value, raises Invalid; lookups: a dict kept per file


def text(limit):
    def read(value, lookups):
        if len(value) > limit:
            raise Invalid(
                _("%(count)d characters: the most is %(max)d.")
                % {"count": len(value), "max": limit}
            )
        return value

    return read


def choice(choices):
    def read(value, lookups):
        value = value.lower()
        allowed = [code for code in dict(choices) if code]  # an empty cell is no choice
        if value not in allowed:
            raise Invalid(_("use one of: %(allowed)s.") % {"allowed": ", ".join(allowed)})
        return value

    return read


def grade(value, lookups):
    try:
        number = int(value)
    except ValueError:
        raise Invalid(_("use a whole number.")) from None
    if number > POST_SECONDARY:
        raise Invalid(_("grades go up to %(max)d (after high school).") % {"max": POST_SECONDARY})
    if number < PREK:
        raise Invalid(_("grades start at %(min)d (Pre-K).") % {"min": PREK})
    return number


def amount(value, lookups):
    try:
        number = Decimal(value.replace("$", "").replace(",", ""))
    except InvalidOperation:
        raise Invalid(_("use a number of dollars, like 120 or 45.50.")) from None
    if number < 0 or number > 100000:
        raise Invalid(_("use an amount from 0 to 100000."))
    return number


def day(value, lookups):
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid(_("use a date written like 2027-01-31.")) from None


def url(value, lookups):
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        raise Invalid(_("use a full web address starting with https://.")) from None
    return value


def email(value, lookups):
    try:
        EmailValidator()(value)
    except ValidationError:
        raise Invalid(_("this is not an email address.")) from None
    return value


def slugs(model, field):
    def read(value, lookups):
        wanted = [part.strip().lower() for part in value.split(",") if part.strip()]
        if model not in lookups:  # read once per file, not once per cell
            lookups[model] = {getattr(obj, field).lower(): obj for obj in model.objects.all()}
        known = lookups[model]
        unknown = [part for part in wanted if part not in known]
        if unknown:
            raise Invalid(_("unknown: %(values)s.") % {"values": ", ".join(unknown)})
        return [known[part] for part in wanted]

    return read


# Explanations are lazy: the template shows them in the reader's language.
COLUMNS = [
    Column(
        "external_id",
        True,
        gettext_lazy("Your own id for the program; keep it the same every time."),
        text(100),
    ),
    Column("title", True, gettext_lazy("The program's name, in English."), text(255)),
    Column(
        "summary",
        True,
        gettext_lazy("One or two sentences a family reads first, in English."),
        text(400),
    ),
    Column(
        "kind",
        True,
        gettext_lazy("What it is (see the allowed values)."),
        choice(ProgramPage.Kind.choices),
    ),
    Column(
        "grade_min",
        True,
        gettext_lazy("Youngest grade: -1 is Pre-K, 0 kindergarten, 13 after high school."),
        grade,
    ),
    Column("grade_max", True, gettext_lazy("Oldest grade, same numbers."), grade),
    Column(
        "format",
        False,
        gettext_lazy("in_person, online or hybrid (in_person when empty)."),
        choice(ProgramPage.Format.choices),
    ),
    Column(
        "cost_type",
        False,
        gettext_lazy("free, fixed or sliding (cost not listed when empty)."),
        choice(ProgramPage.CostType.choices),
    ),
    Column(
        "cost_amount", False, gettext_lazy("Dollars, when the cost is fixed or sliding."), amount
    ),
    Column(
        "interests",
        False,
        gettext_lazy("Interest slugs, comma separated (robotics, coding...)."),
        slugs(Interest, "slug"),
    ),
    Column(
        "delivery_languages",
        False,
        gettext_lazy("Codes of the languages staff teach in: en, es, vi..."),
        slugs(Language, "code"),
    ),
    Column("apply_url", False, gettext_lazy("Where families apply (https://...)."), url),
    Column("contact_email", False, gettext_lazy("An email address families can write to."), email),
    Column("contact_phone", False, gettext_lazy("A phone number families can call."), text(30)),
    Column("start_date", False, gettext_lazy("First day, written 2027-01-31."), day),
    Column("end_date", False, gettext_lazy("Last day, written 2027-05-31."), day),
    Column(
        "application_deadline", False, gettext_lazy("Apply by this day, written 2027-01-15."), day
    ),
    Column(
        "days_and_times",
        False,
        gettext_lazy("When it meets, in words: Tuesdays 4–6 pm."),
        text(120),
    ),
]
REQUIRED = [column.name for column in COLUMNS if column.required]
