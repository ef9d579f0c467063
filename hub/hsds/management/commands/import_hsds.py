import time

from django.core.management.base import BaseCommand, CommandError

from hub.hsds.importer import import_hsds


def first_reason(report):
    """The first thing that stopped the import, on one line for the error at the end."""
    if report.problems:
        reason = report.problems[0]
    else:
        line = report.rejected[0]
        reason = f"{line.table} {line.hsds_id}: {line.reasons[0] if line.reasons else 'rejected'}."
    return " ".join(reason.split())


class Command(BaseCommand):
    help = (
        "Load HSDS records (an export_hsds folder, CSV tables with datapackage.json in a folder "
        "or a .zip, HSDS 1.x/2.x tables mapped to 3.0, or a JSON file) into the hub, reporting "
        "what each record became. All or nothing unless --skip-rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check and report everything, then write nothing.",
        )
        parser.add_argument(
            "--skip-rejected",
            action="store_true",
            help="Import every record that can be, leaving out the rejected ones (and what "
            "depends on them), each listed with its reasons.",
        )
        parser.add_argument(
            "--report-csv",
            metavar="FILE",
            help="Also write the report to FILE: one row per record (table, id, name, action, "
            "reasons, what was rejected because of it).",
        )

    def handle(self, path, dry_run=False, skip_rejected=False, report_csv=None, **options):
        started = time.perf_counter()
        report = import_hsds(path, dry_run=dry_run, skip_rejected=skip_rejected)
        for problem in report.problems:
            self.stderr.write(f"Problem: {problem}")
        for line in report.lines:
            reasons = "".join(f"\n    - {reason}" for reason in line.reasons)
            reasons += "".join(
                f"\n    - rejected because of it: {dependent.label}"
                for dependent in line.dependents
            )
            self.stdout.write(f"{line.action or 'not imported'}: {line.label}{reasons}")
        for note in report.notes:
            self.stdout.write(f"Note: {note}")
        if report_csv:
            with open(report_csv, "w", encoding="utf-8", newline="") as stream:
                report.write_csv(stream)
        counts = "; ".join(
            f"{table}: " + ", ".join(f"{n} {action}" for action, n in sorted(actions.items()))
            for table, actions in sorted(report.counts().items())
        )
        seconds = time.perf_counter() - started
        if not report.ok:
            raise CommandError(
                f"Nothing was imported ({len(report.rejected)} record(s) rejected, "
                f"{len(report.problems)} problem(s)); first: {first_reason(report)} {counts}"
            )
        left_out = (
            f" {len(report.rejected)} rejected record(s) were left out (listed above)."
            if report.rejected
            else ""
        )
        if dry_run:
            self.stdout.write(
                f"Dry run in {seconds:.1f} s; nothing was written.{left_out} {counts}"
            )
        else:
            self.stdout.write(f"Imported in {seconds:.1f} s.{left_out} {counts}")
