"""Hostile .xlsx files a partner can upload (issue 15, items 1 and 2): the 226 KB zip bomb that
unpacks to two million cells, a row wider than any spreadsheet, and workbooks cut off or corrupted
are each refused at once, with bounded memory and a reason, never parsed again, never a 500."""

import io
import time
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from spreadsheet_files import (
    SHEET,
    real_workbook,
    truncated_xlsx,
    wide_row_xlsx,
    with_member,
    xlsx_bomb,
)

from hub.directory.models import Language
from hub.imports import spreadsheet
from hub.imports.columns import COLUMNS
from hub.imports.models import ImportUpload
from hub.imports.spreadsheet import ImportRefused, read

pytestmark = pytest.mark.django_db
HEADER = [column.name for column in COLUMNS]
ROW = [
    "a1",
    "Robot Lab",
    "Build robots on Saturdays.",
    "club",
    "6",
    "8",
    "in_person",
    "free",
    "",
    "",
    "en",
]
UNREADABLE = "not a readable .xlsx workbook"


def refusal(content, filename="programs.xlsx"):
    """(message, seconds, peak bytes of Python memory) of reading a file that must be refused."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ImportRefused) as refused:
            read(content, filename)
    finally:
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return refused.value.message, seconds, peak


# --- Item 1: the zip bomb -----------------------------------------------------------------------


def test_the_issues_two_million_cell_zip_bomb_is_refused_at_once_with_bounded_memory():
    bomb = xlsx_bomb(HEADER, cells=2_000_000)
    assert len(bomb) < 250_000  # the issue's 226 KB
    message, seconds, peak = refusal(bomb)
    assert "unpacks to 72 MB" in message and "the most we read is" in message
    assert seconds < 0.5, f"took {seconds:.2f} s"
    assert peak < 5 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_a_zip_bomb_small_enough_to_pass_the_size_limit_is_refused_by_its_packing():
    # 1.9 MB of cells packed into 6 KB: no spreadsheet of programs packs 300 to 1.
    message, seconds, _peak = refusal(xlsx_bomb(HEADER, cells=50_000))
    assert "times its packed size" in message
    assert seconds < 0.5


def test_a_row_of_100_000_different_cells_is_refused_before_openpyxl_builds_it():
    # 4.5 MB unpacked and packed no tighter than real text: within the size and packing limits,
    # so only counting cells (which a spreadsheet program caps at 16,384 a row) stops it.
    wide = wide_row_xlsx(HEADER, cells=100_000)
    with zipfile.ZipFile(io.BytesIO(wide)) as book:
        sheet = book.getinfo(SHEET)
        assert sheet.file_size / sheet.compress_size < 20
    message, seconds, peak = refusal(wide)
    assert "Row 2 has more than 16384 cells" in message
    assert seconds < 1, f"took {seconds:.2f} s"
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_a_sheet_with_more_cells_than_programs_need_is_refused(monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_CELLS", 1000, raising=False)
    rows = [HEADER] + [[f"r{n}", *ROW[1:], *["note"] * 20] for n in range(40)]  # 40 x 31 cells
    message, _seconds, _peak = refusal(real_workbook(rows))
    assert "more than 1000 cells" in message


def test_columns_past_the_last_one_the_hub_knows_are_not_kept_in_memory():
    many = [f"extra{n}" for n in range(500)]
    header, rows = read(real_workbook([[*HEADER, *many], [*ROW, *many]]), "p.xlsx")
    assert len(header) <= spreadsheet.MAX_COLUMNS < 500
    assert header[:3] == ["external_id", "title", "summary"]
    assert rows[0][1]["title"] == "Robot Lab"


@pytest.fixture
def languages():
    Language.objects.get_or_create(code="en", defaults={"endonym": "English"})


def upload(client, content, name="programs.xlsx"):
    started = time.perf_counter()
    response = client.post("/admin/import/", {"file": SimpleUploadedFile(name, content)})
    return response, time.perf_counter() - started


def test_a_partner_uploading_the_bomb_is_refused_on_the_spot_and_nothing_is_stored(client, world):
    client.force_login(world.partner_a)
    response, seconds = upload(client, xlsx_bomb(HEADER, cells=2_000_000))
    assert response.status_code == 400
    assert "the most we read is" in response.content.decode()
    assert seconds < 1, f"took {seconds:.2f} s"
    assert not ImportUpload.objects.exists()


def test_a_bomb_stored_before_the_fix_is_refused_on_preview_and_never_parsed_again(client, world):
    stored = ImportUpload.objects.create(
        organization=world.alpha,
        user=world.partner_a,
        filename="programs.xlsx",
        content=xlsx_bomb(HEADER, cells=50_000),
    )
    client.force_login(world.partner_a)
    started = time.perf_counter()
    response = client.get(f"/admin/import/{stored.pk}/", follow=True)
    assert time.perf_counter() - started < 1
    assert response.redirect_chain[-1][0] == "/admin/import/"
    assert "times its packed size" in response.content.decode()
    assert not ImportUpload.objects.filter(pk=stored.pk).exists()  # refused once, then gone


def test_the_preview_does_not_parse_the_stored_file_again_on_every_visit(
    client,
    world,
    languages,
    monkeypatch,
):
    client.force_login(world.partner_a)
    response, _seconds = upload(client, real_workbook([HEADER, ROW]))
    preview_url = response["Location"]

    def parse_again(*args):
        raise AssertionError("the stored file was parsed again")

    monkeypatch.setattr("hub.imports.views.read", parse_again)
    for _visit in range(3):
        page = client.get(preview_url)
        assert page.status_code == 200
        assert page.content.decode().count('data-action="create"') == 1
    assert client.post(preview_url)["Location"] == "/admin/"


# --- Item 2: a broken workbook --------------------------------------------------------------------


def _corrupted_sheet():
    """A real workbook whose sheet's deflated bytes are damaged in the middle."""
    book = real_workbook([HEADER, *[[f"r{n}", *ROW[1:]] for n in range(300)]])
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        info = archive.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    return book[:middle] + bytes(b ^ 0x5A for b in book[middle : middle + 64]) + book[middle + 64 :]


