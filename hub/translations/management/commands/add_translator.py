"""`manage.py add_translator EMAIL LANGUAGE [LANGUAGE...] [--lead]`: a community translator.

They may translate any listing into those languages and nothing else; their work goes to Hub
staff review, or to a lead translator of the language (--lead makes this one a lead). Prints a
one-time link to choose a password. Running it again sets the translator's languages anew."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from hub.partners.onboarding import OnboardingError, password_setup_url
from hub.translations.translators import ensure_translator


class Command(BaseCommand):
    help = "Invite a community translator for one or more languages."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("languages", nargs="+", help="language codes, e.g. so vi es")
        parser.add_argument(
            "--lead", action="store_true", help="reviews others' translations in these languages"
        )

    def handle(self, email, languages, lead, **options):
        try:
            user, created = ensure_translator(email, languages, lead=lead)
        except OnboardingError as error:
            raise CommandError(str(error)) from error
        facts = {"email": user.email, "languages": ", ".join(languages)}
        if lead:
            self.stdout.write(_("%(email)s: lead translator for %(languages)s.") % facts)
        else:
            self.stdout.write(_("%(email)s: translator for %(languages)s.") % facts)
        if created or not user.has_usable_password():
            self.stdout.write(
                _("One-time link to choose a password: %(link)s")
                % {"link": password_setup_url(user)}
            )
