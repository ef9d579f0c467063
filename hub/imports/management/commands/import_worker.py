import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection
from django.utils import timezone
from django.utils.translation import gettext

from hub.imports.models import ImportJob
from hub.imports.tasks import run_import_job


class Command(BaseCommand):
    help = (
        "Run the waiting imports (HSDS zips, large spreadsheets, taxonomy mappings of many "
        "services) one after another, oldest "
        "first; keep watching for new ones unless --batch."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Run what is waiting, then exit.")
        parser.add_argument(
            "--interval",
            type=float,
            default=2.0,
            help="Seconds between looks for new imports (default 2).",
        )

    def next_job(self):
        return (
            ImportJob.objects.filter(status=ImportJob.Status.QUEUED)
            .order_by("created_at", "pk")
            .values_list("pk", flat=True)
            .first()
        )

    def handle(self, batch=False, interval=2.0, **options):
        # One worker (deploy/README.md): a job still "running" when it starts was cut short
        # by its last stop, and its transaction was rolled back with it.
        for job in ImportJob.objects.filter(status=ImportJob.Status.RUNNING):
            job.status, job.finished_at = ImportJob.Status.FAILED, timezone.now()
            job.problems = [
                gettext(
                    "The import worker stopped during this import; nothing was imported. "
                    "Upload the file again."
                )
            ]
            job.save(update_fields=["status", "finished_at", "problems"])
        while True:
            # A database restart between jobs is not fatal. Inside a transaction (a test's)
            # there is nothing old to close, and closing would end that transaction.
            if not connection.in_atomic_block:
                close_old_connections()
            job_id = self.next_job()
            if job_id is None:
                if batch:
                    return
                time.sleep(interval)
                continue
            status = run_import_job.call(job_id)
            if status is not None:  # None: another worker took it first
                self.stdout.write(f"Import {job_id}: {status}")
