"""A partner's spreadsheet (CSV or XLSX) read into plain rows of text, or refused with a reason
a person can act on. Nothing here writes anything."""

import csv
import io
import zipfile
import zlib
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from django.utils.translation import gettext as _

from hub.formula_cells import unescape

from .columns import COLUMNS

MAX_BYTES = 5 * 1024 * 1024  # a region's programs fit in far less
MAX_ROWS = 5000

# An .xlsx is a zip of XML parts, and 226 KB of zip can unpack to 76 MB of cells (issue 15), so
# the zip's own directory is checked before anything is unpacked. A full 5,000-row sheet of
# programs, every column filled and every title and summary as long as allowed, unpacks to
# about 9 MB (measured; packed 9 to 1); real sheets are a few MB.
MAX_UNPACKED_PART = 16 * 1024 * 1024
MAX_UNPACKED = 32 * 1024 * 1024
# XML packs 5 to 20 times smaller; bombs pack hundreds of times. Apache POI refuses parts past
# 100 KB that pack more than 100 to 1 (ZipSecureFile's default), and so does the hub.
MAX_PACKING = 100
PACKING_CHECKED_PAST = 100 * 1024
# The columns the hub knows plus room for a partner's own notes; columns past these are not read.
MAX_COLUMNS = len(COLUMNS) + 32
# openpyxl builds a whole <row> in memory before handing it over, and one row of a few MB can
# hold millions of cells, so cells are counted first, streaming: no spreadsheet program writes
# more than 16,384 cells a row (Excel's last column, XFD), and no sheet of programs needs more
# cells than its rows times the columns read.
MAX_CELLS_IN_A_ROW = 16_384
MAX_CELLS = (MAX_ROWS + 2) * MAX_COLUMNS
# What reading a damaged .xlsx can raise, from zipfile, zlib, the XML parser or openpyxl.
UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    ParseError,
    expat.ExpatError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    EOFError,
    OSError,
)
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
        # The hub's own downloads write a cell that looks like a formula behind an apostrophe
        # (hub/formula_cells.py); a partner sending one back means the text without it.
        values = ["" if cell is None else unescape(str(cell).strip()) for cell in cells]
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

    unreadable = _("The file is not a readable .xlsx workbook.")
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            _check_unpacked_sizes(archive)
            _count_cells(archive)
        # Formulas are kept as formulas (not their cached values), so they can be refused.
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
        sheet = book.worksheets[0]
        # Read here, in full (the counts above bound it): a damaged part fails while rows are
        # read, and must be refused like any other unreadable file.
        rows = [
            [_xlsx_cell(cell) for cell in row]
            for row in sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS, values_only=True)
        ]
    except ImportRefused:
        raise
    except UNREADABLE as error:
        raise ImportRefused(unreadable) from error
    return iter(rows)


def _check_unpacked_sizes(archive):
    """Refuse from the zip's directory alone, before unpacking a byte. Python's zipfile never
    unpacks more than a part's declared size (a part that lies fails its checksum), so the
    declared sizes are the most that reading can cost."""
    total = 0
    for part in archive.infolist():
        total += part.file_size
        if part.file_size > MAX_UNPACKED_PART or total > MAX_UNPACKED:
            raise ImportRefused(
                _(
                    "The .xlsx file unpacks to %(size)d MB; the most we read is %(max)d MB. "
                    "Keep only the programs sheet, or save it as CSV."
                )
                % {
                    "size": sum(p.file_size for p in archive.infolist()) // (1024 * 1024),
                    "max": MAX_UNPACKED // (1024 * 1024),
                }
            )
        if part.file_size > PACKING_CHECKED_PAST and part.file_size > MAX_PACKING * max(
            part.compress_size, 1
        ):
            raise ImportRefused(
                _(
                    "The .xlsx file unpacks to %(ratio)d times its packed size, which no "
                    "spreadsheet of programs does. Save it again, or save it as CSV."
                )
                % {"ratio": part.file_size // max(part.compress_size, 1)}
            )


def _count_cells(archive):
    """Count the cells of every part, streaming with expat (nothing kept in memory), and refuse
    a file with more than a sheet of programs can hold before openpyxl reads it."""
    cells = strings = row = in_row = 0

    def start(name, attributes):
        nonlocal cells, strings, row, in_row
        name = name.rpartition(":")[2]  # a prefixed "x:row" is a row too
        if name == "c":
            cells += 1
            in_row += 1
            if in_row > MAX_CELLS_IN_A_ROW:
                raise ImportRefused(
                    _(
                        "Row %(row)d has more than %(max)d cells, more than any spreadsheet "
                        "program writes. Delete the extra columns, or save it as CSV."
                    )
                    % {"row": row, "max": MAX_CELLS_IN_A_ROW}
                )
        elif name == "row":
            row += 1
            in_row = 0
        elif name == "si":  # a shared string: openpyxl keeps them all in a list
            strings += 1
        if cells > MAX_CELLS or strings > MAX_CELLS:
            raise ImportRefused(
                _(
                    "The sheet holds more than %(max)d cells, far more than %(rows)d programs "
                    "need. Delete the empty rows and extra columns, or save it as CSV."
                )
                % {"max": MAX_CELLS, "rows": MAX_ROWS}
            )

    def no_declarations(*args):
        raise expat.ExpatError("a part declares a document type or entities")

    for part in archive.infolist():
        parser = expat.ParserCreate()
        parser.StartElementHandler = start
        parser.StartDoctypeDeclHandler = no_declarations
        parser.EntityDeclHandler = no_declarations
        row = in_row = 0
        try:
            with archive.open(part) as unpacked:
                while chunk := unpacked.read(64 * 1024):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except expat.ExpatError:
            # Not XML (a thumbnail), or broken XML: openpyxl refuses it if it is a part it
            # needs. Its cells up to the fault are counted all the same.
            continue


def _xlsx_cell(value):
    if hasattr(value, "isoformat"):
        return value.date().isoformat() if hasattr(value, "date") else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value
