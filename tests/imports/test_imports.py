"""Spreadsheet import: a preview with every problem by row and column, all rows written or none,
the same file twice changes nothing, and hostile files are refused with nothing written."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook
from partners_fixtures import assert_not_found
from wagtail.models import Page, PageLogEntry, Revision

from hub.directory.models import Language, ProgramPage
from hub.imports import plan as planning
from hub.imports.models import ImportedListing, ImportUpload
from hub.imports.spreadsheet import MAX_ROWS, ImportRefused, read

# database_vendor: bulk upsert (update_conflicts) and all-or-nothing transactions.
pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]
HEADER = [
    "external_id",
    "title",
    "summary",
    "kind",
    "grade_min",
    "grade_max",
    "cost_type",
    "cost_amount",
    "interests",
    "delivery_languages",
    "contact_phone",
    "start_date",
]


def row(external_id, **changes):
    values = {
        "external_id": external_id,
        "title": f"Robot Lab {external_id}",
        "summary": "Build robots on Saturdays.",
        "kind": "club",
        "grade_min": "6",
        "grade_max": "8",
        "cost_type": "free",
        "cost_amount": "",
        "interests": "robotics",
        "delivery_languages": "en, es",
        "contact_phone": "+1 (510) 555-0100",
        "start_date": "2031-02-01",
    }
    values.update(changes)
    return values


def csv_file(rows, header=HEADER):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


@pytest.fixture
def languages():
    for code, name in (("en", "English"), ("es", "Español")):
        Language.objects.get_or_create(code=code, defaults={"endonym": name, "english_name": name})


def preview(content, world, filename="programs.csv"):
    header, rows = read(content, filename)
    return planning.plan(header, rows, world.alpha)


def imported_pages(world):
    return ProgramPage.objects.filter(
        pk__in=ImportedListing.objects.filter(organization=world.alpha).values("page")
    )


def test_the_preview_names_every_problem_and_writes_nothing(world, languages):
    content = csv_file(
        [row("a1"), row("a2", grade_max="14"), row("a3", kind="party", cost_type="fixed")]
    )
    pages_before = Page.objects.count()
    result = preview(content, world)
    assert [(r.row, r.action) for r in result.rows] == [(2, "create"), (3, "create"), (4, "create")]
    reasons = [(p.row, p.column, p.reason) for p in result.problems]
    assert (3, "grade_max", "grade_max 14: grades go up to 13 (after high school).") in reasons
    assert (4, "kind", f"kind party: use one of: {', '.join(ProgramPage.Kind.values)}.") in reasons
    assert (4, "cost_amount", "a fixed or sliding cost needs cost_amount.") in reasons
    assert Page.objects.count() == pages_before
    with pytest.raises(ValueError):
        planning.apply(result, world.alpha, world.partner_a)
    assert Page.objects.count() == pages_before


def test_rows_land_as_drafts_in_the_partners_organization(world, languages):
    result = preview(csv_file([row("a1"), row("a2")]), world)
    planning.apply(result, world.alpha, world.partner_a)
    pages = list(imported_pages(world).order_by("title"))
    assert [p.title for p in pages] == ["Robot Lab a1", "Robot Lab a2"]
    for page in pages:
        assert page.get_parent().pk == world.alpha.pk and not page.live
        draft = page.get_latest_revision_as_object()
        assert [i.slug for i in draft.interests.all()] == ["robotics"]
        assert sorted(lang.code for lang in draft.delivery_languages.all()) == ["en", "es"]
        assert str(draft.sessions.first().start_date) == "2031-02-01"
        assert page.latest_revision.user == world.partner_a and page.owner == world.partner_a
        assert page.url_path == f"{world.alpha.url_path}{page.slug}/"
        assert PageLogEntry.objects.filter(page=page, action="wagtail.create").exists()
    # The tree is what add_child() would have left: paths, depths and child counts agree.
    assert not any(Page.find_problems())
    assert world.alpha.get_children().count() == Page.objects.get(pk=world.alpha.pk).numchild


def test_the_same_file_twice_changes_nothing_and_a_change_is_a_draft(world, languages):
    content = csv_file([row("a1"), row("a2")])
    planning.apply(preview(content, world), world.alpha, world.partner_a)
    revisions = Revision.objects.count()
    again = preview(content, world)
    assert [r.action for r in again.rows] == ["unchanged", "unchanged"]
    planning.apply(again, world.alpha, world.partner_a)
    assert Revision.objects.count() == revisions and imported_pages(world).count() == 2

    changed = preview(csv_file([row("a1", summary="Now on Sundays."), row("a2")]), world)
    assert [r.action for r in changed.rows] == ["update", "unchanged"]
    planning.apply(changed, world.alpha, world.partner_a)
    page = imported_pages(world).get(title="Robot Lab a1")
    assert page.get_latest_revision_as_object().summary == "Now on Sundays."
    assert page.has_unpublished_changes and page.latest_revision.user == world.partner_a
    assert PageLogEntry.objects.filter(page=page, action="wagtail.edit").count() == 1
    assert imported_pages(world).count() == 2


def state():
    """Everything an import writes, to compare before and after a failed one."""
    return (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        sorted(ImportedListing.objects.values_list("external_id", "fingerprint")),
        sorted(Page.objects.values_list("pk", "latest_revision_id", "numchild")),
    )


@pytest.mark.parametrize(
    "broken",
    [
        # after the new pages are written, while the changed ones are
        "hub.imports.plan.save_drafts",
        # after every page is written, while they are indexed
        "hub.directory.bulk._index_references",
    ],
)
def test_all_rows_or_none(world, languages, monkeypatch, broken):
    planning.apply(preview(csv_file([row("a1")]), world), world.alpha, world.partner_a)
    result = preview(csv_file([row("a1", summary="Changed."), row("a2"), row("a3")]), world)
    assert [r.action for r in result.rows] == ["update", "create", "create"]

    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(broken, fail)
    before = state()
    with pytest.raises(RuntimeError):
        planning.apply(result, world.alpha, world.partner_a)
    assert state() == before


def xlsx(rows):
    book = Workbook()
    sheet = book.active
    for values in rows:
        sheet.append(values)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "content, filename, message",
    [
        ("Café".encode("latin-1") + b",x\n", "p.csv", "not UTF-8"),
        (
            csv_file([row("a1", title="=cmd|' /C calc'!A0")]),
            "p.csv",
            "Row 2, column title starts like a formula",
        ),
        (csv_file([row("a1", summary="@SUM(1+1)*cmd|' /C calc'!A0")]), "p.csv", "column summary"),
        (b"x" * (50 * 1024 * 1024), "p.csv", "the most we take is 5 MB"),
        (
            csv_file([row(f"r{n}") for n in range(MAX_ROWS + 1)]),
            "p.csv",
            f"more than {MAX_ROWS} rows",
        ),
        (
            csv_file([row("a1")], header=["external_id", "title"]),
            "p.csv",
            "Missing columns: summary, kind",
        ),
        (
            csv_file(
                [{**row("a1"), "organization": "Beta Coders"}], header=[*HEADER, "organization"]
            ),
            "p.csv",
            "you can import only into “Alpha Robotics”",
        ),
        (xlsx([HEADER, ["a1", '=HYPERLINK("http://evil")']]), "p.xlsx", "starts like a formula"),
        (b"PK\x03\x04 not really a workbook", "p.xlsx", "not a readable .xlsx"),
        (b"hello", "p.exe", "Upload a .csv or .xlsx file."),
    ],
)
def test_hostile_files_are_refused_and_nothing_is_written(
    world,
    languages,
    content,
    filename,
    message,
):
    pages_before = Page.objects.count()
    with pytest.raises(ImportRefused) as refused:
        preview(content, world, filename)
    assert message in refused.value.message
    assert Page.objects.count() == pages_before


def test_an_xlsx_file_reads_like_the_csv(world, languages):
    values = row("x1")
    result = preview(xlsx([HEADER, [values[c] for c in HEADER]]), world, "programs.xlsx")
    assert result.problems == [] and result.rows[0].values["title"] == "Robot Lab x1"


# --- In the admin: upload → preview → confirm ------------------------------------------------


def upload(client, content, name="programs.csv"):
    return client.post("/admin/import/", {"file": SimpleUploadedFile(name, content)})


def test_a_partner_uploads_previews_and_confirms(client, world, languages):
    client.force_login(world.partner_a)
    response = upload(client, csv_file([row("a1"), row("a2")]))
    assert response.status_code == 302
    preview_url = response["Location"]
    page = client.get(preview_url)
    assert page.content.decode().count('data-action="create"') == 2
    assert not imported_pages(world).exists()  # nothing written before confirming

    done = client.post(preview_url)
    assert done.status_code == 302 and done["Location"] == "/admin/"
    assert sorted(p.title for p in imported_pages(world)) == ["Robot Lab a1", "Robot Lab a2"]
    assert all(not p.live for p in imported_pages(world))
    assert_not_found(client.post(preview_url, follow=True))  # applied once, not twice


def test_a_file_with_problems_cannot_be_confirmed(client, world, languages):
    client.force_login(world.partner_a)
    preview_url = upload(client, csv_file([row("a1", grade_max="14")]))["Location"]
    html = client.get(preview_url).content.decode()
    assert "grade_max 14: grades go up to 13 (after high school)." in html
    assert "Confirm and import" not in html
    client.post(preview_url)
    assert not imported_pages(world).exists()


def test_a_hostile_upload_is_refused_on_the_spot(client, world, languages):
    client.force_login(world.partner_a)
    response = upload(client, csv_file([row("a1", title="=1+2")]))
    assert response.status_code == 400
    assert "starts like a formula" in response.content.decode()
    assert not ImportUpload.objects.exists()


def test_only_a_partner_imports_and_only_into_their_own_organization(client, world, languages):
    client.force_login(world.partner_a)
    preview_url = upload(client, csv_file([row("a1")]))["Location"]
    client.force_login(world.partner_b)
    assert_not_found(client.get(preview_url, follow=True))
    assert_not_found(client.post(preview_url, follow=True))
    assert not imported_pages(world).exists()


def test_staff_import_on_behalf_of_the_organization_they_choose(client, world, languages):
    client.force_login(world.staff)
    page = client.get("/admin/import/").content.decode()
    assert 'name="organization"' in page and "Beta Coders" in page
    no_choice = client.post("/admin/import/", {"file": SimpleUploadedFile("p.csv", b"x")})
    assert no_choice.status_code == 400
    assert "Choose the organization" in no_choice.content.decode()

    content = csv_file([row("b1")])
    sent = client.post(
        "/admin/import/",
        {"organization": world.beta.pk, "file": SimpleUploadedFile("p.csv", content)},
    )
    preview_url = sent["Location"]
    assert "Into Beta Coders" in client.get(preview_url).content.decode()
    client.force_login(world.partner_a)  # another organization's partner never sees it
    assert_not_found(client.get(preview_url, follow=True))
    client.force_login(world.staff)
    assert client.post(preview_url)["Location"] == f"/admin/pages/{world.beta.pk}/"
    imported = ImportedListing.objects.get(organization=world.beta, external_id="b1")
    page = ProgramPage.objects.get(pk=imported.page_id)
    assert page.get_parent().pk == world.beta.pk and not page.live
    assert page.latest_revision.user == world.staff


def test_the_template_explains_every_column_in_english_and_spanish(client, world, languages):
    client.force_login(world.partner_a)
    response = client.get("/admin/import/template.xlsx")
    book = load_workbook(io.BytesIO(response.content))
    header = [cell.value for cell in book["programs"][1]]
    assert header[:3] == ["external_id", "title", "summary"]
    explained = {r[0]: r for r in book["columns"].iter_rows(min_row=2, values_only=True)}
    assert set(explained) == set(header)
    assert explained["grade_max"][2] == "Oldest grade, same numbers."
    assert explained["grade_max"][3] and explained["grade_max"][3] != explained["grade_max"][2]
    # The example row passes the importer's own checks.
    example = [[cell.value for cell in line] for line in book["programs"].iter_rows()]
    assert preview(xlsx(example), world, "t.xlsx").problems == []
