"""Values in HSDS's `uri`, `email` and date fields that the community's validators accept.

Source files often give a website as `www.example.org` or an email as `mailto:a@b.org`; a
`uri` or `email` field must not carry them as they are (frictionless and the JSON schemas
refuse the file). Such values are completed (`https://www.example.org`, `a@b.org`) on import
and on export; what cannot be completed leaves the standard field for `x_original_<field>`, so
nothing is lost and nothing invalid is published. A date field given a date and time (HSDS 1.x
metadata's `last_action_date` is one) keeps the date, the whole value in `x_original_<field>`."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator

from .tables import TABLE_OF_KEY, TABLES, TABULAR_TYPE

# A URI names its scheme first ("https:", "urn:", "mailto:"); a dot in it means a host name
# followed by a port (`www.x.org:8080`), not a scheme.
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+-]*:")
WEB = URLValidator(schemes=["http", "https"])
EMAIL = EmailValidator()
# The official tables' columns with a format to keep, by table: {column: format}.
FORMATTED = {
    table: {column[0]: column[2] for column in columns if column[2:] in (("uri",), ("email",))}
    for table, (_path, columns) in TABLES.items()
}


def _valid(validator, value):
    try:
        validator(value)
    except ValidationError:
        return False
    return True


def web_address(value):
    """`value` as an absolute URI, `https://` put before a bare host name; None if it is none."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if SCHEME.match(value) and not any(c.isspace() for c in value):
        return value
    completed = f"https://{value.removeprefix('//')}"
    return completed if _valid(WEB, completed) else None


def email_address(value):
    """`value` as an email address ("mailto:" and spaces taken off), or None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :].split("?", 1)[0].strip()
    return value if _valid(EMAIL, value) else None


NORMALISE = {"uri": web_address, "email": email_address}
# The tables' date columns (a plain string in the JSON schemas, a date for frictionless).
DATES = {}
for (_table, _column), _kind in TABULAR_TYPE.items():
    if _kind == "date":
        DATES.setdefault(_table, set()).add(_column)


def date_part(value):
    """The date of an ISO 8601 date and time ("2016-08-25T08:31:03+00:00"), or None."""
    if not isinstance(value, str) or len(value) <= 10 or value[10] not in "T ":
        return None
    try:
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return datetime.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def conform(table, record):
    """Complete `record`'s uri and email fields in place; move what cannot be to x_original_."""
    for name, kind in FORMATTED.get(table, {}).items():
        value = record.get(name)
        if value in (None, ""):
            continue
        fixed = NORMALISE[kind](value)
        if fixed is None:
            record.setdefault(f"x_original_{name}", value)
            del record[name]
        elif fixed != value:
            record[name] = fixed
    for name in DATES.get(table, ()):
        day = date_part(record.get(name))
        if day is not None:
            record.setdefault(f"x_original_{name}", record[name])
            record[name] = day


def conform_documents(value, table):
    """`conform` every record of a nested HSDS document (a record or a list of them)."""
    if isinstance(value, list):
        for item in value:
            conform_documents(item, table)
        return
    if not isinstance(value, dict):
        return
    conform(table, value)
    for key, inner in value.items():
        if TABLE_OF_KEY.get(key) and isinstance(inner, dict | list):
            conform_documents(inner, TABLE_OF_KEY[key])
