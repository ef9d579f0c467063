"""Running an ImportJob in the worker: an HSDS zip or a confirmed spreadsheet, all or nothing.

Progress is saved outside the import's transaction (a page cannot see what an open transaction
wrote), so it moves between phases: HSDS — unpacked, then read, checked and written in one go
(`import_hsds` offers no callback); spreadsheet — checked, then written. Cancel is checked at
each phase and once more inside the transaction just before it commits: a cancel seen there
rolls back everything the import wrote."""

import io
import logging
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub.formula_cells import SafeWriter

from .models import ImportJob
from .plan import apply, plan
from .spreadsheet import ImportRefused

logger = logging.getLogger(__name__)

MAX_ZIP_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024**3  # as hub.hsds.sources takes for one file
MAX_MEMBERS = 10_000
HSDS_STEPS = 2  # unpacked; read, checked and written
REPORT_COLUMNS = {
    ImportJob.Kind.HSDS: ("table", "hsds_id", "name", "action", "reasons"),
    ImportJob.Kind.SPREADSHEET: ("row", "external_id", "title", "action"),
    ImportJob.Kind.MAPPING: ("page", "title", "action"),
}


class Cancelled(Exception):
    pass


# --- The HSDS zip ---------------------------------------------------------------------------


def _members(archive):
    """The zip's files, refused whole when one would land outside the folder or when there are
    too many of them or they say they unpack to too much."""
    members = [
        m
        for m in archive.infolist()
        if not m.is_dir() and not m.filename.startswith("__MACOSX/")  # macOS's extra copies
    ]
    if len(members) > MAX_MEMBERS:
        raise ImportRefused(_("The zip holds more than %(count)d files.") % {"count": MAX_MEMBERS})
    for member in members:
        name = PurePosixPath(member.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts:
            raise ImportRefused(
                _("The zip names a file outside its folder: %(name)s") % {"name": name}
            )
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise ImportRefused(_("The zip unpacks to more than 1 GB."))
    return members


def check_zip(content):
    """Refuse at once (ImportRefused) what is not a zip the worker could unpack."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if not _members(archive):
                raise ImportRefused(_("The zip is empty."))
    except zipfile.BadZipFile:
        raise ImportRefused(
            _("This is not a zip file. Zip the HSDS folder (or its files) and upload the zip.")
        ) from None


def unpack(content, folder):
    """The zip's files under `folder`; the folder holding the records (the zip's only top
    folder, when it has one). Sizes are counted as the bytes come, not as the zip claims."""
    written = 0
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for member in _members(archive):
            target = Path(folder, *PurePosixPath(member.filename.replace("\\", "/")).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, open(target, "wb") as out:
                while chunk := source.read(1024 * 1024):
                    written += len(chunk)
                    if written > MAX_UNPACKED_BYTES:
                        raise ImportRefused(_("The zip unpacks to more than 1 GB."))
                    out.write(chunk)
    entries = list(Path(folder).iterdir())
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else Path(folder)


def hsds_import(path, skip_rejected=False):
    # Imported here: the importer's module reads Wagtail's hooks, and this module is one of them.
    from hub.hsds.importer import import_hsds

    return import_hsds(path, skip_rejected=skip_rejected)


# --- Running a job --------------------------------------------------------------------------


def _cancel_requested(job):
    return ImportJob.objects.filter(pk=job.pk, cancel_requested=True).exists()


def _progress(job, done, total=None):
    """Say how far the job has gone, unless it was cancelled meanwhile."""
    if _cancel_requested(job):
        raise Cancelled
    job.done = done
    if total is not None:
        job.total = total
    job.save(update_fields=["done", "total"])


def _run_hsds(job):
    _progress(job, 0, HSDS_STEPS)
    with tempfile.TemporaryDirectory(prefix="hsds-import-") as folder:
        root = unpack(bytes(job.content), folder)
        _progress(job, 1)
        with transaction.atomic():
            report = hsds_import(root)
            if report.ok and _cancel_requested(job):
                raise Cancelled  # rolls back every record the importer wrote
    job.report = [
        {
            "table": line.table,
            "hsds_id": line.hsds_id,
            "name": line.name,
            "action": line.action or "not imported",
            "reasons": "; ".join(str(reason) for reason in line.reasons),
        }
        for line in report.lines
    ]
    job.problems = [str(problem) for problem in report.problems]
    job.notes = [str(note) for note in report.notes]
    if not report.ok:
        if report.rejected:
            job.problems.append(
                _("%(count)d record(s) rejected: see the report. Nothing was imported.")
                % {"count": len(report.rejected)}
            )
        return ImportJob.Status.FAILED
    job.done = job.total
    return ImportJob.Status.DONE


def _run_spreadsheet(job):
    upload = job.upload
    organization = upload.organization.specific
    _progress(job, 0, len(upload.table["rows"]))
    result = plan(upload.table["header"], upload.table["rows"], organization)
    job.report = [
        {
            "row": row.row,
            "external_id": row.external_id,
            "title": row.values.get("title", ""),
            "action": row.action,
        }
        for row in result.rows
    ]
    if result.problems:  # the organization changed since the preview
        job.problems = [
            _("Row %(row)d, %(column)s: %(reason)s")
            % {"row": p.row, "column": p.column, "reason": p.reason}
            for p in result.problems
        ]
        return ImportJob.Status.FAILED
    _progress(job, 0)
    with transaction.atomic():
        apply(result, organization, job.user)
        upload.applied_at = timezone.now()
        upload.save(update_fields=["applied_at"])
        if _cancel_requested(job):
            raise Cancelled
    job.done = job.total
    return ImportJob.Status.DONE


def _run_mapping(job):
    """Re-link the services of a term staff mapped (the mapping itself was saved at once)."""
    from hub.hsds import outside
    from hub.hsds.models import OutsideTerm

    term = OutsideTerm.objects.filter(pk=job.arguments.get("term")).first()
    if term is None:  # deleted meanwhile: no service carries it any more
        return ImportJob.Status.DONE
    before = {kind: set(job.arguments.get("before", {}).get(kind, [])) for kind in outside.MODELS}
    _progress(job, 0)
    changed = outside.apply_mapping(term, before, job.user)
    if _cancel_requested(job):
        raise Cancelled
    job.report = [{"page": page.pk, "title": page.title, "action": "updated"} for page in changed]
    job.notes = [
        ngettext(
            "Mapping of “%(term)s” saved; %(count)d listing changed.",
            "Mapping of “%(term)s” saved; %(count)d listings changed.",
            len(changed),
        )
        % {"term": term, "count": len(changed)}
    ]
    job.done = job.total
    return ImportJob.Status.DONE


def run(job_id):
    """Run a waiting job to its end. A job another worker took, or one cancelled while it
    waited, is left alone."""
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(
        status=ImportJob.Status.RUNNING, started_at=timezone.now()
    )
    if not claimed:
        return None
    job = ImportJob.objects.get(pk=job_id)
    try:
        if job.kind == ImportJob.Kind.HSDS:
            job.status = _run_hsds(job)
        elif job.kind == ImportJob.Kind.MAPPING:
            with transaction.atomic():
                job.status = _run_mapping(job)
        else:
            job.status = _run_spreadsheet(job)
    except Cancelled:
        job.status, job.report, job.notes = ImportJob.Status.CANCELLED, [], []
    except ImportRefused as refused:
        job.status, job.problems = ImportJob.Status.FAILED, [str(refused.message)]
    except Exception:
        logger.exception("import job %s failed", job_id)
        job.status, job.report, job.notes = ImportJob.Status.FAILED, [], []
        job.problems = [_("The import stopped on an unexpected error. Nothing was imported.")]
    job.finished_at = timezone.now()
    job.save()
    return job.status


def write_report(job, out):
    """The per-record report as CSV, every cell safe to open in a spreadsheet program."""
    columns = REPORT_COLUMNS[job.kind]
    writer = SafeWriter(out)
    writer.writerow(columns)
    writer.writerows([line.get(name, "") for name in columns] for line in job.report)
