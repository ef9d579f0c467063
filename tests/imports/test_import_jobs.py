"""Long imports run by the worker, not the request: staff upload an HSDS zip (the real HSDS 3.1
examples), a job waits, `manage.py import_worker` runs it with progress reaching its total, the
records become pages and a per-record report downloads as CSV. A cancel — before the worker
starts or while the import is writing — leaves nothing. Partners cannot reach the staff screens
or anyone else's job; a large spreadsheet goes through the same worker."""

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from hsds_schemas import HSDS
from partners_fixtures import assert_not_found, assert_refused

from hub.directory.models import Language, OrganizationPage, ProgramPage
from hub.imports import jobs
from hub.imports.models import ImportedListing, ImportJob
from hub.partners.onboarding import ensure_partner, ensure_staff_user

pytestmark = [pytest.mark.django_db, pytest.mark.database_vendor]
EXAMPLES = HSDS / "real" / "hsds-3.1-examples"
EXAMPLE_ORGANIZATION = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"  # "Example Organization Inc."
HSDS_URL = "/admin/import/hsds/"


def zipped(folder):
    """The folder as staff would zip it: one top folder holding every file."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, Path(folder.name) / path.relative_to(folder))
    return out.getvalue()


def zip_of(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.fixture
def staff(region):
    return ensure_staff_user("data.manager@hub.example", "staff-password")


@pytest.fixture
def partner(region):
    organization = OrganizationPage.objects.order_by("pk").first()
    return ensure_partner(organization, "programs@partner.example").user


def upload_hsds(client, content, name="hsds-3.1-examples.zip"):
    return client.post(HSDS_URL, {"file": SimpleUploadedFile(name, content)})


def worker():
    out = io.StringIO()
    call_command("import_worker", "--batch", stdout=out)
    return out.getvalue()


def example_pages():
    return OrganizationPage.objects.filter(translation_key=EXAMPLE_ORGANIZATION)


def report_rows(client, job):
    response = client.get(f"/admin/import/jobs/{job.pk}/report.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_staff_upload_an_hsds_zip_and_the_worker_imports_it(client, staff):
    client.force_login(staff)
    response = upload_hsds(client, zipped(EXAMPLES))
    assert response.status_code == 302
    job = ImportJob.objects.get()
    assert response["Location"] == f"/admin/import/jobs/{job.pk}/"
    assert (job.kind, job.status, job.user) == ("hsds", "queued", staff)
    assert not example_pages().exists()  # nothing written by the request

    waiting = client.get(response["Location"]).content.decode()
    assert "Waiting to start" in waiting and "<progress" in waiting
    assert 'http-equiv="refresh"' in waiting  # the page follows the job by itself

    assert f"Import {job.pk}: done" in worker()
    job.refresh_from_db()
    assert job.status == "done" and job.total > 0 and job.done == job.total
    assert job.started_at and job.finished_at
    organization = example_pages().get()
    assert organization.title == "Example Organization Inc."
    assert organization.get_children().exists()  # its service became a listing

    finished = client.get(response["Location"]).content.decode()
    assert "Imported" in finished and 'http-equiv="refresh"' not in finished
    assert "Cancel the import" not in finished
    assert "Added the language Urdu (ur)." in finished
    assert "Kept as given (no place in the hub)" in finished  # the place it cannot map
    rows = report_rows(client, job)
    assert list(rows[0]) == ["table", "hsds_id", "name", "action", "reasons"]
    by_id = {row["hsds_id"]: row for row in rows}
    assert (by_id[EXAMPLE_ORGANIZATION]["table"], by_id[EXAMPLE_ORGANIZATION]["action"]) == (
        "organization",
        "created",
    )
    assert by_id[EXAMPLE_ORGANIZATION]["name"] == "Example Organization Inc."
    assert {row["table"] for row in rows} >= {"organization", "service", "location"}
    # The same zip again: every record unchanged, still one organization.
    upload_hsds(client, zipped(EXAMPLES))
    worker()
    again = ImportJob.objects.order_by("-pk").first()
    assert again.status == "done"
    assert {row["action"] for row in report_rows(client, again) if row["table"] != "location"} <= {
        "unchanged",
        "kept",
    }
    assert example_pages().count() == 1


def test_a_cancel_before_the_worker_starts_leaves_nothing(client, staff):
    client.force_login(staff)
    job_url = upload_hsds(client, zipped(EXAMPLES))["Location"]
    job = ImportJob.objects.get()
    assert client.post(f"{job_url}cancel/").status_code == 302
    job.refresh_from_db()
    assert job.status == "cancelled" and job.cancel_requested
    assert "Import" not in worker()  # the worker does not take it
    assert not example_pages().exists()
    assert "Cancelled: nothing imported" in client.get(job_url).content.decode()


def test_a_cancel_while_the_import_writes_rolls_everything_back(client, staff, monkeypatch):
    client.force_login(staff)
    upload_hsds(client, zipped(EXAMPLES))
    job = ImportJob.objects.get()
    real_import = jobs.hsds_import

    def staff_cancel_meanwhile(path, **options):
        report = real_import(path, **options)
        assert example_pages().exists()  # written, not yet committed
        ImportJob.objects.filter(pk=job.pk).update(cancel_requested=True)
        return report

    monkeypatch.setattr(jobs, "hsds_import", staff_cancel_meanwhile)
    worker()
    job.refresh_from_db()
    assert job.status == "cancelled" and job.report == []
    assert not example_pages().exists()
    assert not Language.objects.filter(code="ur").exists()  # the language it added, gone too


def test_a_rejected_record_imports_nothing_and_the_report_says_why(client, staff):
    client.force_login(staff)
    good = {"id": "1e6e7d24-3c1a-4fd0-8f30-16d8d5b21f51", "name": "Good Org", "description": "x"}
    nameless = {"id": "8a1e4f2c-5b7d-4e3a-9c6f-2d4b8e1a7c90", "name": "", "description": "x"}
    hostile = {"id": "not a uuid", "name": '=HYPERLINK("http://evil.example","x")'}
    content = zip_of({"organizations.json": json.dumps([good, nameless, hostile])})
    upload_hsds(client, content, "three.zip")
    worker()
    job = ImportJob.objects.get()
    assert job.status == "failed"
    assert not OrganizationPage.objects.filter(title="Good Org").exists()
    page = client.get(f"/admin/import/jobs/{job.pk}/").content.decode()
    assert "Nothing imported" in page and "rejected: see the report" in page
    rows = {row["hsds_id"]: row for row in report_rows(client, job)}
    assert rows["not a uuid"]["action"] == "rejected" and rows["not a uuid"]["reasons"]
    assert rows["not a uuid"]["name"].startswith("'=HYPERLINK")  # shown as text, never run


@pytest.mark.parametrize(
    "content,message",
    [
        (b"id,name\n1,Not zipped\n", "This is not a zip file."),
        (zip_of({"../../organizations.json": "[]"}), "names a file outside its folder"),
        (zip_of({}), "The zip is empty."),
    ],
)
def test_a_file_that_is_not_a_usable_zip_is_refused_and_not_kept(client, staff, content, message):
    client.force_login(staff)
    response = upload_hsds(client, content, "upload.zip")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ImportJob.objects.exists()


def test_partners_cannot_reach_the_staff_screens_nor_see_jobs(client, staff, partner):
    client.force_login(staff)
    upload_hsds(client, zipped(EXAMPLES))
    job = ImportJob.objects.get()
    client.force_login(partner)
    # Wagtail's refusal: to the dashboard with its "no permission" message.
    assert_refused(client.get(HSDS_URL, follow=True), "hsds-3.1-examples.zip")
    sent = {"file": SimpleUploadedFile("mine.zip", zipped(EXAMPLES))}
    assert_refused(client.post(HSDS_URL, sent, follow=True))
    assert ImportJob.objects.count() == 1
    for url in (f"/admin/import/jobs/{job.pk}/", f"/admin/import/jobs/{job.pk}/report.csv"):
        assert_not_found(client.get(url, follow=True))
    assert_not_found(client.post(f"/admin/import/jobs/{job.pk}/cancel/", follow=True))
    job.refresh_from_db()
    assert job.status == "queued" and not job.cancel_requested
    assert "Import HSDS records" not in client.get("/admin/").content.decode()


def test_a_large_spreadsheet_is_imported_by_the_worker(client, partner, settings):
    settings.IMPORTS_BACKGROUND_ROWS = 2
    organization = OrganizationPage.objects.order_by("pk").first()
    rows = "".join(f"s{n},Science Club {n},Experiments after school.,club,6,8\n" for n in range(3))
    content = ("external_id,title,summary,kind,grade_min,grade_max\n" + rows).encode()
    client.force_login(partner)
    preview_url = client.post("/admin/import/", {"file": SimpleUploadedFile("clubs.csv", content)})[
        "Location"
    ]
    confirmed = client.post(preview_url)
    job = ImportJob.objects.get()
    assert confirmed["Location"] == f"/admin/import/jobs/{job.pk}/"
    assert (job.kind, job.status, job.total) == ("spreadsheet", "queued", 3)
    assert not ImportedListing.objects.filter(organization=organization).exists()

    worker()
    job.refresh_from_db()
    assert job.status == "done" and job.done == job.total == 3
    imported = ProgramPage.objects.filter(
        pk__in=ImportedListing.objects.filter(organization=organization).values("page")
    )
    assert sorted(p.title for p in imported) == [f"Science Club {n}" for n in range(3)]
    assert not any(p.live for p in imported)  # drafts, to submit for review
    page = client.get(confirmed["Location"]).content.decode()  # the partner's own job
    assert "submit them for review" in page
    assert [(r["external_id"], r["action"]) for r in report_rows(client, job)] == [
        ("s0", "create"),
        ("s1", "create"),
        ("s2", "create"),
    ]


def test_an_import_cut_short_by_a_stopped_worker_is_marked_failed(client, staff):
    client.force_login(staff)
    upload_hsds(client, zipped(EXAMPLES))
    ImportJob.objects.update(status="running")  # the worker was stopped mid-import
    worker()
    job = ImportJob.objects.get()
    assert job.status == "failed"
    page = client.get(f"/admin/import/jobs/{job.pk}/").content.decode()
    assert "stopped during this import" in page
    assert not example_pages().exists()