def _without_member(workbook, name):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as source:
        with zipfile.ZipFile(out, "w") as target:
            for info in source.infolist():
                if info.filename != name:
                    target.writestr(info, source.read(info))
    return out.getvalue()


BROKEN = {
    "sheet cut mid-tag": lambda: truncated_xlsx(HEADER, [ROW]),
    "styles cut mid-tag": lambda: with_member(
        real_workbook([HEADER, ROW]), "xl/styles.xml", [b'<?xml version="1.0"?><styleSheet><nu']
    ),
    "workbook part cut mid-tag": lambda: with_member(
        real_workbook([HEADER, ROW]), "xl/workbook.xml", [b'<?xml version="1.0"?><workbook><she']
    ),
    "sheet's packed bytes damaged": _corrupted_sheet,
    "sheet missing": lambda: _without_member(real_workbook([HEADER, ROW]), SHEET),
}


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
def test_a_broken_workbook_is_the_same_clear_refusal_as_any_unreadable_file(broken):
    message, _seconds, _peak = refusal(BROKEN[broken]())
    assert UNREADABLE in message


def test_a_partner_uploading_a_sheet_cut_mid_tag_gets_the_refusal_not_a_500(client, world):
    client.force_login(world.partner_a)
    response, _seconds = upload(client, truncated_xlsx(HEADER, [ROW]))
    assert response.status_code == 400
    assert UNREADABLE in response.content.decode()
    assert not ImportUpload.objects.exists()


def test_a_broken_workbook_stored_before_the_fix_ends_in_the_refusal_not_a_500(client, world):
    stored = ImportUpload.objects.create(
        organization=world.alpha,
        user=world.partner_a,
        filename="programs.xlsx",
        content=truncated_xlsx(HEADER, [ROW]),
    )
    client.force_login(world.partner_a)
    response = client.get(f"/admin/import/{stored.pk}/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/import/"
    assert UNREADABLE in response.content.decode()
