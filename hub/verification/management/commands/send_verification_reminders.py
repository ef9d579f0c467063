"""Daily from cron: email partners whose listings were last verified more than
HUB_VERIFY_AFTER_DAYS ago, with a signed "still accurate" link per listing; each listing is
reminded once per verification cycle."""

from django.conf import settings
from django.core.management.base import BaseCommand

from hub.verification.reminders import send_reminders


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def handle(self, **options):
        emails, listings, unreachable = send_reminders(settings.WAGTAILADMIN_BASE_URL.rstrip("/"))
        self.stdout.write(f"{emails} email(s) about {listings} listing(s)")
        for organization in unreachable:
            self.stdout.write(f"no partner account to remind: {organization.title}")
