"""Onboard a partner organization: its page, its group and collection, and one user.

    python manage.py add_partner "Acme Robotics" lead@acme.example --kind employer

Safe to run again: it finds the page (by title under the partners index), the group and the
user it made before and changes nothing. Every run prints a fresh password link; a link only
works until the password is set, so printing a new one is how a lost link is replaced.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub.directory.models import OrganizationIndexPage, OrganizationPage
from hub.partners.onboarding import (
    OnboardingError,
    ensure_partner,
    normalize_email,
    password_setup_url,
)

PLACEHOLDER_SUMMARY = "Profile not written yet."


def _unique_slug(index, title):
    base = slugify(title, allow_unicode=True)[:240] or "organization"
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


class Command(BaseCommand):
    help = "Create (or reuse) an organization page and give one person edit-and-submit access."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The organization's name, e.g. 'Acme Robotics'.")
        parser.add_argument("email", help="The partner's e-mail address (their username).")
        parser.add_argument(
            "--kind",
            choices=OrganizationPage.Kind.values,
            help="Kind of organization for a new page (default: nonprofit). An existing "
            "page keeps its kind.",
        )

    def handle(self, *args, name, email, kind, **options):
        name = " ".join(name.split())
        if not name:
            raise CommandError(_("Give the organization's name."))
        # Page titles are translated fields; the name given here is the English one.
        with translation.override(settings.LANGUAGE_CODE):
            try:
                email = normalize_email(email)
                with transaction.atomic():
                    organization, page_created = self._organization(
                        name, kind or OrganizationPage.Kind.NONPROFIT
                    )
                    access = ensure_partner(organization, email)
            except OnboardingError as exc:
                raise CommandError(str(exc)) from exc

        out = self.stdout
        if page_created:
            out.write(
                _("Created draft organization page “%(title)s” (id %(id)s).")
                % {"title": organization.title, "id": organization.pk}
            )
        else:
            out.write(
                _("Reusing organization page “%(title)s” (id %(id)s); it was not changed.")
                % {"title": organization.title, "id": organization.pk}
            )
            if kind and organization.kind != kind:
                out.write(
                    _("Note: its kind stays “%(kind)s”; change it in the admin if needed.")
                    % {"kind": organization.get_kind_display()}
                )
        names = {
            "group": access.group.name,
            "collection": access.collection.name,
            "user": access.user.username,
        }
        if access.created:
            out.write(
                _("Set up group “%(group)s”, collection “%(collection)s” and user %(user)s.")
                % names
            )
        else:
            out.write(
                _(
                    "Group “%(group)s”, collection “%(collection)s” and user %(user)s "
                    "were already set up."
                )
                % names
            )
        days = max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)
        out.write(
            ngettext(
                "One-time link to set the password, valid for %(days)d day (send it to the "
                "partner):",
                "One-time link to set the password, valid for %(days)d days (send it to the "
                "partner):",
                days,
            )
            % {"days": days}
        )
        out.write(password_setup_url(access.user))

    def _organization(self, name, kind):
        index = OrganizationIndexPage.objects.first()
        if index is None:
            raise OnboardingError(
                _("There is no partners index page yet; create the site's pages first.")
            )
        existing = OrganizationPage.objects.child_of(index).filter(title__iexact=name).first()
        if existing is not None:
            return existing, False
        # A draft: the partner writes the real profile and submits it, so a placeholder
        # summary never reaches families.
        organization = OrganizationPage(
            title=name,
            slug=_unique_slug(index, name),
            kind=kind,
            summary=PLACEHOLDER_SUMMARY,
            live=False,
        )
        index.add_child(instance=organization)
        organization.save_revision(log_action=True)
        return organization, True
