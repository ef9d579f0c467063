"""Hostile .xlsx files built in memory, the way an attacker builds them by hand: a real workbook
whose first sheet's XML is replaced. Shared by the tests and bench/xlsx_bomb.py."""

import io
import zipfile

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
CELL = b'<c t="inlineStr"><is><t>x</t></is></c>'


def _inline_row(number, values):
    cells = "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)
    return f'<row r="{number}">{cells}</row>'.encode()


def real_workbook(rows):
    """An .xlsx as openpyxl saves it (text in sharedStrings.xml... as Excel does)."""
    book = Workbook()
    for values in rows:
        book.active.append(values)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_member(workbook, name, chunks):
    """The workbook with member `name` replaced by the given chunks of bytes, deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
        member = zipfile.ZipInfo(name)
        member.compress_type = zipfile.ZIP_DEFLATED
        with target.open(member, "w") as replaced:
            for chunk in chunks:
                replaced.write(chunk)
    return out.getvalue()


def workbook_with_sheet(sheet_xml_chunks):
    """A workbook made by openpyxl whose sheet1.xml is the given chunks of bytes."""
    return with_member(real_workbook([]), SHEET, sheet_xml_chunks)


def sheet_xml(header, cells, cell=lambda n: CELL):
    """The header row, then one row of `cells` inline-string cells."""
    yield (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>"
    )
    yield _inline_row(1, header)
    yield b'<row r="2">'
    for start in range(0, cells, 10_000):
        yield b"".join(cell(n) for n in range(start, min(cells, start + 10_000)))
    yield b"</row></sheetData></worksheet>"


def xlsx_bomb(header, cells=2_000_000):
    """The issue's bomb: a header row and one <row> of `cells` inline-string cells."""
    return workbook_with_sheet(sheet_xml(header, cells))


def wide_row_xlsx(header, cells):
    """One row of `cells` cells that each hold different text, so the file packs no tighter than
    a real sheet does and stays far within the size limits."""
    return workbook_with_sheet(
        sheet_xml(header, cells, lambda n: b'<c t="inlineStr"><is><t>%x</t></is></c>' % (n * 7919))
    )


def truncated_xlsx(header, rows):
    """A sheet whose XML stops in the middle of a tag, as a cut-off download leaves it."""
    body = b"".join(
        [
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>",
            _inline_row(1, header),
            *(_inline_row(number, values) for number, values in enumerate(rows, start=2)),
        ]
    )
    return workbook_with_sheet([body + b'<row r="99"><c t="inlineS'])
