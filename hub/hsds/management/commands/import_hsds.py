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
        "or a .zip, HSDS 1.x/2.x tables mapped to 3.0, or a JSON file) into the hub, all or "
        "nothing, reporting what each record became."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check and report everything, then write nothing.",
        )

    def handle(self, path, dry_run=False, **options):
        started = time.perf_counter()
        report = import_hsds(path, dry_run=dry_run)
        for problem in report.problems:
            self.stderr.write(f"Problem: {problem}")
        for line in report.lines:
            label = f"{line.table} {line.hsds_id}" + (f" ({line.name})" if line.name else "")
            reasons = "".join(f"\n    - {reason}" for reason in line.reasons)
            self.stdout.write(f"{line.action or 'not imported'}: {label}{reasons}")
        for note in report.notes:
            self.stdout.write(f"Note: {note}")
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
        if dry_run:
            self.stdout.write(f"Dry run in {seconds:.1f} s; nothing was written. {counts}")
        else:
            self.stdout.write(f"Imported in {seconds:.1f} s. {counts}")
