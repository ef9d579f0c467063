from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Turn two-step sign-in off for an account that has lost its authenticator app."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The account's username (its e-mail address).")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username__iexact=username.strip()).first()
        if user is None:
            raise CommandError(f"No account named {username}.")
        count, _ = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Two-step sign-in is off for {user.get_username()} ({count} removed).")
