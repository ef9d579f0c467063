"""A partner's spreadsheet (CSV or XLSX) read into plain rows of text, or refused with a reason
a person can act on. Nothing here writes anything."""

import csv
import io
import zipfile

from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024  # a region's programs fit in far less
MAX_ROWS = 5000
# A cell a spreadsheet program would run as a formula when someone opens an export of it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ImportRefused(ValueError):
    """The whole file is refused; `message` says why (and where, when it is one cell)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _looks_like_formula(value):
    if not value.startswith(FORMULA_STARTS):
        return False
    # "+1 (510) 555-0100" and "-" alone are a phone number and a dash, not formulas.
    rest = value[1:].replace(" ", "").replace("(", "").replace(")", "").replace("-", "")
    return not (value[0] in "+-" and (rest.isdigit() or rest == ""))


def read(content, filename):
    """(header, rows): the column names, and each row as {column: text} with its spreadsheet
    row number (the header is row 1). Raises ImportRefused."""
    if len(content) > MAX_BYTES:
        raise ImportRefused(
            _("The file is %(size)d MB; the most we take is %(max)d MB.")
            % {"size": len(content) // (1024 * 1024), "max": MAX_BYTES // (1024 * 1024)}
        )
    name = filename.lower()
    if name.endswith(".xlsx"):
        table = _xlsx_rows(content)
    elif name.endswith(".csv"):
        table = _csv_rows(content)
    else:
        raise ImportRefused(_("Upload a .csv or .xlsx file."))
    header = [str(cell or "").strip().lower() for cell in next(table, [])]
    if not any(header):
        raise ImportRefused(_("The file is empty: the first row must name the columns."))
    rows = []
    for number, cells in enumerate(table, start=2):
        values = ["" if cell is None else str(cell).strip() for cell in cells]
        if not any(values):
            continue  # blank lines between programs are harmless
        if len(rows) >= MAX_ROWS:
            raise ImportRefused(
                _("The file has more than %(max)d rows; split it into smaller files.")
                % {"max": MAX_ROWS}
            )
        row = dict(zip(header, values, strict=False))
        for column, value in row.items():
            if _looks_like_formula(value):
                raise ImportRefused(
                    _(
                        "Row %(row)d, column %(column)s starts like a formula (%(value)s). "
                        "Remove the leading character; the hub takes text and numbers only."
                    )
                    % {"row": number, "column": column, "value": value[:20]}
                )
        rows.append((number, row))
    return header, rows


def _csv_rows(content):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            _(
                "The file is not UTF-8 text (byte %(position)d). In your spreadsheet program, "
                "save it as “CSV UTF-8”."
            )
            % {"position": error.start}
        ) from error
    if "\x00" in text:
        raise ImportRefused(_("The file is not a text CSV file."))
    try:
        return iter(list(csv.reader(io.StringIO(text, newline=""))))
    except csv.Error as error:
        raise ImportRefused(
            _("The CSV file cannot be read: %(error)s") % {"error": error}
        ) from error


def _xlsx_rows(content):
    from openpyxl import load_workbook

    try:
        # Formulas are kept as formulas (not their cached values), so they can be refused.
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportRefused(_("The file is not a readable .xlsx workbook.")) from error
    sheet = book.worksheets[0]
    return (
        [_xlsx_cell(cell) for cell in row]
        for row in sheet.iter_rows(max_row=MAX_ROWS + 2, values_only=True)
    )


def _xlsx_cell(value):
    if hasattr(value, "isoformat"):
        return value.date().isoformat() if hasattr(value, "date") else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value
