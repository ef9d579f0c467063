"""The downloadable template: the columns to fill, one example row, and every column explained
in English and in Spanish on a second sheet."""

import io

from django.utils import translation
from openpyxl import Workbook

from hub.formula_cells import safe_cell

from .columns import COLUMNS

EXAMPLE = {
    "external_id": "robot-club-2027",
    "title": "Robot Club",
    "summary": "Build and program robots after school.",
    "kind": "club",
    "grade_min": 6,
    "grade_max": 8,
    "format": "in_person",
    "cost_type": "free",
    "interests": "robotics",
    "delivery_languages": "en, es",
    "apply_url": "https://example.org/apply",
    "contact_email": "club@example.org",
    "start_date": "2027-02-01",
    "days_and_times": "Tuesdays 4–6 pm",
}


def workbook():
    book = Workbook()
    programs = book.active
    programs.title = "programs"
    explained = book.create_sheet("columns")

    def append(sheet, values):
        # Through safe_cell: openpyxl writes text that starts with "=" as a live formula, and the
        # explanations come from translators' catalogs.
        sheet.append([safe_cell(value) for value in values])

    append(programs, [column.name for column in COLUMNS])
    append(programs, [EXAMPLE.get(column.name, "") for column in COLUMNS])
    append(explained, ["column", "required / obligatorio", "English", "Español"])
    for column in COLUMNS:
        with translation.override("en"):
            english = str(column.explanation)
        with translation.override("es"):
            spanish = str(column.explanation)
        append(explained, [column.name, "yes / sí" if column.required else "", english, spanish])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
