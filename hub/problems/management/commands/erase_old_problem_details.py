"""Daily from cron: erase the words of problem reports handled more than
HUB_PROBLEM_DETAILS_KEEP_DAYS ago, or open for more than HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED
(hub/problems/retention.py); the privacy page promises it. Running it twice erases nothing more."""

from django.conf import settings
from django.core.management.base import BaseCommand

from hub.problems.retention import erase_old_details


def reports(count):
    return f"{count} report" if count == 1 else f"{count} reports"


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def handle(self, **options):
        handled, unhandled = erase_old_details()
        self.stdout.write(
            f"Erased the words of {reports(handled)} handled more than "
            f"{settings.HUB_PROBLEM_DETAILS_KEEP_DAYS} days ago and {reports(unhandled)} open "
            f"for more than {settings.HUB_PROBLEM_DETAILS_KEEP_DAYS_UNHANDLED} days."
        )
