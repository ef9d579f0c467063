"""`manage.py load_demo [--programs N] [--skip-accounts]`: the demo region, idempotent (a second
run changes nothing), plus the demo accounts."""

from time import perf_counter

from django.core.management.base import BaseCommand, CommandError

from hub.demo.builder import DEFAULT_PROGRAMS, load_demo_region
from hub.demo.users import ensure_demo_users
from hub.directory.models import OrganizationPage


class Command(BaseCommand):
    help = "Load (or bring up to date) the Sacramento demo region and its demo accounts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--programs",
            type=int,
            default=DEFAULT_PROGRAMS,
            help=f"How many programs (default {DEFAULT_PROGRAMS}); organizations and support "
            "services scale with it. Use e.g. 10000 for benchmarks.",
        )
        parser.add_argument(
            "--skip-accounts",
            action="store_true",
            help="Do not create the demo admin, staff and partner accounts (benchmark regions: "
            "one partner account per organization is the slow part there).",
        )

    def handle(self, *args, programs, skip_accounts, **options):
        if programs < 1:
            raise CommandError("--programs must be at least 1.")
        started = perf_counter()
        summary = load_demo_region(programs=programs)
        for line in summary.lines():
            self.stdout.write(line)

        if not skip_accounts:
            accounts_started = perf_counter()
            organizations = OrganizationPage.objects.order_by("path")
            accounts = ensure_demo_users(organizations)
            self.stdout.write(
                f"Demo accounts ready in {perf_counter() - accounts_started:.1f} s "
                f"({organizations.count()} partners; local demo only):"
            )
            for role, email, password in accounts:
                self.stdout.write(f"  {role:<10} {email:<48} {password}")
        self.stdout.write(self.style.SUCCESS(f"Done in {perf_counter() - started:.1f} s."))
