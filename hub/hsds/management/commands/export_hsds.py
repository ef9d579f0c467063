import time

from django.core.management.base import BaseCommand

from hub.hsds.export import export


class Command(BaseCommand):
    help = "Write the published directory as HSDS 3.0: CSV tables + datapackage.json, and JSON."

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument(
            "--core",
            action="store_true",
            help="Plain HSDS 3.0: no x_hub_ profile fields and no pathways in the JSON form.",
        )

    def handle(self, directory, core=False, **options):
        started = time.perf_counter()
        counts = export(directory, core=core)
        summary = ", ".join(f"{count} {table}" for table, count in counts.items())
        self.stdout.write(
            f"Exported to {directory} in {time.perf_counter() - started:.1f} s: {summary}."
        )
