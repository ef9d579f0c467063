import datetime

from django.core.management.base import BaseCommand, CommandError

from hub.equity.figures import ended, month_start, take_snapshot


class Command(BaseCommand):
    help = (
        "Keep a month's equity figures as published (run monthly, e.g. on the 1st for the month "
        "before). Taking the same month again replaces its snapshot. A month that has not ended "
        "is refused: its searches are not published before the 1st of the next month."
    )

    def add_arguments(self, parser):
        parser.add_argument("--month", help="YYYY-MM; the month before this one if not given")

    def handle(self, month=None, **options):
        if month:
            try:
                first = datetime.date.fromisoformat(f"{month}-01")
            except ValueError:
                raise CommandError(f"--month {month!r}: give it as YYYY-MM.") from None
        else:
            first = month_start(month_start() - datetime.timedelta(days=1))
        if not ended(first):
            raise CommandError(
                f"--month {first:%Y-%m} has not ended: its searches are published on the 1st "
                "of the next month."
            )
        snapshot = take_snapshot(first)
        self.stdout.write(f"Kept the equity figures of {snapshot.month:%Y-%m}.")
